import type { Finding } from './diagnostic.ts';
import { EXPERIMENT_ID } from './layout.ts';
import type { FileResult } from './validateFile.ts';
import { YamlPositions } from './yamlPositions.ts';

/** What the rest of the repository holds, for rules that look beyond one file. */
export interface Catalog {
  /** Experiment ids whose folder has a README.md. */
  experiments: ReadonlySet<string>;
  /** artifact_id -> paths that declare it, for files outside the validated set. */
  artifactIds: ReadonlyMap<string, readonly string[]>;
}

/** Duplicate artifact ids and missing baselines, judged against the whole repository. Pure. */
export function crossFileFindings(results: readonly FileResult[], catalog: Catalog): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const push = (r: FileResult, f: Finding) => {
    const list = out.get(r.path);
    if (list) list.push(f);
    else out.set(r.path, [f]);
  };
  const locate = (r: FileResult, key: string) => {
    const at = new YamlPositions(r.yaml, r.yamlStartLine).value([key]);
    return { line: at.line, column: at.column };
  };

  const owners = new Map<string, string[]>();
  for (const [id, paths] of catalog.artifactIds) owners.set(id, [...paths]);
  for (const r of results) {
    const id = r.data?.artifact_id;
    if (typeof id !== 'string' || id === '') continue;
    const list = owners.get(id);
    if (list) {
      if (!list.includes(r.path)) list.push(r.path);
    } else owners.set(id, [r.path]);
  }
  for (const r of results) {
    const id = r.data?.artifact_id;
    if (typeof id !== 'string' || id === '') continue;
    const others = (owners.get(id) ?? []).filter((p) => p !== r.path).sort();
    if (others.length > 0) {
      push(r, {
        ...locate(r, 'artifact_id'),
        rule: 'duplicate-artifact-id',
        message: `artifact_id "${id}" is also used by ${others.slice(0, 3).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''}`,
        hint: 'give one of them a new, unique artifact_id',
      });
    }
  }

  const known = new Set(catalog.experiments);
  for (const r of results) if (r.placement.kind === "manifest") known.add(r.placement.experimentDir);
  for (const r of results) {
    const baseline = r.data?.baseline;
    if (r.data?.type !== 'report' || typeof baseline !== 'string' || !EXPERIMENT_ID.test(baseline)) continue;
    if (!known.has(baseline)) {
      push(r, {
        ...locate(r, 'baseline'),
        rule: 'baseline-missing',
        message: `baseline experiment ${baseline} does not exist (no ${baseline}/README.md under the experiments root)`,
        hint: 'name an existing experiment id as baseline, or create that experiment',
      });
    }
  }
  return out;
}
