import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { namedQueries } from '../../src/query/namedQueries.ts';
import { commandLines, runBuiltAction } from '../helpers/actionRunner.ts';
import { EXP, artifact, artifactPath } from '../helpers/corpus.ts';
import { MAIN_LATER, checkoutWorkspace, prScenario } from '../helpers/prScenario.ts';
import { tempDir } from '../helpers/tempRepo.ts';

const s = prScenario();
const push = { name: 'push', payload: { ref: 'refs/heads/main', before: s.forkPoint, after: s.baseSha } };
const QUERIES = namedQueries({ queries: {} }).map((q) => q.name);

function journalMode(db: string): string {
  const d = new DatabaseSync(db, { readOnly: true });
  try {
    return String((d.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode);
  } finally {
    d.close();
  }
}

function count(db: string, sql: string): number {
  const d = new DatabaseSync(db, { readOnly: true });
  try {
    return Number((d.prepare(sql).get() as { n: number }).n);
  } finally {
    d.close();
  }
}

describe('actions/index, built, on a simulated runner', () => {
  it('syncs HEAD, publishes a one-file tracking.db with every named query as JSON and CSV, uploads them as one artifact', () => {
    const ws = checkoutWorkspace(s, 'refs/heads/main', 1);
    const up = tempDir({ prefix: 'etk-upload-' });
    const r = runBuiltAction('index', { workspace: ws.dir, event: push, env: { ETK_UPLOAD_DIR: up.dir } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const out = join(ws.dir, 'etk-out');
    const db = join(out, 'tracking.db');
    assert.deepEqual(r.outputs, {
      'db-path': db,
      'results-dir': join(out, 'results'),
      'report-path': join(out, 'report.html'),
      'artifact-id': '1',
      'artifact-url': 'https://github.com/octo-org/experiments/actions/runs/4242/artifacts/1',
      'report-artifact-id': '2',
      'report-artifact-url': 'https://github.com/octo-org/experiments/actions/runs/4242/artifacts/2',
    });
    // Checkpointed and closed: one self-contained file.
    assert.ok(!existsSync(`${db}-wal`) && !existsSync(`${db}-shm`));
    assert.equal(journalMode(db), 'delete');
    assert.equal(count(db, 'SELECT COUNT(*) AS n FROM artifacts'), 5);
    assert.equal(count(db, "SELECT COUNT(*) AS n FROM diagnostics WHERE severity = 'error'"), 1);

    const files = ['.etk-results', ...QUERIES.flatMap((q) => [`${q}.csv`, `${q}.json`])].sort();
    assert.deepEqual(readdirSync(join(out, 'results')).sort(), files);
    const problems = JSON.parse(readFileSync(join(out, 'results', 'problems.json'), 'utf8')) as { file: string; rule: string }[];
    assert.deepEqual(problems.map((p) => [p.file, p.rule]), [[MAIN_LATER, 'schema']]);
    assert.match(readFileSync(join(out, 'results', 'problems.csv'), 'utf8'), /^file,line,column,rule,severity,message,hint\r\n/);

    // The uploaded artifact: the database and the results, as in out-dir.
    assert.deepEqual(readdirSync(join(up.dir, 'etk-index')).sort(), ['results', 'tracking.db']);
    assert.deepEqual(readdirSync(join(up.dir, 'etk-index', 'results')).sort(), files);
    assert.deepEqual(readFileSync(join(up.dir, 'etk-index', 'tracking.db')), readFileSync(db));
    // The report: one unzipped HTML file, named after the artifact, its links to files on GitHub at the indexed commit.
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    assert.equal(readFileSync(join(up.dir, 'etk-index-report.html'), 'utf8'), html);
    assert.match(html, /^<!doctype html>/i);
    assert.ok(html.includes(`https://github.com/octo-org/experiments/blob/${s.baseSha}/${MAIN_LATER}`), 'links to the files at the indexed commit');
    assert.deepEqual(commandLines(r.stdout, ['warning', 'error']), []);

    assert.match(r.summary, /^## etk index: 5 artifacts in 2 experiments \(1 error, 0 warnings recorded\)\n\nIndexed commit <code>[0-9a-f]{12}<\/code>, rebuilt \(new index\), in \d+ ms\.\n/);
    assert.ok(r.summary.includes('| Database and query results | [<code>etk-index</code>](https://github.com/octo-org/experiments/actions/runs/4242/artifacts/1) |'), r.summary);
    assert.ok(r.summary.includes('| HTML report | [<code>etk-index-report.html</code>](https://github.com/octo-org/experiments/actions/runs/4242/artifacts/2) |'), r.summary);
    assert.ok(r.summary.includes('| problems | 1 | <code>results/problems.json</code>, <code>results/problems.csv</code> |'), r.summary);
  });

  it('previous-db from a cache: only the changed files are re-read; a missing or damaged one means a full rebuild, said so', () => {
    const ws = checkoutWorkspace(s, 'refs/heads/main', null);
    const first = runBuiltAction('index', { workspace: ws.dir, inputs: { upload: 'false', 'out-dir': 'first' } });
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.deepEqual(Object.keys(first.outputs).sort(), ['db-path', 'report-path', 'results-dir']);

    ws.write(artifactPath('20251220_0900_assessment_next.md', EXP), artifact('assessment', { id: 'next-1' }));
    ws.git('add', '-A');
    ws.git('commit', '-q', '-m', 'next');
    // An uncommitted file is not HEAD's: never indexed.
    ws.write(artifactPath('20251220_0901_assessment_wip.md', EXP), artifact('assessment', { id: 'wip-1' }));

    const cache = join(ws.dir, '.cache', 'tracking.db');
    ws.write('.cache/tracking.db', readFileSync(first.outputs['db-path']!));
    const second = runBuiltAction('index', { workspace: ws.dir, inputs: { upload: 'false', 'out-dir': 'second', 'previous-db': '.cache/tracking.db' } });
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.match(second.summary, /updated from the previous database: 1 added, 0 changed, 0 removed/);
    assert.equal(count(second.outputs['db-path']!, 'SELECT COUNT(*) AS n FROM artifacts'), 6);
    assert.equal(count(cache, 'SELECT COUNT(*) AS n FROM artifacts'), 5, 'the cached file itself is left as it was');

    // In place: previous-db is the out-dir's own database (actions/cache restores it there).
    const third = runBuiltAction('index', { workspace: ws.dir, inputs: { upload: 'false', 'out-dir': 'second', 'previous-db': 'second/tracking.db' } });
    assert.match(third.summary, /updated from the previous database: 0 added, 0 changed, 0 removed/);

    const missing = runBuiltAction('index', { workspace: ws.dir, inputs: { upload: 'false', 'out-dir': 'third', 'previous-db': '.cache/none.db' } });
    assert.equal(missing.code, 0);
    assert.ok(missing.summary.includes('> **Note:** no previous database at .cache/none.db (a cache miss?): built from scratch.'), missing.summary);
    assert.equal(count(missing.outputs['db-path']!, 'SELECT COUNT(*) AS n FROM artifacts'), 6);

    writeFileSync(cache, 'this is not SQLite, but long enough to have a header of sorts.'.repeat(20));
    const damaged = runBuiltAction('index', { workspace: ws.dir, inputs: { upload: 'false', 'out-dir': 'fourth', 'previous-db': '.cache/tracking.db' } });
    assert.equal(damaged.code, 0, damaged.stdout + damaged.stderr);
    assert.match(damaged.summary, /> \*\*Note:\*\* the previous database was damaged \(.*\): rebuilt from scratch\./);
    assert.equal(count(damaged.outputs['db-path']!, 'SELECT COUNT(*) AS n FROM artifacts'), 6);
  });

  it('previous-db restored into a fresh depth-1 clone of a later commit (the CI cache case): its recorded tree is not there, still incremental-equal', () => {
    const first = checkoutWorkspace(s, 'refs/heads/main', 1);
    const r1 = runBuiltAction('index', { workspace: first.dir, inputs: { upload: 'false' } });
    assert.equal(r1.code, 0, r1.stdout + r1.stderr);
    // main moves on in the origin; the next run clones the new tip, depth 1, and restores the cache.
    const origin = prScenario();
    const runA = checkoutWorkspace(origin, 'refs/heads/main', 1);
    const a = runBuiltAction('index', { workspace: runA.dir, inputs: { upload: 'false' } });
    origin.origin.git('checkout', '-q', 'main');
    origin.origin.write(artifactPath('20251221_0900_assessment_later.md', EXP), artifact('assessment', { id: 'later-2' }));
    origin.origin.git('add', '-A');
    origin.origin.git('commit', '-q', '-m', 'later');
    const runB = checkoutWorkspace(origin, 'refs/heads/main', 1);
    assert.throws(() => runB.git('cat-file', '-e', `${origin.baseSha}^{tree}`), 'the previous tree is not in the new clone');
    runB.write('etk-out/tracking.db', readFileSync(a.outputs['db-path']!));
    const b = runBuiltAction('index', { workspace: runB.dir, inputs: { upload: 'false', 'previous-db': 'etk-out/tracking.db' } });
    assert.equal(b.code, 0, b.stdout + b.stderr);
    assert.match(b.summary, /updated from the previous database: 1 added, 0 changed, 0 removed/);
    assert.equal(count(b.outputs['db-path']!, 'SELECT COUNT(*) AS n FROM artifacts'), 6);
  });

  it('with no runner token the real uploader is reached and fails the step with what to do; the files are still written', () => {
    const ws = checkoutWorkspace(s, 'refs/heads/main', 1);
    const r = runBuiltAction('index', { workspace: ws.dir, inputs: { 'artifact-name': 'experiments-index', 'retention-days': '7' } });
    assert.equal(r.code, 1);
    const [line, ...rest] = commandLines(r.stdout, ['error']);
    assert.deepEqual(rest, []);
    assert.match(line!, /^::error::etk: uploading the artifact experiments-index failed: .*ACTIONS_RUNTIME_TOKEN.*%0A {2}fix: run it in a GitHub Actions job/);
    assert.ok(existsSync(r.outputs['db-path']!));
  });

  it('refuses a retention-days GitHub would not take', () => {
    const ws = checkoutWorkspace(s, 'refs/heads/main', 1);
    const r = runBuiltAction('index', { workspace: ws.dir, inputs: { 'retention-days': '365' } });
    assert.equal(r.code, 1);
    assert.deepEqual(commandLines(r.stdout, ['error']), ['::error::etk: input retention-days must be a whole number from 1 to 90 (found "365")']);
    assert.ok(!existsSync(join(ws.dir, 'etk-out')));
  });
});
