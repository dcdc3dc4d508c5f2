import { DatabaseSync } from 'node:sqlite';
import { DDL, SCHEMA_VERSION } from './schema.ts';

/**
 * What a tracking.db holds, object by object, and who owns each: etk's own objects, or another
 * tool's. Reads only. The migration plan (which foreign objects must move aside because etk needs
 * their names) is a pure function of this inspection.
 */

export type ObjectType = 'table' | 'view' | 'index' | 'trigger';

export interface ForeignKey {
  /** Columns of this table. */
  from: string[];
  /** The table they point at, and its columns (empty: its primary key). */
  table: string;
  to: string[];
  onDelete: string;
}

export interface DbObject {
  name: string;
  type: ObjectType;
  /** The table an index or trigger belongs to (the object itself for tables and views). */
  table: string;
  /** Rows of a table (null when SQLite cannot count them, e.g. a virtual table whose module is missing). */
  rows: number | null;
  foreignKeys: ForeignKey[];
  /** A virtual table's module (fts5, ...), a shadow table's virtual table. */
  virtual: string | null;
  shadowOf: string | null;
  owner: 'etk' | 'other';
  /**
   * etk: etk's own (rebuilt from the Markdown at will); keep: another tool's, left exactly as it is;
   * move: another tool's, whose name etk needs: renamed to `movesTo` with everything in it;
   * with-table: a shadow table, index or trigger that goes wherever its table goes.
   */
  action: 'etk' | 'keep' | 'move' | 'with-table';
  movesTo: string | null;
  sql: string | null;
}

export interface Inspection {
  userVersion: number;
  /** The file is an index etk made (at any schema version). */
  etkIndex: boolean;
  objects: DbObject[];
}

export interface Move {
  name: string;
  type: ObjectType;
  to: string;
  rows: number | null;
}

let neededCache: Map<string, ObjectType> | null = null;

