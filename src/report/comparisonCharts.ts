import * as Plot from '@observablehq/plot';
import { compareParameterValues, runNumber, type ParameterValue, type RunGrid } from '../query/runGrid.ts';
import { draw, fmt, shorten } from './charts.ts';
import type { SafeHtml } from './html.ts';
import { GREY } from './palette.ts';

/**
 * The charts of a comparison section: one metric across an experiment's runs (a dot per run, best
 * first, joined to its baseline by a thin line), and a metric against a parameter (a sweep).
 */

interface RunPoint {
  key: string;
  label: string;
  param: ParameterValue | undefined;
  value: number;
  baseline: number | null;
  best: boolean;
}

/** The label of run i: its number and title, as the grid shows them. */
export const runLabel = (grid: RunGrid, i: number) => `#${runNumber(grid, i)} ${shorten(grid.runs[i]!.title, 30)}`;

/** How a chart of one metric across the runs orders them, and how many it draws at most. */
export interface RunChartOptions {
  /** Order the runs by this parameter (compareParameterValues) instead of by value. */
  orderBy: string | null;
  /** Draw at most this many runs: the best by the metric's direction. */
  maxRuns: number;
}

/** Which runs a metric's chart draws (at most `maxRuns`, the best by direction) and of how many with a value. */
export function runChartPoints(grid: RunGrid, j: number, o: RunChartOptions): { pts: RunPoint[]; of: number } {
  const metric = grid.metrics[j]!;
  const pts: RunPoint[] = [];
  grid.runs.forEach((r, i) => {
    const c = grid.cells[i]![j];
    if (!c || c.value === null || !Number.isFinite(c.value)) return;
    const param = o.orderBy === null ? undefined : r.parameters[o.orderBy];
    const label = o.orderBy === null ? runLabel(grid, i) : `${o.orderBy} = ${param === undefined ? '–' : shorten(String(param), 16)} · #${runNumber(grid, i)} ${shorten(r.title, 18)}`;
    pts.push({ key: String(i), label, param, value: c.value, baseline: c.baseline !== null && Number.isFinite(c.baseline) ? c.baseline : null, best: c.best });
  });
  const byValue = (a: RunPoint, b: RunPoint) => (metric.direction === 'higher' ? b.value - a.value : a.value - b.value) || Number(a.key) - Number(b.key);
  pts.sort(byValue);
  const of = pts.length;
  const kept = pts.slice(0, Math.max(1, o.maxRuns));
  if (o.orderBy !== null) kept.sort((a, b) => compareParameterValues(a.param, b.param) || byValue(a, b));
  return { pts: kept, of };
}

/**
 * Metric `j` across the runs, ordered by value (best first, by the metric's direction) or by a
 * parameter (`o.orderBy`): the value a dot in the experiment's colour (★ and bold on the best), the
 * baseline a hollow ring joined to it. At most `o.maxRuns` runs, the best.
 */
export function runMetricChart(grid: RunGrid, j: number, color: string, o: RunChartOptions = { orderBy: null, maxRuns: Infinity }): SafeHtml {
  const metric = grid.metrics[j]!;
  const { pts } = runChartPoints(grid, j, o);
  const labels = new Map(pts.map((p) => [p.key, p.label]));
  const longest = Math.max(8, ...pts.map((p) => p.label.length));
  const withBase = pts.filter((p) => p.baseline !== null);
  return draw({
    ariaLabel: o.orderBy === null ? `${metric.name} by run, ${metric.direction === 'higher' ? 'highest' : 'lowest'} first` : `${metric.name} by run, ordered by ${o.orderBy}`,
    width: 540,
    height: 48 + 30 * pts.length,
    marginLeft: Math.min(250, 10 + longest * 6.4),
    marginRight: 64,
    marginBottom: 34,
    x: { label: `${metric.name}${metric.unit ? ` (${metric.unit})` : ''} ${metric.direction === 'higher' ? '→ higher is better' : '← lower is better'}`, grid: true, nice: true, inset: 8 },
    y: { label: null, domain: pts.map((p) => p.key), tickFormat: (k: string) => labels.get(k) ?? k },
    marks: [
      Plot.link(withBase, { x1: 'baseline', x2: 'value', y1: 'key', y2: 'key', stroke: GREY, strokeWidth: 2 }),
      Plot.dot(withBase, { x: 'baseline', y: 'key', r: 4, stroke: 'currentColor', fill: 'none', title: (p: RunPoint) => `baseline ${fmt(p.baseline)}` }),
      Plot.dot(pts, { x: 'value', y: 'key', r: 5, fill: color, stroke: 'currentColor', strokeWidth: 0.6, title: (p: RunPoint) => `${p.label}: ${metric.name} = ${fmt(p.value)}${p.baseline !== null ? ` (baseline ${fmt(p.baseline)})` : ''}` }),
      // The number right of the dot, or above it when the baseline ring is there, so the two never overlap.
      ...[false, true].map((best) => {
        const these = pts.filter((p) => p.best === best);
        const left = (p: RunPoint) => p.baseline !== null && p.baseline > p.value;
        return [
          Plot.text(these.filter((p) => !left(p)), { x: 'value', y: 'key', text: (p: RunPoint) => `${fmt(p.value)}${best ? ' ★' : ''}`, dx: 9, textAnchor: 'start', fontWeight: best ? 'bold' : 'normal', fill: 'currentColor' }),
          Plot.text(these.filter(left), { x: 'value', y: 'key', text: (p: RunPoint) => `${fmt(p.value)}${best ? ' ★' : ''}`, dy: -11, textAnchor: 'middle', fontWeight: best ? 'bold' : 'normal', fill: 'currentColor' }),
        ];
      }).flat(),
    ],
  });
}

