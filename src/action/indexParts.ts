import type { DatabaseSync } from 'node:sqlite';
import type { EtkConfig } from '../config/loadConfig.ts';

/** One named query's result, as `etk query` produces it. */
export interface NamedQueryResult {
  name: string;
  columns: string[];
  rows: Record<string, unknown>[];
}

/**
 * The two steps of the index job that other modules provide: the named queries with their output
 * formats (src/query/) and the HTML report (src/report/). A step that is null is not in this build
 * yet: the index job says so in its summary and publishes the rest. Tests pass their own.
 */
export interface IndexParts {
  runNamedQueries: ((db: DatabaseSync, config: EtkConfig) => NamedQueryResult[]) | null;
  formatRows: ((result: { columns: string[]; rows: Record<string, unknown>[] }, format: 'json' | 'csv') => string) | null;
  buildReport: ((db: DatabaseSync, options: { generatedAt?: Date }) => string) | null;
}

// The seam: wire src/query/namedQueries.ts (runNamedQueries), src/query/output.ts (formatRows) and
// src/report/buildReport.ts (buildReport) here.
export const INDEX_PARTS: IndexParts = {
  runNamedQueries: null,
  formatRows: null,
  buildReport: null,
};
