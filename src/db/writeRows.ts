import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Diagnostic } from '../artifacts/diagnostic.ts';
import type { FileRows } from './rows.ts';

const ARTIFACT_COLUMNS = ['artifact_id', 'experiment_id', 'type', 'title', 'file_path', 'status', 'created_at', 'updated_at', 'ads_version', 'content', 'body_line', 'frontmatter', 'frontmatter_yaml', 'yaml_line', 'declared_artifact_id', 'baseline', 'parse_error', 'errors', 'warnings'] as const;
const METADATA_COLUMNS = ['file_path', 'artifact_id', 'phase', 'priority', 'evidence_count', 'metrics', 'baseline', 'comparison', 'commands', 'prerequisites', 'dependencies', 'name', 'description'] as const;
export const SOURCE_COLUMNS = ['file_path', 'experiment_id', 'source', 'describe_rank', 'live_rank', 'declared_experiment_id', 'name', 'status', 'description', 'phase', 'created', 'updated', 'created_at', 'updated_at', 'data'] as const;
const METRIC_COLUMNS = ['artifact_id', 'experiment_id', 'metric_name', 'metric_value', 'baseline_declared', 'unit', 'timestamp', 'baseline_experiment', 'file_path'] as const;

const insert = (table: string, cols: readonly string[]) => `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;

/** Prepared statements for replacing files' rows; one set per transaction. */
export class RowWriter {
  private readonly deleteFile: StatementSync;
  private readonly insertFile: StatementSync;
  private readonly insertArtifact: StatementSync;
  private readonly insertMetadata: StatementSync;
  private readonly insertSource: StatementSync;
  private readonly insertTag: StatementSync;
  private readonly insertMetric: StatementSync;
  private readonly insertDiagnostic: StatementSync;
  private readonly ftsDelete: StatementSync;
  private readonly ftsInsert: StatementSync;

  /**
   * @param bulk leave the full-text index alone row by row and refill it once in finish(): for
   *   syncs that touch a large share of the files.
   */
  constructor(private readonly db: DatabaseSync, private readonly bulk = false) {
    this.deleteFile = db.prepare('DELETE FROM files WHERE path = ?');
    this.ftsDelete = db.prepare("INSERT INTO artifacts_fts (artifacts_fts, rowid, title, content) SELECT 'delete', id, title, content FROM artifacts WHERE file_path = ?");
    this.ftsInsert = db.prepare('INSERT INTO artifacts_fts (rowid, title, content) VALUES (?, ?, ?)');
    this.insertFile = db.prepare('INSERT INTO files (path, blob, size, kind, experiment_id) VALUES (?, ?, ?, ?, ?)');
    this.insertArtifact = db.prepare(insert('artifacts', ARTIFACT_COLUMNS));
    this.insertMetadata = db.prepare(insert('artifact_metadata', METADATA_COLUMNS));
    this.insertSource = db.prepare(insert('experiment_sources', SOURCE_COLUMNS));
    this.insertTag = db.prepare('INSERT INTO tags (experiment_id, tag_name, file_path, artifact_id, scope) VALUES (?, ?, ?, ?, ?)');
    this.insertMetric = db.prepare(insert('metric_values', METRIC_COLUMNS));
    this.insertDiagnostic = db.prepare('INSERT INTO file_diagnostics (file_path, line, "column", rule, severity, message, hint, scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  }

  /** Removes a file and, through foreign keys, every row it contributed (FTS via trigger). */
  remove(path: string): void {
    if (!this.bulk) this.ftsDelete.run(path);
    this.deleteFile.run(path);
  }

  add(rows: FileRows): void {
    const f = rows.file;
    this.insertFile.run(f.path, f.blob, f.size, f.kind, f.experiment_id);
    if (rows.artifact) {
      const artifact = rows.artifact;
      const { lastInsertRowid } = this.insertArtifact.run(...ARTIFACT_COLUMNS.map((c) => artifact[c] ?? null));
      if (!this.bulk) this.ftsInsert.run(lastInsertRowid, artifact.title ?? null, artifact.content ?? null);
    }
    if (rows.source) this.insertSource.run(...SOURCE_COLUMNS.map((c) => rows.source![c] ?? null));
    if (rows.metadata) this.insertMetadata.run(...METADATA_COLUMNS.map((c) => rows.metadata![c] ?? null));
    for (const t of rows.tags) this.insertTag.run(t.experiment_id, t.tag_name, f.path, t.artifact_id, t.scope);
    for (const m of rows.metrics) this.insertMetric.run(...METRIC_COLUMNS.map((c) => m[c] ?? null));
    for (const d of rows.diagnostics) this.diagnostic(d, 'file');
  }

  diagnostic(d: Diagnostic, scope: 'file' | 'cross'): void {
    this.insertDiagnostic.run(d.file, d.line, d.column, d.rule, d.severity, d.message, d.hint ?? null, scope);
  }

  /** Refills the full-text index from `artifacts` after a bulk write. */
  finish(): void {
    if (this.bulk) this.db.exec("INSERT INTO artifacts_fts (artifacts_fts) VALUES ('rebuild')");
  }

  clearCross(): void {
    this.db.exec("DELETE FROM file_diagnostics WHERE scope = 'cross'");
  }
}
