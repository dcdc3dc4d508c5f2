import { fill, frag, type Frag } from './sqlFragment.ts';

/**
 * What each listing queries, and the fields `--where` and `--sort` may name on it. Scalar fields map
 * to an SQL expression over the entity's alias; `tags`, `metrics.<name>` and `fm.<key>` are built by
 * the compiler from the hooks below.
 */
export type ScalarKind = 'text' | 'time' | 'number';
export interface ScalarField {
  kind: ScalarKind;
  sql: string;
}

export type MetricPart = 'value' | 'baseline' | 'delta';
export const METRIC_PART_SQL: Record<MetricPart, string> = {
  value: 'm.metric_value',
  baseline: 'm.baseline_value',
  delta: 'round(m.metric_value - m.baseline_value, 9)',
};

/** A metrics-view row `m` is its experiment's latest value of that metric (the latest_metrics view's order). */
export const LATEST_METRIC = `NOT EXISTS (SELECT 1 FROM metric_values l
    WHERE l.experiment_id IS m.experiment_id AND l.metric_name = m.metric_name
      AND (COALESCE(l.timestamp, '') > COALESCE(m.timestamp, '')
        OR (COALESCE(l.timestamp, '') = COALESCE(m.timestamp, '') AND l.file_path > m.file_path)))`;

/**
 * The same rows for a whole listing at once: one grouped pass over the metric index picks each
 * (experiment, metric)'s latest row (timestamps are fixed-width text, so the concatenation orders by
 * time, then path). Several times cheaper than LATEST_METRIC row by row when most rows are wanted.
 */
export const LATEST_METRIC_IDS = `m.metric_id IN (SELECT metric_id FROM (
    SELECT metric_id, max(COALESCE(timestamp, '') || char(1) || file_path) FROM metric_values GROUP BY experiment_id, metric_name))`;

/** The field a person named, looked up among the entity's own fields only (never `constructor`, `__proto__`...). */
export function fieldOf(entity: Pick<Entity, 'fields'>, name: string): ScalarField | undefined {
  return Object.hasOwn(entity.fields, name) ? entity.fields[name] : undefined;
}

export interface Entity {
  name: 'experiments' | 'artifacts' | 'metrics' | 'runs';
  /** `FROM ...` with the alias the fields use. */
  from: string;
  fields: Record<string, ScalarField>;
  /** Membership test of the row's tags: `cond` is over `t.tag_name`. */
  tags(cond: Frag): Frag;
  /** A metric condition (`cond` over the metrics view `m`), or null when the entity has no metrics.<name>. */
  metric: ((name: string, cond: Frag) => Frag) | null;
  /** SQL giving the row's frontmatter JSON. */
  frontmatter: string;
  /** Deterministic default order. */
  defaultOrder: string;
  /** Appended to any --sort so equal keys still come in one order. */
  tiebreak: string;
}

const time = (sql: string): ScalarField => ({ kind: 'time', sql });
const text = (sql: string): ScalarField => ({ kind: 'text', sql });
const num = (sql: string): ScalarField => ({ kind: 'number', sql });

export const EXPERIMENTS: Entity = {
  name: 'experiments',
  from: 'experiments e',
  fields: {
    id: text('e.experiment_id'),
    experiment_id: text('e.experiment_id'),
    name: text('e.name'),
    description: text('e.description'),
    status: text('e.status'),
    phase: text('e.phase'),
    created: time('e.created_at'),
    updated: time('e.updated_at'),
    artifacts: num('(SELECT COUNT(*) FROM artifacts x WHERE x.experiment_id = e.experiment_id)'),
    path: text('e.manifest_path'),
  },
  tags: (cond) => fill('EXISTS (SELECT 1 FROM tags t WHERE t.experiment_id = e.experiment_id AND {})', cond),
  metric: (name, cond) => fill(`EXISTS (SELECT 1 FROM metrics m WHERE m.experiment_id = e.experiment_id AND m.metric_name = {} AND ${LATEST_METRIC} AND {})`, frag('?', name), cond),
  frontmatter: 'e.frontmatter',
  defaultOrder: 'e.created_at DESC, e.experiment_id',
  tiebreak: 'e.experiment_id',
};

