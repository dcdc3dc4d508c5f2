import type { SourceFile } from '../artifacts/validateFile.ts';
import { execGit } from '../git/execGit.ts';
import { parseCatFileBatch, parseLsFilesStage, splitZ, type IndexEntry } from '../git/parseZ.ts';
import { symlinkFinding } from './unreadFinding.ts';

/** Paths added, copied, modified, renamed or retyped in the index relative to HEAD (everything on an unborn branch). */
export function stagedPaths(top: string, pathspecs: readonly string[]): string[] {
  return splitZ(execGit(['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', '--', ...pathspecs], { cwd: top }));
}

/** What the next commit does below the pathspecs, path by path: A (added), M (changed: modified or retyped), D (removed); no renames. */
export function stagedChanges(top: string, pathspecs: readonly string[]): Map<string, 'A' | 'M' | 'D'> {
  const parts = splitZ(execGit(['diff', '--cached', '--name-status', '-z', '--no-renames', '--', ...pathspecs], { cwd: top }));
  const out = new Map<string, 'A' | 'M' | 'D'>();
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const status = parts[i]![0];
    out.set(parts[i + 1]!, status === 'A' || status === 'C' ? 'A' : status === 'D' ? 'D' : 'M');
  }
  return out;
}

/** Index entries (stage 0) below the pathspecs. */
export function indexEntries(top: string, pathspecs: readonly string[]): IndexEntry[] {
  return parseLsFilesStage(execGit(['ls-files', '-s', '-z', '--', ...pathspecs], { cwd: top }));
}

/** git's mode of a symbolic link. */
export const LINK_MODE = '120000';

export interface Blobs {
  /** oid -> content, for blobs within the size limit. */
  bytes: Map<string, Buffer>;
  /** oid -> size, for blobs over it (never read). */
  tooLarge: Map<string, number>;
}

/** `git cat-file --batch-check` output: oid -> size (missing objects left out). */
export function parseBatchCheck(out: Buffer | string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const line of out.toString().split('\n')) {
    const [oid, type, size] = line.split(' ');
    if (oid && type && type !== 'missing' && size !== undefined) sizes.set(oid, Number(size));
  }
  return sizes;
}

/** Reads blobs in one `git cat-file --batch` call, after asking their sizes: blobs over `maxBytes` are not read. */
export function readBlobs(top: string, oids: readonly string[], maxBytes = Number.POSITIVE_INFINITY): Blobs {
  const tooLarge = new Map<string, number>();
  if (oids.length === 0) return { bytes: new Map(), tooLarge };
  let wanted = oids;
  if (Number.isFinite(maxBytes)) {
    const sizes = parseBatchCheck(execGit(['cat-file', '--batch-check'], { cwd: top, input: `${oids.join('\n')}\n` }));
    for (const [oid, size] of sizes) if (size > maxBytes) tooLarge.set(oid, size);
    wanted = oids.filter((o) => !tooLarge.has(o));
  }
  const bytes = wanted.length === 0 ? new Map<string, Buffer>() : parseCatFileBatch(execGit(['cat-file', '--batch'], { cwd: top, input: `${wanted.join('\n')}\n` }));
  return { bytes, tooLarge };
}

/** A file of git's object store as etk judges it: a link by its text only, a blob over the limit by its size only. */
export function blobFile(path: string, oid: string, link: boolean, blobs: Blobs): SourceFile {
  const size = blobs.tooLarge.get(oid);
  if (link) {
    const text = size === undefined ? (blobs.bytes.get(oid) ?? Buffer.alloc(0)).toString('utf8') : '';
    return { path, bytes: new Uint8Array(0), size: size ?? Buffer.byteLength(text), unread: symlinkFinding(path, text) };
  }
  if (size !== undefined) return { path, bytes: new Uint8Array(0), size };
  return { path, bytes: blobs.bytes.get(oid) ?? Buffer.alloc(0) };
}

/** The staged content of `paths` (those present in the index at stage 0). */
export function readIndexFiles(top: string, paths: readonly string[], maxBytes = Number.POSITIVE_INFINITY): { files: SourceFile[]; unmerged: string[] } {
  if (paths.length === 0) return { files: [], unmerged: [] };
  const entries = indexEntries(top, paths);
  const wanted = new Set(paths);
  const unmerged = [...new Set(entries.filter((e) => e.stage !== 0 && wanted.has(e.path)).map((e) => e.path))];
  const clean = entries.filter((e) => e.stage === 0 && wanted.has(e.path) && e.mode !== '160000');
  const blobs = readBlobs(top, [...new Set(clean.map((e) => e.oid))], maxBytes);
  const files = clean.map((e) => blobFile(e.path, e.oid, e.mode === LINK_MODE, blobs));
  return { files, unmerged };
}
