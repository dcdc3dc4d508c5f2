import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import configSchema from '../../schema/etk.config.schema.json' with { type: 'json' };
import { RULES } from '../../src/artifacts/ruleCatalog.ts';
import { COMMANDS } from '../../src/cli/main.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README stays the manual', () => {
  it('documents every command, and every command has --help with an example', () => {
    for (const c of COMMANDS) {
      assert.match(README, new RegExp(`^### \`etk ${c.name}\`$`, 'm'), `README has a section for etk ${c.name}`);
      assert.match(c.help, /\nExamples?:\n {2}(npx )?etk /, `etk ${c.name} --help shows an example`);
    }
  });

  it('describes the commands in the order etk --help lists them', () => {
    const at = COMMANDS.map((c) => README.indexOf(`### \`etk ${c.name}\``));
    assert.deepEqual(at, [...at].sort((a, b) => a - b), COMMANDS.map((c) => c.name).join(', '));
  });

  it('lists every rule with its default severity, and no rule that does not exist', () => {
    const rows = [...README.matchAll(/^\| `([a-z-]+)` \| (error|warn|off) \|/gm)].map((m) => [m[1], m[2]]);
    const documented = new Map(rows.map(([id, sev]) => [id!, sev!]));
    for (const [id, info] of Object.entries(RULES)) assert.equal(documented.get(id), info.severity, `rule ${id}`);
    for (const id of documented.keys()) assert.ok(Object.hasOwn(RULES, id), `README rule ${id} exists`);
  });

  it('documents every configuration key', () => {
    for (const key of Object.keys(configSchema.properties).filter((k) => k !== '$schema')) {
      assert.match(README, new RegExp(`^\\| \`${key}\` \\|`, 'm'), `config key ${key}`);
    }
  });

  it('shows the two set-up commands and the demo command', () => {
    for (const cmd of ['npm install', 'npm test', 'npm run demo']) assert.ok(README.includes(cmd), cmd);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    assert.equal(pkg.scripts.demo, 'node bin/etk.js validate --config examples/etk.config.json');
  });
});

describe('README examples of etk query and etk search run on examples/', () => {
  it('every example line exits 0', async () => {
    const { cli } = await import('../helpers/runCli.ts');
    const { tempDir } = await import('../helpers/tempRepo.ts');
    const { fileURLToPath } = await import('node:url');
    const config = fileURLToPath(new URL('../../examples/etk.config.json', import.meta.url));
    const t = tempDir();
    const db = `${t.dir}/tracking.db`;
    const synced = await cli(t.dir, 'sync', '--config', config, '--db', db, '-q');
    assert.equal(synced.code, 0, synced.stderr);
    const lines = [...README.matchAll(/^(etk (?:query|search) .*?)(?:\s+#.*)?$/gm)].map((m) => m[1] as string).filter((l) => !/[[<]/.test(l));
    assert.ok(lines.length >= 12, `found ${lines.length} example lines`);
    for (const line of lines) {
      const argv = [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').slice(1);
      const r = await cli(t.dir, ...argv, '--config', config, '--db', db);
      assert.equal(r.code, 0, `${line}\n${r.stderr}`);
    }
  });
});
