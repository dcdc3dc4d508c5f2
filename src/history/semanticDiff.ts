import type { Diagnostic } from '../artifacts/diagnostic.ts';
import { matchProblems } from '../artifacts/fingerprint.ts';

/**
 * What changed in meaning between two states of the index: experiments, artifacts, metrics, tags
 * and problems, not lines. Pure: it takes two snapshots (plain rows, see loadSnapshots) and returns
 * plain data, for `etk diff`, the report's changes page and a pull-request gate.
 *
 * A snapshot lists every file with its blob id, but carries rows only for the files that differ
 * between the two sides (the others are the same on both, so they cannot change meaning), plus what
 * depends on other files: cross-file problems and the latest metrics of the experiments touched.
 */

export interface SnapshotArtifact {
  path: string;
  experiment_id: string | null;
  /** files.kind: manifest | artifact | document | misplaced. */
  kind: string;
  type: string | null;
  title: string;
  status: string | null;
  declared_id: string | null;
  tags: string[];
}

export interface SnapshotExperiment {
  experiment_id: string;
  name: string;
  status: string | null;
}

export interface SnapshotMetric {
  experiment_id: string | null;
  metric: string;
  value: number | null;
  baseline: number | null;
  unit: string | null;
  path: string;
}

export interface Snapshot {
  /** What the user named (a revision, or "work tree"). */
  label: string;
  commit: string | null;
  /** Every indexed file: path -> blob id. */
  files: ReadonlyMap<string, string>;
  /** Rows of the files that differ from the other side. */
  artifacts: SnapshotArtifact[];
  experiments: SnapshotExperiment[];
  /** Latest value of each metric, for the experiments either side touched. */
  metrics: SnapshotMetric[];
  /** Problems of the differing files, and every cross-file problem. */
  problems: Diagnostic[];
}

export interface ArtifactRef {
  path: string;
  experiment_id: string | null;
  type: string | null;
  title: string;
}

export interface ArtifactChange {
  path: string;
  experiment_id: string | null;
  /** Set when the path changed. */
  from_path?: string;
  status?: { from: string | null; to: string | null };
  title?: { from: string; to: string };
  type?: { from: string | null; to: string | null };
  tags_added: string[];
  tags_removed: string[];
  /** The content differs (not only the path). */
  edited: boolean;
}

export interface MetricChange {
  experiment_id: string | null;
  metric: string;
  from: number | null;
  to: number | null;
  /** to - from, when both are numbers. */
  delta: number | null;
  /** The baseline on the new side, and the new value against it. */
  baseline: number | null;
  vs_baseline: number | null;
  unit: string | null;
}

export interface SemanticDiff {
  from: { label: string; commit: string | null };
  to: { label: string; commit: string | null };
  experiments: {
    added: SnapshotExperiment[];
    removed: SnapshotExperiment[];
    renamed: { from: string; to: string }[];
    status: { experiment_id: string; from: string | null; to: string | null }[];
  };
  artifacts: { added: ArtifactRef[]; removed: ArtifactRef[]; moved: ArtifactChange[]; changed: ArtifactChange[] };
  metrics: MetricChange[];
  tags: { added: { tag: string; path: string; experiment_id: string | null }[]; removed: { tag: string; path: string; experiment_id: string | null }[] };
  problems: { appeared: Diagnostic[]; fixed: Diagnostic[] };
  /** Files on either side, and files whose content differs (the only ones read). */
  files: { compared: number; differing: number };
}

/** The paths whose blob differs between the sides (present on one side only, or with another blob). */
export function differingPaths(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [p, blob] of a) if (b.get(p) !== blob) out.push(p);
  for (const p of b.keys()) if (!a.has(p)) out.push(p);
  return out.sort();
}

const ref = (r: SnapshotArtifact): ArtifactRef => ({ path: r.path, experiment_id: r.experiment_id, type: r.type, title: r.title });
const round = (n: number) => Math.round(n * 1e9) / 1e9;

