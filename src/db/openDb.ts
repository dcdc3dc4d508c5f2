import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { ConfigError, EtkError } from '../errors.ts';
import { checkDatabasePath, databaseError, isSqliteError } from './databaseError.ts';
import { blockingMoves, etkNames, inspectDb, isEtkIndex, keysIntoEtk, keptObjects, movesOf, quoteName, type Inspection, type Move } from './dbObjects.ts';
import { applyMoves, backupName, ForeignDatabaseError, foreignKeyViolations, newViolations, standaloneFile, verifyBackup, writeBackup } from './moveAside.ts';
import { DDL, SCHEMA_VERSION } from './schema.ts';

/** The database file cannot be read as SQLite, or fails its integrity check. Exit 2. */
export class CorruptDatabaseError extends EtkError {
  constructor(path: string, detail: string) {
    super(`the index ${path} is damaged or not an SQLite database (${detail})`, 2, 'it is a cache of the Markdown: rebuild it with `etk sync --force`');
  }
}

/** How long a writer waits for another etk process before giving up (ms), unless ETK_BUSY_TIMEOUT says otherwise. */
export const BUSY_TIMEOUT_MS = 60_000;

/** Page size of a file etk creates. */
export const PAGE_SIZE = 16384;

/** The busy timeout: ETK_BUSY_TIMEOUT=SECONDS (a CI job that should fail fast, a test), else BUSY_TIMEOUT_MS. */
export function busyTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.ETK_BUSY_TIMEOUT;
  return v !== undefined && /^\d+(\.\d+)?$/.test(v) ? Math.round(Number(v) * 1000) : BUSY_TIMEOUT_MS;
}

export interface OpenedDb {
  db: DatabaseSync;
  path: string;
  /** Set when this open migrated an older or foreign database (and where the backup went). */
  migrated?: MigrationDone;
  /**
   * With OpenOptions.walLater on a file that held nothing: still in rollback-journal mode. The
   * caller switches it to WAL (switchToWal) once its first write is committed.
   */
  walPending?: true;
}

export interface MigrationDone {
  /** The file's user_version before. */
  from: number;
  /** It was an older etk index (else another tool's file, or the roadmap's empty tables). */
  etkIndex: boolean;
  backup: string | null;
  /** Another tool's objects moved aside under new names. */
  moved: Move[];
  /** Another tool's tables left exactly as they were. */
  kept: string[];
}

function isCorruption(err: unknown): boolean {
  const m = (err as Error)?.message ?? '';
  return /file is not a database|database disk image is malformed|malformed database schema|file is encrypted/i.test(m);
}

/**
 * Drops etk's own objects (as `inspectDb` tells them: names of etk's schema in a file etk made) and
 * creates etk's schema anew, leaving every other object and every row of it alone: another tool's
 * indexes and triggers on etk's tables are re-created on the new ones, and etk_meta's record of
 * another tool's user_version is carried over. Foreign keys must be off on `db`.
 */
export function resetEtkSchema(db: DatabaseSync, inspection: Inspection = inspectDb(db)): void {
  const ownTables = new Set(inspection.objects.filter((o) => o.owner === 'etk' && o.type === 'table').map((o) => o.name.toLowerCase()));
  const attached = inspection.objects.filter((o) => o.owner === 'other' && (o.type === 'index' || o.type === 'trigger') && o.sql !== null && ownTables.has(o.table.toLowerCase()));
  let previous: string | undefined;
  if (ownTables.has('etk_meta')) {
    try {
      previous = (db.prepare("SELECT value FROM etk_meta WHERE key = 'previous_user_version'").get() as { value: string } | undefined)?.value;
    } catch {
      /* an etk_meta without those columns: nothing to carry */
    }
  }
  const order: Record<string, number> = { trigger: 0, view: 1, index: 2, table: 3 };
  const mine = inspection.objects.filter((o) => o.owner === 'etk' && !(o.type === 'table' && o.shadowOf !== null)).sort((a, b) => (order[a.type] ?? 9) - (order[b.type] ?? 9));
  for (const o of mine) {
    // Shadow tables of an FTS5 table go with it; an index goes with its table.
    if (!db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(o.name)) continue;
    db.exec(`DROP ${o.type.toUpperCase()} IF EXISTS ${quoteName(o.name)}`);
  }
  db.exec(DDL);
  db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  if (previous !== undefined) db.prepare("INSERT INTO etk_meta (key, value) VALUES ('previous_user_version', ?)").run(previous);
  for (const o of attached) {
    try {
      db.exec(o.sql!);
    } catch (err) {
      throw new EtkError(`cannot put back ${o.type} ${o.name} of another tool on etk's table ${o.table}: ${(err as Error).message}; nothing was changed`, 2, `etk rebuilds its tables; drop that ${o.type}, or put it on a table of that tool's own`);
    }
  }
}

