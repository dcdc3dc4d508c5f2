import { metricDirection, metricVerdict, type MetricDirection, type MetricVerdict } from '../action/metricVerdict.ts';
import type { QueryResult } from './output.ts';

/**
 * The runs × metrics grid of `etk query runs`, `etk compare` and the report's comparison sections:
 * rows are runs (reports), columns their parameters and metrics; each cell holds the value, its
 * baseline (src/db/baselineRule.ts), the delta and its verdict by the metric's direction, and whether
 * it is the best value of the column. Pure: built from rows the loader read (src/query/runs.ts).
 */

export type ParameterValue = string | number | boolean;

export interface GridRun {
  /** The run's id: the report's path under the experiments root. */
  run: string;
  experiment: string | null;
  title: string;
  /** The report's path from the repository top. */
  path: string;
  /** UTC 'YYYY-MM-DD HH:MM:SS', or null when the report's created cannot be read. */
  created: string | null;
  status: string | null;
  baselineExperiment: string | null;
  /** True when the index has no experiment of that id (a typo, or one not synced). */
  baselineMissing?: boolean;
  parameters: Record<string, ParameterValue>;
}

export interface GridMetricRow {
  path: string;
  metric: string;
  value: number | null;
  unit: string | null;
  baseline: number | null;
  /** True when the report declares the baseline value itself. */
  declared: boolean;
  /** The baseline run's file, when the baseline comes from a run. */
  baselineFile: string | null;
}

export interface GridCell {
  value: number | null;
  baseline: number | null;
  declared: boolean;
  baselineFile: string | null;
  delta: number | null;
  verdict: MetricVerdict | null;
  /** The best value of its column (ties: every one), when at least two runs have a value. */
  best: boolean;
}

export interface GridMetric {
  name: string;
  unit: string | null;
  direction: MetricDirection;
  /** The best value of the column, or null when fewer than two runs have one. */
  best: number | null;
  /** Runs with a value. */
  count: number;
}

export interface RunGrid {
  runs: GridRun[];
  /** Parameter names shown, in order. */
  parameters: string[];
  metrics: GridMetric[];
  /** cells[run][metric], null where the run does not report the metric. */
  cells: (GridCell | null)[][];
  /** True when `parameters` came from the configuration (etk.config.json `parameters`), in its order. */
  parametersConfigured?: boolean;
  /** Earlier runs left out (latestRunsOf): run i is then run number skipped + i + 1 of its experiment, as `etk compare` numbers it. */
  skipped?: number;
}

/** The number a run is shown with: its place among every run of the grid it was cut from. */
export const runNumber = (grid: RunGrid, i: number) => (grid.skipped ?? 0) + i + 1;

export interface GridOptions {
  /** Configured directions (etk.config.json `metrics`); the others by name. */
  directions?: Readonly<Record<string, MetricDirection>>;
  /** Configured parameter names (etk.config.json `parameters`); undefined: every one the runs carry. */
  parameters?: readonly string[] | undefined;
  /** Only these metrics, in this order. */
  metrics?: readonly string[] | undefined;
}

/** value - baseline, rounded to 9 places as `etk query metrics` rounds its delta. */
export const gridDelta = (v: number | null, b: number | null): number | null => (v !== null && b !== null && Number.isFinite(v) && Number.isFinite(b) ? Math.round((v - b) * 1e9) / 1e9 : null);

export function buildRunGrid(runs: readonly GridRun[], rows: readonly GridMetricRow[], o: GridOptions = {}): RunGrid {
  const index = new Map(runs.map((r, i) => [r.path, i]));
  const names: string[] = [];
  const units = new Map<string, string | null>();
  const byRun = runs.map(() => new Map<string, GridMetricRow>());
  for (const row of rows) {
    const i = index.get(row.path);
    if (i === undefined) continue;
    if (!units.has(row.metric)) {
      names.push(row.metric);
      units.set(row.metric, row.unit);
    } else if (units.get(row.metric) === null && row.unit !== null) units.set(row.metric, row.unit);
    byRun[i]!.set(row.metric, row);
  }
  const shown = o.metrics ? o.metrics.filter((m) => units.has(m)) : names;
  const metrics: GridMetric[] = shown.map((name) => {
    const direction = metricDirection(name, o.directions);
    const values = byRun.map((m) => m.get(name)?.value).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    const best = values.length >= 2 ? (direction === 'higher' ? Math.max(...values) : Math.min(...values)) : null;
    return { name, unit: units.get(name) ?? null, direction, best, count: values.length };
  });
  const cells = byRun.map((m) =>
    metrics.map((metric) => {
      const r = m.get(metric.name);
      if (!r) return null;
      return {
        value: r.value,
        baseline: r.baseline,
        declared: r.declared,
        baselineFile: r.baselineFile,
        delta: gridDelta(r.value, r.baseline),
        verdict: metricVerdict(r.value, r.baseline, metric.direction),
        best: metric.best !== null && r.value === metric.best,
      };
    }),
  );
  const carried: string[] = [];
  for (const r of runs) for (const k of Object.keys(r.parameters)) if (!carried.includes(k)) carried.push(k);
  const parameters = o.parameters ? o.parameters.filter((p) => carried.includes(p)) : carried;
  return { runs: [...runs], parameters, metrics, cells, ...(o.parameters ? { parametersConfigured: true } : {}) };
}

