import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { canonicalDump } from '../../src/db/canonicalDump.ts';
import { SCHEMA_VERSION } from '../../src/db/schema.ts';
import { EXP, EXP2, NAMES, ROOT, SUBDIR, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

const DB = 'data/ops/tracking.db';
const A = artifactPath(NAMES.assessment!);
const R = artifactPath(NAMES.report!, EXP, SUBDIR.report);
const R2 = artifactPath('20251102_1000_report_detector-baseline.md', EXP2, SUBDIR.report);

function repo(): TempDir {
  const t = tempDir({ git: true });
  t.write('etk.config.json', '{}');
  t.write('.gitignore', 'data/\n');
  t.write(manifestPath(), manifest(EXP, 'owner: kim\n'));
  t.write(manifestPath(EXP2), manifest(EXP2));
  t.write(A, artifact('assessment', { extra: 'dataset: receipts-v2\n' }));
  t.write(R, artifact('report', { id: 'r-1' }));
  t.write(R2, artifact('report', { exp: EXP2, id: 'r-2' }).replace('hmean: 0.91', 'hmean: 0.88').replace(`baseline: ${EXP2}\n`, 'subtype: handoff\n'));
  t.git('add', '-A');
  t.git('commit', '-qm', 'corpus');
  return t;
}

function open(t: TempDir, path = DB): DatabaseSync {
  return new DatabaseSync(join(t.dir, path), { readOnly: true });
}

function all(t: TempDir, sql: string, ...params: (string | number)[]) {
  const db = open(t);
  try {
    return db.prepare(sql).all(...params).map((r) => ({ ...r }));
  } finally {
    db.close();
  }
}

async function sync(t: TempDir, ...args: string[]) {
  const r = await cli(t.dir, 'sync', ...args);
  assert.equal(r.code, 0, r.stderr);
  return r;
}

/** The index equals a full rebuild of the same source into a new file. */
async function assertEqualsRebuild(t: TempDir, ...sourceArgs: string[]) {
  const fresh = `data/fresh-${Math.random().toString(36).slice(2)}.db`;
  await sync(t, ...sourceArgs, '--db', fresh);
  const a = open(t);
  const b = open(t, fresh);
  try {
    assert.equal(canonicalDump(a), canonicalDump(b));
  } finally {
    a.close();
    b.close();
  }
}

describe('etk sync: what the index holds', () => {
  it('one row per file, typed columns, the whole frontmatter as JSON, tags on experiments and artifacts', async () => {
    const t = repo();
    const r = await sync(t);
    assert.match(r.stdout, /5 added, 0 changed, 0 removed \(rebuilt: new index\)/);
    assert.deepEqual(all(t, 'SELECT experiment_id, name, status, created_at FROM experiments ORDER BY 1'), [
      { experiment_id: EXP2, name: 'Image enhancements', status: 'active', created_at: '2025-12-17 02:43:43' },
      { experiment_id: EXP, name: 'Image enhancements', status: 'active', created_at: '2025-12-17 02:43:43' },
    ]);
    assert.deepEqual(all(t, "SELECT artifact_id, declared_artifact_id, type, title, status FROM artifacts WHERE file_path = ?", A), [{ artifact_id: A.slice(ROOT.length + 1), declared_artifact_id: 'assessment-1', type: 'assessment', title: 'A assessment', status: 'active' }]);
    assert.deepEqual(all(t, "SELECT json_extract(frontmatter, '$.dataset') AS d FROM artifacts WHERE file_path = ?", A), [{ d: 'receipts-v2' }]);
    assert.deepEqual(all(t, "SELECT json_extract(frontmatter, '$.owner') AS o FROM experiments WHERE experiment_id = ?", EXP), [{ o: 'kim' }]);
    assert.deepEqual(all(t, 'SELECT phase, priority, evidence_count FROM artifact_metadata WHERE file_path = ?', A), [{ phase: 'phase_1', priority: 'high', evidence_count: 3 }]);
    assert.deepEqual(all(t, "SELECT scope, tag_name FROM tags WHERE experiment_id = ? AND (scope = 'experiment' OR file_path = ?) ORDER BY 1, 2", EXP, A), [
      { scope: 'artifact', tag_name: 'baseline' }, { scope: 'artifact', tag_name: 'ocr' }, { scope: 'experiment', tag_name: 'image-processing' }, { scope: 'experiment', tag_name: 'ocr' },
    ]);
  });

  it('metrics: one row each, the baseline from the frontmatter or from the baseline experiment\'s latest report', async () => {
    const t = repo();
    await sync(t);
    assert.deepEqual(all(t, 'SELECT metric_name, metric_value, baseline_value, unit, experiment_id, timestamp FROM metrics WHERE experiment_id = ? ORDER BY 1', EXP), [
      { metric_name: 'hmean', metric_value: 0.91, baseline_value: 0.88, unit: null, experiment_id: EXP, timestamp: '2025-12-18 09:30:00' },
      { metric_name: 'latency_ms', metric_value: 41, baseline_value: 45, unit: 'ms', experiment_id: EXP, timestamp: '2025-12-18 09:30:00' },
    ]);
    // A later report in the baseline experiment becomes the baseline, through an incremental sync.
    const later = artifactPath('20251220_1000_report_detector-tuned.md', EXP2, SUBDIR.report);
    t.write(later, artifact('report', { exp: EXP2, id: 'r-3' }).replace('hmean: 0.91', 'hmean: 0.9').replace(`baseline: ${EXP2}\n`, 'subtype: handoff\n').replace('created: "2025-12-18T09:30:00Z"', 'created: "2025-12-20T10:00:00Z"').replace('updated: "2025-12-18T10:00:00Z"', 'updated: "2025-12-20T10:00:00Z"'));
    await sync(t);
    assert.deepEqual(all(t, "SELECT baseline_value FROM metrics WHERE experiment_id = ? AND metric_name = 'hmean'", EXP), [{ baseline_value: 0.9 }]);
    assert.deepEqual(all(t, "SELECT metric_value, artifact_id FROM latest_metrics WHERE experiment_id = ? AND metric_name = 'hmean'", EXP2), [{ metric_value: 0.9, artifact_id: later.slice(ROOT.length + 1) }]);
    await assertEqualsRebuild(t);
  });

  it('invalid and unparseable files are indexed with their diagnostics; nothing is dropped', async () => {
    const t = repo();
    t.write(A, artifact('assessment').replace('priority: high', 'priority: urgent'));
    const broken = artifactPath('20251218_0930_guide_broken.md', EXP, SUBDIR.guide);
    t.write(broken, '---\ntitle: "unclosed\n---\n# Broken guide\n\nStill searchable.\n');
    await sync(t);
    assert.deepEqual(all(t, 'SELECT file, line, "column", rule, severity FROM diagnostics ORDER BY file'), [
      { file: A, line: 13, column: 11, rule: 'schema', severity: 'error' },
      { file: broken, line: 2, column: 8, rule: 'yaml-syntax', severity: 'error' },
    ]);
    assert.deepEqual(all(t, 'SELECT title, parse_error, frontmatter, errors FROM artifacts WHERE file_path = ?', broken), [{ title: 'Broken guide', parse_error: 'yaml-syntax', frontmatter: null, errors: 1 }]);
    assert.equal(all(t, "SELECT COUNT(*) AS n FROM artifacts_fts WHERE artifacts_fts MATCH 'searchable'")[0]!.n, 1);
  });

  it('the roadmap\'s example SQL runs unchanged through the views', async () => {
    const t = repo();
    await sync(t);
    const active = all(t, `SELECT experiment_id, name, created_at, (SELECT COUNT(*) FROM artifacts WHERE experiment_id = e.experiment_id) as artifact_count FROM experiments e WHERE status = 'active' ORDER BY created_at DESC`);
    assert.deepEqual(active.map((r) => [r.experiment_id, r.artifact_count]).sort(), [[EXP2, 2], [EXP, 3]]);
    const tagged = all(t, `SELECT DISTINCT e.* FROM experiments e JOIN tags t ON e.experiment_id = t.experiment_id WHERE t.tag_name IN ('perspective-correction', 'image-processing')`);
    assert.equal(tagged.length, 2);
    const trend = all(t, `SELECT m.metric_name, AVG(m.metric_value) as avg_value, MIN(m.metric_value) as min_value, MAX(m.metric_value) as max_value, COUNT(*) as sample_count FROM metrics m WHERE m.timestamp > datetime('2025-12-01', '-30 days') GROUP BY m.metric_name ORDER BY avg_value DESC`);
    assert.deepEqual(trend.map((r) => [r.metric_name, r.sample_count]), [['latency_ms', 2], ['hmean', 2]]);
  });

  it('full-text search keeps working after VACUUM (explicit rowid)', async () => {
    const t = repo();
    t.write(A, artifact('assessment', { body: '# Corners\n\nThe affine trap strikes again.\n' }));
    await sync(t);
    t.write(R, artifact('report', { id: 'r-1', body: '# Unrelated\n\nNothing here.\n' }));
    await sync(t); // a delete + insert leaves a rowid gap VACUUM would renumber without an explicit key
    assert.equal((await cli(t.dir, 'db', 'vacuum')).code, 0);
    assert.deepEqual(all(t, "SELECT a.file_path FROM artifacts_fts f JOIN artifacts a ON a.id = f.rowid WHERE artifacts_fts MATCH 'affine'"), [{ file_path: A }]);
    const check = await cli(t.dir, 'db', 'check');
    assert.equal(check.code, 0, check.stdout);
  });
});

describe('etk sync: incremental by git, always equal to a rebuild', () => {
  it('edit, add, delete, rename: only those files are re-read', async () => {
    const t = repo();
    await sync(t);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: low'));
    const renamed = artifactPath('20251218_0930_report_first-results-v2.md', EXP, SUBDIR.report);
    t.git('mv', R, renamed);
    const script = artifactPath(NAMES.script!, EXP, SUBDIR.script);
    t.write(script, artifact('script', { id: 's-1' }));
    t.git('rm', '-q', R2);
    const dry = await sync(t, '--dry-run');
    assert.match(dry.stdout, new RegExp(`renamed  ${R.replace(/\./g, '\\.')} -> ${renamed.replace(/\./g, '\\.')}`));
    assert.match(dry.stdout, /1 file to add, 1 to change, 1 to remove, 1 renamed, 2 unchanged; nothing written/);
    assert.deepEqual(all(t, 'SELECT priority FROM artifact_metadata WHERE file_path = ?', A), [{ priority: 'high' }], 'dry run wrote nothing');
    const r = await sync(t, '--json');
    const summary = JSON.parse(r.stdout) as { added: string[]; changed: string[]; removed: string[]; renamed: unknown[]; unchanged: number };
    assert.deepEqual([summary.added.sort(), summary.changed, summary.removed.sort(), summary.unchanged], [[renamed, script].sort(), [A], [R, R2].sort(), 2]);
    assert.deepEqual(all(t, 'SELECT priority FROM artifact_metadata WHERE file_path = ?', A), [{ priority: 'low' }]);
    assert.deepEqual(all(t, 'SELECT COUNT(*) AS n FROM artifacts WHERE file_path = ?', R), [{ n: 0 }]);
    await assertEqualsRebuild(t);
  });

  it('commit --amend, branch switch, merge, rebase, stash, reset --hard: each followed by a sync equal to a rebuild', async () => {
    const t = repo();
    await sync(t);
    const steps: [string, () => void][] = [
      ['amend', () => { t.write(A, artifact('assessment').replace('phase: phase_1', 'phase: phase_2')); t.git('commit', '-qam', 'x'); t.git('commit', '-q', '--amend', '-m', 'amended'); }],
      ['branch', () => { t.git('checkout', '-qb', 'feature'); t.write(artifactPath(NAMES.guide!, EXP, SUBDIR.guide), artifact('guide', { id: 'g-1' })); t.git('add', '-A'); t.git('commit', '-qm', 'guide'); }],
      ['switch back', () => t.git('checkout', '-q', 'main')],
      ['diverge main', () => { t.write(R2, artifact('report', { exp: EXP2, id: 'r-2' }).replace(`baseline: ${EXP2}\n`, 'subtype: handoff\n')); t.git('commit', '-qam', 'main edit'); }],
      ['merge', () => t.git('merge', '-q', '--no-edit', 'feature')],
      ['rebase', () => { t.git('checkout', '-qb', 'topic', 'HEAD~1'); t.write(manifestPath(EXP2), manifest(EXP2).replace('status: active', 'status: complete')); t.git('commit', '-qam', 'complete'); t.git('rebase', '-q', 'main'); }],
      ['stash', () => { t.write(A, artifact('assessment').replace('priority: high', 'priority: critical')); t.git('stash', '-q'); }],
      ['stash pop', () => t.git('stash', 'pop', '-q')],
      ['reset --hard', () => t.git('reset', '-q', '--hard', 'HEAD~2')],
      ['delete an experiment', () => { t.git('rm', '-rq', `${ROOT}/${EXP2}`); }],
    ];
    for (const [name, step] of steps) {
      step();
      await sync(t);
      await assertEqualsRebuild(t);
      const check = await cli(t.dir, 'sync', '--check-conflicts');
      assert.equal(check.code, 0, `${name}: ${check.stdout}`);
    }
  });

  it('--staged indexes the git index, --rev a commit', async () => {
    const t = repo();
    t.write(A, artifact('assessment').replace('priority: high', 'priority: low'));
    t.git('add', A);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: medium'));
    await sync(t, '--staged');
    assert.deepEqual(all(t, 'SELECT priority FROM artifact_metadata WHERE file_path = ?', A), [{ priority: 'low' }]);
    await assertEqualsRebuild(t, '--staged');
    await sync(t, '--rev', 'HEAD');
    assert.deepEqual(all(t, 'SELECT priority FROM artifact_metadata WHERE file_path = ?', A), [{ priority: 'high' }]);
    await sync(t);
    assert.deepEqual(all(t, 'SELECT priority FROM artifact_metadata WHERE file_path = ?', A), [{ priority: 'medium' }]);
    const bad = await cli(t.dir, 'sync', '--rev', 'no-such-branch');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--rev no-such-branch is not a commit/);
  });

  it('one experiment only', async () => {
    const t = repo();
    await sync(t);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: low'));
    t.write(R2, artifact('report', { exp: EXP2, id: 'r-2' }).replace('comparison: improvement', 'comparison: neutral').replace(`baseline: ${EXP2}\n`, 'subtype: handoff\n'));
    const r = await sync(t, EXP2, '--json');
    assert.deepEqual((JSON.parse(r.stdout) as { changed: string[] }).changed, [R2]);
    assert.deepEqual(all(t, 'SELECT priority FROM artifact_metadata WHERE file_path = ?', A), [{ priority: 'high' }], 'the other experiment was left alone');
    const bad = await cli(t.dir, 'sync', 'not-an-id');
    assert.equal(bad.code, 2);
  });

  it('cross-file facts follow other files: deleting one of two duplicates clears the other\'s error', async () => {
    const t = repo();
    const G = artifactPath(NAMES.guide!, EXP, SUBDIR.guide);
    t.write(G, artifact('guide', { id: 'assessment-1' }));
    await sync(t);
    assert.deepEqual(all(t, "SELECT file, rule FROM diagnostics WHERE rule = 'duplicate-artifact-id' ORDER BY file"), [{ file: A, rule: 'duplicate-artifact-id' }, { file: G, rule: 'duplicate-artifact-id' }]);
    rmSync(join(t.dir, G));
    await sync(t);
    assert.deepEqual(all(t, "SELECT file FROM diagnostics WHERE rule = 'duplicate-artifact-id'"), []);
    // A report's missing baseline is resolved when the experiment appears.
    t.write(R, artifact('report', { id: 'r-1' }).replace(`baseline: ${EXP2}`, 'baseline: 20250101_000000_later'));
    await sync(t);
    assert.deepEqual(all(t, "SELECT rule, severity FROM diagnostics WHERE file = ?", R), [{ rule: 'baseline-missing', severity: 'warning' }]);
    t.write(manifestPath('20250101_000000_later'), manifest('20250101_000000_later'));
    await sync(t);
    assert.deepEqual(all(t, 'SELECT rule FROM diagnostics WHERE file = ?', R), []);
    await assertEqualsRebuild(t);
  });

  it('a config change rebuilds everything (severity changes show up)', async () => {
    const t = repo();
    t.write(A, artifact('assessment').replace('priority: high', 'priority: urgent'));
    await sync(t);
    writeFileSync(join(t.dir, 'etk.config.json'), JSON.stringify({ rules: { schema: 'warn' } }));
    const r = await sync(t);
    assert.match(r.stdout, /rebuilt: the configuration or schemas changed/);
    assert.deepEqual(all(t, 'SELECT severity FROM diagnostics'), [{ severity: 'warning' }]);
  });

  it('works in a shallow clone; outside git it refuses (exit 2) and writes nothing', async () => {
    const t = repo();
    const clone = tempDir();
    const r = clone.git('clone', '-q', '--depth', '1', `file://${t.dir}`, 'c');
    assert.equal(r, '');
    const c: TempDir = { dir: join(clone.dir, 'c'), write: (p, s) => clone.write(`c/${p}`, s), git: (...a) => clone.git('-C', 'c', ...a) };
    await sync(c);
    assert.deepEqual(all(c, 'SELECT COUNT(*) AS n FROM files'), [{ n: 5 }]);
    const plain = tempDir();
    plain.write('etk.config.json', '{}');
    plain.write(manifestPath(), manifest());
    plain.write(A, artifact('assessment'));
    const outside = await cli(plain.dir, 'sync');
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /is not inside a git repository; nothing was written/);
    assert.equal(existsSync(join(plain.dir, 'data')), false);
  });
});