/** Removed path -> added path: the same blob first, then the same declared id and type within one experiment (moved and edited). */
export function matchMoves(from: Snapshot, to: Snapshot): Map<string, string> {
  const removed = [...from.files.keys()].filter((p) => !to.files.has(p));
  const added = [...to.files.keys()].filter((p) => !from.files.has(p));
  const moves = new Map<string, string>();
  const byBlob = new Map<string, string[]>();
  for (const p of added) {
    const list = byBlob.get(to.files.get(p)!) ?? [];
    list.push(p);
    byBlob.set(to.files.get(p)!, list);
  }
  const taken = new Set<string>();
  for (const p of removed) {
    const candidates = (byBlob.get(from.files.get(p)!) ?? []).filter((q) => !taken.has(q));
    // Several copies of one blob: the one with the same file name, else the first.
    const base = p.slice(p.lastIndexOf('/') + 1);
    const pick = candidates.find((q) => q.endsWith(`/${base}`)) ?? candidates[0];
    if (pick !== undefined) {
      moves.set(p, pick);
      taken.add(pick);
    }
  }
  const key = (r: SnapshotArtifact) => (r.declared_id ? `${r.kind}\u0000${r.type}\u0000${r.declared_id}` : null);
  const fromRows = new Map(from.artifacts.map((r) => [r.path, r]));
  const toRows = new Map(to.artifacts.map((r) => [r.path, r]));
  const unique = (paths: string[], rows: Map<string, SnapshotArtifact>) => {
    const m = new Map<string, string | null>();
    for (const p of paths) {
      const r = rows.get(p);
      const k = r ? key(r) : null;
      if (k !== null) m.set(k, m.has(k) ? null : p);
    }
    return m;
  };
  const left = unique(removed.filter((p) => !moves.has(p)), fromRows);
  const right = unique(added.filter((p) => !taken.has(p)), toRows);
  for (const [k, p] of left) {
    const q = right.get(k);
    if (p !== null && q !== undefined && q !== null) moves.set(p, q);
  }
  return moves;
}

