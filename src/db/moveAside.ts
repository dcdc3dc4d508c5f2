import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { EtkError } from '../errors.ts';
import { etkNames, quoteName, type DbObject, type Inspection, type Move } from './dbObjects.ts';

/** A database another tool made, whose tables with rows hold names etk needs. Exit 2; nothing written. */
export class ForeignDatabaseError extends EtkError {
  constructor(path: string, blocking: readonly Move[], kept: readonly DbObject[]) {
    const what = blocking.map((m) => `${m.name} (${m.type === 'view' ? 'a view' : m.rows === null ? 'rows that cannot be counted' : `${m.rows} row${m.rows === 1 ? '' : 's'}`})`).join(', ');
    const others = kept.filter((o) => o.type === 'table' && o.shadowOf === null).length;
    super(
      `${path} was made by another tool: its ${blocking.some((m) => m.type === 'view') ? 'object' : 'table'}${blocking.length === 1 ? '' : 's'} ${what} use${blocking.length === 1 ? 's a name' : ' names'} etk needs${others > 0 ? ` (and ${others} more of its tables are there)` : ''}; nothing was written`,
      2,
      'see what it holds with `etk db inspect`; keep etk\'s index in a file of its own (--db, or "database" in etk.config.json), which is best while that tool still writes this one; or run `etk db migrate` to back the file up and move those tables aside as legacy_* with every row',
    );
  }
}

/** The CREATE statement of a view, index or trigger, under another name. */
export function renamedStatement(sql: string, type: string, to: string): string {
  const head = new RegExp(`^(\\s*CREATE\\s+(?:TEMP\\s+|TEMPORARY\\s+)?(?:UNIQUE\\s+)?${type}\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?)("(?:[^"]|"")*"|\\[[^\\]]*\\]|\`[^\`]*\`|[^\\s(/]+)`, 'i');
  if (!head.test(sql)) throw new Error(`cannot read the name in: ${sql.slice(0, 80)}`);
  return sql.replace(head, (_m, start: string) => `${start}${quoteName(to)}`);
}

/** A CREATE TRIGGER statement, on another table or view. */
function onOtherTable(sql: string, to: string): string {
  const on = /(\bON\s+)("(?:[^"]|"")*"|\[[^\]]*\]|`[^`]*`|[^\s(/]+)/i;
  if (!on.test(sql)) throw new Error(`cannot read the table of: ${sql.slice(0, 80)}`);
  return sql.replace(on, (_m, start: string) => `${start}${quoteName(to)}`);
}

/**
 * Renames each moving object inside the caller's transaction (foreign keys off): tables with
 * ALTER TABLE, which carries their rows, indexes and triggers along and rewrites the foreign keys,
 * views and triggers that name them; views, indexes and triggers whose own name etk needs are
 * re-created under the new name from their current definition.
 */