const provenance = (column: string) => `(SELECT p.${column} FROM provenance p WHERE p.path = a.file_path)`;

export const ARTIFACTS: Entity = {
  name: 'artifacts',
  from: 'artifacts a',
  fields: {
    id: text('a.artifact_id'),
    artifact_id: text('a.artifact_id'),
    declared_id: text('a.declared_artifact_id'),
    declared_artifact_id: text('a.declared_artifact_id'),
    experiment: text('a.experiment_id'),
    experiment_id: text('a.experiment_id'),
    type: text('a.type'),
    status: text('a.status'),
    title: text('a.title'),
    path: text('a.file_path'),
    created: time('a.created_at'),
    updated: time('a.updated_at'),
    errors: num('a.errors'),
    warnings: num('a.warnings'),
    baseline: text('a.baseline'),
    // Provenance: the first and last commit that changed the file (NULL when unknown: a shallow clone, not committed).
    changed_by: text(provenance('last_author')),
    changed: time(`datetime(${provenance('last_date')})`),
    changed_commit: text(provenance('last_commit')),
    added_by: text(provenance('first_author')),
    added: time(`datetime(${provenance('first_date')})`),
    added_commit: text(provenance('first_commit')),
  },
  tags: (cond) => fill('EXISTS (SELECT 1 FROM tags t WHERE t.file_path = a.file_path AND {})', cond),
  metric: (name, cond) => fill('EXISTS (SELECT 1 FROM metrics m WHERE m.file_path = a.file_path AND m.metric_name = {} AND {})', frag('?', name), cond),
  frontmatter: 'a.frontmatter',
  defaultOrder: 'a.created_at DESC, a.file_path',
  tiebreak: 'a.file_path',
};

export const METRICS: Entity = {
  name: 'metrics',
  from: 'metrics m',
  fields: {
    name: text('m.metric_name'),
    metric_name: text('m.metric_name'),
    value: num('m.metric_value'),
    baseline: num('m.baseline_value'),
    delta: num(METRIC_PART_SQL.delta),
    unit: text('m.unit'),
    experiment: text('m.experiment_id'),
    experiment_id: text('m.experiment_id'),
    artifact: text('m.artifact_id'),
    artifact_id: text('m.artifact_id'),
    baseline_experiment: text('m.baseline_experiment'),
    created: time('m.timestamp'),
    timestamp: time('m.timestamp'),
    path: text('m.file_path'),
  },
  tags: (cond) => fill('EXISTS (SELECT 1 FROM tags t WHERE t.file_path = m.file_path AND {})', cond),
  metric: null,
  frontmatter: '(SELECT x.frontmatter FROM artifacts x WHERE x.file_path = m.file_path)',
  defaultOrder: 'm.experiment_id, m.metric_name, m.timestamp, m.file_path',
  tiebreak: 'm.file_path, m.metric_name',
};

/** Runs (the `report_runs` view: every report), for `etk query runs` and `etk compare`. */
export const RUNS: Entity = {
  name: 'runs',
  from: 'report_runs r',
  fields: {
    run: text('r.run_id'),
    run_id: text('r.run_id'),
    experiment: text('r.experiment_id'),
    experiment_id: text('r.experiment_id'),
    title: text('r.title'),
    status: text('r.status'),
    path: text('r.file_path'),
    created: time('r.created_at'),
    baseline: text('r.baseline_experiment'),
    baseline_experiment: text('r.baseline_experiment'),
  },
  tags: (cond) => fill('EXISTS (SELECT 1 FROM tags t WHERE t.file_path = r.file_path AND {})', cond),
  metric: (name, cond) => fill('EXISTS (SELECT 1 FROM metrics m WHERE m.file_path = r.file_path AND m.metric_name = {} AND {})', frag('?', name), cond),
  frontmatter: '(SELECT x.frontmatter FROM artifacts x WHERE x.file_path = r.file_path)',
  defaultOrder: 'r.experiment_id, r.created_at, r.file_path',
  tiebreak: 'r.file_path',
};
