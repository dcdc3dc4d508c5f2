import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  RUNS,
  fill,
  frag,
  inList,
  joinFrags,
  whereFragment
} from "./chunk-TYSI2RHP.js";
import {
  terminalSafe
} from "./chunk-2YQUU2N3.js";
import {
  baselineRunSql
} from "./chunk-APGHLKAF.js";

// src/util/plural.ts
function plural(n, one, many = `${one}s`, shown = String(n)) {
  return `${shown} ${n === 1 ? one : many}`;
}

// package.json
var package_default = {
  name: "etk",
  version: "0.1.0",
  description: "Keep experiment documentation (EDS v1.0 Markdown + YAML frontmatter) in git trustworthy and queryable",
  type: "module",
  license: "MIT",
  bin: {
    etk: "bin/etk.js"
  },
  files: [
    "bin/",
    "dist/",
    "schema/",
    "hooks/",
    "templates/",
    "README.md"
  ],
  engines: {
    node: ">=22.13"
  },
  scripts: {
    bundle: "rm -rf dist actions/check/dist actions/index/dist && node --import tsx scripts/build.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    test: "npm run typecheck && node --test --import tsx 'test/**/*.test.ts'",
    bench: "node bench/run.mjs",
    demo: "node bin/etk.js validate --config examples/etk.config.json",
    etk: "node bin/etk.js"
  },
  devDependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/core": "^3.0.1",
    "@observablehq/plot": "^0.6.17",
    "@types/js-yaml": "^4.0.9",
    "@types/node": "^24.19.2",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    "gray-matter": "^4.0.3",
    "js-yaml": "^4.3.2",
    linkedom: "^0.18.15",
    node: "^24.21.0",
    "playwright-core": "^1.65.1",
    tsx: "^4.23.15",
    typescript: "^5.9.3",
    yaml: "^2.9.1"
  },
  allowScripts: {
    node: true,
    esbuild: true
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

// src/action/metricVerdict.ts
var LOWER_IS_BETTER = ["latency", "time", "duration", "error", "err", "loss", "cer", "wer", "fpr", "mae", "mse", "rmse", "memory", "size"];
var MIN_INSIDE = 4;
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
}
function defaultDirection(name) {
  for (const w of words(name)) {
    for (const k of LOWER_IS_BETTER) {
      if (w === k) return "lower";
      if (k.length >= MIN_INSIDE && (w.startsWith(k) || w.endsWith(k))) return "lower";
    }
  }
  return "higher";
}
function metricDirection(name, configured = {}) {
  return Object.hasOwn(configured, name) ? configured[name] : defaultDirection(name);
}
function metricVerdict(value, baseline, direction) {
  if (value === null || baseline === null || !Number.isFinite(value) || !Number.isFinite(baseline)) return null;
  const delta = value - baseline;
  if (Math.abs(delta) <= 1e-12 * Math.max(Math.abs(value), Math.abs(baseline))) return "no change";
  return delta > 0 === (direction === "higher") ? "improvement" : "regression";
}

