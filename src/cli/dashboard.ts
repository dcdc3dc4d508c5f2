import { dirname, relative, resolve, sep } from 'node:path';
import { loadConfig } from '../config/loadConfig.ts';
import { openForRead } from '../db/openDb.ts';
import { UsageError } from '../errors.ts';
import { intOption, parse } from './args.ts';
import { DB_OPTION, dbPathFor } from './dbOption.ts';
import type { CliIO, Command } from './io.ts';
import { indexToRead } from './asOfOption.ts';
import type { SemanticDiff } from '../history/semanticDiff.ts';
import { VERSION } from './version.ts';
import { writeOutputFile } from '../util/openOutputFile.ts';

const HELP = `Usage: etk dashboard [--report FILE] [--experiment ID] [--port N] [options]

The index as a web page: overview, timeline, metric trends against baselines, tag cloud,
compliance heatmap, and searchable, sortable tables. One self-contained HTML file, with no
request to any network: open it from disk or from a CI artifact.

  --report FILE         write the page to FILE (atomically) and exit; the index is first brought
                        up to date with the work tree (or built), as for etk query
  --experiment ID       that experiment's own page: its artifacts, metrics against baseline,
                        tags and problems
  (no --report)         serve the page on 127.0.0.1 and keep it current: a change of a Markdown
                        file under the experiments root syncs the index (as etk sync does) and
                        rebuilds the page; open pages reload themselves. Ctrl-C stops.
  --port N              the port to serve on (default 8765; 0 picks a free one)
  --no-sync             use the index as it is: serve what it holds (rebuilding the page when it
                        changes), or write the report from it, without syncing
  --as-of REV           with --report: the report as of a commit, tag or branch
  --since REV           with --report: a "Changes" section first, what changed since REV (a
                        release tag, say) in meaning: etk diff REV, as a page

Options:
  --db PATH             use this database file instead of the configured one
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Examples:
  etk dashboard --report report.html
  etk dashboard --report out/exp.html --experiment 20251217_024343_image_enhancements
  etk dashboard --port 8080
  etk dashboard --report changes.html --since v1.0
  etk dashboard --report v1.html --as-of v1.0
  etk sync --rev HEAD --db out/tracking.db && etk dashboard --db out/tracking.db --report out/report.html`;

export const DEFAULT_PORT = 8765;

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);


export const dashboardCommand: Command = {
  name: 'dashboard',
  summary: 'the index as an HTML report (--report FILE), or served live on localhost',
  help: HELP,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('dashboard', argv, {
      ...DB_OPTION,
      report: { type: 'string' },
      experiment: { type: 'string' },
      port: { type: 'string' },
      'no-sync': { type: 'boolean' },
      'as-of': { type: 'string' },
      since: { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`etk dashboard takes no arguments (found "${positionals.join(' ')}")`, 'write a file with --report FILE, or run it without arguments to serve the page');
    const report = values.report as string | undefined;
    if (report === '') throw new UsageError('etk dashboard: --report needs a file name', 'e.g. etk dashboard --report report.html');
    if (report !== undefined && values.port !== undefined) {
      throw new UsageError('etk dashboard: --port is for the live page; --report writes a file', 'drop --report to serve the page, or drop --port');
    }
    for (const flag of ['as-of', 'since'] as const) {
      if (values[flag] !== undefined && report === undefined) throw new UsageError(`etk dashboard: --${flag} needs --report FILE`, `the live page shows the work tree; to write a page: etk dashboard --report FILE --${flag} REV`);
      if (values[flag] === '') throw new UsageError(`etk dashboard: --${flag} needs a commit, tag or branch`, `e.g. --${flag} v1.0`);
    }
    const port = intOption('dashboard', 'port', values.port as string | undefined) ?? DEFAULT_PORT;
    if (port > 65535) throw new UsageError(`etk dashboard: --port must be at most 65535 (found ${port})`);
    // The live page waits for a root that does not exist yet (right after etk init).
    const config = await loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configFile: values.config as string } : {}), requireRoot: false });
    const dbPath = dbPathFor(config, io.cwd, values.db);
    const experiment = values.experiment as string | undefined;
    // The report library (charts, DOM) loads only here, so other commands start as fast as before.
    const { buildReport } = await import('../report/buildReport.ts');

    if (report !== undefined) {
      const started = performance.now();
      const file = resolve(io.cwd, report);
      // Links to the Markdown files: relative from the report's folder to the repository top.
      const up = relative(dirname(file), config.top ?? config.projectDir).split(sep).join('/');
      const readPath = await indexToRead('dashboard', values, config, dbPath, io);
      const since = values.since as string | undefined;
      let changes: SemanticDiff | undefined;
      if (since !== undefined) {
        const { diffRevisions } = await import('../history/diffRevisions.ts');
        const asOf = values['as-of'] as string | undefined;
        changes = await diffRevisions({ config, dbPath, etkVersion: VERSION, from: { rev: since }, to: asOf !== undefined ? { rev: asOf } : { worktree: true }, flag: '--since', warn: (s) => io.stderr.write(`etk dashboard: ${s}\n`) });
      }
      const db = openForRead(readPath);
      let html: string;
      try {
        html = buildReport(db, { ...(experiment !== undefined ? { experiment } : {}), linkBase: up === '' ? '' : `${up}/`, grid: { directions: config.metrics, parameters: config.parameters }, ...(changes ? { changes } : {}) });
      } finally {
        db.close();
      }
      writeOutputFile(file, html);
      io.stdout.write(`✔ ${relative(io.cwd, file) || file}: ${experiment !== undefined ? `the page of ${experiment}` : 'the report of the index'} (${size(Buffer.byteLength(html))}) in ${Math.round(performance.now() - started)} ms\n`);
      return 0;
    }

    if (experiment !== undefined) {
      throw new UsageError('etk dashboard: --experiment needs --report FILE', 'the live page links every experiment to its own page already; to write one: etk dashboard --experiment ID --report FILE');
    }
    const { startLiveDashboard } = await import('../report/liveServer.ts');
    let live;
    try {
      live = await startLiveDashboard({ config, dbPath, etkVersion: VERSION, port, sync: values['no-sync'] !== true, log: (line) => io.stderr.write(`etk dashboard: ${line}\n`) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`etk dashboard: port ${port} is in use`, 'choose another with --port N (--port 0 picks a free one)');
      throw err;
    }
    io.stdout.write(`etk dashboard: serving ${live.url} (Ctrl-C to stop)\n`);
    io.stderr.write(`etk dashboard: ${values['no-sync'] ? `watching ${relative(io.cwd, dbPath) || dbPath}` : `watching ${relative(io.cwd, config.rootAbs) || '.'} (syncing ${relative(io.cwd, dbPath) || dbPath})`}\n`);
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        done();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await live.close();
    return 0;
  },
};