/** Another tool's tables whose foreign keys point at etk's tables (a quick look, for every open). */
function keysIntoEtkQuick(db: DatabaseSync): { table: string; parent: string }[] {
  const names = etkNames();
  const out: { table: string; parent: string }[] = [];
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]) {
    if (names.has(name.toLowerCase())) continue;
    for (const fk of db.prepare(`PRAGMA foreign_key_list(${quoteName(name)})`).all() as { table: string }[]) {
      if (names.get(fk.table.toLowerCase()) === 'table') out.push({ table: name, parent: fk.table });
    }
  }
  return out;
}

/** Refuses a file where another tool's rows hang on etk's tables: every sync rewrites those. */
function keysIntoEtkError(path: string, keys: readonly { table: string; parent: string }[]): EtkError {
  const list = [...new Set(keys.map((k) => `${k.table} -> ${k.parent}`))].join(', ');
  return new ConfigError(`${path}: another tool's table${keys.length === 1 ? ' has a foreign key' : 's have foreign keys'} to etk's tables (${list}); etk deletes and rewrites its rows on every sync, which would delete or break those rows; nothing was written`, 'etk\'s tables are a cache of the Markdown: point those keys at a table of that tool\'s own, or keep etk\'s index in a file of its own (--db, or "database" in etk.config.json)');
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
  const err = walOrError(db);
  if (err === null) return;
  db.close();
  if (isCorruption(err)) throw new CorruptDatabaseError(path, (err as Error).message);
  throw err;
}

/** Switches to WAL, retrying while busy until the busy timeout; the error that stopped it, or null. */
function walOrError(db: DatabaseSync): unknown {
  const deadline = Date.now() + busyTimeoutMs();
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      db.exec('PRAGMA journal_mode = WAL');
      return null;
    } catch (err) {
      if (!/locked|busy/i.test((err as Error).message) || Date.now() > deadline) return err;
      Atomics.wait(sleeper, 0, 0, wait);
    }
  }
}

/**
 * Ends OpenedDb.walPending: WAL from now on, as every other open leaves the file. Best effort: if
 * other connections keep it busy past the timeout, the file stays in rollback mode until the next
 * write open switches it. The connection stays open either way.
 */
export function switchToWal(opened: OpenedDb): void {
  if (!opened.walPending) return;
  if (walOrError(opened.db) !== null) return; // the next open for writing switches it
  opened.db.exec('PRAGMA synchronous = NORMAL');
  delete opened.walPending;
}

function configure(db: DatabaseSync): void {
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA synchronous = NORMAL');
}

export interface OpenOptions {
  /**
   * auto (etk sync): move another tool's objects aside only when the ones in the way hold no rows;
   * explicit (etk db migrate): move them whatever they hold.
   */
  migrate?: 'auto' | 'explicit';
  /**
   * A file that held nothing (new, or empty) stays in rollback-journal mode after its schema is
   * created: the caller's first transaction (a full build) then writes each page once into the file,
   * instead of into the write-ahead log and again into the file at the checkpoint (about 0.3 s of a
   * 10k-file build). Safe as WAL against crashes (a hot journal is rolled back on the next open);
   * readers wait for that first commit instead of seeing the empty schema. The caller must call
   * switchToWal afterwards (OpenedDb.walPending).
   */
  walLater?: boolean;
}

/** What opening a database for writing would do, read without writing anything (for --dry-run). */
export interface OpenPreview {
  state: 'missing' | 'current' | 'migrate' | 'refuse' | 'newer';
  inspection: Inspection | null;
  moves: Move[];
  /** state refuse: the error a sync would end with. */
  refused?: EtkError | null;
}

function openRaw(path: string, readOnly: boolean): DatabaseSync {
  try {
    return new DatabaseSync(path, { timeout: busyTimeoutMs(), readOnly });
  } catch (err) {
    if (isCorruption(err)) throw new CorruptDatabaseError(path, (err as Error).message);
    throw new ConfigError(`cannot open the index ${path}: ${(err as Error).message}`, 'check the path (database in etk.config.json, or --db) and its permissions');
  }
}