/**
 * The grid of its latest `n` runs only (runs are oldest first): cells, each metric's best and count
 * recomputed over the runs kept, metrics and parameters none of them has dropped.
 */
export function latestRunsOf(grid: RunGrid, n: number): RunGrid {
  if (grid.runs.length <= n) return grid;
  const keep = grid.runs.length - n;
  const runs = grid.runs.slice(keep);
  const kept = grid.cells.slice(keep);
  const columns = grid.metrics.map((_, j) => j).filter((j) => kept.some((row) => row[j] != null));
  const metrics = columns.map((j) => {
    const m = grid.metrics[j]!;
    const values = kept.map((row) => row[j]?.value).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    const best = values.length >= 2 ? (m.direction === 'higher' ? Math.max(...values) : Math.min(...values)) : null;
    return { ...m, best, count: values.length };
  });
  const cells = kept.map((row) => columns.map((j, k) => {
    const c = row[j] ?? null;
    return c === null ? null : { ...c, best: metrics[k]!.best !== null && c.value === metrics[k]!.best };
  }));
  const parameters = grid.parameters.filter((p) => runs.some((r) => r.parameters[p] !== undefined));
  return { runs, parameters, metrics, cells, ...(grid.parametersConfigured ? { parametersConfigured: true } : {}), skipped: (grid.skipped ?? 0) + keep };
}

/**
 * The grid with only its `n` most reported metrics as columns (ties: the first reported), in their
 * order; the runs, their cells and each kept metric's best are unchanged.
 */
export function topMetricsOf(grid: RunGrid, n: number): RunGrid {
  if (grid.metrics.length <= n) return grid;
  const keep = grid.metrics
    .map((m, j) => ({ j, count: m.count }))
    .sort((a, b) => b.count - a.count || a.j - b.j)
    .slice(0, n)
    .map((k) => k.j)
    .sort((a, b) => a - b);
  return { ...grid, metrics: keep.map((j) => grid.metrics[j]!), cells: grid.cells.map((row) => keep.map((j) => row[j] ?? null)) };
}

/**
 * The parameter a comparison's charts order the runs by: the first configured parameter
 * (etk.config.json `parameters`) when the runs vary it, else the only parameter they vary; null when
 * none or several vary (the charts then order the runs by value).
 */
export function orderParameter(grid: RunGrid): string | null {
  const varying = varyingParameters(grid);
  const first = grid.parameters[0];
  if (grid.parametersConfigured && first !== undefined && varying.includes(first)) return first;
  return varying.length === 1 ? varying[0]! : null;
}

/** Compares two parameter values: numbers by value, then the others as text (numerals by value); missing last. */
export function compareParameterValues(a: ParameterValue | undefined, b: ParameterValue | undefined): number {
  if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number' || typeof b === 'number') return typeof a === 'number' ? -1 : 1;
  return String(a).localeCompare(String(b), 'en', { numeric: true });
}

/** Parameters whose value differs between the grid's runs (what a sweep varies). */
export function varyingParameters(grid: RunGrid): string[] {
  return grid.parameters.filter((p) => new Set(grid.runs.map((r) => JSON.stringify(r.parameters[p] ?? null))).size > 1);
}

/** The flat result for json, csv and ndjson: one row per run; per metric its value, baseline and Δ; then the metrics it is best at. */
export function gridResult(grid: RunGrid): QueryResult {
  const columns = ['experiment_id', 'title', 'created_at', ...grid.parameters.map((p) => `param.${p}`)];
  const fixed = ['best', 'baseline_experiment', 'file_path'];
  // A metric's columns are named after it unless that name is taken (a metric called `title`, `best`
  // or `hmean baseline`): then `metric.<name>`, so no column is written twice.
  const taken = new Set([...columns, ...fixed]);
  const metricColumns = grid.metrics.map((m) => {
    let name = m.name;
    while ([name, `${name} baseline`, `${name} Δ`].some((c) => taken.has(c))) name = `metric.${name}`;
    const cols = [name, `${name} baseline`, `${name} Δ`] as const;
    for (const c of cols) taken.add(c);
    return cols;
  });
  for (const cols of metricColumns) columns.push(...cols);
  columns.push(...fixed);
  const rows = grid.runs.map((r, i) => {
    // No prototype: the columns are metric and parameter names, whatever they are.
    const row = Object.create(null) as Record<string, unknown>;
    row.experiment_id = r.experiment;
    row.title = r.title;
    row.created_at = r.created;
    for (const p of grid.parameters) row[`param.${p}`] = r.parameters[p] ?? null;
    grid.metrics.forEach((_, j) => {
      const c = grid.cells[i]![j];
      const [value, baseline, delta] = metricColumns[j]!;
      row[value] = c?.value ?? null;
      row[baseline] = c?.baseline ?? null;
      row[delta] = c?.delta ?? null;
    });
    row.best = grid.metrics.filter((_, j) => grid.cells[i]![j]?.best).map((m) => m.name).join(', ') || null;
    row.baseline_experiment = r.baselineExperiment;
    row.file_path = r.path;
    return row;
  });
  return { columns, rows };
}
