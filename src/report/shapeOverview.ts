import { LIMITS } from './limits.ts';
import type { ArtifactRow, ExperimentRow, ReportData } from './loadReportData.ts';

/** A count table: rows (e.g. types) by columns (e.g. statuses), with totals. */
export interface CrossTab {
  rows: string[];
  columns: string[];
  /** cells[row][column] */
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}

export const NONE = '(none)';

/** Known statuses first in their usual order, then any other (custom statuses), then (none). */
export function orderStatuses(values: Iterable<string>): string[] {
  const known = ['active', 'complete', 'deprecated'];
  const set = new Set(values);
  return [...known.filter((s) => set.has(s)), ...[...set].filter((s) => !known.includes(s) && s !== NONE).sort(), ...(set.has(NONE) ? [NONE] : [])];
}

/** Built-in types first in EDS order, then custom types, then (none). */
export function orderTypes(values: Iterable<string>): string[] {
  const known = ['experiment_manifest', 'assessment', 'report', 'guide', 'script'];
  const set = new Set(values);
  return [...known.filter((s) => set.has(s)), ...[...set].filter((s) => !known.includes(s) && s !== NONE).sort(), ...(set.has(NONE) ? [NONE] : [])];
}

export function crossTab<T>(items: readonly T[], row: (x: T) => string, column: (x: T) => string, order: { rows: (v: Iterable<string>) => string[]; columns: (v: Iterable<string>) => string[] }): CrossTab {
  const rows = order.rows(items.map(row));
  const columns = order.columns(items.map(column));
  const cells = rows.map(() => columns.map(() => 0));
  for (const x of items) cells[rows.indexOf(row(x))]![columns.indexOf(column(x))]!++;
  const rowTotals = cells.map((r) => r.reduce((a, b) => a + b, 0));
  const columnTotals = columns.map((_, j) => cells.reduce((a, r) => a + r[j]!, 0));
  return { rows, columns, cells, rowTotals, columnTotals, total: items.length };
}

export interface Overview {
  experiments: number;
  artifacts: number;
  reports: number;
  metricValues: number;
  tags: number;
  errors: number;
  warnings: number;
  unparsed: number;
  experimentsByStatus: CrossTab;
  artifactsByType: CrossTab;
  /** The most recently updated artifacts, newest first. */
  recent: ArtifactRow[];
  /** Experiment id -> name, for labels. */
  names: Map<string, string>;
}

const statusOf = (x: { status: string | null }) => x.status ?? NONE;

export function shapeOverview(data: ReportData): Overview {
  const recent = [...data.artifacts]
    .filter((a) => a.updatedAt !== null || a.createdAt !== null)
    .sort((a, b) => cmpDesc(a.updatedAt ?? a.createdAt, b.updatedAt ?? b.createdAt) || a.path.localeCompare(b.path))
    .slice(0, LIMITS.recent);
  return {
    experiments: data.experiments.length,
    artifacts: data.artifacts.length,
    reports: data.artifacts.filter((a) => a.type === 'report').length,
    metricValues: data.metrics.length,
    tags: data.tags.length,
    errors: data.problems.filter((p) => p.severity === 'error').length,
    warnings: data.problems.filter((p) => p.severity !== 'error').length,
    unparsed: data.artifacts.filter((a) => a.parseError !== null).length,
    experimentsByStatus: crossTab<ExperimentRow>(data.experiments, () => 'experiments', statusOf, { rows: (v) => [...new Set(v)], columns: orderStatuses }),
    artifactsByType: crossTab<ArtifactRow>(data.artifacts, (a) => a.type ?? NONE, statusOf, { rows: orderTypes, columns: orderStatuses }),
    recent,
    names: new Map(data.experiments.map((e) => [e.id, e.name])),
  };
}

/** Descending order of nullable sortable strings (nulls last). */
export function cmpDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** A UTC timestamp as the index stores it ('YYYY-MM-DD HH:MM:SS') to a Date, or null. */
export function toDate(value: string | null): Date | null {
  if (value === null) return null;
  const d = new Date(`${value.replace(' ', 'T')}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}
