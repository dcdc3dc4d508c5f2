import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  BUILTIN_SCHEMAS,
  COMMON_SCHEMA,
  DEFAULT_STATUSES,
  EXPERIMENT_ID,
  PRECOMPILED,
  SCHEMA_VERSION,
  SLUG_MAX,
  applySeverity,
  checkConflicts,
  checkDatabase,
  classifyPath,
  compareDiagnostics,
  counts,
  decodeArtifact,
  deriveTitle,
  dirtyRows,
  enableWorkers,
  execGit,
  gitSucceeds,
  isRealDateTime,
  listSource,
  meta,
  openForRead,
  openForWrite,
  parseArtifactName,
  parseFrontmatter,
  parseLsFilesStage,
  planSync,
  quickSourceFromIndex,
  readIndexFiles,
  repoTop,
  require_dist,
  schemasFor,
  slugify,
  splitZ,
  stagedPaths,
  syncIndex,
  toPosix,
  validateFile,
  validateRepo,
  workerMain
} from "./chunks/chunk-EZ545553.js";
import "./chunks/chunk-N42JUTNQ.js";
import {
  VERSION,
  closest
} from "./chunks/chunk-EJVUHTN2.js";
import {
  ConfigError,
  EtkError,
  UsageError,
  __toESM
} from "./chunks/chunk-3UJG7U6Z.js";

// src/cli/entry.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";

// src/cli/validate.ts
import { isAbsolute as isAbsolute2, join as join4, relative as relative2, resolve as resolve2 } from "node:path";

// src/authoring/fixFiles.ts
import { existsSync as existsSync2, readFileSync, renameSync as renameSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/util/writeFileAtomic.ts
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var TargetExistsError = class extends Error {
  constructor(path) {
    super(`${path} exists already`);
    this.path = path;
  }
  path;
};
function tempPathFor(target) {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.etk-tmp`);
}
function writeFileAtomic(target, data, options = {}) {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  let mode;
  if (!options.exclusive) {
    try {
      mode = statSync(target).mode & 4095;
    } catch {
      mode = void 0;
    }
  }
  const fd = openSync(temp, "wx", mode ?? 438);
  let committed = false;
  try {
    try {
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      let off = 0;
      while (off < bytes.byteLength) off += writeSync(fd, bytes, off, bytes.byteLength - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== void 0) chmodSync(temp, mode);
    options.beforeCommit?.(temp);
    if (options.exclusive) {
      commitExclusive(temp, target);
    } else {
      renameSync(temp, target);
    }
    committed = true;
  } finally {
    if (!committed || options.exclusive) {
      try {
        unlinkSync(temp);
      } catch {
      }
    }
  }
}
function commitExclusive(temp, target) {
  try {
    linkSync(temp, target);
  } catch (err) {
    const code = err.code;
    if (code === "EEXIST") throw new TargetExistsError(target);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS" && code !== "EXDEV") throw err;
    if (existsSync(target)) throw new TargetExistsError(target);
    renameSync(temp, target);
  }
}

// src/authoring/timestamps.ts
var pad = (n, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, "0");
function formatOffset(minutesEast) {
  if (minutesEast === 0) return "Z";
  const sign = minutesEast > 0 ? "+" : "-";
  return `${sign}${pad(Math.abs(minutesEast) / 60)}:${pad(Math.abs(minutesEast) % 60)}`;
}
function localOffsetMinutes(date) {
  return -date.getTimezoneOffset();
}
function wallClock(date, minutesEast) {
  const shifted = new Date(date.getTime() + minutesEast * 6e4);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds()
  };
}
function isoWithOffset(date, minutesEast = localOffsetMinutes(date)) {
  const w = wallClock(date, minutesEast);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(minutesEast)}`;
}
function experimentStamp(date, minutesEast = localOffsetMinutes(date)) {
  const w = wallClock(date, minutesEast);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}_${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}
function artifactStamp(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[1]}${m[2]}${m[3]}_${m[4]}${m[5]}` : null;
}
var ISO_DATE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$/;
function isRealDate(y, mo, d) {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
}
function normalizeTimestamp(text2, localOffset = localOffsetMinutes) {
  const s = text2.trim();
  if (ISO_DATE_TIME.test(s)) return null;
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(?:([Zz])|(?:UTC|GMT)|([+-])(\d{2}):?(\d{2})?)?$/.exec(s);
  if (!m) return null;
  const [, y, mo, d, h = "0", mi = "0", sec = "0", frac = "", zulu, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(sec);
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const wall = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${frac}`;
  const utcish = zulu !== void 0 || /(UTC|GMT)$/.test(s);
  if (utcish) return { value: `${wall}Z` };
  if (sign !== void 0) {
    const offH = Number(oh);
    const offM = Number(om ?? "0");
    if (offH > 23 || offM > 59) return null;
    return { value: `${wall}${sign}${pad(offH)}:${pad(offM)}` };
  }
  const guess = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  let offset = localOffset(new Date(guess.getTime() - localOffset(guess) * 6e4));
  offset = localOffset(new Date(guess.getTime() - offset * 6e4));
  const written = formatOffset(offset);
  return { value: `${wall}${written}`, assumedOffset: written };
}

// src/authoring/fixFileName.ts
function parseName(name, knownTypes) {
  const parsed = parseArtifactName(name, knownTypes);
  if (parsed === null || knownTypes.includes(parsed.type)) return parsed;
  const rest = `${parsed.type}_${parsed.slug}`;
  const type = [...knownTypes].sort((a, b) => b.length - a.length).find((t) => rest.toLowerCase().startsWith(`${t}_`) && rest.length > t.length + 1);
  return type === void 0 ? parsed : { ...parsed, type, slug: rest.slice(type.length + 1) };
}
function fixedFileName(name, data, title, knownTypes) {
  const type = typeof data.type === "string" && knownTypes.includes(data.type) && data.type !== "experiment_manifest" ? data.type : null;
  const parsed = /\.md$/.test(name) ? parseName(name, knownTypes) : null;
  const fromCreated = typeof data.created === "string" ? artifactStamp(data.created) : null;
  if (parsed) {
    const dateOk = isRealDateTime(parsed.date, parsed.time);
    const slugOk = /^[a-z0-9-]+$/.test(parsed.slug) && parsed.slug.length <= SLUG_MAX;
    const typeKnown = knownTypes.includes(parsed.type);
    if (dateOk && slugOk && typeKnown && `${parsed.date}_${parsed.time}_${parsed.type}_${parsed.slug}.md` === name) return null;
    const stamp = dateOk ? `${parsed.date}_${parsed.time}` : fromCreated;
    const nameType = typeKnown ? parsed.type : type;
    const slug2 = slugify(parsed.slug) || slugify(title);
    if (stamp === null || nameType === null || slug2 === "") return null;
    const fixed = `${stamp}_${nameType}_${slug2}.md`;
    return fixed === name ? null : fixed;
  }
  const slug = slugify(title);
  if (fromCreated === null || type === null || slug === "") return null;
  return `${fromCreated}_${type}_${slug}.md`;
}

// src/authoring/fixText.ts
var import_yaml = __toESM(require_dist(), 1);

// src/authoring/slugs.ts
function experimentSlug(name) {
  const slug = slugify(name, SLUG_MAX).replace(/-/g, "_");
  if (slug === "") {
    throw new UsageError(`the name "${name}" leaves nothing for the experiment id: it needs Latin letters or digits (accents are dropped, other scripts cannot be spelt in a-z)`, 'add a short Latin-letter name, e.g. etk new experiment "receipt layout (レシート)"');
  }
  return slug;
}
function artifactSlug(title) {
  const slug = slugify(title, SLUG_MAX);
  if (slug === "") {
    throw new UsageError(`the title "${title}" leaves nothing for the file name: it needs Latin letters or digits (accents are dropped, other scripts cannot be spelt in a-z)`, "add a few Latin-letter words to the title; the title itself is kept as you wrote it");
  }
  return slug;
}
function normalizeTag(tag) {
  return slugify(tag, Number.MAX_SAFE_INTEGER);
}
function normalizeTags(tags) {
  const out = [];
  const unusable = [];
  for (const t of tags) {
    const n = normalizeTag(t);
    if (n === "") unusable.push(t);
    else if (!out.includes(n)) out.push(n);
  }
  return { tags: out, unusable };
}

// src/authoring/fixText.ts
var QUOTABLE = /* @__PURE__ */ new Set(["PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"]);
function tagText(tag) {
  const back = (0, import_yaml.parseDocument)(tag).toJS();
  return back === tag ? tag : JSON.stringify(tag);
}
function pairOf(items, key) {
  return items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === key);
}
function fixText(text2, options = {}) {
  const parsed = parseFrontmatter(text2);
  if (parsed.data === null) return null;
  const yamlStart = text2.indexOf("\n") + 1;
  const yaml = parsed.yaml;
  const eol = text2.includes("\r\n") ? "\r\n" : "\n";
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(yaml, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0 || !(0, import_yaml.isMap)(doc.contents) || doc.contents.flow) return null;
  const items = doc.contents.items;
  const lineOf = (offset) => counter.linePos(offset).line + parsed.yamlStartLine - 1;
  const edits = [];
  const changes = [];
  const source = (s) => yaml.slice(s.range[0], s.range[1]);
  for (const key of ["created", "updated"]) {
    const pair = pairOf(items, key);
    const v = pair?.value;
    if (!(0, import_yaml.isScalar)(v) || !v.range || !QUOTABLE.has(String(v.type))) continue;
    if (key === "updated" && options.touch !== void 0) {
      edits.push({ start: v.range[0], end: v.range[1], text: JSON.stringify(options.touch) });
      changes.push({ at: v.range[0], message: `updated: ${source(v)} -> "${options.touch}" (--touch)` });
      continue;
    }
    if (typeof v.value !== "string" || ISO_DATE_TIME.test(v.value)) continue;
    const n = normalizeTimestamp(v.value, options.localOffset);
    if (n === null) continue;
    edits.push({ start: v.range[0], end: v.range[1], text: JSON.stringify(n.value) });
    changes.push({ at: v.range[0], message: `${key}: ${source(v)} -> "${n.value}"${n.assumedOffset ? ` (no offset was written: assumed this machine's, ${n.assumedOffset})` : ""}` });
  }
  if (options.touch !== void 0 && pairOf(items, "updated") === void 0) {
    const after = pairOf(items, "created") ?? items[items.length - 1];
    const end = after ? lineEnd(yaml, after.value?.range?.[2] ?? after.key.range[2]) : 0;
    edits.push({ start: end, end, text: `updated: "${options.touch}"${eol}` });
    changes.push({ at: end, message: `added updated: "${options.touch}" (--touch)` });
  }
  const ads = pairOf(items, "ads_version");
  if (ads === void 0) {
    edits.push({ start: 0, end: 0, text: `ads_version: "1.0"${eol}` });
    changes.push({ at: 0, message: 'added ads_version: "1.0"' });
  } else if ((0, import_yaml.isScalar)(ads.value) && ads.value.range && ads.value.type === "PLAIN" && /^[0-9]+\.[0-9]+$/.test(source(ads.value))) {
    const written = source(ads.value);
    edits.push({ start: ads.value.range[0], end: ads.value.range[1], text: `"${written}"` });
    changes.push({ at: ads.value.range[0], message: `ads_version: ${written} -> "${written}" (a version is text: unquoted, 1.10 would read as 1.1)` });
  }
  const tags = pairOf(items, "tags")?.value;
  if ((0, import_yaml.isSeq)(tags) && tags.range && tags.items.every((i) => (0, import_yaml.isScalar)(i) && i.range && QUOTABLE.has(String(i.type)))) {
    const seen = /* @__PURE__ */ new Set();
    const result = [];
    const notes = [];
    for (const item of tags.items) {
      const was = source(item);
      const raw = typeof item.value === "string" ? item.value : was;
      const norm = normalizeTag(raw);
      if (norm === "") {
        result.push({ item, text: was, was });
        continue;
      }
      if (seen.has(norm)) {
        result.push({ item, text: null, was });
        notes.push(`removed the duplicate ${was}`);
        continue;
      }
      seen.add(norm);
      const text3 = item.value === norm ? was : tagText(norm);
      if (text3 !== was) notes.push(`${was} -> ${text3}`);
      result.push({ item, text: text3, was });
    }
    if (notes.length > 0) {
      const edit = tags.flow ? flowEdit(tags.range, result) : blockEdits(yaml, result);
      if (edit !== null) {
        edits.push(...edit);
        changes.push({ at: tags.range[0], message: `tags: ${notes.join(", ")}` });
      }
    }
  }
  if (edits.length === 0) return { text: text2, changes: [] };
  edits.sort((a, b) => b.start - a.start);
  for (let i = 1; i < edits.length; i++) if (edits[i].end > edits[i - 1].start) return { text: text2, changes: [] };
  let out = yaml;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  const fixed = text2.slice(0, yamlStart) + out + text2.slice(yamlStart + yaml.length);
  if (parseFrontmatter(fixed).data === null) return { text: text2, changes: [] };
  const lines = (t) => t.split("\n").length - 1;
  const shift = (at) => edits.filter((e) => e.start < at).reduce((n, e) => n + lines(e.text) - lines(yaml.slice(e.start, e.end)), 0);
  const located = changes.map((c) => ({ line: lineOf(c.at) + shift(c.at), message: c.message }));
  located.sort((a, b) => a.line - b.line);
  return { text: fixed, changes: located };
}
function lineEnd(text2, offset) {
  if (offset > 0 && text2[offset - 1] === "\n") return offset;
  const nl = text2.indexOf("\n", offset);
  return nl === -1 ? text2.length : nl + 1;
}
function flowEdit(range, result) {
  return [{ start: range[0], end: range[1], text: `[${result.filter((r) => r.text !== null).map((r) => r.text).join(", ")}]` }];
}
function blockEdits(yaml, result) {
  const edits = [];
  for (const r of result) {
    const [start, end] = r.item.range;
    if (r.text !== null) {
      if (r.text !== r.was) edits.push({ start, end, text: r.text });
      continue;
    }
    const lineStart = yaml.lastIndexOf("\n", start - 1) + 1;
    const stop = lineEnd(yaml, end);
    if (!/^[ \t]*-[ \t]+$/.test(yaml.slice(lineStart, start)) || !/^[ \t]*(#[^\n]*)?\r?\n?$/.test(yaml.slice(end, stop))) return null;
    edits.push({ start: lineStart, end: stop, text: "" });
  }
  return edits;
}

// src/authoring/fixFiles.ts
function renameAll(top, base, renames) {
  if (renames.length === 0) return;
  const specs = renames.length <= 200 ? renames.map((r) => r.fix.path) : ["."];
  const entries = top === null ? [] : parseLsFilesStage(execGit(["ls-files", "-s", "-z", "--", ...specs], { cwd: top }));
  const byPath = /* @__PURE__ */ new Map();
  for (const e of entries) byPath.set(e.path, [...byPath.get(e.path) ?? [], e]);
  const info = [];
  for (const r of renames) {
    const index = byPath.get(r.fix.path);
    if (index?.some((e) => e.stage !== 0)) {
      r.fix.notes.push(`not renamed to ${r.to.slice(r.to.lastIndexOf("/") + 1)}: it has unresolved merge conflicts`);
      continue;
    }
    renameSync2(join2(base, r.fix.path), join2(base, r.to));
    r.fix.renamedTo = r.to;
    r.fix.renamedWith = index ? "git mv" : "rename";
    if (index) {
      const e = index[0];
      info.push(`0 ${"0".repeat(e.oid.length)}	${r.fix.path}`, `${e.mode} ${e.oid}	${r.to}`);
    }
  }
  if (info.length > 0) execGit(["update-index", "-z", "--index-info"], { cwd: top, input: `${info.join("\0")}\0` });
}
function fixFiles(req) {
  const out = [];
  const renames = [];
  const planned = /* @__PURE__ */ new Set();
  for (const path of req.paths) {
    const abs = join2(req.base, path);
    let bytes;
    try {
      bytes = readFileSync(abs);
    } catch {
      continue;
    }
    if (bytes.byteLength > req.maxFileSize) continue;
    const decoded = decodeArtifact(bytes);
    if (decoded.text === null) continue;
    const fixed = fixText(decoded.text, { touch: req.touch, ...req.localOffset ? { localOffset: req.localOffset } : {} });
    if (fixed === null) continue;
    const fix = { path, changes: fixed.changes, notes: [] };
    if (fixed.changes.length > 0) writeFileAtomic(abs, `${decoded.hadBom ? "\uFEFF" : ""}${fixed.text}`);
    const placement = classifyPath(path, req.root);
    if (req.rename && (placement.kind === "artifact" || placement.kind === "misplaced")) {
      const parsed = parseFrontmatter(fixed.text);
      const name = path.slice(path.lastIndexOf("/") + 1);
      const target = parsed.data ? fixedFileName(name, parsed.data, deriveTitle(parsed.data, parsed.body, path), req.knownTypes) : null;
      if (target !== null) {
        const newPath = `${path.slice(0, path.lastIndexOf("/") + 1)}${target}`;
        const sameFileOtherCase = newPath.toLowerCase() === path.toLowerCase();
        if (existsSync2(join2(req.base, newPath)) && !sameFileOtherCase) {
          fix.notes.push(`not renamed to ${target}: that file exists`);
        } else if (planned.has(newPath)) {
          fix.notes.push(`not renamed to ${target}: another file here gets that name`);
        } else {
          planned.add(newPath);
          renames.push({ fix, to: newPath });
        }
      }
    }
    out.push(fix);
  }
  renameAll(req.top, req.base, renames);
  return out.filter((f) => f.changes.length > 0 || f.renamedTo !== void 0 || f.notes.length > 0);
}

// src/config/loadConfig.ts
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname2, isAbsolute, join as join3, relative, resolve } from "node:path";

// schema/etk.config.schema.json
var etk_config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://etk.invalid/schema/etk.config.json",
  title: 'etk configuration (etk.config.json, or the "etk" key of package.json)',
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string"
    },
    root: {
      type: "string",
      minLength: 1,
      description: "Experiments root, relative to the directory of the config file. Default: experiment_manager/experiments"
    },
    database: {
      type: "string",
      minLength: 1,
      description: "SQLite index, relative to the directory of the config file. Default: data/ops/tracking.db"
    },
    statuses: {
      type: "array",
      items: {
        type: "string",
        pattern: "^[a-z0-9_-]+$"
      },
      minItems: 1,
      uniqueItems: true,
      description: "Allowed values of `status`. Default: active, complete, deprecated"
    },
    types: {
      type: "object",
      description: "Extra artifact types: name -> { schema: path to a JSON Schema, relative to the config file }",
      propertyNames: {
        pattern: "^[a-z][a-z0-9_]*$"
      },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: [
          "schema"
        ],
        properties: {
          schema: {
            type: "string",
            minLength: 1
          }
        }
      }
    },
    rules: {
      type: "object",
      description: "Severity per rule id: error | warn | off",
      additionalProperties: {
        enum: [
          "error",
          "warn",
          "off"
        ]
      }
    },
    templates: {
      type: "object",
      description: "etk new: your own template per type (experiment_manifest, assessment, report, guide, script, or a configured type) -> path of a Markdown file with frontmatter, relative to the config file",
      propertyNames: { pattern: "^[a-z][a-z0-9_]*$" },
      additionalProperties: { type: "string", minLength: 1 }
    },
    maxFileSize: {
      type: "integer",
      minimum: 1,
      description: "Largest artifact in bytes. Default: 5242880 (5 MB)"
    },
    queries: {
      type: "object",
      description: "Named queries for `etk query run <name>` (CI publishes each): name -> { sql } or { from, ...filters }",
      propertyNames: {
        pattern: "^[a-z0-9][a-z0-9_-]*$"
      },
      additionalProperties: {
        oneOf: [
          {
            type: "object",
            additionalProperties: false,
            required: [
              "sql"
            ],
            properties: {
              description: {
                type: "string"
              },
              sql: {
                type: "string",
                minLength: 1,
                description: "One read-only statement (SELECT, WITH ... SELECT)"
              }
            }
          },
          {
            type: "object",
            additionalProperties: false,
            required: [
              "from"
            ],
            properties: {
              description: {
                type: "string"
              },
              from: {
                enum: [
                  "experiments",
                  "artifacts",
                  "metrics",
                  "tags"
                ],
                description: "The listing of etk query <from>"
              },
              status: {
                oneOf: [
                  {
                    type: "string",
                    minLength: 1
                  },
                  {
                    type: "array",
                    items: {
                      type: "string",
                      minLength: 1
                    },
                    minItems: 1
                  }
                ]
              },
              tag: {
                oneOf: [
                  {
                    type: "string",
                    minLength: 1
                  },
                  {
                    type: "array",
                    items: {
                      type: "string",
                      minLength: 1
                    },
                    minItems: 1
                  }
                ]
              },
              experiment: {
                oneOf: [
                  {
                    type: "string",
                    minLength: 1
                  },
                  {
                    type: "array",
                    items: {
                      type: "string",
                      minLength: 1
                    },
                    minItems: 1
                  }
                ]
              },
              type: {
                oneOf: [
                  {
                    type: "string",
                    minLength: 1
                  },
                  {
                    type: "array",
                    items: {
                      type: "string",
                      minLength: 1
                    },
                    minItems: 1
                  }
                ]
              },
              name: {
                oneOf: [
                  {
                    type: "string",
                    minLength: 1
                  },
                  {
                    type: "array",
                    items: {
                      type: "string",
                      minLength: 1
                    },
                    minItems: 1
                  }
                ]
              },
              since: {
                type: "string"
              },
              until: {
                type: "string"
              },
              recent: {
                type: "string"
              },
              latest: {
                type: "boolean"
              },
              where: {
                type: "string"
              },
              sort: {
                type: "string"
              },
              limit: {
                type: "integer",
                minimum: 1
              }
            }
          }
        ]
      }
    }
  }
};

