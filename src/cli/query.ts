import type { DatabaseSync } from 'node:sqlite';
import { loadConfig } from '../config/loadConfig.ts';
import { openForRead } from '../db/openDb.ts';
import { UsageError } from '../errors.ts';
import { runCompare, compareQuery } from '../query/compare.ts';
import { resolveExperimentIds } from '../query/experimentIds.ts';
import { LISTING_FILTERS, LISTINGS, listingQuery, type Listing, type ListOptions } from '../query/listings.ts';
import { findNamedQuery, namedQueries, namedQuerySql } from '../query/namedQueries.ts';
import { DEFAULT_TIMEOUT_SECONDS, runBoundedQuery } from '../query/runBoundedQuery.ts';
import { runStatement, type BuiltQuery } from '../query/runStatement.ts';
import { gridTable } from '../query/gridTable.ts';
import { gridResult } from '../query/runGrid.ts';
import { loadRunGrid, runMetricsQuery, runsQuery } from '../query/runs.ts';
import { closest } from '../util/distance.ts';
import { intOption, parse } from './args.ts';
import { DB_OPTION, dbPathFor } from './dbOption.ts';
import type { CliIO, Command } from './io.ts';
import { SYNC_HELP, SYNC_OPTIONS } from './syncOption.ts';
import { AS_OF_HELP, AS_OF_OPTION, indexToRead } from './asOfOption.ts';
import { emitResult, emitStream, OUTPUT_HELP, OUTPUT_OPTIONS, refuseOutputOverIndex, showSql } from './outputOptions.ts';

const HELP = `Usage: etk query <what> [options]

  experiments            one row per experiment: status, dates, artifact count, tags
  artifacts              one row per artifact (manifests included)
  metrics                report metrics with their baseline value and delta
  tags                   tag counts over experiments and artifacts
  runs                   runs × metrics: one row per report with its parameters and, per metric,
                         value, baseline and Δ (the grid of etk compare; --metric picks metrics)
  compare <id> <id>...   metrics side by side, with deltas against --baseline (default: the
                         first id; with one id, each metric's own baseline)
  sql "<SELECT ...>"     one read-only SQL statement over the index (see the README's schema)
  run [<name>]           a named query (built in, or "queries" in etk.config.json); no name: list them

Filters (experiments, artifacts, metrics; repeat a flag for several values):
  --status S             status is S (several: any of them)
  --tag T                carries tag T (several: all of them)
  --experiment ID        in experiment ID (an id, or a unique start or part of one)
  --type T               artifact type (artifacts, tags)
  --name M               metric name (metrics)
  --metric M             runs: only metric M (several: in this order)
  --since WHEN           created at or after WHEN: 7d, 24h, 2w, today, 2025-01-31, ISO time
  --until WHEN           created at or before WHEN (a date means the end of that day)
  --recent WHEN          created or updated since WHEN (artifacts)
  --latest               only each experiment's latest value of each metric (metrics)
  --where EXPR           an expression, e.g. "status = active and (metrics.accuracy > 0.9 or tags
                         contains ocr)"; fields: status, type, created, updated, tags,
                         metrics.<name>[.baseline|.delta], fm.<frontmatter key>, and more (README)
  --sort FIELD[:desc]    order by a field (several: comma-separated)
  --limit N              at most N rows
  --count                print the number of rows only

Output and more:
${OUTPUT_HELP}
  --baseline ID          the experiment compare measures deltas against
  --timeout SECONDS      sql and run: stop a query after this long (default ${DEFAULT_TIMEOUT_SECONDS}; 0: no
                         limit); it exits 2 and says so. Rows stream out as they come
  --show-sql             print the SQL and its parameters to stderr before the result
${SYNC_HELP}
${AS_OF_HELP}
  --db PATH              use this database file instead of the configured one
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Examples:
  etk query experiments --status active
  etk query experiments --as-of v1.0 --status complete
  etk query artifacts --where "changed_by = 'kim' and changed > 30d"
  etk query experiments --tag perspective-correction --since 30d
  etk query artifacts --recent 7d --type report
  etk query metrics --experiment 20251027_143000 --output metrics.csv
  etk query experiments --where "metrics.hmean.delta > 0 and not status = deprecated"
  etk query compare 20251008_101500 20251027_143000
  etk query runs --experiment text_detection_backbone --where "metrics.hmean > 0.9" --metric hmean
  etk query sql "SELECT experiment_id, name FROM experiments WHERE status = 'active'"
  etk query run problems --format csv`;

const SUBCOMMANDS = [...LISTINGS, 'runs', 'compare', 'sql', 'run'] as const;

