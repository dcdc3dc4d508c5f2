import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { validateWorktreeFiles } from '../../src/artifacts/validateMany.ts';
import { startLiveDashboard } from '../../src/report/liveServer.ts';
import { syncIndex } from '../../src/sync/syncIndex.ts';
import { EXP, NAMES, ROOT, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli, cliJson } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

/** Files that are not what their names say: links, pipes, sockets, files that vanish or are too large. */

const MARKER = `ETKSECRET${randomBytes(6).toString('hex')}`;
const A = artifactPath(NAMES.assessment!);
const LEAK = artifactPath('20251218_0931_assessment_leak.md');
const INSIDE = artifactPath('20251218_0932_assessment_inside.md');
const STATE = `${ROOT}/${EXP}/state.json`;

/** A secret outside the repository that would index cleanly, marker and all, if etk followed a link to it. */
function secrets(): { md: string; json: string } {
  const s = tempDir({ prefix: 'etk-secret-' });
  return {
    md: s.write('secret.md', artifact('assessment', { id: MARKER, body: `# ${MARKER}\n\n${MARKER} perspective\n` }).replace('priority: high', `priority: high\ntitle: ${MARKER}`)),
    json: s.write('state.json', JSON.stringify({ status: 'active', note: MARKER, experiment_id: MARKER })),
  };
}

function repo() {
  const t = tempDir({ git: true });
  t.write('etk.config.json', '{}');
  t.write('.gitignore', 'data/\nout/\n');
  t.write(manifestPath(), manifest());
  t.write(A, artifact('assessment'));
  const s = secrets();
  symlinkSync(s.md, join(t.dir, LEAK));
  symlinkSync('../../README.md', join(t.dir, INSIDE));
  symlinkSync(s.json, join(t.dir, STATE));
  t.git('add', '-A');
  t.git('commit', '-qm', 'links');
  return { t, s };
}

/** Every file below `dir` (the database, its WAL, reports), read as bytes: the marker must be in none. */
function assertNoMarkerIn(dir: string): void {
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath, e.name);
    assert.ok(!readFileSync(p).includes(MARKER), `${p} holds the secret`);
  }
}

function assertNoMarker(...texts: string[]): void {
  for (const t of texts) assert.ok(!t.includes(MARKER), `output holds the secret:\n${t.slice(0, 2000)}`);
}