// src/artifacts/ruleCatalog.ts
var RULES = {
  "file-too-large": { severity: "error", description: "file is larger than maxFileSize (default 5 MB)" },
  binary: { severity: "error", description: "file contains NUL bytes (not text)" },
  encoding: { severity: "error", description: "file is not valid UTF-8" },
  bom: { severity: "warn", description: "file starts with a UTF-8 byte order mark" },
  "line-endings": { severity: "warn", description: "file uses CRLF line endings" },
  "frontmatter-missing": { severity: "error", description: "file does not start with a --- frontmatter fence" },
  "frontmatter-language": { severity: "error", description: "opening fence names a language (---js); only YAML is read, nothing is evaluated" },
  "frontmatter-unclosed": { severity: "error", description: "no closing --- fence" },
  "frontmatter-empty": { severity: "error", description: "frontmatter has no fields" },
  "frontmatter-not-mapping": { severity: "error", description: "frontmatter is a list or a scalar, not key: value fields" },
  "yaml-syntax": { severity: "error", description: "frontmatter is not valid YAML" },
  "yaml-duplicate-key": { severity: "error", description: "a key appears twice in the frontmatter" },
  "yaml-alias-limit": { severity: "error", description: "YAML aliases expand to too many values (alias bomb)" },
  schema: { severity: "error", description: "a field is missing or has the wrong type or value (JSON Schema of the type)" },
  "unknown-type": { severity: "error", description: "`type` is not a known artifact type" },
  "unknown-key": { severity: "warn", description: 'an unknown field is one typo away from a known one ("did you mean priority?")' },
  "file-name": { severity: "error", description: "artifact file name is not YYYYMMDD_HHMM_{type}_{slug}.md (slug: a-z, 0-9, -, at most 50)" },
  placement: { severity: "error", description: "artifacts live under <experiment>/.metadata/; README.md is the only Markdown at the experiment root" },
  "experiment-folder": { severity: "error", description: "experiment folder name is not an experiment id (YYYYMMDD_HHMMSS_name)" },
  "experiment-id-mismatch": { severity: "error", description: "frontmatter experiment_id differs from the folder the file is in" },
  "type-mismatch": { severity: "error", description: "the type in the file name differs from `type` (README.md must be experiment_manifest)" },
  "duplicate-artifact-id": { severity: "error", description: "artifact_id is used by another file in the repository" },
  "updated-before-created": { severity: "error", description: "`updated` is earlier than `created`" },
  "baseline-missing": { severity: "warn", description: "a report's baseline names an experiment that does not exist" }
};
function isRuleId(id) {
  return Object.hasOwn(RULES, id);
}

// src/config/loadConfig.ts
var DEFAULTS = {
  root: "experiment_manager/experiments",
  database: "data/ops/tracking.db",
  maxFileSize: 5 * 1024 * 1024
};
function jsonErrorWhere(message, text2) {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `${lc[1]}:${lc[2]}`;
  const p = /position (\d+)/.exec(message);
  if (!p) return "";
  const before = text2.slice(0, Number(p[1]));
  const line = before.split("\n").length;
  return `${line}:${before.length - before.lastIndexOf("\n")}`;
}
function readJson(file, what) {
  let text2;
  try {
    text2 = readFileSync2(file, "utf8");
  } catch (err) {
    throw new ConfigError(`cannot read ${what} ${file}: ${err.message}`);
  }
  try {
    return JSON.parse(text2);
  } catch (err) {
    const where = jsonErrorWhere(err.message, text2);
    throw new ConfigError(`${file}${where ? `:${where}` : ""}: ${what} is not valid JSON: ${err.message}`, "fix the JSON syntax (a trailing comma or a missing quote, most often)");
  }
}
function findConfig(cwd, top) {
  let dir = resolve(cwd);
  for (; ; ) {
    const file = join3(dir, "etk.config.json");
    if (existsSync3(file)) return { file, raw: readJson(file, "etk config") };
    const pkg = join3(dir, "package.json");
    if (existsSync3(pkg)) {
      const json = readJson(pkg, "package.json");
      if (json && typeof json === "object" && "etk" in json) return { file: `${pkg}#etk`, raw: json.etk };
    }
    if (top !== null && resolve(dir) === resolve(top)) return null;
    const up = dirname2(dir);
    if (up === dir) return null;
    dir = up;
  }
}
var validateConfig;
async function configValidator() {
  if (PRECOMPILED?.config) return PRECOMPILED.config;
  const { createAjv } = await import("./chunks/compileSchemas-MDDBHBCR.js");
  return validateConfig ??= createAjv(void 0).compile(etk_config_schema_default);
}
async function checkShape(raw, source) {
  const validateConfig2 = await configValidator();
  if (!validateConfig2(raw)) {
    const messages = (validateConfig2.errors ?? []).map((e) => {
      const where = e.instancePath === "" ? "config" : e.instancePath.slice(1).replace(/\//g, ".");
      if (e.keyword === "additionalProperties") {
        const key = String(e.params.additionalProperty);
        const known = e.instancePath === "" ? Object.keys(etk_config_schema_default.properties) : ["schema"];
        const near = closest(key, known);
        return `${where}: unknown key "${key}"${near ? ` (did you mean "${near}"?)` : ""}`;
      }
      if (e.keyword === "enum") return `${where} must be one of ${e.params.allowedValues.join(", ")}`;
      return `${where} ${e.message ?? "is invalid"}`;
    });
    throw new ConfigError(`${source}: ${messages.join("; ")}`, "see the Configuration section of the etk README for every key");
  }
  return raw;
}
async function loadConfig(options) {
  const cwd = resolve(options.cwd);
  let found;
  let top;
  if (options.configFile !== void 0) {
    const file = resolve(cwd, options.configFile);
    if (!existsSync3(file)) throw new ConfigError(`config file ${options.configFile} does not exist`, "check the --config path");
    top = repoTop(dirname2(file));
    const raw2 = readJson(file, "etk config");
    found = { file, raw: file.endsWith("package.json") ? raw2?.etk : raw2 };
  } else {
    top = repoTop(cwd);
    found = findConfig(cwd, top);
  }
  const source = found ? found.file : null;
  const raw = found ? await checkShape(found.raw ?? {}, source) : {};
  const projectDir = found ? dirname2(found.file.replace(/#etk$/, "")) : top ?? cwd;
  const rootAbs = resolve(projectDir, raw.root ?? DEFAULTS.root);
  const base = top ?? projectDir;
  const rootRel = toPosix(relative(base, rootAbs));
  if (rootRel.startsWith("..") || isAbsolute(rootRel)) {
    throw new ConfigError(`${source ?? "config"}: root ${raw.root} is outside the repository ${base}`, "point root at a folder inside the repository");
  }
  const rules = Object.fromEntries(Object.entries(RULES).map(([id, info]) => [id, info.severity]));
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    if (!isRuleId(id)) {
      const near = closest(id, Object.keys(RULES));
      throw new ConfigError(`${source}: unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ""}`, `rule ids: ${Object.keys(RULES).join(", ")}`);
    }
    rules[id] = setting;
  }
  const extraTypes = {};
  for (const [name, { schema }] of Object.entries(raw.types ?? {})) {
    if (Object.hasOwn(BUILTIN_SCHEMAS, name)) {
      throw new ConfigError(`${source}: type "${name}" is built in and cannot be redefined`, "choose another type name");
    }
    const file = resolve(projectDir, schema);
    if (!existsSync3(file)) throw new ConfigError(`${source}: schema ${schema} for type "${name}" does not exist`, `create ${schema}, or fix the path (relative to ${projectDir})`);
    const loaded = readJson(file, `schema for type "${name}"`);
    if (loaded === null || typeof loaded !== "object" || Array.isArray(loaded)) throw new ConfigError(`${schema}: a JSON Schema must be an object`);
    extraTypes[name] = { schema: loaded, source: schema };
  }
  const templates = {};
  for (const [type, path] of Object.entries(raw.templates ?? {})) {
    if (!Object.hasOwn(BUILTIN_SCHEMAS, type) && !Object.hasOwn(extraTypes, type)) {
      const near = closest(type, [...Object.keys(BUILTIN_SCHEMAS), ...Object.keys(extraTypes)]);
      throw new ConfigError(`${source}: templates: "${type}" is not an artifact type${near ? ` (did you mean "${near}"?)` : ""}`, `template keys are types: ${[...Object.keys(BUILTIN_SCHEMAS), ...Object.keys(extraTypes)].join(", ")}`);
    }
    const file = resolve(projectDir, path);
    if (!existsSync3(file)) throw new ConfigError(`${source}: template ${path} for type "${type}" does not exist`, `create ${path}, or fix the path (relative to ${projectDir})`);
    templates[type] = file;
  }
  return {
    source,
    projectDir,
    top,
    rootAbs,
    root: rootRel === "." ? "" : rootRel,
    databaseAbs: resolve(projectDir, raw.database ?? DEFAULTS.database),
    statuses: raw.statuses ?? void 0,
    extraTypes,
    rules,
    maxFileSize: raw.maxFileSize ?? DEFAULTS.maxFileSize,
    templates,
    queries: raw.queries ?? {}
  };
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  config: { type: "string", short: "c" }
};
function parse(command, argv, options) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (err) {
    const message = err.message;
    const flag = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (flag) {
      const near = closest(flag.replace(/^-+/, ""), Object.keys({ ...COMMON_OPTIONS, ...options }));
      throw new UsageError(`etk ${command}: unknown option ${flag}${near ? ` (did you mean --${near}?)` : ""}`, `see etk ${command} --help`);
    }
    throw new UsageError(`etk ${command}: ${message.replace(/\. To specify a positional.*$/s, "")}`, `see etk ${command} --help`);
  }
}
function intOption(command, name, value) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value)) throw new UsageError(`etk ${command}: --${name} must be a whole number (found "${value}")`);
  return Number(value);
}
function choiceOption(command, name, value, choices, fallback) {
  if (value === void 0) return fallback;
  if (!choices.includes(value)) {
    throw new UsageError(`etk ${command}: --${name} must be one of ${choices.join(", ")} (found "${value}")`);
  }
  return value;
}

// src/cli/render/colors.ts
function useColor(stream, env = process.env) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== void 0) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}
var wrap = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
var plain = (s) => s;
function palette(enabled) {
  if (!enabled) return { red: plain, yellow: plain, dim: plain, bold: plain, underline: plain, cyan: plain, green: plain };
  return { red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24), cyan: wrap(36, 39), green: wrap(32, 39) };
}

