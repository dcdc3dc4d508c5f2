import type { FileResult } from '../artifacts/validateFile.ts';
import { rowsFor } from '../db/rows.ts';
import { metricDirection, metricVerdict, type MetricDirection, type MetricVerdict } from './metricVerdict.ts';

/** One metric of a changed report, against its baseline (as the index's `metrics` view computes it). */
export interface MetricComparison {
  file: string;
  metric: string;
  value: number | null;
  unit: string | null;
  baseline: number | null;
  /** Where the baseline value came from: the report's own `baseline` value, or the baseline experiment's latest report (its path). */
  baselineFrom: 'declared' | string | null;
  /** What the report declares for itself as a whole (`comparison`: improvement, regression, neutral). */
  comparison: string | null;
  /** Which way this metric is better (configured, else by its name). */
  direction: MetricDirection;
  /** This metric's verdict from its value, its baseline and its direction (null without both numbers). */
  verdict: MetricVerdict | null;
  /** The experiment the report compares with (`baseline`). */
  baselineExperiment: string | null;
}

export interface MetricRow {
  metric_name: string;
  metric_value: number | null;
  baseline_declared: number | null;
  unit: string | null;
  timestamp: string | null;
  baseline_experiment: string | null;
  file_path: string;
}

/** A report's metrics as the index's rows hold them (name, value, declared baseline, unit, time). */
export const metricRows = (r: FileResult) => rowsFor(r, '', [], '').metrics as unknown as MetricRow[];

/**
 * The metrics of the changed reports, each with its baseline: the value the report declares, else the
 * same metric in the baseline experiment's latest report (latest `created`, then the greatest path,
 * the order of the index's `metrics` view), never the report itself and, when the baseline experiment
 * is the report's own, only its earlier runs (src/db/baselineRule.ts). `reportsOf` gives an experiment's reports as parsed now.
 * Each metric's verdict comes from its own numbers and direction (`directions`: the config's), not
 * from the report's declared `comparison`, which is kept alongside.
 */
export function compareReportMetrics(changed: readonly FileResult[], reportsOf: (experimentId: string) => readonly FileResult[], directions: Readonly<Record<string, MetricDirection>> = {}): MetricComparison[] {
  // Each experiment's report rows, latest first (created, then path: the order of the index's views).
  const rowsCache = new Map<string, MetricRow[]>();
  const rowsOf = (experiment: string) => {
    let rows = rowsCache.get(experiment);
    if (!rows) {
      rows = reportsOf(experiment).filter((r) => r.data?.type === 'report').flatMap(metricRows);
      rows.sort((a, b) => ((a.timestamp ?? '') < (b.timestamp ?? '') ? 1 : (a.timestamp ?? '') > (b.timestamp ?? '') ? -1 : a.file_path < b.file_path ? 1 : a.file_path > b.file_path ? -1 : 0));
      rowsCache.set(experiment, rows);
    }
    return rows;
  };
  // The baseline rule (src/db/baselineRule.ts): never the report itself; in its own experiment, only runs before it.
  const baselineRow = (m: MetricRow, ownExperiment: string | null): MetricRow | undefined =>
    rowsOf(m.baseline_experiment!).find((b) => {
      if (b.metric_name !== m.metric_name || b.metric_value === null || b.file_path === m.file_path) return false;
      if (m.baseline_experiment !== ownExperiment) return true;
      const bt = b.timestamp ?? '';
      const mt = m.timestamp ?? '';
      return bt < mt || (bt === mt && b.file_path < m.file_path);
    });
  const out: MetricComparison[] = [];
  for (const r of [...changed].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (r.data?.type !== 'report') continue;
    const comparison = typeof r.data.comparison === 'string' ? r.data.comparison : null;
    for (const m of metricRows(r)) {
      let baseline = m.baseline_declared;
      let from: MetricComparison['baselineFrom'] = baseline !== null ? 'declared' : null;
      if (baseline === null && m.baseline_experiment !== null) {
        const b = baselineRow(m, r.placement.experimentDir ?? null);
        if (b) {
          baseline = b.metric_value;
          from = b.file_path;
        }
      }
      const direction = metricDirection(m.metric_name, directions);
      const verdict = metricVerdict(m.metric_value, baseline, direction);
      out.push({ file: r.path, metric: m.metric_name, value: m.metric_value, unit: m.unit, baseline, baselineFrom: from, comparison, direction, verdict, baselineExperiment: m.baseline_experiment });
    }
  }
  return out;
}
