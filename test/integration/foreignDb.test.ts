import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { SCHEMA_VERSION } from '../../src/db/schema.ts';
import { EXP, artifact, artifactPath, manifest, manifestPath, NAMES } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

// Real SQLite files in the shapes of the two tracking.db designs users already have (DDL facts in
// test/fixtures, our own rows in every table), put where etk looks by default.
const AGENTQMS = readFileSync(new URL('../fixtures/agentqms-tracking.sql', import.meta.url), 'utf8');
const EDS = readFileSync(new URL('../fixtures/eds-tracking.sql', import.meta.url), 'utf8');
const DB = 'data/ops/tracking.db';

function repo(ddl: string | null): TempDir {
  const t = tempDir({ git: true });
  t.write('etk.config.json', '{}');
  t.write('.gitignore', 'data/\n');
  t.write(manifestPath(), manifest(EXP));
  t.write(artifactPath(NAMES.assessment!), artifact('assessment'));
  t.git('add', '-A');
  t.git('commit', '-qm', 'corpus');
  if (ddl !== null) {
    mkdirSync(join(t.dir, 'data/ops'), { recursive: true });
    const db = new DatabaseSync(join(t.dir, DB));
    db.exec('PRAGMA foreign_keys = ON');
    db.exec(ddl);
    db.close();
  }
  return t;
}

type Rows = Record<string, string[]>;