/** Every name etk's current schema creates (tables, views, indexes, FTS shadow tables), read from the DDL itself, in lower case. */
export function etkNames(): Map<string, ObjectType> {
  if (neededCache) return neededCache;
  const mem = new DatabaseSync(':memory:');
  try {
    mem.exec(DDL);
    // Keyed in lower case: SQLite's names are case-insensitive (a table FILES takes the name files).
    neededCache = new Map((mem.prepare("SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all() as { name: string; type: ObjectType }[]).map((r) => [r.name.toLowerCase(), r.type]));
  } finally {
    mem.close();
  }
  return neededCache;
}

/** Names older etk schemas (versions 1 to 3) created; owned only in an etk index older than this one. */
function historicEtkName(raw: string): boolean {
  const name = raw.toLowerCase();
  if (['etk_meta', 'files', 'artifacts', 'artifact_metadata', 'experiment_sources', 'tags', 'metric_values', 'file_diagnostics', 'artifacts_fts', 'experiments', 'metrics', 'diagnostics', 'active_experiments', 'latest_metrics'].includes(name)) return true;
  if (/^artifacts_fts_(data|idx|content|docsize|config)$/.test(name)) return true;
  return /^idx_(experiments|artifacts|tags|metrics|diagnostics|files|experiment_sources)(_|$)/.test(name);
}

const SHADOW_SUFFIXES = ['data', 'idx', 'content', 'docsize', 'config', 'segments', 'segdir', 'stat', 'node', 'rowid', 'parent'];

export const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

function userVersion(db: DatabaseSync): number {
  return Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
}

/** An index etk made: user_version set, and etk's bookkeeping tables present. */
export function isEtkIndex(db: DatabaseSync): boolean {
  if (userVersion(db) < 1) return false;
  const has = (n: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(n) !== undefined;
  return has('etk_meta') && has('files');
}

function countRows(db: DatabaseSync, name: string): number | null {
  try {
    return Number((db.prepare(`SELECT COUNT(*) AS n FROM ${quoteName(name)}`).get() as { n: number }).n);
  } catch {
    return null;
  }
}

function foreignKeysOf(db: DatabaseSync, table: string): ForeignKey[] {
  let rows: { id: number; table: string; from: string; to: string | null; on_delete: string }[];
  try {
    rows = db.prepare(`PRAGMA foreign_key_list(${quoteName(table)})`).all() as typeof rows;
  } catch {
    return [];
  }
  const byId = new Map<number, ForeignKey>();
  for (const r of rows) {
    const fk = byId.get(r.id) ?? { from: [], table: r.table, to: [], onDelete: r.on_delete };
    fk.from.push(r.from);
    if (r.to !== null) fk.to.push(r.to);
    byId.set(r.id, fk);
  }
  return [...byId.values()];
}

/** Reads what the database holds and decides, for each object, what etk would do with it. */
export function inspectDb(db: DatabaseSync): Inspection {
  const version = userVersion(db);
  const etkIndex = isEtkIndex(db);
  const needed = etkNames();
  const owned = (name: string) => etkIndex && (needed.has(name.toLowerCase()) || (version < SCHEMA_VERSION && historicEtkName(name)));
  const isNeeded = (name: string) => needed.has(name.toLowerCase());
  const master = db.prepare("SELECT name, type, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'view' THEN 1 WHEN 'index' THEN 2 ELSE 3 END, name").all() as { name: string; type: ObjectType; tbl_name: string; sql: string | null }[];
  const virtuals = new Map<string, string>();
  for (const o of master) {
    const m = o.type === 'table' && o.sql ? /^\s*CREATE\s+VIRTUAL\s+TABLE\s+.*?\bUSING\s+(\w+)/is.exec(o.sql) : null;
    if (m) virtuals.set(o.name, m[1]!.toLowerCase());
  }
  const shadowOf = (name: string): string | null => {
    for (const v of virtuals.keys()) if (name.startsWith(`${v}_`) && SHADOW_SUFFIXES.includes(name.slice(v.length + 1))) return v;
    return null;
  };
  const taken = new Set(master.map((o) => o.name.toLowerCase()));
  const legacyName = (name: string): string => {
    let candidate = `legacy_${name}`;
    for (let i = 2; taken.has(candidate.toLowerCase()) || isNeeded(candidate); i++) candidate = `legacy_${name}_${i}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
  const objects: DbObject[] = master.map((o) => {
    const shadow = o.type === 'table' ? shadowOf(o.name) : null;
    // An index or trigger is etk's only when its table is too: another tool's index on a legacy_
    // table keeps the roadmap's name (idx_experiments_status) and stays that tool's.
    const mine = owned(o.name) && (o.type === 'table' || o.type === 'view' || owned(o.tbl_name));
    let action: DbObject['action'] = mine ? 'etk' : 'keep';
    if (!mine && shadow !== null) action = 'with-table';
    else if (!mine && isNeeded(o.name) && o.type !== 'trigger') action = 'move';
    return {
      name: o.name,
      type: o.type,
      table: o.tbl_name,
      rows: o.type === 'table' ? countRows(db, o.name) : null,
      foreignKeys: o.type === 'table' ? foreignKeysOf(db, o.name) : [],
      virtual: virtuals.get(o.name) ?? null,
      shadowOf: shadow,
      owner: mine ? 'etk' : 'other',
      action,
      movesTo: null,
      sql: o.sql,
    };
  });
  // A virtual table counts its rows through its module; a missing module or a broken external
  // content table answers with an error: then its own storage says whether it is empty.
  for (const o of objects) {
    if (o.virtual === null || o.rows !== null) continue;
    const docsize = objects.find((s) => s.shadowOf === o.name && /_(docsize|content)$/.test(s.name));
    if (docsize) o.rows = docsize.rows;
  }
  for (const o of objects) if (o.action === 'move') o.movesTo = legacyName(o.name);
  // An index or trigger of a table that moves goes with it, unless its own name is one etk needs.
  const moving = new Set(objects.filter((o) => o.action === 'move' && (o.type === 'table' || o.type === 'view')).map((o) => o.name));
  for (const o of objects) if ((o.type === 'index' || o.type === 'trigger') && o.action === 'keep' && moving.has(o.table)) o.action = 'with-table';
  return { userVersion: version, etkIndex, objects };
}

/** The foreign objects that must move aside for etk's schema, tables first. */
export function movesOf(inspection: Inspection): Move[] {
  return inspection.objects.filter((o) => o.action === 'move').map((o) => ({ name: o.name, type: o.type, to: o.movesTo!, rows: o.rows }));
}

/**
 * Moves `etk sync` leaves to `etk db migrate`: tables that hold rows (or whose rows cannot be
 * counted), and views (a view has no rows, but what another tool reads through it would change).
 * Empty tables and indexes move by themselves: nothing is lost, nothing reads differently.
 */
export function blockingMoves(moves: readonly Move[]): Move[] {
  return moves.filter((m) => (m.type === 'table' && m.rows !== 0) || m.type === 'view');
}

/**
 * Another tool's foreign keys whose parent is (or will be) one of etk's tables: etk deletes and
 * rewrites its rows on every sync, which would cascade into that tool's table or fail on it.
 */
export function keysIntoEtk(inspection: Inspection): { table: string; parent: string }[] {
  const moving = new Set(inspection.objects.filter((o) => o.action === 'move').map((o) => o.name.toLowerCase()));
  const needed = etkNames();
  const out: { table: string; parent: string }[] = [];
  for (const o of inspection.objects) {
    if (o.owner !== 'other' || o.action === 'move' || o.type !== 'table') continue;
    for (const fk of o.foreignKeys) {
      const parent = fk.table.toLowerCase();
      if (needed.get(parent) === 'table' && !moving.has(parent)) out.push({ table: o.name, parent: fk.table });
    }
  }
  return out;
}

/** Another tool's objects that stay as they are. */
export function keptObjects(inspection: Inspection): DbObject[] {
  return inspection.objects.filter((o) => o.owner === 'other' && o.action !== 'move');
}
