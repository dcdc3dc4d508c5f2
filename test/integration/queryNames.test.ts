/**
 * Names and sizes a person types into `etk query`: every name is looked up among etk's own names
 * only (never Object.prototype's: `constructor`, `__proto__`, `toString`, `hasOwnProperty`), and a
 * --where expression of any size or depth ends in a usage error pointing at its column, never a
 * stack overflow or an error from SQLite. Real git repository, real index.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { WHERE_LIMITS } from '../../src/query/whereParse.ts';
import { cli, type CliResult } from '../helpers/runCli.ts';
import { syncedSmallRepo } from '../helpers/smallRepo.ts';
import type { TempDir } from '../helpers/tempRepo.ts';

const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

let t: TempDir;

before(async () => {
  t = await syncedSmallRepo({ assessment: false });
});

function assertSentence(r: CliResult, what: string): void {
  assert.doesNotMatch(r.stderr, /internal error|Maximum call stack|\n\s+at [^\n]*[:(]\d+/, `${what}: ${r.stderr}`);
  assert.ok(r.code === 0 || r.code === 2, `${what}: exit ${r.code}: ${r.stderr}`);
}

describe('names from Object.prototype are not etk names', () => {
  for (const name of PROTO_NAMES) {
    it(`"${name}" as a sort key, a --where field, a format, a named query: usage errors`, async () => {
      for (const argv of [
        ['query', 'experiments', '--sort', name],
        ['query', 'artifacts', '--sort', `created:desc,${name}`],
        ['query', 'experiments', '--where', `${name} = 1`],
        ['query', 'metrics', '--where', `${name} > 1`],
        ['query', 'experiments', '--format', name],
        ['query', 'run', name],
        ['query', name],
        ['search', 'x', '--format', name],
        [name],
      ]) {
        const r = await cli(t.dir, ...argv);
        assertSentence(r, argv.join(' '));
        assert.equal(r.code, 2, `${argv.join(' ')}: ${r.stderr}`);
      }
    });
  }

  it('prototype names as metric names, frontmatter keys, tags and statuses are values like any other', async () => {
    for (const where of ['metrics.__proto__ > 1', 'metrics.constructor.delta > 0', 'fm.__proto__ = 1', 'fm.constructor.x = 1', 'tags contains __proto__', 'status = constructor']) {
      const r = await cli(t.dir, 'query', 'experiments', '--where', where, '-f', 'json');
      assertSentence(r, where);
      assert.equal(r.code, 0, `${where}: ${r.stderr}`);
      assert.deepEqual(JSON.parse(r.stdout), []);
    }
  });

  it('columns named like prototype members are output like any other column, in every format', async () => {
    const sql = 'SELECT 1 AS hasOwnProperty, 2 AS __proto__, 3 AS constructor, 4 AS toString';
    const json = await cli(t.dir, 'query', 'sql', sql, '-f', 'json');
    assert.equal(json.code, 0, json.stderr);
    assert.equal(json.stdout, '[\n  {\n    "hasOwnProperty": 1,\n    "__proto__": 2,\n    "constructor": 3,\n    "toString": 4\n  }\n]\n');
    const csv = await cli(t.dir, 'query', 'sql', sql, '-f', 'csv');
    assert.equal(csv.stdout, 'hasOwnProperty,__proto__,constructor,toString\r\n1,2,3,4\r\n');
    const table = await cli(t.dir, 'query', 'sql', sql, '-f', 'table');
    assert.match(table.stdout, /^\s+1\s+2\s+3\s+4$/m);
  });
});

describe('--where: depth, size and values are bounded', () => {
  async function where(expr: string): Promise<CliResult> {
    const r = await cli(t.dir, 'query', 'experiments', '--where', expr, '-f', 'json');
    assertSentence(r, `${expr.slice(0, 40)}…`);
    return r;
  }

  it('5,000 nested parentheses: exit 2, "nested too deeply", the caret at the column', async () => {
    const r = await where(`${'('.repeat(5000)}status = active${')'.repeat(5000)}`);
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`--where: nested too deeply: at most ${WHERE_LIMITS.depth} levels of parentheses and not \\(column ${WHERE_LIMITS.depth + 1}\\)`));
    // A long expression is shown around the column, not whole.
    assert.ok(r.stderr.length < 1000, `${r.stderr.length} characters of message`);
  });

  it('5,000 nested nots: exit 2', async () => {
    const r = await where(`${'not '.repeat(5000)}status = active`);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nested too deeply/);
  });

  it('2,000 ands: exit 2, "too many comparisons", at the first one past the limit', async () => {
    const r = await where(Array.from({ length: 2001 }, () => 'status = active').join(' and '));
    assert.equal(r.code, 2);
    const column = WHERE_LIMITS.comparisons * 'status = active and '.length + 1;
    assert.match(r.stderr, new RegExp(`too many comparisons: at most ${WHERE_LIMITS.comparisons} joined by and / or \\(column ${column}\\)`));
  });

  it('40,000 values in an in list: exit 2, "too many values"', async () => {
    const r = await where(`status in (${Array.from({ length: 40_000 }, (_, i) => `s${i}`).join(', ')})`);
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`too many values: at most ${WHERE_LIMITS.values} in all the in \\(\\.\\.\\.\\) lists together`));
  });

  it('many times in one list (each its own range): exit 2', async () => {
    const r = await where(`created in (${Array.from({ length: 1000 }, () => '2025-01-01').join(', ')})`);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /too many times in one list/);
  });

  it('an expression of 200,000 words: exit 2, "too long"', async () => {
    const r = await where('x '.repeat(200_000));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /the expression is too long/);
  });

  it('just under every limit the query runs', async () => {
    const deep = `${'('.repeat(WHERE_LIMITS.depth)}status = active${')'.repeat(WHERE_LIMITS.depth)}`;
    const wide = Array.from({ length: WHERE_LIMITS.comparisons }, (_, i) => (i % 2 ? 'status = active' : 'tags contains ocr')).join(' and ');
    const many = `status in (${Array.from({ length: WHERE_LIMITS.values - 1 }, (_, i) => `s${i}`).join(', ')}, active)`;
    for (const expr of [deep, wide, many]) {
      const r = await where(expr);
      assert.equal(r.code, 0, r.stderr);
      assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
    }
  });
});