// src/query/runGrid.ts
var runNumber = (grid, i) => (grid.skipped ?? 0) + i + 1;
var gridDelta = (v, b) => v !== null && b !== null && Number.isFinite(v) && Number.isFinite(b) ? Math.round((v - b) * 1e9) / 1e9 : null;
function buildRunGrid(runs, rows, o = {}) {
  const index = new Map(runs.map((r, i) => [r.path, i]));
  const names = [];
  const units = /* @__PURE__ */ new Map();
  const byRun = runs.map(() => /* @__PURE__ */ new Map());
  for (const row of rows) {
    const i = index.get(row.path);
    if (i === void 0) continue;
    if (!units.has(row.metric)) {
      names.push(row.metric);
      units.set(row.metric, row.unit);
    } else if (units.get(row.metric) === null && row.unit !== null) units.set(row.metric, row.unit);
    byRun[i].set(row.metric, row);
  }
  const shown = o.metrics ? o.metrics.filter((m) => units.has(m)) : names;
  const metrics = shown.map((name) => {
    const direction = metricDirection(name, o.directions);
    const values = byRun.map((m) => m.get(name)?.value).filter((v) => typeof v === "number" && Number.isFinite(v));
    const best = values.length >= 2 ? direction === "higher" ? Math.max(...values) : Math.min(...values) : null;
    return { name, unit: units.get(name) ?? null, direction, best, count: values.length };
  });
  const cells = byRun.map(
    (m) => metrics.map((metric) => {
      const r = m.get(metric.name);
      if (!r) return null;
      return {
        value: r.value,
        baseline: r.baseline,
        declared: r.declared,
        baselineFile: r.baselineFile,
        delta: gridDelta(r.value, r.baseline),
        verdict: metricVerdict(r.value, r.baseline, metric.direction),
        best: metric.best !== null && r.value === metric.best
      };
    })
  );
  const carried = [];
  for (const r of runs) for (const k of Object.keys(r.parameters)) if (!carried.includes(k)) carried.push(k);
  const parameters2 = o.parameters ? o.parameters.filter((p) => carried.includes(p)) : carried;
  return { runs: [...runs], parameters: parameters2, metrics, cells, ...o.parameters ? { parametersConfigured: true } : {} };
}
function latestRunsOf(grid, n) {
  if (grid.runs.length <= n) return grid;
  const keep = grid.runs.length - n;
  const runs = grid.runs.slice(keep);
  const kept = grid.cells.slice(keep);
  const columns = grid.metrics.map((_, j) => j).filter((j) => kept.some((row) => row[j] != null));
  const metrics = columns.map((j) => {
    const m = grid.metrics[j];
    const values = kept.map((row) => row[j]?.value).filter((v) => typeof v === "number" && Number.isFinite(v));
    const best = values.length >= 2 ? m.direction === "higher" ? Math.max(...values) : Math.min(...values) : null;
    return { ...m, best, count: values.length };
  });
  const cells = kept.map((row) => columns.map((j, k) => {
    const c = row[j] ?? null;
    return c === null ? null : { ...c, best: metrics[k].best !== null && c.value === metrics[k].best };
  }));
  const parameters2 = grid.parameters.filter((p) => runs.some((r) => r.parameters[p] !== void 0));
  return { runs, parameters: parameters2, metrics, cells, ...grid.parametersConfigured ? { parametersConfigured: true } : {}, skipped: (grid.skipped ?? 0) + keep };
}
function topMetricsOf(grid, n) {
  if (grid.metrics.length <= n) return grid;
  const keep = grid.metrics.map((m, j) => ({ j, count: m.count })).sort((a, b) => b.count - a.count || a.j - b.j).slice(0, n).map((k) => k.j).sort((a, b) => a - b);
  return { ...grid, metrics: keep.map((j) => grid.metrics[j]), cells: grid.cells.map((row) => keep.map((j) => row[j] ?? null)) };
}
function orderParameter(grid) {
  const varying = varyingParameters(grid);
  const first = grid.parameters[0];
  if (grid.parametersConfigured && first !== void 0 && varying.includes(first)) return first;
  return varying.length === 1 ? varying[0] : null;
}
function compareParameterValues(a, b) {
  if (a === void 0 || b === void 0) return (a === void 0 ? 1 : 0) - (b === void 0 ? 1 : 0);
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number" || typeof b === "number") return typeof a === "number" ? -1 : 1;
  return String(a).localeCompare(String(b), "en", { numeric: true });
}
function varyingParameters(grid) {
  return grid.parameters.filter((p) => new Set(grid.runs.map((r) => JSON.stringify(r.parameters[p] ?? null))).size > 1);
}
function gridResult(grid) {
  const columns = ["experiment_id", "title", "created_at", ...grid.parameters.map((p) => `param.${p}`)];
  const fixed = ["best", "baseline_experiment", "file_path"];
  const taken = /* @__PURE__ */ new Set([...columns, ...fixed]);
  const metricColumns = grid.metrics.map((m) => {
    let name = m.name;
    while ([name, `${name} baseline`, `${name} Δ`].some((c) => taken.has(c))) name = `metric.${name}`;
    const cols = [name, `${name} baseline`, `${name} Δ`];
    for (const c of cols) taken.add(c);
    return cols;
  });
  for (const cols of metricColumns) columns.push(...cols);
  columns.push(...fixed);
  const rows = grid.runs.map((r, i) => {
    const row = /* @__PURE__ */ Object.create(null);
    row.experiment_id = r.experiment;
    row.title = r.title;
    row.created_at = r.created;
    for (const p of grid.parameters) row[`param.${p}`] = r.parameters[p] ?? null;
    grid.metrics.forEach((_, j) => {
      const c = grid.cells[i][j];
      const [value, baseline, delta] = metricColumns[j];
      row[value] = c?.value ?? null;
      row[baseline] = c?.baseline ?? null;
      row[delta] = c?.delta ?? null;
    });
    row.best = grid.metrics.filter((_, j) => grid.cells[i][j]?.best).map((m) => m.name).join(", ") || null;
    row.baseline_experiment = r.baselineExperiment;
    row.file_path = r.path;
    return row;
  });
  return { columns, rows };
}

