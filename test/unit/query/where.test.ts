import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTIFACTS, EXPERIMENTS, METRICS } from '../../../src/query/entities.ts';
import { compileWhere } from '../../../src/query/whereCompile.ts';
import { parseWhere, WhereSyntaxError, type WhereNode } from '../../../src/query/whereParse.ts';

/** The tree as a compact string: (a OR (b AND c)). */
function show(n: WhereNode): string {
  switch (n.kind) {
    case 'and':
    case 'or':
      return `(${show(n.left)} ${n.kind.toUpperCase()} ${show(n.right)})`;
    case 'not':
      return `NOT ${show(n.expr)}`;
    case 'cmp':
      return `${n.field} ${n.op} ${n.values.map((v) => (v.quoted ? JSON.stringify(v.text) : v.text)).join('|')}`;
  }
}

function errorAt(src: string): { message: string; column: number } {
  try {
    parseWhere(src);
  } catch (err) {
    assert.ok(err instanceof WhereSyntaxError, String(err));
    return { message: err.message, column: err.column };
  }
  assert.fail(`"${src}" parsed`);
}

const NOW = new Date('2025-06-15T12:00:00Z');

describe('--where parsing', () => {
  it('binds and tighter than or, left to right, with parentheses overriding', () => {
    assert.equal(show(parseWhere('a = 1 or b = 2 and c = 3')), '(a = 1 OR (b = 2 AND c = 3))');
    assert.equal(show(parseWhere('a = 1 and b = 2 or c = 3')), '((a = 1 AND b = 2) OR c = 3)');
    assert.equal(show(parseWhere('(a = 1 or b = 2) and c = 3')), '((a = 1 OR b = 2) AND c = 3)');
    assert.equal(show(parseWhere('a = 1 or b = 2 or c = 3')), '((a = 1 OR b = 2) OR c = 3)');
  });
  it('not applies to the next comparison or group', () => {
    assert.equal(show(parseWhere('not a = 1 and b = 2')), '(NOT a = 1 AND b = 2)');
    assert.equal(show(parseWhere('not (a = 1 and b = 2)')), 'NOT (a = 1 AND b = 2)');
    assert.equal(show(parseWhere('NOT not a = 1')), 'NOT NOT a = 1');
  });
  it('reads every operator, lists, quoted values and case-insensitive keywords', () => {
    assert.equal(show(parseWhere('a == 1 AND b <> 2 Or c >= 3')), '((a = 1 AND b != 2) OR c >= 3)');
    assert.equal(show(parseWhere("type IN (report, 'a b', \"x\"\"y\")")), 'type in report|"a b"|"x\\"y"');
    assert.equal(show(parseWhere('status not in (a,b)')), 'status not in a|b');
    assert.equal(show(parseWhere("tags contains 'it''s'")), 'tags contains "it\'s"');
    assert.equal(show(parseWhere('created>=2025-01-01')), 'created >= 2025-01-01');
    assert.equal(show(parseWhere('metrics.top-1.delta<-0.5')), 'metrics.top-1.delta < -0.5');
  });
  it('points at the column of each mistake', () => {
    assert.deepEqual(errorAt('status = '), { message: 'expected a value, found the end of the expression', column: 10 });
    assert.equal(errorAt('status active').column, 8);
    assert.equal(errorAt('(status = a').column, 12);
    assert.match(errorAt('(status = a').message, /close the "\(" at column 1/);
    assert.equal(errorAt("title = 'open").column, 9);
    assert.equal(errorAt('a = 1 b = 2').column, 7);
    assert.equal(errorAt('a ! 1').column, 3);
    assert.equal(errorAt('type in report').column, 9);
    assert.equal(errorAt('type in (a b)').column, 12);
    assert.equal(errorAt('and = 1').column, 1);
    assert.equal(errorAt('').column, 1);
    assert.equal(errorAt('a = 1 or').column, 9);
  });
});