/** Every row of every ordinary table (not FTS shadow tables), as sorted JSON lines. */
function tableRows(path: string): Rows {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT * FROM "${t}"`).all() as object[]).map((r) => JSON.stringify({ ...r })).sort()]));
  } finally {
    db.close();
  }
}

function query(t: TempDir, sql: string, path = DB): Record<string, unknown>[] {
  const db = new DatabaseSync(join(t.dir, path), { readOnly: true });
  try {
    return db.prepare(sql).all().map((r) => ({ ...r }));
  } finally {
    db.close();
  }
}

const backups = (t: TempDir) => readdirSync(join(t.dir, 'data/ops')).filter((f) => f.startsWith('tracking.db.bak-'));

/** Every table of `before` is in `now` with the same rows, under its own name or its legacy_ name. */
function assertKept(before: Rows, now: Rows, moved: readonly string[]): void {
  for (const [table, rows] of Object.entries(before)) {
    const name = moved.includes(table) ? `legacy_${table}` : table;
    assert.deepEqual(now[name], rows, `${table}: every row kept${name !== table ? ` as ${name}` : ''}`);
  }
}

/** The refusal, and the file byte for byte as it was (no -wal, no backup). */
async function assertRefused(t: TempDir, args: string[], names: RegExp): Promise<void> {
  const bytes = readFileSync(join(t.dir, DB));
  const r = await cli(t.dir, ...args);
  assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
  assert.match(r.stderr, names);
  assert.match(r.stderr, /nothing was written\n {2}fix: see what it holds with `etk db inspect`.*`etk db migrate`/);
  assert.deepEqual(readFileSync(join(t.dir, DB)), bytes, `${args.join(' ')} left the file as it was`);
  assert.deepEqual(readdirSync(join(t.dir, 'data/ops')).sort(), ['tracking.db'], `${args.join(' ')} wrote no other file`);
}

describe("the AgentQMS tracker's tracking.db (integer experiment ids, ON DELETE CASCADE runs and artifacts)", () => {
  it('inspect tells every object, its rows and foreign keys, and what etk would do; sync, --force and --dry-run refuse and change no byte', async () => {
    const t = repo(AGENTQMS);
    const r = await cli(t.dir, 'db', 'inspect', '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    const i = JSON.parse(r.stdout) as { etkIndex: boolean; objects: { name: string; type: string; rows: number | null; action: string; movesTo: string | null; foreignKeys: { table: string; onDelete: string }[] }[] };
    assert.equal(i.etkIndex, false);
    const by = new Map(i.objects.map((o) => [o.name, o]));
    assert.deepEqual([...by.keys()].sort(), ['debug_notes', 'debug_sessions', 'experiment_artifacts', 'experiment_runs', 'experiments', 'feature_plans', 'plan_tasks', 'refactors', 'summaries']);
    assert.deepEqual({ rows: by.get('experiments')!.rows, action: by.get('experiments')!.action, movesTo: by.get('experiments')!.movesTo }, { rows: 3, action: 'move', movesTo: 'legacy_experiments' });
    assert.equal(by.get('experiment_runs')!.action, 'keep');
    assert.deepEqual(by.get('experiment_runs')!.foreignKeys.map((f) => [f.table, f.onDelete]), [['experiments', 'CASCADE']]);
    const text = await cli(t.dir, 'db', 'inspect');
    assert.match(text.stdout, /^data\/ops\/tracking\.db: another tool's database \(user_version 0\), 9 objects\n/);
    assert.match(text.stdout, /table +experiments +3 rows +another tool's; etk needs the name: moves aside as legacy_experiments\n/);
    assert.match(text.stdout, /foreign key \(experiment_id\) -> experiments\(id\) ON DELETE CASCADE/);
    assert.match(text.stdout, /`etk sync` refuses this file \(experiments holds rows under names etk needs\)/);

    const names = /another tool: its table experiments \(3 rows\) uses a name etk needs \(and 8 more of its tables are there\)/;
    await assertRefused(t, ['sync'], names);
    await assertRefused(t, ['sync', '--force'], names);
    await assertRefused(t, ['sync', '--dry-run'], names);
    await assertRefused(t, ['sync', '--all'], names);
    const q = await cli(t.dir, 'query', 'experiments');
    assert.equal(q.code, 2);
    assert.match(q.stderr, /is not an etk index: it holds another tool's tables \(debug_notes, debug_sessions, experiment_artifacts, experiment_runs, experiments, feature_plans, and 3 more\)/);
    const check = await cli(t.dir, 'db', 'check');
    assert.equal(check.code, 2, 'db check of another tool\'s file is a sentence, not a crash');
    assert.match(check.stderr, /not an etk index/);
    const vacuum = await cli(t.dir, 'db', 'vacuum');
    assert.equal(vacuum.code, 2);
    assert.deepEqual(readdirSync(join(t.dir, 'data/ops')), ['tracking.db']);
  });

  it('migrate --dry-run writes nothing; migrate backs up (verified), moves experiments aside with its rows, and the cascades point at it', async () => {
    const t = repo(AGENTQMS);
    const path = join(t.dir, DB);
    const before = tableRows(path);
    const bytes = readFileSync(path);
    const dry = await cli(t.dir, 'db', 'migrate', '--dry-run');
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /move table experiments \(3 rows\) -> legacy_experiments\n/);
    assert.match(dry.stdout, /keep debug_notes \(2 rows\), debug_sessions \(1 row\), experiment_artifacts \(3 rows\), experiment_runs \(3 rows\)/);
    assert.match(dry.stdout, /nothing written \(--dry-run\)\n$/);
    assert.deepEqual(readFileSync(path), bytes);
    assert.deepEqual(readdirSync(join(t.dir, 'data/ops')), ['tracking.db']);

    const m = await cli(t.dir, 'db', 'migrate');
    assert.equal(m.code, 0, m.stderr);
    const [backup, ...more] = backups(t);
    assert.ok(backup !== undefined && more.length === 0, 'one backup');
    assert.match(m.stdout, new RegExp(`✔ data/ops/tracking\\.db was made by another tool: etk's tables were added to it; backup: data/ops/${backup!.replace(/\./g, '\\.')}\n✔ moved table experiments \\(3 rows\\) aside as legacy_experiments\n✔ left as they are: debug_notes, debug_sessions, experiment_artifacts, experiment_runs, feature_plans, plan_tasks, refactors, summaries\n`));
    assert.deepEqual(tableRows(join(t.dir, 'data/ops', backup!)), before, 'the backup holds every row as it was');
    assertKept(before, tableRows(path), ['experiments']);
    assert.match(String(query(t, "SELECT sql FROM sqlite_master WHERE name = 'experiment_runs'")[0]!.sql), /REFERENCES "legacy_experiments"\(id\) ON DELETE CASCADE/);
    assert.deepEqual(query(t, 'PRAGMA foreign_key_check'), []);
    // The other tool's rows still hang together: a run of a legacy experiment can be added, and
    // deleting that experiment cascades only into its own rows.
    const w = new DatabaseSync(path);
    w.exec('PRAGMA foreign_keys = ON');
    w.exec("INSERT INTO experiment_runs (experiment_id, run_no, params_json, outcome, created_at) VALUES (3, 1, '{}', 'pass', '2025-12-20')");
    assert.throws(() => w.exec("INSERT INTO experiment_runs (experiment_id, run_no, params_json, outcome, created_at) VALUES (99, 1, '{}', 'pass', '2025-12-20')"), /FOREIGN KEY constraint failed/);
    w.close();

    const again = await cli(t.dir, 'db', 'migrate');
    assert.equal(again.code, 0);
    assert.match(again.stdout, /is already etk's index \(schema version \d+\): nothing to migrate/);
  });

  it('after migrate: sync, --force, db check, db vacuum and a schema upgrade keep every row; one backup per migration', async () => {
    const t = repo(AGENTQMS);
    const path = join(t.dir, DB);
    assert.equal((await cli(t.dir, 'db', 'migrate')).code, 0);
    const migrated = tableRows(path);
    const foreign = Object.fromEntries(Object.entries(migrated).filter(([k]) => !['etk_meta', 'files', 'artifacts', 'artifact_metadata', 'experiment_sources', 'tags', 'metric_values', 'file_diagnostics', 'provenance'].includes(k)));
    const keptNow = () => Object.fromEntries(Object.keys(foreign).map((k) => [k, tableRows(path)[k]!]));
    const s = await cli(t.dir, 'sync');
    assert.equal(s.code, 0, s.stderr);
    assert.equal(s.stderr, '', 'no second migration');
    assert.deepEqual(query(t, 'SELECT experiment_id, name FROM experiments'), [{ experiment_id: EXP, name: 'Image enhancements' }]);
    assert.equal((await cli(t.dir, 'sync', '--force')).code, 0);
    assert.deepEqual(keptNow(), foreign, '--force drops only etk\'s tables');
    const check = await cli(t.dir, 'db', 'check');
    assert.equal(check.code, 0, check.stdout);
    assert.equal((await cli(t.dir, 'db', 'vacuum')).code, 2, 'no VACUUM of a file with another tool\'s tables');
    assert.deepEqual(keptNow(), foreign, 'vacuum keeps every row');
    // A schema upgrade: the index written by an older etk.
    const w = new DatabaseSync(path);
    w.exec(`PRAGMA user_version = ${SCHEMA_VERSION - 1}`);
    w.close();
    const up = await cli(t.dir, 'sync');
    assert.equal(up.code, 0, up.stderr);
    assert.match(up.stderr, new RegExp(`upgraded data/ops/tracking\\.db from schema version ${SCHEMA_VERSION - 1}: etk's tables rebuilt from the files; backup: `));
    assert.deepEqual(keptNow(), foreign, 'an upgrade keeps every row of another tool');
    assert.equal(backups(t).length, 2, 'the migration and the upgrade: one backup each');
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    assert.equal(backups(t).length, 2, 'no backup when nothing migrates');
  });
});

