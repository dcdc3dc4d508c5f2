import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from '../../../src/artifacts/diagnostic.ts';
import { cell, COMMENT_LIMIT, headline, num, renderCheckSummary } from '../../../src/action/renderCheckSummary.ts';
import { metricGate, metricKey } from '../../../src/action/metricGate.ts';
import { renderIndexSummary } from '../../../src/action/renderIndexSummary.ts';
import type { CheckResult } from '../../../src/action/runCheck.ts';
import type { IndexResult } from '../../../src/action/runIndex.ts';
import { queryFileStem } from '../../../src/action/runIndex.ts';

const diag = (i: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({ file: `exp/f${i}.md`, line: i, column: 2, rule: 'schema', severity: 'error', message: `bad ${i}`, ...extra });

function result(diagnostics: Diagnostic[], extra: Partial<CheckResult> = {}): CheckResult {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const r: CheckResult = {
    mode: 'changed', resolution: null, notes: [], judged: [], diagnostics, validateNotes: [], checked: 5,
    errors, warnings: diagnostics.length - errors, metrics: [], failed: errors > 0, text: () => undefined,
    problemBase: null, renamedFrom: new Map(), added: diagnostics, existing: [], fixed: [], newErrors: errors, newWarnings: diagnostics.length - errors,
    experiments: [], gate: [], gateOn: false, history: new Map(), failOn: 'new-errors', failReasons: errors > 0 ? [`${errors} errors`] : [], ...extra,
  };
  if (extra.metrics && !extra.gate) r.gate = metricGate(extra.metrics.map((m) => ({ file: m.file, line: 9, metric: m.metric, value: m.value, unit: m.unit })), new Map(extra.metrics.filter((m) => m.baseline !== null).map((m) => [metricKey(m.file, m.metric), [{ kind: 'baseline' as const, value: m.baseline!, from: m.baselineFrom! }]])), { metrics: {}, tolerances: {} });
  return r;
}

describe('check summary', () => {
  it('table cells cannot break the table or inject HTML', () => {
    assert.equal(cell('a | b <script>&\nnext'), 'a \\| b &lt;script&gt;&amp;<br>next');
  });

  it('text from the files shows as typed: no image, link, emphasis or code span of its own', () => {
    assert.equal(cell('![x](https://a.invalid/p.png)'), '\\!\\[x\\](https://a.invalid/p.png)');
    assert.equal(cell('*bold* _em_ `code` ~~gone~~ a\\b'), '\\*bold\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~ a\\\\b');
    assert.equal(cell('20251217_024343_image_enhancements/x_y.md'), '20251217_024343_image_enhancements/x_y.md', 'underscores inside words stay');
  });

  it('numbers without float noise', () => {
    assert.equal(num(0.91 - 0.85), '0.06');
    assert.equal(num(41), '41');
    assert.equal(num(-4.000000000001), '-4');
  });

  it('headlines', () => {
    assert.equal(headline(result([])), '5 changed artifacts checked, no problems');
    assert.equal(headline(result([], { checked: 0 })), 'no artifact to check');
    assert.equal(headline(result([diag(1), diag(2, { file: 'exp/f1.md', severity: 'warning' })], { mode: 'all', checked: 1 })), '1 error, 1 warning in 1 of 1 artifact');
  });

  it('lists problems up to the byte budget, then says how many more and where they are', () => {
    const many = Array.from({ length: 50 }, (_, i) => diag(i + 1, { hint: 'do this' }));
    const md = renderCheckSummary(result(many), { budget: 2000, annotated: true });
    const rows = md.split('\n').filter((l) => l.startsWith('| [') || l.startsWith('| <code>'));
    assert.ok(rows.length > 5 && rows.length < 50, String(rows.length));
    assert.ok(md.includes(`… and ${50 - rows.length} more problems, not shown here (a job summary holds at most 1 MiB): the step's log lists every one.`));
    assert.ok(md.includes('GitHub shows at most 10 errors and 10 warnings of a step on the diff'));
    assert.match(rows[0]!, /^\| <code>exp\/f1\.md<\/code> \| 1:2 \| ❌ error \| <code>schema<\/code> \| bad 1<br>fix: do this \|$/);
  });

  it("metrics: old → new, Δ, Δ%, the verdict from the metric's direction, the gate, a sparkline of the history", () => {
    const m = (metric: string, value: number, baseline: number, direction: 'higher' | 'lower', verdict: 'improvement' | 'regression' | 'no change') => ({ file: 'exp/r.md', metric, value, unit: null, baseline, baselineFrom: 'declared' as const, comparison: 'improvement', direction, verdict, baselineExperiment: null });
    const metrics = [m('latency_ms', 142, 45, 'lower', 'regression'), m('hmean', 0.9, 0.9, 'higher', 'no change')];
    const md = renderCheckSummary(result([], { metrics, history: new Map([[metricKey('exp/r.md', 'latency_ms'), [40, 45, 142]]]) }));
    assert.ok(md.includes('| Report | Metric | Against | Old → New | Δ | Δ% | Verdict | Gate | History |'), md);
    assert.ok(md.includes('| <code>exp/r.md</code> | <code>latency_ms</code> | baseline (declared) | 45 → 142 | +97 | +215.6% | regression (lower is better) | ✖ worse beyond 0 | ▁▁█ 40–142 |'), md);
    assert.ok(md.includes('| 0.9 → 0.9 | +0 | +0.0% | no change (higher is better) | ✔ same | — |'), md);
    assert.ok(md.includes('the gate is off: shown, never failing'), md);
  });

  it('the metrics table shares the byte budget with the problems, so the whole summary stays under it', () => {
    const problems = Array.from({ length: 10 }, (_, i) => diag(i + 1));
    const metrics = Array.from({ length: 400 }, (_, i) => ({ file: `exp/r${i}.md`, metric: `m${i}`, value: i, unit: null, baseline: 1, baselineFrom: 'declared' as const, comparison: 'neutral', direction: 'higher' as const, verdict: null, baselineExperiment: null }));
    const budget = 6000;
    const md = renderCheckSummary(result(problems, { metrics }), { budget });
    const rows = md.split('\n').filter((l) => l.startsWith('| <code>exp/r'));
    assert.ok(rows.length > 5 && rows.length < 400, String(rows.length));
    assert.ok(md.includes(`… and ${400 - rows.length} more metric rows, not shown here (a job summary holds at most 1 MiB): \`etk ci check --format json\` lists every one.`), md.slice(-300));
    assert.ok(Buffer.byteLength(md) < budget + 1000, String(Buffer.byteLength(md)));
  });

  it('links files to their line at the checked commit, with path segments encoded', () => {
    const md = renderCheckSummary(result([diag(3, { file: 'exp/a b#c.md' })]), { blobUrl: 'https://github.com/o/r/blob/abc/' });
    assert.ok(md.includes('[<code>exp/a b#c.md</code>](https://github.com/o/r/blob/abc/exp/a%20b%23c.md#L3)'), md);
  });

  it('encodes ( and ) in links, so a file name with an unbalanced ) cannot end the link early', () => {
    const md = renderCheckSummary(result([diag(3, { file: 'exp/a (copy)).md' })]), { blobUrl: 'https://github.com/o/r/blob/abc/' });
    const link = /\]\((https:[^)\s]*)\)/.exec(md)?.[1];
    assert.equal(link, 'https://github.com/o/r/blob/abc/exp/a%20%28copy%29%29.md#L3', md);
  });

  it('over the size limit, cuts between blocks: never an open <details>, and says how much more there was', () => {
    // Long notes before a long <details> list of the problems already there: over a comment's limit.
    const notes = Array.from({ length: 5 }, (_, i) => `note ${i} ${'x'.repeat(3000)}`);
    const existing = Array.from({ length: 600 }, (_, i) => diag(i + 1, { message: `an old problem that was already there, number ${i + 1}` }));
    const md = renderCheckSummary(result([diag(1)], { notes, existing }), { target: 'comment' });
    assert.ok(md.length <= COMMENT_LIMIT && Buffer.byteLength(md) <= COMMENT_LIMIT, String(md.length));
    assert.equal((md.match(/<details>/g) ?? []).length, (md.match(/<\/details>/g) ?? []).length, md.slice(-400));
    assert.match(md, /… and \d+ more parts? of this check \(tables, notes\), not shown here \(a comment holds at most 65,536 characters\)/);
    assert.ok(md.startsWith('## etk check: ✖') && md.includes('### Problems'));
    // Every table row that is there is whole.
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) assert.ok(line.endsWith('|'), line);
  });
});

