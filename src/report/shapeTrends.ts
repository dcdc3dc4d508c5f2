import { LIMITS } from './limits.ts';
import type { MetricRow } from './loadReportData.ts';
import { toDate } from './shapeOverview.ts';
import { monthOf } from './shapeTimeline.ts';

export interface TrendPoint {
  time: Date;
  value: number;
  baseline: number | null;
  experiment: string;
  path: string;
}

/** One month of a metric with many values: median and spread of the values and of their baselines. */
export interface TrendBand {
  month: Date;
  n: number;
  median: number;
  p10: number;
  p90: number;
  baseline: number | null;
}

export interface Trend {
  metric: string;
  unit: string | null;
  values: number;
  experiments: number;
  withBaseline: number;
  /** Every value, when there are at most LIMITS.trendPoints. */
  points: TrendPoint[] | null;
  /** Monthly aggregates otherwise. */
  bands: TrendBand[] | null;
}

/** Quantile of sorted numbers, linear between closest ranks (R's type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n || (c === n && best !== null && v < best)) [best, n] = [v, c];
  return best;
}

/** A baseline held by consecutive values of one experiment: drawn once, as a dashed segment. */
export interface BaselineRun {
  experiment: string;
  baseline: number;
  from: Date;
  to: Date;
  n: number;
}

/** Points (time order) grouped into runs of the same experiment and baseline value. */
export function baselineRuns(points: readonly TrendPoint[]): BaselineRun[] {
  const open = new Map<string, BaselineRun>();
  const runs: BaselineRun[] = [];
  for (const p of points) {
    if (p.baseline === null) continue;
    const run = open.get(p.experiment);
    if (run && run.baseline === p.baseline) {
      run.to = p.time;
      run.n++;
    } else {
      const next = { experiment: p.experiment, baseline: p.baseline, from: p.time, to: p.time, n: 1 };
      open.set(p.experiment, next);
      runs.push(next);
    }
  }
  return runs;
}

export function monthlyBands(points: readonly TrendPoint[]): TrendBand[] {
  const months = new Map<number, { values: number[]; baselines: number[] }>();
  for (const p of points) {
    const key = monthOf(p.time).getTime();
    let m = months.get(key);
    if (!m) months.set(key, (m = { values: [], baselines: [] }));
    m.values.push(p.value);
    if (p.baseline !== null) m.baselines.push(p.baseline);
  }
  return [...months.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([key, m]) => {
      const v = m.values.sort((a, b) => a - b);
      const b = m.baselines.sort((x, y) => x - y);
      return { month: new Date(key), n: v.length, median: quantile(v, 0.5), p10: quantile(v, 0.1), p90: quantile(v, 0.9), baseline: b.length ? quantile(b, 0.5) : null };
    });
}

/**
 * One trend per metric name, the most reported first (at most `maxCharts`; the names left out are
 * returned too). Values without a number or a time are not drawn.
 */
export function shapeTrends(metrics: readonly MetricRow[], options: { maxCharts?: number; maxPoints?: number } = {}): { trends: Trend[]; omitted: string[] } {
  const maxCharts = options.maxCharts ?? LIMITS.trendCharts;
  const maxPoints = options.maxPoints ?? LIMITS.trendPoints;
  const byName = new Map<string, MetricRow[]>();
  for (const m of metrics) {
    const list = byName.get(m.name);
    if (list) list.push(m);
    else byName.set(m.name, [m]);
  }
  // A metric none of whose values has a number and a time has nothing to draw: no chart (a chart of nothing failed).
  const drawable = (r: MetricRow) => toDate(r.time) !== null && r.value !== null && Number.isFinite(r.value);
  const names = [...byName.keys()].filter((n) => byName.get(n)!.some(drawable)).sort((a, b) => byName.get(b)!.length - byName.get(a)!.length || a.localeCompare(b));
  const trends = names.slice(0, maxCharts).map((metric) => {
    const rows = byName.get(metric)!;
    const points: TrendPoint[] = [];
    for (const r of rows) {
      const time = toDate(r.time);
      if (time === null || r.value === null || !drawable(r)) continue;
      points.push({ time, value: r.value, baseline: r.baseline !== null && Number.isFinite(r.baseline) ? r.baseline : null, experiment: r.experiment ?? '', path: r.path });
    }
    points.sort((a, b) => a.time.getTime() - b.time.getTime() || a.path.localeCompare(b.path));
    return {
      metric,
      unit: mostCommon(rows.map((r) => r.unit)),
      values: points.length,
      experiments: new Set(points.map((p) => p.experiment)).size,
      withBaseline: points.filter((p) => p.baseline !== null).length,
      points: points.length <= maxPoints ? points : null,
      bands: points.length <= maxPoints ? null : monthlyBands(points),
    };
  });
  return { trends, omitted: names.slice(maxCharts) };
}
