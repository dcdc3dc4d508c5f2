import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import { blobId } from '../git/blobId.ts';

/**
 * What is at a path, read only when it is a regular file within the size limit. Symbolic links are
 * never followed (their text is all etk learns), FIFOs, sockets and devices are never opened, and
 * the size is known before a byte is read.
 */
export type ReadOutcome =
  | { kind: 'file'; bytes: Buffer }
  | { kind: 'too-large'; size: number; stamp: string }
  | { kind: 'symlink'; target: string }
  | { kind: 'special'; what: string }
  | { kind: 'unreadable'; code: string };

/** What a non-regular file is, in words. */
export function specialKind(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isDirectory()) return 'a folder';
  return 'not a regular file';
}

// O_NOFOLLOW: a link swapped in after lstat fails to open (ELOOP); O_NONBLOCK: a FIFO swapped in opens without waiting for a writer.
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

const stampOf = (st: Stats) => `${st.size}:${st.mtimeMs}:${st.ino}`;

export function readRegularFile(abs: string, maxBytes: number): ReadOutcome {
  let st: Stats;
  try {
    st = lstatSync(abs);
    if (st.isSymbolicLink()) return { kind: 'symlink', target: readlinkSync(abs, 'utf8') };
  } catch (err) {
    return { kind: 'unreadable', code: (err as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  if (!st.isFile()) return { kind: 'special', what: specialKind(st) };
  if (st.size > maxBytes) return { kind: 'too-large', size: st.size, stamp: stampOf(st) };
  let fd: number;
  try {
    fd = openSync(abs, FLAGS);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ELOOP') {
      // Became a link since lstat: say so.
      try {
        return { kind: 'symlink', target: readlinkSync(abs, 'utf8') };
      } catch {
        return { kind: 'unreadable', code };
      }
    }
    return { kind: 'unreadable', code };
  }
  try {
    const now = fstatSync(fd);
    if (!now.isFile()) return { kind: 'special', what: specialKind(now) };
    if (now.size > maxBytes) return { kind: 'too-large', size: now.size, stamp: stampOf(now) };
    const bytes = readFileSync(fd);
    if (bytes.byteLength > maxBytes) return { kind: 'too-large', size: bytes.byteLength, stamp: stampOf(now) };
    return { kind: 'file', bytes };
  } catch (err) {
    return { kind: 'unreadable', code: (err as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    closeSync(fd);
  }
}

/** The listing id of what is at a path: git's blob id of a regular file's bytes; for a link, git's id of its text, tagged (see LINK). */
export function outcomeId(o: ReadOutcome): string {
  switch (o.kind) {
    case 'file':
      return blobId(o.bytes);
    case 'symlink':
      return `${LINK}${blobId(Buffer.from(o.target))}`;
    case 'too-large':
      return `${UNREAD}${blobId(Buffer.from(`too large ${o.stamp}`))}`;
    case 'special':
      return `${UNREAD}${blobId(Buffer.from(`special ${o.what}`))}`;
    case 'unreadable':
      return `${UNREAD}${blobId(Buffer.from(`unreadable ${o.code}`))}`;
  }
}

/**
 * Listing ids of symbolic links (git mode 120000) carry this prefix: a link is not the file its text
 * would be, and readers must not take its blob for content.
 */
export const LINK = 'link:';
/** Listing ids of work-tree files etk did not read (too large, not regular, unreadable): they change when the file does. */
export const UNREAD = 'unread:';
