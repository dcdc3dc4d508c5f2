import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  closest
} from "./chunk-PIUJR427.js";
import {
  UsageError
} from "./chunk-3UJG7U6Z.js";

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

// src/query/sqlFragment.ts
var frag = (sql, ...params) => ({ sql, params });
function fill(template, ...parts) {
  const pieces = template.split("{}");
  if (pieces.length !== parts.length + 1) throw new Error(`fill: ${pieces.length - 1} slots for ${parts.length} fragments`);
  let sql = pieces[0];
  const params = [];
  parts.forEach((p, i) => {
    sql += p.sql + pieces[i + 1];
    params.push(...p.params);
  });
  return { sql, params };
}
function joinFrags(parts, sep) {
  return { sql: parts.map((p) => p.sql).join(sep), params: parts.flatMap((p) => p.params) };
}
function inList(values) {
  return { sql: `(${values.map(() => "?").join(", ")})`, params: [...values] };
}

// src/query/entities.ts
var METRIC_PART_SQL = {
  value: "m.metric_value",
  baseline: "m.baseline_value",
  delta: "round(m.metric_value - m.baseline_value, 9)"
};
var LATEST_METRIC = `NOT EXISTS (SELECT 1 FROM metric_values l
    WHERE l.experiment_id IS m.experiment_id AND l.metric_name = m.metric_name
      AND (COALESCE(l.timestamp, '') > COALESCE(m.timestamp, '')
        OR (COALESCE(l.timestamp, '') = COALESCE(m.timestamp, '') AND l.file_path > m.file_path)))`;
var LATEST_METRIC_IDS = `m.metric_id IN (SELECT metric_id FROM (
    SELECT metric_id, max(COALESCE(timestamp, '') || char(1) || file_path) FROM metric_values GROUP BY experiment_id, metric_name))`;
