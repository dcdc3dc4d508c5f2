import type { DatabaseSync } from 'node:sqlite';
import type { Diagnostic } from '../artifacts/diagnostic.ts';
import { differingPaths, type Snapshot, type SnapshotArtifact, type SnapshotExperiment, type SnapshotMetric } from './semanticDiff.ts';

export interface SnapshotSide {
  db: DatabaseSync;
  label: string;
  commit: string | null;
}

function fileMap(db: DatabaseSync): Map<string, string> {
  const st = db.prepare('SELECT path, blob FROM files');
  st.setReturnArrays(true);
  return new Map(st.all() as unknown as [string, string][]);
}

/**
 * The two snapshots semanticDiff compares, read from two indexes: every file's blob id, and rows
 * only for the files whose blob differs (plus cross-file problems, and the latest metrics of the
 * experiments those files touch or take their baseline from).
 */
export function loadSnapshots(a: SnapshotSide, b: SnapshotSide): [Snapshot, Snapshot] {
  const filesA = fileMap(a.db);
  const filesB = fileMap(b.db);
  const paths = JSON.stringify(differingPaths(filesA, filesB));
  const touched = new Set<string>();
  for (const side of [a, b]) {
    for (const r of side.db.prepare('SELECT DISTINCT experiment_id FROM files WHERE experiment_id IS NOT NULL AND path IN (SELECT value FROM json_each(?))').all(paths) as { experiment_id: string }[]) touched.add(r.experiment_id);
  }
  const exps = JSON.stringify([...touched]);
  const load = (side: SnapshotSide, files: Map<string, string>): Snapshot => {
    const { db } = side;
    const tags = new Map<string, string[]>();
    for (const r of db.prepare('SELECT file_path, tag_name FROM tags WHERE file_path IN (SELECT value FROM json_each(?)) ORDER BY tag_name').all(paths) as { file_path: string; tag_name: string }[]) {
      const list = tags.get(r.file_path) ?? [];
      list.push(r.tag_name);
      tags.set(r.file_path, list);
    }
    const artifacts = (db.prepare('SELECT a.file_path AS path, a.experiment_id, f.kind, a.type, a.title, a.status, a.declared_artifact_id AS declared_id FROM artifacts a JOIN files f ON f.path = a.file_path WHERE a.file_path IN (SELECT value FROM json_each(?))').all(paths) as unknown as Omit<SnapshotArtifact, 'tags'>[]).map((r) => ({ ...r, tags: tags.get(r.path) ?? [] }));
    const experiments = db.prepare('SELECT experiment_id, name, status FROM experiments ORDER BY experiment_id').all() as unknown as SnapshotExperiment[];
    const metrics = db
      .prepare(
        `SELECT experiment_id, metric_name AS metric, metric_value AS value, baseline_value AS baseline, unit, file_path AS path FROM latest_metrics
         WHERE experiment_id IN (SELECT value FROM json_each(?1))
            OR experiment_id IN (SELECT DISTINCT experiment_id FROM metric_values WHERE baseline_experiment IN (SELECT value FROM json_each(?1)))`,
      )
      .all(exps) as unknown as SnapshotMetric[];
    const problems = db
      .prepare(`SELECT file, line, "column", rule, severity, message, hint FROM diagnostics WHERE file IN (SELECT value FROM json_each(?)) OR scope = 'cross' ORDER BY file, line, "column", rule`)
      .all(paths)
      .map((r) => {
        const d = r as unknown as Diagnostic & { hint: string | null };
        const { hint, ...rest } = d;
        return hint === null ? rest : { ...rest, hint };
      }) as Diagnostic[];
    return { label: side.label, commit: side.commit, files, artifacts, experiments, metrics, problems };
  };
  return [load(a, filesA), load(b, filesB)];
}
