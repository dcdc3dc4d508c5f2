import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { classifyPath } from '../artifacts/layout.ts';
import { execGit, gitSucceeds } from '../git/execGit.ts';
import { LOG_FORMAT, parseLog, type LogCommit } from './parseLog.ts';

/**
 * Per file, the commit, author and date of its first and last change (the `provenance` table),
 * from one `git log --name-status` walk: incremental from the commit the table was last walked to
 * when that commit is an ancestor of the new one, else (a rebase, an amend, a reset, a clone made
 * deeper) the whole history again. Renames carry a file's first change to its new path.
 *
 * "First" and "last" are the oldest and newest by committer time (ties: the commit id), so the order
 * a walk meets merged branches in does not matter: an incremental walk and a rebuild agree.
 * In a shallow clone the commits at its edge show every file as added: what they say is unknown
 * (NULL), not a first change.
 */

export interface Change {
  commit: string;
  author: string;
  date: string;
  time: number;
}

export interface ProvenanceRecord {
  /** null: before the history this clone has (shallow). */
  first: Change | null;
  last: Change | null;
}

const newer = (a: Change | null, b: Change | null): Change | null => (a === null ? b : b === null ? a : b.time > a.time || (b.time === a.time && b.commit > a.commit) ? b : a);

/**
 * Applies commits (oldest first) to the records (pure; `get` loads a record on demand). `keep`
 * says which paths are recorded; `shallow` holds the ids of the commits at a shallow clone's edge.
 */
export function applyLog(commits: readonly LogCommit[], records: Map<string, ProvenanceRecord | null>, get: (path: string) => ProvenanceRecord | null, keep: (path: string) => boolean, shallow: ReadonlySet<string>): void {
  const read = (p: string) => (records.has(p) ? records.get(p)! : get(p));
  for (const c of commits) {
    const change: Change = { commit: c.commit, author: c.author, date: c.date, time: c.time };
    const edge = shallow.has(c.commit);
    for (const ch of c.changes) {
      if (ch.status === 'D') {
        if (keep(ch.path)) records.set(ch.path, null);
        continue;
      }
      if (ch.status === 'R' && ch.from !== undefined) {
        const old = read(ch.from);
        if (keep(ch.from)) records.set(ch.from, null);
        if (keep(ch.path)) records.set(ch.path, { first: old ? old.first : change, last: newer(old?.last ?? null, change) });
        continue;
      }
      if (!keep(ch.path)) continue;
      if (ch.status === 'A' || ch.status === 'C') {
        records.set(ch.path, edge ? { first: null, last: null } : { first: change, last: change });
      } else {
        // M or T; a file changed on a branch while it did not exist here: its first change is unknown.
        const had = read(ch.path);
        records.set(ch.path, { first: had ? had.first : null, last: newer(had?.last ?? null, change) });
      }
    }
  }
}

export interface ProvenanceRepo {
  top: string;
  root: string;
}

/** The ids of the commits at a shallow clone's edge (empty for a full clone). */
export function shallowCommits(top: string): Set<string> {
  const out = execGit(['rev-parse', '--git-path', 'shallow'], { cwd: top }).toString('utf8').trim();
  const file = isAbsolute(out) ? out : join(top, out);
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l)));
}

/** The walk itself: `git log` over `range` (commits oldest first) below the experiments root. */
export function walkLog(top: string, root: string, range: readonly string[]): LogCommit[] {
  const pathspec = root === '' ? '.' : root;
  return parseLog(execGit(['log', '--reverse', '--topo-order', '-z', '--name-status', '-M', `--format=${LOG_FORMAT}`, ...range, '--', pathspec], { cwd: top }));
}

function metaValue(db: DatabaseSync, key: string): string {
  return (db.prepare('SELECT value FROM etk_meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? '';
}

/**
 * Brings the provenance table to `head` (a commit id; null: no commit, the table empties), inside
 * the caller's transaction. `full`: walk the whole history whatever was recorded.
 */
export function updateProvenance(db: DatabaseSync, repo: ProvenanceRepo | null, head: string | null, full: boolean): 'current' | 'incremental' | 'full' | 'none' {
  const recorded = metaValue(db, 'provenance_head');
  const setMeta = db.prepare('INSERT INTO etk_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  if (repo === null || head === null) {
    db.exec('DELETE FROM provenance');
    setMeta.run('provenance_head', '');
    setMeta.run('provenance_shallow', '');
    return 'none';
  }
  const shallow = shallowCommits(repo.top);
  const shallowKey = [...shallow].sort().join(' ');
  const sameEdge = metaValue(db, 'provenance_shallow') === shallowKey;
  if (!full && recorded === head && sameEdge) return 'current';
  const incremental = !full && recorded !== '' && sameEdge && gitSucceeds(['merge-base', '--is-ancestor', recorded, head], repo.top);
  const commits = walkLog(repo.top, repo.root, incremental ? [`${recorded}..${head}`] : [head]);
  const keep = (p: string) => classifyPath(p, repo.root).kind !== 'ignored';
  const records = new Map<string, ProvenanceRecord | null>();
  const select = db.prepare('SELECT first_commit, first_author, first_date, first_time, last_commit, last_author, last_date, last_time FROM provenance WHERE path = ?');
  const get = (p: string): ProvenanceRecord | null => {
    if (!incremental) return null;
    const r = select.get(p) as Record<string, string | number | null> | undefined;
    if (!r) return null;
    const change = (k: 'first' | 'last'): Change | null => (r[`${k}_commit`] === null ? null : { commit: String(r[`${k}_commit`]), author: String(r[`${k}_author`]), date: String(r[`${k}_date`]), time: Number(r[`${k}_time`]) });
    return { first: change('first'), last: change('last') };
  };
  applyLog(commits, records, get, keep, shallow);
  if (!incremental) db.exec('DELETE FROM provenance');
  const del = db.prepare('DELETE FROM provenance WHERE path = ?');
  const put = db.prepare('INSERT OR REPLACE INTO provenance (path, first_commit, first_author, first_date, first_time, last_commit, last_author, last_date, last_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const [path, r] of records) {
    if (r === null) del.run(path);
    else put.run(path, r.first?.commit ?? null, r.first?.author ?? null, r.first?.date ?? null, r.first?.time ?? null, r.last?.commit ?? null, r.last?.author ?? null, r.last?.date ?? null, r.last?.time ?? null);
  }
  setMeta.run('provenance_head', head);
  setMeta.run('provenance_shallow', shallowKey);
  return incremental ? 'incremental' : 'full';
}
