import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { padDomain, roundGeometry } from '../../../src/report/charts.ts';
import type { ArtifactRow, ExperimentRow, MetricRow, ProblemRow, ReportData } from '../../../src/report/loadReportData.ts';
import { pathOf, shapeClientData } from '../../../src/report/shapeClientData.ts';
import { shapeHeatmap, tagCloud } from '../../../src/report/shapeCompliance.ts';
import { crossTab, orderStatuses, orderTypes, shapeOverview, toDate } from '../../../src/report/shapeOverview.ts';
import { shapeTimeline } from '../../../src/report/shapeTimeline.ts';
import { baselineRuns, monthlyBands, quantile, shapeTrends, type TrendPoint } from '../../../src/report/shapeTrends.ts';

const ROOT = 'experiment_manager/experiments';

function exp(id: string, over: Partial<ExperimentRow> = {}): ExperimentRow {
  return { id, name: id.slice(16), description: null, status: 'active', phase: null, createdAt: null, updatedAt: null, manifestPath: `${ROOT}/${id}/README.md`, metadataSources: [], start: null, end: null, artifacts: 0, reports: 0, errors: 0, warnings: 0, tags: [], ...over };
}

function art(path: string, over: Partial<ArtifactRow> = {}): ArtifactRow {
  return { path, experiment: null, type: 'report', title: 't', status: 'active', createdAt: null, updatedAt: null, errors: 0, warnings: 0, parseError: null, tags: [], ...over };
}

function metric(name: string, time: string, value: number, over: Partial<MetricRow> = {}): MetricRow {
  return { experiment: 'E', name, value, baseline: null, unit: null, time, path: `p/${name}/${time}`, baselineExperiment: null, ...over };
}

function problem(experiment: string | null, rule: string, severity = 'error', file = 'f.md'): ProblemRow {
  return { file, line: 1, column: 1, rule, severity, message: 'm', experiment };
}

function data(over: Partial<ReportData>): ReportData {
  return { index: { source: 'worktree', commit: null, dirty: false, syncedAt: null, etkVersion: null }, experiment: null, experiments: [], artifacts: [], metrics: [], latest: [], problems: [], tags: [], baselines: { of: [], by: [] }, comparisons: [], comparable: 0, ...over };
}

describe('overview', () => {
  it('orders statuses and types: the usual ones first, custom ones sorted, (none) last', () => {
    assert.deepEqual(orderStatuses(['(none)', 'zombie', 'deprecated', 'active', 'archived']), ['active', 'deprecated', 'archived', 'zombie', '(none)']);
    assert.deepEqual(orderTypes(['script', 'dataset_card', 'experiment_manifest', 'report']), ['experiment_manifest', 'report', 'script', 'dataset_card']);
  });

  it('counts artifacts by type and status, with totals', () => {
    const items = [art('a', { type: 'report', status: 'active' }), art('b', { type: 'report', status: 'complete' }), art('c', { type: 'guide', status: 'active' }), art('d', { type: null, status: null })];
    const t = crossTab(items, (a) => a.type ?? '(none)', (a) => a.status ?? '(none)', { rows: orderTypes, columns: orderStatuses });
    assert.deepEqual(t.rows, ['report', 'guide', '(none)']);
    assert.deepEqual(t.columns, ['active', 'complete', '(none)']);
    assert.deepEqual(t.cells, [[1, 1, 0], [1, 0, 0], [0, 0, 1]]);
    assert.deepEqual(t.rowTotals, [2, 1, 1]);
    assert.deepEqual(t.columnTotals, [2, 1, 1]);
    assert.equal(t.total, 4);
  });

  it('lists recent activity newest first and counts problems by severity', () => {
    const ov = shapeOverview(data({
      artifacts: [art('old', { updatedAt: '2025-01-01 00:00:00' }), art('new', { updatedAt: '2025-03-01 00:00:00' }), art('undated')],
      problems: [problem('E', 'schema'), problem('E', 'bom', 'warning'), problem(null, 'placement')],
    }));
    assert.deepEqual(ov.recent.map((a) => a.path), ['new', 'old']);
    assert.equal(ov.errors, 2);
    assert.equal(ov.warnings, 1);
  });

  it('reads index timestamps as UTC and refuses garbage', () => {
    assert.equal(toDate('2025-12-17 02:43:43')?.toISOString(), '2025-12-17T02:43:43.000Z');
    assert.equal(toDate('not a date'), null);
    assert.equal(toDate(null), null);
  });
});

