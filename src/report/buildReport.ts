import type { DatabaseSync } from 'node:sqlite';
import { UsageError } from '../errors.ts';
import { experimentIds, matchExperimentId } from '../query/experimentIds.ts';
import { closest } from '../util/distance.ts';
import { loadReportData, type ReportData } from './loadReportData.ts';
import { renderExperiment } from './renderExperiment.ts';
import { renderIndex } from './renderIndex.ts';
import { shapeClientData } from './shapeClientData.ts';

export interface ReportOptions {
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
}

export interface RenderReportOptions {
  experiment?: string;
  generatedAt: Date;
  linkBase: string;
  /** Served by `etk dashboard`: reloads itself when rebuilt, links experiments to their pages. */
  live: boolean;
  /** Where another experiment's page is (live server), or null. */
  experimentLink?: (id: string) => string | null;
}

/**
 * The id given, exactly (a report names its experiment by its full id), or a UsageError that names
 * the experiment the shared matching rule finds for it, else the closest id.
 */
export function checkExperiment(db: DatabaseSync, id: string): string {
  const ids = experimentIds(db);
  const m = matchExperimentId(id, ids);
  if (m.kind === 'one' && m.exact) return m.id;
  const near = m.kind === 'one' ? m.id : closest(id, ids);
  throw new UsageError(
    `there is no experiment "${id}" in the index${near ? ` (did you mean "${near}"?)` : ''}`,
    ids.length === 0 ? 'the index has no experiments yet: run etk sync' : 'give the experiment id (the folder name), e.g. `etk dashboard --experiment ' + (near ?? ids[0]) + ' --report exp.html`',
  );
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
  const data = loadReportData(db, experiment !== undefined ? { experiment } : {});
  return renderReport(data, { generatedAt: options.generatedAt ?? new Date(), linkBase: options.linkBase ?? '', live: false });
}
