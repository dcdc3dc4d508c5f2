import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { EXP, EXP2, NAMES, artifact, artifactPath, manifest, manifestPath, metadataManifest, metadataManifestPath } from '../helpers/corpus.ts';
import { tempDir } from '../helpers/tempRepo.ts';

const BIN = fileURLToPath(new URL('../../bin/etk.js', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));

function etk(cwd: string, args: string[], node = process.execPath, nodeArgs: string[] = []) {
  const r = spawnSync(node, [...nodeArgs, BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the built CLI (bin/etk.js -> dist/), spawned as a user runs it', () => {
  it('validates the bundled examples/ corpus clean', () => {
    const r = etk(REPO, ['validate', '--config', 'examples/etk.config.json']);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^✔ 32 files checked, no problems\n$/);
  });

  it('reports an invalid artifact with exit 1, file, line and field', () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{}');
    t.write(manifestPath(), manifest());
    t.write(artifactPath(NAMES.assessment!), artifact('assessment').replace('priority: high', 'priority: urgent'));
    const r = etk(t.dir, ['validate', '--format', 'json']);
    assert.equal(r.code, 1);
    const [d] = JSON.parse(r.stdout) as { file: string; line: number; column: number; message: string }[];
    assert.deepEqual([d?.file, d?.line, d?.column], [artifactPath(NAMES.assessment!), 13, 11]);
    assert.match(d!.message, /^priority must be one of/);
  });

  it('the precompiled validators in dist/ agree with the schemas compiled at run time', () => {
    // A custom status list forces run-time compilation; with the default list the bundle's
    // precompiled code runs. Both must judge the same defects the same way.
    const t = tempDir({ git: true });
    t.write(manifestPath(), manifest());
    t.write(manifestPath(EXP2), manifest(EXP2));
    t.write(metadataManifestPath(EXP2), metadataManifest(EXP2));
    for (const [type, sub] of [['assessment', 'assessments'], ['report', 'reports'], ['guide', 'guides'], ['script', 'scripts']] as const) {
      t.write(artifactPath(NAMES[type]!, EXP, sub), artifact(type, { id: type }).replace('status: active', 'status: 7').replace('  - baseline', '  - Baseline'));
    }
    t.write('etk.config.json', '{}');
    const precompiled = etk(t.dir, ['validate', '--format', 'json']);
    t.write('etk.config.json', JSON.stringify({ statuses: ['active', 'complete', 'deprecated', 'x'] }));
    const compiled = etk(t.dir, ['validate', '--format', 'json']);
    const strip = (s: string) => (JSON.parse(s) as { message: string }[]).map((d) => ({ ...d, message: d.message.replace(', x', '') }));
    assert.equal(precompiled.code, 1);
    assert.equal(strip(precompiled.stdout).length, 8);
    assert.deepEqual(strip(compiled.stdout), strip(precompiled.stdout));
  });

  it('finishes quietly when the reader of its output goes away (etk … | head)', async () => {
    for (const args of [['--help'], ['validate', '--config', 'examples/etk.config.json'], ['ci', 'check', '--config', 'examples/etk.config.json', '--mode', 'all']]) {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      child.stdout.destroy(); // the reading end closes before etk writes a byte
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
      assert.equal(code, 0, `${args.join(' ')}: ${stderr}`);
      assert.doesNotMatch(stderr, /EPIPE|\n\s+at /, args.join(' '));
    }
  });

  it('prints its version and help', () => {
    const pkg = JSON.parse(execFileSync('git', ['show', 'HEAD:package.json'], { cwd: REPO, encoding: 'utf8' })) as { version: string };
    assert.equal(etk(REPO, ['--version']).stdout.trim(), pkg.version);
    assert.match(etk(REPO, ["--help"]).stdout, /Commands:\n {2}init {7}set up hooks[^\n]*\n {2}validate {3}check artifacts/);
  });

  it('hides only node:sqlite\'s experimental warning (Node 22), not other warnings', () => {
    const later = 'data:text/javascript,setImmediate(() => { process.emitWarning("SQLite is an experimental feature and might change at any time", "ExperimentalWarning"); process.emitWarning("something else", "Warning"); })';
    const r = etk(REPO, ['--version'], process.execPath, ['--import', later]);
    assert.equal(r.code, 0);
    assert.doesNotMatch(r.stderr, /SQLite is an experimental feature/);
    assert.match(r.stderr, /Warning: something else/);
  });

  it('on a Node older than 22.13 with no newer Node to be found, it names the version it needs, without a stack trace (exit 2)', () => {
    // The real process, told it is an old Node before etk starts; PATH holds no newer node.
    const fake = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.11.1"})';
    const old: { node: string; args: string[]; version: string }[] = [{ node: process.execPath, args: ['--import', fake], version: '20.11.1' }];
    // And any genuinely old Node on this machine (Debian's, for one).
    for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
      if (!existsSync(candidate)) continue;
      const v = execFileSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
      const [major = 0, minor = 0] = v.split('.').map(Number);
      if (major < 22 || (major === 22 && minor < 13)) old.push({ node: candidate, args: [], version: v });
    }
    const env = { ...process.env, PATH: '/usr/bin:/bin', ETK_NODE: '' };
    for (const o of old) {
      const r = spawnSync(o.node, [...o.args, BIN, 'validate'], { cwd: REPO, encoding: 'utf8', env });
      assert.equal(r.status, 2, `${o.node}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, new RegExp(`^etk needs Node\\.js 22\\.13 or newer \\(it uses node:sqlite\\); this is Node\\.js ${o.version.replace(/\./g, '\\.')}\\.\\n`));
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('on an old Node it runs itself with a newer one found on PATH or in ETK_NODE', () => {
    const fake = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.11.1"})';
    const onPath = spawnSync(process.execPath, ['--import', fake, BIN, '--version'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, PATH: `${dirname(process.execPath)}:/usr/bin:/bin` } });
    assert.equal(onPath.status, 0, onPath.stderr);
    assert.equal(onPath.stdout.trim(), JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
    const viaEnv = spawnSync(process.execPath, ['--import', fake, BIN, 'validate', '--config', 'examples/etk.config.json'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, PATH: '/usr/bin:/bin', ETK_NODE: process.execPath } });
    assert.equal(viaEnv.status, 0, viaEnv.stderr);
    assert.match(viaEnv.stdout, /32 files checked, no problems/);
  });

  it('the freshness check started at launch (git status while the bundle loads) answers for the repository it ran in, from any folder of it, and never for another one', () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{}');
    t.write(manifestPath(), manifest());
    t.git('add', '.');
    t.git('commit', '-qm', 'one experiment');
    const count = (cwd: string, args: string[] = []) => {
      const r = etk(cwd, ['query', 'artifacts', '--count', '--format', 'json', ...args]);
      assert.equal(r.code, 0, r.stderr);
      return (JSON.parse(r.stdout) as { count: number }[])[0]!.count;
    };
    const before = count(t.dir);
    const trace = join(t.dir, '..', `${t.dir.split('/').pop()}-git-trace`);
    // A new file, uncommitted, seen from a subfolder: the launch's git status is the check's (git runs status once).
    t.write(artifactPath(NAMES.assessment!), artifact('assessment'));
    const sub = join(t.dir, dirname(manifestPath()));
    const r = spawnSync(process.execPath, [BIN, 'query', 'artifacts', '--count', '--format', 'json'], { cwd: sub, encoding: 'utf8', env: { ...process.env, GIT_TRACE: trace } });
    assert.equal(r.status, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { count: number }[])[0]!.count, before + 1);
    const statuses = readFileSync(trace, 'utf8').split('\n').filter((l) => /built-in: git status/.test(l));
    assert.ok(statuses.length >= 1 && statuses.length <= 2, `git status ran ${statuses.length} times (the check once, the sync that followed at most once more)`);
    // Launched from a clone (same HEAD, clean) with --config naming this repository: the clone's
    // status would say "nothing changed"; it must not stand for this repository's.
    t.git('add', '.');
    t.git('commit', '-qm', 'the assessment');
    const other = tempDir();
    execFileSync('git', ['clone', '-q', t.dir, join(other.dir, 'clone')]);
    t.write(artifactPath(NAMES.report!), artifact('report'));
    assert.equal(count(join(other.dir, 'clone'), ['--config', join(t.dir, 'etk.config.json')]), before + 2);
  });
});

