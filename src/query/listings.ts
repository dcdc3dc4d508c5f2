import { UsageError } from '../errors.ts';
import { closest } from '../util/distance.ts';
import { ARTIFACTS, EXPERIMENTS, fieldOf, LATEST_METRIC_IDS, METRICS, type Entity } from './entities.ts';
import type { BuiltQuery } from './runStatement.ts';
import { fill, frag, inList, joinFrags, type Frag } from './sqlFragment.ts';
import { parseTimePoint, TimeSyntaxError } from './time.ts';
import { compileWhere } from './whereCompile.ts';
import { parseWhere, pointAt, WhereSyntaxError } from './whereParse.ts';

/**
 * The predefined listings (`etk query experiments|artifacts|metrics|tags`) as pure builders from
 * options to SQL with parameters. Nothing here touches a database, so `--show-sql` prints exactly
 * what would run and tests can check the SQL without one.
 */

export const LISTINGS = ['experiments', 'artifacts', 'metrics', 'tags'] as const;
export type Listing = (typeof LISTINGS)[number];

export interface ListOptions {
  /** The reference for relative times (7d) and 'today'. */
  now: Date;
  status?: string[];
  /** Every tag must be present (use --where "tags in (a, b)" for any). */
  tags?: string[];
  /** Experiment ids, already resolved against the index. */
  experiments?: string[];
  types?: string[];
  names?: string[];
  since?: string;
  until?: string;
  /** Created or updated within this time (artifacts). */
  recent?: string;
  /** Only each experiment's latest value of each metric (metrics). */
  latest?: boolean;
  where?: string;
  sort?: string;
  limit?: number;
  count?: boolean;
}

/** The filter keys a named query in etk.config.json may use, for each listing (also the CLI flags). */
export const LISTING_FILTERS: Record<Listing, readonly (keyof ListOptions)[]> = {
  experiments: ['status', 'tags', 'since', 'until', 'where', 'sort', 'limit', 'count'],
  artifacts: ['experiments', 'types', 'status', 'tags', 'recent', 'since', 'until', 'where', 'sort', 'limit', 'count'],
  metrics: ['experiments', 'names', 'tags', 'since', 'until', 'latest', 'where', 'sort', 'limit', 'count'],
  tags: ['experiments', 'types', 'limit'],
};

function time(flag: string, text: string, now: Date, bound: 'start' | 'end'): string {
  try {
    return parseTimePoint(text, now, bound);
  } catch (err) {
    if (err instanceof TimeSyntaxError) throw new UsageError(`etk query: --${flag} ${err.message}`);
    throw err;
  }
}

/** Parses and compiles --where, turning syntax errors into messages that point at the column. */
export function whereFragment(expr: string, entity: Entity, now: Date): Frag {
  try {
    return compileWhere(parseWhere(expr), entity, now);
  } catch (err) {
    if (err instanceof WhereSyntaxError) {
      throw new UsageError(`etk query: --where: ${err.message} (column ${err.column})\n${pointAt(expr, err.column)}`, 'see "The --where language" in the README or etk query --help');
    }
    throw err;
  }
}

function orderBy(entity: Entity, sort: string | undefined): string {
  if (sort === undefined) return entity.defaultOrder;
  const keys = sort.split(',').map((part) => {
    const m = /^\s*([A-Za-z_]+)(?::(asc|desc))?\s*$/i.exec(part);
    const field = m ? fieldOf(entity, m[1] as string) : undefined;
    if (!m || !field) {
      const name = m?.[1] ?? part.trim();
      const near = closest(name, Object.keys(entity.fields));
      throw new UsageError(`etk query: --sort: cannot sort ${entity.name} by "${part.trim()}"${near ? ` (did you mean "${near}"?)` : ''}`, `sort by one of ${Object.keys(entity.fields).join(', ')}, optionally with :desc`);
    }
    return `${field.sql}${m[2]?.toLowerCase() === 'desc' ? ' DESC' : ''}`;
  });
  return [...keys, entity.tiebreak].join(', ');
}

function common(entity: Entity, o: ListOptions, timeColumn: string): Frag[] {
  const conds: Frag[] = [];
  if (o.status?.length) conds.push(fill(`${entity.fields.status?.sql ?? 'NULL'} IN {}`, inList(o.status)));
  for (const tag of o.tags ?? []) conds.push(entity.tags(frag('t.tag_name = ? COLLATE NOCASE', tag)));
  if (o.since !== undefined) conds.push(frag(`${timeColumn} >= ?`, time('since', o.since, o.now, 'start')));
  if (o.until !== undefined) conds.push(frag(`${timeColumn} <= ?`, time('until', o.until, o.now, 'end')));
  if (o.where !== undefined) conds.push(whereFragment(o.where, entity, o.now));
  return conds;
}