export function applyMoves(db: DatabaseSync, moves: readonly Move[]): void {
  db.exec('PRAGMA legacy_alter_table = OFF');
  for (const m of moves.filter((x) => x.type === 'table')) {
    try {
      db.exec(`ALTER TABLE ${quoteName(m.name)} RENAME TO ${quoteName(m.to)}`);
    } catch (err) {
      throw new EtkError(`cannot move table ${m.name} aside as ${m.to}: ${(err as Error).message}`, 2, 'SQLite checks every view and trigger when a table is renamed: fix or drop the broken one it names (with the tool that made it), then run etk again');
    }
  }
  for (const m of moves.filter((x) => x.type !== 'table')) {
    const row = db.prepare('SELECT sql FROM sqlite_master WHERE name = ? AND type = ?').get(m.name, m.type) as { sql: string | null } | undefined;
    if (!row?.sql) continue;
    // A view's INSTEAD OF triggers go when it is dropped: re-create them on its new name.
    const triggers = m.type === 'view' ? (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql IS NOT NULL").all(m.name) as { sql: string }[]).map((t) => t.sql) : [];
    db.exec(`DROP ${m.type.toUpperCase()} ${quoteName(m.name)}`);
    db.exec(renamedStatement(row.sql, m.type, m.to));
    for (const sql of triggers) db.exec(onOtherTable(sql, m.to));
  }
}

/**
 * Rows that point at a missing parent, per table (PRAGMA foreign_key_check), leaving out parents
 * that are etk's own tables: those are refilled from the files by the sync that follows.
 */
export function foreignKeyViolations(db: DatabaseSync): Map<string, number> {
  const out = new Map<string, number>();
  const etk = etkNames();
  const add = (rows: { table: string; parent: string }[]) => {
    for (const r of rows) if (!etk.has(r.parent.toLowerCase())) out.set(r.table, (out.get(r.table) ?? 0) + 1);
  };
  try {
    add(db.prepare('PRAGMA foreign_key_check').all() as { table: string; parent: string }[]);
  } catch {
    // A key SQLite cannot check (it points at a column that is not unique: "foreign key mismatch")
    // stops the whole pragma: check table by table, and leave the ones it cannot check out.
    for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]) {
      try {
        add(db.prepare(`PRAGMA foreign_key_check(${quoteName(name)})`).all() as { table: string; parent: string }[]);
      } catch {
        /* not checkable: the same before and after */
      }
    }
  }
  return out;
}

/** New violations in `after` that were not in `before` (a table with more than it had). */
export function newViolations(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): string[] {
  return [...after].filter(([t, n]) => n > (before.get(t) ?? 0)).map(([t, n]) => `${t} (${n})`);
}

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

/** A backup name next to the file, with the time, never one that exists (kind: bak, or damaged). */
export function backupName(path: string, kind = 'bak'): string {
  const base = `${path}.${kind}-${stamp()}`;
  let name = base;
  for (let i = 2; existsSync(name); i++) name = `${base}-${i}`;
  return name;
}

/**
 * A whole database image marked as a rollback-journal file: bytes 18 and 19 of the header say 2 in
 * WAL mode, and a reader would then want -wal and -shm files beside the copy. The image already
 * holds every page (serialize and VACUUM INTO read through the WAL), so 1 is the truth for it.
 */
function asStandalone(bytes: Uint8Array): Uint8Array {
  if (bytes.length >= 100 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return bytes;
}

/** Writes `bytes` (a serialized copy taken under the write lock) and proves the copy reads back whole. */
export function writeBackup(path: string, bytes: Uint8Array, inspection: Inspection): void {
  writeFileSync(path, asStandalone(bytes), { flag: 'wx' });
  verifyBackup(path, inspection);
}

/** A VACUUM INTO copy, made standalone the same way. */
export function standaloneFile(path: string): void {
  writeFileSync(path, asStandalone(readFileSync(path)));
}

/** The backup opens as SQLite, passes quick_check and has every table with as many rows as the original. */
export function verifyBackup(path: string, inspection: Inspection): void {
  const copy = new DatabaseSync(path, { readOnly: true });
  try {
    const check = (copy.prepare('PRAGMA quick_check').all() as { quick_check: string }[]).map((r) => r.quick_check);
    if (check.length !== 1 || check[0] !== 'ok') throw new Error(`quick_check says ${check.slice(0, 3).join('; ')}`);
    for (const o of inspection.objects) {
      if (o.type !== 'table' || o.rows === null || o.virtual !== null) continue;
      const n = Number((copy.prepare(`SELECT COUNT(*) AS n FROM ${quoteName(o.name)}`).get() as { n: number }).n);
      if (n !== o.rows) throw new Error(`table ${o.name} has ${n} rows in the copy, ${o.rows} in the original`);
    }
  } catch (err) {
    throw new EtkError(`the backup ${path} does not read back whole (${(err as Error).message}); nothing was changed`, 2, 'check the free space and the folder, then run etk again');
  } finally {
    copy.close();
  }
}
