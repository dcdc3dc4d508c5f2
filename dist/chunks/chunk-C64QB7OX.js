import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  cellText,
  jsonRow,
  toCsvLine,
  toTable
} from "./chunk-3S5IC3JV.js";
import {
  listingQuery,
  resolveExperimentIds
} from "./chunk-TYSI2RHP.js";
import {
  closest
} from "./chunk-PIUJR427.js";
import {
  UsageError
} from "./chunk-3UJG7U6Z.js";

// src/query/readOnlySql.ts
import { constants } from "node:sqlite";

// src/query/rowStream.ts
var TABLE_MAX_ROWS = 1e4;
var TableFullError = class extends Error {
  constructor() {
    super(`a table shows at most ${TABLE_MAX_ROWS} rows`);
  }
};
function rowObject(columns, values) {
  const row = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < columns.length; i++) row[columns[i]] = values[i];
  return row;
}
function createRowStream(format, columns, write, tableOptions = {}) {
  let count = 0;
  const table = [];
  if (format === "csv") write(`${toCsvLine(columns)}\r
`);
  return {
    push(rows) {
      if (rows.length === 0) return;
      if (format === "table") {
        if (table.length + rows.length > TABLE_MAX_ROWS) throw new TableFullError();
        for (const r of rows) table.push(rowObject(columns, r));
        count += rows.length;
        return;
      }
      let text = "";
      for (const r of rows) {
        if (format === "csv") text += `${toCsvLine(r.map(cellText))}\r
`;
        else {
          const json = JSON.stringify(jsonRow(columns, rowObject(columns, r)), null, format === "json" ? 2 : void 0);
          text += format === "ndjson" ? `${json}
` : `${count === 0 && text === "" ? "[\n" : ",\n"}${json.replace(/^/gm, "  ")}`;
        }
      }
      count += rows.length;
      write(text);
    },
    end() {
      if (format === "json") write(count === 0 ? "[]\n" : "\n]\n");
      if (format === "table") write(toTable({ columns: [...columns], rows: table }, tableOptions));
      return count;
    }
  };
}

// src/query/runStatement.ts
function uniqueColumnNames(names) {
  const seen = /* @__PURE__ */ new Set();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; seen.has(candidate); n++) candidate = `${name}_${n}`;
    seen.add(candidate);
    return candidate;
  });
}
function runStatement(db, query) {
  return runPrepared(db.prepare(query.sql), query.params);
}
function runPrepared(stmt, params) {
  const columns = uniqueColumnNames(stmt.columns().map((c) => c.name));
  stmt.setReturnArrays(true);
  const raw = stmt.all(...params);
  const rows = raw.map((values) => rowObject(columns, values));
  return { columns, rows };
}
function describeQuery(query) {
  const params = query.params.length === 0 ? "" : `
-- parameters: ${query.params.map((p, i) => `?${i + 1} = ${typeof p === "string" ? `'${p.replaceAll("'", "''")}'` : String(p)}`).join(", ")}`;
  return `${query.sql.trim()};${params}
`;
}

