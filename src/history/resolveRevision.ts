import { UsageError } from '../errors.ts';
import { execGit } from '../git/execGit.ts';
import { shallowCommits } from './provenance.ts';

export interface Revision {
  /** As the user wrote it. */
  name: string;
  commit: string;
  tree: string;
}

/**
 * A branch, tag or commit as a commit id and its tree, or a sentence: a name git does not know,
 * or (in a shallow clone) one older than the history the clone holds.
 */
export function resolveRevision(top: string, rev: string, flag: string): Revision {
  const out = execGit(['rev-parse', '--verify', '-q', '--end-of-options', `${rev}^{commit}`], { cwd: top, okCodes: [1, 128] }).toString('utf8').trim();
  if (!/^[0-9a-f]{40,64}$/.test(out)) {
    // A blob or tree id (HEAD:README.md, HEAD^{tree}) names something git has, only not a commit.
    const typeOf = (name: string) => execGit(['cat-file', '-t', '--end-of-options', name], { cwd: top, okCodes: [1, 128] }).toString('utf8').trim();
    let type = typeOf(rev);
    if (type === 'tag') type = typeOf(`${rev}^{}`);
    if (type === 'blob' || type === 'tree') {
      throw new UsageError(`${flag} ${rev}: is a ${type}, not a commit (${type === 'blob' ? "a file's content" : "a folder's listing"}, which has no history of its own)`, 'name a branch, a tag or a commit id that git log shows');
    }
    const shallow = shallowCommits(top).size > 0;
    throw new UsageError(
      `${flag} ${rev}: no such commit, branch or tag in this repository${shallow ? ' (this is a shallow clone: older commits and other branches are not here)' : ''}`,
      shallow ? 'fetch more history (git fetch --deepen 50, or git fetch --unshallow), or name a commit git log shows' : 'name a branch, a tag or a commit id that git log shows',
    );
  }
  const tree = execGit(['rev-parse', `${out}^{tree}`], { cwd: top }).toString('utf8').trim();
  return { name: rev, commit: out, tree };
}
