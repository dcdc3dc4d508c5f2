import type { Diagnostic } from '../artifacts/diagnostic.ts';
import type { FileResult } from '../artifacts/validateFile.ts';
import { metadataTime } from '../artifacts/experimentMetadata.ts';
import { readTimestamp, sqlTime } from '../artifacts/timestamp.ts';

/** Everything one file contributes to the index. A pure function of the file (and the config). */
export interface FileRows {
  file: { path: string; blob: string; size: number; kind: string; experiment_id: string | null };
  /** Null for a metadata JSON file: it is not a document. */
  artifact: Record<string, string | number | null> | null;
  metadata: Record<string, string | number | null> | null;
  /** The experiment facts the file holds (experiment_sources), if any. */
  source: Record<string, string | number | null> | null;
  tags: { experiment_id: string | null; tag_name: string; artifact_id: string; scope: string }[];
  metrics: Record<string, string | number | null>[];
  diagnostics: Diagnostic[];
}

/** Any accepted timestamp form to SQLite's canonical UTC 'YYYY-MM-DD HH:MM:SS' (so it sorts and compares with datetime()); a time without a zone is read in `timezone`. */
export function toSqlTime(v: unknown, timezone = 'UTC'): string | null {
  const t = readTimestamp(v, timezone);
  return t === null ? null : sqlTime(t.ms);
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

/**
 * The id a file is known by in the index: its path under the experiments root
 * (`<experiment>/.metadata/reports/x.md`). Unique because paths are, and a fact of the file alone, so
 * joins on artifact_id never fan out and a sync never depends on other files. The declared
 * artifact_id is kept as written in declared_artifact_id (duplicates are the duplicate-artifact-id
 * diagnostic, a cross-file fact).
 */
export function artifactKey(path: string, root: string): string {
  const prefix = root === '' || root === '.' ? '' : `${root}/`;
  return prefix !== '' && path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/** The experiment_sources row of a file's experiment facts. */
function sourceRow(result: FileResult, timezone: string): FileRows['source'] {
  const e = result.experiment;
  if (!e || result.placement.experimentDir === null) return null;
  return {
    file_path: result.path,
    experiment_id: result.placement.experimentDir,
    source: e.source,
    describe_rank: e.describeRank,
    live_rank: e.liveRank,
    declared_experiment_id: e.experimentId,
    name: e.name,
    status: e.status,
    description: e.description,
    phase: e.phase,
    created: e.created,
    updated: e.updated,
    created_at: metadataTime(e.created, timezone),
    updated_at: metadataTime(e.updated, timezone),
    data: e.data,
  };
}

/** @param root the experiments root (repo-relative, '' for the top), which artifact ids are relative to */
export function rowsFor(result: FileResult, blob: string, diagnostics: Diagnostic[], root: string, timezone = 'UTC'): FileRows {
  const experimentId = result.placement.experimentDir;
  if (result.placement.kind === 'metadata') {
    return { file: { path: result.path, blob, size: result.size, kind: 'metadata', experiment_id: experimentId }, artifact: null, metadata: null, source: sourceRow(result, timezone), tags: [], metrics: [], diagnostics };
  }
  const d = result.data ?? {};
  const artifactId = artifactKey(result.path, root);
  const type = str(d.type);
  const parseError = result.data === null ? (diagnostics.find((x) => x.severity === 'error')?.rule ?? result.findings[0]?.rule ?? 'unreadable') : null;
  let errors = 0;
  let warnings = 0;
  for (const x of diagnostics) {
    if (x.severity === 'error') errors++;
    else warnings++;
  }
  const artifact = {
    artifact_id: artifactId,
    experiment_id: experimentId,
    type,
    title: result.title,
    file_path: result.path,
    status: str(d.status),
    created_at: toSqlTime(d.created, timezone),
    updated_at: toSqlTime(d.updated, timezone),
    ads_version: str(d.ads_version) ?? (typeof d.ads_version === 'number' ? String(d.ads_version) : null),
    content: result.body,
    body_line: result.bodyStartLine,
    frontmatter: result.data === null ? null : JSON.stringify(result.data),
    frontmatter_yaml: result.yaml,
    yaml_line: result.yamlStartLine,
    declared_artifact_id: str(d.artifact_id),
    baseline: type === 'report' ? str(d.baseline) : null,
    parse_error: parseError,
    errors,
    warnings,
  };
  const metadata = result.data === null
    ? null
    : {
        file_path: result.path,
        artifact_id: artifactId,
        phase: str(d.phase),
        priority: str(d.priority),
        evidence_count: int(d.evidence_count),
        metrics: d.metrics !== undefined ? json(d.metrics) : null,
        baseline: str(d.baseline),
        comparison: str(d.comparison),
        commands: d.commands !== undefined ? json(d.commands) : null,
        prerequisites: d.prerequisites !== undefined ? json(d.prerequisites) : null,
        dependencies: d.dependencies !== undefined ? json(d.dependencies) : null,
        name: str(d.name),
        description: str(d.description),
      };
  const tags: FileRows['tags'] = [];
  if (Array.isArray(d.tags)) {
    const seen = new Set<string>();
    const scope = result.placement.kind === 'manifest' ? 'experiment' : 'artifact';
    for (const t of d.tags) {
      if (typeof t !== 'string' || seen.has(t)) continue;
      seen.add(t);
      tags.push({ experiment_id: experimentId, tag_name: t, artifact_id: artifactId, scope });
    }
  }
  const metrics: FileRows['metrics'] = [];
  if (type === 'report' && d.metrics !== null && typeof d.metrics === 'object' && !Array.isArray(d.metrics)) {
    for (const [name, m] of Object.entries(d.metrics as Record<string, unknown>)) {
      const obj = m !== null && typeof m === 'object' && !Array.isArray(m) ? (m as Record<string, unknown>) : null;
      metrics.push({
        artifact_id: artifactId,
        experiment_id: experimentId,
        metric_name: name,
        metric_value: obj ? num(obj.value) : num(m),
        baseline_declared: obj ? num(obj.baseline) : null,
        unit: obj ? str(obj.unit) : null,
        timestamp: artifact.created_at, // the artifact's created, read once
        baseline_experiment: str(d.baseline),
        file_path: result.path,
      });
    }
  }
  return {
    file: { path: result.path, blob, size: result.size, kind: result.placement.kind, experiment_id: experimentId },
    artifact,
    metadata,
    source: sourceRow(result, timezone),
    tags,
    metrics,
    diagnostics,
  };
}