function inspectOrCorrupt(db: DatabaseSync, path: string): Inspection {
  try {
    return inspectDb(db);
  } catch (err) {
    db.close();
    if (isCorruption(err)) throw new CorruptDatabaseError(path, (err as Error).message);
    throw err;
  }
}

/**
 * Why `openForWrite` will not touch this file by itself, or null: another tool's tables with rows
 * under names etk needs, or another tool's schema version in PRAGMA user_version (etk keeps its own
 * there). `etk db migrate` (migrate: 'explicit') takes both over.
 */
export function refusal(path: string, i: Inspection, options: OpenOptions = {}): EtkError | null {
  const keys = keysIntoEtk(i);
  if (keys.length > 0) return keysIntoEtkError(path, keys);
  if (options.migrate === 'explicit' || i.etkIndex) return null;
  const blocking = blockingMoves(movesOf(i));
  if (blocking.length > 0) return new ForeignDatabaseError(path, blocking, keptObjects(i));
  if (i.userVersion !== 0) return new ConfigError(`${path} was made by another tool, which keeps its own schema version ${i.userVersion} in PRAGMA user_version; etk needs that pragma for its own; nothing was written`, 'keep etk\'s index in a file of its own (--db, or "database" in etk.config.json); or run `etk db migrate` to take the file over (after a backup; the old value is kept in etk_meta.previous_user_version)');
  return null;
}

/**
 * A read-only look that SQLite refused: most often another program's unfinished transaction (a hot
 * journal beside the file), which only a writer may roll back. Null for other errors.
 */
export function readOnlyLookError(path: string, err: unknown): EtkError | null {
  if (!/readonly|read-only/i.test((err as Error)?.message ?? '')) return null;
  let journal = 0;
  try {
    journal = statSync(`${path}-journal`).size;
  } catch {
    journal = 0;
  }
  return journal > 0
    ? new ConfigError(`${path} cannot be read without writing: another program left an unfinished transaction in ${path}-journal, which only a writer may roll back; nothing was written`, 'open it once with the program that made it (or run a command that writes it, such as etk sync, which rolls it back first), then try again')
    : new ConfigError(`${path} cannot be read here (${(err as Error).message}); nothing was written`, 'check the permissions of the file and its folder');
}

/** Reads what `openForWrite` would do to the file at `path`; writes nothing, creates nothing. */
export function previewOpen(path: string, options: OpenOptions = {}): OpenPreview {
  try {
    return preview(path, options);
  } catch (err) {
    throw readOnlyLookError(path, err) ?? err;
  }
}

function preview(path: string, options: OpenOptions): OpenPreview {
  if (!existsSync(path) || statSync(path).size === 0) return { state: 'missing', inspection: null, moves: [] };
  const db = openRaw(path, true);
  try {
    const inspection = inspectOrCorrupt(db, path);
    if (inspection.etkIndex && inspection.userVersion > SCHEMA_VERSION) return { state: 'newer', inspection, moves: [] };
    if (inspection.etkIndex && inspection.userVersion === SCHEMA_VERSION) return { state: 'current', inspection, moves: [] };
    const moves = movesOf(inspection);
    const refused = refusal(path, inspection, options);
    return { state: refused ? 'refuse' : 'migrate', inspection, moves, refused };
  } finally {
    if (db.isOpen) db.close();
  }
}

/** A write the file system refuses (a read-only file or folder, a hot journal on read-only media), as a sentence. */
function readOnlyError(path: string, err: unknown): EtkError | null {
  const m = (err as Error)?.message ?? '';
  if (!/readonly|read-only|attempt to write/i.test(m)) return null;
  return new ConfigError(`cannot write the index ${path}: it is read-only (${m}); nothing was changed`, 'make the file and its folder writable, or point --db at another file');
}

/**
 * Opens tracking.db for writing: creates it, upgrades an older etk index, or makes room in a file
 * another tool made. It decides on a read-only connection first (a read-write one may checkpoint
 * another tool's write-ahead log when it closes): a database newer than this etk, another tool's
 * tables with rows or views in the way (unless `migrate: 'explicit'`), or another tool's foreign keys
 * into etk's tables, is refused with the file untouched. Otherwise, in one transaction under the
 * write lock with foreign keys off: a verified backup (a serialized copy, so a WAL is included;
 * VACUUM INTO on Node 22), the other tool's objects that hold names etk needs moved aside as
 * legacy_* with all their rows, indexes and triggers (foreign keys that point at them follow), etk's
 * older objects replaced, and PRAGMA foreign_key_check no worse than before. A failed attempt
 * removes its backup: the file is as it was.
 */
