import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { configHash } from '../config/configHash.ts';
import type { EtkConfig } from '../config/loadConfig.ts';
import { dirtyRows, meta } from '../db/inspect.ts';
import { isEtkIndexFile } from '../db/openDb.ts';
import { DDL, SCHEMA_VERSION } from '../db/schema.ts';
import { UsageError } from '../errors.ts';
import { listSource, quickSourceFromIndex, type SourceSpec } from '../sync/sourceFiles.ts';
import { syncInto, type SyncSource } from '../sync/syncIndex.ts';
import { updateProvenance } from './provenance.ts';
import { resolveRevision, type Revision } from './resolveRevision.ts';

/** How many snapshots the cache keeps (the least recently used go first); ETK_ASOF_CACHE overrides. */
export const ASOF_CACHE_SIZE = 4;

/**
 * A snapshot used (made or reused) this recently is never evicted, whatever the cache size: another
 * etk process may have just picked it and be about to open it. Once open, deleting it is harmless.
 */
export const ASOF_GRACE_MS = 30_000;

/**
 * The last two snapshots this process handed out (etk diff and dashboard --since open two, after
 * making both, which may take longer than ASOF_GRACE_MS): never evicted by it.
 */
const handedOut: string[] = [];

function handOut(file: string): void {
  const i = handedOut.indexOf(file);
  if (i >= 0) handedOut.splice(i, 1);
  handedOut.push(file);
  if (handedOut.length > 2) handedOut.shift();
}

export interface AsOfRequest {
  config: EtkConfig;
  /** The index the snapshot is derived from (need not be current, or even exist). */
  dbPath: string;
  rev: string;
  etkVersion: string;
  /** The flag the revision came with, for messages (--as-of, etk diff). */
  flag?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * false: the snapshot's provenance table may stay empty (its git log walk is most of a cold
   * snapshot's cost); it is walked the first time a question that needs it asks. Default true.
   */
  provenance?: boolean;
}

export interface AsOfIndex {
  /** An etk index of the files as the commit holds them (read it with openForRead). */
  path: string;
  revision: Revision;
  /** current: the index itself holds that commit; cached: reused as it was; derived: the index plus the files that differ; built: every file read. */
  how: 'current' | 'cached' | 'derived' | 'built';
  /** Files read to make it (0 when cached). */
  read: number;
  /**
   * Set when the cache folder could not be written (a read-only index folder): the snapshot was made
   * in a temporary folder removed when etk exits, and this sentence says so (for stderr).
   */
  warning?: string;
}

/** The cache folder beside the index: `<index>-asof/` (etk init's `.gitignore` line `<index>*` covers it; it holds its own `.gitignore` too). */
export function asOfCacheDir(dbPath: string): string {
  return `${dbPath}-asof`;
}

function cacheSize(env: NodeJS.ProcessEnv): number {
  const v = env.ETK_ASOF_CACHE;
  return v !== undefined && /^\d+$/.test(v) && Number(v) >= 1 ? Number(v) : ASOF_CACHE_SIZE;
}