describe('tracking.db: migrations, damage and --force', () => {
  const ROADMAP_DDL = readFileSync(new URL('../fixtures/roadmap-schema.sql', import.meta.url), 'utf8');

  it('the roadmap\'s tracking.db with empty tables and a foreign table: backed up, the empty tables moved aside as legacy_*, the foreign table kept', async () => {
    const t = repo();
    const db = new DatabaseSync(join(t.dir, 'data-ops.db'));
    db.exec(ROADMAP_DDL);
    db.exec("CREATE TABLE runs (id INTEGER PRIMARY KEY, note TEXT); INSERT INTO runs (note) VALUES ('keep me');");
    db.close();
    const r = await cli(t.dir, 'sync', '--db', 'data-ops.db');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /note {2}data-ops\.db was made by another tool: etk's tables were added to it; backup: data-ops\.db\.bak-\d{8}-\d{6}\n/);
    assert.match(r.stderr, /note {2}moved table metrics \(0 rows\) aside as legacy_metrics\n/);
    assert.match(r.stderr, /note {2}left as they are: runs\n/);
    const backup = readdirSync(t.dir).find((f) => f.startsWith('data-ops.db.bak-'))!;
    const old = new DatabaseSync(join(t.dir, backup), { readOnly: true });
    assert.deepEqual(old.prepare("SELECT type FROM sqlite_master WHERE name = 'metrics'").all().map((x) => ({ ...x })), [{ type: 'table' }], 'the backup is the old file');
    old.close();
    const now = new DatabaseSync(join(t.dir, 'data-ops.db'), { readOnly: true });
    assert.deepEqual(now.prepare('SELECT note FROM runs').all().map((x) => ({ ...x })), [{ note: 'keep me' }]);
    assert.deepEqual(now.prepare("SELECT type FROM sqlite_master WHERE name = 'metrics'").all().map((x) => ({ ...x })), [{ type: 'view' }]);
    assert.deepEqual(now.prepare("SELECT type FROM sqlite_master WHERE name = 'legacy_metrics'").all().map((x) => ({ ...x })), [{ type: 'table' }], 'the roadmap\'s empty table is kept under a new name, never dropped');
    assert.equal((now.prepare('SELECT COUNT(*) AS n FROM artifacts').get() as { n: number }).n, 5);
    now.close();
    const force = await cli(t.dir, 'sync', '--db', 'data-ops.db', '--force');
    assert.equal(force.code, 0);
    const after = new DatabaseSync(join(t.dir, 'data-ops.db'), { readOnly: true });
    assert.deepEqual(after.prepare('SELECT note FROM runs').all().map((x) => ({ ...x })), [{ note: 'keep me' }], '--force drops only etk\'s tables');
    after.close();
  });

  it('a schema version 1 index (no covering indexes): readers with --no-sync ask for a sync, which backs it up and rebuilds it; a reader upgrades it itself, saying so', async () => {
    const t = repo();
    assert.equal((await cli(t.dir, 'sync', '-q')).code, 0);
    const path = join(t.dir, DB);
    const old = () => {
      const v1 = new DatabaseSync(path);
      v1.exec('DROP INDEX IF EXISTS idx_artifacts_listing; PRAGMA user_version = 1;');
      v1.close();
    };
    old();
    const upgraded = await cli(t.dir, 'query', 'artifacts', '--count', '--format', 'table');
    assert.equal(upgraded.code, 0, upgraded.stderr);
    assert.equal(upgraded.stdout, '5\n');
    assert.match(upgraded.stderr, /^etk query: upgraded the index data\/ops\/tracking\.db from schema version 1; backup: data\/ops\/tracking\.db\.bak-\d{8}-\d{6}/);
    old();
    const read = await cli(t.dir, 'query', 'artifacts', '--count', '--no-sync');
    assert.equal(read.code, 2);
    assert.match(read.stderr, new RegExp(`has schema version 1; this etk needs ${SCHEMA_VERSION}\\n {2}fix: update it with \`etk sync\``));
    const r = await cli(t.dir, 'sync');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /upgraded data\/ops\/tracking\.db from schema version 1: etk's tables rebuilt from the files; backup: data\/ops\/tracking\.db\.bak-\d{8}-\d{6}/);
    assert.deepEqual(all(t, "SELECT name FROM sqlite_master WHERE name = 'idx_artifacts_listing'"), [{ name: 'idx_artifacts_listing' }]);
    assert.equal((await cli(t.dir, 'query', 'artifacts', '--count', '--format', 'table')).stdout, '5\n');
  });

  it('a schema version 2 index (artifact_id the declared id): a sync backs it up and rebuilds it with unique ids', async () => {
    const t = repo();
    assert.equal((await cli(t.dir, 'sync', '-q')).code, 0);
    const v2 = new DatabaseSync(join(t.dir, DB));
    v2.exec("UPDATE artifacts SET artifact_id = COALESCE(declared_artifact_id, artifact_id); PRAGMA user_version = 2;");
    v2.close();
    const r = await cli(t.dir, 'sync');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /upgraded data\/ops\/tracking\.db from schema version 2: etk's tables rebuilt from the files; backup: /);
    assert.deepEqual(all(t, "SELECT COUNT(*) AS n FROM artifacts WHERE artifact_id NOT LIKE '%.md'"), [{ n: 0 }], 'every id is a path again');
    assert.deepEqual(all(t, "SELECT COUNT(*) AS n FROM pragma_index_list('artifacts') l WHERE l.\"unique\" AND (SELECT group_concat(name) FROM pragma_index_info(l.name)) = 'artifact_id'"), [{ n: 1 }]);
  });

  it('a newer schema is refused and the file is not touched', async () => {
    const t = repo();
    const path = join(t.dir, 'newer.db');
    const db = new DatabaseSync(path);
    // An etk index (its bookkeeping tables) that a newer etk wrote.
    db.exec('CREATE TABLE etk_meta (key TEXT PRIMARY KEY, value TEXT); CREATE TABLE files (path TEXT PRIMARY KEY); PRAGMA user_version = 99;');
    db.close();
    const before = readFileSync(path);
    const r = await cli(t.dir, 'sync', '--db', 'newer.db');
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`schema version 99, newer than this etk supports \\(${SCHEMA_VERSION}\\); nothing was written`));
    assert.deepEqual(readFileSync(path), before);
    assert.equal(existsSync(`${path}-wal`) && readFileSync(`${path}-wal`).length > 0, false);
  });

  it('db info after a commit the index was synced for (as the pre-commit hook does): up to date, naming both commits', async () => {
    const t = repo();
    t.write(A, artifact('assessment', { extra: 'dataset: receipts-v3\n' }));
    t.git('add', '-A');
    await sync(t, '--staged');
    const synced = t.git('rev-parse', 'HEAD').trim();
    t.git('commit', '-qm', 'edit');
    const head = t.git('rev-parse', 'HEAD').trim();
    const info = await cli(t.dir, 'db', 'info');
    assert.equal(info.code, 0, info.stderr);
    assert.match(info.stdout, new RegExp(`^freshness {4}up to date \\(synced on ${synced.slice(0, 12)}; HEAD is now ${head.slice(0, 12)} with the same files\\)$`, 'm'));
    t.write(R, artifact('report', { id: 'r-1' }).replace('hmean: 0.91', 'hmean: 0.5'));
    t.git('add', R); // an index synced from git's index is compared with git's index
    assert.match((await cli(t.dir, 'db', 'info')).stdout, /^freshness {4}1 file changed since the last sync: run etk sync$/m);
  });

  it('a damaged file: a clear message (exit 2), and --force rebuilds it', async () => {
    const t = repo();
    t.write(DB, 'this is not a database, just text that is long enough to be read as a header.........');
    const r = await cli(t.dir, 'sync');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /damaged or not an SQLite database/);
    assert.match(r.stderr, /etk sync --force/);
    const info = await cli(t.dir, 'db', 'info');
    assert.equal(info.code, 2);
    await sync(t, '--force');
    assert.equal((await cli(t.dir, 'db', 'check')).code, 0);
  });

  it('--check-conflicts lists each drifted file and exits 1; a sync repairs it', async () => {
    const t = repo();
    await sync(t);
    const db = new DatabaseSync(join(t.dir, DB));
    db.prepare('UPDATE artifact_metadata SET priority = ? WHERE file_path = ?').run('low', A);
    db.prepare('DELETE FROM files WHERE path = ?').run(R2);
    db.close();
    const r = await cli(t.dir, 'sync', '--check-conflicts');
    assert.equal(r.code, 1);
    assert.match(r.stdout, new RegExp(`${A.replace(/\./g, '\\.')}: differs \\(artifact_metadata\\)`));
    assert.match(r.stdout, new RegExp(`${R2.replace(/\./g, '\\.')}: missing from the index`));
    await sync(t, '--all');
    assert.equal((await cli(t.dir, 'sync', '--check-conflicts')).code, 0);
  });

  it('db info tells what the index reflects and whether it is behind', async () => {
    const t = repo();
    await sync(t);
    const fresh = await cli(t.dir, 'db', 'info', '--json');
    const info = JSON.parse(fresh.stdout) as { source: string; pendingFiles: number; counts: { experiments: number; files: number } };
    assert.deepEqual([info.source, info.pendingFiles, info.counts.experiments, info.counts.files], ['worktree', 0, 2, 5]);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: low'));
    const stale = await cli(t.dir, 'db', 'info');
    assert.match(stale.stdout, /1 file changed since the last sync: run etk sync/);
  });
});