function fieldOf(entity, name) {
  return Object.hasOwn(entity.fields, name) ? entity.fields[name] : void 0;
}
var time = (sql) => ({ kind: "time", sql });
var text = (sql) => ({ kind: "text", sql });
var num = (sql) => ({ kind: "number", sql });
var EXPERIMENTS = {
  name: "experiments",
  from: "experiments e",
  fields: {
    id: text("e.experiment_id"),
    experiment_id: text("e.experiment_id"),
    name: text("e.name"),
    description: text("e.description"),
    status: text("e.status"),
    phase: text("e.phase"),
    created: time("e.created_at"),
    updated: time("e.updated_at"),
    artifacts: num("(SELECT COUNT(*) FROM artifacts x WHERE x.experiment_id = e.experiment_id)"),
    path: text("e.manifest_path")
  },
  tags: (cond) => fill("EXISTS (SELECT 1 FROM tags t WHERE t.experiment_id = e.experiment_id AND {})", cond),
  metric: (name, cond) => fill(`EXISTS (SELECT 1 FROM metrics m WHERE m.experiment_id = e.experiment_id AND m.metric_name = {} AND ${LATEST_METRIC} AND {})`, frag("?", name), cond),
  frontmatter: "e.frontmatter",
  defaultOrder: "e.created_at DESC, e.experiment_id",
  tiebreak: "e.experiment_id"
};
var provenance = (column) => `(SELECT p.${column} FROM provenance p WHERE p.path = a.file_path)`;
var ARTIFACTS = {
  name: "artifacts",
  from: "artifacts a",
  fields: {
    id: text("a.artifact_id"),
    artifact_id: text("a.artifact_id"),
    declared_id: text("a.declared_artifact_id"),
    declared_artifact_id: text("a.declared_artifact_id"),
    experiment: text("a.experiment_id"),
    experiment_id: text("a.experiment_id"),
    type: text("a.type"),
    status: text("a.status"),
    title: text("a.title"),
    path: text("a.file_path"),
    created: time("a.created_at"),
    updated: time("a.updated_at"),
    errors: num("a.errors"),
    warnings: num("a.warnings"),
    baseline: text("a.baseline"),
    // Provenance: the first and last commit that changed the file (NULL when unknown: a shallow clone, not committed).
    changed_by: text(provenance("last_author")),
    changed: time(`datetime(${provenance("last_date")})`),
    changed_commit: text(provenance("last_commit")),
    added_by: text(provenance("first_author")),
    added: time(`datetime(${provenance("first_date")})`),
    added_commit: text(provenance("first_commit"))
  },
  tags: (cond) => fill("EXISTS (SELECT 1 FROM tags t WHERE t.file_path = a.file_path AND {})", cond),
  metric: (name, cond) => fill("EXISTS (SELECT 1 FROM metrics m WHERE m.file_path = a.file_path AND m.metric_name = {} AND {})", frag("?", name), cond),
  frontmatter: "a.frontmatter",
  defaultOrder: "a.created_at DESC, a.file_path",
  tiebreak: "a.file_path"
};
var METRICS = {
  name: "metrics",
  from: "metrics m",
  fields: {
    name: text("m.metric_name"),
    metric_name: text("m.metric_name"),
    value: num("m.metric_value"),
    baseline: num("m.baseline_value"),
    delta: num(METRIC_PART_SQL.delta),
    unit: text("m.unit"),
    experiment: text("m.experiment_id"),
    experiment_id: text("m.experiment_id"),
    artifact: text("m.artifact_id"),
    artifact_id: text("m.artifact_id"),
    baseline_experiment: text("m.baseline_experiment"),
    created: time("m.timestamp"),
    timestamp: time("m.timestamp"),
    path: text("m.file_path")
  },
  tags: (cond) => fill("EXISTS (SELECT 1 FROM tags t WHERE t.file_path = m.file_path AND {})", cond),
  metric: null,
  frontmatter: "(SELECT x.frontmatter FROM artifacts x WHERE x.file_path = m.file_path)",
  defaultOrder: "m.experiment_id, m.metric_name, m.timestamp, m.file_path",
  tiebreak: "m.file_path, m.metric_name"
};
var RUNS = {
  name: "runs",
  from: "report_runs r",
  fields: {
    run: text("r.run_id"),
    run_id: text("r.run_id"),
    experiment: text("r.experiment_id"),
    experiment_id: text("r.experiment_id"),
    title: text("r.title"),
    status: text("r.status"),
    path: text("r.file_path"),
    created: time("r.created_at"),
    baseline: text("r.baseline_experiment"),
    baseline_experiment: text("r.baseline_experiment")
  },
  tags: (cond) => fill("EXISTS (SELECT 1 FROM tags t WHERE t.file_path = r.file_path AND {})", cond),
  metric: (name, cond) => fill("EXISTS (SELECT 1 FROM metrics m WHERE m.file_path = r.file_path AND m.metric_name = {} AND {})", frag("?", name), cond),
  frontmatter: "(SELECT x.frontmatter FROM artifacts x WHERE x.file_path = r.file_path)",
  defaultOrder: "r.experiment_id, r.created_at, r.file_path",
  tiebreak: "r.file_path"
};

// src/query/time.ts
var UNIT_MS = { m: 6e4, h: 36e5, d: 864e5, w: 7 * 864e5 };
var TimeSyntaxError = class extends Error {
};
function sqlTime(ms) {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}
function localMidnight(y, m, d) {
  return new Date(y, m - 1, d).getTime();
}
function parseTimePoint(text2, now, bound = "start") {
  const t = text2.trim();
  const rel = /^(\d+)\s*([mhdw])$/i.exec(t);
  if (rel) {
    const ms = now.getTime() - Number(rel[1]) * UNIT_MS[rel[2].toLowerCase()];
    if (!Number.isFinite(new Date(ms).getTime())) throw new TimeSyntaxError(`"${text2}" is too far back (beyond what a date can hold); leave the filter out to include everything`);
    return sqlTime(ms);
  }
  const dayMs = (ms) => bound === "end" ? ms + 864e5 - 1e3 : ms;
  if (t === "today" || t === "yesterday") {
    const start = localMidnight(now.getFullYear(), now.getMonth() + 1, now.getDate() - (t === "yesterday" ? 1 : 0));
    return sqlTime(dayMs(start));
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const ms = localMidnight(y, m, d);
    const check = new Date(ms);
    if (check.getFullYear() !== y || check.getMonth() + 1 !== m || check.getDate() !== d) throw new TimeSyntaxError(`"${text2}" is not a calendar date`);
    return sqlTime(dayMs(ms));
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(t)) {
    const ms = Date.parse(t.replace(" ", "T"));
    if (!Number.isNaN(ms)) return sqlTime(ms);
  }
  throw new TimeSyntaxError(`"${text2}" is not a time: use a duration like 7d, 24h, 2w, 30m; today or yesterday; a date like 2025-01-31; or an ISO 8601 time`);
}

