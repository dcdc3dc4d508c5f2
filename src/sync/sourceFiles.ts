import { blobId } from '../git/blobId.ts';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { classifyPath } from '../artifacts/layout.ts';
import type { SourceFile } from '../artifacts/validateFile.ts';
import { readBlobs } from '../discover/gitIndex.ts';
import { readWorktreeFile, toPosix, walkMarkdown } from '../discover/worktree.ts';
import { UsageError } from '../errors.ts';
import { execGit } from '../git/execGit.ts';
import { parseLsFilesStage, splitZ } from '../git/parseZ.ts';

/** What a sync indexes: the work tree (default), git's index (--staged), or a commit (--rev). */
export type SourceKind = 'worktree' | 'index' | 'rev';

/** path -> git blob id of the content the source holds. */
export type Listing = Map<string, string>;

export interface SourceSpec {
  kind: SourceKind;
  /** Repository top, or null outside git (then only 'worktree' is possible, by scanning). */
  top: string | null;
  /** Folder repo-relative paths are relative to (the top, or the project folder outside git). */
  base: string;
  /** Experiments root, repo-relative POSIX ('' = top). */
  root: string;
  /** Only below this repo-relative folder (one experiment), or the whole root. */
  scope: string;
  rev?: string;
  maxFileSize: number;
}

/** git's id of an empty blob: what an intent-to-add (`git add -N`) entry holds in the index. */
export const EMPTY_BLOB = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';

/** What the source reflects, for etk_meta. */
export interface SourceState {
  kind: SourceKind;
  commit: string | null;
  tree: string | null;
  dirty: boolean;
}

export { blobId };

const spec = (s: SourceSpec) => (s.scope === '' ? '.' : s.scope);

/** Only files etk indexes: Markdown inside the experiments root (ignored placements left out). */
function keep(path: string, root: string): boolean {
  return classifyPath(path, root).kind !== 'ignored';
}

function resolveRev(top: string, rev: string): string {
  try {
    return execGit(['rev-parse', '--verify', '-q', `${rev}^{commit}`], { cwd: top }).toString('utf8').trim();
  } catch {
    throw new UsageError(`--rev ${rev} is not a commit in this repository`, 'name a branch, tag or commit id (git log shows them); in a shallow clone, fetch it first');
  }
}

function headCommit(top: string): string | null {
  const out = execGit(['rev-parse', '-q', '--verify', 'HEAD'], { cwd: top, okCodes: [1] }).toString('utf8').trim();
  return out === '' ? null : out;
}

