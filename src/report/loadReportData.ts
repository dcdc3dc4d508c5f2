import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { buildRunGrid, latestRunsOf, type GridMetricRow, type GridOptions, type GridRun, type RunGrid } from '../query/runGrid.ts';
import { loadRunGrid, loadRuns } from '../query/runs.ts';
import { LIMITS } from './limits.ts';

/** What the index says about itself (etk_meta). */
export interface IndexInfo {
  /** worktree | index | rev */
  source: string | null;
  commit: string | null;
  dirty: boolean;
  syncedAt: string | null;
  etkVersion: string | null;
}

export interface ExperimentRow {
  id: string;
  name: string;
  description: string | null;
  status: string | null;
  /** From the merged metadata (state.json first), null when no source names one. */
  phase: string | null;
  /** Created and updated from the merged metadata (UTC 'YYYY-MM-DD HH:MM:SS'), null when no source has them. */
  createdAt: string | null;
  updatedAt: string | null;
  manifestPath: string | null;
  /** The metadata files the facts were merged from, best-ranked first. */
  metadataSources: string[];
  /** Its span: the manifest's created (else its first artifact's) to its latest update of any file. */
  start: string | null;
  end: string | null;
  artifacts: number;
  reports: number;
  errors: number;
  warnings: number;
  /** Tags of the manifest and of every artifact, sorted. */
  tags: string[];
}

export interface ArtifactRow {
  path: string;
  experiment: string | null;
  type: string | null;
  title: string;
  status: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  /** Problems recorded for the file, cross-file ones included. */
  errors: number;
  warnings: number;
  parseError: string | null;
  tags: string[];
}

export interface MetricRow {
  experiment: string | null;
  name: string;
  value: number | null;
  /** The effective baseline (the metrics view): the metric's own, else the baseline experiment's latest. */
  baseline: number | null;
  unit: string | null;
  time: string | null;
  path: string;
  baselineExperiment: string | null;
}

export interface ProblemRow {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  message: string;
  experiment: string | null;
}

export interface TagCount {
  tag: string;
  /** Files that carry it. */
  files: number;
  experiments: number;
}

export interface ReportData {
  index: IndexInfo;
  /** Set for an experiment's page: everything below is about that experiment only. */
  experiment: string | null;
  experiments: ExperimentRow[];
  artifacts: ArtifactRow[];
  /** Every metric value, oldest first. */
  metrics: MetricRow[];
  /** The latest value of each metric per experiment (the latest_metrics view). */
  latest: MetricRow[];
  problems: ProblemRow[];
  tags: TagCount[];
  /** Experiments the reports of `experiment` compare against, and those that compare against it. */
  baselines: { of: string[]; by: string[] };
  /**
   * Runs × metrics grids: on the index's report, those of the experiments with more than one run
   * with metrics (the most recent first, at most LIMITS.comparisons, each its latest
   * LIMITS.comparisonRuns runs); on an experiment's page, its own, every run.
   */
  comparisons: RunGrid[];
  /** Experiments with more than one run with metrics (the index's report shows the first LIMITS.comparisons). */
  comparable: number;
}

