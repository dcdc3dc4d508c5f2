import type { SourceFile } from '../artifacts/validateFile.ts';
import { execGit } from '../git/execGit.ts';
import { parseCatFileBatch, parseLsFilesStage, splitZ, type IndexEntry } from '../git/parseZ.ts';

/** Paths added, copied, modified, renamed or retyped in the index relative to HEAD (everything on an unborn branch). */
export function stagedPaths(top: string, pathspecs: readonly string[]): string[] {
  return splitZ(execGit(['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', '--', ...pathspecs], { cwd: top }));
}

/** Index entries (stage 0) below the pathspecs. */
export function indexEntries(top: string, pathspecs: readonly string[]): IndexEntry[] {
  return parseLsFilesStage(execGit(['ls-files', '-s', '-z', '--', ...pathspecs], { cwd: top }));
}

/** Reads blobs in one `git cat-file --batch` call. */
export function readBlobs(top: string, oids: readonly string[]): Map<string, Buffer> {
  if (oids.length === 0) return new Map();
  return parseCatFileBatch(execGit(['cat-file', '--batch'], { cwd: top, input: `${oids.join('\n')}\n` }));
}

/** The staged content of `paths` (those present in the index at stage 0). */
export function readIndexFiles(top: string, paths: readonly string[]): { files: SourceFile[]; unmerged: string[] } {
  if (paths.length === 0) return { files: [], unmerged: [] };
  const entries = indexEntries(top, paths);
  const wanted = new Set(paths);
  const unmerged = [...new Set(entries.filter((e) => e.stage !== 0 && wanted.has(e.path)).map((e) => e.path))];
  const clean = entries.filter((e) => e.stage === 0 && wanted.has(e.path) && e.mode !== '160000');
  const blobs = readBlobs(top, [...new Set(clean.map((e) => e.oid))]);
  const files = clean.map((e) => ({ path: e.path, bytes: blobs.get(e.oid) ?? Buffer.alloc(0) }));
  return { files, unmerged };
}
