import { DatabaseSync } from 'node:sqlite';
import { etkNames } from './dbObjects.ts';
import { isSqliteError } from './databaseError.ts';
import { busyTimeoutMs } from './openDb.ts';

export interface DbCounts {
  files: number;
  experiments: number;
  artifacts: Record<string, number>;
  tags: number;
  metrics: number;
  errors: number;
  warnings: number;
  unparsed: number;
}

export function counts(db: DatabaseSync): DbCounts {
  const one = (sql: string) => Number((db.prepare(sql).get() as { n: number }).n);
  const byType = db.prepare("SELECT COALESCE(type, '(none)') AS type, COUNT(*) AS n FROM artifacts GROUP BY 1 ORDER BY 1").all() as { type: string; n: number }[];
  return {
    files: one('SELECT COUNT(*) AS n FROM files'),
    experiments: one('SELECT COUNT(*) AS n FROM experiments'),
    artifacts: Object.fromEntries(byType.map((r) => [r.type, Number(r.n)])),
    tags: one('SELECT COUNT(DISTINCT tag_name) AS n FROM tags'),
    metrics: one('SELECT COUNT(*) AS n FROM metric_values'),
    errors: one("SELECT COUNT(*) AS n FROM file_diagnostics WHERE severity = 'error'"),
    warnings: one("SELECT COUNT(*) AS n FROM file_diagnostics WHERE severity = 'warning'"),
    unparsed: one('SELECT COUNT(*) AS n FROM artifacts WHERE parse_error IS NOT NULL'),
  };
}

export function meta(db: DatabaseSync): Record<string, string> {
  return Object.fromEntries((db.prepare('SELECT key, value FROM etk_meta ORDER BY key').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
}

export interface CheckResult {
  problems: string[];
  checks: { name: string; ok: boolean; detail: string }[];
}

/** SQLite's integrity and foreign-key checks, the FTS index against its content, and files vs rows. */
export function checkDatabase(db: DatabaseSync): CheckResult {
  const checks: CheckResult['checks'] = [];
  const integrity = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check);
  checks.push({ name: 'integrity_check', ok: integrity.length === 1 && integrity[0] === 'ok', detail: integrity.slice(0, 5).join('; ') });
  // Only etk's tables are etk's to answer for: another tool's rows that point nowhere are its own.
  const names = etkNames();
  const fk = db.prepare('PRAGMA foreign_key_check').all() as { table: string }[];
  const ours = fk.filter((r) => names.has(r.table.toLowerCase()));
  const theirs = fk.length - ours.length;
  checks.push({ name: 'foreign_key_check', ok: ours.length === 0, detail: `${ours.length === 0 ? 'ok' : `${ours.length} rows of etk's tables point at missing parents`}${theirs > 0 ? ` (${theirs} rows of other tools' tables do too; left to them)` : ''}` });
  // FTS5's integrity-check is issued as an INSERT: run it on a writable handle, inside a
  // transaction that is rolled back, so the check itself never changes the file.
  let writable: DatabaseSync | null = null;
  try {
    writable = new DatabaseSync(db.location() ?? ':memory:', { timeout: busyTimeoutMs() });
    writable.exec('BEGIN');
    writable.exec("INSERT INTO artifacts_fts(artifacts_fts, rank) VALUES ('integrity-check', 1)");
    checks.push({ name: 'full-text index', ok: true, detail: 'matches artifacts' });
  } catch (err) {
    // An index etk may only read (a read-only folder or file): the check needs a writable handle.
    const readOnly = isSqliteError(err) && [8, 14].includes(err.errcode & 0xff);
    checks.push({ name: 'full-text index', ok: readOnly, detail: readOnly ? 'not checked: the index is read-only here' : (err as Error).message });
  } finally {
    if (writable?.isTransaction) writable.exec('ROLLBACK');
    writable?.close();
  }
  // Every Markdown file is an artifact row; metadata files (manifest.json, state.json) are not.
  const n = db.prepare("SELECT (SELECT COUNT(*) FROM files WHERE kind <> 'metadata') AS files, (SELECT COUNT(*) FROM artifacts) AS artifacts").get() as { files: number; artifacts: number };
  checks.push({ name: 'files vs artifacts', ok: n.files === n.artifacts, detail: `${n.files} Markdown files, ${n.artifacts} artifact rows` });
  return { problems: checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`), checks };
}

/** Paths of the rows whose content differs from the recorded base tree (etk_meta.base_tree). */
export function dirtyRows(db: DatabaseSync): string[] {
  return (db.prepare('SELECT path FROM files WHERE dirty = 1').all() as { path: string }[]).map((r) => r.path);
}
