import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pivotCompare } from '../../../src/query/compare.ts';
import { firstKeyword, isEmptyTail } from '../../../src/query/readOnlySql.ts';
import { ftsQuery, hitLine, prefixForms } from '../../../src/query/search.ts';
import { parseTimePoint } from '../../../src/query/time.ts';

describe('search text to FTS5', () => {
  it('quotes every word, keeps "phrases" and a trailing * as a prefix', () => {
    assert.equal(ftsQuery('affine trap'), '"affine" "trap"');
    assert.equal(ftsQuery('"perspective correction" homography'), '"perspective correction" "homography"');
    assert.equal(ftsQuery('calib*'), `(${prefixForms('calib').join(' OR ')})`);
    assert.equal(ftsQuery('"homo"* graph'), `(${prefixForms('homo').join(' OR ')}) "graph"`);
    assert.equal(ftsQuery('"perspective correc"*'), '"perspective correc"*', 'a phrase keeps FTS5\'s own prefix');
    assert.equal(ftsQuery('a b', true), '"a" OR "b"');
  });
  it('a Latin prefix is also searched as the words it may begin, which FTS5 stems like the indexed ones', () => {
    const forms = prefixForms('correcti');
    assert.equal(forms[0], '"correcti"*');
    assert.ok(forms.includes('"correction"') && forms.includes('"corrective"') && !forms.includes('"correct"'));
    assert.ok(prefixForms('evaluat').includes('"evaluation"'));
    assert.deepEqual(prefixForms('ab'), ['"ab"*'], 'too short to complete');
    assert.deepEqual(prefixForms('실험'), ['"실험"*']);
  });
  it('a word in Hangul, Han or Kana is a prefix (particles attach to words); a phrase of them chains prefixes', () => {
    assert.equal(ftsQuery('실험'), '"실험"*');
    assert.equal(ftsQuery('"실험 결과"'), '"실험"* + "결과"*');
    assert.equal(ftsQuery('实验'), '"实验"*');
    assert.equal(ftsQuery('эксперимент café'), '"эксперимент" "café"', 'other scripts: the word as written');
  });
  it('turns FTS5 syntax into plain words', () => {
    assert.equal(ftsQuery('x AND y OR NOT z NEAR(a b)'), '"x" "AND" "y" "OR" "NOT" "z" "NEAR(a" "b)"');
    assert.equal(ftsQuery('title:drift'), '"title:drift"');
    assert.equal(ftsQuery('say "unclosed phrase'), '"say" "unclosed phrase"');
    assert.equal(ftsQuery('it"s'), '"it""s"');
    assert.equal(ftsQuery('^start -minus +plus'), '"^start" "-minus" "+plus"');
  });
  it('finds nothing to search in punctuation alone', () => {
    assert.equal(ftsQuery('" ( ) * : - ^'), null);
    assert.equal(ftsQuery(''), null);
    assert.equal(ftsQuery('**'), null);
  });
});

describe('the line of the first hit', () => {
  const mark = '\u0001';
  it('counts body lines from where the body starts', () => {
    assert.equal(hitLine({ marked: `# T\n\nfirst ${mark}hit\u0002`, body_line: 12, yaml_line: 2, frontmatter_yaml: '' }), 14);
    assert.equal(hitLine({ marked: `${mark}hit\u0002 at once`, body_line: 9, yaml_line: 2, frontmatter_yaml: '' }), 9);
  });
  it('falls back to the title line when only the title matched', () => {
    assert.equal(hitLine({ marked: 'no hit here', body_line: 12, yaml_line: 2, frontmatter_yaml: 'type: report\nstatus: x\ntitle: Drift\n' }), 4);
    assert.equal(hitLine({ marked: 'none', body_line: 7, yaml_line: 2, frontmatter_yaml: 'type: report\n' }), 7);
  });
});

