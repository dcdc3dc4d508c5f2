import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FileResult } from '../../../src/artifacts/validateFile.ts';
import { compareReportMetrics } from '../../../src/action/reportMetrics.ts';

function report(path: string, experiment: string, data: Record<string, unknown>): FileResult {
  return {
    path, size: 0, placement: { kind: 'artifact', experimentDir: experiment , folder: 'reports' }, data: { type: 'report', ...data },
    body: '', bodyStartLine: 1, yaml: '', yamlStartLine: 2, title: '', findings: [],
  };
}

describe('compareReportMetrics', () => {
  it("declared baselines win; else the baseline experiment's latest report (by created, then path)", () => {
    const changed = [
      report('r/new.md', 'E1', { created: '2025-12-18T09:30:00Z', baseline: 'E0', comparison: 'improvement', metrics: { hmean: 0.91, latency_ms: { value: 41, baseline: 45, unit: 'ms' }, recall: 0.8 } }),
      report('r/guide.md', 'E1', { type: 'guide' }),
    ];
    const base = [
      report('b/old.md', 'E0', { created: '2025-01-01T00:00:00Z', metrics: { hmean: 0.7, recall: 0.5 } }),
      report('b/late.md', 'E0', { created: '2025-06-01T00:00:00+02:00', metrics: { hmean: 0.85 } }),
      report('b/undated.md', 'E0', { metrics: { hmean: 0.99 } }),
    ];
    let asked = 0;
    const rows = compareReportMetrics(changed, (exp) => {
      asked++;
      assert.equal(exp, 'E0');
      return base;
    });
    assert.equal(asked, 1, 'each baseline experiment is read once');
    assert.deepEqual(rows.map((r) => [r.metric, r.value, r.baseline, r.baselineFrom, r.unit]), [
      ['hmean', 0.91, 0.85, 'b/late.md', null],
      ['latency_ms', 41, 45, 'declared', 'ms'],
      ['recall', 0.8, 0.5, 'b/old.md', null],
    ]);
    assert.ok(rows.every((r) => r.file === 'r/new.md' && r.comparison === 'improvement' && r.baselineExperiment === 'E0'));
  });

  it("each metric's verdict comes from its own change and direction, not the report's declared comparison", () => {
    const changed = [report('r.md', 'E1', { comparison: 'improvement', metrics: { hmean: { value: 0.93, baseline: 0.91 }, latency_ms: { value: 142, baseline: 45 }, score: { value: 3, baseline: 5 }, f1: { value: 0.5, baseline: 0.5 }, recall: 0.7 } })];
    const rows = compareReportMetrics(changed, () => [], { score: 'lower' });
    assert.deepEqual(rows.map((r) => [r.metric, r.direction, r.verdict, r.comparison]), [
      ['hmean', 'higher', 'improvement', 'improvement'],
      ['latency_ms', 'lower', 'regression', 'improvement'],
      ['score', 'lower', 'improvement', 'improvement'],
      ['f1', 'higher', 'no change', 'improvement'],
      ['recall', 'higher', null, 'improvement'],
    ]);
  });

  it('no baseline experiment, or one without the metric: no baseline value', () => {
    const rows = compareReportMetrics([report('r.md', 'E1', { metrics: { a: 1 } }), report('s.md', 'E1', { baseline: 'E9', metrics: { b: 2 } })], () => []);
    assert.deepEqual(rows.map((r) => [r.metric, r.baseline, r.baselineFrom]), [['a', null, null], ['b', null, null]]);
  });
  it('a report is never its own baseline: with its own experiment as baseline, only its earlier runs count (the rule of the metrics view)', () => {
    const earlier = report('r/a-earlier.md', 'E1', { created: '2025-01-01T00:00:00Z', metrics: { hmean: 0.9 } });
    const notANumber = report('r/b-na.md', 'E1', { created: '2025-03-01T00:00:00Z', metrics: { hmean: 'n/a' } });
    const later = report('r/z-later.md', 'E1', { created: '2025-12-31T00:00:00Z', metrics: { hmean: 0.95 } });
    const self = report('r/m-self.md', 'E1', { created: '2025-06-01T00:00:00Z', baseline: 'E1', metrics: { hmean: 0.8 } });
    const first = report('r/0-first.md', 'E1', { created: '2024-01-01T00:00:00Z', baseline: 'E1', metrics: { hmean: 0.7 } });
    const rows = compareReportMetrics([self, first], () => [earlier, notANumber, later, self, first]);
    assert.deepEqual(rows.map((r) => [r.file, r.baseline, r.baselineFrom, r.verdict]), [
      ['r/0-first.md', null, null, null],
      ['r/m-self.md', 0.9, 'r/a-earlier.md', 'regression'],
    ]);
  });
});
