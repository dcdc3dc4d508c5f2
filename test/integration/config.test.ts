import assert from 'node:assert/strict';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXP, NAMES, artifact, artifactPath, manifest, manifestPath, metadataManifest, metadataManifestPath } from '../helpers/corpus.ts';
import { cli, cliJson } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

const A = artifactPath(NAMES.assessment!);

function project(config: string | null, files: Record<string, string> = {}) {
  const t = tempDir({ git: true });
  if (config !== null) t.write('etk.config.json', config);
  t.write(manifestPath(), manifest());
  t.write(metadataManifestPath(), metadataManifest());
  for (const [p, c] of Object.entries(files)) t.write(p, c);
  return t;
}

describe('configuration', () => {
  it('defaults apply without any config file (root experiment_manager/experiments)', async () => {
    const t = project(null, { [A]: artifact('assessment').replace('priority: high', 'priority: urgent') });
    const r = await cliJson(t.dir, 'validate');
    assert.equal(r.code, 1);
    assert.deepEqual(r.diagnostics.map((d) => d.file), [A]);
  });

  it('invalid JSON: exit 2, the file and line:column, no stack trace', async () => {
    const t = project('{\n  "root": "x",\n}\n');
    const r = await cli(t.dir, 'validate');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /etk\.config\.json:3:1: etk config is not valid JSON/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  it("configuration is read only from inside the repository: a linked etk.config.json, a custom schema or template outside is refused before a byte is read or echoed", async () => {
    const outside = tempDir();
    const marker = `SECRET-${Math.random().toString(36).slice(2)}`;
    outside.write('env', `TOKEN=${marker}\nPATH=/usr/bin\n`);
    const t = project(null, { [A]: artifact('assessment') });
    symlinkSync(join(outside.dir, 'env'), join(t.dir, 'etk.config.json'));
    for (const args of [['validate'], ['sync'], ['ci', 'check', '--mode', 'all']]) {
      const r = await cli(t.dir, ...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /etk config \S+etk\.config\.json leads outside the repository/);
      assert.ok(!(r.stdout + r.stderr).includes(marker), 'nothing of the outside file is printed');
    }
    rmSync(join(t.dir, 'etk.config.json'));
    outside.write('schema.json', `{ "${marker}": `);
    t.write('etk.config.json', JSON.stringify({ types: { note: { schema: join(outside.dir, 'schema.json') } } }));
    const s = await cli(t.dir, 'validate');
    assert.equal(s.code, 2);
    assert.match(s.stderr, /schema for type "note" \S+ leads outside the repository/);
    assert.ok(!s.stderr.includes(marker));
    t.write('etk.config.json', JSON.stringify({ templates: { report: '../x/../../etc/hostname' } }));
    const tpl = await cli(t.dir, 'validate');
    assert.equal(tpl.code, 2, tpl.stderr);
    assert.match(tpl.stderr, /template \S+ for type "report" leads outside the repository/);
  });

  it('unknown key: exit 2 with a suggestion', async () => {
    const r = await cli(project('{"rot": "docs"}').dir, 'validate');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown key "rot" \(did you mean "root"\?\)/);
  });

  it('bad rule severity and unknown rule ids: exit 2', async () => {
    const bad = await cli(project('{"rules": {"placement": "warning"}}').dir, 'validate');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /rules\.placement must be one of error, warn, off/);
    const unknown = await cli(project('{"rules": {"file-nam": "off"}}').dir, 'validate');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown rule "file-nam" \(did you mean "file-name"\?\)/);
  });

  it('metrics: a direction per metric name, checked (higher or lower, nothing else)', async () => {
    const good = await cli(project('{"metrics": {"throughput": {"direction": "higher"}, "vram": {"direction": "lower"}}}').dir, 'validate');
    assert.equal(good.code, 0, good.stderr);
    const bad = await cli(project('{"metrics": {"vram": {"direction": "down"}}}').dir, 'validate');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /metrics\.vram\.direction must be one of higher, lower/);
    const typo = await cli(project('{"metrics": {"vram": {"direktion": "lower"}}}').dir, 'validate');
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /unknown key "direktion" \(did you mean "direction"\?\)/);
  });

  it('metrics: a tolerance per metric (absolute or "n%") and a default under "*", checked', async () => {
    const good = await cli(project('{"metrics": {"hmean": {"tolerance": "0.5%"}, "latency_ms": {"direction": "lower", "tolerance": 2}, "*": {"tolerance": "1%"}}}').dir, 'validate');
    assert.equal(good.code, 0, good.stderr);
    const cases: [string, RegExp][] = [
      ['{"metrics": {"hmean": {"tolerance": "half"}}}', /metrics\.hmean\.tolerance/],
      ['{"metrics": {"hmean": {"tolerance": -1}}}', /metrics\.hmean\.tolerance/],
      ['{"metrics": {"*": {"direction": "lower", "tolerance": 1}}}', /metrics\.\*: unknown key "direction"/],
      ['{"metrics": {"hmean": {}}}', /metrics\.hmean must NOT have fewer than 1 properties/],
    ];
    for (const [config, message] of cases) {
      const bad = await cli(project(config).dir, 'validate');
      assert.equal(bad.code, 2, config);
      assert.match(bad.stderr, message, config);
    }
  });

  it('rules can be turned off or down to warnings', async () => {
    const files = { [artifactPath('20251218_0930_assessment_BadName.md')]: artifact('assessment') };
    const asError = await cliJson(project('{}', files).dir, 'validate');
    assert.deepEqual(asError.diagnostics.map((d) => [d.rule, d.severity]), [['file-name', 'error']]);
    assert.equal(asError.code, 1);
    const asWarning = await cliJson(project('{"rules": {"file-name": "warn"}}', files).dir, 'validate');
    assert.deepEqual(asWarning.diagnostics.map((d) => [d.rule, d.severity]), [['file-name', 'warning']]);
    assert.equal(asWarning.code, 0);
    const off = await cliJson(project('{"rules": {"file-name": "off"}}', files).dir, 'validate');
    assert.deepEqual(off.diagnostics, []);
  });

  it('root and a custom status set', async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', JSON.stringify({ root: 'docs/exps', statuses: ['active', 'paused', 'complete', 'deprecated'] }));
    t.write(`docs/exps/${EXP}/README.md`, manifest().replace('status: active', 'status: paused'));
    t.write(`docs/exps/${EXP}/.metadata/assessments/${NAMES.assessment}`, artifact('assessment').replace('status: active', 'status: frozen'));
    const r = await cliJson(t.dir, 'validate');
    assert.deepEqual(r.diagnostics.map((d) => [d.file, d.rule, d.line]), [[`docs/exps/${EXP}/.metadata/assessments/${NAMES.assessment}`, 'schema', 5]]);
    assert.match(r.diagnostics[0]!.message, /must be one of active, paused, complete, deprecated \(found "frozen"\)/);
  });

  it('a custom type with its own schema over the shared EDS fields', async () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'https://example.invalid/dataset_card.json',
      allOf: [
        { $ref: 'https://etk.invalid/schema/eds-1.0/common.json#/definitions/artifact' },
        { type: 'object', required: ['rows'], properties: { rows: { type: 'integer', minimum: 1 } } },
      ],
    };
    const name = '20251218_0930_dataset_card_receipts-v2.md';
    const body = (rows: string) => `---\nads_version: "1.0"\ntype: dataset_card\nexperiment_id: ${EXP}\nstatus: active\ncreated: "2025-12-18T09:30:00Z"\nupdated: "2025-12-18T09:30:00Z"\ntags: [data]\nrows: ${rows}\n---\n# Receipts v2\n`;
    const t = project(JSON.stringify({ types: { dataset_card: { schema: 'schemas/dataset_card.json' } } }), {
      'schemas/dataset_card.json': JSON.stringify(schema),
      [artifactPath(name, EXP, 'data')]: body('0'),
    });
    const r = await cliJson(t.dir, 'validate');
    assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.line, d.column]), [['schema', 9, 7]]);
    assert.match(r.diagnostics[0]!.message, /rows must be >= 1/);
    t.write(artifactPath(name, EXP, 'data'), body('120'));
    assert.deepEqual((await cliJson(t.dir, 'validate')).diagnostics, []);
  });

  it('a custom type whose schema file is missing or does not compile: exit 2', async () => {
    const missing = await cli(project('{"types": {"dataset": {"schema": "nope.json"}}}').dir, 'validate');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /schema nope\.json for type "dataset" does not exist/);
    const broken = await cli(project('{"types": {"dataset": {"schema": "s.json"}}}', { 's.json': '{"type": "object", "required": 5}' }).dir, 'validate');
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /schema for type "dataset" \(s\.json\) does not compile/);
  });

  it('the "etk" key of package.json is a config too', async () => {
    const t = project(null, { 'package.json': JSON.stringify({ name: 'x', etk: { root: 'exps' } }) });
    t.write(`exps/${EXP}/README.md`, manifest().replace('status: active', 'status: nope'));
    const r = await cliJson(t.dir, 'validate');
    // (the experiment has no .metadata/ here: its metadata-folder warning is beside the point)
    assert.deepEqual(r.diagnostics.filter((d) => d.rule !== 'metadata-folder').map((d) => d.file), [`exps/${EXP}/README.md`]);
  });

  it('--config points at a config elsewhere; paths in it are relative to that file', async () => {
    const t = tempDir({ git: true });
    t.write('sub/etk.config.json', '{"root": "exps"}');
    t.write(`sub/exps/${EXP}/README.md`, manifest().replace('status: active', 'status: nope'));
    const r = await cliJson(t.dir, 'validate', '--config', 'sub/etk.config.json');
    assert.equal(r.code, 1);
    assert.deepEqual(r.diagnostics.map((d) => [d.file, d.rule]), [[`sub/exps/${EXP}/README.md`, 'metadata-folder'], [`sub/exps/${EXP}/README.md`, 'schema']], 'file paths stay relative to the repository top');
    const gone = await cli(t.dir, 'validate', '--config', 'missing.json');
    assert.equal(gone.code, 2);
    assert.match(gone.stderr, /config file missing\.json does not exist/);
  });

  it('the config is found from a subfolder', async () => {
    const t = project('{}', { [A]: artifact('assessment').replace('priority: high', 'priority: urgent') });
    const r = await cliJson(`${t.dir}/experiment_manager`, 'validate');
    assert.deepEqual(r.diagnostics.map((d) => d.file), [A]);
  });
});
