import { blobId } from '../git/blobId.ts';
import { join, relative } from 'node:path';
import { classifyPath } from '../artifacts/layout.ts';
import type { SourceFile } from '../artifacts/validateFile.ts';
import { blobFile, LINK_MODE, readBlobs } from '../discover/gitIndex.ts';
import { LINK, outcomeId } from '../discover/readRegularFile.ts';
import { readWorktreeFile, toPosix, walkMarkdown } from '../discover/worktree.ts';
import { UsageError } from '../errors.ts';
import { execGit, gitSucceeds } from '../git/execGit.ts';
import { parseLsFilesStage, splitZ } from '../git/parseZ.ts';
import { STATUS_ARGS } from '../../bin/statusPrefetch.js';

/** What a sync indexes: the work tree (default), git's index (--staged), or a commit (--rev). */
export type SourceKind = 'worktree' | 'index' | 'rev';

/** path -> git blob id of the content the source holds (a symbolic link's prefixed with LINK, see listedId). */
export type Listing = Map<string, string>;

/** The listing id of a git entry: its blob id, tagged when the entry is a symbolic link (mode 120000). */
export function listedId(mode: string, oid: string): string {
  return mode === LINK_MODE ? `${LINK}${oid}` : oid;
}

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
  /** With kind 'rev' and `rev` a full commit id: that commit's tree, when the caller resolved it already (saves two git calls). */
  revTree?: string;
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

/**
 * The tree the source is "based on" (HEAD's for the work tree and the index, the commit's for a rev)
 * and every path whose content differs from it (`null`: absent). The index records both, so the
 * next sync can start from `git diff-tree` instead of listing every file (see quickSource).
 */
export interface Overlay {
  baseTree: string | null;
  /** path -> blob id in the source, or null when the source does not have the file. */
  differs: Map<string, string | null>;
}

export interface SourceListing {
  listing: Listing;
  state: SourceState;
  hashed: Set<string>;
  overlay: Overlay;
}

export { blobId };

/** The id of a file gone from disk since git listed it. */
const VANISHED = outcomeId({ kind: 'unreadable', code: 'ENOENT' });

const spec = (s: SourceSpec) => (s.scope === '' ? '.' : s.scope);

/** Only files etk indexes: Markdown and experiment metadata inside the experiments root (ignored placements left out). */
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

/** Lists the source's files with their blob ids: one or two git calls, no file is read (but changed work-tree files). */
export function listSource(s: SourceSpec): SourceListing {
  const listing: Listing = new Map();
  /** Paths whose id etk computed from the file on disk (changed or untracked in the work tree). */
  const hashed = new Set<string>();
  if (s.top === null) {
    if (s.kind !== 'worktree') throw new UsageError(`--${s.kind === 'index' ? 'staged' : 'rev'} needs a git repository, and this is not inside one`);
    const folders = new Map<string, boolean>();
    for (const abs of walkMarkdown(join(s.base, s.scope))) {
      const path = toPosix(relative(s.base, abs));
      if (!keep(path, s.root)) continue;
      const file = readWorktreeFile(abs, s.base, s.maxFileSize, folders);
      listing.set(path, file.id ?? blobId(file.bytes));
    }
    for (const p of listing.keys()) hashed.add(p);
    return { listing, state: { kind: 'worktree', commit: null, tree: null, dirty: true }, hashed, overlay: { baseTree: null, differs: new Map() } };
  }
  const top = s.top;

  if (s.kind === 'rev') {
    const commit = resolveRev(top, s.rev ?? 'HEAD');
    const out = execGit(['ls-tree', '-r', '-z', '--full-tree', commit, '--', spec(s)], { cwd: top });
    for (const rec of splitZ(out)) {
      const tab = rec.indexOf('\t');
      const [mode, type, oid] = rec.slice(0, tab).split(' ');
      const path = rec.slice(tab + 1);
      if (type === 'blob' && keep(path, s.root)) listing.set(path, listedId(mode!, oid!));
    }
    const tree = execGit(['rev-parse', `${commit}^{tree}`], { cwd: top }).toString('utf8').trim();
    return { listing, state: { kind: 'rev', commit, tree, dirty: false }, hashed, overlay: { baseTree: tree, differs: new Map() } };
  }

  for (const e of parseLsFilesStage(execGit(['ls-files', '-s', '-z', '--', spec(s)], { cwd: top }))) {
    if (e.stage === 0 && e.mode !== '160000' && keep(e.path, s.root)) listing.set(e.path, listedId(e.mode, e.oid));
  }
  const head = headAndTree(top);
  if (s.kind === 'index') {
    // Intent-to-add entries (git add -N) hold an empty blob but are not part of the next commit.
    const empty = [...listing].filter(([, oid]) => oid === EMPTY_BLOB).map(([p]) => p);
    if (empty.length > 0) {
      for (const p of splitZ(execGit(['diff-files', '-z', '--name-only', '--diff-filter=A', '--', ...empty], { cwd: top }))) listing.delete(p);
    }
    const differs = new Map<string, string | null>();
    if (head) for (const p of stagedVsHead(top, spec(s)).keys()) if (keep(p, s.root)) differs.set(p, listing.get(p) ?? null);
    return { listing, state: { kind: 'index', commit: head?.commit ?? null, tree: null, dirty: false }, hashed, overlay: { baseTree: head?.tree ?? null, differs } };
  }

  const wt = worktreeStatus(s, top);
  const differs = new Map<string, string | null>();
  for (const [path, change] of wt.changes) {
    if (change === null) listing.delete(path);
    else if (typeof change === 'string') listing.set(path, change);
    differs.set(path, listing.get(path) ?? null);
  }
  for (const p of wt.hashed) hashed.add(p);
  return { listing, state: { kind: 'worktree', commit: head?.commit ?? null, tree: null, dirty: wt.changes.size > 0 }, hashed, overlay: { baseTree: head?.tree ?? null, differs } };
}

