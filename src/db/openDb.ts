import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { ConfigError, EtkError } from '../errors.ts';
import { checkDatabasePath, databaseError, isSqliteError } from './databaseError.ts';
import { DDL, ETK_TABLES, ETK_VIEWS, ROADMAP_TABLES, SCHEMA_VERSION } from './schema.ts';

/** The database file cannot be read as SQLite, or fails its integrity check. Exit 2. */
export class CorruptDatabaseError extends EtkError {
  constructor(path: string, detail: string) {
    super(`the index ${path} is damaged or not an SQLite database (${detail})`, 2, 'it is a cache of the Markdown: rebuild it with `etk sync --force`');
  }
}

/** How long a writer waits for another etk process before giving up (ms), unless ETK_BUSY_TIMEOUT says otherwise. */
export const BUSY_TIMEOUT_MS = 60_000;

/** The busy timeout: ETK_BUSY_TIMEOUT=SECONDS (a CI job that should fail fast, a test), else BUSY_TIMEOUT_MS. */
export function busyTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.ETK_BUSY_TIMEOUT;
  return v !== undefined && /^\d+(\.\d+)?$/.test(v) ? Math.round(Number(v) * 1000) : BUSY_TIMEOUT_MS;
}

export interface OpenedDb {
  db: DatabaseSync;
  path: string;
  /** Set when this open migrated an older or foreign database (and where the backup went). */
  migrated?: { from: number; backup: string | null; foreignTables: string[] };
}

function isCorruption(err: unknown): boolean {
  const m = (err as Error)?.message ?? '';
  return /file is not a database|database disk image is malformed|file is encrypted/i.test(m);
}

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

function userVersion(db: DatabaseSync): number {
  return Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
}

function objects(db: DatabaseSync): { name: string; type: string }[] {
  return db.prepare("SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all() as { name: string; type: string }[];
}

/** Names etk may drop: its own objects and the roadmap's tables of the same names (and FTS shadow tables). */
function isEtkObject(name: string): boolean {
  const own = new Set<string>([...ETK_TABLES, ...ETK_VIEWS, ...ROADMAP_TABLES]);
  if (own.has(name)) return true;
  if (/^artifacts_fts_(data|idx|content|docsize|config)$/.test(name)) return true;
  if (/^artifacts_fts_a[iud]$/.test(name)) return true;
  return name.startsWith('idx_') && /^idx_(experiments|artifacts|tags|metrics|diagnostics|files)_/.test(name);
}

/** Drops etk's objects (and the roadmap's), leaving every other table alone. */
export function dropEtkObjects(db: DatabaseSync): void {
  const order: Record<string, number> = { trigger: 0, view: 1, index: 2, table: 3 };
  let pending = objects(db).filter((o) => isEtkObject(o.name) && !(o.type === 'table' && /^artifacts_fts_/.test(o.name))).sort((a, b) => (order[a.type] ?? 9) - (order[b.type] ?? 9));
  // Tables that others reference must go after them (foreign keys stay on, inside the caller's
  // transaction): drop what can be dropped, then retry the rest, until nothing is left.
  while (pending.length > 0) {
    const failed: typeof pending = [];
    let lastError: unknown;
    for (const o of pending) {
      // Shadow tables of an FTS5 table go with it.
      if (!db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(o.name)) continue;
      try {
        db.exec(`DROP ${o.type.toUpperCase()} IF EXISTS "${o.name.replace(/"/g, '""')}"`);
      } catch (err) {
        failed.push(o);
        lastError = err;
      }
    }
    if (failed.length === pending.length) throw lastError;
    pending = failed;
  }
  db.exec('PRAGMA user_version = 0');
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * WAL lets readers work while a sync writes. Switching to it needs a moment with no other
 * connection in a transaction, and SQLite answers "busy" at once instead of waiting: retry until
 * the busy timeout, as every other statement waits.
 */
function useWal(db: DatabaseSync, path: string): void {
  const mode = String((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode);
  if (mode.toLowerCase() === 'wal') return;
  const deadline = Date.now() + busyTimeoutMs();
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      db.exec('PRAGMA journal_mode = WAL');
      return;
    } catch (err) {
      if (!/locked|busy/i.test((err as Error).message) || Date.now() > deadline) {
        db.close();
        if (isCorruption(err)) throw new CorruptDatabaseError(path, (err as Error).message);
        throw err;
      }
      Atomics.wait(sleeper, 0, 0, wait);
    }
  }
}

function configure(db: DatabaseSync): void {
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA synchronous = NORMAL');
}

/**
 * Opens tracking.db for writing: creates it, or migrates an older, empty-roadmap or foreign database
 * after backing the file up (a serialized copy under the write lock, so a WAL is included; VACUUM
 * INTO on Node 22). Tables etk does not own are left
 * alone. A database newer than this etk is refused before anything is written.
 */
export function openForWrite(path: string): OpenedDb {
  try {
    checkDatabasePath(path);
    return openWritable(path);
  } catch (err) {
    if (isCorruption(err)) throw new CorruptDatabaseError(path, (err as Error).message);
    throw databaseError(path, err, 'write');
  }
}

function openWritable(path: string): OpenedDb {
  mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { timeout: busyTimeoutMs() });
  // Read the version before anything that writes (journal mode changes the file header).
  let version: number;
  try {
    version = userVersion(db);
  } catch (err) {
    db.close();
    if (isCorruption(err)) throw new CorruptDatabaseError(path, (err as Error).message);
    throw err;
  }
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new ConfigError(`the index ${path} has schema version ${version}, newer than this etk supports (${SCHEMA_VERSION}); nothing was written`, 'upgrade etk, or point --db at another file');
  }
  useWal(db, path);
  configure(db);
  if (version === SCHEMA_VERSION) return { db, path };

  // Node 22's node:sqlite has no serialize(): there the backup is a VACUUM INTO copy (a consistent
  // snapshot too, but it cannot run inside the transaction below), dropped if it turns out unneeded.
  let early: string | null = null;
  if (typeof db.serialize !== 'function' && objects(db).length > 0) {
    early = `${path}.bak-${stamp()}`;
    db.exec(`VACUUM INTO '${early.replace(/'/g, "''")}'`);
  }
  const dropEarly = () => {
    if (early !== null) rmSync(early, { force: true });
  };

  // Decide under the write lock: another etk process may be creating or migrating this file now.
  db.exec('BEGIN IMMEDIATE');
  let existing: { name: string; type: string }[];
  let foreignTables: string[];
  let backup: string | null = null;
  try {
    if (userVersion(db) === SCHEMA_VERSION) {
      db.exec('COMMIT'); // another etk process created or migrated it while we waited
      dropEarly();
      return { db, path };
    }
    existing = objects(db);
    foreignTables = existing.filter((o) => o.type === 'table' && !isEtkObject(o.name)).map((o) => o.name);
    if (existing.length > 0 && early !== null) backup = early;
    else if (existing.length > 0) {
      // A consistent copy of what this connection sees (the write lock keeps it still).
      backup = `${path}.bak-${stamp()}`;
      writeFileSync(backup, db.serialize());
    } else dropEarly();
    dropEtkObjects(db);
    db.exec(DDL);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    db.exec('COMMIT');
  } catch (err) {
    try {
      if (db.isTransaction) db.exec('ROLLBACK');
    } catch {
      // A failed disk may fail the rollback too; SQLite rolls back from the journal on the next open.
    }
    db.close();
    throw err;
  }
  return { db, path, ...(existing.length > 0 ? { migrated: { from: version, backup, foreignTables } } : {}) };
}

