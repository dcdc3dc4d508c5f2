import type { DatabaseSync } from 'node:sqlite';
import type { EtkConfig, NamedQuerySpec } from '../config/loadConfig.ts';
import { UsageError } from '../errors.ts';
import { closest } from '../util/distance.ts';
import { resolveExperimentIds } from './experimentIds.ts';
import { listingQuery, type ListOptions } from './listings.ts';
import type { QueryResult } from './output.ts';
import { runReadOnlySql } from './readOnlySql.ts';
import { runStatement, type BuiltQuery } from './runStatement.ts';

/**
 * Named queries: `etk query run <name>`, and what CI publishes (one JSON and one CSV file each).
 * A few are built in; etk.config.json's "queries" adds more or replaces a built-in of the same name.
 */
export const BUILTIN_QUERIES: Record<string, NamedQuerySpec> = {
  active: { description: 'experiments with status active', from: 'experiments', status: 'active' },
  recent: { description: 'artifacts created or updated in the last 7 days', from: 'artifacts', recent: '7d' },
  'most-active': {
    description: 'experiments with the most artifacts created or updated in the last 30 days',
    sql: `WITH activity AS (
  SELECT a.experiment_id, COUNT(*) AS artifacts_30d, MAX(COALESCE(a.updated_at, a.created_at)) AS last_activity
  FROM artifacts a
  WHERE a.experiment_id IS NOT NULL AND COALESCE(a.updated_at, a.created_at) >= datetime('now', '-30 days')
  GROUP BY a.experiment_id)
SELECT e.experiment_id, e.name, e.status, activity.artifacts_30d, activity.last_activity
FROM activity JOIN experiments e ON e.experiment_id = activity.experiment_id
ORDER BY activity.artifacts_30d DESC, activity.last_activity DESC, e.experiment_id
LIMIT 20`,
  },
  tags: { description: 'tags by use over experiments and artifacts', from: 'tags' },
  'latest-metrics': { description: "each experiment's latest value of each metric, against its baseline", from: 'metrics', latest: true },
  problems: {
    description: 'every validation problem recorded in the index',
    sql: `SELECT file, line, "column", rule, severity, message, hint FROM diagnostics
ORDER BY severity = 'warning', file, line, "column", rule`,
  },
};

export interface NamedQueryInfo {
  name: string;
  description: string;
  origin: 'built-in' | 'config';
  spec: NamedQuerySpec;
}

export function namedQueries(config: Pick<EtkConfig, 'queries'>): NamedQueryInfo[] {
  const all = new Map<string, NamedQueryInfo>();
  for (const [name, spec] of Object.entries(BUILTIN_QUERIES)) all.set(name, { name, description: spec.description ?? '', origin: 'built-in', spec });
  for (const [name, spec] of Object.entries(config.queries)) all.set(name, { name, description: spec.description ?? '', origin: 'config', spec });
  return [...all.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

const list = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/** A listing spec's filters as ListOptions (experiment ids resolved against the index). */
export function listOptionsOf(db: DatabaseSync, spec: Exclude<NamedQuerySpec, { sql: string }>, now: Date): ListOptions {
  const o: ListOptions = { now };
  const set = <K extends keyof ListOptions>(k: K, v: ListOptions[K] | undefined) => {
    if (v !== undefined) o[k] = v;
  };
  set('status', list(spec.status));
  set('tags', list(spec.tag));
  set('types', list(spec.type));
  set('names', list(spec.name));
  set('experiments', spec.experiment !== undefined ? resolveExperimentIds(db, list(spec.experiment) as string[]) : undefined);
  set('since', spec.since);
  set('until', spec.until);
  set('recent', spec.recent);
  set('latest', spec.latest);
  set('where', spec.where);
  set('sort', spec.sort);
  set('limit', spec.limit);
  return o;
}

/** The SQL a named query runs (for --show-sql), or null for a raw-SQL one (its text is the SQL). */
export function namedQuerySql(db: DatabaseSync, info: NamedQueryInfo, now: Date): BuiltQuery {
  if ('sql' in info.spec) return { sql: info.spec.sql, params: [] };
  return listingQuery(info.spec.from, listOptionsOf(db, info.spec, now));
}

export function findNamedQuery(config: Pick<EtkConfig, 'queries'>, name: string): NamedQueryInfo {
  const all = namedQueries(config);
  const found = all.find((q) => q.name === name);
  if (found) return found;
  const near = closest(name, all.map((q) => q.name));
  throw new UsageError(`no named query "${name}"${near ? ` (did you mean "${near}"?)` : ''}`, `named queries: ${all.map((q) => q.name).join(', ')} (add your own under "queries" in etk.config.json)`);
}

function withName<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof UsageError) throw new UsageError(`named query "${name}": ${err.message.replace(/^etk [a-z ]+: /, '')}`, err.hint);
    throw err;
  }
}

export function runNamedQuery(db: DatabaseSync, config: Pick<EtkConfig, 'queries'>, name: string, now = new Date()): QueryResult {
  const info = findNamedQuery(config, name);
  return withName(name, () => ('sql' in info.spec ? runReadOnlySql(db, info.spec.sql) : runStatement(db, namedQuerySql(db, info, now))));
}

/** Every named query, in name order (what CI publishes). */
export function runNamedQueries(db: DatabaseSync, config: Pick<EtkConfig, 'queries'>, now = new Date()): Array<{ name: string } & QueryResult> {
  return namedQueries(config).map((q) => ({ name: q.name, ...runNamedQuery(db, config, q.name, now) }));
}