/** HEAD's commit and tree in one git call, or null on an unborn branch. */
function headAndTree(top: string): { commit: string; tree: string } | null {
  const out = execGit(['rev-parse', 'HEAD', 'HEAD^{tree}'], { cwd: top, okCodes: [128] }).toString('utf8').trim().split('\n');
  return out.length === 2 && /^[0-9a-f]{40,64}$/.test(out[0]!) && /^[0-9a-f]{40,64}$/.test(out[1]!) ? { commit: out[0]!, tree: out[1]! } : null;
}

/** `git diff-index --cached HEAD`: staged paths with their index blob id (null: deleted). */
function stagedVsHead(top: string, pathspec: string): Map<string, string | null> {
  return parseRawDiff(execGit(['diff-index', '--cached', '-z', '--raw', '--no-renames', 'HEAD', '--', pathspec], { cwd: top }));
}

/** `--raw -z` output (`:<mode> <mode> <oid> <oid> <status>\0<path>\0`) as path -> new blob id, null when deleted. */
export function parseRawDiff(out: Buffer): Map<string, string | null> {
  const parts = splitZ(out);
  const changes = new Map<string, string | null>();
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const [, , newMode, , newOid, status] = parts[i]!.split(/[: ]/);
    const path = parts[i + 1]!;
    if (newMode === '160000') continue;
    changes.set(path, status === 'D' || /^0+$/.test(newOid ?? '') ? null : listedId(newMode!, newOid!));
  }
  return changes;
}

/** A work-tree change whose content is the index's (staged, unchanged since): the index's blob id. */
interface FromIndex {
  fromIndex: string;
}

/** What `git status` says differs from HEAD, and HEAD's commit (null on an unborn branch). */
interface WorktreeStatus {
  /** path -> the blob id of what is on disk (hashed here), the index's (staged only), or null (not there). */
  changes: Map<string, string | null | FromIndex>;
  hashed: Set<string>;
  head: string | null;
}

/** One `git status --porcelain=v2 -z` record as the fields etk needs: X, Y, the path, and the index's mode and blob id. */
export function parseStatusV2(rec: string): { x: string; y: string; path: string; indexMode: string; indexOid: string } | null {
  const dot = (c: string) => (c === '.' ? ' ' : c);
  if (rec.startsWith('? ')) return { x: '?', y: '?', path: rec.slice(2), indexMode: '', indexOid: '' };
  // 1 XY sub mH mI mW hH hI path  |  u XY sub m1 m2 m3 mW h1 h2 h3 path (no renames are asked for)
  const fields = rec[0] === '1' ? 8 : rec[0] === 'u' ? 10 : 0;
  if (fields === 0) return null;
  let at = 0;
  for (let i = 0; i < fields; i++) at = rec.indexOf(' ', at) + 1;
  if (at === 0) return null;
  const f = rec.slice(0, at - 1).split(' ');
  return { x: dot(f[1]![0]!), y: dot(f[1]![1]!), path: rec.slice(at), indexMode: rec[0] === '1' ? f[4]! : '', indexOid: rec[0] === '1' ? f[7]! : '' };
}