describe('--where compiling', () => {
  it('binds every value as a parameter: user text never reaches the SQL', () => {
    const evil = `x' OR '1'='1`;
    const f = compileWhere(parseWhere(`status = "${evil}" or title contains "); DROP TABLE files; --"`), ARTIFACTS, NOW);
    assert.ok(!f.sql.includes('DROP') && !f.sql.includes("'1'"), f.sql);
    assert.deepEqual(f.params, [evil, '); DROP TABLE files; --']);
    assert.equal(f.sql.split('?').length - 1, f.params.length);
  });
  it('frontmatter keys travel as a bound JSON path too', () => {
    const f = compileWhere(parseWhere('fm.owner = kim and fm.config.seed > 3'), EXPERIMENTS, NOW);
    assert.deepEqual(f.params, ['$."owner"', 'kim', '$."config"."seed"', 3]);
    assert.throws(() => compileWhere(parseWhere('fm.a..b = 1'), EXPERIMENTS, NOW), /fm\. needs a frontmatter key/);
  });
  it('types values by field: numbers for numeric fields, day ranges for dates', () => {
    assert.deepEqual(compileWhere(parseWhere('errors > 2'), ARTIFACTS, NOW).params, [2]);
    assert.deepEqual(compileWhere(parseWhere('ERRORS > 2 and Metrics.HMean > -1.5e-3'), ARTIFACTS, NOW).params, [2, 'HMean', -0.0015]);
    assert.throws(() => compileWhere(parseWhere('errors > 0x10'), ARTIFACTS, NOW), /expected a number, found "0x10"/);
    assert.throws(() => compileWhere(parseWhere('errors > many'), ARTIFACTS, NOW), (e: WhereSyntaxError) => e.column === 10 && /expected a number/.test(e.message));
    const day = compileWhere(parseWhere('created = 2025-03-02'), ARTIFACTS, NOW);
    assert.match(day.sql, /BETWEEN \? AND \?/);
    const [from, to] = day.params as string[];
    assert.equal(Date.parse(`${to}Z`) - Date.parse(`${from}Z`), 86_399_000, 'a whole day');
    assert.deepEqual(compileWhere(parseWhere('created > 7d'), ARTIFACTS, NOW).params, ['2025-06-08 12:00:00']);
    assert.throws(() => compileWhere(parseWhere('created > soon'), ARTIFACTS, NOW), /is not a time/);
    assert.throws(() => compileWhere(parseWhere('created contains 2025'), ARTIFACTS, NOW), /contains works on text fields/);
  });
  it('!= and not keep rows whose value is missing', () => {
    assert.match(compileWhere(parseWhere('status != active'), EXPERIMENTS, NOW).sql, /e\.status IS NOT \?/);
    assert.match(compileWhere(parseWhere('not status = active'), EXPERIMENTS, NOW).sql, /^NOT COALESCE\(\(e\.status = \?\), 0\)$/);
  });
  it('knows each entity\'s fields and suggests a near one', () => {
    assert.throws(() => compileWhere(parseWhere('stauts = active'), EXPERIMENTS, NOW), (e: WhereSyntaxError) => e.column === 1 && /did you mean "status"/.test(e.message));
    assert.throws(() => compileWhere(parseWhere('type = 1 and typo = 2'), ARTIFACTS, NOW), (e: WhereSyntaxError) => e.column === 14);
    assert.throws(() => compileWhere(parseWhere('metrics.hmean > 1'), METRICS, NOW), /rows are metrics already/);
    assert.throws(() => compileWhere(parseWhere('tags > a'), ARTIFACTS, NOW), /tags take =/);
  });
  it('metrics.<name>[.baseline|.delta] pick the part of the metric', () => {
    const f = compileWhere(parseWhere('metrics.hmean.delta > 0'), EXPERIMENTS, NOW);
    assert.deepEqual(f.params, ['hmean', 0]);
    assert.match(f.sql, /round\(m\.metric_value - m\.baseline_value, 9\) > \?/);
    assert.match(compileWhere(parseWhere('metrics.a.b.baseline < 1'), ARTIFACTS, NOW).sql, /m\.baseline_value < \?/);
    assert.deepEqual(compileWhere(parseWhere('metrics.a.b.baseline < 1'), ARTIFACTS, NOW).params, ['a.b', 1]);
  });
});