// src/cli/render/renderDiagnostics.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function summarize(diagnostics, checked) {
  const files = /* @__PURE__ */ new Set();
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    files.add(d.file);
    if (d.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings, filesWithProblems: files.size, checked };
}
function summaryLine(s) {
  if (s.errors === 0 && s.warnings === 0) return `${plural(s.checked, "file")} checked, no problems`;
  return `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")} in ${s.filesWithProblems} of ${plural(s.checked, "file")}`;
}
function codeFrame(text2, line, column, c) {
  const lines = text2.split(/\r?\n/);
  const from = Math.max(1, line - 1);
  const to = Math.min(lines.length, line + 1);
  const width = String(to).length;
  const out = [];
  for (let n = from; n <= to; n++) {
    const src = (lines[n - 1] ?? "").replace(/\t/g, "  ");
    const gutter = `${n === line ? ">" : " "} ${String(n).padStart(width)} |`;
    out.push(n === line ? `${c.bold(gutter)} ${src}` : c.dim(`${gutter} ${src}`));
    if (n === line) {
      const prefix = (lines[n - 1] ?? "").slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, " ").replace(/\t/g, "  ");
      out.push(`${" ".repeat(width + 2)} ${c.dim("|")} ${prefix}${c.red("^")}`);
    }
  }
  return out.map((l) => `    ${l}`).join("\n");
}
function renderText(diagnostics, text2, c, frames = true) {
  const out = [];
  let current = "";
  for (const d of diagnostics) {
    if (d.file !== current) {
      if (current !== "") out.push("");
      out.push(c.underline(d.file));
      current = d.file;
    }
    const sev = d.severity === "error" ? c.red("error  ") : c.yellow("warning");
    out.push(`  ${c.dim(`${d.line}:${d.column}`.padEnd(7))} ${sev}  ${d.message}  ${c.dim(d.rule)}`);
    const source = frames ? text2(d.file) : void 0;
    if (source !== void 0) out.push(codeFrame(source, d.line, d.column, c));
    if (d.hint) out.push(`    ${c.cyan("fix:")} ${d.hint}`);
  }
  return out.join("\n");
}
function renderJson(diagnostics) {
  return JSON.stringify(
    diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, rule: d.rule, severity: d.severity, message: d.message, ...d.hint ? { hint: d.hint } : {} })),
    null,
    2
  );
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function renderGithub(diagnostics) {
  return diagnostics.map((d) => {
    const kind = d.severity === "error" ? "error" : "warning";
    const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(`etk ${d.rule}`)}`;
    return `::${kind} ${props}::${escapeData(d.message + (d.hint ? `
fix: ${d.hint}` : ""))}`;
  }).join("\n");
}

// src/cli/validate.ts
var HELP = `Usage: etk validate [paths...] [options]

Checks artifacts against the EDS v1.0 schemas and the naming/placement rules.
With no paths, every artifact under the experiments root is checked.

Options:
  --staged              judge what will be committed (the index), not the work tree
  --format FORMAT       text (default), json, or github (workflow annotations)
  --quiet, -q           report errors only
  --max-warnings N      exit 1 when there are more than N warnings
  --no-frame            text format without code frames
  --fix                 first repair what is unambiguous, and say what changed: timestamps to
                        ISO 8601 with offset, tags lowercase-hyphenated and deduplicated, a missing
                        ads_version, file names to the EDS pattern (git mv when git knows the file)
  --touch               with --fix: also set updated to now in the files named
  --no-rename           with --fix: leave file names alone (under lint-staged, which re-stages
                        the files by their old names)
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Exit codes: 0 clean, 1 invalid artifacts (or too many warnings), 2 usage or configuration error.

Examples:
  etk validate
  etk validate experiment_manager/experiments/20251217_024343_image_enhancements
  etk validate --staged --format json
  etk validate --fix
  etk validate --fix --touch experiment_manager/experiments/20251217_024343_image_enhancements/README.md
  etk validate --config examples/etk.config.json`;
var validateCommand = {
  name: "validate",
  summary: "check artifacts against EDS v1.0 (schemas, names, placement)",
  help: HELP,
  skippable: true,
  async run(argv, io) {
    const { values, positionals } = parse("validate", argv, {
      staged: { type: "boolean" },
      format: { type: "string", short: "f" },
      quiet: { type: "boolean", short: "q" },
      "max-warnings": { type: "string" },
      "no-frame": { type: "boolean" },
      fix: { type: "boolean" },
      touch: { type: "boolean" },
      "no-rename": { type: "boolean" }
    });
    if (values.help) {
      io.stdout.write(`${HELP}
`);
      return 0;
    }
    const format = choiceOption("validate", "format", values.format, ["text", "json", "github"], "text");
    const maxWarnings = intOption("validate", "max-warnings", values["max-warnings"]);
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const fix = values.fix === true || values.touch === true;
    if (!fix && values["no-rename"]) throw new UsageError("etk validate: --no-rename goes with --fix", "see etk validate --help");
    const request = { config, cwd: io.cwd, paths: positionals, staged: values.staged === true };
    const outcome = fix ? await validateAndFix(request, { touch: values.touch === true, rename: values["no-rename"] !== true, format, quiet: values.quiet === true }, io) : await validateRepo(request);
    const all = outcome.diagnostics;
    const shown = values.quiet ? all.filter((d) => d.severity === "error") : all;
    const errPalette = palette(useColor(io.stderr, io.env));
    for (const note of outcome.notes) {
      if (note.level === "error") io.stderr.write(`${errPalette.red("error")} ${note.path}: ${note.message}
`);
      else if (!values.quiet) io.stderr.write(`${errPalette.dim("note")}  ${note.path}: ${note.message}
`);
    }
    const summary = summarize(all, outcome.checked);
    if (format === "json") io.stdout.write(`${renderJson(shown)}
`);
    else if (format === "github") {
      if (shown.length > 0) io.stdout.write(`${renderGithub(shown)}
`);
    } else {
      const c = palette(useColor(io.stdout, io.env));
      if (shown.length > 0) io.stdout.write(`${renderText(shown, outcome.text, c, values["no-frame"] !== true)}

`);
      if (!values.quiet || summary.errors > 0) {
        const line = summaryLine(summary);
        io.stdout.write(`${summary.errors > 0 ? c.red(`✖ ${line}`) : summary.warnings > 0 ? c.yellow(`⚠ ${line}`) : c.green(`✔ ${line}`)}
`);
      }
    }
    if (outcome.notes.some((n) => n.level === "error")) return 2;
    if (summary.errors > 0) return 1;
    if (maxWarnings !== void 0 && summary.warnings > maxWarnings) {
      if (format === "text") io.stderr.write(`too many warnings: ${summary.warnings} (--max-warnings ${maxWarnings})
`);
      return 1;
    }
    return 0;
  }
};
var FIXABLE = /* @__PURE__ */ new Set(["schema", "file-name", "type-mismatch"]);
async function validateAndFix(request, options, io) {
  const { config } = request;
  if (request.staged) throw new UsageError("etk validate: --fix repairs files in the work tree and does not go with --staged", "name the files instead (lint-staged passes them): etk validate --fix <files>");
  if (options.touch && request.paths.length === 0) throw new UsageError("etk validate: --touch sets updated in the files you name; name them", "e.g. etk validate --fix --touch <file.md>");
  const first = await validateRepo(request);
  const base = config.top ?? config.projectDir;
  const candidates = options.touch ? first.results.map((r) => r.path) : [...new Set(first.diagnostics.filter((d) => FIXABLE.has(d.rule) && (options.rename || d.rule === "schema")).map((d) => d.file))];
  const knownTypes = [...Object.keys(BUILTIN_SCHEMAS), ...Object.keys(config.extraTypes)];
  const fixes = fixFiles({ top: config.top, base, root: config.root, maxFileSize: config.maxFileSize, knownTypes, paths: candidates, touch: options.touch ? isoWithOffset(/* @__PURE__ */ new Date()) : void 0, rename: options.rename });
  const out = options.format === "text" ? io.stdout : io.stderr;
  const nothing = fixes.every((f) => f.changes.length === 0 && f.renamedTo === void 0);
  if (!(nothing && options.quiet && fixes.length === 0)) out.write(renderFixes(fixes));
  if (nothing) return first;
  const renamed = new Map(fixes.filter((f) => f.renamedTo !== void 0).map((f) => [f.path, f.renamedTo]));
  if (renamed.size > 0 && first.diagnostics.some((d) => d.rule === "duplicate-artifact-id")) {
    const paths = request.paths.map((p) => {
      const rel = toPosix(relative2(base, isAbsolute2(p) ? p : resolve2(request.cwd, p)));
      const to = renamed.get(rel);
      return to === void 0 ? p : join4(base, to);
    });
    return validateRepo({ ...request, paths });
  }
  const changed = fixes.filter((f) => f.changes.length > 0 || f.renamedTo !== void 0);
  const again = await validateRepo({ ...request, paths: changed.map((f) => join4(base, f.renamedTo ?? f.path)) });
  const stale = new Set(changed.map((f) => f.path));
  const diagnostics = [...first.diagnostics.filter((d) => !stale.has(d.file)), ...again.diagnostics].sort(compareDiagnostics);
  const judged = new Set(again.results.map((r) => r.path));
  return {
    ...first,
    diagnostics,
    results: [...first.results.filter((r) => !stale.has(r.path)), ...again.results],
    text: (path) => judged.has(path) ? again.text(path) : first.text(path)
  };
}
function renderFixes(fixes) {
  const lines = [];
  let changes = 0;
  let files = 0;
  for (const f of fixes) {
    const n = f.changes.length + (f.renamedTo !== void 0 ? 1 : 0);
    if (n > 0) files++;
    changes += n;
    lines.push(`fixed ${f.path}`);
    const width = Math.max(0, ...f.changes.map((c) => String(c.line).length));
    for (const c of f.changes) lines.push(`  ${String(c.line).padStart(width)}  ${c.message}`);
    if (f.renamedTo !== void 0) lines.push(`  ${" ".repeat(width)}  renamed to ${f.renamedTo.slice(f.renamedTo.lastIndexOf("/") + 1)} (${f.renamedWith})`);
    for (const note of f.notes) lines.push(`  ${" ".repeat(width)}  ${note}`);
  }
  lines.push(changes === 0 ? "nothing to fix" : `✔ fixed ${changes} thing${changes === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`);
  return `${lines.join("\n")}

`;
}

// src/cli/sync.ts
import { relative as relative3 } from "node:path";

// src/cli/dbOption.ts
import { resolve as resolve3 } from "node:path";
var DB_OPTION = { db: { type: "string" } };
function dbPathFor(config, cwd, flag) {
  return typeof flag === "string" && flag !== "" ? resolve3(cwd, flag) : config.databaseAbs;
}

// src/cli/sync.ts
var HELP2 = `Usage: etk sync [experiment_id] [options]

Brings the index (tracking.db) in line with the Markdown, incrementally: git says which files
changed since the last sync (by blob id), only those are re-read, and everything is applied in one
transaction. The result always equals a full rebuild.

What to index:
  (default)             the work tree: what you see, uncommitted and untracked files included
  --staged              the git index: what the next commit will contain (for the pre-commit hook)
  --rev REV             a commit, e.g. HEAD or origin/main (for CI)
  experiment_id         only that experiment's folder

Options:
  --all                 re-read every file (full rebuild into the existing database)
  --force               drop etk's tables (or a damaged database file) and rebuild
  --dry-run             print the plan (added, changed, removed, renamed) and change nothing
  --check-conflicts     compare the index with what the files would produce; list every drift (exit 1 if any)
  --json                print a JSON summary
  -q, --quiet           print nothing when all goes well (for hooks)
  --db PATH             use this database file instead of the configured one
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Examples:
  etk sync
  etk sync --staged
  etk sync --rev HEAD --db out/tracking.db
  etk sync 20251217_024343_image_enhancements --dry-run
  etk sync --check-conflicts`;
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function describeSource(o) {
  const commit = o.state.commit ? o.state.commit.slice(0, 12) : null;
  if (o.state.kind === "rev") return `commit ${commit}`;
  if (o.state.kind === "index") return `the git index${commit ? ` (on ${commit})` : ""}`;
  return `the work tree${commit ? ` (${commit}${o.state.dirty ? " + changes" : ""})` : ""}`;
}
var syncCommand = {
  name: "sync",
  summary: "update the SQLite index (tracking.db) from the Markdown, incrementally by git",
  help: HELP2,
  skippable: true,
  async run(argv, io) {
    const { values, positionals } = parse("sync", argv, {
      ...DB_OPTION,
      staged: { type: "boolean" },
      rev: { type: "string" },
      all: { type: "boolean" },
      force: { type: "boolean" },
      "dry-run": { type: "boolean" },
      "check-conflicts": { type: "boolean" },
      json: { type: "boolean" },
      quiet: { type: "boolean", short: "q" }
    });
    if (values.help) {
      io.stdout.write(`${HELP2}
`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`etk sync takes at most one experiment id (found ${positionals.length} arguments)`, "see etk sync --help");
    if (values.staged && values.rev !== void 0) throw new UsageError("etk sync: --staged and --rev cannot be combined", "index either the git index (--staged) or a commit (--rev)");
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const dbPath = dbPathFor(config, io.cwd, values.db);
    const shownDb = relative3(io.cwd, dbPath) || dbPath;
    const err = palette(useColor(io.stderr, io.env));
    const req = {
      config,
      dbPath,
      etkVersion: VERSION,
      source: values.staged ? "index" : values.rev !== void 0 ? "rev" : "worktree",
      ...values.rev !== void 0 ? { rev: values.rev } : {},
      ...positionals[0] !== void 0 ? { experiment: positionals[0] } : {},
      all: values.all === true,
      force: values.force === true,
      dryRun: values["dry-run"] === true,
      ...io.stderr.isTTY && !values.json ? { onProgress: (done, total) => {
        if (total >= 500) io.stderr.write(done === 0 ? `etk: indexing ${total} files…
` : "");
      } } : {}
    };
    if (values["check-conflicts"]) {
      const report = await checkConflicts(req);
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ database: dbPath, files: report.files, staleConfig: report.staleConfig, drift: report.drift }, null, 2)}
`);
      } else {
        if (report.staleConfig) io.stdout.write(`${report.staleConfig}
`);
        for (const d of report.drift) {
          const what = d.kind === "missing" ? "missing from the index" : d.kind === "stale" ? "in the index, but no longer in the files" : `differs (${d.tables.join(", ")})`;
          io.stdout.write(`${d.path}: ${what}
`);
        }
        io.stdout.write(report.drift.length === 0 && !report.staleConfig ? `✔ ${shownDb} matches the files (${plural2(report.files, "file")})
` : `✖ ${plural2(report.drift.length, "file")} drifted from the Markdown; run etk sync to repair (the Markdown wins)
`);
      }
      return report.drift.length > 0 || report.staleConfig ? 1 : 0;
    }
    const o = await syncIndex(req);
    if (o.migrated) {
      io.stderr.write(`${err.yellow("note")}  migrated ${shownDb} from schema version ${o.migrated.from}${o.migrated.backup ? `; backup: ${relative3(io.cwd, o.migrated.backup)}` : ""}${o.migrated.foreignTables.length ? `; left alone: ${o.migrated.foreignTables.join(", ")}` : ""}
`);
    }
    const p = o.plan;
    if (values.json) {
      io.stdout.write(`${JSON.stringify({
        database: dbPath,
        source: o.state,
        dryRun: o.dryRun,
        rebuild: o.rebuild,
        added: p.added,
        changed: p.changed,
        removed: p.removed,
        renamed: p.renamed,
        unchanged: p.unchanged,
        listed: o.listed,
        files: o.files,
        errors: o.errors,
        warnings: o.warnings,
        ms: Math.round(o.ms)
      }, null, 2)}
`);
      return 0;
    }
    if (o.dryRun) {
      const renamedTo = new Set(p.renamed.map((r) => r.to));
      const renamedFrom = new Set(p.renamed.map((r) => r.from));
      io.stdout.write(`plan for ${shownDb} from ${describeSource(o)}${o.rebuild ? ` (rebuild: ${o.rebuild})` : ""}:
`);
      for (const r of p.renamed) io.stdout.write(`  renamed  ${r.from} -> ${r.to}
`);
      for (const x of p.added) if (!renamedTo.has(x)) io.stdout.write(`  added    ${x}
`);
      for (const x of p.changed) io.stdout.write(`  changed  ${x}
`);
      for (const x of p.removed) if (!renamedFrom.has(x)) io.stdout.write(`  removed  ${x}
`);
      io.stdout.write(`${plural2(p.added.length - p.renamed.length, "file")} to add, ${p.changed.length} to change, ${p.removed.length - p.renamed.length} to remove, ${p.renamed.length} renamed, ${p.unchanged} unchanged; nothing written
`);
      return 0;
    }
    if (values.quiet) return 0;
    const changes = p.added.length + p.changed.length + p.removed.length;
    const counts2 = `${p.added.length - p.renamed.length} added, ${p.changed.length} changed, ${p.removed.length - p.renamed.length} removed${p.renamed.length ? `, ${p.renamed.length} renamed` : ""}`;
    const problems = o.errors + o.warnings > 0 ? `; ${plural2(o.errors, "error")}, ${plural2(o.warnings, "warning")} recorded` : "";
    io.stdout.write(changes === 0 && !o.rebuild ? `✔ ${shownDb} is up to date with ${describeSource(o)} (${plural2(o.files, "file")})${problems}
` : `✔ ${shownDb} ← ${describeSource(o)}: ${counts2}${o.rebuild ? ` (rebuilt: ${o.rebuild})` : ""} in ${Math.round(o.ms)} ms; ${plural2(o.files, "file")}${problems}
`);
    return 0;
  }
};

// src/cli/db.ts
import { statSync as statSync2 } from "node:fs";
import { relative as relative4 } from "node:path";
var HELP3 = `Usage: etk db <info|check|vacuum> [options]

  info      where the index is, its schema version, what it reflects (work tree, index or a
            commit, and which), whether it is behind, and what it holds
  check     SQLite integrity and foreign-key checks, the full-text index against its table,
            file count vs row count (exit 1 on any problem)
  vacuum    compact the database file (and checkpoint its write-ahead log)

Options:
  --json                machine-readable output (info, check)
  --db PATH             use this database file instead of the configured one
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Examples:
  etk db info
  etk db check --db out/tracking.db
  etk db vacuum`;
var mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
function sizeOf(path) {
  let total = 0;
  for (const s of ["", "-wal"]) {
    try {
      total += statSync2(`${path}${s}`).size;
    } catch {
    }
  }
  return total;
}
var dbCommand = {
  name: "db",
  summary: "inspect, check or compact the index (info, check, vacuum)",
  help: HELP3,
  async run(argv, io) {
    const { values, positionals } = parse("db", argv, { ...DB_OPTION, json: { type: "boolean" } });
    if (values.help) {
      io.stdout.write(`${HELP3}
`);
      return 0;
    }
    const sub = positionals[0];
    if (sub === void 0 || !["info", "check", "vacuum"].includes(sub) || positionals.length > 1) {
      throw new UsageError(sub === void 0 ? "etk db needs a subcommand: info, check or vacuum" : `etk db: unknown subcommand "${positionals.join(" ")}"`, "see etk db --help");
    }
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const path = dbPathFor(config, io.cwd, values.db);
    const shown = relative4(io.cwd, path) || path;
    if (sub === "vacuum") {
      const before = sizeOf(path);
      openForRead(path).close();
      const { db: db2 } = openForWrite(path);
      try {
        db2.exec("VACUUM");
        db2.exec("PRAGMA wal_checkpoint(TRUNCATE)");
      } finally {
        db2.close();
      }
      io.stdout.write(`✔ ${shown}: ${mb(before)} -> ${mb(sizeOf(path))}
`);
      return 0;
    }
    const db = openForRead(path);
    try {
      if (sub === "check") {
        const result = checkDatabase(db);
        if (values.json) io.stdout.write(`${JSON.stringify({ database: path, ok: result.problems.length === 0, checks: result.checks }, null, 2)}
`);
        else {
          for (const c2 of result.checks) io.stdout.write(`${c2.ok ? "✔" : "✖"} ${c2.name}: ${c2.detail}
`);
          if (result.problems.length > 0) io.stdout.write(`${shown} has problems; it is a cache of the Markdown: rebuild it with etk sync --force
`);
        }
        return result.problems.length === 0 ? 0 : 1;
      }
      const m = meta(db);
      const c = counts(db);
      let behind = null;
      let pending = null;
      if (config.top !== null && m.source) {
        const head = execGit(["rev-parse", "-q", "--verify", "HEAD"], { cwd: config.top, okCodes: [1] }).toString("utf8").trim();
        if (m.source !== "rev" && m.commit && head && m.commit !== head) behind = `recorded ${m.commit.slice(0, 12)}, HEAD is ${head.slice(0, 12)}`;
        if (m.source !== "rev") {
          const base = config.top;
          const { listing } = listSource({ kind: m.source, top: config.top, base, root: config.root, scope: config.root, maxFileSize: config.maxFileSize });
          const indexed = new Map(db.prepare("SELECT path, blob FROM files").all().map((r) => [r.path, r.blob]));
          const plan = planSync(indexed, listing, config.root);
          pending = plan.added.length + plan.changed.length + plan.removed.length;
        }
      }
      const info = { database: path, sizeBytes: sizeOf(path), schemaVersion: Number(m.schema_version ?? 0), etkVersion: m.etk_version ?? null, source: m.source ?? null, commit: m.commit || null, dirty: m.dirty === "1", syncedAt: m.synced_at ?? null, behindHead: behind, pendingFiles: pending, counts: c };
      if (values.json) {
        io.stdout.write(`${JSON.stringify(info, null, 2)}
`);
        return 0;
      }
      const reflects = m.source === "rev" ? `commit ${m.commit?.slice(0, 12)}` : m.source === "index" ? `the git index${m.commit ? ` on ${m.commit.slice(0, 12)}` : ""}` : `the work tree${m.commit ? ` on ${m.commit.slice(0, 12)}${m.dirty === "1" ? " with changes" : ""}` : ""}`;
      const lines = [
        `database     ${shown} (${mb(info.sizeBytes)}, schema v${info.schemaVersion}, written by etk ${info.etkVersion})`,
        `reflects     ${reflects}, synced ${info.syncedAt}`,
        `freshness    ${pending === null ? "unknown outside git" : pending === 0 ? behind ? `files match, but ${behind}` : "up to date" : `${pending} file${pending === 1 ? "" : "s"} changed since the last sync: run etk sync`}`,
        `experiments  ${c.experiments}`,
        `artifacts    ${Object.values(c.artifacts).reduce((a, b) => a + b, 0)} (${Object.entries(c.artifacts).map(([t, n]) => `${n} ${t}`).join(", ")})`,
        `tags         ${c.tags} distinct`,
        `metrics      ${c.metrics} values`,
        `problems     ${c.errors} errors, ${c.warnings} warnings${c.unparsed ? `, ${c.unparsed} files that do not parse` : ""}`
      ];
      io.stdout.write(`${lines.join("\n")}
`);
      return 0;
    } finally {
      db.close();
    }
  }
};

// src/authoring/fixStaged.ts
import { existsSync as existsSync4 } from "node:fs";
import { join as join5 } from "node:path";
function fixStaged(config, top, staged, touch) {
  if (staged.length === 0) return { fixes: [], partial: [] };
  const unstaged = new Set(splitZ(execGit(["diff", "--name-only", "-z", "--no-renames", "--", config.root === "" ? "." : config.root], { cwd: top })));
  const partial = staged.filter((p) => unstaged.has(p));
  const candidates = staged.filter((p) => !unstaged.has(p) && existsSync4(join5(top, p)));
  const fixes = fixFiles({
    top,
    base: top,
    root: config.root,
    maxFileSize: config.maxFileSize,
    knownTypes: [...Object.keys(BUILTIN_SCHEMAS), ...Object.keys(config.extraTypes)],
    paths: candidates,
    touch: touch ? isoWithOffset(/* @__PURE__ */ new Date()) : void 0,
    rename: false
  });
  const changed = fixes.filter((f) => f.changes.length > 0).map((f) => f.path);
  if (changed.length > 0) execGit(["add", "--", ...changed], { cwd: top });
  return { fixes, partial };
}

// src/cli/hook.ts
var HOOKS = ["pre-commit", "post-checkout", "post-merge", "post-rewrite", "resync"];
var HELP4 = `Usage: etk hook <${HOOKS.join("|")}> [git's hook arguments]

What etk's git hooks run (etk init installs them; a hook file is one line).

  pre-commit      validate the staged artifacts (the index, so a partially staged file is judged
                  by its staged text) and, when they pass, update the index from them: one process,
                  for teams without lint-staged. Exit 1 blocks the commit.
  post-checkout   resync the index with the work tree after git changed it. These never fail the
  post-merge      git command: a problem is printed as a warning (run etk sync to see it).
  post-rewrite
  resync          the same, under one name (the pre-commit framework's etk-sync hook)

ETK_SKIP=1 skips every hook; HUSKY=0 skips husky's hooks altogether.

Options:
  --fix                 pre-commit: first repair what etk validate --fix can (never names) in the
                        staged artifacts whose work-tree file is what is staged, and stage them again
  --touch               pre-commit, with --fix: also set updated to now in those files
  --db PATH             use this database file instead of the configured one
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Examples:
  etk hook pre-commit
  etk hook pre-commit --fix
  etk hook post-checkout "$@"`;
