import type { Finding } from './diagnostic.ts';
import { EXPERIMENT_ID } from './layout.ts';
import type { FileResult } from './validateFile.ts';
import { YamlPositions } from './yamlPositions.ts';

/** What the rest of the repository holds, for rules that look beyond one file. */
export interface Catalog {
  /** Experiment ids whose folder holds a file etk reads (Markdown or metadata JSON). */
  experiments: ReadonlySet<string>;
  /** artifact_id -> paths that declare it, for files outside the judged set. */
  artifactIds: ReadonlyMap<string, readonly string[]>;
}

export const EMPTY_CATALOG: Catalog = { experiments: new Set(), artifactIds: new Map() };

/** The few facts of a file that cross-file rules read. */
export interface CrossEntry {
  path: string;
  isManifest: boolean;
  experimentDir: string | null;
  artifactId: string | null;
  type: string | null;
  baseline: string | null;
}

/** Where a top-level frontmatter key's value sits in a file. */
export type Locate = (path: string, key: string) => { line: number; column: number };

export function crossEntryOf(r: FileResult): CrossEntry {
  const d = r.data;
  const s = (v: unknown) => (typeof v === 'string' ? v : null);
  return { path: r.path, isManifest: r.placement.kind === 'manifest', experimentDir: r.placement.experimentDir, artifactId: s(d?.artifact_id), type: s(d?.type), baseline: s(d?.baseline) };
}

/** Locates keys in FileResults' own YAML. */
export function locateInResults(results: readonly FileResult[]): Locate {
  const byPath = new Map(results.map((r) => [r.path, r]));
  return (path, key) => {
    const r = byPath.get(path);
    if (!r) return { line: 1, column: 1 };
    const at = new YamlPositions(r.yaml, r.yamlStartLine).value([key]);
    return { line: at.line, column: at.column };
  };
}

/**
 * Duplicate artifact ids and missing baselines, judged against the whole repository. Pure: the
 * entries are the judged files, the catalog is everything else.
 */
export function crossFileFindings(entries: readonly CrossEntry[], catalog: Catalog, locate: Locate): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const push = (path: string, f: Finding) => {
    const list = out.get(path);
    if (list) list.push(f);
    else out.set(path, [f]);
  };

  const owners = new Map<string, string[]>();
  for (const [id, paths] of catalog.artifactIds) owners.set(id, [...paths]);
  for (const e of entries) {
    if (e.artifactId === null || e.artifactId === '') continue;
    const list = owners.get(e.artifactId);
    if (list) {
      if (!list.includes(e.path)) list.push(e.path);
    } else owners.set(e.artifactId, [e.path]);
  }
  for (const e of entries) {
    if (e.artifactId === null || e.artifactId === '') continue;
    const others = (owners.get(e.artifactId) ?? []).filter((p) => p !== e.path).sort();
    if (others.length > 0) {
      push(e.path, {
        ...locate(e.path, 'artifact_id'),
        rule: 'duplicate-artifact-id',
        message: `artifact_id "${e.artifactId}" is also used by ${others.slice(0, 3).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''}`,
        hint: 'give one of them a new, unique artifact_id',
      });
    }
  }

  const known = new Set(catalog.experiments);
  // A folder that holds any file etk reads is an experiment, README.md or not.
  for (const e of entries) if (e.experimentDir !== null) known.add(e.experimentDir);
  for (const e of entries) {
    if (e.type !== 'report' || e.baseline === null || !EXPERIMENT_ID.test(e.baseline)) continue;
    if (!known.has(e.baseline)) {
      push(e.path, {
        ...locate(e.path, 'baseline'),
        rule: 'baseline-missing',
        message: `baseline experiment ${e.baseline} does not exist (no folder ${e.baseline}/ with Markdown or metadata under the experiments root)`,
        hint: 'name an existing experiment id as baseline, or create that experiment',
      });
    }
  }
  return out;
}