describe('timeline', () => {
  it('keeps the most recently active experiments, drawn oldest first, and counts every start per month', () => {
    const exps = [
      exp('20250101_000000_a', { start: '2025-01-01 00:00:00', end: '2025-01-05 00:00:00' }),
      exp('20250110_000000_b', { start: '2025-01-10 00:00:00', end: '2025-03-01 00:00:00', status: 'complete' }),
      exp('20250201_000000_c', { start: '2025-02-01 00:00:00', end: '2025-02-02 00:00:00' }),
      exp('20250301_000000_d', { start: null, end: null }),
    ];
    const t = shapeTimeline(exps, 2);
    assert.deepEqual(t.bars.map((b) => b.id), ['20250110_000000_b', '20250201_000000_c']);
    assert.equal(t.total, 3);
    assert.deepEqual(t.monthly.map((m) => [m.month.toISOString().slice(0, 7), m.status, m.count]), [['2025-01', 'active', 1], ['2025-01', 'complete', 1], ['2025-02', 'active', 1]]);
  });

  it('never draws a bar that ends before it starts', () => {
    const t = shapeTimeline([exp('20250101_000000_a', { start: '2025-02-01 00:00:00', end: '2025-01-01 00:00:00' })]);
    assert.equal(t.bars[0]!.end.getTime(), t.bars[0]!.start.getTime());
  });
});

describe('metric trends', () => {
  it('quantile interpolates between ranks', () => {
    assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
    assert.equal(quantile([10], 0.9), 10);
    assert.ok(Number.isNaN(quantile([], 0.5)));
  });

  it('charts the most reported metrics first and names the ones left out', () => {
    const metrics = [metric('b', '2025-01-01 00:00:00', 1), metric('a', '2025-01-01 00:00:00', 1), metric('a', '2025-01-02 00:00:00', 2), metric('c', '2025-01-01 00:00:00', 3)];
    const { trends, omitted } = shapeTrends(metrics, { maxCharts: 2 });
    assert.deepEqual(trends.map((t) => t.metric), ['a', 'b']);
    assert.deepEqual(omitted, ['c']);
  });

  it('shows every value up to the limit, monthly medians above it', () => {
    const few = shapeTrends([metric('m', '2025-01-01 00:00:00', 1), metric('m', '2025-02-01 00:00:00', 2, { baseline: 1.5, unit: 'ms' })], { maxPoints: 2 });
    assert.equal(few.trends[0]!.points?.length, 2);
    assert.equal(few.trends[0]!.bands, null);
    assert.equal(few.trends[0]!.unit, 'ms');
    assert.equal(few.trends[0]!.withBaseline, 1);
    const many = shapeTrends([metric('m', '2025-01-01 00:00:00', 1), metric('m', '2025-01-20 00:00:00', 3, { baseline: 2 }), metric('m', '2025-02-03 00:00:00', 5)], { maxPoints: 2 });
    assert.equal(many.trends[0]!.points, null);
    assert.deepEqual(many.trends[0]!.bands!.map((b) => [b.month.toISOString().slice(0, 7), b.n, b.median, b.baseline]), [['2025-01', 2, 2, 2], ['2025-02', 1, 5, null]]);
  });

  it('leaves out values without a number or a time', () => {
    const { trends } = shapeTrends([metric('m', '2025-01-01 00:00:00', 1), { ...metric('m', '2025-01-02 00:00:00', 0), value: null }, { ...metric('m', 'x', 2) }]);
    assert.equal(trends[0]!.values, 1);
  });

  it('draws no chart for a metric none of whose values has a number and a time', () => {
    const { trends, omitted } = shapeTrends([{ ...metric('none', '2025-01-02 00:00:00', 0), value: null }, metric('timeless', 'x', 2), metric('m', '2025-01-01 00:00:00', 1)]);
    assert.deepEqual(trends.map((t) => t.metric), ['m']);
    assert.deepEqual(omitted, []);
  });

  it('groups a baseline shared by consecutive values of one experiment into one run', () => {
    const p = (t: string, experiment: string, baseline: number | null): TrendPoint => ({ time: new Date(t), value: 1, baseline, experiment, path: t });
    const runs = baselineRuns([p('2025-01-01', 'A', 0.5), p('2025-01-02', 'B', 0.7), p('2025-01-03', 'A', 0.5), p('2025-01-04', 'A', 0.6), p('2025-01-05', 'A', null)]);
    assert.deepEqual(runs.map((r) => [r.experiment, r.baseline, r.n, r.from.toISOString().slice(0, 10), r.to.toISOString().slice(0, 10)]), [['A', 0.5, 2, '2025-01-01', '2025-01-03'], ['B', 0.7, 1, '2025-01-02', '2025-01-02'], ['A', 0.6, 1, '2025-01-04', '2025-01-04']]);
    assert.equal(monthlyBands([]).length, 0);
  });
});

