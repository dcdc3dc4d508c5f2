import { relative, resolve } from 'node:path';
import { loadConfig } from '../config/loadConfig.ts';
import { openForRead } from '../db/openDb.ts';
import { UsageError } from '../errors.ts';
import { resolveExperimentIds } from '../query/experimentIds.ts';
import { experimentStatus, STATUS_COLUMNS, statusRows } from '../status/experimentStatus.ts';
import { freshness, type Freshness } from '../status/freshness.ts';
import { renderExperimentStatus } from '../status/renderStatus.ts';
import { parse } from './args.ts';
import { DB_OPTION, dbPathFor } from './dbOption.ts';
import type { CliIO, Command } from './io.ts';
import { currentIndex, SYNC_HELP, SYNC_OPTIONS } from './syncOption.ts';
import { AS_OF_HELP, AS_OF_OPTION, indexToRead } from './asOfOption.ts';
import { emitResult, OUTPUT_HELP, OUTPUT_OPTIONS, outputFormat } from './outputOptions.ts';
import { writeOutputFile } from '../util/openOutputFile.ts';

const HELP = `Usage: etk status [experiment_id] [options]

Where experiments stand, from the index (tracking.db).
  etk status        one line per experiment, most recently updated first: status, updated,
                    artifacts, errors, warnings, name
  etk status <id>   one experiment (its id, or a unique start or part of one): status, dates, tags,
                    artifact counts by type, the latest value of each metric against its
                    baseline, and the open problems etk validate reports

The index is first brought up to date with the work tree (or built); with --no-sync etk answers
from it as it is and says on stderr how many files changed since the last sync.

Options:
${OUTPUT_HELP}
                         (one experiment: table or json)
${SYNC_HELP}
${AS_OF_HELP}
  --db PATH              use this database file instead of the configured one
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Examples:
  etk status
  etk status 20251027_143000_perspective_correction
  etk status 20251027_143000 --format json
  etk status --as-of v1.0
  etk status --no-sync --format csv --output status.csv`;

function behindNote(f: Freshness): string | null {
  if (f.pending === null || f.pending === 0) return null;
  const what = f.source === 'index' ? "git's index" : 'the work tree';
  return `etk status: the index is behind ${what} by ${f.pending} file${f.pending === 1 ? '' : 's'} (last sync ${f.syncedAt ?? 'unknown'}); run etk sync, or etk status without --no-sync\n`;
}

export const statusCommand: Command = {
  name: 'status',
  summary: 'where experiments stand: status, dates, artifacts, latest metrics, open problems',
  help: HELP,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('status', argv, { ...DB_OPTION, ...OUTPUT_OPTIONS, ...SYNC_OPTIONS, ...AS_OF_OPTION });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`etk status: one experiment at a time (found ${positionals.length})`, 'etk status with no id lists them all');
    const config = await loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configFile: values.config as string } : {}) });
    const indexPath = dbPathFor(config, io.cwd, values.db);
    const format = outputFormat('status', values, io);
    const asOf = values['as-of'] !== undefined;
    const current = asOf ? 'current' : await currentIndex('status', values, config, indexPath, io);
    const dbPath = asOf ? await indexToRead('status', values, config, indexPath, io) : indexPath;
    let db;
    try {
      db = openForRead(dbPath);
    } catch (err) {
      if (err instanceof Error && /there is no index/.test(err.message)) throw new UsageError(`etk status reads the index, and there is none at ${relative(io.cwd, dbPath) || dbPath} yet`, 'build it with etk sync');
      throw err;
    }
    try {
      // Checked and brought up to date just now (or said stale already): no second look at git.
      const fresh = current === null ? freshness(db, config) : { ...freshness(db, { ...config, top: null }), pending: current === 'stale' || current === 'unchecked' ? null : 0 };
      const note = behindNote(fresh);
      if (note) io.stderr.write(note);
      if (positionals[0] === undefined) {
        const rows = statusRows(db);
        if (rows.length === 0 && format === 'table') {
          io.stdout.write(`no experiments in the index yet: create one with etk new experiment "<name>"${note ? '' : ', or run etk sync'}\n`);
          return 0;
        }
        emitResult('status', { columns: STATUS_COLUMNS, rows: rows as unknown as Record<string, unknown>[] }, values, io);
        return 0;
      }
      const [id] = resolveExperimentIds(db, [positionals[0]]);
      const status = experimentStatus(db, id!);
      if (format !== 'table' && format !== 'json') throw new UsageError(`etk status ${id}: one experiment is shown as table or json (found ${format})`, 'etk status with no id gives csv and ndjson');
      const text = format === 'json' ? `${JSON.stringify({ ...status, index: fresh }, null, 2)}\n` : renderExperimentStatus(status);
      if (values.output !== undefined) {
        emitText(io, values.output as string, text);
      } else io.stdout.write(text);
      return 0;
    } finally {
      db.close();
    }
  },
};

/** --output for one experiment's text or JSON (atomically, as every --output). */
function emitText(io: CliIO, output: string, text: string): void {
  writeOutputFile(resolve(io.cwd, output), text);
  io.stderr.write(`etk status: wrote ${output}\n`);
}