/**
 * A WAL database opened read-only needs its -shm file, and creates it when missing; in a folder etk
 * may not write (a shared read-only mount, another user's checkout) that fails. When no WAL content
 * is pending (no -wal file, or an empty one: a clean sync leaves none), the file alone is the whole
 * index, and SQLite may read it as immutable, without -shm and without locks.
 */
function openImmutable(path: string, err: unknown): DatabaseSync {
  const code = isSqliteError(err) ? err.errcode & 0xff : 0;
  if (code !== 8 && code !== 14) throw err; // SQLITE_READONLY, SQLITE_CANTOPEN
  let walBytes = 0;
  try {
    walBytes = statSync(`${path}-wal`).size;
  } catch {
    walBytes = 0;
  }
  if (walBytes > 0) {
    throw new ConfigError(`cannot read the index ${path}: its folder is read-only and ${path}-wal holds changes only a writer can fold in`, 'run etk sync once where the folder is writable, or copy the index (all its files) to a writable folder and pass --db');
  }
  return new DatabaseSync(`${pathToFileURL(path).href}?immutable=1`, { readOnly: true });
}

/** Opens an existing index read-only (also in a folder etk may not write: see openImmutable). */
export function openForRead(path: string): DatabaseSync {
  checkDatabasePath(path);
  if (!existsSync(path) || statSync(path).size === 0) {
    throw new ConfigError(`there is no index at ${path} yet`, 'build it with `etk sync`');
  }
  let db: DatabaseSync;
  try {
    let first: DatabaseSync | null = null;
    try {
      first = new DatabaseSync(path, { readOnly: true, timeout: busyTimeoutMs() });
      userVersion(first);
      db = first;
    } catch (err) {
      first?.close();
      db = openImmutable(path, err);
    }
    // Pages straight from the OS file cache, without copying each into SQLite's own: a cold CLI
    // run reads the rows it needs several times faster (the artifacts table is large).
    db.exec('PRAGMA mmap_size = 268435456');
    const version = userVersion(db);
    if (version !== SCHEMA_VERSION) {
      db.close();
      throw new ConfigError(
        version > SCHEMA_VERSION ? `the index ${path} has schema version ${version}, newer than this etk supports (${SCHEMA_VERSION})` : `the index ${path} has schema version ${version}; this etk needs ${SCHEMA_VERSION}`,
        version > SCHEMA_VERSION ? 'upgrade etk' : 'update it with `etk sync`',
      );
    }
  } catch (err) {
    if (err instanceof EtkError) throw err;
    if (isCorruption(err)) throw new CorruptDatabaseError(path, (err as Error).message);
    throw databaseError(path, err, 'read');
  }
  return db;
}