let primed: { top: string; output: Buffer } | null = null;

/**
 * Hands the next work-tree status of `top` the output of a `git status` run just before (with
 * STATUS_ARGS, from a folder of the same repository: bin/etk.js starts it while the bundle loads).
 * Used once.
 */
export function primeWorktreeStatus(top: string, output: Buffer): void {
  primed = { top, output };
}

/**
 * What `git status` says differs from HEAD in the scope, and HEAD's commit, in one git call
 * (porcelain v2 with the branch header). Status runs without a pathspec and in "normal" untracked
 * mode so that git's untracked cache applies (several times faster in a large tree); untracked
 * folders it reports whole are then listed file by file.
 */
function worktreeStatus(s: SourceSpec, top: string): WorktreeStatus {
  const primedOutput = primed?.top === top ? primed.output : null;
  primed = null;
  const status = splitZ(primedOutput ?? execGit(STATUS_ARGS, { cwd: top, optionalLocks: true }));
  const inScope = (p: string) => s.scope === '' || p === s.scope || p.startsWith(`${s.scope}/`);
  let head: string | null = null;
  const records: NonNullable<ReturnType<typeof parseStatusV2>>[] = [];
  for (const raw of status) {
    if (raw.startsWith('# branch.oid ')) {
      const oid = raw.slice('# branch.oid '.length);
      head = /^[0-9a-f]{40,64}$/.test(oid) ? oid : null;
      continue;
    }
    const rec = parseStatusV2(raw);
    if (rec === null) continue;
    if (rec.x === '?' && rec.path.endsWith('/')) {
      const dir = rec.path.slice(0, -1);
      // An untracked folder inside the scope, or one that holds the scope.
      const within = inScope(dir) ? dir : s.scope === '' || s.scope.startsWith(`${dir}/`) ? spec(s) : null;
      if (within === null) continue;
      for (const f of splitZ(execGit(['ls-files', '-z', '--others', '--exclude-standard', '--', within], { cwd: top }))) records.push({ x: '?', y: '?', path: f, indexMode: '', indexOid: '' });
    } else if (inScope(rec.path)) records.push(rec);
  }
  const changes = new Map<string, string | null | FromIndex>();
  const hashed = new Set<string>();
  const folders = new Map<string, boolean>();
  // Only regular files within the size limit are read to hash them; anything else gets an id from what lstat says.
  const hash = (path: string) => {
    const file = readWorktreeFile(join(top, path), top, s.maxFileSize, folders);
    if (file.id === VANISHED) changes.set(path, null);
    else {
      changes.set(path, file.id ?? blobId(file.bytes));
      hashed.add(path);
    }
  };
  for (const { x, y, path, indexMode, indexOid } of records) {
    if (!keep(path, s.root)) continue;
    if (y === 'D' || (x === 'D' && y === ' ')) changes.set(path, null); // deleted (staged or not) and gone from disk
    else if (x === '?' || y === 'M' || y === 'T' || y === 'A') hash(path);
    else if (x === 'U' || y === 'U' || (x === 'A' && y === 'A') || (x === 'D' && y === 'D')) hash(path); // unmerged: the file on disk, markers and all
    else if (indexMode === '160000') continue;
    else changes.set(path, { fromIndex: listedId(indexMode, indexOid) }); // staged only: the work tree holds what the index holds
  }
  return { changes, hashed, head };
}

/** Blob ids of some paths in a tree (absent paths are left out). */
function treeBlobs(top: string, tree: string, paths: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (paths.length === 0) return out;
  for (const rec of splitZ(execGit(['ls-tree', '-z', '--full-tree', tree, '--', ...paths], { cwd: top }))) {
    const tab = rec.indexOf('\t');
    const [mode, type, oid] = rec.slice(0, tab).split(' ');
    if (type === 'blob' && mode !== '160000') out.set(rec.slice(tab + 1), listedId(mode!, oid!));
  }
  return out;
}

/**
 * quickSource against what an index recorded: its etk_meta (base_tree, dirty_absent) and the paths
 * of its rows flagged dirty. Null when it recorded no base tree, or the quick way does not apply.
 */
export function quickSourceFromIndex(s: SourceSpec, meta: ReadonlyMap<string, string>, dirtyRows: () => string[]): ReturnType<typeof quickSource> {
  const base = meta.get('base_tree') ?? '';
  if (base === '') return null;
  return quickSource(s, base, [...dirtyRows(), ...(JSON.parse(meta.get('dirty_absent') ?? '[]') as string[])], meta.get('commit') || undefined);
}