// src/query/runs.ts
function conditions(s) {
  const conds = [];
  const any = [];
  if (s.experiments?.length) any.push(fill("r.experiment_id IN {}", inList([...s.experiments])));
  if (s.files?.length) any.push(fill("r.file_path IN {}", inList([...s.files])));
  if (any.length) conds.push(fill("({})", joinFrags(any, " OR ")));
  if (s.where !== void 0) conds.push(whereFragment(s.where, RUNS, s.now ?? /* @__PURE__ */ new Date()));
  return conds.length ? fill("WHERE {}", joinFrags(conds, " AND ")) : frag("");
}
function runsQuery(s) {
  return fill(
    `SELECT r.run_id, r.experiment_id, r.title, r.file_path, r.created_at, r.status, r.baseline_experiment, r.parameters,
  r.baseline_experiment IS NOT NULL AND NOT EXISTS (SELECT 1 FROM files f WHERE f.experiment_id = r.baseline_experiment) AS baseline_missing
FROM report_runs r
{}
ORDER BY r.experiment_id, r.created_at, r.file_path`,
    conditions(s)
  );
}
function runMetricsQuery(s) {
  return fill(
    `SELECT m.file_path, m.metric_name, m.metric_value, m.unit, m.baseline_declared IS NOT NULL AS declared,
  COALESCE(m.baseline_declared, ${baselineRunSql("m", "b.metric_value")}) AS baseline_value,
  CASE WHEN m.baseline_declared IS NULL THEN ${baselineRunSql("m", "b.file_path")} END AS baseline_file
FROM metric_values m
WHERE m.file_path IN (SELECT r.file_path FROM report_runs r {})
ORDER BY m.file_path, m.metric_id`,
    conditions(s)
  );
}
var str = (v) => v === null || v === void 0 ? null : String(v);
var num = (v) => v === null || v === void 0 ? null : Number(v);
function parameters(json) {
  if (typeof json !== "string") return {};
  try {
    const o = JSON.parse(json);
    const out = /* @__PURE__ */ Object.create(null);
    for (const [k, v] of Object.entries(o)) if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
    return out;
  } catch {
    return {};
  }
}
function loadRuns(db, s) {
  const q = runsQuery(s);
  const runs = db.prepare(q.sql).all(...q.params).map((r) => ({
    run: String(r.run_id),
    experiment: str(r.experiment_id),
    title: String(r.title),
    path: String(r.file_path),
    created: str(r.created_at),
    status: str(r.status),
    baselineExperiment: str(r.baseline_experiment),
    ...Number(r.baseline_missing) === 1 ? { baselineMissing: true } : {},
    parameters: parameters(r.parameters)
  }));
  if (runs.length === 0) return { runs, rows: [] };
  const m = runMetricsQuery(s);
  const rows = db.prepare(m.sql).all(...m.params).map((r) => ({
    path: String(r.file_path),
    metric: String(r.metric_name),
    value: num(r.metric_value),
    unit: str(r.unit),
    baseline: num(r.baseline_value),
    declared: Number(r.declared) === 1,
    baselineFile: str(r.baseline_file)
  }));
  return { runs, rows };
}
function loadRunGrid(db, s, o = {}, order) {
  const { runs, rows } = loadRuns(db, s);
  if (order) {
    const rank = new Map(order.map((p, i) => [p, i]));
    runs.sort((a, b) => (rank.get(a.path) ?? order.length) - (rank.get(b.path) ?? order.length));
  }
  return buildRunGrid(runs, rows, o);
}

// src/util/wrapText.ts
function wrapText(text, width, indent = "") {
  const lines = [];
  const lead = /^ */.exec(text)[0];
  let line = lead;
  for (const word of text.slice(lead.length).split(/ +/)) {
    if (word === "") continue;
    const candidate = line.trim() === "" ? line + word : `${line} ${word}`;
    const prefix = lines.length === 0 ? "" : indent;
    if ([...prefix + candidate].length > width && line.trim() !== "") {
      lines.push(prefix + line);
      line = word;
    } else line = candidate;
  }
  if (line.trim() !== "") lines.push((lines.length === 0 ? "" : indent) + line);
  return lines;
}

