import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);

// src/artifacts/fingerprint.ts
import { createHash } from "node:crypto";
function problemKey(d, file = d.file) {
  return `${file}\0${d.rule}\0${normaliseMessage(d.message)}`;
}
function normaliseMessage(message) {
  return message.replace(/\blines? \d+(?:\s*[-–]\s*\d+)?/g, "line #").replace(/:(\d+)(?::\d+)?\b/g, ":#").replace(/\s+/g, " ").trim();
}
function fingerprints(problems, renamedFrom = /* @__PURE__ */ new Map()) {
  const order = problems.map((d, i) => i).sort((a, b) => problems[a].line - problems[b].line || problems[a].column - problems[b].column || a - b);
  const seen = /* @__PURE__ */ new Map();
  const out = new Array(problems.length);
  for (const i of order) {
    const d = problems[i];
    const key = problemKey(d, renamedFrom.get(d.file) ?? d.file);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    out[i] = createHash("sha256").update(`${key}\0${n}`).digest("hex").slice(0, 32);
  }
  return out;
}
function matchProblems(base, head, renamedFrom = /* @__PURE__ */ new Map()) {
  const baseIds = fingerprints(base);
  const headIds = fingerprints(head, renamedFrom);
  const onBase = new Set(baseIds);
  const onHead = new Set(headIds);
  return {
    added: head.filter((_, i) => !onBase.has(headIds[i])),
    existing: head.filter((_, i) => onBase.has(headIds[i])),
    fixed: base.filter((_, i) => !onHead.has(baseIds[i]))
  };
}

// src/history/semanticDiff.ts
function differingPaths(a, b) {
  const out = [];
  for (const [p, blob] of a) if (b.get(p) !== blob) out.push(p);
  for (const p of b.keys()) if (!a.has(p)) out.push(p);
  return out.sort();
}
var ref = (r) => ({ path: r.path, experiment_id: r.experiment_id, type: r.type, title: r.title });
var round = (n) => Math.round(n * 1e9) / 1e9;
function matchMoves(from, to) {
  const removed = [...from.files.keys()].filter((p) => !to.files.has(p));
  const added = [...to.files.keys()].filter((p) => !from.files.has(p));
  const moves = /* @__PURE__ */ new Map();
  const byBlob = /* @__PURE__ */ new Map();
  for (const p of added) {
    const list = byBlob.get(to.files.get(p)) ?? [];
    list.push(p);
    byBlob.set(to.files.get(p), list);
  }
  const taken = /* @__PURE__ */ new Set();
  for (const p of removed) {
    const candidates2 = (byBlob.get(from.files.get(p)) ?? []).filter((q) => !taken.has(q));
    const base = p.slice(p.lastIndexOf("/") + 1);
    const pick = candidates2.find((q) => q.endsWith(`/${base}`)) ?? candidates2[0];
    if (pick !== void 0) {
      moves.set(p, pick);
      taken.add(pick);
    }
  }
  const key = (r) => r.declared_id ? `${r.kind}\0${r.type}\0${r.declared_id}` : null;
  const fromRows = new Map(from.artifacts.map((r) => [r.path, r]));
  const toRows = new Map(to.artifacts.map((r) => [r.path, r]));
  const unique = (paths, rows) => {
    const m = /* @__PURE__ */ new Map();
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
    if (p !== null && q !== void 0 && q !== null) moves.set(p, q);
  }
  return moves;
}
function semanticDiff(from, to) {
  const differing = differingPaths(from.files, to.files);
  const moves = matchMoves(from, to);
  const movedTo = new Set(moves.values());
  const fromRows = new Map(from.artifacts.map((r) => [r.path, r]));
  const toRows = new Map(to.artifacts.map((r) => [r.path, r]));
  const fromExp = new Map(from.experiments.map((e) => [e.experiment_id, e]));
  const toExp = new Map(to.experiments.map((e) => [e.experiment_id, e]));
  const goneExp = [...fromExp.keys()].filter((id) => !toExp.has(id));
  const newExp = new Set([...toExp.keys()].filter((id) => !fromExp.has(id)));
  const expOf = (rows, p) => rows.get(p)?.experiment_id ?? null;
  const renamed = [];
  for (const id of goneExp) {
    const votes = /* @__PURE__ */ new Map();
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
  const experiments = {
    added: [...newExp].sort().map((id) => toExp.get(id)),
    removed: goneExp.filter((id) => !renamedFrom.has(id)).sort().map((id) => fromExp.get(id)),
    renamed: renamed.sort((a, b) => a.from < b.from ? -1 : 1),
    status: []
  };
  for (const [id, e] of toExp) {
    const before = fromExp.get(id) ?? (renamedTo.has(id) ? fromExp.get(renamedTo.get(id)) : void 0);
    if (before && before.status !== e.status) experiments.status.push({ experiment_id: id, from: before.status, to: e.status });
  }
  experiments.status.sort((a, b) => a.experiment_id < b.experiment_id ? -1 : 1);
  const artifacts = { added: [], removed: [], moved: [], changed: [] };
  const tags = { added: [], removed: [] };
  const compare = (a, b, fromPath) => {
    const c = { path: b.path, experiment_id: b.experiment_id, ...fromPath !== void 0 ? { from_path: fromPath } : {}, tags_added: b.tags.filter((t) => !a.tags.includes(t)), tags_removed: a.tags.filter((t) => !b.tags.includes(t)), edited: from.files.get(a.path) !== to.files.get(b.path) };
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
      const c = compare(a, b, void 0);
      artifacts.changed.push(c);
    } else if (a && !to.files.has(p)) {
      const target = moves.get(p);
      const moved = target !== void 0 ? toRows.get(target) : void 0;
      if (moved) artifacts.moved.push(compare(a, moved, p));
      else if (target === void 0) {
        artifacts.removed.push(ref(a));
        for (const tag of a.tags) tags.removed.push({ tag, path: p, experiment_id: a.experiment_id });
      }
    } else if (b && !from.files.has(p) && !movedTo.has(p)) {
      artifacts.added.push(ref(b));
      for (const tag of b.tags) tags.added.push({ tag, path: p, experiment_id: b.experiment_id });
    }
  }
  const metricKey = (m) => `${m.experiment_id ?? ""}\0${m.metric}`;
  const fromMetrics = new Map(from.metrics.map((m) => [metricKey(m), m]));
  const toMetrics = new Map(to.metrics.map((m) => [metricKey(m), m]));
  const metrics = [];
  for (const k of /* @__PURE__ */ new Set([...fromMetrics.keys(), ...toMetrics.keys()])) {
    const a = fromMetrics.get(k);
    const b = toMetrics.get(k);
    const va = a?.value ?? null;
    const vb = b?.value ?? null;
    if (a && b && va === vb && a.baseline === b.baseline) continue;
    const base = b?.baseline ?? null;
    metrics.push({
      experiment_id: (b ?? a).experiment_id,
      metric: (b ?? a).metric,
      from: va,
      to: vb,
      delta: va !== null && vb !== null ? round(vb - va) : null,
      baseline: base,
      vs_baseline: vb !== null && base !== null ? round(vb - base) : null,
      unit: (b ?? a).unit
    });
  }
  metrics.sort((x, y) => (x.experiment_id ?? "") < (y.experiment_id ?? "") ? -1 : (x.experiment_id ?? "") > (y.experiment_id ?? "") ? 1 : x.metric < y.metric ? -1 : x.metric > y.metric ? 1 : 0);
  const headToBase = /* @__PURE__ */ new Map();
  for (const [a, b] of moves) headToBase.set(b, a);
  const matched = matchProblems(from.problems, to.problems, headToBase);
  const byPlace = (x, y) => x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line || x.column - y.column;
  return {
    from: { label: from.label, commit: from.commit },
    to: { label: to.label, commit: to.commit },
    experiments,
    artifacts: {
      added: artifacts.added,
      removed: artifacts.removed,
      moved: artifacts.moved,
      changed: artifacts.changed.filter((c) => c.status || c.title || c.type || c.tags_added.length || c.tags_removed.length || c.edited)
    },
    metrics,
    tags,
    problems: { appeared: [...matched.added].sort(byPlace), fixed: [...matched.fixed].sort(byPlace) },
    files: { compared: (/* @__PURE__ */ new Set([...from.files.keys(), ...to.files.keys()])).size, differing: differing.length }
  };
}
function isEmptyDiff(d) {
  const e = d.experiments;
  const a = d.artifacts;
  return e.added.length + e.removed.length + e.renamed.length + e.status.length + a.added.length + a.removed.length + a.moved.length + a.changed.length + d.metrics.length + d.problems.appeared.length + d.problems.fixed.length === 0;
}

