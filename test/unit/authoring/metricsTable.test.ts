import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillMetricsTable } from '../../../src/authoring/metricsTable.ts';

test('fillMetricsTable fills the empty metric/value table, in order, and leaves anything else alone', () => {
  const body = '# R\n\n## Metrics\n\n| metric | value |\n|---|---|\n\n## Baseline Comparison\n\n| metric | baseline | this | delta |\n|---|---|---|---|\n';
  assert.equal(fillMetricsTable(body, { hmean: 0.91, 'a|b': 2 }), body.replace('|---|---|\n', '|---|---|\n| hmean | 0.91 |\n| a\\|b | 2 |\n'));
  const filled = body.replace('|---|---|\n', '|---|---|\n| f1 | 0.5 |\n');
  assert.equal(fillMetricsTable(filled, { hmean: 0.91 }), filled, 'a table with rows is the author\'s');
  assert.equal(fillMetricsTable('# no table\n', { hmean: 1 }), '# no table\n');
  assert.equal(fillMetricsTable('| Metric | Value |\r\n|:--|--:|', { x: 1 }), '| Metric | Value |\r\n|:--|--:|\n| x | 1 |');
  assert.equal(fillMetricsTable(body, {}), body);
});