interface SweepPoint {
  x: number | string;
  y: number;
  series: string;
  title: string;
}

/**
 * Metric `j` against parameter `x`: a dot per run (a line through them when `x` is numeric), one
 * series per value of `by` (another varying parameter), each named at its end.
 */
export function sweepChart(grid: RunGrid, j: number, x: string, by: string | null, color: string): SafeHtml {
  const metric = grid.metrics[j]!;
  const pts: SweepPoint[] = [];
  grid.runs.forEach((r, i) => {
    const c = grid.cells[i]![j];
    const px = r.parameters[x];
    if (!c || c.value === null || !Number.isFinite(c.value) || px === undefined) return;
    const series = by === null ? '' : `${by} = ${String(r.parameters[by] ?? '–')}`;
    pts.push({ x: typeof px === 'boolean' ? String(px) : px, y: c.value, series, title: `${runLabel(grid, i)}\n${x} = ${String(px)}${series ? `, ${series}` : ''}\n${metric.name} = ${fmt(c.value)}` });
  });
  const numeric = pts.every((p) => typeof p.x === 'number');
  pts.sort((a, b) => (numeric ? (a.x as number) - (b.x as number) : 0));
  const order = [...new Set(pts.map((p) => String(p.x)))];
  // Several runs at one setting (repeats, seeds): the line goes through their median, not up and down through each.
  const groups = new Map<string, SweepPoint[]>();
  for (const p of pts) {
    const k = `${p.series}\u0000${String(p.x)}`;
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const line = [...groups.values()].map((g) => {
    const ys = g.map((p) => p.y).sort((a, b) => a - b);
    const mid = ys.length / 2;
    return { ...g[0]!, y: ys.length % 2 ? ys[Math.floor(mid)]! : (ys[mid - 1]! + ys[mid]!) / 2 };
  });
  const repeated = line.length < pts.length;
  const ends = [...new Set(line.map((p) => p.series))].filter((s) => s !== '').map((s) => line.filter((p) => p.series === s).at(-1)!);
  const longest = Math.max(0, ...ends.map((p) => p.series.length));
  return draw({
    ariaLabel: `${metric.name} against ${x}${repeated ? ', the line through the median of the runs at each setting' : ''}`,
    width: 540,
    height: 250,
    marginLeft: 56,
    marginRight: ends.length ? Math.min(150, 14 + longest * 6.6) : 20,
    marginBottom: 40,
    x: numeric ? { label: x, grid: true, ...(pts.every((p) => (p.x as number) > 0) && Math.max(...pts.map((p) => p.x as number)) / Math.min(...pts.map((p) => p.x as number)) >= 50 ? { type: 'log' as const, ticks: 5, tickFormat: (d: number) => fmt(d) } : {}) } : { type: 'point' as const, label: x, domain: order, padding: 0.5 },
    y: { label: `${metric.name}${metric.unit ? ` (${metric.unit})` : ''} ${metric.direction === 'higher' ? '↑ better' : '↓ better'}`, grid: true, nice: true, inset: 6 },
    marks: [
      ...(numeric ? [Plot.line(line, { x: 'x', y: 'y', z: 'series', stroke: color, strokeOpacity: 0.7 })] : []),
      Plot.dot(pts, { x: 'x', y: 'y', r: repeated ? 3 : 4.5, fill: color, fillOpacity: repeated ? 0.55 : 1, stroke: 'currentColor', strokeWidth: repeated ? 0.3 : 0.6, title: 'title' }),
      Plot.text(ends, { x: 'x', y: 'y', text: 'series', dx: 8, textAnchor: 'start', fill: 'currentColor' }),
    ],
  });
}
