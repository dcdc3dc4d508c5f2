import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gridTable } from '../../../src/query/gridTable.ts';
import { buildRunGrid, latestRunsOf } from '../../../src/query/runGrid.ts';
import { comparisonSection } from '../../../src/report/renderComparison.ts';

const LONG_TITLE = `A title that runs on ${'and on '.repeat(10)}to the end`;
const LONG_PARAM = `checkpoints/${'very-long-segment/'.repeat(12)}model.pt`;
const grid = buildRunGrid(
  [
    { run: 'e/r1.md', experiment: 'E', title: LONG_TITLE, path: 'x/e/r1.md', created: '2025-12-18 10:00:00', status: 'complete', baselineExperiment: null, parameters: { checkpoint: LONG_PARAM, lr: 0.001 } },
    { run: 'e/r2.md', experiment: 'E', title: 'Short', path: 'x/e/r2.md', created: '2025-12-18 11:00:00', status: 'complete', baselineExperiment: null, parameters: { checkpoint: 'a\nb', lr: 0.01 } },
  ],
  [
    { path: 'x/e/r1.md', metric: 'hmean', value: 0.9, unit: null, baseline: 0.8, declared: true, baselineFile: null },
    { path: 'x/e/r2.md', metric: 'hmean', value: 0.7, unit: null, baseline: 0.8, declared: true, baselineFile: null },
  ],
);

describe('gridTable', () => {
  it('on an 80-column terminal, long titles and parameter values are cut so the grid stays near the width', () => {
    const lines = gridTable(grid, { width: 80 }).split('\n').slice(0, 4);
    for (const l of lines) assert.ok([...l].length <= 100, `too wide (${[...l].length}): ${l}`);
    assert.ok(lines[2]!.includes('…') && lines[2]!.includes('0.9 +0.1 ▲ ★'));
  });

  it('to a file or a pipe (no width), every character is kept, newlines in values made spaces', () => {
    const text = gridTable(grid);
    assert.ok(text.includes(LONG_TITLE) && text.includes(LONG_PARAM), text);
    assert.ok(text.split('\n')[3]!.includes('a b'));
  });
});

describe('latestRunsOf (the report keeps the latest runs of a long sweep)', () => {
  const run = (i: number, parameters: Record<string, number> = {}) => ({ run: `e/r${i}.md`, experiment: 'E', title: `Run ${i}`, path: `x/e/r${i}.md`, created: `2025-12-18 1${i}:00:00`, status: 'complete', baselineExperiment: null, parameters });
  const row = (i: number, metric: string, value: number) => ({ path: `x/e/r${i}.md`, metric, value, unit: null, baseline: null, declared: false, baselineFile: null });
  // The best hmean (0.99) and the only old_metric are in run 0, which is cut.
  const long = buildRunGrid([run(0, { seed: 1 }), run(1), run(2), run(3)], [row(0, 'hmean', 0.99), row(0, 'old_metric', 1), row(1, 'hmean', 0.5), row(2, 'hmean', 0.7), row(3, 'hmean', 0.6), row(3, 'loss', 0.2)]);

  it('recomputes each best over the runs kept and drops what none of them has; the comparison section renders it', () => {
    const g = latestRunsOf(long, 3);
    assert.deepEqual(g.runs.map((r) => r.title), ['Run 1', 'Run 2', 'Run 3']);
    assert.deepEqual(g.metrics.map((m) => [m.name, m.best, m.count]), [['hmean', 0.7, 3], ['loss', null, 1]]);
    assert.deepEqual(g.cells.map((r) => r.map((c) => c?.best ?? null)), [[false, null], [true, null], [false, false]]);
    assert.deepEqual(g.parameters, []);
    const html = String(comparisonSection(g, { name: 'E', color: '#000', linkBase: '', maxCharts: 4, heading: true, more: null }));
    // Numbered by its place among every run, as etk compare numbers it (run 0 was cut).
    assert.match(html, /<strong>hmean<\/strong>: #3 Run 2/);
    assert.equal(latestRunsOf(long, 4), long);
  });
});