describe('symbolic links are never followed', () => {
  it('git stores them as links (mode 120000)', () => {
    const { t } = repo();
    assert.match(t.git('ls-files', '-s', LEAK), /^120000 /);
  });

  it('etk validate (text, json, github; the tree and one path) reports each link and reads none', async () => {
    const { t } = repo();
    const json = await cliJson(t.dir, 'validate');
    assert.equal(json.code, 1);
    const links = json.diagnostics.filter((d) => d.rule === 'symlink');
    assert.deepEqual(links.map((d) => d.file).sort(), [INSIDE, LEAK, STATE].sort());
    assert.match(links.find((d) => d.file === LEAK)!.message, /outside the repository/);
    assert.ok(!links.find((d) => d.file === LEAK)!.message.includes('etk-secret-'), 'the outside target is not named');
    assert.match(links.find((d) => d.file === INSIDE)!.message, new RegExp(`to ${manifestPath().replaceAll('.', '\\.')};`));
    assert.deepEqual(json.diagnostics.filter((d) => d.file === LEAK).map((d) => d.rule), ['symlink']);
    for (const format of ['text', 'github']) {
      const r = await cli(t.dir, 'validate', '--format', format);
      assert.equal(r.code, 1);
      assertNoMarker(r.stdout, r.stderr);
    }
    const one = await cli(t.dir, 'validate', LEAK, STATE);
    assert.equal(one.code, 1);
    assert.match(one.stdout, /symlink/);
    assertNoMarker(one.stdout, one.stderr, JSON.stringify(json));
  });

  it('etk validate --staged judges a staged link by its text only', async () => {
    const { t, s } = repo();
    const staged = artifactPath('20251218_0933_assessment_staged.md');
    symlinkSync(s.md, join(t.dir, staged));
    t.git('add', staged);
    const r = await cliJson(t.dir, 'validate', '--staged');
    assert.equal(r.code, 1);
    assert.deepEqual(r.diagnostics.map((d) => [d.file, d.rule]), [[staged, 'symlink']]);
    const text = await cli(t.dir, 'validate', '--staged');
    assertNoMarker(JSON.stringify(r), text.stdout, text.stderr);
  });

  it('etk sync (work tree, --staged, --rev), query, search and the reports hold the link rows, never the target', async () => {
    const { t } = repo();
    for (const args of [[], ['--staged'], ['--rev', 'HEAD']]) {
      const r = await cli(t.dir, 'sync', ...args, '--db', `data/${args.join('') || 'wt'}.db`);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      assertNoMarker(r.stdout, r.stderr);
      assertNoMarkerIn(join(t.dir, 'data'));
      const db = new DatabaseSync(join(t.dir, `data/${args.join('') || 'wt'}.db`), { readOnly: true });
      const rows = db.prepare("SELECT file_path, rule FROM file_diagnostics WHERE rule = 'symlink' ORDER BY file_path").all().map((r) => `${r.file_path} ${r.rule}`);
      assert.deepEqual(rows, [INSIDE, LEAK, STATE].sort().map((p) => `${p} symlink`), `sync ${args.join(' ')}`);
      db.close();
    }
    const search = await cli(t.dir, 'search', MARKER, '--db', 'data/wt.db');
    assertNoMarker(search.stdout);
    const query = await cli(t.dir, 'query', '--db', 'data/wt.db', '--format', 'json');
    assertNoMarker(query.stdout, query.stderr);
    mkdirSync(join(t.dir, 'out'), { recursive: true });
    const report = await cli(t.dir, 'dashboard', '--db', 'data/wt.db', '--report', 'out/report.html');
    assert.equal(report.code, 0, report.stderr);
    const ci = await cli(t.dir, 'ci', 'index', '--out', 'out/ci');
    assert.ok(ci.code === 0, ci.stderr);
    for (const format of ['text', 'json', 'github']) {
      const check = await cli(t.dir, 'ci', 'check', '--mode', 'all', '--format', format, '--summary', `out/summary-${format}.md`);
      assert.equal(check.code, 1);
      assertNoMarker(check.stdout, check.stderr);
    }
    assertNoMarkerIn(join(t.dir, 'data'));
    assertNoMarkerIn(join(t.dir, 'out'));
  });

  it('the live dashboard does not serve a link through /files/', async () => {
    const { t } = repo();
    const config = await loadConfig({ cwd: t.dir });
    const live = await startLiveDashboard({ config, dbPath: join(t.dir, 'data/ops/tracking.db'), etkVersion: 'test', port: 0, sync: true, log: () => {} });
    try {
      for (const p of [LEAK, STATE]) {
        const res = await fetch(`${live.url}files/${p.split('/').map(encodeURIComponent).join('/')}`);
        const body = await res.text();
        assert.equal(res.status, 404, body);
        assertNoMarker(body);
      }
      const page = await (await fetch(live.url)).text();
      assertNoMarker(page);
    } finally {
      await live.close();
    }
  });

  it('etk validate --fix neither reads a link nor replaces it with what it points to', async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{}');
    t.write(manifestPath(), manifest());
    const s = tempDir({ prefix: 'etk-secret-' });
    // Fixable defects (a date without zone, upper-case tags) in a file outside the repository.
    const secret = s.write('fixable.md', artifact('assessment', { body: `# ${MARKER}\n` }).replace(/created: .*/, 'created: 2025-12-18 09:30').replace('  - ocr', '  - OCR'));
    const before = readFileSync(secret, 'utf8');
    const link = artifactPath('20251218_0934_assessment_fixable.md');
    t.write(A, artifact('assessment'));
    symlinkSync(secret, join(t.dir, link));
    const r = await cli(t.dir, 'validate', '--fix', link);
    assertNoMarker(r.stdout, r.stderr);
    assert.ok(lstatSync(join(t.dir, link)).isSymbolicLink(), 'the link is still a link');
    assert.equal(readFileSync(secret, 'utf8'), before);
  });

  it('a link that points to itself (a loop) is one diagnostic; the other files are read', async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{}');
    t.write(manifestPath(), manifest());
    t.write(A, artifact('assessment'));
    const loop = artifactPath('20251218_0935_assessment_loop.md');
    symlinkSync('20251218_0935_assessment_loop.md', join(t.dir, loop));
    const r = await cliJson(t.dir, 'validate');
    assert.deepEqual(r.diagnostics.map((d) => [d.file, d.rule]), [[loop, 'symlink']]);
    assert.match(r.diagnostics[0]!.message, /to .*_loop\.md;/);
  });

  it('a file inside a linked folder is not read through it', async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{}');
    t.write(manifestPath(), manifest());
    t.write(A, artifact('assessment'));
    const s = secrets();
    const outside = join(s.md, '..');
    // Work-tree paths below a link: as a path given to validate, and as what sync is told is there.
    symlinkSync(outside, join(t.dir, ROOT, EXP, '.metadata', 'reports'));
    const r = await cliJson(t.dir, 'validate', `${ROOT}/${EXP}/.metadata/reports/secret.md`);
    assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.message]), [['symlink', `is inside ${ROOT}/${EXP}/.metadata/reports, a symbolic link; etk follows no links, so the file was not read`]]);
    assertNoMarker(JSON.stringify(r));
  });
});