/** Whether a cached snapshot still answers for this configuration and etk. */
function usable(path: string, config: EtkConfig, etkVersion: string): Record<string, string> | null {
  if (!isEtkIndexFile(path)) return null;
  let db: DatabaseSync | null = null;
  try {
    // Another process may evict it between the two opens: then it is simply not in the cache.
    db = new DatabaseSync(path, { readOnly: true });
    if (Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version) !== SCHEMA_VERSION) return null;
    const m = meta(db);
    return m.config_hash === configHash(config) && m.etk_version === etkVersion && m.source === 'rev' ? m : null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** Marks a snapshot as just used (its mtime orders eviction and guards it, see ASOF_GRACE_MS); false when it is gone. */
function touch(file: string): boolean {
  try {
    const now = new Date();
    utimesSync(file, now, now);
    return true;
  } catch {
    return false;
  }
}

/**
 * The index as of a commit, tag or branch: the same rows a fresh clone at that commit would index
 * (with this configuration). Derived from the current index: a copy of it, synced to the commit's
 * tree by the usual quick way (git diff-tree from the tree it recorded, plus its uncommitted files),
 * so only the files that differ are read. Kept in a small cache keyed by tree id beside the index
 * (safe to delete at any time); the provenance table is walked to the commit itself (unless
 * `provenance: false`: then only when a later request needs it).
 */
export async function asOfIndex(req: AsOfRequest): Promise<AsOfIndex> {
  const { config } = req;
  const flag = req.flag ?? '--as-of';
  if (config.top === null) throw new UsageError(`${flag} reads git's history, and ${config.projectDir} is not inside a git repository`, 'run it inside your repository');
  const top = config.top;
  const revision = resolveRevision(top, req.rev, flag);
  const cacheDir = asOfCacheDir(req.dbPath);
  const writable = prepareCacheDir(cacheDir);
  // The index itself, when it holds exactly that commit (clean, same tree, provenance walked to it).
  if (indexIsAt(req.dbPath, revision, config, req.etkVersion, req.provenance !== false)) return { path: req.dbPath, revision, how: 'current', read: 0 };
  const cachedFile = join(cacheDir, `${revision.tree}.db`);
  const env = req.env ?? process.env;
  // Touched before it is checked: from then on no other etk process evicts it (ASOF_GRACE_MS).
  const cached = writable === null ? (touch(cachedFile) ? usable(cachedFile, config, req.etkVersion) : null) : existsSync(cachedFile) ? usable(cachedFile, config, req.etkVersion) : null;
  // A snapshot another user left in a cache this one may not write still answers, unless its provenance must be walked again.
  if (cached !== null && (writable === null || req.provenance === false || cached.provenance_head === revision.commit)) {
    const file = cachedFile;
    if (req.provenance !== false && cached.provenance_head !== revision.commit) {
      // Another commit with the same tree: the files are the same, their history is not.
      const db = new DatabaseSync(file);
      try {
        db.exec('BEGIN IMMEDIATE');
        updateProvenance(db, { top, root: config.root }, revision.commit, false);
        db.prepare("UPDATE etk_meta SET value = ? WHERE key = 'commit'").run(revision.commit);
        db.exec('COMMIT');
      } finally {
        if (db.isTransaction) db.exec('ROLLBACK');
        db.close();
      }
    }
    if (writable === null) {
      handOut(file);
      evict(cacheDir, cacheSize(env));
    }
    return { path: file, revision, how: 'cached', read: 0 };
  }
  // A cache folder etk may not write: the snapshot goes to a private temporary folder, removed at exit.
  const dir = writable === null ? cacheDir : privateTempDir();
  const file = join(dir, `${revision.tree}.db`);
  const warning = writable === null ? undefined : `cannot keep the snapshot in ${cacheDir} (${writable}); made it in a temporary folder, removed when etk exits (make the index folder writable to cache it)`;

  const tmp = join(dir, `${revision.tree}.${process.pid}.${Date.now()}.tmp`);
  const fromIndex = existsSync(req.dbPath) && statSync(req.dbPath).size > 0 && isEtkIndexFile(req.dbPath);
  try {
    let db: DatabaseSync;
    if (fromIndex) {
      await copyIndex(req.dbPath, tmp);
      db = new DatabaseSync(tmp);
      // One file, no write-ahead log: a snapshot is written once and then only read.
      db.exec('PRAGMA journal_mode = DELETE');
      if (Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version) !== SCHEMA_VERSION) {
        db.close();
        rmSync(tmp, { force: true });
        db = freshDb(tmp);
      }
    } else db = freshDb(tmp);
    let read = 0;
    try {
      db.exec('PRAGMA foreign_keys = ON');
      const spec: SourceSpec = { kind: 'rev', rev: revision.commit, revTree: revision.tree, top, base: top, root: config.root, scope: config.root, maxFileSize: config.maxFileSize };
      const m = new Map(Object.entries(meta(db)));
      const quick = m.get('config_hash') === configHash(config) && m.get('etk_version') === req.etkVersion ? quickSourceFromIndex(spec, m, () => dirtyRows(db)) : null;
      const source: SyncSource = quick ? { ...quick, quickFrom: m.get('base_tree') ?? '' } : { ...listSource(spec), candidates: null, quickFrom: null };
      const outcome = await syncInto(db, { config, dbPath: tmp, etkVersion: req.etkVersion, source: 'rev', rev: revision.commit, provenance: req.provenance !== false }, spec, source);
      read = outcome.plan.added.length + outcome.plan.changed.length;
    } finally {
      db.close();
    }
    renameSync(tmp, file);
    if (writable === null) {
      handOut(file);
      evict(dir, cacheSize(env));
    }
    return { path: file, revision, how: fromIndex ? 'derived' : 'built', read, ...(warning !== undefined ? { warning } : {}) };
  } catch (err) {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
    throw err;
  }
}

