import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gridTable } from '../../../src/query/gridTable.ts';
import { buildRunGrid } from '../../../src/query/runGrid.ts';

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