describe("the seed repository's schema.sql + state_tables.sql tracking.db", () => {
  it('refused with every colliding table named; migrate moves tables, views and indexes aside; its state tables keep their rows and point at legacy_experiments', async () => {
    const t = repo(EDS);
    const path = join(t.dir, DB);
    const before = tableRows(path);
    await assertRefused(t, ['sync'], /its objects artifact_metadata \(1 row\), artifact_tags \(2 rows\), artifacts \(2 rows\), artifacts_fts \(1 row\), experiments \(2 rows\), metrics \(1 row\), tags \(2 rows\), v_active_experiments \(a view\), v_artifact_stats \(a view\), v_experiment_stats \(a view\), v_recent_activity \(a view\) use names etk needs/);
    const m = await cli(t.dir, 'db', 'migrate');
    assert.equal(m.code, 0, m.stderr);
    for (const line of ['moved view v_active_experiments aside as legacy_v_active_experiments', 'moved index idx_artifacts_experiment aside as legacy_idx_artifacts_experiment', 'moved table artifacts_fts (1 row) aside as legacy_artifacts_fts', 'left as they are: experiment_decisions, experiment_insights, experiment_state, experiment_tasks, schema_version, state_transitions']) {
      assert.ok(m.stdout.includes(line), line);
    }
    const moved = ['experiments', 'artifacts', 'artifact_metadata', 'tags', 'artifact_tags', 'metrics'];
    assertKept(before, tableRows(path), moved);
    assert.deepEqual(tableRows(join(t.dir, 'data/ops', backups(t)[0]!)), before);
    assert.match(String(query(t, "SELECT sql FROM sqlite_master WHERE name = 'experiment_state'")[0]!.sql), /REFERENCES "legacy_experiments"\(experiment_id\) ON DELETE CASCADE/);
    assert.deepEqual(query(t, 'PRAGMA foreign_key_check'), []);
    // The other tool's views still answer from its rows, its full-text index still searches.
    assert.deepEqual(query(t, 'SELECT experiment_id, artifact_count FROM legacy_v_active_experiments'), [{ experiment_id: '20251217_024343_image_enhancements', artifact_count: 1 }]);
    assert.deepEqual(query(t, "SELECT artifact_id FROM legacy_artifacts_fts WHERE legacy_artifacts_fts MATCH 'tile'"), [{ artifact_id: 'clahe-report' }]);

    assert.equal((await cli(t.dir, 'sync')).code, 0);
    assert.equal((await cli(t.dir, 'sync', '--force')).code, 0);
    assert.equal((await cli(t.dir, 'db', 'vacuum')).code, 2);
    assert.equal((await cli(t.dir, 'db', 'check')).code, 0);
    assertKept(before, tableRows(path), moved);
  });

  it("its queries keep working on etk's index: artifact_tags, the v_* views and the roadmap's examples", async () => {
    const t = repo(null);
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    assert.deepEqual(query(t, 'SELECT tag_name FROM artifact_tags WHERE artifact_id LIKE ? ORDER BY tag_name'.replace('?', `'%assessment%'`)).map((r) => r.tag_name), ['baseline', 'ocr']);
    assert.deepEqual(query(t, 'SELECT experiment_id, artifact_count, assessment_count, report_count FROM v_active_experiments'), [{ experiment_id: EXP, artifact_count: 2, assessment_count: 1, report_count: 0 }]);
    assert.deepEqual(query(t, 'SELECT total_experiments, active_count FROM v_experiment_stats'), [{ total_experiments: 1, active_count: 1 }]);
    assert.deepEqual(query(t, 'SELECT experiment_id, total_artifacts, avg_evidence_count FROM v_artifact_stats'), [{ experiment_id: EXP, total_artifacts: 2, avg_evidence_count: 3 }]);
    assert.equal(query(t, 'SELECT * FROM v_recent_activity').length, 2);
    const examples = [
      "SELECT experiment_id, name, created_at, (SELECT COUNT(*) FROM artifacts WHERE experiment_id = e.experiment_id) as artifact_count FROM experiments e WHERE status = 'active' ORDER BY created_at DESC",
      "SELECT DISTINCT e.* FROM experiments e JOIN tags t ON e.experiment_id = t.experiment_id WHERE t.tag_name IN ('ocr', 'image-processing')",
      "SELECT m.metric_name, AVG(m.metric_value) as avg_value, COUNT(*) as sample_count FROM metrics m WHERE m.timestamp > datetime('now', '-30 days') GROUP BY m.metric_name",
    ];
    for (const sql of examples) {
      const r = await cli(t.dir, 'query', 'sql', sql, '--format', 'json');
      assert.equal(r.code, 0, `${sql}: ${r.stderr}`);
    }
    assert.equal((JSON.parse((await cli(t.dir, 'query', 'sql', examples[0]!, '--format', 'json')).stdout) as unknown[]).length, 1);
  });
});