// src/query/readOnlySql.ts
var FIRST_WORDS = /* @__PURE__ */ new Set(["select", "with", "values", "explain", "pragma"]);
var ARG_PRAGMAS = /* @__PURE__ */ new Set(["table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check"]);
var READ_PRAGMAS = /* @__PURE__ */ new Set([
  "user_version",
  "schema_version",
  "application_id",
  "page_count",
  "page_size",
  "freelist_count",
  "encoding",
  "compile_options",
  "function_list",
  "module_list",
  "pragma_list",
  "collation_list",
  "database_list",
  "data_version",
  "journal_mode",
  "foreign_keys",
  "auto_vacuum",
  "max_page_count",
  "cache_size",
  "busy_timeout"
]);
var DENIED_FUNCTIONS = /* @__PURE__ */ new Set(["load_extension", "fts3_tokenizer", "readfile", "writefile", "edit"]);
var ACTION_WORDS = {
  [constants.SQLITE_INSERT]: "INSERT",
  [constants.SQLITE_UPDATE]: "UPDATE",
  [constants.SQLITE_DELETE]: "DELETE",
  [constants.SQLITE_CREATE_TABLE]: "CREATE TABLE",
  [constants.SQLITE_CREATE_TEMP_TABLE]: "CREATE TEMP TABLE",
  [constants.SQLITE_CREATE_INDEX]: "CREATE INDEX",
  [constants.SQLITE_CREATE_TEMP_INDEX]: "CREATE TEMP INDEX",
  [constants.SQLITE_CREATE_VIEW]: "CREATE VIEW",
  [constants.SQLITE_CREATE_TEMP_VIEW]: "CREATE TEMP VIEW",
  [constants.SQLITE_CREATE_TRIGGER]: "CREATE TRIGGER",
  [constants.SQLITE_CREATE_TEMP_TRIGGER]: "CREATE TEMP TRIGGER",
  [constants.SQLITE_CREATE_VTABLE]: "CREATE VIRTUAL TABLE",
  [constants.SQLITE_DROP_TABLE]: "DROP TABLE",
  [constants.SQLITE_DROP_TEMP_TABLE]: "DROP TABLE",
  [constants.SQLITE_DROP_INDEX]: "DROP INDEX",
  [constants.SQLITE_DROP_TEMP_INDEX]: "DROP INDEX",
  [constants.SQLITE_DROP_VIEW]: "DROP VIEW",
  [constants.SQLITE_DROP_TEMP_VIEW]: "DROP VIEW",
  [constants.SQLITE_DROP_TRIGGER]: "DROP TRIGGER",
  [constants.SQLITE_DROP_TEMP_TRIGGER]: "DROP TRIGGER",
  [constants.SQLITE_DROP_VTABLE]: "DROP VIRTUAL TABLE",
  [constants.SQLITE_ALTER_TABLE]: "ALTER TABLE",
  [constants.SQLITE_REINDEX]: "REINDEX",
  [constants.SQLITE_ANALYZE]: "ANALYZE",
  [constants.SQLITE_ATTACH]: "ATTACH (or VACUUM INTO, which writes another file)",
  [constants.SQLITE_DETACH]: "DETACH",
  [constants.SQLITE_TRANSACTION]: "a transaction (BEGIN, COMMIT, ROLLBACK)",
  [constants.SQLITE_SAVEPOINT]: "a SAVEPOINT",
  [constants.SQLITE_COPY]: "COPY"
};
function skipBlank(sql, i) {
  for (; ; ) {
    const rest = sql.slice(i);
    const m = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?(?:\*\/|$))/.exec(rest);
    if (!m || m[0].length === 0) return i;
    i += m[0].length;
  }
}
function firstKeyword(sql) {
  const i = skipBlank(sql, 0);
  return /^[A-Za-z]+/.exec(sql.slice(i))?.[0].toLowerCase() ?? "";
}
function isEmptyTail(tail) {
  let i = 0;
  for (; ; ) {
    i = skipBlank(tail, i);
    if (tail[i] === ";") i++;
    else return i >= tail.length;
  }
}
function refuse(what) {
  throw new UsageError(`etk query sql: refused: ${what}; etk query sql only reads the index`, "write a single SELECT (or WITH ... SELECT) statement; the index is rebuilt from the files by etk sync");
}
function pragmaAllowed(name, arg) {
  const n = name.toLowerCase();
  if (ARG_PRAGMAS.has(n)) return true;
  return READ_PRAGMAS.has(n) && arg === null;
}
function fence(db) {
  let refused = null;
  if (typeof db.setAuthorizer !== "function") return { refused: () => null };
  db.setAuthorizer((action, arg1, arg2) => {
    switch (action) {
      case constants.SQLITE_SELECT:
      case constants.SQLITE_READ:
      case constants.SQLITE_RECURSIVE:
        return constants.SQLITE_OK;
      case constants.SQLITE_FUNCTION:
        if (arg2 !== null && DENIED_FUNCTIONS.has(arg2.toLowerCase())) {
          refused ??= `the function ${arg2}()`;
          return constants.SQLITE_DENY;
        }
        return constants.SQLITE_OK;
      case constants.SQLITE_PRAGMA:
        if (arg1 !== null && pragmaAllowed(arg1, arg2)) return constants.SQLITE_OK;
        refused ??= `PRAGMA ${arg1 ?? ""}${arg2 !== null ? ` = ${arg2}` : ""} (only pragmas that read are allowed)`;
        return constants.SQLITE_DENY;
      default:
        refused ??= `${ACTION_WORDS[action] ?? `SQLite action ${action}`}${arg1 ? ` on ${arg1}` : ""}`;
        return constants.SQLITE_DENY;
    }
  });
  return { refused: () => refused };
}
function sqliteLimitError(command, err) {
  const m = err?.message ?? "";
  if (/too many SQL variables|Expression tree is too large|too many terms in compound SELECT|string or blob too big|out of memory|parser stack overflow|too many columns/i.test(m)) {
    return new UsageError(`etk ${command}: the query is too large for SQLite (${m})`, "narrow it: fewer values, terms or nesting levels");
  }
  return null;
}
function prepareReadOnly(db, sql) {
  if (sql.trim() === "") throw new UsageError("etk query sql: the SQL is empty", 'etk query sql "SELECT * FROM experiments"');
  const word = firstKeyword(sql);
  if (!FIRST_WORDS.has(word)) refuse(word === "" ? "a statement that does not start with a keyword" : `${word.toUpperCase()} statements`);
  const guard = fence(db);
  const release = () => {
    if (typeof db.setAuthorizer === "function") db.setAuthorizer(null);
  };
  const explain = (err) => {
    const denied = guard.refused();
    if (denied !== null) {
      try {
        refuse(denied);
      } catch (refusal) {
        return refusal;
      }
    }
    if (err instanceof UsageError) return err;
    return sqliteLimitError("query sql", err) ?? new UsageError(`etk query sql: ${err.message}`, 'check the SQL against the schema: etk query sql "SELECT name, sql FROM sqlite_schema"');
  };
  try {
    const stmt = db.prepare(sql);
    const source = stmt.sourceSQL;
    if (!sql.startsWith(source) || !isEmptyTail(sql.slice(source.length))) refuse("more than one statement");
    return { stmt, explain, release };
  } catch (err) {
    release();
    throw explain(err);
  }
}
function runReadOnlySql(db, sql) {
  const fenced = prepareReadOnly(db, sql);
  try {
    return runPrepared(fenced.stmt, []);
  } catch (err) {
    throw fenced.explain(err);
  } finally {
    fenced.release();
  }
}