var hookCommand = {
  name: "hook",
  summary: "what the git hooks run (pre-commit, post-checkout, post-merge, post-rewrite)",
  help: HELP4,
  skippable: true,
  async run(argv, io) {
    const { values, positionals } = parse("hook", argv, { ...DB_OPTION, fix: { type: "boolean" }, touch: { type: "boolean" } });
    if (values.help) {
      io.stdout.write(`${HELP4}
`);
      return 0;
    }
    const name = positionals[0];
    if (name === void 0 || !HOOKS.includes(name)) {
      throw new UsageError(`etk hook: ${name === void 0 ? "which hook?" : `unknown hook "${name}"`} (one of ${HOOKS.join(", ")})`, "see etk hook --help");
    }
    const configFile = values.config !== void 0 ? { configFile: values.config } : {};
    if (name !== "pre-commit" && (values.fix || values.touch)) throw new UsageError(`etk hook ${name}: --fix and --touch are for pre-commit`);
    if (name === "pre-commit") return preCommit(io, configFile, values.db, { fix: values.fix === true || values.touch === true, touch: values.touch === true });
    try {
      const config = await loadConfig({ cwd: io.cwd, ...configFile });
      await syncIndex({ config, dbPath: dbPathFor(config, io.cwd, values.db), etkVersion: VERSION, source: "worktree" });
    } catch (err) {
      const message = err instanceof EtkError ? err.message : err?.message ?? String(err);
      io.stderr.write(`etk: warning: the index was not updated after ${name}: ${message}
  fix: run etk sync to see and repair it
`);
    }
    return 0;
  }
};
async function preCommit(io, configFile, dbFlag, fix) {
  const config = await loadConfig({ cwd: io.cwd, ...configFile });
  if (config.top === null) throw new UsageError("etk hook pre-commit runs inside a git repository", "install it with etk init");
  const top = config.top;
  const staged = new Set(stagedPaths(top, [config.root === "" ? "." : config.root]));
  if (fix.fix) {
    const { fixes, partial } = fixStaged(config, top, [...staged].filter((p) => classifyPath(p, config.root).kind !== "ignored"), fix.touch);
    if (fixes.some((f) => f.changes.length > 0)) io.stderr.write(renderFixes(fixes).replace(/\n\n$/, " (staged again)\n"));
    if (partial.length > 0) io.stderr.write(`etk: not fixed, partly staged (stage all of it, or fix it by hand): ${partial.join(", ")}
`);
  }
  let diagnostics = [];
  let checked = 0;
  const outcome = await syncIndex({
    config,
    dbPath: dbPathFor(config, io.cwd, dbFlag),
    etkVersion: VERSION,
    source: "index",
    beforeCommit: (db) => {
      if (staged.size === 0) return true;
      const paths = [...staged];
      const rows = db.prepare(`SELECT file_path, line, "column", rule, severity, message, hint FROM file_diagnostics WHERE file_path IN (SELECT value FROM json_each(?)) ORDER BY file_path, line, "column", rule`).all(JSON.stringify(paths));
      diagnostics = rows.map((r) => ({ file: r.file_path, line: r.line, column: r.column, rule: r.rule, severity: r.severity, message: r.message, ...r.hint ? { hint: r.hint } : {} }));
      checked = Number(db.prepare("SELECT COUNT(*) AS n FROM files WHERE path IN (SELECT value FROM json_each(?))").get(JSON.stringify(paths)).n);
      return !diagnostics.some((d) => d.severity === "error");
    }
  });
  if (diagnostics.length > 0) {
    diagnostics.sort(compareDiagnostics);
    const texts = new Map(readIndexFiles(top, [...new Set(diagnostics.map((d) => d.file))]).files.map((f) => [f.path, Buffer.from(f.bytes).toString("utf8").replace(/^\uFEFF/, "")]));
    const c = palette(useColor(io.stderr, io.env));
    const summary = summarize(diagnostics, checked);
    io.stderr.write(`${renderText(diagnostics, (p) => texts.get(p), c)}

${summary.errors > 0 ? c.red(`✖ ${summaryLine(summary)}`) : c.yellow(`⚠ ${summaryLine(summary)}`)}
`);
  }
  if (outcome.rolledBack) {
    io.stderr.write("etk: commit blocked; fix the problems above (or skip once with ETK_SKIP=1 git commit ...)\n");
    return 1;
  }
  return 0;
}

// src/init/initRepo.ts
import { execFileSync } from "node:child_process";
import { existsSync as existsSync5, readFileSync as readFileSync3 } from "node:fs";
import { basename as basename2, join as join6, relative as relative5 } from "node:path";

// src/init/templates.ts
var HOOK_FILES = {
  "pre-commit": "lint-staged\n",
  "pre-commit.direct": "etk hook pre-commit\n",
  "post-checkout": 'etk hook post-checkout "$@"\n',
  "post-merge": 'etk hook post-merge "$@"\n',
  "post-rewrite": 'etk hook post-rewrite "$@"\n'
};
var LINT_STAGED_TEMPLATE = { "{root}/**/*.md": "etk hook pre-commit" };
function lintStagedEntry(root) {
  const [glob, command] = Object.entries(LINT_STAGED_TEMPLATE)[0];
  return [root === "" ? "**/*.md" : glob.replace("{root}", root), command];
}

// src/init/lintStagedConfig.ts
var LINT_STAGED_FILES = [".lintstagedrc", ".lintstagedrc.json", ".lintstagedrc.yaml", ".lintstagedrc.yml", ".lintstagedrc.mjs", ".lintstagedrc.js", ".lintstagedrc.cjs", "lint-staged.config.mjs", "lint-staged.config.js", "lint-staged.config.cjs"];
function locateLintStaged(pkg, exists, readText) {
  if (pkg && typeof pkg["lint-staged"] === "object" && pkg["lint-staged"] !== null) return { kind: "package.json" };
  for (const file of LINT_STAGED_FILES) {
    if (!exists(file)) continue;
    if (file === ".lintstagedrc.json") return { kind: "json-file", file };
    if (file === ".lintstagedrc") {
      try {
        JSON.parse(readText(file));
        return { kind: "json-file", file };
      } catch {
        return { kind: "other-file", file };
      }
    }
    return { kind: "other-file", file };
  }
  return { kind: "none" };
}
function mergeLintStaged(config, glob, command) {
  const existing = config[glob];
  const has = (v) => v === command || Array.isArray(v) && v.includes(command);
  if (has(existing)) return null;
  for (const v of Object.values(config)) {
    const list2 = Array.isArray(v) ? v : [v];
    if (list2.some((x) => typeof x === "string" && /(^|\s)etk (validate|hook pre-commit)(\s|$)/.test(x))) return null;
  }
  const next = { ...config };
  if (existing === void 0) next[glob] = command;
  else if (typeof existing === "string") next[glob] = [existing, command];
  else if (Array.isArray(existing)) next[glob] = [...existing, command];
  else return null;
  return next;
}

// src/init/initRepo.ts
var HUSKY_HOOKS = ["pre-commit", "post-checkout", "post-merge", "post-rewrite"];
function readJsonFile(file) {
  if (!existsSync5(file)) return null;
  const text2 = readFileSync3(file, "utf8");
  try {
    const value = JSON.parse(text2);
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("not an object");
    return { value, text: text2 };
  } catch (err) {
    throw new ConfigError(`${file} is not valid JSON (${err.message}); etk init changed nothing`, "fix the file, then run etk init again");
  }
}
function inspectRepo(top, database) {
  const pkgFile = readJsonFile(join6(top, "package.json"));
  let hooksPath = null;
  try {
    hooksPath = execGit(["config", "--get", "core.hooksPath"], { cwd: top, okCodes: [1] }).toString("utf8").trim() || null;
  } catch {
    hooksPath = null;
  }
  const gitDir = execGit(["rev-parse", "--git-common-dir"], { cwd: top }).toString("utf8").trim();
  const gitHook = join6(top, gitDir, "hooks", "pre-commit");
  const preCommitFramework = existsSync5(gitHook) && /pre-commit\.com|File generated by pre-commit/.test(readFileSync3(gitHook, "utf8")) || existsSync5(join6(top, ".pre-commit-config.yaml"));
  const hookFiles = {};
  for (const h of HUSKY_HOOKS) {
    const f = join6(top, ".husky", h);
    hookFiles[h] = existsSync5(f) ? readFileSync3(f, "utf8") : null;
  }
  const lintStaged = locateLintStaged(pkgFile?.value ?? null, (f) => existsSync5(join6(top, f)), (f) => readFileSync3(join6(top, f), "utf8"));
  let lintStagedConfig = null;
  if (lintStaged.kind === "package.json") lintStagedConfig = pkgFile.value["lint-staged"];
  else if (lintStaged.kind === "json-file") lintStagedConfig = readJsonFile(join6(top, lintStaged.file)).value;
  const dbRel = toPosix(relative5(top, join6(top, database)));
  const dbIgnored = gitSucceeds(["check-ignore", "-q", "--no-index", "--", dbRel], top);
  return {
    top,
    pkg: pkgFile?.value ?? null,
    pkgText: pkgFile?.text ?? null,
    installed: { husky: existsSync5(join6(top, "node_modules", "husky", "package.json")), lintStaged: existsSync5(join6(top, "node_modules", "lint-staged", "package.json")) },
    hooksPath,
    preCommitFramework,
    hookFiles,
    lintStaged,
    lintStagedConfig,
    etkConfig: existsSync5(join6(top, "etk.config.json")),
    dbIgnored
  };
}
function planInit(f, o) {
  const changes = [];
  const huskyManaged = f.hooksPath === null || f.hooksPath === ".husky/_" || f.hooksPath === ".husky";
  if (f.preCommitFramework) {
    changes.push({ kind: "advice", what: 'this repository uses the pre-commit framework: etk leaves its hooks alone. Add etk to .pre-commit-config.yaml instead (see the README, "Hooks"): hooks etk-validate and etk-sync' });
  } else if (!huskyManaged) {
    changes.push({ kind: "advice", what: `core.hooksPath is ${f.hooksPath}, not husky's: etk leaves it alone. Call etk from those hooks instead: "etk hook pre-commit" in pre-commit, "etk hook post-checkout \\"$@\\"" (and post-merge, post-rewrite) in the others` });
  }
  const wireHooks = !f.preCommitFramework && huskyManaged;
  if (f.pkg === null) {
    const name = basename2(f.top).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+/, "") || "experiments";
    changes.push({ kind: "write", file: "package.json", content: `${JSON.stringify({ name, private: true }, null, 2)}
`, what: "created package.json (husky and lint-staged are installed as its devDependencies)" });
  }
  if (wireHooks) {
    const missing = [!f.installed.husky ? "husky@^9" : null, o.mode === "lint-staged" && !f.installed.lintStaged ? "lint-staged@^17" : null].filter((x) => x !== null);
    if (missing.length > 0) {
      if (o.install) changes.push({ kind: "run", command: "npm", args: ["install", "--save-dev", "--no-audit", "--no-fund", ...missing], what: `npm install --save-dev ${missing.join(" ")}` });
      else changes.push({ kind: "advice", what: `install ${missing.join(" and ")} yourself: npm install --save-dev ${missing.join(" ")} (--no-install was given)` });
    }
    const prepare = f.pkg?.scripts?.prepare;
    if (typeof prepare !== "string" || !/\bhusky\b/.test(prepare)) {
      changes.push({
        kind: "package-json",
        what: typeof prepare === "string" ? `package.json: scripts.prepare "${prepare}" -> "${prepare} && husky"` : 'package.json: scripts.prepare = "husky" (installs the hooks on every npm install)',
        edit: (pkg) => {
          const scripts = { ...pkg.scripts ?? {} };
          scripts.prepare = typeof scripts.prepare === "string" && scripts.prepare !== "" ? `${scripts.prepare} && husky` : "husky";
          pkg.scripts = scripts;
        }
      });
    }
    if (f.hooksPath !== ".husky/_") changes.push({ kind: "run", command: "husky", args: [], what: "husky: git config core.hooksPath .husky/_ (and its hook stubs)" });
    for (const h of HUSKY_HOOKS) {
      const line = h === "pre-commit" ? HOOK_FILES[o.mode === "direct" ? "pre-commit.direct" : "pre-commit"] : HOOK_FILES[h];
      const current = f.hookFiles[h] ?? null;
      if (current === null) changes.push({ kind: "write", file: `.husky/${h}`, content: line, what: `.husky/${h}: ${line.trim()}` });
      else if (!/(^|\s)etk(\s|$)/m.test(current) && !(h === "pre-commit" && o.mode === "lint-staged" && /(^|[\s/])lint-staged(\s|$)/m.test(current))) {
        changes.push({ kind: "write", file: `.husky/${h}`, content: `${current}${current.endsWith("\n") || current === "" ? "" : "\n"}${line}`, what: `.husky/${h}: appended ${line.trim()}` });
      }
    }
    if (o.mode === "lint-staged") {
      const [glob, command] = lintStagedEntry(o.root);
      if (f.lintStaged.kind === "none" || f.lintStaged.kind === "package.json") {
        const merged = mergeLintStaged(f.lintStagedConfig ?? {}, glob, command);
        if (merged) changes.push({ kind: "package-json", what: `package.json: lint-staged "${glob}": "${command}"`, edit: (pkg) => {
          pkg["lint-staged"] = mergeLintStaged(pkg["lint-staged"] ?? {}, glob, command) ?? pkg["lint-staged"];
        } });
      } else if (f.lintStaged.kind === "json-file") {
        const merged = mergeLintStaged(f.lintStagedConfig ?? {}, glob, command);
        if (merged) changes.push({ kind: "write", file: f.lintStaged.file, content: `${JSON.stringify(merged, null, 2)}
`, what: `${f.lintStaged.file}: "${glob}": "${command}"` });
      } else {
        changes.push({ kind: "advice", what: `lint-staged is configured in ${f.lintStaged.file}, which etk does not rewrite: add "${glob}": "${command}" to it` });
      }
    }
  }
  if (!f.etkConfig) {
    const config = { $schema: "./node_modules/etk/schema/etk.config.schema.json", root: o.root, database: o.database };
    changes.push({ kind: "write", file: "etk.config.json", content: `${JSON.stringify(config, null, 2)}
`, what: `etk.config.json: root ${o.root}, database ${o.database}` });
  }
  if (!f.dbIgnored) changes.push({ kind: "write", file: ".gitignore", content: "", what: `.gitignore: ${o.database}*` });
  changes.push({ kind: "sync", what: `build the index ${o.database} (etk sync)` });
  return changes;
}
function applyInit(changes, o, log) {
  let syncRequested = false;
  for (const c of changes) {
    if (c.kind === "advice") {
      log(`! ${c.what}`);
      continue;
    }
    if (c.kind === "sync") {
      syncRequested = true;
      continue;
    }
    if (c.kind === "write") {
      const file = join6(o.top, c.file);
      if (c.file === ".gitignore") {
        const current = existsSync5(file) ? readFileSync3(file, "utf8") : "";
        writeFileAtomic(file, `${current}${current === "" || current.endsWith("\n") ? "" : "\n"}# etk's index (rebuilt from the Markdown by etk sync)
/${o.database}*
`);
      } else writeFileAtomic(file, c.content);
    } else if (c.kind === "package-json") {
      const file = join6(o.top, "package.json");
      const text2 = readFileSync3(file, "utf8");
      const pkg = JSON.parse(text2);
      c.edit(pkg);
      const indent = /^[ \t]+/m.exec(text2)?.[0] ?? "  ";
      writeFileAtomic(file, `${JSON.stringify(pkg, null, indent)}
`);
    } else if (c.kind === "run") {
      const [cmd, args] = c.command === "husky" ? [process.execPath, [join6(o.top, "node_modules", "husky", "bin.js")]] : [c.command, c.args];
      try {
        execFileSync(cmd, args, { cwd: o.top, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, HUSKY: c.command === "husky" ? "1" : process.env.HUSKY } });
      } catch (err) {
        const e = err;
        throw new ConfigError(`etk init: ${c.what} failed: ${(e.stderr?.toString("utf8") || e.message).trim().split("\n").slice(-3).join(" ")}`, "fix that, then run etk init again (what was done so far stays, and init skips it)");
      }
    }
    log(`✔ ${c.what}`);
  }
  return { syncRequested };
}

// src/cli/init.ts
var HELP5 = `Usage: etk init [options]

Sets up a repository so every commit is validated and the index kept in sync, and prints every
change it makes. Safe to run again: it only adds what is missing, and merges into an existing
package.json, lint-staged config and hook files instead of replacing them.

  - installs husky (and lint-staged) as devDependencies when missing (npm install --save-dev)
  - package.json "prepare": "husky", so a fresh clone gets the hooks on npm install
  - .husky/pre-commit: lint-staged, then etk sync --staged (or etk hook pre-commit with --mode direct)
  - .husky/post-checkout, post-merge, post-rewrite: etk hook <name>, to resync after git changes files
  - lint-staged: "<root>/**/*.md": "etk validate --staged"
  - etk.config.json with the root and database, the database in .gitignore, then etk sync

When the pre-commit framework or another core.hooksPath manages the hooks, etk says what to add
there instead of taking them over.

Options:
  --root DIR            experiments root (default: ${DEFAULTS.root})
  --db PATH             database file (default: ${DEFAULTS.database})
  --mode MODE           lint-staged (default) or direct (one etk process, no lint-staged)
  --no-install          do not run npm install; say what to install instead
  --no-sync             do not build the index now
  --dry-run             print the plan and change nothing
  -h, --help            show this help

Examples:
  npx etk init
  npx etk init --root docs/experiments --db .etk/tracking.db
  npx etk init --mode direct --dry-run`;
var initCommand = {
  name: "init",
  summary: "set up hooks (husky + lint-staged), config and the index in a repository",
  help: HELP5,
  async run(argv, io) {
    const { values } = parse("init", argv, {
      root: { type: "string" },
      db: { type: "string" },
      mode: { type: "string" },
      "no-install": { type: "boolean" },
      "no-sync": { type: "boolean" },
      "dry-run": { type: "boolean" }
    });
    if (values.help) {
      io.stdout.write(`${HELP5}
`);
      return 0;
    }
    const mode = choiceOption("init", "mode", values.mode, ["lint-staged", "direct"], "lint-staged");
    const top = repoTop(io.cwd);
    if (top === null) {
      io.stdout.write("etk init: this folder is not inside a git repository, so there are no hooks to set up; nothing was changed.\n  fix: run git init (or cd into your repository), then etk init\n");
      return 0;
    }
    const clean = (p, fallback) => (p ?? fallback).replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
    const root = clean(values.root, DEFAULTS.root);
    const database = clean(values.db, DEFAULTS.database);
    if (root.startsWith("/") || root.startsWith("..") || database.startsWith("/") || database.startsWith("..")) {
      throw new UsageError("etk init: --root and --db must be paths inside the repository, relative to its top");
    }
    const options = { top, root, database, mode, install: values["no-install"] !== true };
    const changes = planInit(inspectRepo(top, database), options).filter((c) => !(c.kind === "sync" && values["no-sync"]));
    if (values["dry-run"]) {
      io.stdout.write(`etk init would, in ${top}:
`);
      for (const c of changes) io.stdout.write(`${c.kind === "advice" ? "  !" : "  -"} ${c.what}
`);
      io.stdout.write("nothing was changed (--dry-run)\n");
      return 0;
    }
    const { syncRequested } = applyInit(changes, options, (line) => io.stdout.write(`${line}
`));
    if (syncRequested) {
      const config = await loadConfig({ cwd: top });
      const o = await syncIndex({ config, dbPath: config.databaseAbs, etkVersion: VERSION, source: "worktree" });
      io.stdout.write(`✔ built the index ${database}: ${o.files} file${o.files === 1 ? "" : "s"}${o.errors + o.warnings > 0 ? `, ${o.errors} errors and ${o.warnings} warnings recorded (etk validate shows them)` : ""}
`);
    }
    const done = changes.filter((c) => c.kind !== "advice" && c.kind !== "sync").length;
    io.stdout.write(done === 0 ? "etk init: everything was already set up\n" : "etk init: done. Every commit is now validated, and the index follows commits, checkouts, merges and rebases.\n");
    return 0;
  }
};

