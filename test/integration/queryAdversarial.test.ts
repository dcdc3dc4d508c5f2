/**
 * A hostile reviewer's tests of `etk query` and `etk search`: writes and escapes through
 * `etk query sql`, injection through every user-supplied value, hostile search text, and the
 * corners of the --where language. One real git repository, synced once into a real tracking.db;
 * every command runs in-process and every attempt is followed by the same check: no crash (no
 * "internal error", no stack), and the database file byte for byte as it was, with no new file next
 * to it or anywhere an escape could have written one.
 *
 * About the folder: tracking.db is in WAL mode, and SQLite's read-only connections need the WAL's
 * shared-memory index (-shm) and an (empty) -wal file; they create them when the folder is writable
 * and, being read-only, cannot remove them on close (only a writer checkpoints and deletes them).
 * So after the first query the folder holds tracking.db, tracking.db-wal (0 bytes) and
 * tracking.db-shm, and that is what every later check expects: exactly those three, the -wal still
 * empty, the database's bytes unchanged.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { SCHEMA_VERSION } from '../../src/db/schema.ts';
import { EXP, EXP2, NAMES, SUBDIR, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli, type CliResult } from '../helpers/runCli.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

const DB = 'data/ops/tracking.db';
/** Status and tags that look like SQL, stored literally (an invalid manifest is still indexed). */
const EXPQ = '20251120_100000_quoted_values';
/** A folder without README.md: an experiment whose status is NULL. */
const EXPN = '20251125_100000_no_manifest';

const HOSTILE_STATUS = "x' OR '1'='1";
const HOSTILE_TAG = "ocr' OR 1=1 --";
const QUOTE_TAG = 'q"uote';
const HOSTILE_METRIC = "hmean' OR 1=1 --";
const HOSTILE_TYPE = "report' OR 'a'='a";

const F = {
  corner: artifactPath(NAMES.assessment!),
  r1: artifactPath(NAMES.report!, EXP, SUBDIR.report),
  r2: artifactPath('20251102_1000_report_detector-baseline.md', EXP2, SUBDIR.report),
  drift: artifactPath(NAMES.guide!, EXP2, SUBDIR.guide),
  quoted: artifactPath('20251121_1000_report_quoted.md', EXPQ, SUBDIR.report),
  orphan: artifactPath(NAMES.assessment!, EXPN),
};

const CONFIG = {
  queries: {
    'hostile-status': { from: 'experiments', status: HOSTILE_STATUS },
    'hostile-where': { from: 'experiments', where: `status = "${HOSTILE_STATUS}" or tags contains '${HOSTILE_TAG.replaceAll("'", "''")}'` },
    wipe: { sql: 'DELETE FROM files' },
    sneaky: { sql: 'SELECT 1; DROP TABLE files' },
  },
};

let t: TempDir;
let dbPath: string;
let dbBytes: Buffer;
let topListing: string[];
/** Names a relative ATTACH or VACUUM INTO would create in the process's folder (SQLite resolves them there). */
const RELATIVE_TARGETS = ['etk-adversarial-attach.db', 'etk-adversarial-copy.db'];

before(async () => {
  t = tempDir({ git: true });
  t.write('etk.config.json', `${JSON.stringify(CONFIG, null, 2)}\n`);
  t.write('.gitignore', 'data/\n');
  t.write(manifestPath(), manifest(EXP, "owner: kim\n'dir\\': x\n"));
  t.write(manifestPath(EXP2), manifest(EXP2).replace('status: active', 'status: complete').replace('tags: [ocr, image-processing]', 'tags: [ocr]'));
  t.write(
    manifestPath(EXPQ),
    manifest(EXPQ).replace('status: active', `status: "${HOSTILE_STATUS}"`).replace('tags: [ocr, image-processing]', `tags: ["${HOSTILE_TAG}", '${QUOTE_TAG}']`),
  );
  t.write(F.corner, artifact('assessment', { body: '# Corner study\n\nThe homography estimate was not stable near the corner.\n' }));
  t.write(F.r1, artifact('report', { id: 'r-1' }));
  t.write(F.r2, artifact('report', { exp: EXP2, id: 'r-2', body: '# First pass\n\nHomography alone: a first pass.\n' }).replace('hmean: 0.91', 'hmean: 0.88').replace(`baseline: ${EXP2}\n`, 'subtype: handoff\n'));
  t.write(F.drift, artifact('guide', { exp: EXP2, id: 'g-1', body: '# Drift notes\n\nWe fell into the affine trap twice; see notes.\n' }));
  t.write(
    F.quoted,
    artifact('report', { exp: EXPQ, id: 'q-1', body: '# Überprüfung\n\nKalibrierung 日本語 café 🎉 title:x AND OR NOT.\n' })
      .replace('hmean: 0.91', `"${HOSTILE_METRIC}": 0.5`)
      .replace(`baseline: ${EXP2}\n`, 'subtype: handoff\n'),
  );
  t.write(F.orphan, artifact('assessment', { exp: EXPN, id: 'n-1' }).replace('type: assessment', `type: "${HOSTILE_TYPE}"`));
  t.git('add', '-A');
  t.git('commit', '-qm', 'corpus');
  const sync = await cli(t.dir, 'sync');
  assert.equal(sync.code, 0, sync.stderr);
  dbPath = join(t.dir, DB);
  // A clean sync closes the index with its WAL checkpointed away: one file.
  assert.deepEqual(readdirSync(dirname(dbPath)), ['tracking.db']);
  dbBytes = readFileSync(dbPath);
  topListing = readdirSync(t.dir).sort();
});

