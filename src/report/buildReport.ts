import type { DatabaseSync } from 'node:sqlite';
import type { SemanticDiff } from '../history/semanticDiff.ts';
import { experimentIds, resolveExperimentId } from '../query/experimentIds.ts';
import { loadReportData, type ReportData, type ResultOptions } from './loadReportData.ts';
import { renderExperiment } from './renderExperiment.ts';
import { renderIndex } from './renderIndex.ts';
import { shapeClientData } from './shapeClientData.ts';

export interface ReportOptions extends ResultOptions {
  /** Build that experiment's own page instead of the whole index's report. */
  experiment?: string;
  /** The time the page says it was made (default: now); fixed, the output is byte-for-byte repeatable. */
  generatedAt?: Date;
  /**
   * What links to files start with: '' (default) for paths relative to the repository top, which
   * is right for a report written there; `../` for one in a sub-folder; a web address ending in `/`
   * (say, the repository's blob URL at the indexed commit) for a report published elsewhere.
   */
  linkBase?: string;
  /** What changed since a revision (etk diff's data): the report's "Changes" section. */
  changes?: SemanticDiff;
}

export interface RenderReportOptions {
  experiment?: string;
  generatedAt: Date;
  linkBase: string;
  /** Served by `etk dashboard`: reloads itself when rebuilt, links experiments to their pages. */
  live: boolean;
  /** Configured metric directions (etk.config.json `metrics`). */
  directions?: Readonly<Record<string, 'higher' | 'lower'>>;
  /** Where another experiment's page is (live server), or null. */
  experimentLink?: (id: string) => string | null;
  changes?: SemanticDiff;
}

/**
 * The experiment a typed id names, by the one matching rule `--experiment` follows everywhere (the id,
 * else a unique start, else a unique part), or a UsageError worded as theirs.
 */
export function checkExperiment(db: DatabaseSync, id: string): string {
  const ids = experimentIds(db);
  return resolveExperimentId(id, ids, { where: 'in the index', hint: ids.length === 0 ? 'the index has no experiments yet: run etk sync' : 'list them with etk query experiments; if it is new, run etk sync' });
}

/** The page for loaded data (the live server calls this with its own options). */
export function renderReport(data: ReportData, o: RenderReportOptions): string {
  const client = shapeClientData(data, { linkBase: o.linkBase });
  return data.experiment === null ? renderIndex(data, client, o) : renderExperiment(data, client, o);
}

/**
 * The complete, self-contained HTML report of an index (or of one experiment, with `experiment`):
 * charts drawn at build time, the data for search and tables embedded, one inline script, no
 * request to anything. Reads `db` only.
 */
export function buildReport(db: DatabaseSync, options: ReportOptions = {}): string {
  const experiment = options.experiment !== undefined ? checkExperiment(db, options.experiment) : undefined;
  const data = loadReportData(db, { ...(experiment !== undefined ? { experiment } : {}), ...(options.grid ? { grid: options.grid } : {}) });
  return renderReport(data, { generatedAt: options.generatedAt ?? new Date(), linkBase: options.linkBase ?? '', live: false, ...(options.grid?.directions ? { directions: options.grid.directions } : {}), ...(options.changes ? { changes: options.changes } : {}) });
}
