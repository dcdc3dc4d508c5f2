import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, EtkError } from '../errors.ts';

/**
 * What went wrong with the index file, said as a sentence: what happened, to which path, what to
 * do. node:sqlite reports SQLite's result code (`errcode`, extended: the low byte is the primary
 * code); file-system calls report errno codes. Anything else is returned as it is.
 */

const SQLITE_PERM = 3;
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_NOMEM = 7;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

const WHERE = '--db (or "database" in etk.config.json)';
const UNCHANGED = 'the index is as it was before (a sync applies all or nothing)';

/** The index path is something other than a regular file (a folder, /dev/null, a pipe): say so before SQLite does, obscurely. */
export function checkDatabasePath(path: string): void {
  let kind: string | null = null;
  try {
    const s = statSync(path);
    if (s.isFile()) return;
    kind = s.isDirectory() ? 'a folder' : s.isCharacterDevice() ? 'a character device' : s.isFIFO() ? 'a named pipe' : s.isSocket() ? 'a socket' : 'not a regular file';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') kind = `under ${dirname(path)}, which is not a folder`;
    else throw databaseError(path, err, 'open');
  }
  throw new ConfigError(`the index ${path} is ${kind}; etk keeps its index in a regular file`, `point ${WHERE} at a file path, e.g. data/ops/tracking.db`);
}

export function isSqliteError(err: unknown): err is Error & { errcode: number; errstr?: string } {
  return (err as { code?: unknown } | null)?.code === 'ERR_SQLITE_ERROR' && typeof (err as { errcode?: unknown }).errcode === 'number';
}

/** `doing`: what etk was at, for the message ("open", "read", "write"). */
export function databaseError(path: string, err: unknown, doing: 'open' | 'read' | 'write'): unknown {
  if (err instanceof EtkError) return err;
  if (isSqliteError(err)) {
    const detail = err.message;
    switch (err.errcode & 0xff) {
      case SQLITE_FULL:
        return new ConfigError(`cannot ${doing} the index ${path}: the disk is full (${detail})`, `free some space and run it again; ${UNCHANGED}`);
      case SQLITE_IOERR:
        return new ConfigError(
          `cannot ${doing} the index ${path}: the file system reported an I/O error (${detail}); the disk may be full, a file size limit reached, or the file gone`,
          `check free space and the file, then run it again; ${UNCHANGED}`,
        );
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
        return new ConfigError(
          `cannot ${doing} the index ${path}: another process holds it locked, for longer than etk waits (${detail})`,
          'let the other etk (a sync, a hook, etk dashboard) finish and run it again; ETK_BUSY_TIMEOUT=SECONDS waits longer',
        );
      case SQLITE_READONLY:
        return new ConfigError(
          `cannot ${doing} the index ${path}: it is read-only (the file, its folder or the file system) (${detail})`,
          `make the file and its folder writable, or point ${WHERE} at a writable path; etk query and etk search still read it`,
        );
      case SQLITE_PERM:
        return new ConfigError(`cannot ${doing} the index ${path}: permission denied (${detail})`, `give etk access to the file and its folder, or point ${WHERE} elsewhere`);
      case SQLITE_CANTOPEN:
        return new ConfigError(`cannot open the index ${path} (${detail})`, `check that the path is a file in a folder etk may write, or point ${WHERE} elsewhere`);
      case SQLITE_NOMEM:
        return new ConfigError(`cannot ${doing} the index ${path}: out of memory (${detail})`, 'close other programs or narrow what you asked for');
      case SQLITE_CORRUPT:
      case SQLITE_NOTADB:
        return new ConfigError(`the index ${path} is damaged or not an SQLite database (${detail})`, 'it is a cache of the Markdown: rebuild it with `etk sync --force`');
      default:
        return new ConfigError(`cannot ${doing} the index ${path}: ${detail}`, `check the file, or point ${WHERE} elsewhere`);
    }
  }
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && (err as NodeJS.ErrnoException).syscall !== undefined) {
    const at = (err as NodeJS.ErrnoException).path ?? path;
    switch (code) {
      case 'EACCES':
      case 'EPERM':
        return new ConfigError(`cannot ${doing} the index ${path}: permission denied on ${at}`, `give etk access to it, or point ${WHERE} elsewhere`);
      case 'ENOTDIR':
      case 'EEXIST':
        return new ConfigError(`cannot ${doing} the index ${path}: ${at} is a file, not a folder`, `point ${WHERE} at a path whose folders are folders`);
      case 'ENOSPC':
      case 'EDQUOT':
        return new ConfigError(`cannot ${doing} the index ${path}: no space left on the device`, `free some space and run it again; ${UNCHANGED}`);
      case 'EROFS':
        return new ConfigError(`cannot ${doing} the index ${path}: ${at} is on a read-only file system`, `point ${WHERE} at a writable path`);
      default:
        return new ConfigError(`cannot ${doing} the index ${path}: ${(err as Error).message}`, `check the path, or point ${WHERE} elsewhere`);
    }
  }
  return err;
}