export function openForWrite(path: string, options: OpenOptions = {}): OpenedDb {
  try {
    checkDatabasePath(path);
    return openWritable(path, options);
  } catch (err) {
    if (err instanceof EtkError) throw err;
    if (isCorruption(err)) throw new CorruptDatabaseError(path, (err as Error).message);
    throw readOnlyError(path, err) ?? databaseError(path, err, 'write');
  }
}

function openWritable(path: string, options: OpenOptions): OpenedDb {
  const fresh = !existsSync(path);
  let current = false;
  if (!fresh && statSync(path).size > 0) {
    let ro: DatabaseSync | null = null;
    try {
      ro = openRaw(path, true);
      // One snapshot for the whole decision: another etk process may be creating the file now.
      ro.exec('BEGIN');
      const version = Number((ro.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
      if (version === SCHEMA_VERSION && isEtkIndex(ro)) {
        const keys = keysIntoEtkQuick(ro);
        if (keys.length > 0) throw keysIntoEtkError(path, keys);
        current = true;
      } else {
        const inspection = inspectDb(ro);
        if (inspection.etkIndex && inspection.userVersion > SCHEMA_VERSION) {
          throw new ConfigError(`the index ${path} has schema version ${inspection.userVersion}, newer than this etk supports (${SCHEMA_VERSION}); nothing was written`, 'upgrade etk, or point --db at another file');
        }
        const refused = refusal(path, inspection, options);
        if (refused) throw refused;
      }
    } catch (err) {
      if (err instanceof EtkError) throw err;
      if (isCorruption(err)) throw new CorruptDatabaseError(path, (err as Error).message);
      // A hot journal cannot be rolled back read-only: the read-write open below does it.
      if (!readOnlyError(path, err)) throw err;
    } finally {
      if (ro?.isTransaction) ro.exec('COMMIT');
      if (ro?.isOpen) ro.close();
    }
  }
  if (fresh) mkdirSync(dirname(path), { recursive: true });
  const db = openRaw(path, false);
  try {
    if (current) {
      useWal(db, path);
      configure(db);
      return { db, path };
    }
    return migrateOpen(db, path, options);
  } catch (err) {
    if (db.isOpen) db.close();
    throw readOnlyError(path, err) ?? err;
  }
}

function migrateOpen(db: DatabaseSync, path: string, options: OpenOptions): OpenedDb {
  // One snapshot (another etk process may be creating the file between two reads).
  db.exec('BEGIN');
  let inspection: Inspection;
  try {
    inspection = inspectOrCorrupt(db, path);
  } finally {
    if (db.isOpen && db.isTransaction) db.exec('COMMIT');
  }
  if (inspection.etkIndex && inspection.userVersion > SCHEMA_VERSION) {
    throw new ConfigError(`the index ${path} has schema version ${inspection.userVersion}, newer than this etk supports (${SCHEMA_VERSION}); nothing was written`, 'upgrade etk, or point --db at another file');
  }
  if (inspection.etkIndex && inspection.userVersion === SCHEMA_VERSION) {
    useWal(db, path);
    configure(db);
    return { db, path };
  }
  const refuseIfBlocked = (i: Inspection) => {
    const refused = refusal(path, i, options);
    if (refused) throw refused;
  };
  refuseIfBlocked(inspection);

  // Node 22's node:sqlite has no serialize(): there the backup is a VACUUM INTO copy (a consistent
  // snapshot too, but it cannot run inside the transaction below), dropped if it turns out unneeded.
  let early: string | null = null;
  if (typeof db.serialize !== 'function' && inspection.objects.length > 0) {
    early = backupName(path);
    db.exec(`VACUUM INTO '${early.replace(/'/g, "''")}'`);
  }
  const dropEarly = () => {
    if (early !== null) rmSync(early, { force: true });
  };

  // A file that holds nothing yet gets 16 KiB pages (SQLite's default is 4 KiB): the artifacts'
  // bodies are stored inline, and a full build inserts, indexes and tokenizes ~12% faster. A no-op
  // when another process has created the file meanwhile (the size is fixed by the first write).
  if (inspection.objects.length === 0 && inspection.userVersion === 0) db.exec(`PRAGMA page_size = ${PAGE_SIZE}`);
  // Another tool's table may point at one of etk's with ON DELETE CASCADE: with foreign keys on, a
  // drop would empty it. Off for the transaction (the pragma cannot change inside one).
  db.exec('PRAGMA foreign_keys = OFF');
  // Decide under the write lock: another etk process may be creating or migrating this file now.
  db.exec('BEGIN IMMEDIATE');
  let backup: string | null = null;
  let moves: Move[] = [];
  try {
    inspection = inspectDb(db);
    if (inspection.etkIndex && inspection.userVersion === SCHEMA_VERSION) {
      db.exec('COMMIT'); // another etk process created or migrated it while we waited
      dropEarly();
      configure(db);
      return { db, path };
    }
    refuseIfBlocked(inspection);
    moves = movesOf(inspection);
    if (inspection.objects.length > 0) {
      if (early !== null) {
        backup = early;
        standaloneFile(backup);
        verifyBackup(backup, inspection);
      } else {
        backup = backupName(path);
        writeBackup(backup, db.serialize(), inspection);
      }
    } else dropEarly();
    const before = foreignKeyViolations(db);
    applyMoves(db, moves);
    resetEtkSchema(db, inspection);
    if (!inspection.etkIndex && inspection.userVersion !== 0) {
      db.prepare("INSERT INTO etk_meta (key, value) VALUES ('previous_user_version', ?)").run(String(inspection.userVersion));
    }
    const worse = newViolations(before, foreignKeyViolations(db));
    if (worse.length > 0) throw new EtkError(`moving tables aside in ${path} would leave rows pointing at missing parents in ${worse.join(', ')}; nothing was changed`, 2, 'run `etk db inspect` and report this with its output');
    db.exec('COMMIT');
  } catch (err) {
    try {
      if (db.isTransaction) db.exec('ROLLBACK');
    } catch {
      // A failed disk may fail the rollback too; SQLite rolls back from the journal on the next open.
    }
    // The file is as it was: the copy made for this attempt goes (retries would pile them up).
    for (const b of [backup, early]) if (b !== null) rmSync(b, { force: true });
    throw err;
  }
  if (options.walLater && inspection.objects.length === 0 && inspection.userVersion === 0) {
    configure(db);
    // Rollback mode with NORMAL can lose a commit to a power cut on some file systems: FULL until WAL.
    db.exec('PRAGMA synchronous = FULL');
    return { db, path, walPending: true };
  }
  useWal(db, path);
  configure(db);
  const kept = keptObjects(inspection).filter((o) => o.type === 'table' && o.shadowOf === null).map((o) => o.name);
  return { db, path, ...(inspection.objects.length > 0 ? { migrated: { from: inspection.userVersion, etkIndex: inspection.etkIndex, backup, moved: moves, kept } } : {}) };
}

/** Whether the file at `path` is an index etk made (false for another tool's database or a file that is not SQLite). */
export function isEtkIndexFile(path: string): boolean {
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    return isEtkIndex(db);
  } catch {
    return false;
  } finally {
    db?.close();
  }
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
  // SQLITE_READONLY_ROLLBACK: a first sync (written with a rollback journal, see walLater) was
  // interrupted; read as immutable, its half-written pages would be read as the index.
  if (isSqliteError(err) && err.errcode === 776) {
    throw new ConfigError(`cannot read the index ${path}: a sync that was building it was interrupted, and ${path}-journal holds what only a writer can roll back`, 'run etk sync (it rolls the journal back and completes the index)');
  }
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
      first.prepare('PRAGMA user_version').get();
      db = first;
    } catch (err) {
      first?.close();
      db = openImmutable(path, err);
    }
    // Pages straight from the OS file cache, without copying each into SQLite's own: a cold CLI
    // run reads the rows it needs several times faster (the artifacts table is large).
    db.exec('PRAGMA mmap_size = 268435456');
    const version = Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
    if (!isEtkIndex(db)) {
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
      db.close();
      throw new ConfigError(
        tables.length === 0 ? `${path} is an empty SQLite database, not an etk index yet` : `${path} is not an etk index: it holds another tool's tables (${tables.slice(0, 6).join(', ')}${tables.length > 6 ? `, and ${tables.length - 6} more` : ''})`,
        tables.length === 0 ? 'build the index with `etk sync`' : 'see what it holds with `etk db inspect`; `etk sync` adds etk\'s tables beside them when their names are free, `etk db migrate` moves the ones in the way aside; or use a file of its own with --db',
      );
    }
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