// src/cli/new.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/authoring/chooseExperiment.ts
import { existsSync as existsSync6, readFileSync as readFileSync4, readdirSync, realpathSync } from "node:fs";
import { join as join7, relative as relative6, sep } from "node:path";
import { DatabaseSync } from "node:sqlite";
function experimentFolders(rootAbs) {
  let entries;
  try {
    entries = readdirSync(rootAbs, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isDirectory() && EXPERIMENT_ID.test(e.name) && existsSync6(join7(rootAbs, e.name, "README.md"))).map((e) => e.name).sort();
}
function real(p) {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
function experimentOfCwd(rootAbs, cwd) {
  const rel = relative6(real(rootAbs), real(cwd));
  if (rel === "" || rel.startsWith("..") || rel.startsWith(sep) || /^[a-zA-Z]:/.test(rel)) return null;
  const first = rel.split(sep)[0];
  return EXPERIMENT_ID.test(first) && existsSync6(join7(rootAbs, first)) ? first : null;
}
function readManifest(path) {
  try {
    const text2 = decodeArtifact(readFileSync4(path)).text;
    const data = text2 === null ? null : parseFrontmatter(text2).data;
    return data ? { status: data.status, updated: data.updated } : null;
  } catch {
    return null;
  }
}
function fromManifests(rootAbs, ids) {
  const out = [];
  for (const id of ids) {
    const m = readManifest(join7(rootAbs, id, "README.md"));
    if (m?.status !== "active") continue;
    const ms = typeof m.updated === "string" ? Date.parse(m.updated) : Number.NaN;
    out.push({ id, updatedMs: Number.isNaN(ms) ? 0 : ms });
  }
  return out;
}
function activeExperiments(config, folders) {
  const onDisk = new Set(folders);
  if (existsSync6(config.databaseAbs)) {
    let db;
    try {
      db = new DatabaseSync(config.databaseAbs, { readOnly: true });
      if (Number(db.prepare("PRAGMA user_version").get().user_version) === SCHEMA_VERSION) {
        const known = new Set(db.prepare("SELECT experiment_id FROM experiments").all().map((r) => r.experiment_id));
        const rows = db.prepare("SELECT experiment_id, updated_at FROM experiments WHERE status = 'active'").all();
        const candidates = rows.filter((r) => onDisk.has(r.experiment_id)).map((r) => ({ id: r.experiment_id, updatedMs: r.updated_at ? Date.parse(`${r.updated_at.replace(" ", "T")}Z`) || 0 : 0 }));
        const unknown = folders.filter((f) => !known.has(f));
        candidates.push(...fromManifests(config.rootAbs, unknown));
        return { candidates, from: unknown.length > 0 ? `tracking.db, and ${unknown.length} experiment${unknown.length === 1 ? "" : "s"} made since the last sync` : "tracking.db" };
      }
    } catch {
    } finally {
      db?.close();
    }
  }
  return { candidates: fromManifests(config.rootAbs, folders), from: `${folders.length} manifest${folders.length === 1 ? "" : "s"}` };
}
function chooseExperiment(config, cwd, named) {
  const folders = experimentFolders(config.rootAbs);
  const root = relative6(config.top ?? config.projectDir, config.rootAbs) || ".";
  if (named !== void 0) {
    if (folders.includes(named)) return { id: named, reason: "given with --experiment" };
    const matches = folders.filter((f) => f.includes(named.toLowerCase()));
    if (matches.length === 1) return { id: matches[0], reason: `the only experiment whose id contains "${named}"` };
    if (matches.length > 1) throw new UsageError(`--experiment ${named} matches ${matches.length} experiments: ${matches.slice(0, 5).join(", ")}${matches.length > 5 ? ", ..." : ""}`, "give the whole experiment id");
    const near = closest(named, folders);
    throw new UsageError(`there is no experiment ${named} under ${root}${near ? ` (did you mean ${near}?)` : ""}`, folders.length === 0 ? "create one with etk new experiment <name>" : "etk status lists the experiments");
  }
  const here = experimentOfCwd(config.rootAbs, cwd);
  if (here !== null) return { id: here, reason: "the experiment of the current folder" };
  if (folders.length === 0) throw new UsageError(`there are no experiments under ${root} yet`, 'create one first: etk new experiment "<name>"');
  const { candidates, from } = activeExperiments(config, folders);
  if (candidates.length === 0) throw new UsageError(`none of the ${folders.length} experiments under ${root} is active`, 'name one with --experiment <id>, or create one with etk new experiment "<name>"');
  candidates.sort((a, b) => b.updatedMs - a.updatedMs || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return { id: candidates[0].id, reason: `the most recently updated active experiment, from ${from}` };
}

// src/authoring/newDocument.ts
import { mkdirSync as mkdirSync2, rmdirSync } from "node:fs";
import { join as join9 } from "node:path";

// src/authoring/checkRendered.ts
import { relative as relative7 } from "node:path";
function repoPath(config, abs) {
  return toPosix(relative7(config.top ?? config.projectDir, abs));
}
async function checkRendered(config, absPath, rendered, template, given2) {
  const path = repoPath(config, absPath);
  const schemas = await schemasFor(config);
  const result = validateFile({ path, bytes: Buffer.from(rendered.text, "utf8") }, { root: config.root, schemas, maxFileSize: config.maxFileSize });
  if (result === null) throw new Error(`${path} is not inside the experiments root ${config.root}`);
  const diagnostics = applySeverity(path, result.findings, config.rules);
  const fieldAt = (line) => {
    for (const [key, [first, last]] of rendered.keyLines) if (line >= first && line <= last) return key;
    return void 0;
  };
  const placeholders = [];
  const userErrors = [];
  const templateErrors = [];
  for (const d of diagnostics) {
    const field = fieldAt(d.line);
    if (field === void 0) {
      templateErrors.push(`${d.message}${d.hint ? ` (${d.hint})` : ""}`);
    } else if (given2.has(field)) {
      if (d.severity === "error") userErrors.push(`${given2.get(field)}: ${d.message}${d.hint ? `; ${d.hint}` : ""}`);
    } else {
      placeholders.push({ line: d.line, column: d.column, field, message: d.message, ...d.hint ? { hint: d.hint } : {} });
    }
  }
  if (userErrors.length > 0) throw new UsageError(`nothing was written: ${userErrors.join("\n  ")}`);
  if (templateErrors.length > 0) {
    const message = `the template ${template.source} does not give a valid ${path.replace(/^.*\//, "")}: ${templateErrors.join("; ")}`;
    if (template.user) throw new ConfigError(message, "add the missing fields to your template (placeholders like <integer> are fine)");
    throw new Error(message);
  }
  return placeholders;
}

// src/authoring/placeholders.ts
var MANAGED = /* @__PURE__ */ new Set(["ads_version", "type", "title", "experiment_id", "status", "created", "updated", "tags", "name", "description"]);
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function deref(node, root, depth = 0) {
  const ref = node.$ref;
  if (typeof ref !== "string" || depth > 8) return node;
  const m = /^(.*)#\/definitions\/([^/]+)$/.exec(ref);
  if (!m) return node;
  const inCommon = m[1] !== "" && /common(\.json)?$/.test(m[1].replace(/^.*\//, ""));
  const defs = (inCommon ? COMMON_SCHEMA.definitions : root.definitions) ?? {};
  const target = defs[m[2]];
  return isObj(target) ? deref(target, inCommon ? COMMON_SCHEMA : root, depth + 1) : node;
}
function requiredFields(schema) {
  const out = /* @__PURE__ */ new Map();
  const visit = (node, depth) => {
    if (depth > 6) return;
    const props = isObj(node.properties) ? node.properties : {};
    if (Array.isArray(node.required)) {
      for (const key of node.required) if (typeof key === "string" && !out.has(key)) out.set(key, isObj(props[key]) ? deref(props[key], schema) : {});
    }
    for (const [key, sub] of Object.entries(props)) if (out.has(key) && isObj(sub) && Object.keys(out.get(key)).length === 0) out.set(key, deref(sub, schema));
    if (Array.isArray(node.allOf)) {
      for (const sub of node.allOf) if (isObj(sub) && typeof sub.$ref !== "string") visit(sub, depth + 1);
    }
  };
  visit(schema, 0);
  return out;
}
function placeholderFor(prop) {
  if (Array.isArray(prop.enum) && prop.enum.length > 0) return `<${prop.enum.map(String).join("|")}>`;
  const type = Array.isArray(prop.type) ? prop.type[0] : prop.type;
  switch (type) {
    case "integer":
      return "<integer>";
    case "number":
      return "<number>";
    case "boolean":
      return "<true|false>";
    case "object":
      return "<object>";
    case "array":
      return [];
    default:
      return null;
  }
}
function typePlaceholders(schema) {
  return [...requiredFields(schema)].filter(([key]) => !MANAGED.has(key)).map(([key, prop]) => [key, placeholderFor(prop)]);
}

// src/authoring/renderTemplate.ts
var import_yaml2 = __toESM(require_dist(), 1);
function templateError(t, message) {
  return t.user ? new ConfigError(`template ${t.source}: ${message}`, "a template is a Markdown file that starts with --- YAML fields --- (see the built-in ones in etk's templates/ folder)") : new Error(`${t.source}: ${message}`);
}
function split(t) {
  const m = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(t.text);
  if (!m) throw templateError(t, "it does not start with a --- frontmatter block closed by a --- line");
  return { yaml: m[1] ?? "", body: t.text.slice(m[0].length) };
}
function scalarNode(doc, value, quote) {
  const node = doc.createNode(value);
  if (quote && (0, import_yaml2.isScalar)(node) && typeof value === "string") node.type = import_yaml2.Scalar.QUOTE_DOUBLE;
  return node;
}
function flowFor(key, value, wasFlow) {
  if (Array.isArray(value)) return value.length === 0 || key === "tags" && wasFlow || key === "tags" && value.length <= 8;
  return false;
}
function setField(doc, map, f, placed) {
  const index = map.items.findIndex((p) => (0, import_yaml2.isPair)(p) && (0, import_yaml2.isScalar)(p.key) && p.key.value === f.key);
  const pair = index === -1 ? void 0 : map.items[index];
  if (pair && f.mode === "ifMissing") return;
  let value = f.value;
  if (f.mode === "mergeList") {
    const old = pair && (0, import_yaml2.isSeq)(pair.value) ? pair.value.toJSON().filter((v) => typeof v === "string") : [];
    value = [.../* @__PURE__ */ new Set([...old, ...f.value])];
  }
  if (pair) {
    const old = pair.value;
    const isObject = value !== null && typeof value === "object";
    if ((0, import_yaml2.isScalar)(old) && !isObject) {
      old.value = value;
      old.type = f.quote && typeof value === "string" ? import_yaml2.Scalar.QUOTE_DOUBLE : import_yaml2.Scalar.PLAIN;
      return;
    }
    const flow = ((0, import_yaml2.isSeq)(old) || (0, import_yaml2.isMap)(old)) && old.flow === true;
    const node2 = isObject ? doc.createNode(value, { flow: flowFor(f.key, value, flow) }) : scalarNode(doc, value, f.quote);
    const oldComment = (0, import_yaml2.isScalar)(old) || (0, import_yaml2.isSeq)(old) || (0, import_yaml2.isMap)(old) ? old.comment : void 0;
    if (oldComment && (0, import_yaml2.isScalar)(node2)) node2.comment = oldComment;
    pair.value = node2;
    return;
  }
  if (value === void 0) return;
  const node = value !== null && typeof value === "object" ? doc.createNode(value, { flow: flowFor(f.key, value, false) }) : scalarNode(doc, value, f.quote);
  const newPair = doc.createPair(f.key, node);
  const anchorKeys = [f.after, ...[...placed].reverse()].filter((k) => k !== void 0);
  let at = 0;
  for (const k of anchorKeys) {
    const i = map.items.findIndex((p) => (0, import_yaml2.isPair)(p) && (0, import_yaml2.isScalar)(p.key) && p.key.value === k);
    if (i !== -1) {
      at = i + 1;
      break;
    }
  }
  const next = map.items[at];
  const before = next && (0, import_yaml2.isScalar)(next.key) ? next.key.commentBefore : void 0;
  if (next && (0, import_yaml2.isScalar)(next.key) && before !== void 0 && before !== null) {
    const kept = before.split("\n").filter((line) => !line.trimStart().startsWith(`${f.key}:`));
    next.key.commentBefore = kept.length > 0 ? kept.join("\n") : void 0;
  }
  map.items.splice(at, 0, newPair);
}
function renderTemplate(input) {
  const t = input.template;
  const { yaml, body } = split(t);
  const doc = (0, import_yaml2.parseDocument)(yaml, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) throw templateError(t, `its frontmatter is not valid YAML: ${doc.errors[0].message}`);
  if (doc.contents === null || (0, import_yaml2.isScalar)(doc.contents) && doc.contents.value === null) doc.contents = doc.createNode({});
  const map = doc.contents;
  if (!(0, import_yaml2.isMap)(map) || map.flow) throw templateError(t, "its frontmatter must be key: value lines");
  const placed = /* @__PURE__ */ new Set();
  for (const f of input.fields) {
    setField(doc, map, f, placed);
    placed.add(f.key);
  }
  const yamlOut = doc.toString({ lineWidth: 0, flowCollectionPadding: false, nullStr: "" });
  const filled = body.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (all, name) => Object.hasOwn(input.vars, name) ? input.vars[name] : all).replace(/\n{3,}/g, "\n\n");
  const text2 = `---
${yamlOut}---
${filled}`;
  const counter = new import_yaml2.LineCounter();
  const reparsed = (0, import_yaml2.parseDocument)(yamlOut, { lineCounter: counter });
  const keyLines = /* @__PURE__ */ new Map();
  if ((0, import_yaml2.isMap)(reparsed.contents)) {
    for (const p of reparsed.contents.items) {
      if (!(0, import_yaml2.isScalar)(p.key) || !p.key.range) continue;
      const end = p.value?.range?.[1] ?? p.key.range[1];
      keyLines.set(String(p.key.value), [counter.linePos(p.key.range[0]).line + 1, counter.linePos(Math.max(p.key.range[0], end - 1)).line + 1]);
    }
  }
  return { text: text2, keyLines };
}

// src/authoring/templateFiles.ts
import { existsSync as existsSync7, readFileSync as readFileSync5 } from "node:fs";
import { dirname as dirname3, join as join8 } from "node:path";
import { fileURLToPath } from "node:url";
var packageTemplates;
function builtinTemplateDir() {
  if (packageTemplates !== void 0) return packageTemplates;
  let dir = dirname3(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync7(join8(dir, "templates", "report.md")) && existsSync7(join8(dir, "package.json"))) return packageTemplates = join8(dir, "templates");
    dir = dirname3(dir);
  }
  throw new Error("etk cannot find its templates/ folder (is the package complete?)");
}
function loadTemplate(type, config) {
  const own = config.templates[type];
  if (own !== void 0) {
    try {
      return { text: readFileSync5(own, "utf8").replace(/^\uFEFF/, "").replace(/\r\n/g, "\n"), source: own, user: true };
    } catch (err) {
      throw new ConfigError(`cannot read the template for ${type}, ${own}: ${err.message}`, 'fix the path under "templates" in etk.config.json');
    }
  }
  const file = join8(builtinTemplateDir(), `${Object.hasOwn(BUILTIN_SCHEMAS, type) ? type : "custom"}.md`);
  return { text: readFileSync5(file, "utf8"), source: `etk's template ${Object.hasOwn(BUILTIN_SCHEMAS, type) ? type : "custom"}.md`, user: false };
}

// src/authoring/newDocument.ts
var SUBDIRS = { assessment: "assessments", report: "reports", guide: "guides", script: "scripts" };
var subdirFor = (type) => SUBDIRS[type] ?? `${type}s`;
function tagsOf(raw) {
  const { tags, unusable } = normalizeTags(raw);
  if (unusable.length > 0) throw new UsageError(`--tag ${JSON.stringify(unusable[0])} has no letters or digits left for a tag (tags are lowercase letters, digits and hyphens)`, "give the tag in Latin letters or digits, e.g. --tag image-processing");
  return tags;
}
function statusOf(config, given2) {
  if (given2 !== void 0) return given2;
  const allowed = config.statuses ?? DEFAULT_STATUSES;
  return allowed.includes("active") ? "active" : allowed[0];
}
function commonFields(req, created) {
  return [
    { key: "status", value: statusOf(req.config, req.status), mode: "always" },
    { key: "created", value: created, mode: "always", quote: true },
    { key: "updated", value: created, mode: "always", quote: true },
    { key: "tags", value: tagsOf(req.tags), mode: "mergeList" }
  ];
}
function given(req, extra = {}) {
  return new Map([["status", "--status"], ["tags", "--tag"], ["created", "the clock"], ["updated", "the clock"], ["type", "the type"], ["experiment_id", "the experiment"], ...Object.entries(extra)]);
}
async function newExperiment(req) {
  const { config } = req;
  const name = req.name.trim();
  const id = `${experimentStamp(req.now)}_${experimentSlug(name)}`;
  const dir = join9(config.rootAbs, id);
  const absPath = join9(dir, "README.md");
  const template = loadTemplate("experiment_manifest", config);
  const created = isoWithOffset(req.now);
  const fields = [
    { key: "ads_version", value: "1.0", mode: "ifMissing", quote: true },
    { key: "type", value: "experiment_manifest", mode: "always" },
    { key: "experiment_id", value: id, mode: "always" },
    { key: "name", value: name, mode: "always", quote: true },
    ...req.description !== void 0 ? [{ key: "description", value: req.description, mode: "always", quote: true }] : [],
    ...commonFields(req, created)
  ];
  const rendered = renderTemplate({ template, fields, vars: { name, description: req.description ?? "", experiment_id: id, type: "experiment_manifest", created, date: created.slice(0, 10) } });
  const placeholders = await checkRendered(config, absPath, rendered, template, given(req, { name: "the name", description: "--description" }));
  mkdirSync2(config.rootAbs, { recursive: true });
  try {
    mkdirSync2(dir);
  } catch (err) {
    if (err.code === "EEXIST") throw new UsageError(`experiment ${id} exists already (made this same second)`, "wait a second and run it again, or give another name");
    throw err;
  }
  try {
    writeFileAtomic(absPath, rendered.text, { exclusive: true });
  } catch (err) {
    rmdirSync(dir);
    throw err;
  }
  for (const sub of Object.values(SUBDIRS)) mkdirSync2(join9(dir, ".metadata", sub), { recursive: true });
  return { id, type: "experiment_manifest", experimentId: id, path: repoPath(config, absPath), absPath, placeholders };
}
async function newArtifact(req) {
  const { config, type } = req;
  const title = req.title.trim();
  const created = isoWithOffset(req.now);
  const name = `${artifactStamp(created)}_${type}_${artifactSlug(title)}`;
  const absPath = join9(config.rootAbs, req.experimentId, ".metadata", subdirFor(type), `${name}.md`);
  const template = loadTemplate(type, config);
  const schema = BUILTIN_SCHEMAS[type] ?? config.extraTypes[type]?.schema;
  if (schema === void 0) throw new UsageError(`unknown type ${type}`);
  const fields = [
    { key: "ads_version", value: "1.0", mode: "ifMissing", quote: true },
    { key: "type", value: type, mode: "always" },
    { key: "title", value: title, mode: "always", quote: true },
    { key: "experiment_id", value: req.experimentId, mode: "always" },
    ...commonFields(req, created),
    ...typePlaceholders(schema).map(([key, value]) => ({ key, value, mode: "ifMissing" })),
    ...req.given.map((g) => ({ key: g.key, value: g.value, mode: "always", quote: false, ...g.after ? { after: g.after } : {} }))
  ];
  const rendered = renderTemplate({ template, fields, vars: { title, experiment_id: req.experimentId, type, created, date: created.slice(0, 10) } });
  const placeholders = await checkRendered(config, absPath, rendered, template, given(req, { title: "the title", ...Object.fromEntries(req.given.map((g) => [g.key, g.option])) }));
  mkdirSync2(join9(absPath, ".."), { recursive: true });
  try {
    writeFileAtomic(absPath, rendered.text, { exclusive: true });
  } catch (err) {
    if (err instanceof TargetExistsError) throw new UsageError(`${repoPath(config, absPath)} exists already (a ${type} with this title, made this same minute)`, "give it another title, or edit the one that exists");
    throw err;
  }
  return { id: name, type, experimentId: req.experimentId, path: repoPath(config, absPath), absPath, placeholders };
}

// src/cli/new.ts
var HELP6 = `Usage: etk new experiment <name> [options]
       etk new <type> <title> [options]

Creates an experiment (its folder, README.md manifest and .metadata/ folders) or an artifact in
one, at the EDS path and name, from a template, with every required field present. Fields only you
can fill in are typed placeholders (<critical|high|medium|low>, <integer>, ...): etk validate
reports each at its line until it is filled in. Types: assessment, report, guide, script, and the
types in etk.config.json.

The experiment of a new artifact: --experiment, else the one the current folder is in, else the
most recently updated active one (etk says which).

Options:
  --experiment ID       the experiment (its id, or a part of it that is unique)
  --tag TAG             a tag (repeatable); made lowercase-hyphenated
  --status STATUS       default: active
  --description TEXT    experiment: its description
  --phase PHASE         assessment: phase_0 ... phase_4
  --priority P          assessment: critical, high, medium or low
  --evidence-count N    assessment: a whole number
  --metric NAME=VALUE   report: a metric (repeatable), e.g. --metric hmean=0.91
  --baseline ID         report: the experiment the metrics are compared with
  --comparison C        report: improvement, regression or neutral
  --command CMD         guide: a command to run (repeatable)
  --prerequisite TEXT   guide: a prerequisite (repeatable)
  --dependency DEP      script: a dependency (repeatable)
  --set KEY=VALUE       any field, the value read as YAML (repeatable), e.g. --set owner=kim
  --json                print {id, type, path, experiment, reason, placeholders} as JSON
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Examples:
  etk new experiment "Receipt layout analysis" --tag ocr --tag layout
  etk new report "First results" --metric hmean=0.91 --comparison improvement
  etk new assessment "Baseline quality" --phase phase_1 --priority high --evidence-count 3
  etk new guide "How to train" --experiment 20251217_024343_image_enhancements --command "python train.py"`;
var OPTIONS = {
  experiment: { type: "string" },
  tag: { type: "string", multiple: true },
  status: { type: "string" },
  description: { type: "string" },
  phase: { type: "string" },
  priority: { type: "string" },
  "evidence-count": { type: "string" },
  metric: { type: "string", multiple: true },
  baseline: { type: "string" },
  comparison: { type: "string" },
  command: { type: "string", multiple: true },
  prerequisite: { type: "string", multiple: true },
  dependency: { type: "string", multiple: true },
  set: { type: "string", multiple: true },
  json: { type: "boolean" }
};
var OPTION_TYPES = {
  description: "experiment",
  phase: "assessment",
  priority: "assessment",
  "evidence-count": "assessment",
  metric: "report",
  baseline: "report",
  comparison: "report",
  command: "guide",
  prerequisite: "guide",
  dependency: "script"
};
function keyValue(option, text2) {
  const eq = text2.indexOf("=");
  if (eq <= 0) throw new UsageError(`etk new: --${option} takes NAME=VALUE (found "${text2}")`, option === "metric" ? "e.g. --metric hmean=0.91" : "e.g. --set owner=kim");
  return [text2.slice(0, eq).trim(), text2.slice(eq + 1).trim()];
}
function givenFields(values) {
  const out = [];
  const str = (k) => values[k];
  const list2 = (k) => values[k] ?? [];
  if (str("phase") !== void 0) out.push({ key: "phase", value: str("phase"), option: "--phase" });
  if (str("priority") !== void 0) out.push({ key: "priority", value: str("priority"), option: "--priority" });
  const evidence = intOption("new", "evidence-count", str("evidence-count"));
  if (evidence !== void 0) out.push({ key: "evidence_count", value: evidence, option: "--evidence-count" });
  if (list2("metric").length > 0) {
    const metrics = {};
    for (const m of list2("metric")) {
      const [name, raw] = keyValue("metric", m);
      const value = Number(raw);
      if (raw === "" || !Number.isFinite(value)) throw new UsageError(`etk new: --metric ${name} needs a number (found "${raw}")`, "e.g. --metric hmean=0.91 (a unit or a per-metric baseline can be added in the file: latency_ms: {value: 41, unit: ms})");
      metrics[name] = value;
    }
    out.push({ key: "metrics", value: metrics, option: "--metric" });
  }
  if (str("baseline") !== void 0) out.push({ key: "baseline", value: str("baseline"), option: "--baseline", after: "metrics" });
  if (str("comparison") !== void 0) out.push({ key: "comparison", value: str("comparison"), option: "--comparison" });
  if (list2("command").length > 0) out.push({ key: "commands", value: list2("command"), option: "--command" });
  if (list2("prerequisite").length > 0) out.push({ key: "prerequisites", value: list2("prerequisite"), option: "--prerequisite" });
  if (list2("dependency").length > 0) out.push({ key: "dependencies", value: list2("dependency"), option: "--dependency" });
  for (const s of list2("set")) {
    const [key, raw] = keyValue("set", s);
    const doc = (0, import_yaml3.parseDocument)(raw === "" ? '""' : raw, { schema: "core" });
    if (doc.errors.length > 0) throw new UsageError(`etk new: --set ${key}: the value is not valid YAML (${doc.errors[0].message.split("\n")[0]})`, `quote it, e.g. --set 'note="a: b"'`);
    out.push({ key, value: doc.toJS(), option: `--set ${key}` });
  }
  return out;
}
function render(created, reason, io) {
  const lines = [created.type === "experiment_manifest" ? `✔ created experiment ${created.id}: ${created.path}` : `✔ created ${created.type} ${created.path}`];
  if (reason !== null) lines.push(`  in ${created.experimentId} (${reason})`);
  if (created.placeholders.length > 0) {
    const n = created.placeholders.length;
    lines.push(`  fill in ${n === 1 ? "this placeholder" : `these ${n} placeholders`} (etk validate reports ${n === 1 ? "it" : "them"} until you do):`);
    const width = Math.max(...created.placeholders.map((p) => `${p.line}:${p.column}`.length));
    for (const p of created.placeholders) lines.push(`    ${`${p.line}:${p.column}`.padEnd(width)}  ${p.message}`);
  }
  io.stdout.write(`${lines.join("\n")}
`);
}
var newCommand = {
  name: "new",
  summary: "create an experiment or an artifact from a template (valid from the first keystroke)",
  help: HELP6,
  async run(argv, io) {
    const { values, positionals } = parse("new", argv, OPTIONS);
    if (values.help) {
      io.stdout.write(`${HELP6}
`);
      return 0;
    }
    const [what, ...words] = positionals;
    if (what === void 0) throw new UsageError("etk new: what to create? etk new experiment <name>, or etk new <type> <title>", "see etk new --help");
    const text2 = words.join(" ").trim();
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const types = [...Object.keys(BUILTIN_SCHEMAS).filter((t) => t !== "experiment_manifest"), ...Object.keys(config.extraTypes)];
    const kind = what === "experiment" || what === "experiment_manifest" ? "experiment" : what;
    if (kind !== "experiment" && !types.includes(kind)) {
      const near = closest(kind, ["experiment", ...types]);
      throw new UsageError(`etk new: unknown type "${what}"${near ? ` (did you mean ${near}?)` : ""}`, `one of: experiment, ${types.join(", ")}`);
    }
    for (const [option, owner] of Object.entries(OPTION_TYPES)) {
      if (values[option] !== void 0 && owner !== kind) throw new UsageError(`etk new ${what}: --${option} is for ${owner === "experiment" ? "experiments" : `${owner}s`}`, "see etk new --help");
    }
    if (kind === "experiment" && values.experiment !== void 0) throw new UsageError("etk new experiment: --experiment is for artifacts (a new experiment gets its own id)");
    if (text2 === "") throw new UsageError(kind === "experiment" ? 'etk new experiment: give the experiment a name, e.g. etk new experiment "Receipt layout"' : `etk new ${kind}: give it a title, e.g. etk new ${kind} "First results"`);
    if (config.top === null) throw new UsageError(`etk new works inside a git repository, and ${io.cwd} is not in one`, "cd into your repository (or run git init first)");
    const common2 = { config, now: /* @__PURE__ */ new Date(), tags: values.tag ?? [], status: values.status };
    let created;
    let reason = null;
    if (kind === "experiment") {
      created = await newExperiment({ ...common2, name: text2, description: values.description });
    } else {
      const chosen = chooseExperiment(config, io.cwd, values.experiment);
      reason = chosen.reason;
      created = await newArtifact({ ...common2, type: kind, title: text2, experimentId: chosen.id, given: givenFields(values) });
    }
    const baseline = values.baseline;
    if (baseline !== void 0 && !experimentFolders(config.rootAbs).includes(baseline)) {
      io.stderr.write(`etk: warning: baseline ${baseline} is not an experiment under ${config.root || "."} (yet); etk validate warns about it until it is
`);
    }
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ id: created.id, type: created.type, path: created.path, experiment: created.experimentId, reason, placeholders: created.placeholders }, null, 2)}
`);
    } else {
      render(created, reason, io);
    }
    return 0;
  }
};

// src/cli/status.ts
import { relative as relative8, resolve as resolve5 } from "node:path";

// src/query/experimentIds.ts
function experimentIds(db) {
  return db.prepare("SELECT DISTINCT experiment_id AS id FROM files WHERE experiment_id IS NOT NULL ORDER BY 1").all().map((r) => r.id);
}
function resolveExperimentIds(db, given2) {
  if (given2.length === 0) return [];
  const all = experimentIds(db);
  const known = new Set(all);
  return given2.map((g) => {
    if (known.has(g)) return g;
    const matches = all.filter((id) => id.startsWith(g));
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) {
      throw new UsageError(`experiment "${g}" is ambiguous: ${matches.slice(0, 5).join(", ")}${matches.length > 5 ? `, and ${matches.length - 5} more` : ""}`, "give more of the id");
    }
    const near = closest(g, all);
    throw new UsageError(`no experiment "${g}" in the index${near ? ` (did you mean "${near}"?)` : ""}`, "list them with etk query experiments; if it is new, run etk sync");
  });
}

// src/status/experimentStatus.ts
var STATUS_COLUMNS = ["experiment_id", "status", "updated", "artifacts", "errors", "warnings", "name"];
function statusRows(db) {
  return db.prepare(
    `WITH counts AS (
         SELECT experiment_id, SUM(kind != 'manifest') AS artifacts FROM files WHERE experiment_id IS NOT NULL GROUP BY experiment_id
       ), problems AS (
         SELECT f.experiment_id, SUM(d.severity = 'error') AS errors, SUM(d.severity = 'warning') AS warnings
         FROM file_diagnostics d JOIN files f ON f.path = d.file_path WHERE f.experiment_id IS NOT NULL GROUP BY f.experiment_id
       )
       SELECT e.experiment_id, e.status, COALESCE(json_extract(e.frontmatter, '$.updated'), e.updated_at) AS updated,
              COALESCE(c.artifacts, 0) AS artifacts, COALESCE(p.errors, 0) AS errors, COALESCE(p.warnings, 0) AS warnings, e.name
       FROM experiments e LEFT JOIN counts c USING (experiment_id) LEFT JOIN problems p USING (experiment_id)
       ORDER BY e.updated_at IS NULL, e.updated_at DESC, e.experiment_id DESC`
  ).all();
}
var round = (n, digits = 6) => Math.round(n * 10 ** digits) / 10 ** digits;
function experimentStatus(db, id) {
  const e = db.prepare("SELECT name, description, status, json_extract(frontmatter, '$.created') AS created, json_extract(frontmatter, '$.updated') AS updated, manifest_path FROM experiments WHERE experiment_id = ?").get(id);
  const byType = db.prepare("SELECT COALESCE(a.type, '(unparsed)') AS type, COUNT(*) AS n FROM files f JOIN artifacts a ON a.file_path = f.path WHERE f.experiment_id = ? AND f.kind != 'manifest' GROUP BY 1 ORDER BY 2 DESC, 1").all(id);
  const activity = db.prepare("SELECT MAX(a.updated_at) AS at FROM artifacts a JOIN files f ON f.path = a.file_path WHERE f.experiment_id = ?").get(id);
  const tags = db.prepare("SELECT tag_name FROM tags WHERE experiment_id = ? AND scope = 'experiment' ORDER BY tag_id").all(id).map((r) => r.tag_name);
  const metrics = db.prepare("SELECT metric_name, metric_value, baseline_value, unit, file_path, timestamp FROM latest_metrics WHERE experiment_id = ? ORDER BY metric_name").all(id).map((m) => {
    const change = m.metric_value !== null && m.baseline_value !== null ? round(m.metric_value - m.baseline_value) : null;
    return {
      name: m.metric_name,
      value: m.metric_value,
      baseline: m.baseline_value,
      change,
      change_pct: change !== null && m.baseline_value ? round(change / Math.abs(m.baseline_value) * 100, 2) : null,
      unit: m.unit,
      file: m.file_path,
      at: m.timestamp
    };
  });
  const items = db.prepare(`SELECT d.file_path AS file, d.line, d."column" AS "column", d.severity, d.rule, d.message FROM file_diagnostics d JOIN files f ON f.path = d.file_path WHERE f.experiment_id = ? ORDER BY d.severity = 'warning', d.file_path, d.line, d."column"`).all(id);
  return {
    experiment_id: id,
    name: e?.name ?? id,
    description: e?.description ?? null,
    status: e?.status ?? null,
    created: e?.created ?? null,
    updated: e?.updated ?? null,
    last_activity: activity.at,
    manifest: e?.manifest_path ?? null,
    tags,
    artifacts: { total: byType.reduce((n, r) => n + Number(r.n), 0), by_type: Object.fromEntries(byType.map((r) => [r.type, Number(r.n)])) },
    metrics,
    problems: { errors: items.filter((p) => p.severity === "error").length, warnings: items.filter((p) => p.severity === "warning").length, items }
  };
}

// src/status/freshness.ts
function freshness(db, config) {
  const m = meta(db);
  const source = m.source ?? null;
  const out = { source, syncedAt: m.synced_at ?? null, pending: null };
  if (config.top === null || source !== "worktree" && source !== "index") return out;
  const spec = { kind: source, top: config.top, base: config.top, root: config.root, scope: config.root, maxFileSize: config.maxFileSize };
  try {
    const quick = quickSourceFromIndex(spec, new Map(Object.entries(m)), () => dirtyRows(db));
    if (quick) {
      const blobOf = db.prepare("SELECT blob FROM files WHERE path = ?");
      let n = 0;
      for (const [path, blob] of quick.candidates) {
        const indexed2 = blobOf.get(path)?.blob ?? null;
        if (indexed2 !== blob) n++;
      }
      out.pending = n;
      return out;
    }
    const { listing } = listSource(spec);
    const indexed = new Map(db.prepare("SELECT path, blob FROM files").all().map((r) => [r.path, r.blob]));
    const plan = planSync(indexed, listing, config.root);
    out.pending = plan.added.length + plan.changed.length + plan.removed.length;
  } catch {
    out.pending = null;
  }
  return out;
}

// src/status/renderStatus.ts
var num = (n, unit = null) => n === null ? "—" : `${Number(n.toPrecision(6))}${unit ? ` ${unit}` : ""}`;
var signed = (n) => `${n > 0 ? "+" : ""}${Number(n.toPrecision(6))}`;
function table(rows, rightAligned) {
  const width = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i] ?? ""].length)));
  return rows.map((r) => r.map((c, i) => rightAligned.includes(i) ? c.padStart(width[i]) : c.padEnd(width[i])).join("  ").trimEnd());
}
function renderExperimentStatus(s, maxProblems = 10) {
  const out = [`${s.experiment_id}  ${s.name}`];
  const field = (label, value) => out.push(`  ${label.padEnd(10)} ${value}`);
  field("status", s.status ?? "(no manifest)");
  if (s.description) field("about", s.description);
  field("created", s.created ?? "—");
  field("updated", `${s.updated ?? "—"}${s.last_activity ? `  (last change to any file: ${s.last_activity} UTC)` : ""}`);
  if (s.tags.length > 0) field("tags", s.tags.join(", "));
  const types = Object.entries(s.artifacts.by_type).map(([t, n]) => `${n} ${t}${n === 1 ? "" : "s"}`);
  field("artifacts", s.artifacts.total === 0 ? 'none yet (etk new <type> "<title>")' : `${s.artifacts.total}: ${types.join(", ")}`);
  if (s.manifest) field("manifest", s.manifest);
  out.push("");
  if (s.metrics.length === 0) out.push("  metrics: none reported yet");
  else {
    out.push("  latest metrics");
    const rows = [["metric", "value", "baseline", "change", ""], ...s.metrics.map((m) => [m.name, num(m.value, m.unit), num(m.baseline), m.change === null ? "" : signed(m.change), m.change_pct === null ? "" : `(${signed(m.change_pct)}%)`])];
    for (const line of table(rows, [1, 2, 3])) out.push(`    ${line}`);
  }
  out.push("");
  const { errors, warnings, items } = s.problems;
  if (items.length === 0) out.push("  problems: none");
  else {
    out.push(`  problems: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
    for (const p of items.slice(0, maxProblems)) out.push(`    ${p.file}:${p.line}:${p.column}  ${p.severity.padEnd(7)}  ${p.message}  ${p.rule}`);
    if (items.length > maxProblems) out.push(`    ... and ${items.length - maxProblems} more: etk validate ${s.manifest ? s.manifest.replace(/\/README\.md$/, "") : s.experiment_id}`);
  }
  return `${out.join("\n")}
`;
}

