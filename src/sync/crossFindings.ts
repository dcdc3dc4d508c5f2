import { existsSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import type { Diagnostic } from '../artifacts/diagnostic.ts';
import { openForRead } from '../db/openDb.ts';

interface CrossRow {
  file_path: string;
  line: number;
  column: number;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  hint: string | null;
}

const SELECT_CROSS = `SELECT file_path, line, "column", rule, severity, message, hint FROM file_diagnostics WHERE scope = 'cross'`;
const key = (r: { file_path: string; rule: string; message: string }) => `${r.file_path}\u0000${r.rule}\u0000${r.message}`;

/** The cross-file findings (duplicate ids, missing baselines) an index holds, as keys; null without a readable index. */
export function crossFindings(dbPath: string): Set<string> | null {
  if (!existsSync(dbPath)) return null;
  let db: DatabaseSync | null = null;
  try {
    db = openForRead(dbPath);
    return new Set((db.prepare(SELECT_CROSS).all() as unknown as CrossRow[]).map(key));
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** The cross-file findings `db` holds that were not in `before` (what a sync just caused). */
export function newCrossFindings(db: DatabaseSync, before: ReadonlySet<string>): Diagnostic[] {
  return (db.prepare(SELECT_CROSS).all() as unknown as CrossRow[])
    .filter((r) => !before.has(key(r)))
    .map((r) => ({ file: r.file_path, line: r.line, column: r.column, rule: r.rule, severity: r.severity, message: r.message, ...(r.hint ? { hint: r.hint } : {}) }));
}