/** The database is byte for byte as synced; nothing new beside it, in the repository or in the process's folder. */
function assertUntouched(what: string): void {
  assert.ok(readFileSync(dbPath).equals(dbBytes), `${what}: the database file changed`);
  assert.deepEqual(readdirSync(dirname(dbPath)).sort(), ['tracking.db', 'tracking.db-shm', 'tracking.db-wal'], `${what}: files beside the database`);
  assert.equal(statSync(`${dbPath}-wal`).size, 0, `${what}: the WAL is not empty`);
  assert.deepEqual(readdirSync(t.dir).sort(), topListing, `${what}: a new file in the repository`);
  for (const name of RELATIVE_TARGETS) assert.equal(existsSync(join(process.cwd(), name)), false, `${what}: ${name} created in the process's folder`);
}

function assertNoCrash(r: CliResult, what: string): void {
  assert.doesNotMatch(r.stderr, /internal error/, `${what}: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /\n\s+at [^\n]*[:(]\d+/, `${what}: a stack trace: ${r.stderr}`);
  assert.ok(r.code === 0 || r.code === 2, `${what}: exit ${r.code}: ${r.stderr}`);
}

async function run(...argv: string[]): Promise<CliResult> {
  const r = await cli(t.dir, ...argv);
  const what = argv.join(' ');
  assertNoCrash(r, what);
  assertUntouched(what);
  return r;
}

/** Runs a listing with --format json and returns its rows (exit 0 expected). */
async function rows(...argv: string[]): Promise<Record<string, unknown>[]> {
  const r = await run(...argv, '--format', 'json');
  assert.equal(r.code, 0, `${argv.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
}

const col = (rs: Record<string, unknown>[], key: string) => rs.map((r) => r[key]).sort();

async function usageError(argv: string[], message: RegExp): Promise<CliResult> {
  const r = await run(...argv);
  assert.equal(r.code, 2, `${argv.join(' ')} should fail with exit 2: ${r.stdout}`);
  assert.match(r.stderr, message);
  assert.equal(r.stdout, '');
  return r;
}

describe('etk query sql: the file beside the index', () => {
  it('a read-only open leaves SQLite\'s empty -wal and its -shm, and never changes the database', async () => {
    const r = await cli(t.dir, 'query', 'sql', 'SELECT COUNT(*) AS n FROM files', '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), [{ n: 9 }]);
    assertUntouched('the first read');
  });
});

describe('etk query sql: refused writes and escapes (exit 2, nothing written)', () => {
  const attach = () => join(t.dir, 'attached.db');
  const copy = () => join(t.dir, 'copy.db');
  const cases: Array<[label: string, sql: () => string, named: RegExp]> = [
    ['INSERT', () => "INSERT INTO etk_meta (key, value) VALUES ('k', 'v')", /INSERT/],
    ['UPDATE', () => "UPDATE artifacts SET title = 'x'", /UPDATE/],
    ['DELETE', () => 'DELETE FROM files', /DELETE/],
    ['REPLACE', () => "REPLACE INTO etk_meta (key, value) VALUES ('k', 'v')", /REPLACE/],
    ['DROP TABLE', () => 'DROP TABLE files', /DROP/],
    ['DROP VIEW', () => 'DROP VIEW experiments', /DROP/],
    ['CREATE TABLE', () => 'CREATE TABLE x (a)', /CREATE/],
    ['CREATE TEMP TABLE', () => 'CREATE TEMP TABLE x (a)', /CREATE/],
    ['CREATE VIEW', () => 'CREATE VIEW v AS SELECT 1', /CREATE/],
    ['CREATE TRIGGER', () => 'CREATE TRIGGER tr AFTER INSERT ON files BEGIN DELETE FROM files; END', /CREATE/],
    ['CREATE INDEX', () => 'CREATE INDEX i ON files (size)', /CREATE/],
    ['CREATE VIRTUAL TABLE (temp fts5vocab)', () => "CREATE VIRTUAL TABLE temp.v USING fts5vocab(artifacts_fts, 'row')", /CREATE/],
    ['ALTER TABLE', () => 'ALTER TABLE files ADD COLUMN z', /ALTER/],
    ['ATTACH a new file', () => `ATTACH DATABASE '${attach()}' AS evil`, /ATTACH/],
    ['ATTACH a new file, relative (to the process folder)', () => `ATTACH '${RELATIVE_TARGETS[0]}' AS evil`, /ATTACH/],
    ['ATTACH :memory:', () => "ATTACH ':memory:' AS m", /ATTACH/],
    ['DETACH', () => 'DETACH DATABASE main', /DETACH/],
    ['VACUUM', () => 'VACUUM', /VACUUM/],
    ['VACUUM INTO a new file', () => `VACUUM INTO '${copy()}'`, /VACUUM/],
    ['VACUUM INTO, relative', () => `VACUUM main INTO '${RELATIVE_TARGETS[1]}'`, /VACUUM/],
    ['PRAGMA user_version =', () => 'PRAGMA user_version = 7', /PRAGMA user_version = 7/],
    ['PRAGMA main.user_version =', () => 'PRAGMA main.user_version = 7', /PRAGMA user_version = 7/],
    ['PRAGMA journal_mode =', () => 'PRAGMA journal_mode = DELETE', /PRAGMA journal_mode = DELETE/],
    ['PRAGMA writable_schema =', () => 'PRAGMA writable_schema = ON', /PRAGMA writable_schema/],
    ['PRAGMA query_only = 0', () => 'PRAGMA query_only = 0', /PRAGMA query_only = 0/],
    ['PRAGMA wal_checkpoint', () => 'PRAGMA wal_checkpoint(TRUNCATE)', /PRAGMA wal_checkpoint/],
    ['PRAGMA optimize as a table-valued function', () => 'SELECT * FROM pragma_optimize', /PRAGMA optimize/],
    ['REINDEX', () => 'REINDEX', /REINDEX/],
    ['ANALYZE', () => 'ANALYZE', /ANALYZE/],
    ['BEGIN', () => 'BEGIN IMMEDIATE', /BEGIN/],
    ['SAVEPOINT', () => 'SAVEPOINT s1', /SAVEPOINT/],
    ['COMMIT', () => 'COMMIT', /COMMIT/],
    ['load_extension()', () => "SELECT load_extension('/nonexistent/libevil')", /load_extension/],
    ['fts3_tokenizer()', () => "SELECT fts3_tokenizer('simple')", /fts3_tokenizer/],
    ['a second statement', () => 'SELECT 1; DELETE FROM files', /more than one statement/],
    ['a second statement after a string holding ;', () => "SELECT 'a;b' AS x; DELETE FROM files", /more than one statement/],
    ['a second statement after comments holding ;', () => "SELECT 1 /* ; */ -- ;\n; DELETE FROM files", /more than one statement/],
    ['a second statement after a quoted identifier holding ;', () => 'SELECT 1 AS "x;y"; DROP TABLE files', /more than one statement/],
    ['a read after a read', () => 'SELECT 1; SELECT 2', /more than one statement/],
    ['WITH ... DELETE', () => 'WITH x AS (SELECT 1) DELETE FROM files WHERE path IN (SELECT * FROM x)', /DELETE on files/],
    ['WITH ... INSERT', () => "WITH x AS (SELECT 'k', 'v') INSERT INTO etk_meta SELECT * FROM x", /INSERT on etk_meta/],
    ['WITH ... UPDATE', () => 'WITH x AS (SELECT 1) UPDATE files SET size = 0', /UPDATE on files/],
    // EXPLAIN runs nothing, but compiling a write is refused the same way: etk query sql only
    // accepts statements that read, and a person who wants the plan of a write has sqlite3.
    ['EXPLAIN of a write', () => 'EXPLAIN DELETE FROM files', /DELETE on files/],
    ['EXPLAIN QUERY PLAN of a write', () => "EXPLAIN QUERY PLAN UPDATE artifacts SET title = 'x'", /UPDATE on artifacts/],
    ['the FTS5 rebuild command', () => "INSERT INTO artifacts_fts(artifacts_fts) VALUES ('rebuild')", /INSERT/],
    ['no statement at all, only a comment', () => '/* nothing */', /a statement that does not start with a keyword/],
  ];
  for (const [label, sql, named] of cases) {
    it(label, async () => {
      const r = await usageError(['query', 'sql', sql()], /^etk query sql: refused: /);
      assert.match(r.stderr, named);
      assert.match(r.stderr, /only reads the index/);
      assert.equal(existsSync(attach()), false, 'ATTACH created its file');
      assert.equal(existsSync(copy()), false, 'VACUUM INTO created its file');
    });
  }

  it('a named query from etk.config.json goes through the same fence', async () => {
    const wipe = await usageError(['query', 'run', 'wipe'], /named query "wipe": refused: DELETE/);
    assert.doesNotMatch(wipe.stderr, /^etk query sql/);
    await usageError(['query', 'run', 'sneaky'], /named query "sneaky": refused: more than one statement/);
  });

  it('SQL errors print SQLite\'s message, exit 2', async () => {
    await usageError(['query', 'sql', 'SELECT nope FROM files'], /^etk query sql: no such column: nope/);
    await usageError(['query', 'sql', 'SELEC 1'], /^etk query sql: refused: SELEC statements/);
    await usageError(['query', 'sql', 'SELECT * FROM'], /^etk query sql: incomplete input/);
    await usageError(['query', 'sql', '   '], /^etk query sql: the SQL is empty/);
    await usageError(['query', 'sql', 'SELECT 1', 'SELECT 2'], /unexpected argument "SELECT 2"/);
  });
});

describe('etk query sql: what reads are allowed', () => {
  it('pragmas that read, strings and names holding ;, comments before and after', async () => {
    assert.ok(col(await rows('query', 'sql', 'PRAGMA table_info(files)'), 'name').includes('blob'));
    assert.deepEqual(await rows('query', 'sql', 'PRAGMA user_version'), [{ user_version: SCHEMA_VERSION }]);
    assert.deepEqual(await rows('query', 'sql', "SELECT 'a;b' AS x;"), [{ x: 'a;b' }]);
    assert.deepEqual(await rows('query', 'sql', "SELECT 'it''s; fine' AS x"), [{ x: "it's; fine" }]);
    assert.deepEqual(await rows('query', 'sql', 'SELECT 1 AS "x;y"'), [{ 'x;y': 1 }]);
    assert.deepEqual(await rows('query', 'sql', 'SELECT 1 AS one -- a comment; DELETE FROM files'), [{ one: 1 }]);
    assert.deepEqual(await rows('query', 'sql', 'SELECT 1 AS one; /* done; */ ;'), [{ one: 1 }]);
    assert.deepEqual(await rows('query', 'sql', '\n-- the count\n/* of files */ SELECT COUNT(*) AS n FROM files\n'), [{ n: 9 }]);
    assert.deepEqual(await rows('query', 'sql', 'SELECT integrity_check FROM pragma_integrity_check'), [{ integrity_check: 'ok' }]);
    assert.deepEqual(await rows('query', 'sql', 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3) SELECT x FROM c'), [{ x: 1 }, { x: 2 }, { x: 3 }]);
    // The plan of a read is a read.
    assert.ok((await rows('query', 'sql', 'EXPLAIN QUERY PLAN SELECT * FROM artifacts WHERE type = 1')).length > 0);
  });

  // Verbatim from the roadmap's "Usage Examples" (newlines and indentation included).
  const ROADMAP_ACTIVE = `
SELECT
    experiment_id,
    name,
    created_at,
    (SELECT COUNT(*) FROM artifacts WHERE experiment_id = e.experiment_id) as artifact_count
FROM experiments e
WHERE status = 'active'
ORDER BY created_at DESC
`;
  const ROADMAP_TAGS = `
SELECT DISTINCT e.*
FROM experiments e
JOIN tags t ON e.experiment_id = t.experiment_id
WHERE t.tag_name IN ('perspective-correction', 'image-processing')
`;
  const ROADMAP_TREND = `
SELECT
    m.metric_name,
    AVG(m.metric_value) as avg_value,
    MIN(m.metric_value) as min_value,
    MAX(m.metric_value) as max_value,
    COUNT(*) as sample_count
FROM metrics m
WHERE m.timestamp > datetime('now', '-30 days')
GROUP BY m.metric_name
ORDER BY avg_value DESC
`;

  it('the roadmap\'s three usage examples run unchanged', async () => {
    assert.deepEqual(
      (await rows('query', 'sql', ROADMAP_ACTIVE)).map((r) => [r.experiment_id, r.artifact_count]),
      [[EXP, 3]],
    );
    assert.deepEqual(col(await rows('query', 'sql', ROADMAP_TAGS), 'experiment_id'), [EXP]);
    // Which rows fall in the last 30 days depends on the clock; the statement and its columns do not.
    const trend = await run('query', 'sql', ROADMAP_TREND, '--format', 'csv');
    assert.equal(trend.code, 0, trend.stderr);
    assert.equal(trend.stdout.split('\r\n')[0], 'metric_name,avg_value,min_value,max_value,sample_count');
  });
});

describe('injection through every user-supplied value: a literal match, never more', () => {
  it('--status: a value that looks like SQL matches only the row that holds it literally', async () => {
    assert.deepEqual(col(await rows('query', 'experiments', '--status', HOSTILE_STATUS), 'experiment_id'), [EXPQ]);
    assert.deepEqual(await rows('query', 'experiments', '--status', "active' OR '1'='1"), []);
    assert.deepEqual(await rows('query', 'experiments', '--status', 'active") OR 1=1 --'), []);
    assert.deepEqual(await rows('query', 'artifacts', '--status', "active' OR 1=1 --"), []);
  });

  it('--tag on experiments, artifacts, metrics', async () => {
    assert.deepEqual(col(await rows('query', 'experiments', '--tag', HOSTILE_TAG), 'experiment_id'), [EXPQ]);
    assert.deepEqual(col(await rows('query', 'experiments', '--tag', QUOTE_TAG), 'experiment_id'), [EXPQ]);
    assert.deepEqual(await rows('query', 'experiments', '--tag', "ocr' OR '1'='1"), []);
    assert.deepEqual(await rows('query', 'artifacts', '--tag', "baseline') OR 1=1 --"), []);
    assert.deepEqual(await rows('query', 'metrics', '--tag', "x' UNION SELECT * FROM files --"), []);
  });

  it('--type and --name', async () => {
    assert.deepEqual(col(await rows('query', 'artifacts', '--type', HOSTILE_TYPE), 'file_path'), [F.orphan]);
    assert.deepEqual(await rows('query', 'artifacts', '--type', "guide' OR 'a'='a"), []);
    const metric = await rows('query', 'metrics', '--name', HOSTILE_METRIC);
    assert.deepEqual(metric.map((r) => [r.metric_name, r.metric_value]), [[HOSTILE_METRIC, 0.5]]);
    assert.deepEqual(await rows('query', 'metrics', '--name', "latency_ms' OR 1=1 --"), []);
    assert.deepEqual(col(await rows('query', 'tags', '--type', HOSTILE_TYPE), 'tag'), ['baseline', 'ocr']);
    assert.deepEqual(await rows('query', 'tags', '--type', "x') OR 1=1 --"), []);
  });

  it('--experiment (listings, compare, search): an unknown id is a usage error, never a wider match', async () => {
    for (const argv of [
      ['query', 'artifacts', '--experiment', "x' OR 1=1 --"],
      ['query', 'metrics', '--experiment', `${EXP}' OR '1'='1`],
      ['query', 'tags', '--experiment', "') OR 1=1 --"],
      ['query', 'compare', "x' OR 1=1"],
      ['query', 'compare', EXP, '--baseline', "x' OR 1"],
      ['search', 'homography', '--experiment', "x') OR 1 --"],
    ]) {
      await usageError(argv, /no experiment ".*" in the index/);
    }
    // An empty id is not a prefix of every experiment.
    await usageError(['query', 'artifacts', '--experiment', ''], /an experiment id is empty/);
    // A real id still works, and only its rows come back.
    assert.deepEqual(new Set(col(await rows('query', 'artifacts', '--experiment', EXPN), 'experiment_id')), new Set([EXPN]));
  });

  it('--since, --until, --recent: a time or a usage error', async () => {
    await usageError(['query', 'metrics', '--since', "7d' OR 1=1"], /--since "7d' OR 1=1" is not a time/);
    await usageError(['query', 'experiments', '--until', "2025-01-01' OR 1=1 --"], /--until .* is not a time/);
    await usageError(['query', 'artifacts', '--recent', '1; DROP TABLE files'], /--recent .* is not a time/);
    await usageError(['query', 'experiments', '--since', '2025-02-30'], /not a calendar date/);
    // Further back than a date can hold is a message, not a RangeError.
    await usageError(['query', 'experiments', '--since', '999999999d'], /too far back/);
    await usageError(['query', 'experiments', '--where', 'created > 99999999999999999999w'], /too far back/);
    // The experiment without a manifest has no created time: 3 of 4.
    assert.equal((await rows('query', 'experiments', '--since', '99999999d')).length, 3);
  });

  it('--sort: only known fields, anything else is refused', async () => {
    for (const sort of ['created_at; DROP TABLE files', 'name desc', '(SELECT 1)', 'name:desc;', 'name:sideways', '1', '']) {
      await usageError(['query', 'experiments', '--sort', sort], /--sort: cannot sort experiments by/);
    }
    assert.deepEqual((await rows('query', 'experiments', '--sort', 'status:desc, id')).map((r) => r.status), [HOSTILE_STATUS, 'complete', 'active', null]);
  });

  it('--limit: a whole number that fits, else a usage error', async () => {
    await usageError(['query', 'experiments', '--limit', '99999999999999999999'], /--limit is too large/);
    await usageError(['search', 'homography', '--limit', '99999999999999999999'], /--limit is too large/);
    await usageError(['query', 'experiments', '--limit', '1 OR 1=1'], /--limit must be a whole number/);
    assert.equal((await rows('query', 'experiments', '--limit', '9007199254740991')).length, 4);
  });

  it('--where values are parameters: quotes, semicolons and comments are text', async () => {
    assert.deepEqual(col(await rows('query', 'experiments', '--where', `status = "${HOSTILE_STATUS}"`), 'experiment_id'), [EXPQ]);
    assert.deepEqual(col(await rows('query', 'experiments', '--where', `status = '${HOSTILE_STATUS.replaceAll("'", "''")}'`), 'experiment_id'), [EXPQ]);
    assert.deepEqual(await rows('query', 'experiments', '--where', `status = "active' OR '1'='1"`), []);
    assert.deepEqual(await rows('query', 'experiments', '--where', 'name = "x\') OR 1=1 --"'), []);
    assert.deepEqual(col(await rows('query', 'experiments', '--where', `tags contains "${HOSTILE_TAG}"`), 'experiment_id'), [EXPQ]);
    assert.deepEqual(col(await rows('query', 'experiments', '--where', `tags in ('${QUOTE_TAG}', "nothing")`), 'experiment_id'), [EXPQ]);
    assert.deepEqual(await rows('query', 'experiments', '--where', 'fm.owner = "kim\' OR 1=1 --"'), []);
    assert.deepEqual(await rows('query', 'experiments', '--where', 'fm.owner contains "%"'), []);
    assert.deepEqual(await rows('query', 'artifacts', '--where', 'title contains "_"'), []);
    assert.deepEqual(await rows('query', 'metrics', '--where', 'name = "latency_ms\' OR 1=1 --"'), []);
    assert.deepEqual((await rows('query', 'metrics', '--where', `name = "${HOSTILE_METRIC}"`)).map((r) => r.metric_value), [0.5]);
    // What --show-sql prints: the values only among the parameters, never in the SQL text.
    const shown = await run('query', 'experiments', '--where', `status = "${HOSTILE_STATUS}" or tags contains "${HOSTILE_TAG}"`, '--show-sql', '--format', 'json');
    const [sqlText, params] = shown.stderr.split('-- parameters:');
    assert.ok(params?.includes("'x'' OR ''1''=''1'"), shown.stderr);
    assert.doesNotMatch(sqlText ?? '', /OR '1'|OR 1=1/);
  });

  it('--where field names: a quote or SQL in a field name is a syntax or unknown-field error', async () => {
    await usageError(['query', 'experiments', '--where', 'fm.x") OR 1=1 --'], /unclosed quote " \(column 5\)/);
    await usageError(['query', 'experiments', '--where', "fm.x' = 1"], /unclosed quote ' \(column 5\)/);
    await usageError(['query', 'experiments', '--where', 'status;DROP = 1'], /unknown field "status;DROP"/);
    await usageError(['query', 'experiments', '--where', 'e.status = active'], /unknown field "e.status"/);
    await usageError(['query', 'experiments', '--where', 'status = active; DROP TABLE files'], /expected "and", "or" or the end, found "DROP"/);
    await usageError(['query', 'experiments', '--where', 'status = active -- comment'], /expected "and", "or" or the end, found "--"/);
    await usageError(['query', 'metrics', '--where', 'metrics.hmean > 0'], /metrics rows are metrics already/);
  });

  it('fm.<key>: JSON-path characters in a key are part of the key', async () => {
    // A key with a backslash (SQLite's JSON path reads \ as an escape: it must be doubled).
    assert.deepEqual(col(await rows('query', 'experiments', '--where', 'fm.dir\\ = x'), 'experiment_id'), [EXP]);
    for (const key of ['fm.a[0]', 'fm.$', 'fm.a]b', 'fm.*', 'fm.owner[#-1]', 'fm.a\\\\b']) {
      assert.deepEqual(await rows('query', 'experiments', '--where', `${key} = 1`), [], key);
    }
    await usageError(['query', 'experiments', '--where', 'fm.a..b = 1'], /fm\. needs a frontmatter key/);
  });

  it('compare: an experiment named twice (id and prefix) is one column', async () => {
    const r = await run('query', 'compare', EXP, EXP.slice(0, 12), EXP2, '--format', 'csv');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.split('\r\n')[0], `metric,unit,${EXP},${EXP2},${EXP2} Δ`);
  });

  it('named queries from the config: the same literal matching', async () => {
    assert.deepEqual(col(await rows('query', 'run', 'hostile-status'), 'experiment_id'), [EXPQ]);
    assert.deepEqual(col(await rows('query', 'run', 'hostile-where'), 'experiment_id'), [EXPQ]);
    await usageError(['query', 'run', "x'; DROP TABLE files"], /no named query/);
  });
});

describe('etk search: hostile text never crashes, and means what it says literally', () => {
  const hits = async (...argv: string[]) => col(await rows('search', ...argv), 'file_path');

  it('FTS5 operators typed by a person are words: AND, OR, NOT, NEAR, column filters, ^, -', async () => {
    assert.deepEqual(await hits('--raw', 'homography NOT corner'), [F.r2]);
    // Literally: every word must occur, "not" and "corner" included.
    assert.deepEqual(await hits('homography NOT corner'), [F.corner]);
    assert.deepEqual(await hits('--raw', 'homography OR zzzabsent'), [F.corner, F.r2].sort());
    assert.deepEqual(await hits('homography OR zzzabsent'), []);
    // A word with punctuation inside is the phrase of its tokens: "near homography" does not occur...
    assert.deepEqual(await hits('NEAR(homography corner)'), []);
    // ...while "near the" does ("...stable near the corner").
    assert.deepEqual(await hits('NEAR(the corner)'), [F.corner]);
    assert.deepEqual(await hits('--raw', 'NEAR(homography corner, 10)'), [F.corner]);
    assert.deepEqual(await hits('--raw', 'title:drift'), [F.drift]);
    assert.deepEqual(await hits('title:drift'), []); // the phrase "title drift"
    assert.deepEqual(await hits('title:x'), [F.quoted]); // the phrase "title x", in the body
    assert.deepEqual(await hits('^homography'), [F.corner, F.r2].sort());
    assert.deepEqual(await hits('homography -corner'), [F.corner]);
    assert.deepEqual(await hits('AND OR NOT'), [F.quoted]);
  });

  it('quotes, balanced or not, and parentheses', async () => {
    assert.deepEqual(await hits('"affine trap"'), [F.drift]);
    assert.deepEqual(await hits('"trap affine"'), []);
    assert.deepEqual(await hits('"affine trap'), [F.drift]);
    assert.deepEqual(await hits('affine" trap'), [F.drift]);
    assert.deepEqual(await hits("it's"), []);
    assert.deepEqual(await hits('((homography'), [F.corner, F.r2].sort());
    assert.deepEqual(await hits('homography))'), [F.corner, F.r2].sort());
    assert.deepEqual(await hits('"NEAR(" corner'), [F.corner]);
    assert.deepEqual(await hits('"NEAR(" "AND" corner'), []); // "and" does not occur there
  });

  it('prefixes: a trailing * only', async () => {
    assert.deepEqual(await hits('homo*'), [F.corner, F.r2].sort());
    assert.deepEqual(await hits('homo**'), [F.corner, F.r2].sort());
    assert.deepEqual(await hits('*homo'), []);
    assert.deepEqual(await hits('ho*mo'), []);
  });

  it('unicode, emoji, diacritics, very long input', async () => {
    assert.deepEqual(await hits('Überprüfung'), [F.quoted]);
    assert.deepEqual(await hits('uberprufung'), [F.quoted]);
    assert.deepEqual(await hits('cafe'), [F.quoted]);
    assert.deepEqual(await hits('日本語'), [F.quoted]);
    assert.deepEqual(await hits('homography 🎉'), [F.corner, F.r2].sort());
    assert.deepEqual(await hits('a'.repeat(20_000)), []);
    assert.deepEqual(await hits(Array.from({ length: 2000 }, () => 'homography').join(' ')), [F.corner, F.r2].sort());
    assert.deepEqual(await hits(Array.from({ length: 300 }, (_, i) => `"w${i}`).join(' ')), []);
  });

  it('nothing searchable: exit 2 with a message', async () => {
    for (const text of ['"', '""', '(', ')', '*', '^', ':', '-', '+', '!!!???', '...', '🎉', "'", '\\', '   ', '"*"']) {
      await usageError(['search', text], /nothing to search for/);
    }
  });

  it('filters with hostile values are parameters too', async () => {
    assert.deepEqual(await hits('homography', '--type', HOSTILE_TYPE), []);
    assert.deepEqual(await hits('homography', '--type', "report' OR 'a'='a' --"), []);
    assert.deepEqual(await hits('homography', '--tag', HOSTILE_TAG), []);
    assert.deepEqual(await hits('kalibrierung', '--tag', "baseline' OR 1=1 --"), []);
    assert.deepEqual(await hits('kalibrierung', '--tag', 'baseline'), [F.quoted]);
  });

  it('hits tied in score are cut at the page boundary by file path, with or without filters', async () => {
    const r = tempDir({ git: true });
    r.write('etk.config.json', '{}');
    r.write('.gitignore', 'data/\n');
    r.write(manifestPath(), manifest());
    const tied = [3, 4, 0, 1, 2].map((i) => artifactPath(`20251218_0930_guide_tie-${i}.md`, EXP, SUBDIR.guide));
    const write = (path: string) => r.write(path, artifact('guide', { id: path.slice(-9, -3), body: '# Same title\n\nIdentical words in every tied file.\n' }));
    r.write(artifactPath('20251218_0930_guide_best.md', EXP, SUBDIR.guide), artifact('guide', { id: 'best', body: '# Identical\n\nIdentical identical words, ranked first.\n' }));
    // Two syncs, so the FTS rowids of tie-0..2 come after tie-3 and tie-4: an order by rowid would differ.
    for (const batch of [tied.slice(0, 2), tied.slice(2)]) {
      batch.forEach(write);
      r.git('add', '-A');
      r.git('commit', '-qm', 'ties');
      assert.equal((await cli(r.dir, 'sync')).code, 0);
    }
    const page = async (...argv: string[]) => {
      const res = await cli(r.dir, 'search', 'identical', '--format', 'json', ...argv);
      assert.equal(res.code, 0, res.stderr);
      return (JSON.parse(res.stdout) as { file_path: string }[]).map((h) => h.file_path.replace(/^.*\//, ''));
    };
    const names = tied.map((p) => p.replace(/^.*\//, '')).sort();
    const scores = await cli(r.dir, 'search', 'identical', '--format', 'json');
    assert.equal(new Set((JSON.parse(scores.stdout) as { score: number }[]).slice(1).map((h) => h.score)).size, 1, 'the five files tie');
    for (let n = 1; n <= 7; n++) {
      const expected = ['20251218_0930_guide_best.md', ...names].slice(0, n);
      assert.deepEqual(await page('--limit', String(n)), expected, `--limit ${n}`);
      assert.deepEqual(await page('--limit', String(n), '--type', 'guide'), expected, `--limit ${n} --type guide`);
    }
  });

  it('--raw with bad FTS5 syntax: exit 2 with SQLite\'s message', async () => {
    await usageError(['search', '--raw', '"unbalanced'], /^etk search: unterminated string/);
    await usageError(['search', '--raw', 'homography AND'], /^etk search: fts5: syntax error near ""/);
    await usageError(['search', '--raw', 'AND'], /^etk search: fts5: syntax error near "AND"/);
    await usageError(['search', '--raw', '(homography'], /^etk search: fts5: syntax error/);
    await usageError(['search', '--raw', 'nosuchcolumn:x'], /^etk search: no such column: nosuchcolumn/);
    await usageError(['search', '--raw', '*'], /^etk search: /);
    await usageError(['search', '--raw', ' '], /^etk search: nothing to search for/);
  });
});

describe('--where: errors point at the column, precedence, not with NULL', () => {
  /** The 1-based column the caret under the echoed expression points at. */
  function caret(stderr: string, expr: string): number {
    const lines = stderr.split('\n');
    const at = lines.indexOf(`  ${expr}`);
    assert.ok(at !== -1, `the expression is echoed: ${stderr}`);
    const mark = lines[at + 1] ?? '';
    assert.match(mark, /^ *\^$/);
    return mark.indexOf('^') - 1;
  }

  const cases: Array<[expr: string, column: number, message: RegExp]> = [
    ['status = active and bogus = 1', 21, /unknown field "bogus" for experiments/],
    ['staus = active', 1, /unknown field "staus" for experiments \(did you mean "status"\?\)/],
    ['status ~ active', 8, /expected an operator/],
    ['status ! active', 8, /"!" must be followed by "="/],
    ['status = "active', 10, /unclosed quote "/],
    ["name = 'x' and status = 'active", 25, /unclosed quote '/],
    ['(status = active or status = complete', 38, /expected "\)" to close the "\(" at column 1/],
    ['status = active)', 16, /expected "and", "or" or the end, found "\)"/],
    ['((status = active)', 19, /expected "\)" to close the "\(" at column 1/],
    ['status in (active complete)', 19, /expected "," or "\)" in the list, found "complete"/],
    ['status in active', 11, /expected "\(" after in/],
    ['status in ()', 12, /expected a value, found "\)"/],
    ['metrics.hmean > high', 17, /expected a number, found "high"/],
    ['metrics.hmean.delta >= "0.1"', 24, /expected a number, found "0.1"/],
    ['created > someday', 11, /"someday" is not a time/],
    ['created = 2025-02-30', 11, /not a calendar date/],
    ['tags > 3', 6, /tags take =, !=, in, not in or contains, not >/],
    ['artifacts contains 3', 11, /contains works on text fields/],
    ['not', 4, /expected a field name/],
    ['status = active and', 20, /expected a field name .*found the end/],
    ['or status = active', 1, /expected a field name .*found "or"/],
    ['status =', 9, /expected a value, found the end/],
    ['metrics. > 1', 1, /metrics\. needs a metric name/],
    ['', 1, /the expression is empty/],
  ];
  for (const [expr, column, message] of cases) {
    it(`"${expr}" -> column ${column}`, async () => {
      const r = await usageError(['query', 'experiments', '--where', expr], message);
      assert.match(r.stderr, new RegExp(`\\(column ${column}\\)`));
      if (expr !== '') assert.equal(caret(r.stderr, expr), column);
    });
  }

  const ids = async (where: string) => col(await rows('query', 'experiments', '--where', where), 'experiment_id');

  it('and binds tighter than or: a or b and c is a or (b and c)', async () => {
    assert.deepEqual(await ids('status = complete or status = active and tags contains zzz'), [EXP2]);
    assert.deepEqual(await ids('status = complete or (status = active and tags contains zzz)'), [EXP2]);
    assert.deepEqual(await ids('(status = complete or status = active) and tags contains zzz'), []);
    assert.deepEqual(await ids('tags contains zzz and status = active or status = complete'), [EXP2]);
    assert.deepEqual(await ids('status = complete OR status = active AND tags CONTAINS image-processing'), [EXP2, EXP].sort());
  });

  it('not, !=, not in: an experiment without a status counts as "not that status"', async () => {
    const all = [EXP, EXP2, EXPQ, EXPN].sort();
    const without = (...x: string[]) => all.filter((id) => !x.includes(id));
    assert.deepEqual(await ids('status = active'), [EXP]);
    assert.deepEqual(await ids('not status = active'), without(EXP));
    assert.deepEqual(await ids('status != active'), without(EXP));
    assert.deepEqual(await ids('not status in (active, complete)'), [EXPQ, EXPN].sort());
    assert.deepEqual(await ids('status not in (active, complete)'), [EXPQ, EXPN].sort());
    assert.deepEqual(await ids('not (status = active or status = complete)'), [EXPQ, EXPN].sort());
    assert.deepEqual(await ids('not not status = active'), [EXP]);
    assert.deepEqual(await ids('not fm.owner = kim'), without(EXP));
    assert.deepEqual(await ids('fm.owner = null'), without(EXP));
    assert.deepEqual(await ids('not metrics.hmean > 0.9'), without(EXP));
    // A status filter and its negation split the experiments, NULL status included.
    const yes = await ids('status contains c');
    const no = await ids('not status contains c');
    assert.deepEqual([...yes, ...no].sort(), all);
  });
});
