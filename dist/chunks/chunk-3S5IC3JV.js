import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  terminalSafe
} from "./chunk-2YQUU2N3.js";
import {
  UsageError
} from "./chunk-3UJG7U6Z.js";

// src/query/output.ts
var OUTPUT_FORMATS = ["table", "json", "csv", "ndjson"];
var EXTENSIONS = new Map(Object.entries({ ".json": "json", ".csv": "csv", ".ndjson": "ndjson", ".jsonl": "ndjson", ".txt": "table" }));
function formatFromPath(path) {
  const m = /\.[^./\\]+$/.exec(path.toLowerCase());
  return m ? EXTENSIONS.get(m[0]) : void 0;
}
function resolveFormat(command, opts) {
  const { format, output } = opts;
  if (format !== void 0 && !OUTPUT_FORMATS.includes(format)) {
    throw new UsageError(`etk ${command}: --format must be one of ${OUTPUT_FORMATS.join(", ")} (found "${format}")`);
  }
  const fromPath = output !== void 0 ? formatFromPath(output) : void 0;
  if (format !== void 0) {
    if (fromPath !== void 0 && fromPath !== format && output !== void 0) {
      throw new UsageError(`etk ${command}: --format ${format} does not match the extension of --output ${output} (${fromPath})`, `rename the file or drop one of the two options`);
    }
    return format;
  }
  if (output !== void 0) {
    if (fromPath === void 0) {
      throw new UsageError(`etk ${command}: cannot tell the format from the name ${output}`, `use a .json, .csv, .ndjson or .txt file name, or add --format`);
    }
    return fromPath;
  }
  return opts.isTTY ? "table" : "json";
}
function jsonValue(v) {
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  return v === void 0 ? null : v;
}
function jsonRow(columns, row) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const c of columns) out[c] = jsonValue(row[c]);
  return out;
}
function cellText(v) {
  if (v === null || v === void 0) return "";
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}
function csvField(s) {
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}
function toCsvLine(cells) {
  return cells.map(csvField).join(",");
}
function toCsv(result) {
  const lines = [toCsvLine(result.columns)];
  for (const row of result.rows) lines.push(toCsvLine(result.columns.map((c) => cellText(row[c]))));
  return `${lines.join("\r\n")}\r
`;
}
function needsConversion(result) {
  for (const row of result.rows) {
    for (const c of result.columns) {
      const v = row[c];
      if (v === void 0 || typeof v === "bigint" || v instanceof Uint8Array) return true;
    }
  }
  return false;
}
function toJson(result) {
  const rows = needsConversion(result) || result.rows.some((r) => Object.keys(r).length !== result.columns.length) ? result.rows.map((r) => jsonRow(result.columns, r)) : result.rows;
  return `${JSON.stringify(rows, null, 2)}
`;
}
function toNdjson(result) {
  return result.rows.map((r) => `${JSON.stringify(jsonRow(result.columns, r))}
`).join("");
}
var UTC_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
var FREE_TEXT = /(^|_)(title|name|description|message|summary|snippet|text|note|hint|about|reason|origin)s?$/i;
var NEVER_CUT = /(^|_)(id|path|file|ids|paths|files)$/i;
var MIN_FREE_TEXT = 12;
function ellipsis(s, n) {
  const chars = [...s];
  return chars.length > n ? `${chars.slice(0, Math.max(0, n - 1)).join("")}…` : s;
}
function toTable(result, opts = {}) {
  const maxCell = opts.maxCell ?? 60;
  const { columns, rows } = result;
  if (columns.length === 1 && rows.length === 1 && columns[0] === "count") return `${cellText(rows[0]?.count)}
`;
  const whole = columns.map((c) => NEVER_CUT.test(c));
  const shown = (v, i) => {
    const text = typeof v === "string" && UTC_TIME.test(v) ? `${v} UTC` : cellText(v);
    const flat = terminalSafe(text.replace(/\r?\n/g, "⏎").replace(/\t/g, " "));
    return whole[i] ? flat : ellipsis(flat, maxCell);
  };
  const cells = rows.map((r) => columns.map((c, i) => shown(r[c], i)));
  const numeric = columns.map((c) => rows.length > 0 && rows.every((r) => r[c] === null || r[c] === void 0 || typeof r[c] === "number" || typeof r[c] === "bigint"));
  const width = columns.map((c, i) => Math.max([...c].length, ...cells.map((row) => [...row[i] ?? ""].length)));
  if (opts.width !== void 0 && opts.width > 0) {
    const cuttable = columns.map((c, i) => !numeric[i] && !whole[i] && FREE_TEXT.test(c));
    const floor = columns.map((c) => Math.max([...c].length, MIN_FREE_TEXT));
    let total = width.reduce((a, b) => a + b, 0) + 2 * Math.max(0, columns.length - 1);
    while (total > opts.width) {
      let widest = -1;
      for (let i = 0; i < columns.length; i++) if (cuttable[i] && width[i] > floor[i] && (widest < 0 || width[i] > width[widest])) widest = i;
      if (widest < 0) break;
      width[widest]--;
      total--;
    }
    for (const row of cells) for (let i = 0; i < columns.length; i++) if (cuttable[i]) row[i] = ellipsis(row[i], width[i]);
  }
  const pad = (s, i) => {
    const gap = " ".repeat(Math.max(0, (width[i] ?? 0) - [...s].length));
    return numeric[i] ? gap + s : s + gap;
  };
  const line = (vals) => vals.map(pad).join("  ").trimEnd();
  const out = [line(columns), line(width.map((w) => "-".repeat(w))), ...cells.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? "" : "s"})`);
  return `${out.join("\n")}
`;
}
function formatRows(result, format, opts = {}) {
  switch (format) {
    case "json":
      return toJson(result);
    case "csv":
      return toCsv(result);
    case "ndjson":
      return toNdjson(result);
    case "table":
      return toTable(result, opts);
  }
}

export {
  OUTPUT_FORMATS,
  formatFromPath,
  resolveFormat,
  jsonRow,
  cellText,
  toCsvLine,
  toCsv,
  toJson,
  toNdjson,
  toTable,
  formatRows
};