/** CLI flag -> ListOptions key, for the flags a named query may also set. */
const FLAG_OF: Partial<Record<keyof ListOptions, string>> = {
  status: 'status', tags: 'tag', experiments: 'experiment', types: 'type', names: 'name', since: 'since', until: 'until',
  recent: 'recent', latest: 'latest', where: 'where', sort: 'sort', limit: 'limit', count: 'count',
};

const OPTIONS = {
  ...DB_OPTION,
  ...OUTPUT_OPTIONS,
  status: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  experiment: { type: 'string', multiple: true },
  type: { type: 'string', multiple: true },
  name: { type: 'string', multiple: true },
  metric: { type: 'string', multiple: true },
  since: { type: 'string' },
  until: { type: 'string' },
  recent: { type: 'string' },
  latest: { type: 'boolean' },
  where: { type: 'string' },
  sort: { type: 'string' },
  limit: { type: 'string' },
  count: { type: 'boolean' },
  baseline: { type: 'string' },
  'show-sql': { type: 'boolean' },
  ...SYNC_OPTIONS,
  ...AS_OF_OPTION,
  timeout: { type: 'string' },
} as const;

type Values = Record<string, unknown>;

/** Refuses flags that mean nothing for this subcommand rather than silently ignoring them. */
function checkFlags(sub: string, values: Values, allowed: readonly string[]): void {
  const general = ['db', 'config', 'format', 'output', 'show-sql', 'sync', 'no-sync', 'as-of', 'help'];
  for (const [flag, v] of Object.entries(values)) {
    if (v === undefined || general.includes(flag) || allowed.includes(flag)) continue;
    throw new UsageError(`etk query ${sub}: --${flag} does not apply here`, allowed.length ? `etk query ${sub} takes ${allowed.map((f) => `--${f}`).join(', ')}` : 'see etk query --help');
  }
}

function listOptions(db: DatabaseSync, values: Values, now: Date): ListOptions {
  const o: ListOptions = { now };
  const strings = (k: string) => values[k] as string[] | undefined;
  if (strings('status')) o.status = strings('status') as string[];
  if (strings('tag')) o.tags = strings('tag') as string[];
  if (strings('type')) o.types = strings('type') as string[];
  if (strings('name')) o.names = strings('name') as string[];
  if (strings('experiment')) o.experiments = resolveExperimentIds(db, strings('experiment') as string[]);
  for (const k of ['since', 'until', 'recent', 'where', 'sort'] as const) if (values[k] !== undefined) o[k] = values[k] as string;
  if (values.latest) o.latest = true;
  if (values.count) o.count = true;
  const limit = intOption('query', 'limit', values.limit as string | undefined);
  if (limit !== undefined) o.limit = limit;
  return o;
}

/** --timeout SECONDS (whole or decimal; 0: no limit). */
function timeoutOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS;
  if (!/^\d+(\.\d+)?$/.test(value)) throw new UsageError(`etk query: --timeout must be a number of seconds (found "${value}")`, `e.g. --timeout 120; 0 means no limit (default ${DEFAULT_TIMEOUT_SECONDS})`);
  return Number(value);
}

function onlyArgs(sub: string, args: string[], n: number, what: string): void {
  if (args.length > n) throw new UsageError(`etk query ${sub}: unexpected argument "${args[n]}"`, `${what}; quote an SQL statement or a --where expression as one argument`);
}