// src/query/namedQueries.ts
var BUILTIN_QUERIES = {
  active: { description: "experiments with status active", from: "experiments", status: "active" },
  recent: { description: "artifacts created or updated in the last 7 days", from: "artifacts", recent: "7d" },
  "most-active": {
    description: "experiments with the most artifacts created or updated in the last 30 days",
    sql: `WITH activity AS (
  SELECT a.experiment_id, COUNT(*) AS artifacts_30d, MAX(COALESCE(a.updated_at, a.created_at)) AS last_activity
  FROM artifacts a
  WHERE a.experiment_id IS NOT NULL AND COALESCE(a.updated_at, a.created_at) >= datetime('now', '-30 days')
  GROUP BY a.experiment_id)
SELECT e.experiment_id, e.name, e.status, activity.artifacts_30d, activity.last_activity
FROM activity JOIN experiments e ON e.experiment_id = activity.experiment_id
ORDER BY activity.artifacts_30d DESC, activity.last_activity DESC, e.experiment_id
LIMIT 20`
  },
  tags: { description: "tags by use over experiments and artifacts", from: "tags" },
  "latest-metrics": { description: "each experiment's latest value of each metric, against its baseline", from: "metrics", latest: true },
  problems: {
    description: "every validation problem recorded in the index",
    sql: `SELECT file, line, "column", rule, severity, message, hint FROM diagnostics
ORDER BY severity = 'warning', file, line, "column", rule`
  }
};
function namedQueries(config) {
  const all = /* @__PURE__ */ new Map();
  for (const [name, spec] of Object.entries(BUILTIN_QUERIES)) all.set(name, { name, description: spec.description ?? "", origin: "built-in", spec });
  for (const [name, spec] of Object.entries(config.queries)) all.set(name, { name, description: spec.description ?? "", origin: "config", spec });
  return [...all.values()].sort((a, b) => a.name < b.name ? -1 : 1);
}
var list = (v) => v === void 0 ? void 0 : Array.isArray(v) ? v : [v];
function listOptionsOf(db, spec, now) {
  const o = { now };
  const set = (k, v) => {
    if (v !== void 0) o[k] = v;
  };
  set("status", list(spec.status));
  set("tags", list(spec.tag));
  set("types", list(spec.type));
  set("names", list(spec.name));
  set("experiments", spec.experiment !== void 0 ? resolveExperimentIds(db, list(spec.experiment)) : void 0);
  set("since", spec.since);
  set("until", spec.until);
  set("recent", spec.recent);
  set("latest", spec.latest);
  set("where", spec.where);
  set("sort", spec.sort);
  set("limit", spec.limit);
  return o;
}
function namedQuerySql(db, info, now) {
  if ("sql" in info.spec) return { sql: info.spec.sql, params: [] };
  return listingQuery(info.spec.from, listOptionsOf(db, info.spec, now));
}
function findNamedQuery(config, name) {
  const all = namedQueries(config);
  const found = all.find((q) => q.name === name);
  if (found) return found;
  const near = closest(name, all.map((q) => q.name));
  throw new UsageError(`no named query "${name}"${near ? ` (did you mean "${near}"?)` : ""}`, `named queries: ${all.map((q) => q.name).join(", ")} (add your own under "queries" in etk.config.json)`);
}
function withName(name, run) {
  try {
    return run();
  } catch (err) {
    if (err instanceof UsageError) throw new UsageError(`named query "${name}": ${err.message.replace(/^etk [a-z ]+: /, "")}`, err.hint);
    throw err;
  }
}
function runNamedQuery(db, config, name, now = /* @__PURE__ */ new Date()) {
  const info = findNamedQuery(config, name);
  return withName(name, () => "sql" in info.spec ? runReadOnlySql(db, info.spec.sql) : runStatement(db, namedQuerySql(db, info, now)));
}
function runNamedQueries(db, config, now = /* @__PURE__ */ new Date()) {
  return namedQueries(config).map((q) => ({ name: q.name, ...runNamedQuery(db, config, q.name, now) }));
}

export {
  TABLE_MAX_ROWS,
  TableFullError,
  createRowStream,
  uniqueColumnNames,
  runStatement,
  describeQuery,
  sqliteLimitError,
  prepareReadOnly,
  BUILTIN_QUERIES,
  namedQueries,
  listOptionsOf,
  namedQuerySql,
  findNamedQuery,
  runNamedQuery,
  runNamedQueries
};
