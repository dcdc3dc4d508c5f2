import type { DatabaseSync } from 'node:sqlite';
import { baselineRunSql } from '../db/baselineRule.ts';
import { RUNS } from './entities.ts';
import { whereFragment } from './listings.ts';
import { buildRunGrid, type GridMetricRow, type GridOptions, type GridRun, type ParameterValue, type RunGrid } from './runGrid.ts';
import type { BuiltQuery } from './runStatement.ts';
import { fill, frag, inList, joinFrags, type Frag } from './sqlFragment.ts';

/** Which runs: any of these experiments or files (none given: every run), and --where over runs. */
export interface RunSelection {
  experiments?: readonly string[];
  files?: readonly string[];
  where?: string;
  now?: Date;
}

function conditions(s: RunSelection): Frag {
  const conds: Frag[] = [];
  const any: Frag[] = [];
  if (s.experiments?.length) any.push(fill('r.experiment_id IN {}', inList([...s.experiments])));
  if (s.files?.length) any.push(fill('r.file_path IN {}', inList([...s.files])));
  if (any.length) conds.push(fill('({})', joinFrags(any, ' OR ')));
  if (s.where !== undefined) conds.push(whereFragment(s.where, RUNS, s.now ?? new Date()));
  return conds.length ? fill('WHERE {}', joinFrags(conds, ' AND ')) : frag('');
}

/** The runs, oldest first within each experiment. */
export function runsQuery(s: RunSelection): BuiltQuery {
  return fill(
    `SELECT r.run_id, r.experiment_id, r.title, r.file_path, r.created_at, r.status, r.baseline_experiment, r.parameters,
  r.baseline_experiment IS NOT NULL AND NOT EXISTS (SELECT 1 FROM files f WHERE f.experiment_id = r.baseline_experiment) AS baseline_missing
FROM report_runs r
{}
ORDER BY r.experiment_id, r.created_at, r.file_path`,
    conditions(s),
  );
}

/** Every metric value of those runs, with its baseline by the one rule (src/db/baselineRule.ts) and the baseline run's file. */
export function runMetricsQuery(s: RunSelection): BuiltQuery {
  return fill(
    `SELECT m.file_path, m.metric_name, m.metric_value, m.unit, m.baseline_declared IS NOT NULL AS declared,
  COALESCE(m.baseline_declared, ${baselineRunSql('m', 'b.metric_value')}) AS baseline_value,
  CASE WHEN m.baseline_declared IS NULL THEN ${baselineRunSql('m', 'b.file_path')} END AS baseline_file
FROM metric_values m
WHERE m.file_path IN (SELECT r.file_path FROM report_runs r {})
ORDER BY m.file_path, m.metric_id`,
    conditions(s),
  );
}

type Row = Record<string, unknown>;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function parameters(json: unknown): Record<string, ParameterValue> {
  if (typeof json !== 'string') return {};
  try {
    const o = JSON.parse(json) as Record<string, unknown>;
    const out = Object.create(null) as Record<string, ParameterValue>;
    for (const [k, v] of Object.entries(o)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    return out;
  } catch {
    return {};
  }
}

/** Reads the selected runs and their metrics. */
export function loadRuns(db: DatabaseSync, s: RunSelection): { runs: GridRun[]; rows: GridMetricRow[] } {
  const q = runsQuery(s);
  const runs = (db.prepare(q.sql).all(...q.params) as Row[]).map((r) => ({
    run: String(r.run_id),
    experiment: str(r.experiment_id),
    title: String(r.title),
    path: String(r.file_path),
    created: str(r.created_at),
    status: str(r.status),
    baselineExperiment: str(r.baseline_experiment),
    ...(Number(r.baseline_missing) === 1 ? { baselineMissing: true } : {}),
    parameters: parameters(r.parameters),
  }));
  if (runs.length === 0) return { runs, rows: [] };
  const m = runMetricsQuery(s);
  const rows = (db.prepare(m.sql).all(...m.params) as Row[]).map((r) => ({
    path: String(r.file_path),
    metric: String(r.metric_name),
    value: num(r.metric_value),
    unit: str(r.unit),
    baseline: num(r.baseline_value),
    declared: Number(r.declared) === 1,
    baselineFile: str(r.baseline_file),
  }));
  return { runs, rows };
}

/** The grid of the selected runs. `order` puts runs in that order of paths (those not named keep theirs, after). */
export function loadRunGrid(db: DatabaseSync, s: RunSelection, o: GridOptions = {}, order?: readonly string[]): RunGrid {
  const { runs, rows } = loadRuns(db, s);
  if (order) {
    const rank = new Map(order.map((p, i) => [p, i]));
    runs.sort((a, b) => (rank.get(a.path) ?? order.length) - (rank.get(b.path) ?? order.length));
  }
  return buildRunGrid(runs, rows, o);
}