describe('only regular files are opened', { timeout: 60_000 }, () => {
  it('a FIFO and a socket named like artifacts are reported, not opened (no hang), and the rest is read', async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{}');
    t.write(manifestPath(), manifest());
    t.write(A, artifact('assessment'));
    t.git('add', '-A');
    t.git('commit', '-qm', 'base');
    const fifo = artifactPath('20251218_0936_assessment_pipe.md');
    const fifoJson = `${ROOT}/${EXP}/manifest.json`;
    execFileSync('mkfifo', [join(t.dir, fifo), join(t.dir, fifoJson)]);
    // A socket's path must stay under ~100 bytes: a document in the experiment's docs/ folder.
    const sock = `${ROOT}/${EXP}/docs/s.md`;
    mkdirSync(join(t.dir, ROOT, EXP, 'docs'));
    const server = createServer().listen(join(t.dir, sock));
    await new Promise((r) => server.once('listening', r));
    try {
      const r = await cliJson(t.dir, 'validate');
      assert.equal(r.code, 1);
      assert.deepEqual(r.diagnostics.map((d) => [d.file, d.rule]), [[fifo, 'not-regular-file'], [sock, 'not-regular-file'], [fifoJson, 'not-regular-file']]);
      assert.match(r.diagnostics[0]!.message, /is a FIFO \(named pipe\), not a regular file/);
      assert.match(r.diagnostics[1]!.message, /is a socket/);
      const sync = await cli(t.dir, 'sync');
      assert.equal(sync.code, 0, sync.stderr);
      const db = new DatabaseSync(join(t.dir, 'data/ops/tracking.db'), { readOnly: true });
      const rows = db.prepare('SELECT path, (SELECT group_concat(rule) FROM file_diagnostics d WHERE d.file_path = f.path) AS rules FROM files f ORDER BY path').all().map((r) => `${r.path}: ${r.rules ?? ''}`);
      db.close();
      // git lists no FIFOs or sockets (it cannot store them), so the index from git holds the files around them.
      assert.deepEqual(rows, [`${A}: `, `${manifestPath()}: `].sort());
      const again = await cli(t.dir, 'sync', '--check-conflicts');
      assert.equal(again.code, 0, again.stdout + again.stderr);
    } finally {
      server.close();
    }
  });
});

