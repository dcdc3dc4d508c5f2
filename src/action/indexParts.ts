import type { DatabaseSync } from 'node:sqlite';
import type { EtkConfig } from '../config/loadConfig.ts';
import { runNamedQueries } from '../query/namedQueries.ts';
import { formatRows } from '../query/output.ts';

/** One named query's result, as `etk query run` produces it. */
export interface NamedQueryResult {
  name: string;
  columns: string[];
  rows: Record<string, unknown>[];
}

/**
 * The steps of the index job that other modules provide: the named queries with their output
 * formats (src/query/) and the HTML report (src/report/). A step that is null is not in this build
 * yet: the index job says so in its summary and publishes the rest. Tests pass their own.
 */
export interface IndexParts {
  runNamedQueries: ((db: DatabaseSync, config: EtkConfig, now: Date) => NamedQueryResult[]) | null;
  formatRows: ((result: { columns: string[]; rows: Record<string, unknown>[] }, format: 'json' | 'csv') => string) | null;
  /** `linkBase`: what links to files start with (src/report/buildReport.ts's option of that name). */
  buildReport: ((db: DatabaseSync, options: { generatedAt?: Date; linkBase?: string }) => string) | null;
}

// The seam. Still to wire, once src/report/buildReport.ts (issue 6) is on main:
//   import { buildReport } from '../report/buildReport.ts';
//   buildReport: (db, options) => buildReport(db, options),
export const INDEX_PARTS: IndexParts = {
  runNamedQueries: (db, config, now) => runNamedQueries(db, config, now),
  formatRows: (result, format) => formatRows(result, format),
  buildReport: null,
};