// src/query/whereParse.ts
var WhereSyntaxError = class extends Error {
  constructor(message, column) {
    super(message);
    this.column = column;
  }
  column;
};
var WHERE_LIMITS = {
  /** Parentheses and `not`s inside each other. */
  depth: 64,
  /** Comparisons joined by and / or. */
  comparisons: 256,
  /** Values in all `in (...)` lists together. */
  values: 1e4,
  /** Tokens (words, values, operators, punctuation). */
  tokens: 1e5
};
function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    const column = i + 1;
    if (tokens.length >= WHERE_LIMITS.tokens) throw new WhereSyntaxError(`the expression is too long: more than ${WHERE_LIMITS.tokens} words, values and symbols`, column);
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ t: ch, column });
      i++;
    } else if (ch === '"' || ch === "'") {
      let text2 = "";
      let j = i + 1;
      for (; ; ) {
        if (j >= src.length) throw new WhereSyntaxError(`unclosed quote ${ch}`, column);
        if (src[j] === ch) {
          if (src[j + 1] === ch) {
            text2 += ch;
            j += 2;
            continue;
          }
          break;
        }
        text2 += src[j];
        j++;
      }
      tokens.push({ t: "string", text: text2, column });
      i = j + 1;
    } else if ("=<>!".includes(ch)) {
      const two = src.slice(i, i + 2);
      const op = ["==", "!=", "<=", ">=", "<>"].includes(two) ? two : ch;
      if (op === "!") throw new WhereSyntaxError('"!" must be followed by "=" (use != or not)', column);
      tokens.push({ t: "op", text: op === "==" ? "=" : op === "<>" ? "!=" : op, column });
      i += op.length;
    } else {
      const m = /^[^\s(),=<>!'"]+/.exec(src.slice(i));
      tokens.push({ t: "word", text: m[0], column });
      i += m[0].length;
    }
  }
  tokens.push({ t: "end", column: src.length + 1 });
  return tokens;
}
var KEYWORDS = /* @__PURE__ */ new Set(["and", "or", "not", "in", "contains"]);
var isKeyword = (tok, kw) => tok.t === "word" && tok.text.toLowerCase() === kw;
function describe(tok) {
  if (tok.t === "end") return "the end of the expression";
  if (tok.t === "word" || tok.t === "op") return `"${tok.text}"`;
  if (tok.t === "string") return `the string "${tok.text}"`;
  return `"${tok.t}"`;
}
function parseWhere(src) {
  const tokens = tokenize(src);
  let pos = 0;
  let depth = 0;
  let comparisons = 0;
  let valueCount = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  function value() {
    const tok = next();
    if (++valueCount > WHERE_LIMITS.values) throw new WhereSyntaxError(`too many values: at most ${WHERE_LIMITS.values} in all the in (...) lists together`, tok.column);
    if (tok.t === "string") return { text: tok.text, quoted: true, column: tok.column };
    if (tok.t === "word" && !KEYWORDS.has(tok.text.toLowerCase())) return { text: tok.text, quoted: false, column: tok.column };
    throw new WhereSyntaxError(`expected a value, found ${describe(tok)}`, tok.column);
  }
  function list() {
    const open = next();
    if (open.t !== "(") throw new WhereSyntaxError(`expected "(" after in, found ${describe(open)}`, open.column);
    const values = [value()];
    for (; ; ) {
      const tok = next();
      if (tok.t === ")") return values;
      if (tok.t !== ",") throw new WhereSyntaxError(`expected "," or ")" in the list, found ${describe(tok)}`, tok.column);
      values.push(value());
    }
  }
  function comparison() {
    const fieldTok = next();
    if (++comparisons > WHERE_LIMITS.comparisons) throw new WhereSyntaxError(`too many comparisons: at most ${WHERE_LIMITS.comparisons} joined by and / or`, fieldTok.column);
    if (fieldTok.t !== "word" || KEYWORDS.has(fieldTok.text.toLowerCase())) {
      throw new WhereSyntaxError(`expected a field name (status, type, created, tags, metrics.<name>, fm.<key>...), found ${describe(fieldTok)}`, fieldTok.column);
    }
    const opTok = peek();
    let op;
    if (opTok.t === "op") {
      next();
      op = opTok.text;
    } else if (isKeyword(opTok, "in")) {
      next();
      return { kind: "cmp", field: fieldTok.text, fieldColumn: fieldTok.column, op: "in", values: list(), column: opTok.column };
    } else if (isKeyword(opTok, "not") && isKeyword(tokens[pos + 1], "in")) {
      pos += 2;
      return { kind: "cmp", field: fieldTok.text, fieldColumn: fieldTok.column, op: "not in", values: list(), column: opTok.column };
    } else if (isKeyword(opTok, "contains")) {
      next();
      op = "contains";
    } else {
      throw new WhereSyntaxError(`expected an operator (=, !=, <, <=, >, >=, in, not in, contains) after ${fieldTok.text}, found ${describe(opTok)}`, opTok.column);
    }
    return { kind: "cmp", field: fieldTok.text, fieldColumn: fieldTok.column, op, values: [value()], column: opTok.column };
  }
  function nested(tok, parse) {
    if (++depth > WHERE_LIMITS.depth) throw new WhereSyntaxError(`nested too deeply: at most ${WHERE_LIMITS.depth} levels of parentheses and not`, tok.column);
    const inner = parse();
    depth--;
    return inner;
  }
  function primary() {
    const tok = peek();
    if (tok.t === "(") {
      next();
      const inner = nested(tok, orExpr);
      const close = next();
      if (close.t !== ")") throw new WhereSyntaxError(`expected ")" to close the "(" at column ${tok.column}, found ${describe(close)}`, close.column);
      return inner;
    }
    if (isKeyword(tok, "not")) {
      next();
      return { kind: "not", expr: nested(tok, primary), column: tok.column };
    }
    return comparison();
  }
  function andExpr() {
    let left = primary();
    while (isKeyword(peek(), "and")) {
      next();
      left = { kind: "and", left, right: primary() };
    }
    return left;
  }
  function orExpr() {
    let left = andExpr();
    while (isKeyword(peek(), "or")) {
      next();
      left = { kind: "or", left, right: andExpr() };
    }
    return left;
  }
  if (peek().t === "end") throw new WhereSyntaxError("the expression is empty", 1);
  const tree = orExpr();
  const rest = peek();
  if (rest.t !== "end") throw new WhereSyntaxError(`expected "and", "or" or the end, found ${describe(rest)}`, rest.column);
  return tree;
}
var CONTEXT = 40;
function pointAt(src, column) {
  const at = Math.max(0, column - 1);
  if (src.length <= 2 * CONTEXT + 20) return `  ${src}
  ${" ".repeat(at)}^`;
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(src.length, at + CONTEXT);
  const head = start > 0 ? "…" : "";
  return `  ${head}${src.slice(start, end)}${end < src.length ? "…" : ""}
  ${" ".repeat(head.length + at - start)}^`;
}