// src/cli/outputOptions.ts
import { resolve as resolve4 } from "node:path";

// src/query/output.ts
var OUTPUT_FORMATS = ["table", "json", "csv", "ndjson"];
var EXTENSIONS = { ".json": "json", ".csv": "csv", ".ndjson": "ndjson", ".jsonl": "ndjson", ".txt": "table" };
function formatFromPath(path) {
  const m = /\.[^./\\]+$/.exec(path.toLowerCase());
  return m ? EXTENSIONS[m[0]] : void 0;
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
  const out = {};
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
function toCsv(result) {
  const lines = [result.columns.map(csvField).join(",")];
  for (const row of result.rows) lines.push(result.columns.map((c) => csvField(cellText(row[c]))).join(","));
  return `${lines.join("\r\n")}\r
`;
}
function toJson(result) {
  return `${JSON.stringify(result.rows.map((r) => jsonRow(result.columns, r)), null, 2)}
`;
}
function toNdjson(result) {
  return result.rows.map((r) => `${JSON.stringify(jsonRow(result.columns, r))}
`).join("");
}
function toTable(result, opts = {}) {
  const maxCell = opts.maxCell ?? 60;
  const { columns, rows } = result;
  if (columns.length === 1 && rows.length === 1 && columns[0] === "count") return `${cellText(rows[0]?.count)}
`;
  const cut = (s) => {
    const flat = s.replace(/\r?\n/g, "⏎").replace(/\t/g, " ");
    return [...flat].length > maxCell ? `${[...flat].slice(0, maxCell - 1).join("")}…` : flat;
  };
  const cells = rows.map((r) => columns.map((c) => cut(cellText(r[c]))));
  const numeric = columns.map((c) => rows.length > 0 && rows.every((r) => r[c] === null || r[c] === void 0 || typeof r[c] === "number" || typeof r[c] === "bigint"));
  const width = columns.map((c, i) => Math.max([...c].length, ...cells.map((row) => [...row[i] ?? ""].length)));
  const pad2 = (s, i) => {
    const gap = " ".repeat(Math.max(0, (width[i] ?? 0) - [...s].length));
    return numeric[i] ? gap + s : s + gap;
  };
  const line = (vals) => vals.map(pad2).join("  ").trimEnd();
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
  const rows = raw.map((values) => {
    const row = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]] = values[i];
    return row;
  });
  return { columns, rows };
}
function describeQuery(query) {
  const params = query.params.length === 0 ? "" : `
-- parameters: ${query.params.map((p, i) => `?${i + 1} = ${typeof p === "string" ? `'${p.replaceAll("'", "''")}'` : String(p)}`).join(", ")}`;
  return `${query.sql.trim()};${params}
`;
}