/** What the report needs from the configuration to judge results. */
export interface ResultOptions {
  grid?: Pick<GridOptions, 'directions' | 'parameters'>;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

type Row = Record<string, unknown>;

/**
 * Reads what the report shows from tracking.db (views `experiments`, `metrics`, `latest_metrics`,
 * `diagnostics`; tables `artifacts`, `tags`, `files`, `etk_meta`). Read-only; no shaping beyond
 * turning rows into typed records. With `experiment`, only that experiment's rows.
 */
export function loadReportData(db: DatabaseSync, options: { experiment?: string } & ResultOptions = {}): ReportData {
  const exp = options.experiment ?? null;
  const where = (column: string) => (exp === null ? '' : ` WHERE ${column} = ?`);
  const params: SQLInputValue[] = exp === null ? [] : [exp];
  const all = (sql: string): Row[] => db.prepare(sql).all(...params) as Row[];

  const meta = new Map((db.prepare('SELECT key, value FROM etk_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
  const index: IndexInfo = {
    source: meta.get('source') ?? null,
    commit: meta.get('commit') || null,
    dirty: meta.get('dirty') === '1',
    syncedAt: meta.get('synced_at') ?? null,
    etkVersion: meta.get('etk_version') ?? null,
  };

  // Per-file problem counts from the diagnostics view (cross-file findings included).
  const problemCounts = new Map<string, { errors: number; warnings: number }>();
  for (const r of all(`SELECT d.file, SUM(d.severity = 'error') AS errors, SUM(d.severity <> 'error') AS warnings FROM diagnostics d JOIN files f ON f.path = d.file${where('f.experiment_id')} GROUP BY d.file`)) {
    problemCounts.set(String(r.file), { errors: Number(r.errors), warnings: Number(r.warnings) });
  }

  const tagsByFile = new Map<string, string[]>();
  for (const r of all(`SELECT file_path, tag_name FROM tags${where('experiment_id')} ORDER BY file_path, tag_name`)) {
    const list = tagsByFile.get(String(r.file_path));
    if (list) list.push(String(r.tag_name));
    else tagsByFile.set(String(r.file_path), [String(r.tag_name)]);
  }

  const artifacts: ArtifactRow[] = all(
    `SELECT file_path, experiment_id, type, title, status, created_at, updated_at, parse_error FROM artifacts${where('experiment_id')} ORDER BY file_path`,
  ).map((r) => {
    const path = String(r.file_path);
    const p = problemCounts.get(path);
    return {
      path,
      experiment: str(r.experiment_id),
      type: str(r.type),
      title: String(r.title),
      status: str(r.status),
      createdAt: str(r.created_at),
      updatedAt: str(r.updated_at),
      errors: p?.errors ?? 0,
      warnings: p?.warnings ?? 0,
      parseError: str(r.parse_error),
      tags: tagsByFile.get(path) ?? [],
    };
  });

  // Per-experiment facts gathered from its artifacts.
  const byExp = new Map<string, { first: string | null; last: string | null; artifacts: number; reports: number; errors: number; warnings: number; tags: Set<string> }>();
  for (const a of artifacts) {
    if (a.experiment === null) continue;
    let e = byExp.get(a.experiment);
    if (!e) byExp.set(a.experiment, (e = { first: null, last: null, artifacts: 0, reports: 0, errors: 0, warnings: 0, tags: new Set() }));
    e.artifacts++;
    if (a.type === 'report') e.reports++;
    e.errors += a.errors;
    e.warnings += a.warnings;
    for (const t of a.tags) e.tags.add(t);
    if (a.createdAt !== null && (e.first === null || a.createdAt < e.first)) e.first = a.createdAt;
    const touched = a.updatedAt ?? a.createdAt;
    if (touched !== null && (e.last === null || touched > e.last)) e.last = touched;
  }
  const experiments: ExperimentRow[] = all(
    `SELECT experiment_id, name, description, status, phase, created_at, updated_at, manifest_path, metadata_sources FROM experiments${where('experiment_id')} ORDER BY experiment_id`,
  ).map((r) => {
    const id = String(r.experiment_id);
    const e = byExp.get(id);
    const createdAt = str(r.created_at);
    const updatedAt = str(r.updated_at);
    const start = createdAt ?? e?.first ?? null;
    const ends = [updatedAt, e?.last ?? null, start].filter((x): x is string => x !== null).sort();
    return {
      id,
      name: String(r.name),
      description: str(r.description),
      status: str(r.status),
      phase: str(r.phase),
      createdAt,
      updatedAt,
      manifestPath: str(r.manifest_path),
      metadataSources: str(r.metadata_sources)?.split(', ') ?? [],
      start,
      end: ends.at(-1) ?? null,
      artifacts: e?.artifacts ?? 0,
      reports: e?.reports ?? 0,
      errors: e?.errors ?? 0,
      warnings: e?.warnings ?? 0,
      tags: [...(e?.tags ?? [])].sort(),
    };
  });

  const metricRow = (r: Row): MetricRow => ({
    experiment: str(r.experiment_id),
    name: String(r.metric_name),
    value: num(r.metric_value),
    baseline: num(r.baseline_value),
    unit: str(r.unit),
    time: str(r.timestamp),
    path: String(r.file_path),
    baselineExperiment: str(r.baseline_experiment ?? null),
  });
  // An experiment's page reads its runs once: the grid, and its metric rows (the same baseline rule as
  // the metrics view, which would compute every baseline again, twice with latest_metrics).
  const own = exp === null ? null : loadRuns(db, { experiments: [exp] });
  const metrics = own !== null ? metricRowsOfRuns(own.runs, own.rows) : all(
    `SELECT experiment_id, metric_name, metric_value, baseline_value, unit, timestamp, file_path, baseline_experiment FROM metrics${where('experiment_id')} ORDER BY timestamp, file_path, metric_name`,
  ).map(metricRow);
  const latest = own !== null ? latestOf(metrics) : all(
    `SELECT experiment_id, metric_name, metric_value, baseline_value, unit, timestamp, file_path FROM latest_metrics${where('experiment_id')} ORDER BY experiment_id, metric_name`,
  ).map(metricRow);

  const problems: ProblemRow[] = all(
    `SELECT d.file, d.line, d."column" AS col, d.rule, d.severity, d.message, f.experiment_id FROM diagnostics d LEFT JOIN files f ON f.path = d.file${where('f.experiment_id')} ORDER BY d.severity = 'error' DESC, d.file, d.line, d."column", d.rule`,
  ).map((r) => ({
    file: String(r.file),
    line: Number(r.line),
    column: Number(r.col),
    rule: String(r.rule),
    severity: String(r.severity),
    message: String(r.message),
    experiment: str(r.experiment_id),
  }));

  const tags: TagCount[] = all(
    `SELECT tag_name, COUNT(*) AS files, COUNT(DISTINCT experiment_id) AS experiments FROM tags${where('experiment_id')} GROUP BY tag_name ORDER BY files DESC, tag_name`,
  ).map((r) => ({ tag: String(r.tag_name), files: Number(r.files), experiments: Number(r.experiments) }));

  const baselines = { of: [] as string[], by: [] as string[] };
  if (exp !== null) {
    baselines.of = (db.prepare('SELECT DISTINCT baseline FROM artifacts WHERE experiment_id = ? AND baseline IS NOT NULL ORDER BY 1').all(exp) as Row[]).map((r) => String(r.baseline));
    baselines.by = (db.prepare('SELECT DISTINCT experiment_id FROM artifacts WHERE baseline = ? AND experiment_id IS NOT NULL AND experiment_id <> ? ORDER BY 1').all(exp, exp) as Row[]).map((r) => String(r.experiment_id));
  }

  const gridOptions = options.grid ?? {};
  let comparisons: RunGrid[];
  let comparable: number;
  if (own !== null) {
    comparisons = [buildRunGrid(own.runs, own.rows, gridOptions)];
    comparable = comparisons[0]!.runs.filter((_, i) => comparisons[0]!.cells[i]!.some((c) => c !== null)).length > 1 ? 1 : 0;
  } else {
    const multi = db.prepare('SELECT experiment_id, MAX(created_at) AS last FROM report_runs WHERE metric_count > 0 AND experiment_id IS NOT NULL GROUP BY experiment_id HAVING COUNT(*) > 1 ORDER BY last IS NULL, last DESC, experiment_id').all() as Row[];
    comparable = multi.length;
    comparisons = multi.slice(0, LIMITS.comparisons).map((r) => {
      // The latest runs, their bests recomputed: a best among older runs would mark none of these.
      return latestRunsOf(loadRunGrid(db, { experiments: [String(r.experiment_id)] }, gridOptions), LIMITS.comparisonRuns);
    });
  }

  return { index, experiment: exp, experiments, artifacts, metrics, latest, problems, tags, baselines, comparisons, comparable };
}


const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The metrics view's rows of these runs (oldest first, then by path and name), from the grid's rows. */
export function metricRowsOfRuns(runs: readonly GridRun[], rows: readonly GridMetricRow[]): MetricRow[] {
  const byPath = new Map(runs.map((r) => [r.path, r]));
  const out: MetricRow[] = [];
  for (const row of rows) {
    const run = byPath.get(row.path);
    if (!run) continue;
    out.push({ experiment: run.experiment, name: row.metric, value: row.value, baseline: row.baseline, unit: row.unit, time: run.created, path: row.path, baselineExperiment: run.baselineExperiment });
  }
  // SQLite's order: NULL times first, then text by code unit (BINARY).
  return out.sort((a, b) => (a.time === b.time ? 0 : a.time === null ? -1 : b.time === null ? 1 : cmp(a.time, b.time)) || cmp(a.path, b.path) || cmp(a.name, b.name));
}

/** The latest_metrics view over such rows: per experiment and metric, the row of the latest time, then the greatest path. */
export function latestOf(metrics: readonly MetricRow[]): MetricRow[] {
  const last = new Map<string, MetricRow>();
  for (const m of metrics) last.set(`${m.experiment ?? ''}\u0000${m.name}`, m);
  return [...last.values()].map((m) => ({ ...m, baselineExperiment: null })).sort((a, b) => cmp(a.experiment ?? '', b.experiment ?? '') || cmp(a.name, b.name));
}