// src/query/whereCompile.ts
var MAX_TIME_VALUES = 200;
var param = (v) => frag("?", v);
var SCALAR_OPS = { "=": "=", "!=": "IS NOT", "<": "<", "<=": "<=", ">": ">", ">=": ">=" };
function numberOf(v) {
  const n = v.quoted || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v.text) ? Number.NaN : Number(v.text);
  if (!Number.isFinite(n)) throw new WhereSyntaxError(`expected a number, found "${v.text}"`, v.column);
  return n;
}
function timeRange(v, now) {
  try {
    return [parseTimePoint(v.text, now, "start"), parseTimePoint(v.text, now, "end")];
  } catch (err) {
    if (err instanceof TimeSyntaxError) throw new WhereSyntaxError(err.message, v.column);
    throw err;
  }
}
function scalarValue(field, v) {
  return field.kind === "number" ? numberOf(v) : v.text;
}
function compareScalar(field, op, values, column, now) {
  const x = field.sql;
  if (op === "contains") {
    if (field.kind !== "text") throw new WhereSyntaxError("contains works on text fields, tags and fm.<key>", column);
    return frag(`instr(lower(${x}), lower(?)) > 0`, values[0].text);
  }
  if (field.kind === "time") {
    if (values.length > MAX_TIME_VALUES) throw new WhereSyntaxError(`too many times in one list: at most ${MAX_TIME_VALUES} for a time field`, values[MAX_TIME_VALUES].column);
    const ranges = values.map((v) => timeRange(v, now));
    const within = (r) => frag(`${x} BETWEEN ? AND ?`, r[0], r[1]);
    const [first] = ranges;
    switch (op) {
      case "=":
        return within(first);
      case "!=":
        return fill(`(${x} IS NULL OR NOT ({}))`, within(first));
      case "<":
        return frag(`${x} < ?`, first[0]);
      case "<=":
        return frag(`${x} <= ?`, first[1]);
      case ">":
        return frag(`${x} > ?`, first[1]);
      case ">=":
        return frag(`${x} >= ?`, first[0]);
      case "in":
        return fill("({})", joinFrags(ranges.map(within), " OR "));
      case "not in":
        return fill(`(${x} IS NULL OR NOT ({}))`, joinFrags(ranges.map(within), " OR "));
    }
  }
  if (op === "in") return fill(`${x} IN {}`, inList(values.map((v) => scalarValue(field, v))));
  if (op === "not in") return fill(`(${x} IS NULL OR ${x} NOT IN {})`, inList(values.map((v) => scalarValue(field, v))));
  return frag(`${x} ${SCALAR_OPS[op]} ?`, scalarValue(field, values[0]));
}
function compareTags(entity, op, values, column) {
  const texts = values.map((v) => v.text);
  switch (op) {
    case "=":
    case "contains":
      return entity.tags(frag("t.tag_name = ? COLLATE NOCASE", texts[0]));
    case "!=":
      return fill("NOT {}", entity.tags(frag("t.tag_name = ? COLLATE NOCASE", texts[0])));
    case "in":
      return entity.tags(fill("t.tag_name COLLATE NOCASE IN {}", inList(texts)));
    case "not in":
      return fill("NOT {}", entity.tags(fill("t.tag_name COLLATE NOCASE IN {}", inList(texts))));
    default:
      throw new WhereSyntaxError(`tags take =, !=, in, not in or contains, not ${op}`, column);
  }
}
function jsonPath(segments, column) {
  for (const s of segments) {
    if (s === "" || s.includes('"')) throw new WhereSyntaxError("fm. needs a frontmatter key, e.g. fm.owner or fm.config.seed", column);
  }
  return `$${segments.map((s) => `."${s.replaceAll("\\", "\\\\")}"`).join("")}`;
}
function fmValue(v) {
  if (v.quoted) return v.text;
  if (v.text === "true") return 1;
  if (v.text === "false") return 0;
  const n = Number(v.text);
  return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v.text) && Number.isFinite(n) ? n : v.text;
}
function compareFrontmatter(entity, path, op, values) {
  const fm = entity.frontmatter;
  const x = frag(`json_extract(${fm}, ?)`, path);
  const first = values[0];
  if (!first.quoted && first.text === "null" && (op === "=" || op === "!=")) return fill(op === "=" ? "{} IS NULL" : "{} IS NOT NULL", x);
  switch (op) {
    case "contains":
      return fill(
        `(CASE json_type(${fm}, {}) WHEN 'array' THEN EXISTS (SELECT 1 FROM json_each(${fm}, {}) j WHERE j.value = {}) ELSE instr(lower({}), lower({})) > 0 END)`,
        param(path),
        param(path),
        param(fmValue(first)),
        x,
        param(first.text)
      );
    case "in":
      return fill("{} IN {}", x, inList(values.map(fmValue)));
    case "not in":
      return fill("({} IS NULL OR {} NOT IN {})", x, x, inList(values.map(fmValue)));
    default:
      return fill(`{} ${SCALAR_OPS[op]} {}`, x, param(fmValue(first)));
  }
}
function compareMetric(entity, field, op, values, column, fieldColumn, now) {
  if (entity.metric === null) throw new WhereSyntaxError(`${entity.name} rows are metrics already: use name = <metric> and value > ...`, fieldColumn);
  let name = field.slice("metrics.".length);
  let part = "value";
  const sub = /\.(value|baseline|delta)$/.exec(name);
  if (sub) {
    part = sub[1];
    name = name.slice(0, -sub[0].length);
  }
  if (name === "") throw new WhereSyntaxError("metrics. needs a metric name, e.g. metrics.accuracy > 0.9", fieldColumn);
  const cond = compareScalar({ kind: "number", sql: METRIC_PART_SQL[part] }, op, values, column, now);
  return entity.metric(name, cond);
}
function compile(node, entity, now) {
  switch (node.kind) {
    case "and":
    case "or":
      return fill(`({} ${node.kind.toUpperCase()} {})`, compile(node.left, entity, now), compile(node.right, entity, now));
    case "not":
      return fill("NOT COALESCE(({}), 0)", compile(node.expr, entity, now));
    case "cmp": {
      const { op, values, column, fieldColumn } = node;
      const prefix = /^(metrics|fm)\./i.exec(node.field);
      const field = prefix ? `${prefix[1].toLowerCase()}.${node.field.slice(prefix[0].length)}` : node.field.toLowerCase();
      if (field === "tags" || field === "tag") return compareTags(entity, op, values, column);
      if (field.startsWith("metrics.")) return compareMetric(entity, field, op, values, column, fieldColumn, now);
      if (field.startsWith("fm.")) return compareFrontmatter(entity, jsonPath(field.slice(3).split("."), fieldColumn), op, values);
      const scalar = fieldOf(entity, field);
      if (!scalar) {
        const known = [...Object.keys(entity.fields), "tags", ...entity.metric ? ["metrics.<name>"] : [], "fm.<key>"];
        const near = closest(field, Object.keys(entity.fields).concat("tags"));
        throw new WhereSyntaxError(`unknown field "${node.field}" for ${entity.name}${near ? ` (did you mean "${near}"?)` : ""}; fields: ${known.join(", ")}`, fieldColumn);
      }
      return compareScalar(scalar, op, values, column, now);
    }
  }
}
function compileWhere(tree, entity, now) {
  return compile(tree, entity, now);
}

