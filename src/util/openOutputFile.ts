import { chmodSync, closeSync, fsyncSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.ts';
import { cannotWrite, tempPathFor } from './writeFileAtomic.ts';

/** A file the user named with --output, --report or --summary, opened for writing in pieces. */
export interface OutputFile {
  write(chunk: string | Uint8Array): void;
  /** Makes the written content the file's (a regular file is replaced only now). */
  commit(): void;
  /** Gives up: a regular file keeps its old content; what went to a pipe or device stays sent. */
  abort(): void;
}

/** Names of the process's own streams: written to through the descriptor itself, whatever it is (a pipe, a socket, a terminal, a file). */
const OWN_STREAM = /^\/(?:dev\/(stdout|stderr|fd\/(\d+))|proc\/self\/fd\/(\d+))$/;

function ownStream(path: string): number | null {
  const m = OWN_STREAM.exec(path);
  if (!m) return null;
  return m[1] === 'stdout' ? 1 : m[1] === 'stderr' ? 2 : Number(m[2] ?? m[3]);
}

function statOrNull(stat: () => Stats): Stats | null {
  try {
    return stat();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Writes straight into what `path` is (a pipe, a character device), or into one of the process's own descriptors (left open). */
function openDirect(path: string | number, flags: string): OutputFile {
  const fd = typeof path === 'number' ? path : openSync(path, flags);
  let open = typeof path !== 'number';
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write(chunk) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      for (let off = 0; off < bytes.byteLength; ) off += writeSync(fd, bytes, off, bytes.byteLength - off);
    },
    commit: close,
    abort: close,
  };
}

/** A regular file (or a new one): written to a temp file next to it, renamed over it on commit. */
function openReplacing(target: string, mode: number | undefined): OutputFile {
  const temp = tempPathFor(target);
  const fd = openSync(temp, 'wx', mode ?? 0o666);
  let open = true;
  let done = false;
  const drop = () => {
    if (open) closeSync(fd);
    open = false;
    if (!done) {
      done = true;
      try {
        unlinkSync(temp);
      } catch {
        /* already gone */
      }
    }
  };
  return {
    write(chunk) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      for (let off = 0; off < bytes.byteLength; ) off += writeSync(fd, bytes, off, bytes.byteLength - off);
    },
    commit() {
      try {
        fsyncSync(fd);
        closeSync(fd);
        open = false;
        if (mode !== undefined) chmodSync(temp, mode); // the umask applied at open
        renameSync(temp, target);
        done = true;
      } finally {
        drop();
      }
    },
    abort: drop,
  };
}

function openChecked(target: string): OutputFile {
  const fd = ownStream(target);
  if (fd !== null) return openDirect(fd, 'a');
  const link = statOrNull(() => lstatSync(target));
  if (link === null) {
    const folder = dirname(target);
    const parent = statOrNull(() => statSync(folder));
    if (parent === null) throw new UsageError(`cannot write ${target}: the folder ${folder} does not exist`, `create it first (mkdir -p ${folder}) or choose another path`);
    if (!parent.isDirectory()) throw new UsageError(`cannot write ${target}: ${folder} is a file, not a folder`, 'choose another path');
    return openReplacing(target, undefined);
  }
  if (link.isSymbolicLink()) {
    const to = statOrNull(() => statSync(target));
    // A link to a pipe or a terminal (/dev/stdin-like names of other tools) is written through;
    // a link to a file is not replaced (that would cut the link) nor written through (it may lead anywhere).
    if (to !== null && (to.isFIFO() || to.isCharacterDevice() || to.isSocket())) return openDirect(target, 'w');
    throw new UsageError(`cannot write ${target}: it is a symbolic link, and etk does not replace links or write through them`, 'give the path the link points to, or another path');
  }
  if (link.isDirectory()) throw new UsageError(`cannot write ${target}: it is a folder`, 'give the path of a file in it, not of the folder');
  if (link.isFIFO() || link.isCharacterDevice()) return openDirect(target, 'w');
  if (!link.isFile()) throw new UsageError(`cannot write ${target}: it is neither a file, a pipe nor a character device`, 'choose another path');
  return openReplacing(target, link.mode & 0o7777);
}

/**
 * Opens a user-named output file. A regular file is replaced atomically (a reader or a crash sees
 * the old content or the whole new one; its permission bits are kept); a FIFO, a character device
 * (/dev/null) or the process's own stdout/stderr is written directly, never replaced; a symbolic
 * link is refused (never replaced); a missing folder is an error, not created. Whatever the file
 * system refuses (no space, permission, read-only) is a UsageError naming the path.
 */
export function openOutputFile(target: string): OutputFile {
  let file: OutputFile;
  try {
    file = openChecked(target);
  } catch (err) {
    throw cannotWrite(target, err);
  }
  return {
    write(chunk) {
      try {
        file.write(chunk);
      } catch (err) {
        file.abort();
        throw cannotWrite(target, err);
      }
    },
    commit() {
      try {
        file.commit();
      } catch (err) {
        throw cannotWrite(target, err);
      }
    },
    abort: () => file.abort(),
  };
}

/** Writes `data` to a user-named output file whole (see openOutputFile). */
export function writeOutputFile(target: string, data: string | Uint8Array): void {
  const file = openOutputFile(target);
  file.write(data);
  file.commit();
}