describe('index summary', () => {
  const r: IndexResult = {
    dbPath: '/ws/etk-out/tracking.db', resultsDir: '/ws/etk-out/results', reportPath: '/ws/etk-out/report.html', start: 'restored', commit: 'c'.repeat(40),
    sync: { rebuild: null, listed: 'quick', files: 12, errors: 0, warnings: 1, added: 1, changed: 2, removed: 0, ms: 42 },
    counts: { experiments: 2, artifacts: 12, files: 12, errors: 0, warnings: 1 },
    queries: [{ name: 'active', rows: 2, json: '/ws/etk-out/results/active.json', csv: '/ws/etk-out/results/active.csv' }],
    notes: [],
  };
  it('counts, how the sync went, links to the uploaded artifacts, each query', () => {
    const md = renderIndexSummary(r, { cwd: '/ws', uploaded: { data: { name: 'etk-index', id: 1, url: 'https://x/1' }, report: { name: 'etk-index-report.html', id: 2, url: 'https://x/2' } } });
    assert.equal(md, `## etk index: 12 artifacts in 2 experiments (0 errors, 1 warning recorded)

Indexed commit <code>cccccccccccc</code>, updated from the previous database: 1 added, 2 changed, 0 removed, in 42 ms.

| Output | Where |
|---|---|
| Database and query results | [<code>etk-index</code>](https://x/1) |
| HTML report | [<code>etk-index-report.html</code>](https://x/2) |

### Named queries

| Query | Rows | Files |
|---|---:|---|
| active | 2 | <code>results/active.json</code>, <code>results/active.csv</code> |

`);
  });
  it('without an upload: the paths, relative to the workspace', () => {
    const md = renderIndexSummary(r, { cwd: '/ws' });
    assert.ok(md.includes('| Database and query results | <code>etk-out/tracking.db</code>, <code>etk-out/results/</code> |'));
    assert.ok(md.includes('| HTML report | <code>etk-out/report.html</code> |'));
  });
  it('query names become safe file names', () => {
    assert.equal(queryFileStem('latest-metrics'), 'latest-metrics');
    assert.equal(queryFileStem('../../etc/passwd'), 'etc_passwd');
    assert.equal(queryFileStem('Top 10: by ütility'), 'Top_10_by_tility');
    assert.equal(queryFileStem('...'), 'query');
  });
});
