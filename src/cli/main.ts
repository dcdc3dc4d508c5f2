import { isSqliteError } from '../db/databaseError.ts';
import { EtkError } from '../errors.ts';
import { closest } from '../util/distance.ts';
import type { CliIO, Command } from './io.ts';
import { validateCommand } from './validate.ts';
import { VERSION } from './version.ts';
import { syncCommand } from './sync.ts';
import { dbCommand } from './db.ts';
import { hookCommand } from './hook.ts';
import { initCommand } from './init.ts';
import { newCommand } from './new.ts';
import { mvCommand } from './mv.ts';
import { statusCommand } from './status.ts';
import { queryCommand } from './query.ts';
import { searchCommand } from './search.ts';
import { dashboardCommand } from './dashboard.ts';
import { ciCommand } from './ci.ts';
import { compareCommand } from './compare.ts';
import { diffCommand } from './diff.ts';
import { blameCommand } from './blame.ts';

export { VERSION };

/** Every command, in the order `etk --help` lists them. The README's command reference must name each. */
export const COMMANDS: readonly Command[] = [initCommand, validateCommand, newCommand, mvCommand, statusCommand, syncCommand, queryCommand, compareCommand, searchCommand, diffCommand, blameCommand, dashboardCommand, dbCommand, hookCommand, ciCommand];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `etk ${VERSION}: experiment documentation in git, validated and queryable

Usage: etk <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help      help for etk or a command (etk validate --help)
  -v, --version   print the version

Example:
  etk validate --staged`;
}

const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;

/** Errno codes that are the machine's state, not etk's bug: said as a sentence (exit 2) wherever they come from. */
const ENVIRONMENT_CODES = new Set(['EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EROFS', 'EIO', 'EFBIG', 'EMFILE', 'ENFILE', 'ENOTDIR', 'EISDIR', 'ELOOP', 'ENAMETOOLONG', 'EBUSY', 'ETXTBSY', 'ENXIO', 'ENODEV']);

function environmentError(err: unknown): { message: string; hint: string } | null {
  const e = err as NodeJS.ErrnoException | null;
  if (typeof e?.code !== 'string' || e.syscall === undefined || !ENVIRONMENT_CODES.has(e.code)) return null;
  const full = e.code === 'ENOSPC' || e.code === 'EDQUOT' || e.code === 'EFBIG';
  return {
    message: `${e.syscall}${e.path ? ` ${e.path}` : ''} failed: ${e.message}`,
    hint: full ? 'free some space (or raise the file size limit) and run it again' : 'check that path and its permissions, then run it again',
  };
}

/**
 * SQLite found a damaged file while answering (a page overwritten, a file cut short): the index or an
 * --as-of snapshot. Both are caches of the Markdown, so the sentence says how to rebuild them.
 */
function damagedIndex(err: unknown): { message: string; hint: string } | null {
  if (!isSqliteError(err) || ![SQLITE_CORRUPT, SQLITE_NOTADB].includes(err.errcode & 0xff)) return null;
  return {
    message: `the index (or an --as-of snapshot of it) is damaged: ${err.message}`,
    hint: 'both are caches of the Markdown: rebuild the index with `etk sync --force`, and delete the snapshots folder beside it (<index>-asof/, e.g. data/ops/tracking.db-asof/)',
  };
}

/** Runs one command line. Never exits the process: returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      const target = first === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      io.stdout.write(`${target ? target.help : mainHelp()}\n`);
      return 0;
    }
    if (first === '-v' || first === '--version') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === first);
    if (!command) {
      const near = closest(first, COMMANDS.map((c) => c.name));
      io.stderr.write(`etk: unknown command "${first}"${near ? ` (did you mean "${near}"?)` : ''}\nRun etk --help for the list of commands.\n`);
      return 2;
    }
    if (command.skippable && io.env.ETK_SKIP === '1' && !rest.includes('--help') && !rest.includes('-h')) {
      io.stderr.write(`etk ${command.name}: skipped (ETK_SKIP=1)\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof EtkError) {
      const message = err.message.startsWith('etk ') ? err.message : `etk: ${err.message}`;
      io.stderr.write(`${message}\n${err.hint ? `  fix: ${err.hint}\n` : ''}`);
      return err.exitCode;
    }
    const damaged = damagedIndex(err);
    if (damaged !== null) {
      io.stderr.write(`etk: ${damaged.message}\n  fix: ${damaged.hint}\n`);
      return 2;
    }
    const env = environmentError(err);
    if (env !== null) {
      io.stderr.write(`etk: ${env.message}\n  fix: ${env.hint}\n`);
      return 2;
    }
    const e = err as Error;
    io.stderr.write(`etk: internal error: ${e?.stack ?? String(err)}\nThis is a bug in etk; please report it with the command you ran.\n`);
    return 70;
  }
}
