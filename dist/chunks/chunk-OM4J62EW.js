import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-3UJG7U6Z.js";

// src/util/distance.ts
function editDistance(a, b, max = 3) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
      rows[i][j] = v;
    }
  }
  return Math.min(rows[a.length][b.length], max + 1);
}
var memo = /* @__PURE__ */ new Map();
function closest(word, candidates) {
  const list = [...candidates];
  const key = `${word}\0${list.join("\0")}`;
  if (memo.has(key)) return memo.get(key);
  const found = closestUncached(word, list);
  if (memo.size < 1e4) memo.set(key, found);
  return found;
}
function closestUncached(word, candidates) {
  const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let best;
  let bestD = limit + 1;
  for (const c of candidates) {
    if (c === word) continue;
    const d = editDistance(word.toLowerCase(), c.toLowerCase(), limit);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

// src/query/experimentIds.ts
function experimentIds(db) {
  return db.prepare("SELECT DISTINCT experiment_id AS id FROM files WHERE experiment_id IS NOT NULL ORDER BY 1").all().map((r) => r.id);
}
function matchExperimentId(given, ids) {
  if (ids.includes(given)) return { kind: "one", id: given, exact: true };
  const g = given.toLowerCase();
  if (g.trim() === "") return { kind: "none", near: void 0 };
  for (const test of [(id) => id.toLowerCase().startsWith(g), (id) => id.toLowerCase().includes(g)]) {
    const found = ids.filter(test);
    if (found.length === 1) return { kind: "one", id: found[0], exact: false };
    if (found.length > 1) return { kind: "several", ids: found };
  }
  return { kind: "none", near: closest(given, ids) };
}
var listed = (ids) => `${ids.slice(0, 5).join(", ")}${ids.length > 5 ? `, and ${ids.length - 5} more` : ""}`;
function resolveExperimentId(given, ids, source) {
  const opt = source.option !== void 0 ? `${source.option}: ` : "";
  if (given.trim() === "") throw new UsageError(`${opt}an experiment id is empty`, "give an experiment id, or a unique part of one");
  const m = matchExperimentId(given, ids);
  if (m.kind === "one") return m.id;
  if (m.kind === "several") throw new UsageError(`${opt}experiment "${given}" is ambiguous: ${listed(m.ids)}`, "give more of the id");
  throw new UsageError(`${opt}no experiment "${given}" ${source.where}${m.near ? ` (did you mean "${m.near}"?)` : ""}`, source.hint);
}
function resolveExperimentIds(db, given) {
  if (given.length === 0) return [];
  const all = experimentIds(db);
  return given.map((g) => resolveExperimentId(g, all, { where: "in the index", hint: "list them with etk query experiments; if it is new, run etk sync" }));
}

export {
  closest,
  experimentIds,
  matchExperimentId,
  resolveExperimentId,
  resolveExperimentIds
};