/**
 * The quick way to what changed, when the index knows the tree it was based on: `git diff-tree`
 * from that tree to the source's, what differs from the new base now (status for the work tree,
 * diff-index for git's index), and the paths that differed last time. Returns, for exactly those
 * paths, what the source holds (a blob id, or null); everything else is unchanged by construction.
 * Null when the quick way does not apply (an unborn branch, an intent-to-add entry).
 */
export function quickSource(s: SourceSpec, previousBase: string, previouslyDiffering: readonly string[], previousCommit?: string): (SourceListing & { candidates: Map<string, string | null> }) | null {
  if (s.top === null || s.scope !== s.root) return null;
  const top = s.top;
  let commit: string;
  let tree: string;
  const differs = new Map<string, string | null>();
  const hashed = new Set<string>();
  if (s.kind === 'rev' && s.revTree !== undefined && s.rev !== undefined && /^[0-9a-f]{40,64}$/.test(s.rev)) {
    commit = s.rev;
    tree = s.revTree;
  } else if (s.kind === 'rev') {
    commit = resolveRev(top, s.rev ?? 'HEAD');
    tree = execGit(['rev-parse', `${commit}^{tree}`], { cwd: top }).toString('utf8').trim();
  } else if (s.kind === 'worktree') {
    // One git call answers both what differs from HEAD and which commit HEAD is; when HEAD is the
    // commit the index was synced at, its tree is the recorded base and no other git call is needed.
    const wt = worktreeStatus(s, top);
    if (wt.head === null) return null;
    commit = wt.head;
    tree = previousCommit !== undefined && commit === previousCommit ? previousBase : execGit(['rev-parse', `${commit}^{tree}`], { cwd: top }).toString('utf8').trim();
    for (const [p, c] of wt.changes) differs.set(p, c !== null && typeof c === 'object' ? c.fromIndex : c);
    for (const p of wt.hashed) hashed.add(p);
  } else {
    const head = headAndTree(top);
    if (!head) return null;
    ({ commit, tree } = head);
  }
  const candidates = new Map<string, string | null>();
  if (tree !== previousBase) {
    let diff: Buffer;
    try {
      diff = execGit(['diff-tree', '-r', '-z', '--raw', '--no-renames', previousBase, tree, '--', spec(s)], { cwd: top });
    } catch (err) {
      // The recorded tree is not in this repository (an index restored from a CI cache into a
      // fresh shallow clone, or one copied from another clone): list every file instead.
      if (!gitSucceeds(['cat-file', '-e', `${previousBase}^{tree}`], top)) return null;
      throw err;
    }
    for (const [p, oid] of parseRawDiff(diff)) {
      if (keep(p, s.root)) candidates.set(p, oid);
    }
  }
  if (s.kind === 'index') {
    for (const [p, oid] of stagedVsHead(top, spec(s))) {
      if (!keep(p, s.root)) continue;
      if (oid === EMPTY_BLOB) return null; // maybe intent-to-add: let the full listing sort it out
      differs.set(p, oid);
    }
  }
  for (const [p, blob] of differs) candidates.set(p, blob);
  // Paths that differed from the old base and no longer differ now hold the new base's content.
  const back = previouslyDiffering.filter((p) => !differs.has(p) && !candidates.has(p));
  const inTree = treeBlobs(top, tree, back);
  for (const p of back) candidates.set(p, inTree.get(p) ?? null);
  const listing: Listing = new Map();
  for (const [p, b] of candidates) if (b !== null) listing.set(p, b);
  return {
    candidates,
    listing,
    hashed,
    state: { kind: s.kind, commit, tree: s.kind === 'rev' ? tree : null, dirty: s.kind === 'worktree' && differs.size > 0 },
    overlay: { baseTree: tree, differs },
  };
}

/** The bytes of the listed files: from the object store (index, rev) or from disk (work tree). */
export function readSourceFiles(s: SourceSpec, paths: readonly string[], listing: Listing): SourceFile[] {
  if (s.kind === 'worktree') {
    const folders = new Map<string, boolean>();
    return paths.map((p) => readWorktreeFile(join(s.base, p), s.base, s.maxFileSize, folders));
  }
  const oid = (p: string) => listing.get(p)!.replace(LINK, '');
  const blobs = readBlobs(s.top!, [...new Set(paths.map(oid))], s.maxFileSize);
  return paths.map((p) => blobFile(p, oid(p), listing.get(p)!.startsWith(LINK), blobs));
}
