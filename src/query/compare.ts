import type { DatabaseSync } from 'node:sqlite';
import { LATEST_METRIC } from './entities.ts';
import type { QueryResult } from './output.ts';
import type { BuiltQuery } from './runStatement.ts';
import { fill, inList } from './sqlFragment.ts';

/**
 * `etk query compare A B ... [--baseline X]`: each metric's latest value per experiment, side by
 * side, with the delta of each experiment against the baseline. The baseline is --baseline when
 * given, else the first experiment named; with a single experiment and no --baseline, each metric's
 * own baseline value (declared, or the latest value in the report's baseline experiment).
 */

export function compareQuery(ids: readonly string[]): BuiltQuery {
  return fill(
    `SELECT m.experiment_id, m.metric_name, m.metric_value, m.baseline_value, m.unit
FROM metrics m
WHERE m.experiment_id IN {} AND ${LATEST_METRIC}
ORDER BY m.metric_name, m.experiment_id`,
    inList(ids),
  );
}

interface LatestRow {
  experiment_id: string;
  metric_name: string;
  metric_value: number | null;
  baseline_value: number | null;
  unit: string | null;
}

const delta = (v: number | null | undefined, b: number | null | undefined) => (typeof v === 'number' && typeof b === 'number' ? Math.round((v - b) * 1e9) / 1e9 : null);

/** Pivots latest values into one row per metric. Pure, for tests. */
export function pivotCompare(rows: readonly LatestRow[], ids: readonly string[], baseline: string | null): QueryResult {
  const shown = baseline !== null && !ids.includes(baseline) ? [baseline, ...ids] : [...ids];
  const own = baseline === null && ids.length === 1;
  const columns = ['metric', 'unit', ...shown];
  const others = own ? shown : shown.filter((id) => id !== (baseline ?? shown[0]));
  if (own) columns.splice(2, 0, 'baseline');
  columns.push(...others.map((id) => `${id} Δ`));
  const byMetric = new Map<string, Map<string, LatestRow>>();
  for (const r of rows) {
    let m = byMetric.get(r.metric_name);
    if (!m) byMetric.set(r.metric_name, (m = new Map()));
    m.set(r.experiment_id, r);
  }
  const base = baseline ?? shown[0];
  const out = [...byMetric.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([metric, values]) => {
      // No prototype: the columns are experiment ids, whatever they are named.
      const row = Object.assign(Object.create(null) as Record<string, unknown>, { metric, unit: [...values.values()].find((v) => v.unit !== null)?.unit ?? null });
      for (const id of shown) row[id] = values.get(id)?.metric_value ?? null;
      if (own) {
        const only = values.get(shown[0] as string);
        row.baseline = only?.baseline_value ?? null;
        row[`${shown[0]} Δ`] = delta(only?.metric_value, only?.baseline_value);
      } else {
        const b = values.get(base as string)?.metric_value;
        for (const id of others) row[`${id} Δ`] = delta(values.get(id)?.metric_value, b);
      }
      return row;
    });
  return { columns, rows: out };
}

export function runCompare(db: DatabaseSync, ids: readonly string[], baseline: string | null): QueryResult {
  const all = baseline !== null && !ids.includes(baseline) ? [baseline, ...ids] : [...ids];
  const q = compareQuery(all);
  const rows = db.prepare(q.sql).all(...q.params) as unknown as LatestRow[];
  return pivotCompare(rows, ids, baseline);
}