// src/cli/outputOptions.ts
var OUTPUT_OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" }
};
var OUTPUT_HELP = `  -f, --format F         table | json | csv | ndjson (default: table on a terminal, json otherwise)
  -o, --output FILE      write to FILE (atomically) instead of stdout; the format follows the
                         extension (.json .csv .ndjson .jsonl .txt) unless --format is given`;
function outputFormat(command, values, io) {
  return resolveFormat(command, {
    format: values.format,
    output: values.output,
    isTTY: io.stdout.isTTY === true
  });
}
function emitResult(command, result, values, io, render2) {
  const format = outputFormat(command, values, io);
  const text2 = format === "table" && render2 ? render2(result) : formatRows(result, format);
  const output = values.output;
  if (output === void 0) {
    io.stdout.write(text2);
    return;
  }
  writeFileAtomic(resolve4(io.cwd, output), text2);
  io.stderr.write(`etk ${command}: wrote ${result.rows.length} row${result.rows.length === 1 ? "" : "s"} to ${output} (${format})
`);
}
function showSql(io, query) {
  io.stderr.write(describeQuery(query));
}

// src/cli/status.ts
var HELP7 = `Usage: etk status [experiment_id] [options]

Where experiments stand, from the index (tracking.db).
  etk status        one line per experiment, most recently updated first: status, updated,
                    artifacts, errors, warnings, name
  etk status <id>   one experiment (its id, or a unique prefix of one): status, dates, tags,
                    artifact counts by type, the latest value of each metric against its
                    baseline, and the open problems etk validate reports

When files changed since the last etk sync, etk says so (on stderr); --sync updates the index first.

Options:
${OUTPUT_HELP}
                         (one experiment: table or json)
  --sync                 bring the index up to date with the work tree first (etk sync)
  --db PATH              use this database file instead of the configured one
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Examples:
  etk status
  etk status 20251027_143000_perspective_correction
  etk status 20251027_143000 --format json
  etk status --sync --format csv --output status.csv`;