// src/db/baselineRule.ts
var candidates = (m, exp) => `FROM metric_values b WHERE b.experiment_id = ${exp} AND b.metric_name = ${m}.metric_name AND b.metric_value IS NOT NULL`;
var LATEST = "ORDER BY b.timestamp DESC, b.file_path DESC LIMIT 1";
function baselineIdSql(m) {
  const own = `${m}.experiment_id`;
  return `CASE
    WHEN ${m}.baseline_experiment IS NOT ${own} THEN (SELECT b.metric_id ${candidates(m, `${m}.baseline_experiment`)} ${LATEST})
    WHEN ${m}.timestamp IS NULL THEN (SELECT b.metric_id ${candidates(m, own)} AND b.timestamp IS NULL AND b.file_path < ${m}.file_path ${LATEST})
    ELSE COALESCE(
      (SELECT b.metric_id ${candidates(m, own)} AND b.timestamp = ${m}.timestamp AND b.file_path < ${m}.file_path ${LATEST}),
      (SELECT b.metric_id ${candidates(m, own)} AND b.timestamp < ${m}.timestamp ${LATEST}),
      (SELECT b.metric_id ${candidates(m, own)} AND b.timestamp IS NULL ${LATEST}))
  END`;
}
function baselineRunSql(m, what) {
  return `(SELECT ${what} FROM metric_values b WHERE b.metric_id = ${baselineIdSql(m)})`;
}

export {
  baselineRunSql,
  fingerprints,
  matchProblems,
  differingPaths,
  semanticDiff,
  isEmptyDiff
};