export const queryCommand: Command = {
  name: 'query',
  summary: 'list experiments, artifacts, metrics and tags; compare metrics; read-only SQL; named queries',
  help: HELP,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('query', argv, OPTIONS);
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const [sub, ...args] = positionals;
    if (sub === undefined || !(SUBCOMMANDS as readonly string[]).includes(sub)) {
      const near = sub === undefined ? undefined : closest(sub, SUBCOMMANDS);
      throw new UsageError(
        sub === undefined ? 'etk query needs what to list: experiments, artifacts, metrics, tags, runs, compare, sql or run' : `etk query: unknown subcommand "${sub}"${near ? ` (did you mean "${near}"?)` : ''}`,
        'see etk query --help',
      );
    }
    const config = await loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configFile: values.config } : {}) });
    const now = new Date();
    const indexPath = dbPathFor(config, io.cwd, values.db);
    refuseOutputOverIndex('query', values, indexPath, io);
    // Listing the named queries needs no index.
    // A snapshot walks git log for provenance only for questions that may read it.
    const provenance = sub === 'sql' || sub === 'run' || [values.where, values.sort].some((v) => typeof v === 'string' && /\b(changed|added)(_by|_commit)?\b/.test(v));
    const dbPath = sub === 'run' && args.length === 0 ? indexPath : await indexToRead('query', values, config, indexPath, io, provenance);
    const open = () => openForRead(dbPath);

    if (sub === 'sql') {
      checkFlags(sub, values, ['timeout']);
      if (args.length === 0) throw new UsageError('etk query sql needs a statement', 'etk query sql "SELECT * FROM experiments"');
      onlyArgs(sub, args, 1, 'etk query sql takes one statement');
      const timeoutSeconds = timeoutOption(values.timeout as string | undefined);
      await emitStream('query sql', values, io, (sink) => runBoundedQuery({ command: 'query sql', dbPath, sql: args[0] as string, params: [], userSql: true }, { timeoutSeconds, ...sink }));
      return 0;
    }

    if (sub === 'run') {
      checkFlags(sub, values, ['timeout']);
      onlyArgs(sub, args, 1, 'etk query run takes one name');
      const name = args[0];
      if (name === undefined) {
        const rows = namedQueries(config).map((q) => ({ name: q.name, origin: q.origin, description: q.description }));
        emitResult('query run', { columns: ['name', 'origin', 'description'], rows }, values, io);
        return 0;
      }
      const info = findNamedQuery(config, name);
      const timeoutSeconds = timeoutOption(values.timeout as string | undefined);
      let query: BuiltQuery;
      const db = open();
      try {
        query = namedQuerySql(db, info, now);
      } finally {
        db.close();
      }
      if (values['show-sql']) showSql(io, query);
      try {
        await emitStream('query run', values, io, (sink) => runBoundedQuery({ command: 'query run', dbPath, ...query, userSql: 'sql' in info.spec }, { timeoutSeconds, ...sink }));
      } catch (err) {
        if (err instanceof UsageError) throw new UsageError(`named query "${name}": ${err.message.replace(/^etk [a-z ]+: /, '')}`, err.hint);
        throw err;
      }
      return 0;
    }

    if (sub === 'runs') {
      checkFlags(sub, values, ['experiment', 'where', 'metric']);
      onlyArgs(sub, args, 0, 'etk query runs takes options only');
      const db = open();
      try {
        const selection = {
          experiments: resolveExperimentIds(db, (values.experiment as string[] | undefined) ?? []),
          ...(values.where !== undefined ? { where: values.where as string } : {}),
          now,
        };
        if (values['show-sql']) {
          showSql(io, runsQuery(selection));
          showSql(io, runMetricsQuery(selection));
        }
        const metrics = values.metric as string[] | undefined;
        const grid = loadRunGrid(db, selection, { directions: config.metrics, parameters: config.parameters, metrics });
        // As etk compare: a --metric none of the runs reports is a typo, not an empty column.
        const missing = grid.runs.length === 0 ? [] : (metrics ?? []).filter((m) => !grid.metrics.some((g) => g.name === m));
        if (missing.length) throw new UsageError(`etk query runs: no run listed here reports ${missing.map((m) => `"${m}"`).join(', ')}`, 'see the metric names with etk query runs and no --metric, or etk query metrics');
        emitResult('query runs', gridResult(grid), values, io, () => gridTable(grid, io.stdout.columns !== undefined ? { width: io.stdout.columns } : {}));
      } finally {
        db.close();
      }
      return 0;
    }

    if (sub === 'compare') {
      checkFlags(sub, values, ['baseline']);
      if (args.length === 0) throw new UsageError('etk query compare needs at least one experiment id', 'etk query compare <experiment> [<experiment>...] [--baseline ID]');
      const db = open();
      try {
        // The same experiment named twice (or by an id and its prefix) is one column.
        const ids = [...new Set(resolveExperimentIds(db, args))];
        const baseline = values.baseline !== undefined ? (resolveExperimentIds(db, [values.baseline as string])[0] as string) : null;
        if (values['show-sql']) showSql(io, compareQuery(baseline !== null && !ids.includes(baseline) ? [baseline, ...ids] : ids));
        emitResult('query compare', runCompare(db, ids, baseline), values, io);
      } finally {
        db.close();
      }
      return 0;
    }

    const listing = sub as Listing;
    onlyArgs(sub, args, 0, `etk query ${sub} takes options only`);
    checkFlags(sub, values, LISTING_FILTERS[listing].map((k) => FLAG_OF[k] as string));
    const db = open();
    try {
      const query = listingQuery(listing, listOptions(db, values, now));
      if (values['show-sql']) showSql(io, query);
      emitResult(`query ${sub}`, runStatement(db, query), values, io);
    } finally {
      db.close();
    }
    return 0;
  },
};