function assemble(select: string, entity: Entity, conds: Frag[], o: ListOptions, groupBy = ''): BuiltQuery {
  const where = conds.length ? fill('\nWHERE {}', joinFrags(conds, '\n  AND ')) : frag('');
  if (o.count) {
    const inner = fill(`SELECT 1 FROM ${entity.from}{}${groupBy}`, where);
    return fill('SELECT COUNT(*) AS count FROM ({})', inner);
  }
  const limit = o.limit !== undefined ? frag('\nLIMIT ?', o.limit) : frag('');
  return fill(`SELECT ${select}\nFROM ${entity.from}{}${groupBy}\nORDER BY ${orderBy(entity, o.sort)}{}`, where, limit);
}

export function experimentsQuery(o: ListOptions): BuiltQuery {
  const select = `e.experiment_id, e.name, e.status, e.phase, e.created_at, e.updated_at,
  (SELECT COUNT(*) FROM artifacts x JOIN files f ON f.path = x.file_path WHERE x.experiment_id = e.experiment_id AND f.kind <> 'manifest') AS artifact_count,
  (SELECT group_concat(DISTINCT tag_name ORDER BY tag_name) FROM tags t WHERE t.experiment_id = e.experiment_id) AS tags,
  e.manifest_path`;
  return assemble(select, EXPERIMENTS, common(EXPERIMENTS, o, 'e.created_at'), o);
}

export function artifactsQuery(o: ListOptions): BuiltQuery {
  const conds = common(ARTIFACTS, o, 'a.created_at');
  if (o.experiments?.length) conds.unshift(fill('a.experiment_id IN {}', inList(o.experiments)));
  if (o.types?.length) conds.push(fill('a.type IN {}', inList(o.types)));
  if (o.recent !== undefined) conds.push(frag('COALESCE(a.updated_at, a.created_at) >= ?', time('recent', o.recent, o.now, 'start')));
  const select = 'a.artifact_id, a.declared_artifact_id, a.experiment_id, a.type, a.status, a.title, a.created_at, a.updated_at, a.file_path, a.errors, a.warnings';
  return assemble(select, ARTIFACTS, conds, o);
}

export function metricsQuery(o: ListOptions): BuiltQuery {
  const conds = common(METRICS, { ...o, status: [] }, 'm.timestamp');
  if (o.experiments?.length) conds.unshift(fill('m.experiment_id IN {}', inList(o.experiments)));
  if (o.names?.length) conds.push(fill('m.metric_name IN {}', inList(o.names)));
  if (o.latest) conds.push(frag(LATEST_METRIC_IDS));
  const select = `m.experiment_id, m.artifact_id, m.metric_name, m.metric_value, m.baseline_value,
  round(m.metric_value - m.baseline_value, 9) AS delta, m.unit, m.timestamp, m.baseline_experiment, m.file_path`;
  return assemble(select, METRICS, conds, o);
}

export function tagsQuery(o: ListOptions): BuiltQuery {
  const conds: Frag[] = [];
  if (o.experiments?.length) conds.push(fill('t.experiment_id IN {}', inList(o.experiments)));
  if (o.types?.length) conds.push(fill('t.file_path IN (SELECT file_path FROM artifacts WHERE type IN {})', inList(o.types)));
  const where = conds.length ? fill('\nWHERE {}', joinFrags(conds, ' AND ')) : frag('');
  const limit = o.limit !== undefined ? frag('\nLIMIT ?', o.limit) : frag('');
  return fill(
    `SELECT t.tag_name AS tag, COUNT(DISTINCT t.experiment_id) AS experiments,
  SUM(t.scope = 'artifact') AS artifacts, COUNT(*) AS uses
FROM tags t{}
GROUP BY t.tag_name
ORDER BY uses DESC, tag{}`,
    where,
    limit,
  );
}

export function listingQuery(listing: Listing, o: ListOptions): BuiltQuery {
  switch (listing) {
    case 'experiments':
      return experimentsQuery(o);
    case 'artifacts':
      return artifactsQuery(o);
    case 'metrics':
      return metricsQuery(o);
    case 'tags':
      return tagsQuery(o);
  }
}