// src/query/gridTable.ts
function shortNumber(v) {
  if (v === null || !Number.isFinite(v)) return "–";
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(4)));
}
var signed = (d) => d > 0 ? `+${shortNumber(d)}` : d < 0 ? `−${shortNumber(-d)}` : "±0";
var VERDICT_MARK = { improvement: "▲", regression: "▼", "no change": "=" };
function cellText(c) {
  if (c === null) return "";
  const parts = [shortNumber(c.value)];
  if (c.delta !== null) parts.push(signed(c.delta));
  if (c.verdict !== null) parts.push(VERDICT_MARK[c.verdict]);
  if (c.best) parts.push("★");
  return parts.join(" ");
}
var cut = (s, n) => [...s].length > n ? `${[...s].slice(0, n - 1).join("")}…` : s;
var len = (s) => [...s].length;
var base = (p) => p.slice(p.lastIndexOf("/") + 1);
function baselineNote(grid, i) {
  const run = grid.runs[i];
  const cells = (grid.cells[i] ?? []).filter((c) => c !== null);
  const declared = cells.some((c) => c.declared);
  const files = [...new Set(cells.map((c) => c.baselineFile).filter((f) => f !== null))];
  const parts = [];
  if (declared) parts.push(`values declared in the report${run.baselineExperiment ? ` (against ${run.baselineExperiment})` : ""}`);
  for (const f of files) parts.push(`${f.includes(`/${run.experiment}/`) ? "its earlier run" : "the latest run"} ${base(f)}${run.baselineExperiment && !f.includes(`/${run.experiment}/`) ? ` of ${run.baselineExperiment}` : ""}`);
  if (parts.length === 0) return run.baselineExperiment === null ? "none (the report names no baseline experiment)" : run.baselineExperiment === run.experiment ? `none (the first run of ${run.baselineExperiment}, its own baseline)` : run.baselineMissing ? `none (no experiment ${run.baselineExperiment} is in the index: check the report's baseline, or run etk sync)` : `none (${run.baselineExperiment} has no run with these metrics)`;
  return parts.join("; ");
}
function gridTable(grid, opts = {}) {
  if (grid.runs.length === 0) return "No runs: no report matches.\n";
  const several = new Set(grid.runs.map((r) => r.experiment)).size > 1;
  const header = ["#", "run", ...several ? ["experiment"] : [], "created", ...grid.parameters, ...grid.metrics.map((m) => `${m.name}${m.unit ? ` (${m.unit})` : ""} ${m.direction === "higher" ? "↑" : "↓"}`)];
  const right = header.map((_, j) => j === 0 || j >= header.length - grid.metrics.length);
  const titleMax = opts.width === void 0 ? Infinity : Math.max(16, Math.min(44, opts.width - 100));
  const paramMax = opts.width === void 0 ? Infinity : Math.max(12, Math.min(32, Math.floor(opts.width / 6)));
  const rows = grid.runs.map((r, i) => [
    String(i + 1),
    cut(r.title, titleMax),
    ...several ? [r.experiment ?? ""] : [],
    r.created ? r.created.slice(0, 16) : "",
    ...grid.parameters.map((p) => r.parameters[p] === void 0 ? "" : cut(String(r.parameters[p]).replace(/\s+/g, " "), paramMax)),
    ...grid.metrics.map((_, j) => cellText(grid.cells[i][j] ?? null))
  ].map((s) => terminalSafe(s.replace(/\s+/g, " "))));
  const width = header.map((h, j) => Math.max(len(h), ...rows.map((r) => len(r[j]))));
  const pad = (s, j) => right[j] ? " ".repeat(width[j] - len(s)) + s : s + " ".repeat(width[j] - len(s));
  const line = (cells) => cells.map(pad).join("  ").trimEnd();
  const out = [line(header), line(width.map((w) => "-".repeat(w))), ...rows.map(line)];
  out.push("");
  out.push(...wrapText(`Δ: value − baseline. ▲ better, ▼ worse than the baseline, = the same, by the metric's direction (↑ higher is better, ↓ lower; "metrics" in etk.config.json sets it). ★ the best of these runs.`, Math.max(40, opts.width ?? 160)));
  out.push("Baselines (created times in UTC):");
  grid.runs.forEach((_, i) => out.push(...wrapText(`  #${i + 1}: ${terminalSafe(baselineNote(grid, i))}`, Math.max(40, opts.width ?? 160), "      ")));
  return `${out.join("\n")}
`;
}

export {
  plural,
  VERSION,
  signed,
  VERDICT_MARK,
  baselineNote,
  gridTable,
  metricDirection,
  metricVerdict,
  runNumber,
  gridDelta,
  buildRunGrid,
  latestRunsOf,
  topMetricsOf,
  orderParameter,
  compareParameterValues,
  varyingParameters,
  gridResult,
  runsQuery,
  runMetricsQuery,
  loadRuns,
  loadRunGrid
};
