import type { DatabaseSync } from 'node:sqlite';
import type { EtkConfig } from '../config/loadConfig.ts';

/** One named query's result, as `etk query run` produces it. */
export interface NamedQueryResult {
  name: string;
  columns: string[];
  rows: Record<string, unknown>[];
}

/**
 * The steps of the index job that other modules provide: the named queries with their output
 * formats (src/query/) and the HTML report (src/report/). Tests pass their own.
 */
export interface IndexParts {
  runNamedQueries: (db: DatabaseSync, config: EtkConfig, now: Date) => NamedQueryResult[];
  formatRows: (result: { columns: string[]; rows: Record<string, unknown>[] }, format: 'json' | 'csv') => string;
  /** `linkBase`: what links to files start with (src/report/buildReport.ts's option of that name). */
  buildReport: (db: DatabaseSync, options: { generatedAt?: Date; linkBase?: string; grid?: { directions?: Readonly<Record<string, 'higher' | 'lower'>>; parameters?: readonly string[] | undefined } }) => string;
}

/** The parts of this build, loaded when the index job runs (the report's code stays out of the CLI's start-up). */
export async function indexParts(): Promise<IndexParts> {
  const [{ runNamedQueries }, { formatRows }, { buildReport }] = await Promise.all([
    import('../query/namedQueries.ts'),
    import('../query/output.ts'),
    import('../report/buildReport.ts'),
  ]);
  return {
    runNamedQueries: (db, config, now) => runNamedQueries(db, config, now),
    formatRows: (result, format) => formatRows(result, format),
    buildReport: (db, options) => buildReport(db, options),
  };
}