describe('time points', () => {
  const now = new Date('2025-06-15T12:00:00Z');
  it('reads durations back from now', () => {
    assert.equal(parseTimePoint('7d', now), '2025-06-08 12:00:00');
    assert.equal(parseTimePoint('24h', now), '2025-06-14 12:00:00');
    assert.equal(parseTimePoint('2w', now), '2025-06-01 12:00:00');
    assert.equal(parseTimePoint('90m', now), '2025-06-15 10:30:00');
  });
  it('reads dates as local days and ISO times exactly', () => {
    const start = parseTimePoint('2025-03-02', now);
    assert.equal(start, new Date(2025, 2, 2).toISOString().slice(0, 19).replace('T', ' '));
    const end = parseTimePoint('2025-03-02', now, 'end');
    assert.equal(Date.parse(`${end.replace(' ', 'T')}Z`) - Date.parse(`${start.replace(' ', 'T')}Z`), 86_399_000);
    assert.equal(parseTimePoint('2025-03-02T10:00:00+02:00', now), '2025-03-02 08:00:00');
    assert.equal(parseTimePoint('2025-03-02 10:00Z', now), '2025-03-02 10:00:00');
  });
  it('refuses what is not a time, and impossible dates', () => {
    assert.throws(() => parseTimePoint('last week', now), /is not a time/);
    assert.throws(() => parseTimePoint('2025-02-30', now), /is not a calendar date/);
    assert.throws(() => parseTimePoint('7y', now), /is not a time/);
  });
});

describe('compare pivot', () => {
  const rows = [
    { experiment_id: 'A', metric_name: 'hmean', metric_value: 0.8, baseline_value: null, unit: null },
    { experiment_id: 'B', metric_name: 'hmean', metric_value: 0.9, baseline_value: 0.8, unit: null },
    { experiment_id: 'B', metric_name: 'latency', metric_value: 40, baseline_value: 45, unit: 'ms' },
    { experiment_id: 'A', metric_name: 'latency', metric_value: 50, baseline_value: null, unit: 'ms' },
  ];
  it('puts experiments side by side with deltas against the first', () => {
    const r = pivotCompare(rows, ['A', 'B'], null);
    assert.deepEqual(r.columns, ['metric', 'unit', 'A', 'B', 'B Δ']);
    // Rows have no prototype (their columns are experiment ids): compare their own entries.
    assert.deepEqual(r.rows.map((row) => ({ ...row })), [
      { metric: 'hmean', unit: null, A: 0.8, B: 0.9, 'B Δ': 0.1 },
      { metric: 'latency', unit: 'ms', A: 50, B: 40, 'B Δ': -10 },
    ]);
  });
  it('uses --baseline, adding it as a column when not listed', () => {
    const r = pivotCompare(rows, ['B'], 'A');
    assert.deepEqual(r.columns, ['metric', 'unit', 'A', 'B', 'B Δ']);
    assert.equal(r.rows[1]?.['B Δ'], -10);
  });
  it('with one experiment, shows each metric\'s own baseline', () => {
    const r = pivotCompare(rows.filter((x) => x.experiment_id === 'B'), ['B'], null);
    assert.deepEqual(r.columns, ['metric', 'unit', 'baseline', 'B', 'B Δ']);
    assert.deepEqual({ ...r.rows[1] }, { metric: 'latency', unit: 'ms', baseline: 45, B: 40, 'B Δ': -5 });
  });
  it('an experiment id named like a prototype member is a column like any other', () => {
    const r = pivotCompare([{ experiment_id: '__proto__', metric_name: 'hmean', metric_value: 0.5, baseline_value: null, unit: null } as (typeof rows)[number]], ['__proto__'], null);
    assert.equal(Object.hasOwn(r.rows[0] as object, '__proto__'), true);
    assert.equal(r.rows[0]?.['__proto__'], 0.5);
  });
  it('leaves a delta empty when a side has no value', () => {
    const r = pivotCompare(rows.filter((x) => !(x.experiment_id === 'A' && x.metric_name === 'hmean')), ['A', 'B'], null);
    assert.equal(r.rows[0]?.['B Δ'], null);
  });
});

describe('statement fences', () => {
  it('finds the first keyword past comments', () => {
    assert.equal(firstKeyword('  -- note\n /* x */ SELECT 1'), 'select');
    assert.equal(firstKeyword('/* unclosed'), '');
    assert.equal(firstKeyword('(select 1)'), '');
  });
  it('accepts only blanks, comments and semicolons after the statement', () => {
    assert.equal(isEmptyTail(' ; -- done\n ;; /* c */ '), true);
    assert.equal(isEmptyTail(''), true);
    assert.equal(isEmptyTail('; DELETE FROM files'), false);
    assert.equal(isEmptyTail('/* c */ x'), false);
  });
});
