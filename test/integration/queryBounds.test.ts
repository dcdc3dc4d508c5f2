/**
 * Resource bounds of `etk query sql` and `etk query run`: a statement that never ends stops at
 * --timeout with exit 2 and a sentence, its rows stream out (never collected in memory), a table
 * stops at its row cap, and a --output file is left as it was. Real git repository, real index;
 * the query runs in its own child process (see runBoundedQuery).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { TABLE_MAX_ROWS } from '../../src/query/rowStream.ts';
import { cli, type CliResult } from '../helpers/runCli.ts';
import { syncedSmallRepo } from '../helpers/smallRepo.ts';
import type { TempDir } from '../helpers/tempRepo.ts';

const ENDLESS_ROWS = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT x FROM c';
const ENDLESS_SILENT = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c';

let t: TempDir;

before(async () => {
  t = await syncedSmallRepo({ config: `${JSON.stringify({ queries: { forever: { sql: ENDLESS_SILENT }, few: { sql: 'SELECT 1 AS one UNION ALL SELECT 2' } } }, null, 2)}\n`, assessment: false });
});

function assertClean(r: CliResult): void {
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at [^\n]*[:(]\d+/, r.stderr);
}

describe('etk query sql: time limit', () => {
  it('a statement that yields no row and never ends stops at --timeout: exit 2 and a sentence', async () => {
    const started = Date.now();
    const r = await cli(t.dir, 'query', 'sql', ENDLESS_SILENT, '--timeout', '1', '-f', 'json');
    const took = Date.now() - started;
    assert.equal(r.code, 2, r.stderr);
    assertClean(r);
    assert.match(r.stderr, /etk query sql: stopped after 1 second \(the time limit\), before the first row/);
    assert.match(r.stderr, /fix: .*--timeout SECONDS/);
    assert.ok(took < 15_000, `took ${took} ms`);
  });

  it('an endless stream of rows streams to --output and stops at --timeout; the file is not created, no temp file is left', async () => {
    const before = process.memoryUsage().rss;
    const r = await cli(t.dir, 'query', 'sql', ENDLESS_ROWS, '--timeout', '2', '-o', 'out.ndjson');
    assert.equal(r.code, 2, r.stderr);
    assertClean(r);
    assert.match(r.stderr, /stopped after 2 seconds \(the time limit\), after \d+ rows; the output is incomplete/);
    const sent = Number(/after (\d+) rows/.exec(r.stderr)?.[1]);
    assert.ok(sent > 1000, `only ${sent} rows in 2 s`);
    assert.equal(existsSync(join(t.dir, 'out.ndjson')), false);
    assert.deepEqual(readdirSync(t.dir).filter((n) => n.includes('etk-tmp')), []);
    // Rows were written as they came, not collected: this process grew by far less than they take.
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, 'the result was held in memory');
  });

  it('an endless stream to stdout as a table stops at the table row cap, prints what it has, exit 2', async () => {
    const r = await cli(t.dir, 'query', 'sql', ENDLESS_ROWS, '-f', 'table');
    assert.equal(r.code, 2, r.stderr);
    assertClean(r);
    assert.match(r.stderr, new RegExp(`stopped at ${TABLE_MAX_ROWS} rows, the most a table shows`));
    assert.match(r.stdout, new RegExp(`\\(${TABLE_MAX_ROWS} rows\\)\\n$`));
  });

  it('a named query stops at --timeout too, named in the message', async () => {
    const r = await cli(t.dir, 'query', 'run', 'forever', '--timeout', '0.5', '-f', 'json');
    assert.equal(r.code, 2, r.stderr);
    assertClean(r);
    assert.match(r.stderr, /named query "forever": stopped after 0\.5 seconds/);
  });

  it('--timeout takes seconds; anything else is a usage error; other subcommands refuse it', async () => {
    const bad = await cli(t.dir, 'query', 'sql', 'SELECT 1', '--timeout', 'soon');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--timeout must be a number of seconds \(found "soon"\)/);
    const listing = await cli(t.dir, 'query', 'experiments', '--timeout', '5');
    assert.equal(listing.code, 2);
    assert.match(listing.stderr, /--timeout does not apply here/);
  });

  it('streamed output is what the whole result printed: json, csv, ndjson (blobs, nulls, big integers, a column named __proto__)', async () => {
    const sql = "SELECT 1 AS n, NULL AS none, x'00ff' AS blob, 'a,\"b\"' AS text, 9007199254740993 AS big, 2 AS __proto__ UNION ALL SELECT 2, 'x', NULL, '', 1, 3";
    const json = await cli(t.dir, 'query', 'sql', sql, '-f', 'json');
    assert.equal(json.code, 0, json.stderr);
    // JSON.parse keeps "__proto__" as an own key, as the output has it.
    assert.deepEqual(
      JSON.parse(json.stdout),
      JSON.parse('[{"n":1,"none":null,"blob":"AP8=","text":"a,\\"b\\"","big":"9007199254740993","__proto__":2},{"n":2,"none":"x","blob":null,"text":"","big":1,"__proto__":3}]'),
    );
    assert.equal(json.stdout, `${JSON.stringify(JSON.parse(json.stdout), null, 2)}\n`);
    const csv = await cli(t.dir, 'query', 'sql', sql, '-f', 'csv');
    assert.equal(csv.stdout, 'n,none,blob,text,big,__proto__\r\n1,,AP8=,"a,""b""",9007199254740993,2\r\n2,x,,,1,3\r\n');
    const nd = await cli(t.dir, 'query', 'sql', sql, '-f', 'ndjson');
    assert.equal(nd.stdout.split('\n').length, 3);
    const empty = await cli(t.dir, 'query', 'sql', 'SELECT 1 AS a WHERE 0', '-f', 'json');
    assert.equal(empty.stdout, '[]\n');
  });

  it('a named query writes its rows to --output in one piece', async () => {
    const r = await cli(t.dir, 'query', 'run', 'few', '-o', 'few.csv');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(t.dir, 'few.csv'), 'utf8'), 'one\r\n1\r\n2\r\n');
    assert.match(r.stderr, /wrote 2 rows to few\.csv \(csv\)/);
  });
});