describe('no file leaves the index silently', () => {
  it('a file larger than maxFileSize is neither read nor hashed: it keeps a row with file-too-large', async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{}');
    t.write(manifestPath(), manifest());
    t.git('add', '-A');
    t.git('commit', '-qm', 'base');
    // A sparse file of 3 GB: reading or hashing it whole fails (and would take long) — only its size may be asked.
    const big = artifactPath('20251218_0938_assessment_big.md');
    t.write(big, '---\n');
    truncateSync(join(t.dir, big), 3 * 1024 ** 3);
    const started = Date.now();
    const sync = await cli(t.dir, 'sync');
    assert.equal(sync.code, 0, sync.stderr);
    assert.ok(Date.now() - started < 20_000);
    const db = new DatabaseSync(join(t.dir, 'data/ops/tracking.db'), { readOnly: true });
    assert.deepEqual(db.prepare('SELECT f.size, d.rule FROM files f JOIN file_diagnostics d ON d.file_path = f.path WHERE f.path = ?').all(big).map((r) => ({ ...r })), [{ size: 3 * 1024 ** 3, rule: 'file-too-large' }]);
    db.close();
    const v = await cliJson(t.dir, 'validate');
    assert.deepEqual(v.diagnostics.map((d) => [d.file, d.rule]), [[big, 'file-too-large']]);
    const again = await cli(t.dir, 'sync', '--check-conflicts');
    assert.equal(again.code, 0, again.stdout + again.stderr);
  });

  it('a file gone between listing and reading keeps a row with unreadable (and leaves at the next sync)', async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{}');
    t.write(manifestPath(), manifest());
    t.git('add', '-A');
    t.git('commit', '-qm', 'base');
    const gone = artifactPath('20251218_0939_assessment_gone.md');
    t.write(gone, artifact('assessment'));
    const config = await loadConfig({ cwd: t.dir });
    const dbPath = join(t.dir, 'data/ops/tracking.db');
    await syncIndex({ config, dbPath, etkVersion: 'test', source: 'worktree', onProgress: (done) => { if (done === 0) rmSync(join(t.dir, gone)); } });
    const db = new DatabaseSync(dbPath, { readOnly: true });
    assert.deepEqual(db.prepare('SELECT rule, message FROM file_diagnostics WHERE file_path = ?').all(gone).map((r) => ({ ...r })), [{ rule: 'unreadable', message: 'disappeared while etk was reading it' }]);
    db.close();
    await syncIndex({ config, dbPath, etkVersion: 'test', source: 'worktree' });
    const after = new DatabaseSync(dbPath, { readOnly: true });
    assert.equal(after.prepare('SELECT COUNT(*) AS n FROM files WHERE path = ?').get(gone)!.n, 0);
    after.close();
  });

  it('validation of a listed path that is not there says so, and judges the others', async () => {
    const t = tempDir({ git: true });
    t.write(A, artifact('assessment'));
    const config = await loadConfig({ cwd: t.dir });
    const results = await validateWorktreeFiles({ base: t.dir, root: config.root, maxFileSize: config.maxFileSize, rules: config.rules, schemaOptions: { statuses: config.statuses, extraTypes: config.extraTypes, profile: config.schemaProfile }, keepBody: false, paths: [artifactPath('20251218_0940_assessment_gone.md'), A] });
    assert.deepEqual(results.map((r) => [r.path, r.findings.map((f) => f.rule)]), [[artifactPath('20251218_0940_assessment_gone.md'), ['unreadable']], [A, []]]);
  });

  it('a file root cannot be kept from reading: permission denied is reported, when not running as root', { skip: process.getuid?.() === 0 ? 'runs as root: root reads chmod 000 files, so permission denied cannot be simulated' : false }, async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{}');
    t.write(manifestPath(), manifest());
    const locked = t.write(artifactPath('20251218_0941_assessment_locked.md'), artifact('assessment'));
    execFileSync('chmod', ['000', locked]);
    const r = await cliJson(t.dir, 'validate');
    assert.deepEqual(r.diagnostics.map((d) => d.rule), ['unreadable']);
    assert.ok(statSync(locked));
  });
});
