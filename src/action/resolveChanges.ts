import { execGit, gitSucceeds } from '../git/execGit.ts';
import { parseRawDiff } from '../sync/sourceFiles.ts';
import type { CiEvent } from './ciEvent.ts';

/** How the changed files were worked out. */
export type ChangeMethod = 'merge-commit' | 'merge-base' | 'base-commit' | 'all';

export interface ChangeResolution {
  method: ChangeMethod;
  /** The commit HEAD was compared with (null for `all`). */
  base: string | null;
  /** Path -> new blob id, null when deleted; null when every artifact must be checked. */
  changes: Map<string, string | null> | null;
  /** Commits fetched from the remote to get there. */
  fetched: string[];
  /** One sentence for people: what was compared and why (and, for `all`, why nothing better was possible). */
  note: string;
}

export interface ResolveRequest {
  /** Repository top. */
  top: string;
  /** An explicit base (the action's `base` input, `etk ci check --base`): a commit, branch or tag. */
  base?: string | undefined;
  event: CiEvent;
  /** Remote to fetch a missing commit from (default origin); fetching is skipped when it does not exist. */
  remote?: string;
  /** Allow `git fetch` (default true). */
  fetch?: boolean;
}

const short = (sha: string) => sha.slice(0, 12);

function hasCommit(top: string, rev: string): boolean {
  return gitSucceeds(['cat-file', '-e', `${rev}^{commit}`], top);
}

function resolveRev(top: string, rev: string): string | null {
  const out = execGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], { cwd: top, okCodes: [1] }).toString('utf8').trim();
  return out === '' ? null : out;
}

/** The parents HEAD's commit object names, also in a shallow clone (where git hides them). */
export function rawParents(commitText: string): string[] {
  const parents: string[] = [];
  for (const line of commitText.split('\n')) {
    if (line === '') break;
    if (line.startsWith('parent ')) parents.push(line.slice(7).trim());
  }
  return parents;
}

function isShallow(top: string): boolean {
  return execGit(['rev-parse', '--is-shallow-repository'], { cwd: top }).toString('utf8').trim() === 'true';
}

function hasRemote(top: string, remote: string): boolean {
  return gitSucceeds(['remote', 'get-url', remote], top);
}

/** Fetches one commit (or ref) from the remote: only that commit in a shallow clone, with its history otherwise. */
function fetchCommit(top: string, remote: string, what: string, shallow: boolean): { ok: true } | { ok: false; why: string } {
  if (!hasRemote(top, remote)) return { ok: false, why: `there is no remote "${remote}" to fetch it from` };
  try {
    execGit(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', ...(shallow ? ['--depth=1'] : []), remote, what], { cwd: top });
    return { ok: true };
  } catch (err) {
    return { ok: false, why: `git fetch ${remote} ${what} failed: ${(err as Error).message.replace(/^git fetch failed[^:]*: /, '').split('\n')[0]}` };
  }
}

function diff(top: string, from: string): Map<string, string | null> {
  return parseRawDiff(execGit(['diff-tree', '-r', '-z', '--raw', '--no-renames', from, 'HEAD'], { cwd: top }));
}

function mergeBase(top: string, a: string): string | null {
  const out = execGit(['merge-base', a, 'HEAD'], { cwd: top, okCodes: [1] }).toString('utf8').trim();
  return out === '' ? null : out;
}

/**
 * Works out what a change (a pull request, a merge group, a push) changed, from git alone:
 *
 * 1. HEAD is the PR's merge commit (what actions/checkout checks out for pull_request: its second
 *    parent is the event's head commit): compare with its first parent, fetching that one commit
 *    when the clone is shallow;
 * 2. else the merge base of the base commit and HEAD;
 * 3. else fetch the missing base commit and try again (in a shallow clone, without the history for a
 *    merge base, compare with the base commit itself);
 * 4. else (no base known, no history, nothing to fetch): check everything, and say why.
 */
export function resolveChanges(req: ResolveRequest): ChangeResolution {
  const { top, event } = req;
  const remote = req.remote ?? 'origin';
  const mayFetch = req.fetch ?? true;
  const fetched: string[] = [];
  const all = (note: string): ChangeResolution => ({ method: 'all', base: null, changes: null, fetched, note });

  const head = resolveRev(top, 'HEAD');
  if (head === null) return all('the repository has no commit checked out, so every artifact was checked');
  const shallow = isShallow(top);
  const explicit = req.base !== undefined && req.base !== '';

  // 1. The merge commit's parents: HEAD merges the PR head into the base branch.
  if (!explicit) {
    const parents = rawParents(execGit(['cat-file', 'commit', head], { cwd: top }).toString('utf8'));
    const first = parents[0];
    // Only on the event's word: a PR branch that merged its base in also has a merge commit at its tip.
    const isPrMerge = parents.length === 2 && first !== undefined && event.headSha !== null && parents[1] === event.headSha;
    if (isPrMerge) {
      let present = hasCommit(top, first);
      if (!present && mayFetch) {
        const f = fetchCommit(top, remote, first, shallow);
        if (f.ok && hasCommit(top, first)) {
          fetched.push(first);
          present = true;
        }
      }
      if (present) {
        return { method: 'merge-commit', base: first, changes: diff(top, first), fetched, note: `compared the merge commit ${short(head)} with its first parent ${short(first)} (the base branch)${fetched.length ? ', fetched from the remote' : ''}` };
      }
    }
  }

  // 2. The merge base with the base commit.
  const wanted = explicit ? req.base! : event.baseSha;
  if (wanted === null) {
    return all(event.name === null
      ? 'no base to compare with (no pull request event and no base given), so every artifact was checked'
      : `the ${event.name} event names no base commit and none was given, so every artifact was checked`);
  }
  let base = resolveRev(top, wanted) ?? (explicit ? resolveRev(top, `${remote}/${wanted}`) : null);
  let fetchedNote = '';
  if (base === null) {
    // 3. Fetch the missing base commit.
    if (!mayFetch) return all(`the base ${wanted} is not in this clone (fetching is off), so every artifact was checked`);
    // A commit id is fetched as is; a branch name into its remote-tracking ref.
    const refspec = /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(wanted) ? wanted : `+refs/heads/${wanted.replace(/^refs\/heads\//, '')}:refs/remotes/${remote}/${wanted.replace(/^refs\/heads\//, '')}`;
    const f = fetchCommit(top, remote, refspec, shallow);
    if (!f.ok) return all(`the base ${wanted} is not in this clone and ${f.why}, so every artifact was checked`);
    base = resolveRev(top, wanted) ?? resolveRev(top, `${remote}/${wanted.replace(/^refs\/heads\//, '')}`);
    if (base === null) return all(`the base ${wanted} could not be fetched, so every artifact was checked`);
    fetched.push(base);
    fetchedNote = ', fetched from the remote';
  }
  const mb = mergeBase(top, base);
  if (mb !== null) {
    return { method: 'merge-base', base: mb, changes: diff(top, mb), fetched, note: `compared HEAD ${short(head)} with ${short(mb)}, the merge base of HEAD and the base ${short(base)}${fetchedNote}` };
  }
  return {
    method: 'base-commit',
    base,
    changes: diff(top, base),
    fetched,
    note: `no merge base of HEAD ${short(head)} and the base ${short(base)} in this ${shallow ? 'shallow ' : ''}clone${fetchedNote}: compared with the base commit itself (if the base branch moved on since the fork, the files it changed are checked too; fetch-depth: 0 gives the exact list)`,
  };
}