function behindNote(f) {
  if (f.pending === null || f.pending === 0) return null;
  const what = f.source === "index" ? "git's index" : "the work tree";
  return `etk status: the index is behind ${what} by ${f.pending} file${f.pending === 1 ? "" : "s"} (last sync ${f.syncedAt ?? "unknown"}); run etk sync, or etk status --sync
`;
}
var statusCommand = {
  name: "status",
  summary: "where experiments stand: status, dates, artifacts, latest metrics, open problems",
  help: HELP7,
  async run(argv, io) {
    const { values, positionals } = parse("status", argv, { ...DB_OPTION, ...OUTPUT_OPTIONS, sync: { type: "boolean" } });
    if (values.help) {
      io.stdout.write(`${HELP7}
`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`etk status: one experiment at a time (found ${positionals.length})`, "etk status with no id lists them all");
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const dbPath = dbPathFor(config, io.cwd, values.db);
    const format = outputFormat("status", values, io);
    if (values.sync) await syncIndex({ config, dbPath, etkVersion: VERSION, source: "worktree" });
    let db;
    try {
      db = openForRead(dbPath);
    } catch (err) {
      if (err instanceof Error && /there is no index/.test(err.message)) throw new UsageError(`etk status reads the index, and there is none at ${relative8(io.cwd, dbPath) || dbPath} yet`, "build it with etk sync, or run etk status --sync");
      throw err;
    }
    try {
      const fresh = freshness(db, config);
      const note = behindNote(fresh);
      if (note) io.stderr.write(note);
      if (positionals[0] === void 0) {
        const rows = statusRows(db);
        if (rows.length === 0 && format === "table") {
          io.stdout.write(`no experiments in the index yet: create one with etk new experiment "<name>"${note ? "" : ", or run etk sync"}
`);
          return 0;
        }
        emitResult("status", { columns: STATUS_COLUMNS, rows }, values, io);
        return 0;
      }
      const [id] = resolveExperimentIds(db, [positionals[0]]);
      const status = experimentStatus(db, id);
      if (format !== "table" && format !== "json") throw new UsageError(`etk status ${id}: one experiment is shown as table or json (found ${format})`, "etk status with no id gives csv and ndjson");
      const text2 = format === "json" ? `${JSON.stringify({ ...status, index: fresh }, null, 2)}
` : renderExperimentStatus(status);
      if (values.output !== void 0) {
        emitText(io, values.output, text2);
      } else io.stdout.write(text2);
      return 0;
    } finally {
      db.close();
    }
  }
};
function emitText(io, output, text2) {
  writeFileAtomic(resolve5(io.cwd, output), text2);
  io.stderr.write(`etk status: wrote ${output}
`);
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
function joinFrags(parts, sep3) {
  return { sql: parts.map((p) => p.sql).join(sep3), params: parts.flatMap((p) => p.params) };
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
var time = (sql) => ({ kind: "time", sql });
var text = (sql) => ({ kind: "text", sql });
var num2 = (sql) => ({ kind: "number", sql });
var EXPERIMENTS = {
  name: "experiments",
  from: "experiments e",
  fields: {
    id: text("e.experiment_id"),
    experiment_id: text("e.experiment_id"),
    name: text("e.name"),
    description: text("e.description"),
    status: text("e.status"),
    created: time("e.created_at"),
    updated: time("e.updated_at"),
    artifacts: num2("(SELECT COUNT(*) FROM artifacts x WHERE x.experiment_id = e.experiment_id)"),
    path: text("e.manifest_path")
  },
  tags: (cond) => fill("EXISTS (SELECT 1 FROM tags t WHERE t.experiment_id = e.experiment_id AND {})", cond),
  metric: (name, cond) => fill(`EXISTS (SELECT 1 FROM metrics m WHERE m.experiment_id = e.experiment_id AND m.metric_name = {} AND ${LATEST_METRIC} AND {})`, frag("?", name), cond),
  frontmatter: "e.frontmatter",
  defaultOrder: "e.created_at DESC, e.experiment_id",
  tiebreak: "e.experiment_id"
};
var ARTIFACTS = {
  name: "artifacts",
  from: "artifacts a",
  fields: {
    id: text("a.artifact_id"),
    artifact_id: text("a.artifact_id"),
    experiment: text("a.experiment_id"),
    experiment_id: text("a.experiment_id"),
    type: text("a.type"),
    status: text("a.status"),
    title: text("a.title"),
    path: text("a.file_path"),
    created: time("a.created_at"),
    updated: time("a.updated_at"),
    errors: num2("a.errors"),
    warnings: num2("a.warnings"),
    baseline: text("a.baseline")
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
    value: num2("m.metric_value"),
    baseline: num2("m.baseline_value"),
    delta: num2(METRIC_PART_SQL.delta),
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

// src/query/compare.ts
function compareQuery(ids) {
  return fill(
    `SELECT m.experiment_id, m.metric_name, m.metric_value, m.baseline_value, m.unit
FROM metrics m
WHERE m.experiment_id IN {} AND ${LATEST_METRIC}
ORDER BY m.metric_name, m.experiment_id`,
    inList(ids)
  );
}
var delta = (v, b) => typeof v === "number" && typeof b === "number" ? Math.round((v - b) * 1e9) / 1e9 : null;
function pivotCompare(rows, ids, baseline) {
  const shown = baseline !== null && !ids.includes(baseline) ? [baseline, ...ids] : [...ids];
  const own = baseline === null && ids.length === 1;
  const columns = ["metric", "unit", ...shown];
  const others = own ? shown : shown.filter((id) => id !== (baseline ?? shown[0]));
  if (own) columns.splice(2, 0, "baseline");
  columns.push(...others.map((id) => `${id} Δ`));
  const byMetric = /* @__PURE__ */ new Map();
  for (const r of rows) {
    let m = byMetric.get(r.metric_name);
    if (!m) byMetric.set(r.metric_name, m = /* @__PURE__ */ new Map());
    m.set(r.experiment_id, r);
  }
  const base = baseline ?? shown[0];
  const out = [...byMetric.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([metric, values]) => {
    const row = { metric, unit: [...values.values()].find((v) => v.unit !== null)?.unit ?? null };
    for (const id of shown) row[id] = values.get(id)?.metric_value ?? null;
    if (own) {
      const only = values.get(shown[0]);
      row.baseline = only?.baseline_value ?? null;
      row[`${shown[0]} Δ`] = delta(only?.metric_value, only?.baseline_value);
    } else {
      const b = values.get(base)?.metric_value;
      for (const id of others) row[`${id} Δ`] = delta(values.get(id)?.metric_value, b);
    }
    return row;
  });
  return { columns, rows: out };
}
function runCompare(db, ids, baseline) {
  const all = baseline !== null && !ids.includes(baseline) ? [baseline, ...ids] : [...ids];
  const q = compareQuery(all);
  const rows = db.prepare(q.sql).all(...q.params);
  return pivotCompare(rows, ids, baseline);
}

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
  if (rel) return sqlTime(now.getTime() - Number(rel[1]) * UNIT_MS[rel[2].toLowerCase()]);
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
function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    const column = i + 1;
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
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  function value() {
    const tok = next();
    if (tok.t === "string") return { text: tok.text, quoted: true, column: tok.column };
    if (tok.t === "word" && !KEYWORDS.has(tok.text.toLowerCase())) return { text: tok.text, quoted: false, column: tok.column };
    throw new WhereSyntaxError(`expected a value, found ${describe(tok)}`, tok.column);
  }
  function list2() {
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
      return { kind: "cmp", field: fieldTok.text, fieldColumn: fieldTok.column, op: "in", values: list2(), column: opTok.column };
    } else if (isKeyword(opTok, "not") && isKeyword(tokens[pos + 1], "in")) {
      pos += 2;
      return { kind: "cmp", field: fieldTok.text, fieldColumn: fieldTok.column, op: "not in", values: list2(), column: opTok.column };
    } else if (isKeyword(opTok, "contains")) {
      next();
      op = "contains";
    } else {
      throw new WhereSyntaxError(`expected an operator (=, !=, <, <=, >, >=, in, not in, contains) after ${fieldTok.text}, found ${describe(opTok)}`, opTok.column);
    }
    return { kind: "cmp", field: fieldTok.text, fieldColumn: fieldTok.column, op, values: [value()], column: opTok.column };
  }
  function primary() {
    const tok = peek();
    if (tok.t === "(") {
      next();
      const inner = orExpr();
      const close = next();
      if (close.t !== ")") throw new WhereSyntaxError(`expected ")" to close the "(" at column ${tok.column}, found ${describe(close)}`, close.column);
      return inner;
    }
    if (isKeyword(tok, "not")) {
      next();
      return { kind: "not", expr: primary(), column: tok.column };
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
function pointAt(src, column) {
  return `  ${src}
  ${" ".repeat(Math.max(0, column - 1))}^`;
}

// src/query/whereCompile.ts
var param = (v) => frag("?", v);
var SCALAR_OPS = { "=": "=", "!=": "IS NOT", "<": "<", "<=": "<=", ">": ">", ">=": ">=" };
function numberOf(v) {
  const n = v.quoted ? Number.NaN : Number(v.text);
  if (v.text.trim() === "" || !Number.isFinite(n)) throw new WhereSyntaxError(`expected a number, found "${v.text}"`, v.column);
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
  return `$${segments.map((s) => `."${s}"`).join("")}`;
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
      const { field, op, values, column, fieldColumn } = node;
      if (field === "tags" || field === "tag") return compareTags(entity, op, values, column);
      if (field.startsWith("metrics.")) return compareMetric(entity, field, op, values, column, fieldColumn, now);
      if (field.startsWith("fm.")) return compareFrontmatter(entity, jsonPath(field.slice(3).split("."), fieldColumn), op, values);
      const scalar = entity.fields[field];
      if (!scalar) {
        const known = [...Object.keys(entity.fields), "tags", ...entity.metric ? ["metrics.<name>"] : [], "fm.<key>"];
        const near = closest(field, Object.keys(entity.fields).concat("tags"));
        throw new WhereSyntaxError(`unknown field "${field}" for ${entity.name}${near ? ` (did you mean "${near}"?)` : ""}; fields: ${known.join(", ")}`, fieldColumn);
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
    const field = m ? entity.fields[m[1]] : void 0;
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
  const select = `e.experiment_id, e.name, e.status, e.created_at, e.updated_at,
  (SELECT COUNT(*) FROM artifacts x WHERE x.experiment_id = e.experiment_id) AS artifact_count,
  (SELECT group_concat(tag_name, ',') FROM (SELECT DISTINCT tag_name FROM tags t WHERE t.experiment_id = e.experiment_id ORDER BY tag_name)) AS tags,
  e.manifest_path`;
  return assemble(select, EXPERIMENTS, common(EXPERIMENTS, o, "e.created_at"), o);
}
function artifactsQuery(o) {
  const conds = common(ARTIFACTS, o, "a.created_at");
  if (o.experiments?.length) conds.unshift(fill("a.experiment_id IN {}", inList(o.experiments)));
  if (o.types?.length) conds.push(fill("a.type IN {}", inList(o.types)));
  if (o.recent !== void 0) conds.push(frag("COALESCE(a.updated_at, a.created_at) >= ?", time2("recent", o.recent, o.now, "start")));
  const select = "a.artifact_id, a.experiment_id, a.type, a.status, a.title, a.created_at, a.updated_at, a.file_path, a.errors, a.warnings";
  return assemble(select, ARTIFACTS, conds, o);
}
function metricsQuery(o) {
  const conds = common(METRICS, { ...o, status: [] }, "m.timestamp");
  if (o.experiments?.length) conds.unshift(fill("m.experiment_id IN {}", inList(o.experiments)));
  if (o.names?.length) conds.push(fill("m.metric_name IN {}", inList(o.names)));
  if (o.latest) conds.push(frag(LATEST_METRIC));
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

// src/query/readOnlySql.ts
import { constants } from "node:sqlite";
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
function runReadOnlySql(db, sql) {
  if (sql.trim() === "") throw new UsageError("etk query sql: the SQL is empty", 'etk query sql "SELECT * FROM experiments"');
  const word = firstKeyword(sql);
  if (!FIRST_WORDS.has(word)) refuse(word === "" ? "a statement that does not start with a keyword" : `${word.toUpperCase()} statements`);
  const guard = fence(db);
  let result;
  try {
    const stmt = db.prepare(sql);
    const source = stmt.sourceSQL;
    if (!sql.startsWith(source) || !isEmptyTail(sql.slice(source.length))) refuse("more than one statement");
    result = runPrepared(stmt, []);
  } catch (err) {
    const denied = guard.refused();
    if (denied !== null) refuse(denied);
    if (err instanceof UsageError) throw err;
    throw new UsageError(`etk query sql: ${err.message}`, 'check the SQL against the schema: etk query sql "SELECT name, sql FROM sqlite_schema"');
  } finally {
    db.setAuthorizer(null);
  }
  return result;
}

// src/query/namedQueries.ts
var BUILTIN_QUERIES = {
  active: { description: "experiments with status active", from: "experiments", status: "active" },
  recent: { description: "artifacts created or updated in the last 7 days", from: "artifacts", recent: "7d" },
  "most-active": {
    description: "experiments with the most artifacts created or updated in the last 30 days",
    sql: `SELECT e.experiment_id, e.name, e.status, COUNT(*) AS artifacts_30d,
  MAX(COALESCE(a.updated_at, a.created_at)) AS last_activity
FROM experiments e JOIN artifacts a ON a.experiment_id = e.experiment_id
WHERE COALESCE(a.updated_at, a.created_at) >= datetime('now', '-30 days')
GROUP BY e.experiment_id
ORDER BY artifacts_30d DESC, last_activity DESC, e.experiment_id
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

// src/cli/query.ts
var HELP8 = `Usage: etk query <what> [options]

  experiments            one row per experiment: status, dates, artifact count, tags
  artifacts              one row per artifact (manifests included)
  metrics                report metrics with their baseline value and delta
  tags                   tag counts over experiments and artifacts
  compare <id> <id>...   metrics side by side, with deltas against --baseline (default: the
                         first id; with one id, each metric's own baseline)
  sql "<SELECT ...>"     one read-only SQL statement over the index (see the README's schema)
  run [<name>]           a named query (built in, or "queries" in etk.config.json); no name: list them

Filters (experiments, artifacts, metrics; repeat a flag for several values):
  --status S             status is S (several: any of them)
  --tag T                carries tag T (several: all of them)
  --experiment ID        in experiment ID (an id or a unique prefix of one)
  --type T               artifact type (artifacts, tags)
  --name M               metric name (metrics)
  --since WHEN           created at or after WHEN: 7d, 24h, 2w, today, 2025-01-31, ISO time
  --until WHEN           created at or before WHEN (a date means the end of that day)
  --recent WHEN          created or updated since WHEN (artifacts)
  --latest               only each experiment's latest value of each metric (metrics)
  --where EXPR           an expression, e.g. "status = active and (metrics.accuracy > 0.9 or tags
                         contains ocr)"; fields: status, type, created, updated, tags,
                         metrics.<name>[.baseline|.delta], fm.<frontmatter key>, and more (README)
  --sort FIELD[:desc]    order by a field (several: comma-separated)
  --limit N              at most N rows
  --count                print the number of rows only

Output and more:
${OUTPUT_HELP}
  --baseline ID          the experiment compare measures deltas against
  --show-sql             print the SQL and its parameters to stderr before the result
  --db PATH              use this database file instead of the configured one
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Examples:
  etk query experiments --status active
  etk query experiments --tag perspective-correction --since 30d
  etk query artifacts --recent 7d --type report
  etk query metrics --experiment 20251027_143000 --output metrics.csv
  etk query experiments --where "metrics.hmean.delta > 0 and not status = deprecated"
  etk query compare 20251008_101500 20251027_143000
  etk query sql "SELECT experiment_id, name FROM experiments WHERE status = 'active'"
  etk query run problems --format csv`;
var SUBCOMMANDS = [...LISTINGS, "compare", "sql", "run"];
var FLAG_OF = {
  status: "status",
  tags: "tag",
  experiments: "experiment",
  types: "type",
  names: "name",
  since: "since",
  until: "until",
  recent: "recent",
  latest: "latest",
  where: "where",
  sort: "sort",
  limit: "limit",
  count: "count"
};
var OPTIONS2 = {
  ...DB_OPTION,
  ...OUTPUT_OPTIONS,
  status: { type: "string", multiple: true },
  tag: { type: "string", multiple: true },
  experiment: { type: "string", multiple: true },
  type: { type: "string", multiple: true },
  name: { type: "string", multiple: true },
  since: { type: "string" },
  until: { type: "string" },
  recent: { type: "string" },
  latest: { type: "boolean" },
  where: { type: "string" },
  sort: { type: "string" },
  limit: { type: "string" },
  count: { type: "boolean" },
  baseline: { type: "string" },
  "show-sql": { type: "boolean" }
};
function checkFlags(sub, values, allowed) {
  const general = ["db", "config", "format", "output", "show-sql", "help"];
  for (const [flag, v] of Object.entries(values)) {
    if (v === void 0 || general.includes(flag) || allowed.includes(flag)) continue;
    throw new UsageError(`etk query ${sub}: --${flag} does not apply here`, allowed.length ? `etk query ${sub} takes ${allowed.map((f) => `--${f}`).join(", ")}` : "see etk query --help");
  }
}
function listOptions(db, values, now) {
  const o = { now };
  const strings = (k) => values[k];
  if (strings("status")) o.status = strings("status");
  if (strings("tag")) o.tags = strings("tag");
  if (strings("type")) o.types = strings("type");
  if (strings("name")) o.names = strings("name");
  if (strings("experiment")) o.experiments = resolveExperimentIds(db, strings("experiment"));
  for (const k of ["since", "until", "recent", "where", "sort"]) if (values[k] !== void 0) o[k] = values[k];
  if (values.latest) o.latest = true;
  if (values.count) o.count = true;
  const limit = intOption("query", "limit", values.limit);
  if (limit !== void 0) o.limit = limit;
  return o;
}
function onlyArgs(sub, args, n, what) {
  if (args.length > n) throw new UsageError(`etk query ${sub}: unexpected argument "${args[n]}"`, `${what}; quote an SQL statement or a --where expression as one argument`);
}
var queryCommand = {
  name: "query",
  summary: "list experiments, artifacts, metrics and tags; compare metrics; read-only SQL; named queries",
  help: HELP8,
  async run(argv, io) {
    const { values, positionals } = parse("query", argv, OPTIONS2);
    if (values.help) {
      io.stdout.write(`${HELP8}
`);
      return 0;
    }
    const [sub, ...args] = positionals;
    if (sub === void 0 || !SUBCOMMANDS.includes(sub)) {
      const near = sub === void 0 ? void 0 : closest(sub, SUBCOMMANDS);
      throw new UsageError(
        sub === void 0 ? "etk query needs what to list: experiments, artifacts, metrics, tags, compare, sql or run" : `etk query: unknown subcommand "${sub}"${near ? ` (did you mean "${near}"?)` : ""}`,
        "see etk query --help"
      );
    }
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const now = /* @__PURE__ */ new Date();
    const open = () => openForRead(dbPathFor(config, io.cwd, values.db));
    if (sub === "sql") {
      checkFlags(sub, values, []);
      if (args.length === 0) throw new UsageError("etk query sql needs a statement", 'etk query sql "SELECT * FROM experiments"');
      onlyArgs(sub, args, 1, "etk query sql takes one statement");
      const db2 = open();
      try {
        emitResult("query sql", runReadOnlySql(db2, args[0]), values, io);
      } finally {
        db2.close();
      }
      return 0;
    }
    if (sub === "run") {
      checkFlags(sub, values, []);
      onlyArgs(sub, args, 1, "etk query run takes one name");
      const name = args[0];
      if (name === void 0) {
        const rows = namedQueries(config).map((q) => ({ name: q.name, origin: q.origin, description: q.description }));
        emitResult("query run", { columns: ["name", "origin", "description"], rows }, values, io);
        return 0;
      }
      const info = findNamedQuery(config, name);
      const db2 = open();
      try {
        if (values["show-sql"]) showSql(io, namedQuerySql(db2, info, now));
        emitResult("query run", runNamedQuery(db2, config, name, now), values, io);
      } finally {
        db2.close();
      }
      return 0;
    }
    if (sub === "compare") {
      checkFlags(sub, values, ["baseline"]);
      if (args.length === 0) throw new UsageError("etk query compare needs at least one experiment id", "etk query compare <experiment> [<experiment>...] [--baseline ID]");
      const db2 = open();
      try {
        const ids = resolveExperimentIds(db2, args);
        const baseline = values.baseline !== void 0 ? resolveExperimentIds(db2, [values.baseline])[0] : null;
        if (values["show-sql"]) showSql(io, compareQuery(baseline !== null && !ids.includes(baseline) ? [baseline, ...ids] : ids));
        emitResult("query compare", runCompare(db2, ids, baseline), values, io);
      } finally {
        db2.close();
      }
      return 0;
    }
    const listing = sub;
    onlyArgs(sub, args, 0, `etk query ${sub} takes options only`);
    checkFlags(sub, values, LISTING_FILTERS[listing].map((k) => FLAG_OF[k]));
    const db = open();
    try {
      const query = listingQuery(listing, listOptions(db, values, now));
      if (values["show-sql"]) showSql(io, query);
      emitResult(`query ${sub}`, runStatement(db, query), values, io);
    } finally {
      db.close();
    }
    return 0;
  }
};

// src/query/search.ts
var HIT_OPEN = "**";
var HIT_CLOSE = "**";
var MARK_OPEN = "";
var MARK_CLOSE = "";
function ftsQuery(text2, any = false) {
  const parts = [];
  const re = /"([^"]*)("?)|(\S+)/g;
  for (let m = re.exec(text2); m !== null; m = re.exec(text2)) {
    let term = m[1] ?? m[3] ?? "";
    let prefix = false;
    if (m[3] !== void 0 && term.length > 1 && term.endsWith("*")) {
      prefix = true;
      term = term.replace(/\*+$/, "");
    }
    if (!/[\p{L}\p{N}]/u.test(term)) continue;
    parts.push(`"${term.replaceAll('"', '""')}"${prefix ? "*" : ""}`);
  }
  if (parts.length === 0) return null;
  return parts.join(any ? " OR " : " ");
}
function matchExpression(o) {
  if (o.raw) {
    if (o.text.trim() === "") throw new UsageError("etk search: nothing to search for");
    return o.text;
  }
  const q = ftsQuery(o.text, o.any);
  if (q === null) throw new UsageError(`etk search: nothing to search for in "${o.text}"`, 'search for words: etk search "affine trap"');
  return q;
}
function searchQuery(o) {
  const conds = [frag("artifacts_fts MATCH ?", matchExpression(o))];
  if (o.types?.length) conds.push(fill("a.type IN {}", inList(o.types)));
  if (o.experiments?.length) conds.push(fill("a.experiment_id IN {}", inList(o.experiments)));
  for (const tag of o.tags ?? []) conds.push(frag("EXISTS (SELECT 1 FROM tags t WHERE t.file_path = a.file_path AND t.tag_name = ? COLLATE NOCASE)", tag));
  return fill(
    `SELECT a.id, bm25(artifacts_fts, 10.0, 1.0) AS score
FROM artifacts_fts JOIN artifacts a ON a.id = artifacts_fts.rowid
WHERE {}
ORDER BY score, a.file_path
LIMIT {}`,
    joinFrags(conds, " AND "),
    frag("?", o.limit)
  );
}
function detailQuery(match, ids) {
  return fill(
    `SELECT a.id, a.artifact_id, a.experiment_id, a.type, a.title, a.file_path, a.body_line, a.yaml_line, a.frontmatter_yaml,
  snippet(artifacts_fts, -1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 16) AS snippet,
  highlight(artifacts_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}') AS marked
FROM artifacts_fts JOIN artifacts a ON a.id = artifacts_fts.rowid
WHERE artifacts_fts MATCH {} AND artifacts_fts.rowid IN {}`,
    frag("?", match),
    inList(ids)
  );
}
var countLines = (s, end) => {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1 && i < end; i = s.indexOf("\n", i + 1)) n++;
  return n;
};
function hitLine(row) {
  const at = row.marked.indexOf(MARK_OPEN);
  if (at !== -1) return row.body_line + countLines(row.marked, at);
  const title = /^title\s*:/m.exec(row.frontmatter_yaml);
  return title ? row.yaml_line + countLines(row.frontmatter_yaml, title.index) : row.body_line;
}
var SEARCH_COLUMNS = ["rank", "score", "file_path", "line", "artifact_id", "experiment_id", "type", "title", "snippet"];
function runSearch(db, o) {
  const page = searchQuery(o);
  let ranked;
  try {
    ranked = db.prepare(page.sql).all(...page.params);
  } catch (err) {
    if (o.raw) throw new UsageError(`etk search: ${err.message}`, "check the FTS5 query syntax, or drop --raw to search for the words as typed");
    throw err;
  }
  if (ranked.length === 0) return { columns: SEARCH_COLUMNS, rows: [] };
  const match = page.params[0];
  const detail = detailQuery(match, ranked.map((r) => r.id));
  const byId = /* @__PURE__ */ new Map();
  for (const row of db.prepare(detail.sql).all(...detail.params)) byId.set(row.id, row);
  const [open, close] = o.marks ?? [HIT_OPEN, HIT_CLOSE];
  const rows = ranked.map((r, i) => {
    const d = byId.get(r.id);
    return {
      rank: i + 1,
      score: Math.round(-r.score * 1e3) / 1e3,
      file_path: d.file_path,
      line: hitLine(d),
      artifact_id: d.artifact_id,
      experiment_id: d.experiment_id,
      type: d.type,
      title: d.title,
      snippet: d.snippet.replace(/\s*\r?\n\s*/g, " ").trim().replaceAll(MARK_OPEN, open).replaceAll(MARK_CLOSE, close)
    };
  });
  return { columns: SEARCH_COLUMNS, rows };
}

// src/cli/search.ts
var HELP9 = `Usage: etk search "<words>" [options]

Full-text search over every artifact's title and body, best matches first (bm25; a hit in the
title counts more). Each hit shows file:line of the first match and a snippet with the matched
words marked (**bold** outside a terminal).

Words are matched as typed: every word must occur (--any: at least one), "a quoted phrase" must
occur as a phrase, a trailing * matches a prefix (calib*). Quotes, AND/OR/NOT/NEAR, colons and
brackets are ordinary text; --raw passes FTS5's own query syntax through instead. Put -- before
words that start with a dash: etk search -- -fold.

Options:
  --type T               only artifacts of type T (repeatable)
  --experiment ID        only in experiment ID (an id or a unique prefix; repeatable)
  --tag T                only artifacts carrying tag T (repeatable: all of them)
  --limit N              at most N hits (default 20)
  --any                  match any of the words instead of all
  --raw                  the words are an FTS5 query (AND, OR, NOT, NEAR(), column:, prefix*)
${OUTPUT_HELP}
  --show-sql             print the SQL and its parameters to stderr
  --db PATH              use this database file instead of the configured one
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Examples:
  etk search "affine trap"
  etk search calib* --type report --limit 5
  etk search '"perspective correction" homography' --format json
  etk search --raw 'title:drift NOT baseline'`;
function renderHits(result, color) {
  const c = palette(color);
  if (result.rows.length === 0) return "no matches\n";
  const lines = result.rows.map((r) => {
    const where = c.cyan(`${r.file_path}:${r.line}`);
    return `${where}  ${c.dim(String(r.type ?? ""))}  ${c.bold(String(r.title))}
    ${r.snippet}`;
  });
  return `${lines.join("\n")}
(${result.rows.length} hit${result.rows.length === 1 ? "" : "s"})
`;
}
var searchCommand = {
  name: "search",
  summary: "full-text search over titles and bodies, ranked, with file:line and snippets",
  help: HELP9,
  async run(argv, io) {
    const { values, positionals } = parse("search", argv, {
      ...DB_OPTION,
      ...OUTPUT_OPTIONS,
      type: { type: "string", multiple: true },
      experiment: { type: "string", multiple: true },
      tag: { type: "string", multiple: true },
      limit: { type: "string" },
      any: { type: "boolean" },
      raw: { type: "boolean" },
      "show-sql": { type: "boolean" }
    });
    if (values.help) {
      io.stdout.write(`${HELP9}
`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError("etk search needs words to search for", 'etk search "affine trap"');
    const text2 = positionals.join(" ");
    const limit = intOption("search", "limit", values.limit) ?? 20;
    if (limit < 1) throw new UsageError("etk search: --limit must be at least 1");
    const format = outputFormat("search", values, io);
    const color = format === "table" && values.output === void 0 && useColor(io.stdout, io.env);
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const db = openForRead(dbPathFor(config, io.cwd, values.db));
    try {
      const o = { text: text2, limit, raw: values.raw === true, any: values.any === true };
      if (values.type) o.types = values.type;
      if (values.tag) o.tags = values.tag;
      if (values.experiment) o.experiments = resolveExperimentIds(db, values.experiment);
      if (color) o.marks = ["\x1B[1;33m", "\x1B[22;39m"];
      if (values["show-sql"]) showSql(io, searchQuery(o));
      const result = runSearch(db, o);
      emitResult("search", result, values, io, (r) => renderHits(r, color));
    } finally {
      db.close();
    }
    return 0;
  }
};

// src/cli/dashboard.ts
import { mkdirSync as mkdirSync3, renameSync as renameSync3, rmSync, writeFileSync } from "node:fs";
import { dirname as dirname4, relative as relative9, resolve as resolve6, sep as sep2 } from "node:path";
var HELP10 = `Usage: etk dashboard [--report FILE] [--experiment ID] [--port N] [options]

The index as a web page: overview, timeline, metric trends against baselines, tag cloud,
compliance heatmap, and searchable, sortable tables. One self-contained HTML file, with no
request to any network: open it from disk or from a CI artifact.

  --report FILE         write the page to FILE (atomically) and exit
  --experiment ID       that experiment's own page: its artifacts, metrics against baseline,
                        tags and problems
  (no --report)         serve the page on 127.0.0.1 and keep it current: a change of a Markdown
                        file under the experiments root syncs the index (as etk sync does) and
                        rebuilds the page; open pages reload themselves. Ctrl-C stops.
  --port N              the port to serve on (default 8765; 0 picks a free one)
  --no-sync             serve what the index holds, rebuilding when it changes, without syncing

Options:
  --db PATH             use this database file instead of the configured one
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Examples:
  etk dashboard --report report.html
  etk dashboard --report out/exp.html --experiment 20251217_024343_image_enhancements
  etk dashboard --port 8080
  etk sync --rev HEAD --db out/tracking.db && etk dashboard --db out/tracking.db --report out/report.html`;
var DEFAULT_PORT = 8765;
var size = (bytes) => bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
function writeAtomically(file, text2) {
  mkdirSync3(dirname4(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text2);
    renameSync3(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
var dashboardCommand = {
  name: "dashboard",
  summary: "the index as an HTML report (--report FILE), or served live on localhost",
  help: HELP10,
  async run(argv, io) {
    const { values, positionals } = parse("dashboard", argv, {
      ...DB_OPTION,
      report: { type: "string" },
      experiment: { type: "string" },
      port: { type: "string" },
      "no-sync": { type: "boolean" }
    });
    if (values.help) {
      io.stdout.write(`${HELP10}
`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`etk dashboard takes no arguments (found "${positionals.join(" ")}")`, "write a file with --report FILE, or run it without arguments to serve the page");
    const report = values.report;
    if (report === "") throw new UsageError("etk dashboard: --report needs a file name", "e.g. etk dashboard --report report.html");
    if (report !== void 0 && (values.port !== void 0 || values["no-sync"])) {
      throw new UsageError("etk dashboard: --port and --no-sync are for the live page; --report writes a file", "drop --report to serve the page, or drop --port/--no-sync");
    }
    const port = intOption("dashboard", "port", values.port) ?? DEFAULT_PORT;
    if (port > 65535) throw new UsageError(`etk dashboard: --port must be at most 65535 (found ${port})`);
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const dbPath = dbPathFor(config, io.cwd, values.db);
    const experiment = values.experiment;
    const { buildReport } = await import("./chunks/buildReport-ZVRONMGG.js");
    if (report !== void 0) {
      const started = performance.now();
      const file = resolve6(io.cwd, report);
      const up = relative9(dirname4(file), config.top ?? config.projectDir).split(sep2).join("/");
      const db = openForRead(dbPath);
      let html;
      try {
        html = buildReport(db, { ...experiment !== void 0 ? { experiment } : {}, linkBase: up === "" ? "" : `${up}/` });
      } finally {
        db.close();
      }
      writeAtomically(file, html);
      io.stdout.write(`✔ ${relative9(io.cwd, file) || file}: ${experiment !== void 0 ? `the page of ${experiment}` : "the report of the index"} (${size(Buffer.byteLength(html))}) in ${Math.round(performance.now() - started)} ms
`);
      return 0;
    }
    if (experiment !== void 0) {
      throw new UsageError("etk dashboard: --experiment needs --report FILE", "the live page links every experiment to its own page already; to write one: etk dashboard --experiment ID --report FILE");
    }
    const { startLiveDashboard } = await import("./chunks/liveServer-IX6RA2BL.js");
    let live;
    try {
      live = await startLiveDashboard({ config, dbPath, etkVersion: VERSION, port, sync: values["no-sync"] !== true, log: (line) => io.stderr.write(`etk dashboard: ${line}
`) });
    } catch (err) {
      if (err.code === "EADDRINUSE") throw new UsageError(`etk dashboard: port ${port} is in use`, "choose another with --port N (--port 0 picks a free one)");
      throw err;
    }
    io.stdout.write(`etk dashboard: serving ${live.url} (Ctrl-C to stop)
`);
    io.stderr.write(`etk dashboard: ${values["no-sync"] ? `watching ${relative9(io.cwd, dbPath) || dbPath}` : `watching ${relative9(io.cwd, config.rootAbs) || "."} (syncing ${relative9(io.cwd, dbPath) || dbPath})`}
`);
    await new Promise((done) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        done();
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    await live.close();
    return 0;
  }
};

// src/cli/main.ts
var COMMANDS = [initCommand, validateCommand, newCommand, statusCommand, syncCommand, queryCommand, searchCommand, dashboardCommand, dbCommand, hookCommand];
function mainHelp() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `etk ${VERSION}: experiment documentation in git, validated and queryable

Usage: etk <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help      help for etk or a command (etk validate --help)
  -v, --version   print the version

Example:
  etk validate --staged`;
}
async function runCli(argv, io) {
  const [first, ...rest] = argv;
  try {
    if (first === void 0 || first === "-h" || first === "--help" || first === "help") {
      const target = first === "help" ? COMMANDS.find((c) => c.name === rest[0]) : void 0;
      io.stdout.write(`${target ? target.help : mainHelp()}
`);
      return 0;
    }
    if (first === "-v" || first === "--version") {
      io.stdout.write(`${VERSION}
`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === first);
    if (!command) {
      const near = closest(first, COMMANDS.map((c) => c.name));
      io.stderr.write(`etk: unknown command "${first}"${near ? ` (did you mean "${near}"?)` : ""}
Run etk --help for the list of commands.
`);
      return 2;
    }
    if (command.skippable && io.env.ETK_SKIP === "1" && !rest.includes("--help") && !rest.includes("-h")) {
      io.stderr.write(`etk ${command.name}: skipped (ETK_SKIP=1)
`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof EtkError) {
      const message = err.message.startsWith("etk ") ? err.message : `etk: ${err.message}`;
      io.stderr.write(`${message}
${err.hint ? `  fix: ${err.hint}
` : ""}`);
      return err.exitCode;
    }
    const e = err;
    io.stderr.write(`etk: internal error: ${e?.stack ?? String(err)}
This is a bug in etk; please report it with the command you ran.
`);
    return 70;
  }
}

// src/cli/entry.ts
if (!isMainThread && workerData?.etkWorker === "validate") {
  await workerMain(workerData, (message) => parentPort.postMessage(message));
} else {
  enableWorkers(new URL(import.meta.url));
  const code = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr
  });
  process.exitCode = code;
}