/** Lists the source's files with their blob ids: one or two git calls, no file is read (but changed work-tree files). */
export function listSource(s: SourceSpec): { listing: Listing; state: SourceState; hashed: Set<string> } {
  const listing: Listing = new Map();
  /** Paths whose id etk computed from the file on disk (changed or untracked in the work tree). */
  const hashed = new Set<string>();
  if (s.top === null) {
    if (s.kind !== 'worktree') throw new UsageError(`--${s.kind === 'index' ? 'staged' : 'rev'} needs a git repository, and this is not inside one`);
    for (const abs of walkMarkdown(join(s.base, s.scope))) {
      const path = toPosix(relative(s.base, abs));
      if (!keep(path, s.root)) continue;
      listing.set(path, blobId(readFileSync(abs)));
    }
    for (const p of listing.keys()) hashed.add(p);
    return { listing, state: { kind: 'worktree', commit: null, tree: null, dirty: true }, hashed };
  }
  const top = s.top;

  if (s.kind === 'rev') {
    const commit = resolveRev(top, s.rev ?? 'HEAD');
    const out = execGit(['ls-tree', '-r', '-z', '--full-tree', commit, '--', spec(s)], { cwd: top });
    for (const rec of splitZ(out)) {
      const tab = rec.indexOf('\t');
      const [, type, oid] = rec.slice(0, tab).split(' ');
      const path = rec.slice(tab + 1);
      if (type === 'blob' && keep(path, s.root)) listing.set(path, oid!);
    }
    const tree = execGit(['rev-parse', `${commit}^{tree}`], { cwd: top }).toString('utf8').trim();
    return { listing, state: { kind: 'rev', commit, tree, dirty: false }, hashed };
  }

  for (const e of parseLsFilesStage(execGit(['ls-files', '-s', '-z', '--', spec(s)], { cwd: top }))) {
    if (e.stage === 0 && e.mode !== '160000' && keep(e.path, s.root)) listing.set(e.path, e.oid);
  }
  const commit = headCommit(top);
  if (s.kind === 'index') {
    // Intent-to-add entries (git add -N) hold an empty blob but are not part of the next commit.
    const empty = [...listing].filter(([, oid]) => oid === EMPTY_BLOB).map(([p]) => p);
    if (empty.length > 0) {
      for (const p of splitZ(execGit(['diff-files', '-z', '--name-only', '--diff-filter=A', '--', ...empty], { cwd: top }))) listing.delete(p);
    }
    return { listing, state: { kind: 'index', commit, tree: null, dirty: false }, hashed };
  }

  // Work tree: the index, corrected by what git status says differs on disk. Status runs without a
  // pathspec and in "normal" untracked mode so that git's untracked cache applies (several times
  // faster in a large tree); untracked folders it reports whole are then listed file by file.
  const status = splitZ(execGit(['-c', 'core.untrackedCache=true', 'status', '--porcelain=v1', '-z', '--untracked-files=normal', '--no-renames'], { cwd: top, optionalLocks: true }));
  const inScope = (p: string) => s.scope === '' || p === s.scope || p.startsWith(`${s.scope}/`);
  const records: string[] = [];
  for (const rec of status) {
    const path = rec.slice(3);
    if (rec.startsWith('?? ') && path.endsWith('/')) {
      const dir = path.slice(0, -1);
      // An untracked folder inside the scope, or one that holds the scope.
      const within = inScope(dir) ? dir : s.scope === '' || s.scope.startsWith(`${dir}/`) ? spec(s) : null;
      if (within === null) continue;
      for (const f of splitZ(execGit(['ls-files', '-z', '--others', '--exclude-standard', '--', within], { cwd: top }))) records.push(`?? ${f}`);
    } else if (inScope(path)) records.push(rec);
  }
  let dirty = false;
  for (const rec of records) {
    const x = rec[0];
    const y = rec[1];
    const path = rec.slice(3);
    if (!keep(path, s.root)) continue;
    dirty = true;
    if (y === 'D') listing.delete(path);
    else if (x === '?' || y === 'M' || y === 'T' || y === 'A' || (x === 'D' && y === ' ')) {
      if (x === 'D' && y === ' ') {
        listing.delete(path); // staged deletion, and the file is gone from disk too
        continue;
      }
      try {
        listing.set(path, blobId(readFileSync(join(top, path))));
        hashed.add(path);
      } catch {
        listing.delete(path);
      }
    } else if (x === 'U' || y === 'U' || (x === 'A' && y === 'A') || (x === 'D' && y === 'D')) {
      // Unmerged: what the user sees is the file on disk (with conflict markers).
      try {
        listing.set(path, blobId(readFileSync(join(top, path))));
        hashed.add(path);
      } catch {
        listing.delete(path);
      }
    }
  }
  return { listing, state: { kind: 'worktree', commit, tree: null, dirty }, hashed };
}

/** The bytes of the listed files: from the object store (index, rev) or from disk (work tree). */
export function readSourceFiles(s: SourceSpec, paths: readonly string[], listing: Listing): SourceFile[] {
  if (s.kind === 'worktree') {
    return paths.map((p) => readWorktreeFile(join(s.base, p), s.base, s.maxFileSize));
  }
  const blobs = readBlobs(s.top!, [...new Set(paths.map((p) => listing.get(p)!))]);
  return paths.map((p) => {
    const bytes = blobs.get(listing.get(p)!) ?? Buffer.alloc(0);
    return { path: p, bytes };
  });
}