// src/query/listings.ts
var LISTINGS = ["experiments", "artifacts", "metrics", "tags"];
var LISTING_FILTERS = {
  experiments: ["status", "tags", "since", "until", "where", "sort", "limit", "count"],
  artifacts: ["experiments", "types", "status", "tags", "recent", "since", "until", "where", "sort", "limit", "count"],
  metrics: ["experiments", "names", "tags", "since", "until", "latest", "where", "sort", "limit", "count"],
  tags: ["experiments", "types", "limit"]
};
function time2(flag, text2, now, bound) {
  try {
    return parseTimePoint(text2, now, bound);
  } catch (err) {
    if (err instanceof TimeSyntaxError) throw new UsageError(`etk query: --${flag} ${err.message}`);
    throw err;
  }
}
function whereFragment(expr, entity, now) {
  try {
    return compileWhere(parseWhere(expr), entity, now);
  } catch (err) {
    if (err instanceof WhereSyntaxError) {
      throw new UsageError(`etk query: --where: ${err.message} (column ${err.column})
${pointAt(expr, err.column)}`, 'see "The --where language" in the README or etk query --help');
    }
    throw err;
  }
}
function orderBy(entity, sort) {
  if (sort === void 0) return entity.defaultOrder;
  const keys = sort.split(",").map((part) => {
    const m = /^\s*([A-Za-z_]+)(?::(asc|desc))?\s*$/i.exec(part);
    const field = m ? fieldOf(entity, m[1]) : void 0;
    if (!m || !field) {
      const name = m?.[1] ?? part.trim();
      const near = closest(name, Object.keys(entity.fields));
      throw new UsageError(`etk query: --sort: cannot sort ${entity.name} by "${part.trim()}"${near ? ` (did you mean "${near}"?)` : ""}`, `sort by one of ${Object.keys(entity.fields).join(", ")}, optionally with :desc`);
    }
    return `${field.sql}${m[2]?.toLowerCase() === "desc" ? " DESC" : ""}`;
  });
  return [...keys, entity.tiebreak].join(", ");
}
function common(entity, o, timeColumn) {
  const conds = [];
  if (o.status?.length) conds.push(fill(`${entity.fields.status?.sql ?? "NULL"} IN {}`, inList(o.status)));
  for (const tag of o.tags ?? []) conds.push(entity.tags(frag("t.tag_name = ? COLLATE NOCASE", tag)));
  if (o.since !== void 0) conds.push(frag(`${timeColumn} >= ?`, time2("since", o.since, o.now, "start")));
  if (o.until !== void 0) conds.push(frag(`${timeColumn} <= ?`, time2("until", o.until, o.now, "end")));
  if (o.where !== void 0) conds.push(whereFragment(o.where, entity, o.now));
  return conds;
}
function assemble(select, entity, conds, o, groupBy = "") {
  const where = conds.length ? fill("\nWHERE {}", joinFrags(conds, "\n  AND ")) : frag("");
  if (o.count) {
    const inner = fill(`SELECT 1 FROM ${entity.from}{}${groupBy}`, where);
    return fill("SELECT COUNT(*) AS count FROM ({})", inner);
  }
  const limit = o.limit !== void 0 ? frag("\nLIMIT ?", o.limit) : frag("");
  return fill(`SELECT ${select}
FROM ${entity.from}{}${groupBy}
ORDER BY ${orderBy(entity, o.sort)}{}`, where, limit);
}
function experimentsQuery(o) {
  const select = `e.experiment_id, e.name, e.status, e.phase, e.created_at, e.updated_at,
  (SELECT COUNT(*) FROM artifacts x JOIN files f ON f.path = x.file_path WHERE x.experiment_id = e.experiment_id AND f.kind <> 'manifest') AS artifact_count,
  (SELECT group_concat(DISTINCT tag_name ORDER BY tag_name) FROM tags t WHERE t.experiment_id = e.experiment_id) AS tags,
  e.manifest_path`;
  return assemble(select, EXPERIMENTS, common(EXPERIMENTS, o, "e.created_at"), o);
}
function artifactsQuery(o) {
  const conds = common(ARTIFACTS, o, "a.created_at");
  if (o.experiments?.length) conds.unshift(fill("a.experiment_id IN {}", inList(o.experiments)));
  if (o.types?.length) conds.push(fill("a.type IN {}", inList(o.types)));
  if (o.recent !== void 0) conds.push(frag("COALESCE(a.updated_at, a.created_at) >= ?", time2("recent", o.recent, o.now, "start")));
  const select = "a.artifact_id, a.declared_artifact_id, a.experiment_id, a.type, a.status, a.title, a.created_at, a.updated_at, a.file_path, a.errors, a.warnings";
  return assemble(select, ARTIFACTS, conds, o);
}
function metricsQuery(o) {
  const conds = common(METRICS, { ...o, status: [] }, "m.timestamp");
  if (o.experiments?.length) conds.unshift(fill("m.experiment_id IN {}", inList(o.experiments)));
  if (o.names?.length) conds.push(fill("m.metric_name IN {}", inList(o.names)));
  if (o.latest) conds.push(frag(LATEST_METRIC_IDS));
  const select = `m.experiment_id, m.artifact_id, m.metric_name, m.metric_value, m.baseline_value,
  round(m.metric_value - m.baseline_value, 9) AS delta, m.unit, m.timestamp, m.baseline_experiment, m.file_path`;
  return assemble(select, METRICS, conds, o);
}
function tagsQuery(o) {
  const conds = [];
  if (o.experiments?.length) conds.push(fill("t.experiment_id IN {}", inList(o.experiments)));
  if (o.types?.length) conds.push(fill("t.file_path IN (SELECT file_path FROM artifacts WHERE type IN {})", inList(o.types)));
  const where = conds.length ? fill("\nWHERE {}", joinFrags(conds, " AND ")) : frag("");
  const limit = o.limit !== void 0 ? frag("\nLIMIT ?", o.limit) : frag("");
  return fill(
    `SELECT t.tag_name AS tag, COUNT(DISTINCT t.experiment_id) AS experiments,
  SUM(t.scope = 'artifact') AS artifacts, COUNT(*) AS uses
FROM tags t{}
GROUP BY t.tag_name
ORDER BY uses DESC, tag{}`,
    where,
    limit
  );
}
function listingQuery(listing, o) {
  switch (listing) {
    case "experiments":
      return experimentsQuery(o);
    case "artifacts":
      return artifactsQuery(o);
    case "metrics":
      return metricsQuery(o);
    case "tags":
      return tagsQuery(o);
  }
}

export {
  experimentIds,
  matchExperimentId,
  resolveExperimentId,
  resolveExperimentIds,
  frag,
  fill,
  joinFrags,
  inList,
  LATEST_METRIC,
  RUNS,
  LISTINGS,
  LISTING_FILTERS,
  whereFragment,
  listingQuery
};