/** Whether the index's rows are those of the commit: its base tree, nothing uncommitted, same configuration and etk. */
function indexIsAt(path: string, revision: Revision, config: EtkConfig, etkVersion: string, provenance: boolean): boolean {
  if (!existsSync(path) || statSync(path).size === 0 || !isEtkIndexFile(path)) return false;
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    if (Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version) !== SCHEMA_VERSION) return false;
    const m = meta(db);
    const clean = (m.dirty_absent ?? '[]') === '[]' && db.prepare('SELECT 1 FROM files WHERE dirty = 1 LIMIT 1').get() === undefined;
    return clean && m.base_tree === revision.tree && m.config_hash === configHash(config) && m.etk_version === etkVersion && (!provenance || m.provenance_head === revision.commit);
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** Creates the cache folder (and its .gitignore); null when etk may write it, else why not. */
/**
 * A consistent copy of the index at `to`. When its write-ahead log holds nothing, a read
 * transaction is opened first: no checkpoint can then write into the database file (it would need
 * the lock that readers of the file alone hold), so the file is copied as a whole (the kernel's
 * copy: about 2.5 times faster than page by page at 10k artifacts). Otherwise, SQLite's online
 * backup copies it page by page, log included.
 */
async function copyIndex(from: string, to: string): Promise<void> {
  const source = new DatabaseSync(from, { readOnly: true });
  try {
    const wal = `${from}-wal`;
    const walEmpty = () => !existsSync(wal) || statSync(wal).size === 0;
    if (walEmpty()) {
      source.exec('BEGIN');
      try {
        source.prepare('SELECT COUNT(*) FROM etk_meta').get(); // the read transaction starts here
        if (walEmpty()) {
          copyFileSync(from, to);
          return;
        }
      } finally {
        source.exec('ROLLBACK');
      }
    }
    await backup(source, to, { rate: 1 << 30 });
  } finally {
    source.close();
  }
}

function prepareCacheDir(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, '.gitignore'))) writeFileSync(join(dir, '.gitignore'), '# etk --as-of snapshots: a cache, safe to delete, never committed\n*\n');
    accessSync(dir, constants.W_OK);
    return null;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return e.code ?? e.message;
  }
}

const temporary: string[] = [];

/** A folder of this process's own under the system's temporary folder, removed when it exits. */
function privateTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'etk-asof-'));
  if (temporary.length === 0) process.on('exit', () => temporary.forEach((d) => rmSync(d, { recursive: true, force: true })));
  temporary.push(dir);
  return dir;
}

function freshDb(path: string): DatabaseSync {
  const db = new DatabaseSync(path);
  db.exec(DDL);
  db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  return db;
}

/**
 * Keeps the `keep` most recently used snapshots, and never removes one this process handed out, one
 * used in the last ASOF_GRACE_MS by any process (it may be about to open it), or one being written
 * (a .tmp file, unless its process died more than an hour ago). Safe against concurrent etk runs:
 * a file another one removed first is skipped.
 */
function evict(dir: string, keep: number): void {
  const mtime = (p: string) => {
    try {
      return statSync(p).mtimeMs;
    } catch {
      return null;
    }
  };
  const remove = (p: string) => {
    try {
      rmSync(p, { force: true });
    } catch {
      // In use where an open file cannot be removed (Windows): the next run tries again.
    }
  };
  const names = readdirSync(dir);
  const entries = names
    .filter((n) => n.endsWith('.db'))
    .map((n) => join(dir, n))
    .map((p) => ({ p, t: mtime(p) }))
    .filter((e): e is { p: string; t: number } => e.t !== null)
    .sort((a, b) => b.t - a.t);
  const kept = entries.filter((e) => handedOut.includes(e.p)).length;
  let room = Math.max(0, keep - kept);
  for (const { p } of entries) {
    if (handedOut.includes(p)) continue;
    if (room > 0) {
      room--;
      continue;
    }
    // Looked at again just before: another run may have touched it since the listing.
    const t = mtime(p);
    if (t !== null && Date.now() - t >= ASOF_GRACE_MS) remove(p);
  }
  // Temporary files of a process that died (older than an hour).
  for (const n of names) {
    const p = join(dir, n);
    const t = n.endsWith('.tmp') ? mtime(p) : null;
    if (t !== null && Date.now() - t > 3_600_000) remove(p);
  }
}
