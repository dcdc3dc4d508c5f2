/**
 * `git log -z --name-status --format=<LOG_FORMAT>` as plain data (pure: no git here). Each commit
 * starts with \x01 and carries its id, author name, author email, author date (ISO 8601, with its
 * zone) and committer time (Unix seconds); then its changes, `S\0path\0`, or `R<score>\0old\0new\0`
 * for a rename or copy (with --raw: `:<modes> <blobs> S\0path\0`, the new blob id kept).
 */
export const LOG_FORMAT = '%x01%H%x00%an%x00%ae%x00%aI%x00%ct%x00%P';

export interface LogChange {
  /** A, M, D, T, R or C (the rename/copy score dropped). */
  status: string;
  path: string;
  /** The path before, for a rename or copy. */
  from?: string;
  /** With --raw (and --no-abbrev): the blob id after the change (all zeros when deleted). */
  blob?: string;
}

export interface LogCommit {
  commit: string;
  author: string;
  email: string;
  /** Author date, ISO 8601 with its zone as git wrote it. */
  date: string;
  /** Committer time in Unix seconds (orders commits). */
  time: number;
  parents: string[];
  changes: LogChange[];
}

export function parseLog(out: Buffer | string): LogCommit[] {
  const text = typeof out === 'string' ? out : out.toString('utf8');
  const parts = text.split('\0');
  const commits: LogCommit[] = [];
  let i = 0;
  while (i < parts.length) {
    const tok = parts[i]!.replace(/^\n+/, '');
    if (tok.startsWith('\x01')) {
      const [commit, author, email, date, time, parents] = [tok.slice(1), parts[i + 1] ?? '', parts[i + 2] ?? '', parts[i + 3] ?? '', parts[i + 4] ?? '0', parts[i + 5] ?? ''];
      commits.push({ commit, author, email, date, time: Number(time), parents: parents.split(' ').filter(Boolean), changes: [] });
      i += 6;
      continue;
    }
    const current = commits[commits.length - 1];
    if (tok === '' || current === undefined) {
      i++;
      continue;
    }
    if (tok.startsWith(':')) {
      // --raw: `:<mode> <mode> <blob> <blob> <status>` then one or two paths.
      const [, , , newBlob = '', st = ''] = tok.slice(1).split(' ');
      const status = st[0] ?? 'M';
      if (status === 'R' || status === 'C') {
        current.changes.push({ status, from: parts[i + 1] ?? '', path: parts[i + 2] ?? '', blob: newBlob });
        i += 3;
      } else {
        current.changes.push({ status, path: parts[i + 1] ?? '', blob: newBlob });
        i += 2;
      }
      continue;
    }
    const status = tok[0]!;
    if (status === 'R' || status === 'C') {
      current.changes.push({ status, from: parts[i + 1] ?? '', path: parts[i + 2] ?? '' });
      i += 3;
    } else {
      current.changes.push({ status, path: parts[i + 1] ?? '' });
      i += 2;
    }
  }
  return commits;
}