describe('other people\'s databases: the edges', () => {
  it("another tool's foreign keys into etk's tables are refused before any sync, --force or upgrade can cascade into them", async () => {
    const t = repo(null);
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    const path = join(t.dir, DB);
    const w = new DatabaseSync(path);
    w.exec('CREATE TABLE reviews (file_path TEXT REFERENCES files(path) ON DELETE CASCADE, verdict TEXT)');
    w.exec("INSERT INTO reviews SELECT path, 'ok' FROM files");
    w.close();
    const had = query(t, 'SELECT * FROM reviews');
    assert.ok(had.length > 0);
    for (const args of [['sync', '--all'], ['sync', '--force'], ['db', 'migrate']]) {
      const r = await cli(t.dir, ...args);
      assert.equal(r.code, args[0] === 'db' ? 0 : 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      if (args[0] !== 'db') assert.match(r.stderr, /another tool's table has a foreign key to etk's tables \(reviews -> files\); etk deletes and rewrites its rows on every sync/);
      assert.deepEqual(query(t, 'SELECT * FROM reviews'), had);
    }
    const v = new DatabaseSync(path);
    v.exec(`PRAGMA user_version = ${SCHEMA_VERSION - 1}`);
    v.close();
    assert.equal((await cli(t.dir, 'sync')).code, 2, 'nor an upgrade');
    assert.deepEqual(query(t, 'SELECT * FROM reviews'), had);
  });

  it("another tool's index and trigger on etk's tables, and etk_meta's previous_user_version, survive --force and an upgrade", async () => {
    const t = repo('CREATE TABLE log (m TEXT); PRAGMA user_version = 12;');
    assert.equal((await cli(t.dir, 'db', 'migrate')).code, 0);
    const path = join(t.dir, DB);
    const w = new DatabaseSync(path);
    w.exec('CREATE INDEX tool_title ON artifacts(title); CREATE TRIGGER tool_on_files AFTER INSERT ON files BEGIN INSERT INTO log VALUES (new.path); END;');
    w.close();
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    assert.equal((await cli(t.dir, 'sync', '--force')).code, 0);
    const v = new DatabaseSync(path);
    v.exec(`PRAGMA user_version = ${SCHEMA_VERSION - 1}`);
    v.close();
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    assert.deepEqual(query(t, "SELECT name FROM sqlite_master WHERE name LIKE 'tool_%' ORDER BY name"), [{ name: 'tool_on_files' }, { name: 'tool_title' }]);
    assert.deepEqual(query(t, "SELECT value FROM etk_meta WHERE key = 'previous_user_version'"), [{ value: '12' }]);
    assert.ok(Number(query(t, 'SELECT COUNT(*) AS n FROM log')[0]!.n) >= 3, 'the trigger still fires on etk\'s inserts');
    const vac = await cli(t.dir, 'db', 'vacuum');
    assert.equal(vac.code, 2, 'no VACUUM of a file with another tool\'s tables (it may renumber their rowids)');
    assert.match(vac.stderr, /also holds another tool's tables \(log\)/);
  });

  it("a view of another tool named like etk's, with an INSTEAD OF trigger: sync leaves it to migrate, which moves the trigger with it", async () => {
    const t = repo("CREATE TABLE runs (id INTEGER PRIMARY KEY, name TEXT, status TEXT); INSERT INTO runs VALUES (1, 'a', 'active'); CREATE VIEW experiments AS SELECT id, name, status FROM runs; CREATE TRIGGER experiments_ins INSTEAD OF INSERT ON experiments BEGIN INSERT INTO runs (name, status) VALUES (new.name, new.status); END;");
    const r = await cli(t.dir, 'sync');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /its object experiments \(a view\) uses a name etk needs/);
    assert.equal((await cli(t.dir, 'db', 'migrate')).code, 0);
    const w = new DatabaseSync(join(t.dir, DB));
    w.exec("INSERT INTO legacy_experiments (name, status) VALUES ('b', 'done')");
    w.close();
    assert.deepEqual(query(t, 'SELECT name FROM runs ORDER BY id'), [{ name: 'a' }, { name: 'b' }]);
  });

  it('upgrading a migrated index keeps the other tool\'s indexes on its legacy_ tables; names differing in case still collide', async () => {
    const t = repo(EDS);
    assert.equal((await cli(t.dir, 'db', 'migrate')).code, 0);
    const legacyIndexes = () => query(t, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name LIKE 'legacy%' AND sql IS NOT NULL ORDER BY name");
    const had = legacyIndexes();
    assert.ok(had.some((r) => r.name === 'idx_experiments_status'));
    const v = new DatabaseSync(join(t.dir, DB));
    v.exec(`PRAGMA user_version = ${SCHEMA_VERSION - 1}`);
    v.close();
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    assert.deepEqual(legacyIndexes(), had);

    const c = repo("CREATE TABLE Experiments (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO Experiments (name) VALUES ('a'); CREATE TABLE LEGACY_EXPERIMENTS (x); CREATE INDEX idx_files_dirty/*c*/ON LEGACY_EXPERIMENTS(x);");
    const refused = await cli(c.dir, 'sync');
    assert.equal(refused.code, 2, refused.stderr);
    assert.match(refused.stderr, /its table Experiments \(1 row\) uses a name etk needs/);
    const m = await cli(c.dir, 'db', 'migrate');
    assert.equal(m.code, 0, m.stderr);
    assert.match(m.stdout, /moved table Experiments \(1 row\) aside as legacy_Experiments_2\n/);
    assert.match(m.stdout, /moved index idx_files_dirty aside as legacy_idx_files_dirty\n/);
    assert.deepEqual(query(c, 'SELECT name FROM legacy_Experiments_2'), [{ name: 'a' }]);
  });

  it("a WAL-mode file of another tool: the refusal leaves its -wal unmerged; a key SQLite cannot check does not stop a migration", async () => {
    const t = repo(null);
    mkdirSync(join(t.dir, 'data/ops'), { recursive: true });
    const path = join(t.dir, DB);
    const other = new DatabaseSync(path);
    other.exec('PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;');
    other.exec("CREATE TABLE experiments (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO experiments (name) VALUES ('a');");
    const snapshot = () => ['', '-wal'].map((x) => (existsSync(path + x) ? readFileSync(path + x).toString('base64') : null));
    const before = snapshot();
    assert.ok((before[1] ?? '').length > 0, 'the other tool has a write-ahead log');
    const r = await cli(t.dir, 'sync');
    assert.equal(r.code, 2);
    assert.deepEqual(snapshot(), before, 'main file and -wal as they were');
    other.close();

    const k = repo("PRAGMA foreign_keys = OFF; CREATE TABLE runs (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO runs VALUES (1, 'a'); CREATE TABLE c (r REFERENCES runs(name)); INSERT INTO c VALUES ('a');");
    const s2 = await cli(k.dir, 'sync');
    assert.equal(s2.code, 0, s2.stderr);
    assert.deepEqual(query(k, 'SELECT r FROM c'), [{ r: 'a' }]);
  });

  it('a foreign key to experiments without ON DELETE: migrated once, later syncs neither fail nor back up again', async () => {
    const t = repo('CREATE TABLE experiments (key TEXT PRIMARY KEY); CREATE TABLE runs (exp TEXT REFERENCES experiments(key)); INSERT INTO experiments VALUES (\'a\'); INSERT INTO runs VALUES (\'a\');');
    assert.equal((await cli(t.dir, 'db', 'migrate')).code, 0);
    for (let i = 0; i < 2; i++) {
      const r = await cli(t.dir, 'sync', '--all');
      assert.equal(r.code, 0, r.stderr);
    }
    assert.equal(backups(t).length, 1);
    assert.deepEqual(query(t, 'SELECT exp FROM runs'), [{ exp: 'a' }]);
  });

  it("another tool's tables named like etk's but empty, and its own user_version: sync moves empty ones aside itself, but leaves a versioned file to migrate", async () => {
    const t = repo('CREATE TABLE tags (x); CREATE TABLE files (y); CREATE TABLE etk_meta (k); CREATE TABLE notes (n); INSERT INTO notes VALUES (1);');
    const r = await cli(t.dir, 'sync');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /moved table etk_meta \(0 rows\) aside as legacy_etk_meta\n.*moved table files \(0 rows\) aside as legacy_files\n.*moved table tags \(0 rows\) aside as legacy_tags\n.*left as they are: notes\n/s);
    assert.deepEqual(query(t, 'SELECT n FROM notes'), [{ n: 1 }]);

    const v = repo('CREATE TABLE notes (n); PRAGMA user_version = 7;');
    const bytes = readFileSync(join(v.dir, DB));
    const refused = await cli(v.dir, 'sync');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /keeps its own schema version 7 in PRAGMA user_version; .*nothing was written/);
    assert.deepEqual(readFileSync(join(v.dir, DB)), bytes);
    assert.equal((await cli(v.dir, 'db', 'migrate')).code, 0);
    assert.deepEqual(query(v, "SELECT value FROM etk_meta WHERE key = 'previous_user_version'"), [{ value: '7' }]);
  });

  it("another program's unfinished transaction (a hot journal): read-only looks say so and write nothing; sync rolls it back", async () => {
    const t = repo(null);
    mkdirSync(join(t.dir, 'data/ops'), { recursive: true });
    const crash = "const { DatabaseSync } = require('node:sqlite'); const d = new DatabaseSync('data/ops/tracking.db'); d.exec('CREATE TABLE runs (v TEXT); PRAGMA cache_size = 1; BEGIN'); const s = d.prepare('INSERT INTO runs VALUES (?)'); for (let i = 0; i < 20000; i++) s.run('x'.repeat(200)); process.kill(process.pid, 'SIGKILL');";
    spawnSync(process.execPath, ['-e', crash], { cwd: t.dir });
    const journal = join(t.dir, `${DB}-journal`);
    assert.ok(readFileSync(journal).length > 0, 'the crash left a hot journal');
    const bytes = readFileSync(join(t.dir, DB));
    for (const args of [['db', 'inspect'], ['db', 'migrate', '--dry-run'], ['sync', '--dry-run']]) {
      const r = await cli(t.dir, ...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, /another program left an unfinished transaction in \S+tracking\.db-journal, which only a writer may roll back; nothing was written/);
      assert.deepEqual(readFileSync(join(t.dir, DB)), bytes);
    }
    const s = await cli(t.dir, 'sync');
    assert.equal(s.code, 0, s.stderr);
    assert.deepEqual(query(t, 'SELECT COUNT(*) AS n FROM runs'), [{ n: 0 }], 'the unfinished inserts were rolled back, the table kept');
  });

  it('sync --dry-run on a repository without an index creates no file and no folder', async () => {
    const t = repo(null);
    const r = await cli(t.dir, 'sync', '--dry-run');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /to add/);
    assert.equal(existsSync(join(t.dir, 'data')), false);
  });

  it('a configured database behind a dangling symlink that leads outside is refused; a zero-byte file has nothing to migrate', async () => {
    const outside = tempDir();
    const t = repo(null);
    symlinkSync(join(outside.dir, 'nowhere', 'x.db'), join(t.dir, 'dang.db'));
    t.write('etk.config.json', JSON.stringify({ database: 'dang.db' }));
    const r = await cli(t.dir, 'sync');
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /database dang\.db is outside the repository/);
    assert.equal(existsSync(join(outside.dir, 'nowhere')), false);
    t.write('etk.config.json', '{}');
    t.write(DB, '');
    const m = await cli(t.dir, 'db', 'migrate', '--dry-run');
    assert.equal(m.code, 0, m.stderr);
    assert.match(m.stdout, /is empty: nothing to migrate/);
  });

  it("a repository's config cannot point the index outside the repository; --db on the command line can", async () => {
    const outside = tempDir();
    const t = repo(null);
    t.write('etk.config.json', JSON.stringify({ database: `${outside.dir}/victim.db` }));
    outside.write('victim.db', 'precious, not a database at all, long enough to be a header.......');
    for (const args of [['sync'], ['sync', '--force']]) {
      const r = await cli(t.dir, ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /database .*victim\.db is outside the repository/);
    }
    t.write('etk.config.json', JSON.stringify({ database: '../x/../victim.db' }));
    assert.equal((await cli(t.dir, 'sync')).code, 2);
    assert.equal(readFileSync(join(outside.dir, 'victim.db'), 'utf8'), 'precious, not a database at all, long enough to be a header.......');
    t.write('etk.config.json', '{}');
    assert.equal((await cli(t.dir, 'sync', '--db', join(outside.dir, 'mine.db'))).code, 0, 'an explicit --db is the user\'s choice');
  });

  it('--force on a damaged file moves it to a backup first, and --dry-run leaves it', async () => {
    const t = repo(null);
    const text = 'this is not a database, just text that is long enough to be read as a header.........';
    t.write(DB, text);
    assert.equal((await cli(t.dir, 'sync', '--force', '--dry-run')).code, 2);
    assert.equal(readFileSync(join(t.dir, DB), 'utf8'), text);
    const r = await cli(t.dir, 'sync', '--force');
    assert.equal(r.code, 0, r.stderr);
    const damaged = readdirSync(join(t.dir, 'data/ops')).find((f) => f.startsWith('tracking.db.damaged-'));
    assert.ok(damaged, r.stderr);
    assert.equal(readFileSync(join(t.dir, 'data/ops', damaged), 'utf8'), text);
    assert.match(r.stderr, /was damaged: moved to data\/ops\/tracking\.db\.damaged-\d{8}-\d{6} and rebuilt/);
  });
});