export function semanticDiff(from: Snapshot, to: Snapshot): SemanticDiff {
  const differing = differingPaths(from.files, to.files);
  const moves = matchMoves(from, to);
  const movedTo = new Set(moves.values());
  const fromRows = new Map(from.artifacts.map((r) => [r.path, r]));
  const toRows = new Map(to.artifacts.map((r) => [r.path, r]));

  // Experiments: by id; one that vanished while another appeared holding most of its moved files is a rename.
  const fromExp = new Map(from.experiments.map((e) => [e.experiment_id, e]));
  const toExp = new Map(to.experiments.map((e) => [e.experiment_id, e]));
  const goneExp = [...fromExp.keys()].filter((id) => !toExp.has(id));
  const newExp = new Set([...toExp.keys()].filter((id) => !fromExp.has(id)));
  const expOf = (rows: Map<string, SnapshotArtifact>, p: string) => rows.get(p)?.experiment_id ?? null;
  const renamed: { from: string; to: string }[] = [];
  for (const id of goneExp) {
    const votes = new Map<string, number>();
    let total = 0;
    for (const [a, b] of moves) {
      if (expOf(fromRows, a) !== id) continue;
      total++;
      const target = expOf(toRows, b);
      if (target !== null && newExp.has(target)) votes.set(target, (votes.get(target) ?? 0) + 1);
    }
    const best = [...votes].sort((x, y) => y[1] - x[1])[0];
    if (best && best[1] * 2 > total) {
      renamed.push({ from: id, to: best[0] });
      newExp.delete(best[0]);
    }
  }
  const renamedFrom = new Set(renamed.map((r) => r.from));
  const renamedTo = new Map(renamed.map((r) => [r.to, r.from]));
  const experiments: SemanticDiff['experiments'] = {
    added: [...newExp].sort().map((id) => toExp.get(id)!),
    removed: goneExp.filter((id) => !renamedFrom.has(id)).sort().map((id) => fromExp.get(id)!),
    renamed: renamed.sort((a, b) => (a.from < b.from ? -1 : 1)),
    status: [],
  };
  for (const [id, e] of toExp) {
    const before = fromExp.get(id) ?? (renamedTo.has(id) ? fromExp.get(renamedTo.get(id)!) : undefined);
    if (before && before.status !== e.status) experiments.status.push({ experiment_id: id, from: before.status, to: e.status });
  }
  experiments.status.sort((a, b) => (a.experiment_id < b.experiment_id ? -1 : 1));

  // Artifacts (Markdown rows; metadata files count through their experiment).
  const artifacts: SemanticDiff['artifacts'] = { added: [], removed: [], moved: [], changed: [] };
  const tags: SemanticDiff['tags'] = { added: [], removed: [] };
  const compare = (a: SnapshotArtifact, b: SnapshotArtifact, fromPath: string | undefined): ArtifactChange => {
    const c: ArtifactChange = { path: b.path, experiment_id: b.experiment_id, ...(fromPath !== undefined ? { from_path: fromPath } : {}), tags_added: b.tags.filter((t) => !a.tags.includes(t)), tags_removed: a.tags.filter((t) => !b.tags.includes(t)), edited: from.files.get(a.path) !== to.files.get(b.path) };
    if (a.status !== b.status) c.status = { from: a.status, to: b.status };
    if (a.title !== b.title) c.title = { from: a.title, to: b.title };
    if (a.type !== b.type) c.type = { from: a.type, to: b.type };
    for (const tag of c.tags_added) tags.added.push({ tag, path: b.path, experiment_id: b.experiment_id });
    for (const tag of c.tags_removed) tags.removed.push({ tag, path: b.path, experiment_id: b.experiment_id });
    return c;
  };
  for (const p of differing) {
    const a = fromRows.get(p);
    const b = toRows.get(p);
    if (a && b) {
      const c = compare(a, b, undefined);
      artifacts.changed.push(c);
    } else if (a && !to.files.has(p)) {
      const target = moves.get(p);
      const moved = target !== undefined ? toRows.get(target) : undefined;
      if (moved) artifacts.moved.push(compare(a, moved, p));
      else if (target === undefined) {
        artifacts.removed.push(ref(a));
        for (const tag of a.tags) tags.removed.push({ tag, path: p, experiment_id: a.experiment_id });
      }
    } else if (b && !from.files.has(p) && !movedTo.has(p)) {
      artifacts.added.push(ref(b));
      for (const tag of b.tags) tags.added.push({ tag, path: p, experiment_id: b.experiment_id });
    }
  }

  // Metrics: each experiment's latest value of each metric, old against new.
  const metricKey = (m: SnapshotMetric) => `${m.experiment_id ?? ''}\u0000${m.metric}`;
  const fromMetrics = new Map(from.metrics.map((m) => [metricKey(m), m]));
  const toMetrics = new Map(to.metrics.map((m) => [metricKey(m), m]));
  const metrics: MetricChange[] = [];
  for (const k of new Set([...fromMetrics.keys(), ...toMetrics.keys()])) {
    const a = fromMetrics.get(k);
    const b = toMetrics.get(k);
    const va = a?.value ?? null;
    const vb = b?.value ?? null;
    if (a && b && va === vb && a.baseline === b.baseline) continue;
    const base = b?.baseline ?? null;
    metrics.push({
      experiment_id: (b ?? a)!.experiment_id,
      metric: (b ?? a)!.metric,
      from: va,
      to: vb,
      delta: va !== null && vb !== null ? round(vb - va) : null,
      baseline: base,
      vs_baseline: vb !== null && base !== null ? round(vb - base) : null,
      unit: (b ?? a)!.unit,
    });
  }
  metrics.sort((x, y) => ((x.experiment_id ?? '') < (y.experiment_id ?? '') ? -1 : (x.experiment_id ?? '') > (y.experiment_id ?? '') ? 1 : x.metric < y.metric ? -1 : x.metric > y.metric ? 1 : 0));

  // Problems: matched by file (a moved file keeps its problems), rule and message, never by line.
  const headToBase = new Map<string, string>();
  for (const [a, b] of moves) headToBase.set(b, a);
  const matched = matchProblems(from.problems, to.problems, headToBase);
  const byPlace = (x: Diagnostic, y: Diagnostic) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line || x.column - y.column);

  return {
    from: { label: from.label, commit: from.commit },
    to: { label: to.label, commit: to.commit },
    experiments,
    artifacts: {
      added: artifacts.added,
      removed: artifacts.removed,
      moved: artifacts.moved,
      changed: artifacts.changed.filter((c) => c.status || c.title || c.type || c.tags_added.length || c.tags_removed.length || c.edited),
    },
    metrics,
    tags,
    problems: { appeared: [...matched.added].sort(byPlace), fixed: [...matched.fixed].sort(byPlace) },
    files: { compared: new Set([...from.files.keys(), ...to.files.keys()]).size, differing: differing.length },
  };
}

/** Whether nothing changed in meaning. */
export function isEmptyDiff(d: SemanticDiff): boolean {
  const e = d.experiments;
  const a = d.artifacts;
  return e.added.length + e.removed.length + e.renamed.length + e.status.length + a.added.length + a.removed.length + a.moved.length + a.changed.length + d.metrics.length + d.problems.appeared.length + d.problems.fixed.length === 0;
}
