import type { DatabaseSync } from 'node:sqlite';

/** One experiment's row in the `etk status` table. */
export interface StatusRow {
  experiment_id: string;
  status: string | null;
  phase: string | null;
  updated: string | null;
  artifacts: number;
  errors: number;
  warnings: number;
  name: string;
}

export const STATUS_COLUMNS: (keyof StatusRow)[] = ['experiment_id', 'status', 'phase', 'updated', 'artifacts', 'errors', 'warnings', 'name'];

/** Every experiment, most recently updated first: status and phase (merged metadata), `updated` as written, artifacts (README.md and metadata files not counted), problems. */
export function statusRows(db: DatabaseSync): StatusRow[] {
  return db
    .prepare(
      `WITH counts AS (
         SELECT experiment_id, SUM(kind NOT IN ('manifest', 'metadata')) AS artifacts FROM files WHERE experiment_id IS NOT NULL GROUP BY experiment_id
       ), problems AS (
         SELECT f.experiment_id, SUM(d.severity = 'error') AS errors, SUM(d.severity = 'warning') AS warnings
         FROM file_diagnostics d JOIN files f ON f.path = d.file_path WHERE f.experiment_id IS NOT NULL GROUP BY f.experiment_id
       )
       SELECT e.experiment_id, e.status, e.phase, COALESCE(e.updated, e.updated_at) AS updated,
              COALESCE(c.artifacts, 0) AS artifacts, COALESCE(p.errors, 0) AS errors, COALESCE(p.warnings, 0) AS warnings, e.name
       FROM experiments e LEFT JOIN counts c USING (experiment_id) LEFT JOIN problems p USING (experiment_id)
       ORDER BY e.updated_at IS NULL, e.updated_at DESC, e.experiment_id DESC`,
    )
    .all() as unknown as StatusRow[];
}

export interface MetricStatus {
  name: string;
  value: number | null;
  baseline: number | null;
  /** value - baseline, when both are known. */
  change: number | null;
  /** change relative to the baseline, in percent (null when the baseline is 0 or unknown). */
  change_pct: number | null;
  unit: string | null;
  /** The report it comes from, and its created time (UTC). */
  file: string;
  at: string | null;
}

export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  rule: string;
  message: string;
}

export interface ExperimentStatus {
  experiment_id: string;
  name: string;
  description: string | null;
  status: string | null;
  phase: string | null;
  /** As written in the metadata source it comes from (with its offset). */
  created: string | null;
  updated: string | null;
  /** The latest `updated` of any of its files (UTC, as the index stores it). */
  last_activity: string | null;
  manifest: string | null;
  /** The metadata files its facts were merged from, best-ranked first (see experimentMetadata.ts). */
  metadata_sources: string[];
  tags: string[];
  artifacts: { total: number; by_type: Record<string, number> };
  metrics: MetricStatus[];
  problems: { errors: number; warnings: number; items: Problem[] };
}

const round = (n: number, digits = 6) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Everything `etk status <id>` shows about one experiment (the id must exist in the index). */
export function experimentStatus(db: DatabaseSync, id: string): ExperimentStatus {
  const e = db.prepare('SELECT name, description, status, phase, created, updated, manifest_path, metadata_sources FROM experiments WHERE experiment_id = ?').get(id) as
    | { name: string; description: string | null; status: string | null; phase: string | null; created: string | null; updated: string | null; manifest_path: string | null; metadata_sources: string | null }
    | undefined;
  const byType = db.prepare("SELECT COALESCE(a.type, '(unparsed)') AS type, COUNT(*) AS n FROM files f JOIN artifacts a ON a.file_path = f.path WHERE f.experiment_id = ? AND f.kind NOT IN ('manifest', 'metadata') GROUP BY 1 ORDER BY 2 DESC, 1").all(id) as { type: string; n: number }[];
  const activity = db.prepare('SELECT MAX(a.updated_at) AS at FROM artifacts a JOIN files f ON f.path = a.file_path WHERE f.experiment_id = ?').get(id) as { at: string | null };
  const tags = (db.prepare("SELECT tag_name FROM tags WHERE experiment_id = ? AND scope = 'experiment' ORDER BY tag_id").all(id) as { tag_name: string }[]).map((r) => r.tag_name);
  const metrics = (db.prepare('SELECT metric_name, metric_value, baseline_value, unit, file_path, timestamp FROM latest_metrics WHERE experiment_id = ? ORDER BY metric_name').all(id) as {
    metric_name: string;
    metric_value: number | null;
    baseline_value: number | null;
    unit: string | null;
    file_path: string;
    timestamp: string | null;
  }[]).map((m): MetricStatus => {
    const change = m.metric_value !== null && m.baseline_value !== null ? round(m.metric_value - m.baseline_value) : null;
    return {
      name: m.metric_name,
      value: m.metric_value,
      baseline: m.baseline_value,
      change,
      change_pct: change !== null && m.baseline_value ? round((change / Math.abs(m.baseline_value)) * 100, 2) : null,
      unit: m.unit,
      file: m.file_path,
      at: m.timestamp,
    };
  });
  const items = db
    .prepare(`SELECT d.file_path AS file, d.line, d."column" AS "column", d.severity, d.rule, d.message FROM file_diagnostics d JOIN files f ON f.path = d.file_path WHERE f.experiment_id = ? ORDER BY d.severity = 'warning', d.file_path, d.line, d."column"`)
    .all(id) as unknown as Problem[];
  return {
    experiment_id: id,
    name: e?.name ?? id,
    description: e?.description ?? null,
    status: e?.status ?? null,
    phase: e?.phase ?? null,
    created: e?.created ?? null,
    updated: e?.updated ?? null,
    last_activity: activity.at,
    manifest: e?.manifest_path ?? null,
    metadata_sources: e?.metadata_sources ? e.metadata_sources.split(', ') : [],
    tags,
    artifacts: { total: byType.reduce((n, r) => n + Number(r.n), 0), by_type: Object.fromEntries(byType.map((r) => [r.type, Number(r.n)])) },
    metrics,
    problems: { errors: items.filter((p) => p.severity === 'error').length, warnings: items.filter((p) => p.severity === 'warning').length, items },
  };
}
