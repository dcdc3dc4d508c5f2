import { loadConfig } from '../config/loadConfig.ts';
import { openForRead } from '../db/openDb.ts';
import { UsageError } from '../errors.ts';
import { gridTable } from '../query/gridTable.ts';
import { gridResult } from '../query/runGrid.ts';
import { loadRunGrid, runMetricsQuery, runsQuery } from '../query/runs.ts';
import { resolveRunTargets } from '../query/runTargets.ts';
import { parse } from './args.ts';
import { DB_OPTION, dbPathFor } from './dbOption.ts';
import type { CliIO, Command } from './io.ts';
import { emitResult, OUTPUT_HELP, OUTPUT_OPTIONS, refuseOutputOverIndex, showSql } from './outputOptions.ts';
import { AS_OF_HELP, AS_OF_OPTION, indexToRead } from './asOfOption.ts';
import { SYNC_HELP, SYNC_OPTIONS } from './syncOption.ts';

const HELP = `Usage: etk compare <experiment|run>... [options]

Runs side by side: one row per run (every report is a run), its parameters (the report's own
frontmatter fields: backbone, lr ...; "parameters" in etk.config.json picks them), and per metric
the value, its delta against the run's baseline with ▲ better / ▼ worse by the metric's direction,
and ★ on the best value of each column. An experiment stands for all its runs; a run is a report's
path (from the repository top, the current folder or the experiments root) or a unique part of it.

A run's baseline: each metric's own declared baseline, else the same metric in the latest run of
the report's baseline experiment; never the run itself (when the baseline experiment is the run's
own, its latest earlier run). Directions: "metrics" in etk.config.json, else by name (latency,
loss, error ... lower is better; everything else higher).

Options:
  --metric M             only metric M (repeatable; in this order)
${OUTPUT_HELP}
  --show-sql             print the SQL and its parameters to stderr
${SYNC_HELP}
${AS_OF_HELP}
  --db PATH              use this database file instead of the configured one
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Examples:
  etk compare text_detection_backbone
  etk compare 20251027_143000 deformable-conv --metric hmean --metric latency_ms
  etk compare image_enhancements perspective_correction --format csv --output compare.csv
  etk compare text_detection_backbone --as-of v1.0`;

const OPTIONS = {
  ...DB_OPTION,
  ...OUTPUT_OPTIONS,
  metric: { type: 'string', multiple: true },
  'show-sql': { type: 'boolean' },
  ...SYNC_OPTIONS,
  ...AS_OF_OPTION,
} as const;

export const compareCommand: Command = {
  name: 'compare',
  summary: 'runs × metrics of experiments or reports: values, deltas against baselines, the best per metric',
  help: HELP,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('compare', argv, OPTIONS);
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('etk compare needs at least one experiment or report', 'etk compare <experiment|run>... (see etk compare --help)');
    const config = await loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configFile: values.config } : {}) });
    const dbPath = dbPathFor(config, io.cwd, values.db);
    refuseOutputOverIndex('compare', values, dbPath, io);
    const db = openForRead(await indexToRead('compare', values, config, dbPath, io));
    try {
      const targets = resolveRunTargets(db, positionals, { cwd: io.cwd, top: config.top });
      const selection = { experiments: targets.experiments, files: targets.files };
      if (values['show-sql']) {
        showSql(io, runsQuery(selection));
        showSql(io, runMetricsQuery(selection));
      }
      const metrics = values.metric as string[] | undefined;
      const grid = loadRunGrid(db, selection, { directions: config.metrics, parameters: config.parameters, metrics }, targets.order);
      if (metrics) {
        const missing = metrics.filter((m) => !grid.metrics.some((g) => g.name === m));
        if (missing.length) throw new UsageError(`etk compare: no run compared here reports ${missing.map((m) => `"${m}"`).join(', ')}`, 'see the metric names with etk compare and no --metric, or etk query metrics');
      }
      emitResult('compare', gridResult(grid), values, io, () => gridTable(grid, io.stdout.columns !== undefined ? { width: io.stdout.columns } : {}));
    } finally {
      db.close();
    }
    return 0;
  },
};
