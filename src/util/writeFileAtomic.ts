import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.ts';

export interface AtomicWriteOptions {
  /** Refuse to replace an existing file (etk new): the target appears whole or not at all, never overwritten. */
  exclusive?: boolean;
  /** Test seam: runs after the temp file is written and synced, before it takes the target's place. */
  beforeCommit?: (tempPath: string) => void;
}

/** The target exists already and `exclusive` was asked for. */
export class TargetExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} exists already`);
  }
}

/**
 * A temp file next to the target: same folder (so the rename is atomic, on the same file system),
 * hidden, and not ending in .md, so a leftover from a killed process is never taken for an artifact.
 */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.etk-tmp`);
}

/**
 * What the file system said when etk could not write (or make the folder of) a path the user chose,
 * as a UsageError that names the path and says how to fix it; any other error is returned as it is.
 */
export function cannotWrite(path: string, err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || (err as NodeJS.ErrnoException).syscall === undefined) return err;
  const fix = 'choose another path';
  switch (code) {
    case 'EISDIR':
      return new UsageError(`cannot write ${path}: it is a folder`, 'give the path of a file in it, not of the folder');
    case 'ENOTDIR':
    case 'EEXIST':
      return new UsageError(`cannot write ${path}: a part of the path is a file, not a folder`, fix);
    case 'EACCES':
    case 'EPERM':
      return new UsageError(`cannot write ${path}: permission denied`, fix);
    case 'EROFS':
      return new UsageError(`cannot write ${path}: the file system is read-only`, fix);
    case 'ENOSPC':
    case 'EDQUOT':
      return new UsageError(`cannot write ${path}: no space left on the device`, 'free some space and run it again');
    default:
      return new UsageError(`cannot write ${path}: ${(err as Error).message}`, fix);
  }
}

/**
 * Writes `data` to `target` atomically, so that a reader (or a crash) sees either the old content or
 * the whole new one: the bytes go to a temp file in the same folder (created if missing), are
 * flushed to disk, then the temp file is renamed over the target (or, with `exclusive`, hard-linked
 * to it, which fails when the target exists). A failure at any step removes the temp file and
 * leaves the target as it was; a crash leaves at most a hidden `.etk-tmp` file, never a half-written
 * target. A replaced file keeps its permission bits. What the file system refuses (the target is a
 * folder, no permission...) is thrown as a UsageError naming the target (see `cannotWrite`).
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  try {
    writeAtomic(target, data, options);
  } catch (err) {
    throw cannotWrite(target, err);
  }
}

function writeAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  let mode: number | undefined;
  if (!options.exclusive) {
    try {
      mode = statSync(target).mode & 0o7777;
    } catch {
      mode = undefined; // a new file: the default mode
    }
  }
  const fd = openSync(temp, 'wx', mode ?? 0o666);
  let committed = false;
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let off = 0;
      while (off < bytes.byteLength) off += writeSync(fd, bytes, off, bytes.byteLength - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(temp, mode); // the umask applied at open
    options.beforeCommit?.(temp);
    if (options.exclusive) {
      commitExclusive(temp, target);
    } else {
      renameSync(temp, target);
    }
    committed = true;
  } finally {
    if (!committed || options.exclusive) {
      try {
        unlinkSync(temp);
      } catch {
        /* already gone */
      }
    }
  }
}

/** link(2) creates the target only if it does not exist; file systems without hard links fall back to a checked rename. */
function commitExclusive(temp: string, target: string): void {
  try {
    linkSync(temp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new TargetExistsError(target);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw err;
    if (existsSync(target)) throw new TargetExistsError(target);
    renameSync(temp, target);
  }
}
