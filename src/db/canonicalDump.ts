import type { DatabaseSync } from 'node:sqlite';

/**
 * etk's base tables as canonical text, grouped by file: surrogate ids left out, rows sorted. Two
 * indexes hold the same information exactly when their dumps are equal; `etk sync --check-conflicts`
 * and the tests compare them.
 */
const TABLES: readonly { table: string; key: string; columns: string }[] = [
  { table: 'files', key: 'path', columns: 'path, blob, size, kind, experiment_id' },
  { table: 'artifacts', key: 'file_path', columns: 'file_path, artifact_id, experiment_id, type, title, status, created_at, updated_at, ads_version, content, body_line, frontmatter, frontmatter_yaml, yaml_line, declared_artifact_id, baseline, parse_error, errors, warnings' },
  { table: 'artifact_metadata', key: 'file_path', columns: '*' },
  { table: 'experiment_sources', key: 'file_path', columns: '*' },
  { table: 'tags', key: 'file_path', columns: 'file_path, experiment_id, tag_name, artifact_id, scope' },
  { table: 'metric_values', key: 'file_path', columns: 'file_path, artifact_id, experiment_id, metric_name, metric_value, baseline_declared, unit, timestamp, baseline_experiment' },
  { table: 'file_diagnostics', key: 'file_path', columns: 'file_path, line, "column", rule, severity, message, hint, scope' },
  { table: 'provenance', key: 'path', columns: '*' },
];

/** path -> canonical lines of every row that path contributes. */
export function dumpByFile(db: DatabaseSync): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { table, key, columns } of TABLES) {
    const rows = db.prepare(`SELECT ${columns} FROM ${table}`).all() as Record<string, unknown>[];
    const lines: [string, string][] = rows.map((r) => [String(r[key]), `${table} ${JSON.stringify(r)}`]);
    lines.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    for (const [path, line] of lines) {
      const list = out.get(path);
      if (list) list.push(line);
      else out.set(path, [line]);
    }
  }
  return out;
}

/** The whole index as one canonical text. */
export function canonicalDump(db: DatabaseSync): string {
  const byFile = dumpByFile(db);
  return [...byFile.keys()].sort().map((p) => byFile.get(p)!.join('\n')).join('\n');
}

export interface Drift {
  path: string;
  kind: 'missing' | 'stale' | 'differs';
  /** Tables whose rows differ. */
  tables: string[];
}

const isFileRow = (line: string) => line.startsWith('files ');

/** Every file whose rows differ between the index and a fresh rebuild. */
export function compareDumps(indexed: Map<string, string[]>, fresh: Map<string, string[]>): Drift[] {
  const drift: Drift[] = [];
  const tablesOf = (lines: string[]) => new Set(lines.map((l) => l.slice(0, l.indexOf(' '))));
  for (const [path, lines] of fresh) {
    const had = indexed.get(path);
    // A file's own rows start with its `files` row; provenance alone (a path of the last commit) is not the file.
    if (!had || (!had.some(isFileRow) && lines.some(isFileRow))) drift.push({ path, kind: 'missing', tables: [...tablesOf(lines)] });
    else if (had.join('\n') !== lines.join('\n')) {
      const a = new Set(had);
      const b = new Set(lines);
      const tables = new Set<string>();
      for (const l of had) if (!b.has(l)) tables.add(l.slice(0, l.indexOf(' ')));
      for (const l of lines) if (!a.has(l)) tables.add(l.slice(0, l.indexOf(' ')));
      drift.push({ path, kind: 'differs', tables: [...tables].sort() });
    }
  }
  for (const [path, lines] of indexed) if (!fresh.has(path) || (lines.some(isFileRow) && !fresh.get(path)!.some(isFileRow))) drift.push({ path, kind: 'stale', tables: [...tablesOf(lines)] });
  return drift.sort((x, y) => (x.path < y.path ? -1 : 1));
}