describe('compliance heatmap and tag cloud', () => {
  it('puts the experiments with the most problems first, rules by frequency, and counts what is left out', () => {
    const h = shapeHeatmap([problem('A', 'schema'), problem('A', 'schema'), problem('A', 'bom', 'warning'), problem('B', 'bom', 'warning'), problem('C', 'file-name'), problem(null, 'placement')], 2);
    assert.deepEqual(h.experiments, [{ id: 'A', total: 3 }, { id: 'B', total: 1 }]);
    assert.deepEqual(h.rules, ['bom', 'schema']);
    assert.deepEqual(h.cells.map((c) => [c.experiment, c.rule, c.count, c.errors]).sort(), [['A', 'bom', 1, 0], ['A', 'schema', 2, 2], ['B', 'bom', 1, 0]]);
    assert.equal(h.omitted, 1);
    assert.equal(h.outside, 1);
    assert.equal(h.total, 6);
  });

  it('sizes tags by the square root of their share, keeps the most used, sorts them by name', () => {
    const { tags, omitted } = tagCloud([{ tag: 'ocr', files: 100, experiments: 5 }, { tag: 'rare', files: 1, experiments: 1 }, { tag: 'mid', files: 25, experiments: 2 }, { tag: 'gone', files: 1, experiments: 1 }], 3);
    // 'gone' and 'rare' tie on use: the name decides which one stays.
    assert.deepEqual(tags.map((t) => [t.tag, t.step]), [['gone', 2], ['mid', 4], ['ocr', 6]]);
    assert.equal(omitted, 1);
  });
});

describe('client data', () => {
  const E1 = '20250101_000000_first';
  const E2 = '20250201_000000_second';
  const d = data({
    experiments: [exp(E1, { tags: ['ocr'] }), exp(E2)],
    artifacts: [
      art(`${ROOT}/${E1}/.metadata/reports/20250102_0000_report_a.md`, { experiment: E1, updatedAt: '2025-01-02 00:00:00', tags: ['ocr', '<b>'] }),
      art(`${ROOT}/${E2}/README.md`, { experiment: E2, type: 'experiment_manifest', updatedAt: '2025-02-01 00:00:00' }),
      art('loose/notes.md', { updatedAt: null }),
    ],
    tags: [{ tag: 'ocr', files: 1, experiments: 1 }, { tag: '<b>', files: 1, experiments: 1 }],
    problems: [problem(E1, 'schema', 'error', `${ROOT}/${E1}/.metadata/reports/20250102_0000_report_a.md`), problem(null, 'placement', 'warning', 'loose/notes.md')],
  });

  it('stores paths compactly and gives them back exactly', () => {
    const c = shapeClientData(d, { linkBase: '../' });
    assert.equal(c.linkBase, '../');
    assert.deepEqual(c.prefixes, [`${ROOT}/`]);
    const paths = c.arts.map((r) => pathOf(c, r[0], r[1], r[2], r[3]));
    assert.deepEqual(paths.sort(), d.artifacts.map((a) => a.path).sort());
    const probs = c.problems.map((r) => pathOf(c, r[0], r[1], r[2], r[3]));
    assert.deepEqual(probs, d.problems.map((p) => p.file));
    assert.deepEqual(c.problems.map((r) => r[7]), [1, 0]);
  });

  it('orders artifacts newest first, keeps at most the limit and says how many there are', () => {
    const c = shapeClientData(d, { limits: { artifactRows: 2 } });
    assert.equal(c.arts.length, 2);
    assert.equal(c.totals.arts, 3);
    assert.deepEqual(c.arts.map((r) => r[3]), ['README.md', '20250102_0000_report_a.md']);
    assert.deepEqual(c.arts[1]![10].map((i) => c.tags[i]), ['ocr', '<b>']);
    assert.deepEqual(c.exps.map((e) => [e[0], e[9].map((i) => c.tags[i])]), [[E1, ['ocr']], [E2, []]]);
  });
});

describe('chart helpers', () => {
  it('rounds coordinates to 0.1 px in geometry attributes only, never in text', () => {
    const svg = '<circle cx="51.30298596932719" cy="172.99999999999997" r="3"><title>value 0.87123456</title></circle><path d="M0.123456,1.98765L2,3" transform="translate(50.55555,190)"/>';
    assert.equal(roundGeometry(svg), '<circle cx="51.3" cy="173" r="3"><title>value 0.87123456</title></circle><path d="M0.1,2L2,3" transform="translate(50.6,190)"/>');
  });

  it('widens a domain of one value so a chart of one point has readable axes', () => {
    assert.deepEqual(padDomain([5, 5], 0), [4.75, 5.25]);
    assert.deepEqual(padDomain([0], 0), [-1, 1]);
    assert.deepEqual(padDomain([10], 2), [8, 12]);
    assert.equal(padDomain([1, 2], 0), null);
    assert.equal(padDomain([], 0), null);
  });
});
