import type { EtkConfig } from '../config/loadConfig.ts';
import { openForRead } from '../db/openDb.ts';
import { UsageError } from '../errors.ts';
import { execGit, gitSucceeds } from '../git/execGit.ts';
import { asOfIndex } from './asOfIndex.ts';
import { loadSnapshots } from './loadSnapshots.ts';
import { shallowCommits } from './provenance.ts';
import { semanticDiff, type SemanticDiff } from './semanticDiff.ts';

/** One side of a diff: a revision, or the work tree (the index itself, brought up to date by the caller). */
export type DiffSide = { rev: string; label?: string } | { worktree: true };

export interface DiffRequest {
  config: EtkConfig;
  dbPath: string;
  etkVersion: string;
  from: DiffSide;
  to: DiffSide;
  /** For messages: 'etk diff', '--since'. */
  flag: string;
  /** Told a sentence when a snapshot could not be cached (a read-only index folder). */
  warn?: (sentence: string) => void;
}

/** The default branch: origin's HEAD, else a local main or master. */
export function defaultBranch(top: string): string | null {
  const remote = execGit(['symbolic-ref', '-q', '--short', 'refs/remotes/origin/HEAD'], { cwd: top, okCodes: [1, 128] }).toString('utf8').trim();
  if (remote !== '') return remote;
  for (const b of ['main', 'master']) if (gitSucceeds(['rev-parse', '--verify', '-q', `refs/heads/${b}`], top)) return b;
  return null;
}

/** Where the current branch left the default branch (what a pull request is compared with). */
export function mergeBaseWithDefault(top: string, flag: string): { rev: string; label: string } {
  const branch = defaultBranch(top);
  if (branch === null) throw new UsageError(`${flag}: cannot tell this repository's default branch (no origin/HEAD, main or master)`, 'name the revisions: etk diff <from> [<to>], e.g. etk diff v1.0 HEAD');
  const base = execGit(['merge-base', 'HEAD', branch], { cwd: top, okCodes: [1, 128] }).toString('utf8').trim();
  if (!/^[0-9a-f]{40,64}$/.test(base)) {
    const shallow = shallowCommits(top).size > 0;
    throw new UsageError(`${flag}: HEAD and ${branch} have no common commit here${shallow ? ' (this is a shallow clone: the history that joins them is not here)' : ''}`, shallow ? 'fetch more history (git fetch --deepen 50, or --unshallow), or name the revisions' : 'name the revisions: etk diff <from> [<to>]');
  }
  return { rev: base, label: `merge base with ${branch}` };
}

/** Reads the two sides (each a snapshot of the index; only files that differ are read) and compares them. */
export async function diffRevisions(req: DiffRequest): Promise<SemanticDiff> {
  const open = async (s: DiffSide) => {
    if ('worktree' in s) return { path: req.dbPath, label: 'work tree', commit: null };
    const snap = await asOfIndex({ config: req.config, dbPath: req.dbPath, rev: s.rev, etkVersion: req.etkVersion, flag: req.flag, provenance: false });
    if (snap.warning !== undefined) req.warn?.(`${req.flag} ${s.rev}: ${snap.warning}`);
    return { path: snap.path, label: s.label ?? s.rev, commit: snap.revision.commit };
  };
  const a = await open(req.from);
  const b = await open(req.to);
  const dbA = openForRead(a.path);
  try {
    const dbB = openForRead(b.path);
    try {
      const [sa, sb] = loadSnapshots({ db: dbA, label: a.label, commit: a.commit }, { db: dbB, label: b.label, commit: b.commit });
      return semanticDiff(sa, sb);
    } finally {
      dbB.close();
    }
  } finally {
    dbA.close();
  }
}
