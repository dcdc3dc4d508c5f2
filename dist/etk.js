import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  TABLE_MAX_ROWS,
  TableFullError,
  createRowStream,
  describeQuery,
  findNamedQuery,
  namedQueries,
  namedQuerySql,
  prepareReadOnly,
  runStatement,
  sqliteLimitError,
  uniqueColumnNames
} from "./chunks/chunk-C64QB7OX.js";
import {
  formatRows,
  resolveFormat
} from "./chunks/chunk-3S5IC3JV.js";
import {
  asOfIndex,
  diffRevisions,
  mergeBaseWithDefault,
  resolveRevision
} from "./chunks/chunk-XF3DBVUL.js";
import {
  VERSION,
  gridResult,
  gridTable,
  loadRunGrid,
  metricDirection,
  metricVerdict,
  plural,
  runMetricsQuery,
  runsQuery
} from "./chunks/chunk-3VZMNHHN.js";
import {
  LATEST_METRIC,
  LISTINGS,
  LISTING_FILTERS,
  experimentIds,
  fill,
  frag,
  inList,
  joinFrags,
  listingQuery,
  matchExperimentId,
  resolveExperimentId,
  resolveExperimentIds
} from "./chunks/chunk-TYSI2RHP.js";
import {
  logLineSafe,
  terminalSafe
} from "./chunks/chunk-2YQUU2N3.js";
import {
  BUILTIN_SCHEMAS,
  COMMON_SCHEMA,
  CorruptDatabaseError,
  DEFAULT_STATUSES,
  EXPERIMENT_ID,
  LINK_MODE,
  LOG_FORMAT,
  PRECEDENCE,
  PRECOMPILED,
  PROFILES,
  RULES,
  SCHEMA_VERSION,
  SLUG_MAX,
  TYPE_FOLDERS,
  YamlPositions,
  applySeverity,
  artifactStamp,
  blobFile,
  blockingMoves,
  busyTimeoutMs,
  checkConflicts,
  checkDatabase,
  classifyPath,
  compareDiagnostics,
  configHash,
  counts,
  crossEntryOf,
  crossFileFindings,
  decodeArtifact,
  deriveTitle,
  dirtyRows,
  enableWorkers,
  execGit,
  factsOf,
  fixedFileName,
  gitSucceeds,
  inspectDb,
  isEtkIndexFile,
  isRuleId,
  isSqliteError,
  isTimeZone,
  keptObjects,
  listSource,
  locateInResults,
  mergedLiveFacts,
  meta,
  metadataTime,
  movesOf,
  openForRead,
  openForWrite,
  parseFrontmatter,
  parseGrepZ,
  parseLog,
  parseLsFilesStage,
  parseRawDiff,
  planSync,
  previewOpen,
  primeWorktreeStatus,
  quickSourceFromIndex,
  readBlobs,
  readIndexFiles,
  readMetadataFile,
  readOnlyLookError,
  readRegularFile,
  readWorktreeFile,
  repoTop,
  require_dist,
  rowsFor,
  schemasFor,
  shallowCommits,
  slugify,
  splitZ,
  stagedChanges,
  stagedPaths,
  syncIndex,
  takeStatusPrefetch,
  toPosix,
  validateFile,
  validateRepo,
  walkMarkdown,
  workerMain,
  yaml,
  zoneOffsetAt
} from "./chunks/chunk-FHX5CIFV.js";
import "./chunks/chunk-KPMUO7AQ.js";
import {
  fingerprints,
  isEmptyDiff,
  matchProblems
} from "./chunks/chunk-APGHLKAF.js";
import {
  closest
} from "./chunks/chunk-PIUJR427.js";
import {
  ConfigError,
  EtkError,
  UsageError,
  __toESM
} from "./chunks/chunk-3UJG7U6Z.js";

// src/cli/entry.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";

// src/query/queryChild.ts
var QUERY_CHILD_ENV = "ETK_QUERY_CHILD";
var HEAP_LIMIT_BYTES = 1024 * 1024 * 1024;
function nextMessage() {
  return new Promise((resolve13, reject) => {
    const onMessage = (m) => {
      process.off("disconnect", onGone);
      resolve13(m);
    };
    const onGone = () => {
      process.off("message", onMessage);
      reject(new Error("the parent went away"));
    };
    process.once("message", onMessage);
    process.once("disconnect", onGone);
  });
}
function send(m) {
  return new Promise((resolve13, reject) => {
    process.send(m, void 0, {}, (err) => err ? reject(err) : resolve13());
  });
}
function asMessage(err, job, explain) {
  let e = err;
  if (!(e instanceof EtkError) && explain !== null) e = explain(e);
  if (!(e instanceof EtkError)) e = sqliteLimitError(job.command, e) ?? e;
  if (e instanceof EtkError) return { error: { message: e.message, hint: e.hint, exitCode: e.exitCode } };
  const raw = e;
  return { error: { message: `internal error: ${raw?.stack ?? String(raw)}`, exitCode: 70 } };
}
async function run(job) {
  let explain = null;
  try {
    const db = openForRead(job.dbPath);
    db.exec(`PRAGMA hard_heap_limit = ${HEAP_LIMIT_BYTES}`);
    let stmt;
    if (job.userSql) {
      const fenced = prepareReadOnly(db, job.sql);
      stmt = fenced.stmt;
      explain = fenced.explain;
    } else stmt = db.prepare(job.sql);
    await send({ columns: uniqueColumnNames(stmt.columns().map((c) => c.name)) });
    stmt.setReturnArrays(true);
    stmt.setReadBigInts(true);
    let batch = [];
    for (const row of stmt.iterate(...job.params)) {
      batch.push(row);
      if (batch.length >= job.batchRows) {
        await send({ rows: batch });
        batch = [];
        const m = await nextMessage();
        if (!("next" in m)) return;
      }
    }
    if (batch.length > 0) await send({ rows: batch });
    await send({ done: true });
  } catch (err) {
    if (err?.message === "the parent went away") return;
    await send(asMessage(err, job, explain)).catch(() => void 0);
  }
}
async function queryChildMain() {
  delete process.env[QUERY_CHILD_ENV];
  const first = await nextMessage().catch(() => null);
  if (first !== null && "job" in first) await run(first.job);
  process.disconnect?.();
}

// src/query/runBoundedQuery.ts
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
var DEFAULT_TIMEOUT_SECONDS = 30;
var childEntry = new URL("../cli/entry.ts", import.meta.url);
function setQueryChildEntry(entry) {
  childEntry = entry;
}
var BATCH_ROWS = 500;
function childError(e) {
  return e.exitCode === 2 ? new UsageError(e.message, e.hint) : new EtkError(e.message, e.exitCode, e.hint);
}
function seconds(n) {
  return `${n} second${n === 1 ? "" : "s"}`;
}
function runBoundedQuery(job, options) {
  return new Promise((resolve13, reject) => {
    let child;
    try {
      child = fork(fileURLToPath(childEntry), [], {
        env: { ...process.env, [QUERY_CHILD_ENV]: "1" },
        stdio: ["ignore", "ignore", "pipe", "ipc"],
        serialization: "advanced"
      });
    } catch (err) {
      reject(err);
      return;
    }
    let stderr = "";
    child.stderr?.on("data", (d) => {
      if (stderr.length < 4e3) stderr += d.toString("utf8");
    });
    let settled = false;
    let rows = 0;
    const finish = (err) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (err !== null) child.kill("SIGKILL");
      else if (child.connected) child.disconnect();
      if (err === null) resolve13();
      else reject(err);
    };
    const timer = options.timeoutSeconds > 0 ? setTimeout(() => {
      finish(
        new UsageError(
          `etk ${job.command}: stopped after ${seconds(options.timeoutSeconds)} (the time limit), ${rows === 0 ? "before the first row" : `after ${rows} row${rows === 1 ? "" : "s"}`}; the output is incomplete`,
          "make the query cheaper (a WHERE, a LIMIT, no endless WITH RECURSIVE), or allow more time with --timeout SECONDS (0: no limit)"
        )
      );
    }, options.timeoutSeconds * 1e3) : null;
    const ask = (m) => {
      if (child.connected) child.send(m, (err) => void err);
    };
    child.on("message", (m) => {
      if (settled) return;
      try {
        if ("columns" in m) options.onColumns(m.columns);
        else if ("rows" in m) {
          rows += m.rows.length;
          options.onRows(m.rows);
          if (m.rows.length >= BATCH_ROWS) ask({ next: true });
        } else if ("done" in m) finish(null);
        else finish(childError(m.error));
      } catch (err) {
        finish(err);
      }
    });
    child.on("error", (err) => finish(err));
    child.on("exit", (code3, signal) => {
      finish(new Error(`the query process ended (${signal ?? `exit code ${code3}`}) before finishing${stderr ? `: ${stderr.trim()}` : ""}`));
    });
    ask({ job: { ...job, batchRows: BATCH_ROWS } });
  });
}

// src/authoring/fixStaged.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join3 } from "node:path";

// src/authoring/fixFiles.ts
import { lstatSync, renameSync as renameSync2 } from "node:fs";
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
function cannotWrite(path, err) {
  const code3 = err?.code;
  if (typeof code3 !== "string" || err.syscall === void 0) return err;
  const fix = "choose another path";
  switch (code3) {
    case "EISDIR":
      return new UsageError(`cannot write ${path}: it is a folder`, "give the path of a file in it, not of the folder");
    case "ENOTDIR":
    case "EEXIST":
      return new UsageError(`cannot write ${path}: a part of the path is a file, not a folder`, fix);
    case "EACCES":
    case "EPERM":
      return new UsageError(`cannot write ${path}: permission denied`, fix);
    case "EROFS":
      return new UsageError(`cannot write ${path}: the file system is read-only`, fix);
    case "ENOSPC":
    case "EDQUOT":
      return new UsageError(`cannot write ${path}: no space left on the device`, "free some space and run it again");
    default:
      return new UsageError(`cannot write ${path}: ${err.message}`, fix);
  }
}
function writeFileAtomic(target, data, options = {}) {
  try {
    writeAtomic(target, data, options);
  } catch (err) {
    throw cannotWrite(target, err);
  }
}
function writeAtomic(target, data, options) {
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
    const code3 = err.code;
    if (code3 === "EEXIST") throw new TargetExistsError(target);
    if (code3 !== "EPERM" && code3 !== "ENOTSUP" && code3 !== "EOPNOTSUPP" && code3 !== "ENOSYS" && code3 !== "EXDEV") throw err;
    if (existsSync(target)) throw new TargetExistsError(target);
    renameSync(temp, target);
  }
}

// src/authoring/fixText.ts
var import_yaml = __toESM(require_dist(), 1);

// src/authoring/slugs.ts
function splitsCamel(text) {
  return !/\s/.test(text.trim());
}
function experimentSlug(name) {
  const slug = slugify(name, SLUG_MAX, splitsCamel(name)).replace(/-/g, "_");
  if (slug === "") {
    throw new UsageError(`the name "${name}" leaves nothing for the experiment id: it needs Latin letters or digits (accents are dropped, other scripts cannot be spelt in a-z)`, 'add a short Latin-letter name, e.g. etk new experiment "receipt layout (レシート)"');
  }
  return slug;
}
function artifactSlug(title) {
  const slug = slugify(title, SLUG_MAX, splitsCamel(title));
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
var ISO_DATE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$/;
function isRealDate(y, mo, d) {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
}
function normalizeTimestamp(text, localOffset = localOffsetMinutes) {
  const s = text.trim();
  if (ISO_DATE_TIME.test(s)) return null;
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(?:([Zz])|(?:UTC|GMT)|([+-])(\d{2}):?(\d{2})?)?$/.exec(s);
  if (!m) return null;
  const [, y, mo, d, h = "0", mi = "0", sec = "0", frac = "", zulu, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day2 = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(sec);
  if (!isRealDate(year, month, day2) || hour > 23 || minute > 59 || second > 59) return null;
  const wall = `${pad(year, 4)}-${pad(month)}-${pad(day2)}T${pad(hour)}:${pad(minute)}:${pad(second)}${frac}`;
  const utcish = zulu !== void 0 || /(UTC|GMT)$/.test(s);
  if (utcish) return { value: `${wall}Z` };
  if (sign !== void 0) {
    const offH = Number(oh);
    const offM = Number(om ?? "0");
    if (offH > 23 || offM > 59) return null;
    return { value: `${wall}${sign}${pad(offH)}:${pad(offM)}` };
  }
  const guess = new Date(Date.UTC(year, month - 1, day2, hour, minute, second));
  let offset = localOffset(new Date(guess.getTime() - localOffset(guess) * 6e4));
  offset = localOffset(new Date(guess.getTime() - offset * 6e4));
  const written2 = formatOffset(offset);
  return { value: `${wall}${written2}`, assumedOffset: written2 };
}

// src/authoring/fixText.ts
var QUOTABLE = /* @__PURE__ */ new Set(["PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"]);
function tagText(tag) {
  const back = (0, import_yaml.parseDocument)(tag).toJS();
  return back === tag ? tag : JSON.stringify(tag);
}
function pairOf(items, key2) {
  return items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === key2);
}
function fixText(text, options = {}) {
  const parsed = parseFrontmatter(text);
  if (parsed.data === null) return null;
  const yamlStart = text.indexOf("\n") + 1;
  const yaml2 = parsed.yaml;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(yaml2, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0 || !(0, import_yaml.isMap)(doc.contents) || doc.contents.flow) return null;
  const items = doc.contents.items;
  const lineOf = (offset) => counter.linePos(offset).line + parsed.yamlStartLine - 1;
  const edits = [];
  const changes = [];
  const source = (s) => yaml2.slice(s.range[0], s.range[1]);
  for (const key2 of ["created", "updated"]) {
    const pair = pairOf(items, key2);
    const v = pair?.value;
    if (!(0, import_yaml.isScalar)(v) || !v.range || !QUOTABLE.has(String(v.type))) continue;
    if (key2 === "updated" && options.touch !== void 0) {
      if (v.range[0] === v.range[1]) {
        const colon = yaml2.indexOf(":", pair.key.range[1]);
        edits.push({ start: colon + 1, end: colon + 1, text: ` ${JSON.stringify(options.touch)}` });
        changes.push({ at: colon, message: `updated: (empty) -> "${options.touch}" (--touch)` });
        continue;
      }
      edits.push({ start: v.range[0], end: v.range[1], text: JSON.stringify(options.touch) });
      changes.push({ at: v.range[0], message: `updated: ${source(v)} -> "${options.touch}" (--touch)` });
      continue;
    }
    if (typeof v.value !== "string" || ISO_DATE_TIME.test(v.value)) continue;
    const n = normalizeTimestamp(v.value, options.localOffset);
    if (n === null) continue;
    edits.push({ start: v.range[0], end: v.range[1], text: JSON.stringify(n.value) });
    changes.push({ at: v.range[0], message: `${key2}: ${source(v)} -> "${n.value}"${n.assumedOffset ? ` (no offset was written: assumed ${options.offsetLabel ?? "this machine's"}, ${n.assumedOffset})` : ""}` });
  }
  if (options.touch !== void 0 && pairOf(items, "updated") === void 0) {
    const after = pairOf(items, "created") ?? items[items.length - 1];
    const end = after ? lineEnd(yaml2, after.value?.range?.[2] ?? after.key.range[2]) : 0;
    edits.push({ start: end, end, text: `updated: "${options.touch}"${eol}` });
    changes.push({ at: end, message: `added updated: "${options.touch}" (--touch)` });
  }
  const ads = pairOf(items, "ads_version");
  if (ads === void 0) {
    edits.push({ start: 0, end: 0, text: `ads_version: "1.0"${eol}` });
    changes.push({ at: 0, message: 'added ads_version: "1.0"' });
  } else if ((0, import_yaml.isScalar)(ads.value) && ads.value.range && ads.value.type === "PLAIN" && /^[0-9]+\.[0-9]+$/.test(source(ads.value))) {
    const written2 = source(ads.value);
    edits.push({ start: ads.value.range[0], end: ads.value.range[1], text: `"${written2}"` });
    changes.push({ at: ads.value.range[0], message: `ads_version: ${written2} -> "${written2}" (a version is text: unquoted, 1.10 would read as 1.1)` });
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
      const text2 = item.value === norm ? was : tagText(norm);
      if (text2 !== was) notes.push(`${was} -> ${text2}`);
      result.push({ item, text: text2, was });
    }
    if (notes.length > 0) {
      const edit = tags.flow ? flowEdits(result) : blockEdits(yaml2, result);
      if (edit !== null) {
        edits.push(...edit);
        changes.push({ at: tags.range[0], message: `tags: ${notes.join(", ")}` });
      }
    }
  }
  if (edits.length === 0) return { text, changes: [] };
  edits.sort((a, b) => b.start - a.start);
  for (let i = 1; i < edits.length; i++) if (edits[i].end > edits[i - 1].start) return { text, changes: [] };
  let out = yaml2;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  const fixed = text.slice(0, yamlStart) + out + text.slice(yamlStart + yaml2.length);
  if (parseFrontmatter(fixed).data === null) return { text, changes: [] };
  const lines = (t) => t.split("\n").length - 1;
  const shift = (at) => edits.filter((e) => e.start < at).reduce((n, e) => n + lines(e.text) - lines(yaml2.slice(e.start, e.end)), 0);
  const located = changes.map((c) => ({ line: lineOf(c.at) + shift(c.at), message: c.message }));
  located.sort((a, b) => a.line - b.line);
  return { text: fixed, changes: located };
}
function lineEnd(text, offset) {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? text.length : nl + 1;
}
function flowEdits(result) {
  const edits = [];
  for (const [i, r] of result.entries()) {
    const [start, end] = r.item.range;
    if (r.text === null) edits.push({ start: result[i - 1].item.range[1], end, text: "" });
    else if (r.text !== r.was) edits.push({ start, end, text: r.text });
  }
  return edits;
}
function blockEdits(yaml2, result) {
  const edits = [];
  for (const r of result) {
    const [start, end] = r.item.range;
    if (r.text !== null) {
      if (r.text !== r.was) edits.push({ start, end, text: r.text });
      continue;
    }
    const lineStart = yaml2.lastIndexOf("\n", start - 1) + 1;
    const stop = lineEnd(yaml2, end);
    if (!/^[ \t]*-[ \t]+$/.test(yaml2.slice(lineStart, start)) || !/^[ \t]*(#[^\n]*)?\r?\n?$/.test(yaml2.slice(end, stop))) return null;
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
function occupied(target, source) {
  const t = lstatSync(target, { throwIfNoEntry: false });
  if (t === void 0) return false;
  const s = lstatSync(source, { throwIfNoEntry: false });
  return s === void 0 || t.dev !== s.dev || t.ino !== s.ino;
}
function fixFiles(req) {
  const out = [];
  const renames = [];
  const planned = /* @__PURE__ */ new Set();
  for (const path of req.paths) {
    if (classifyPath(path, req.root).kind === "metadata") continue;
    const abs = join2(req.base, path);
    const read = readRegularFile(abs, req.maxFileSize);
    if (read.kind !== "file") continue;
    const bytes = read.bytes;
    const decoded = decodeArtifact(bytes);
    if (decoded.text === null) continue;
    const fixed = fixText(decoded.text, { touch: req.touch, ...req.localOffset ? { localOffset: req.localOffset } : {}, ...req.offsetLabel ? { offsetLabel: req.offsetLabel } : {} });
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
        if (occupied(join2(req.base, newPath), abs)) {
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

// src/authoring/fixStaged.ts
function configuredZone(config) {
  if (!config.timezoneConfigured) return {};
  return { localOffset: (d) => zoneOffsetAt(config.timezone, d.getTime()), offsetLabel: `the configured timezone ${config.timezone}` };
}
function fixStaged(config, top, staged, touch) {
  if (staged.length === 0) return { fixes: [], partial: [] };
  const unstaged = new Set(splitZ(execGit(["diff", "--name-only", "-z", "--no-renames", "--", config.root === "" ? "." : config.root], { cwd: top })));
  const partial = staged.filter((p) => unstaged.has(p));
  const candidates = staged.filter((p) => !unstaged.has(p) && existsSync2(join3(top, p)));
  const fixes = fixFiles({
    top,
    base: top,
    root: config.root,
    maxFileSize: config.maxFileSize,
    knownTypes: [...Object.keys(BUILTIN_SCHEMAS), ...Object.keys(config.extraTypes)],
    paths: candidates,
    touch: touch ? isoWithOffset(/* @__PURE__ */ new Date()) : void 0,
    rename: false,
    ...configuredZone(config)
  });
  const changed = fixes.filter((f) => f.changes.length > 0).map((f) => f.path);
  if (changed.length > 0) execGit(["add", "--", ...changed], { cwd: top });
  return { fixes, partial };
}

// src/cli/validate.ts
import { isAbsolute as isAbsolute3, join as join5, relative as relative3, resolve as resolve3 } from "node:path";

// src/config/loadConfig.ts
import { existsSync as existsSync3, readdirSync, readFileSync, statSync as statSync2 } from "node:fs";
import { basename as basename2, dirname as dirname3, isAbsolute as isAbsolute2, join as join4, relative as relative2, resolve as resolve2 } from "node:path";

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
    profile: {
      type: "string",
      enum: [
        "eds-1.0",
        "strict"
      ],
      description: "The built-in rule set: eds-1.0 (default; what the published standard and its checker accept) or strict (validation-rules.json to the letter). Any other key here overrides the profile."
    },
    timezone: {
      type: "string",
      minLength: 1,
      description: "IANA time zone (e.g. Asia/Seoul) that a timestamp without a zone is read in, and that etk validate --fix adds. Default: UTC"
    },
    statuses: {
      type: "array",
      items: {
        type: "string",
        pattern: "^[a-z0-9_-]+$"
      },
      minItems: 1,
      uniqueItems: true,
      description: "Allowed values of `status`. Default (eds-1.0): draft, active, complete, deprecated"
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
      propertyNames: {
        pattern: "^[a-z][a-z0-9_]*$"
      },
      additionalProperties: {
        type: "string",
        minLength: 1
      }
    },
    metrics: {
      type: "object",
      description: 'Per metric name, which way is better and how much worse it may get, for the verdicts and the metric gate of etk ci check and the GitHub check: name -> { direction?: higher | lower, tolerance?: number | "<n>%" }; "*" -> { tolerance } is the default tolerance of every metric not listed (none: 0). Unlisted directions: lower for names with latency, time, duration, error, err, loss, cer, wer, fpr, mae, mse, rmse, memory or size, else higher',
      properties: {
        "*": {
          type: "object",
          additionalProperties: false,
          required: [
            "tolerance"
          ],
          properties: {
            tolerance: {
              description: 'How much worse than its reference the metric may get before `--gate` fails: an absolute amount in the metric\'s unit (2), or a share of the reference ("0.5%")',
              oneOf: [
                {
                  type: "number",
                  minimum: 0
                },
                {
                  type: "string",
                  pattern: "^[0-9]+(\\.[0-9]+)?%$"
                }
              ]
            }
          }
        }
      },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        minProperties: 1,
        properties: {
          direction: {
            enum: [
              "higher",
              "lower"
            ]
          },
          tolerance: {
            description: 'How much worse than its reference the metric may get before `--gate` fails: an absolute amount in the metric\'s unit (2), or a share of the reference ("0.5%")',
            oneOf: [
              {
                type: "number",
                minimum: 0
              },
              {
                type: "string",
                pattern: "^[0-9]+(\\.[0-9]+)?%$"
              }
            ]
          }
        }
      }
    },
    parameters: {
      type: "array",
      description: 'Which report frontmatter fields are run parameters, in the order etk compare, etk query runs and the report show them (e.g. ["backbone", "lr"]). Default: every scalar field the EDS standard does not define',
      items: {
        type: "string",
        minLength: 1
      },
      uniqueItems: true
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

// src/util/isInside.ts
import { lstatSync as lstatSync2, readlinkSync, realpathSync } from "node:fs";
import { dirname as dirname2, isAbsolute, relative, resolve } from "node:path";
function realish(path, depth = 0) {
  let head = path;
  const rest = [];
  for (; ; ) {
    try {
      const real2 = realpathSync(head);
      return rest.length === 0 ? real2 : `${real2}/${rest.reverse().join("/")}`;
    } catch {
      try {
        if (depth < 40 && lstatSync2(head).isSymbolicLink()) {
          const target = resolve(dirname2(head), readlinkSync(head));
          return realish(rest.length === 0 ? target : `${target}/${[...rest].reverse().join("/")}`, depth + 1);
        }
      } catch {
      }
      const up = dirname2(head);
      if (up === head) return path;
      rest.push(head.slice(up.length).replace(/^[\\/]/, ""));
      head = up;
    }
  }
}
function isInside(dir, path) {
  const rel2 = relative(realish(dir), realish(path));
  return rel2 !== "" && rel2 !== ".." && !rel2.startsWith("../") && !isAbsolute(rel2);
}

// src/action/tolerance.ts
var NO_TOLERANCE = { kind: "absolute", amount: 0 };
function parseTolerance(value) {
  if (typeof value === "number") return { kind: "absolute", amount: value };
  return { kind: "relative", percent: Number(value.trim().replace(/%$/, "")) };
}
function toleranceText(t) {
  return t.kind === "absolute" ? String(t.amount) : `${t.percent}%`;
}
function allowedWorsening(t, reference) {
  return t.kind === "absolute" ? t.amount : Math.abs(reference) * t.percent / 100;
}
function toleranceOf(name, tolerances) {
  if (Object.hasOwn(tolerances, name)) return tolerances[name];
  if (Object.hasOwn(tolerances, "*")) return tolerances["*"];
  return NO_TOLERANCE;
}

// src/config/loadConfig.ts
var DEFAULTS = {
  root: "experiment_manager/experiments",
  database: "data/ops/tracking.db",
  maxFileSize: 5 * 1024 * 1024
};
function jsonErrorWhere(message, text) {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `${lc[1]}:${lc[2]}`;
  const p = /position (\d+)/.exec(message);
  if (!p) return "";
  const before = text.slice(0, Number(p[1]));
  const line = before.split("\n").length;
  return `${line}:${before.length - before.lastIndexOf("\n")}`;
}
var MAX_CONFIG_BYTES = 8 * 1024 * 1024;
function readJson(file, what2, inside) {
  let text;
  try {
    const st = statSync2(file);
    if (inside !== null && !isInside(inside, file)) throw new ConfigError(`${what2} ${file} leads outside the repository ${inside} (through a symbolic link or the path); etk reads configuration only from inside it`, "make it a regular file in the repository");
    if (!st.isFile()) throw new ConfigError(`${what2} ${file} is not a regular file`, "make it a regular file");
    if (st.size > MAX_CONFIG_BYTES) throw new ConfigError(`${what2} ${file} is ${st.size} bytes, more than a configuration file holds (${MAX_CONFIG_BYTES})`, "check the path");
    text = readFileSync(file, "utf8");
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError(`cannot read ${what2} ${file}: ${err.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const where = jsonErrorWhere(err.message, text);
    throw new ConfigError(`${file}${where ? `:${where}` : ""}: ${what2} is not valid JSON: ${err.message}`, "fix the JSON syntax (a trailing comma or a missing quote, most often)");
  }
}
function findConfig(cwd, top) {
  let dir = resolve2(cwd);
  for (; ; ) {
    const file = join4(dir, "etk.config.json");
    if (existsSync3(file)) return { file, raw: readJson(file, "etk config", top) };
    const pkg = join4(dir, "package.json");
    if (existsSync3(pkg)) {
      const json = readJson(pkg, "package.json", top);
      if (json && typeof json === "object" && "etk" in json) return { file: `${pkg}#etk`, raw: json.etk };
    }
    if (top !== null && resolve2(dir) === resolve2(top)) return null;
    const up = dirname3(dir);
    if (up === dir) return null;
    dir = up;
  }
}
var validateConfig;
async function configValidator() {
  if (PRECOMPILED?.config) return PRECOMPILED.config;
  const { createAjv } = await import("./chunks/compileSchemas-NYBKNKWK.js");
  return validateConfig ??= createAjv(void 0).compile(etk_config_schema_default);
}
async function shapeProblems(raw) {
  const validateConfig2 = await configValidator();
  if (validateConfig2(raw)) return [];
  return (validateConfig2.errors ?? []).map((e) => {
    const where = e.instancePath === "" ? "config" : e.instancePath.slice(1).replace(/\//g, ".");
    if (e.keyword === "additionalProperties") {
      const key2 = String(e.params.additionalProperty);
      const known = e.instancePath === "" ? Object.keys(etk_config_schema_default.properties) : e.instancePath.startsWith("/metrics/") ? ["direction", "tolerance"] : ["schema"];
      const near = closest(key2, known);
      return `${where}: unknown key "${key2}"${near ? ` (did you mean "${near}"?)` : ""}`;
    }
    if (e.keyword === "enum") return `${where} must be one of ${e.params.allowedValues.join(", ")}`;
    return `${where} ${e.message ?? "is invalid"}`;
  });
}
function configProblems(source, problems) {
  if (problems.length === 1) return new ConfigError(`${source === null ? "" : `${source}: `}${problems[0].message}`, problems[0].hint ?? "see the Configuration section of the etk README for every key");
  const hints = [...new Set(problems.map((p) => p.hint).filter((h) => h !== void 0))];
  return new ConfigError(`${source ?? "the configuration"}: ${problems.length} problems:
${problems.map((p) => `  - ${p.message}`).join("\n")}`, hints.length > 0 ? hints.join("; ") : "see the Configuration section of the etk README for every key");
}
function isDirectory(path) {
  try {
    return statSync2(path).isDirectory();
  } catch {
    return false;
  }
}
function unknownRule(id) {
  const near = closest(id, Object.keys(RULES));
  return `unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ""}`;
}
function missingRootMessage(configured, rootAbs, base) {
  let near = dirname3(rootAbs);
  while (!isDirectory(near) && dirname3(near) !== near) near = dirname3(near);
  const rel2 = (p) => toPosix(relative2(base, p)) || ".";
  const missing = toPosix(relative2(near, rootAbs)).split("/")[0] ?? "";
  let sibling;
  try {
    const dirs = readdirSync(near, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    sibling = closest(missing, dirs);
  } catch {
    sibling = void 0;
  }
  const what2 = configured === void 0 ? `the experiments root ${rel2(rootAbs)} (the default: no "root" is configured)` : `root ${configured}`;
  return `${what2} does not exist (${rootAbs}); the nearest existing folder is ${rel2(near)}${sibling !== void 0 ? `, which holds ${toPosix(join4(rel2(near) === "." ? "" : rel2(near), sibling))} (did you mean that?)` : ""}`;
}
async function loadConfig(options) {
  const cwd = resolve2(options.cwd);
  let found;
  let top;
  if (options.configFile !== void 0) {
    const file = resolve2(cwd, options.configFile);
    if (!existsSync3(file)) throw new ConfigError(`config file ${options.configFile} does not exist`, "check the --config path");
    top = repoTop(dirname3(file));
    const raw2 = readJson(file, "etk config", null);
    found = { file, raw: file.endsWith("package.json") ? raw2?.etk : raw2 };
  } else {
    top = repoTop(cwd);
    found = findConfig(cwd, top);
  }
  const source = found ? found.file : null;
  const problems = [];
  const add = (message, hint) => problems.push({ message, hint });
  const shape = found ? await shapeProblems(found.raw ?? {}) : [];
  for (const m of shape) add(m, "see the Configuration section of the etk README for every key");
  if (shape.length > 0) {
    const rules2 = found.raw?.rules;
    if (rules2 !== null && typeof rules2 === "object" && !Array.isArray(rules2)) {
      for (const id of Object.keys(rules2)) if (!isRuleId(id)) add(unknownRule(id), `rule ids: ${Object.keys(RULES).join(", ")}`);
    }
    throw configProblems(source, problems);
  }
  const raw = found ? found.raw ?? {} : {};
  const projectDir = found ? dirname3(found.file.replace(/#etk$/, "")) : top ?? cwd;
  const rootAbs = resolve2(projectDir, raw.root ?? DEFAULTS.root);
  const base = top ?? projectDir;
  const rootRel = toPosix(relative2(base, rootAbs));
  if (rootRel.startsWith("..") || isAbsolute2(rootRel)) {
    add(`root ${raw.root} is outside the repository ${base}`, "point root at a folder inside the repository");
  } else if (options.requireRoot !== false && !isDirectory(rootAbs)) {
    add(missingRootMessage(raw.root, rootAbs, base), raw.root === void 0 ? `create it (etk new experiment "<name>" does), or set "root" in etk.config.json to the folder that holds your experiments` : `fix "root" in ${source === null ? "etk.config.json" : basename2(source.replace(/#etk$/, ""))}, or create the folder (etk new experiment "<name>" does)`);
  }
  const databaseAbs = resolve2(projectDir, raw.database ?? DEFAULTS.database);
  if (raw.database !== void 0 && !isInside(base, databaseAbs)) {
    add(`database ${raw.database} is outside the repository ${base}`, "point database at a file inside the repository, or pass --db PATH on the command line to use a file elsewhere");
  }
  const profileName = raw.profile ?? "eds-1.0";
  const profile = PROFILES[profileName];
  const timezone = raw.timezone ?? "UTC";
  if (!isTimeZone(timezone)) add(`timezone "${timezone}" is not an IANA time zone name`, "use a name such as Asia/Seoul, Europe/Berlin or UTC");
  const rules = Object.fromEntries(Object.entries(RULES).map(([id, info]) => [id, info.severity]));
  Object.assign(rules, profile.rules);
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    if (!isRuleId(id)) add(unknownRule(id), `rule ids: ${Object.keys(RULES).join(", ")}`);
    else rules[id] = setting;
  }
  const extraTypes = {};
  for (const [name, { schema }] of Object.entries(raw.types ?? {})) {
    if (Object.hasOwn(BUILTIN_SCHEMAS, name) && profile.schemas?.types[name] !== null) {
      add(`type "${name}" is built in and cannot be redefined`, "choose another type name");
      continue;
    }
    const file = resolve2(projectDir, schema);
    if (!existsSync3(file)) {
      add(`schema ${schema} for type "${name}" does not exist`, `create ${schema}, or fix the path (relative to ${projectDir})`);
      continue;
    }
    const loaded = readJson(file, `schema for type "${name}"`, base);
    if (loaded === null || typeof loaded !== "object" || Array.isArray(loaded)) add(`${schema}: a JSON Schema must be an object`, 'write the schema as a JSON object ({"type": "object", ...})');
    else extraTypes[name] = { schema: loaded, source: schema };
  }
  const templates = {};
  const typeNames = [...Object.keys(BUILTIN_SCHEMAS), ...Object.keys(raw.types ?? {})];
  for (const [type, path] of Object.entries(raw.templates ?? {})) {
    if (!typeNames.includes(type)) {
      const near = closest(type, typeNames);
      add(`templates: "${type}" is not an artifact type${near ? ` (did you mean "${near}"?)` : ""}`, `template keys are types: ${typeNames.join(", ")}`);
      continue;
    }
    const file = resolve2(projectDir, path);
    if (!existsSync3(file)) add(`template ${path} for type "${type}" does not exist`, `create ${path}, or fix the path (relative to ${projectDir})`);
    else if (!isInside(base, file)) add(`template ${path} for type "${type}" leads outside the repository ${base}`, "keep templates in the repository");
    else templates[type] = file;
  }
  if (problems.length > 0) throw configProblems(source, problems);
  return {
    source,
    projectDir,
    top,
    rootAbs,
    root: rootRel === "." ? "" : rootRel,
    databaseAbs,
    profile: profileName,
    timezone,
    timezoneConfigured: raw.timezone !== void 0,
    statuses: raw.statuses ?? (profile.statuses === DEFAULT_STATUSES ? void 0 : [...profile.statuses]),
    schemaProfile: profile.schemas,
    extraTypes,
    rules,
    maxFileSize: raw.maxFileSize ?? DEFAULTS.maxFileSize,
    templates,
    queries: raw.queries ?? {},
    metrics: Object.fromEntries(Object.entries(raw.metrics ?? {}).flatMap(([name, m]) => m.direction !== void 0 && name !== "*" ? [[name, m.direction]] : [])),
    tolerances: Object.fromEntries(Object.entries(raw.metrics ?? {}).flatMap(([name, m]) => m.tolerance !== void 0 ? [[name, parseTolerance(m.tolerance)]] : [])),
    parameters: raw.parameters
  };
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  config: { type: "string", short: "c" }
};
function joinNegativeValues(argv, options) {
  const takesValue = (arg) => {
    const long = /^--([^=]+)$/.exec(arg)?.[1];
    if (long !== void 0) return options[long]?.type === "string";
    const short3 = /^-([^-])$/.exec(arg)?.[1];
    return short3 !== void 0 && Object.values(options).some((o) => o.short === short3 && o.type === "string");
  };
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    if (arg === "--") {
      out.push(...argv.slice(i));
      break;
    }
    if (next !== void 0 && /^-\d/.test(next) && takesValue(arg)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
function parse(command, argv, options) {
  try {
    const all = { ...COMMON_OPTIONS, ...options };
    return parseArgs({ args: joinNegativeValues(argv, all), options: all, allowPositionals: true, strict: true });
  } catch (err) {
    const message = err.message;
    const flag = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (flag) {
      const near = closest(flag.replace(/^-+/, ""), Object.keys({ ...COMMON_OPTIONS, ...options }));
      throw new UsageError(`etk ${command}: unknown option ${flag}${near ? ` (did you mean --${near}?)` : ""}`, `see etk ${command} --help`);
    }
    const missing = /Option '(?:-\w, )?(--[^ ']+)(?: <value>)?' argument missing/.exec(message)?.[1];
    if (missing) throw new UsageError(`etk ${command}: ${missing} needs a value`, `e.g. ${missing} <value>; see etk ${command} --help`);
    throw new UsageError(`etk ${command}: ${message.replace(/\. To specify a positional.*$/s, "")}`, `see etk ${command} --help`);
  }
}
function intOption(command, name, value) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value)) throw new UsageError(`etk ${command}: --${name} must be a whole number, 0 or more (found "${value}")`, `e.g. --${name} 10`);
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new UsageError(`etk ${command}: --${name} is too large (found "${value}", at most ${Number.MAX_SAFE_INTEGER})`);
  return n;
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
function codeFrame(text, line, column, c) {
  const lines = text.split(/\r?\n/);
  const from = Math.max(1, line - 1);
  const to = Math.min(lines.length, line + 1);
  const width = String(to).length;
  const out = [];
  for (let n = from; n <= to; n++) {
    const src = terminalSafe((lines[n - 1] ?? "").replace(/\t/g, "  "));
    const gutter = `${n === line ? ">" : " "} ${String(n).padStart(width)} |`;
    out.push(n === line ? `${c.bold(gutter)} ${src}` : c.dim(`${gutter} ${src}`));
    if (n === line) {
      const prefix = terminalSafe((lines[n - 1] ?? "").slice(0, Math.max(0, column - 1))).replace(/[^\t]/g, " ").replace(/\t/g, "  ");
      out.push(`${" ".repeat(width + 2)} ${c.dim("|")} ${prefix}${c.red("^")}`);
    }
  }
  return out.map((l) => `    ${l}`).join("\n");
}
function renderText(diagnostics, text, c, frames = true) {
  const out = [];
  let current = "";
  for (const d of diagnostics) {
    if (d.file !== current) {
      if (current !== "") out.push("");
      out.push(c.underline(logLineSafe(d.file)));
      current = d.file;
    }
    const sev = d.severity === "error" ? c.red("error  ") : c.yellow("warning");
    out.push(`  ${c.dim(`${d.line}:${d.column}`.padEnd(7))} ${sev}  ${terminalSafe(d.message)}  ${c.dim(d.rule)}`);
    const source = frames ? text(d.file) : void 0;
    if (source !== void 0) out.push(codeFrame(source, d.line, d.column, c));
    if (d.hint) out.push(`    ${c.cyan("fix:")} ${terminalSafe(d.hint)}`);
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

// src/cli/render/renderSarif.ts
var SARIF_FINGERPRINT = "etkProblem/v1";
function pathUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function renderSarif(diagnostics, options) {
  const ids = fingerprints(diagnostics, options.renamedFrom);
  const ruleIds = [...new Set(diagnostics.map((d) => d.rule))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const info = RULES[id];
    return {
      id,
      name: id.replace(/(^|-)([a-z])/g, (_, _dash, c) => c.toUpperCase()),
      shortDescription: { text: info?.description ?? id },
      defaultConfiguration: { level: info?.severity === "warn" ? "warning" : "error" }
    };
  });
  const results = diagnostics.map((d, i) => ({
    ruleId: d.rule,
    ruleIndex: ruleIndex.get(d.rule),
    level: d.severity,
    message: { text: d.hint ? `${d.message}
fix: ${d.hint}` : d.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathUri(d.file), uriBaseId: "%SRCROOT%" }, region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) } } }],
    partialFingerprints: { [SARIF_FINGERPRINT]: ids[i] },
    ...options.isNew ? { baselineState: options.isNew(d) ? "new" : "unchanged" } : {}
  }));
  return JSON.stringify({
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "etk", version: options.version, semanticVersion: options.version, rules } }, columnKind: "utf16CodeUnits", results }]
  }, null, 2);
}

// src/cli/validate.ts
var HELP = `Usage: etk validate [paths...] [options]

Checks artifacts against the EDS v1.0 schemas and the naming/placement rules.
With no paths, every artifact under the experiments root is checked.

Options:
  --staged              judge what will be committed (the index), not the work tree
  --format FORMAT       text (default), json, github (workflow annotations), or sarif (SARIF
                        2.1.0 for code scanning and reviewdog, with stable fingerprints)
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
  etk validate --format sarif > etk.sarif
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
    const format = choiceOption("validate", "format", values.format, ["text", "json", "github", "sarif"], "text");
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
      if (note.level === "error") io.stderr.write(`${errPalette.red("error")} ${terminalSafe(note.path)}: ${note.message}
`);
      else if (!values.quiet) io.stderr.write(`${errPalette.dim("note")}  ${terminalSafe(note.path)}: ${note.message}
`);
    }
    const summary = summarize(all, outcome.checked);
    if (format === "json") io.stdout.write(`${renderJson(shown)}
`);
    else if (format === "sarif") io.stdout.write(`${renderSarif(shown, { version: VERSION })}
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
    if (positionals.length === 0 && outcome.checked === 0 && !values.quiet) {
      io.stderr.write(`${errPalette.yellow("warning")} 0 files checked under ${terminalSafe(config.root === "" ? "." : config.root)}: it holds no Markdown. Is root right${config.source !== null ? ` (set in ${terminalSafe(config.source)})` : " (the default; no etk.config.json)"}? etk new experiment "<name>" starts one.
`);
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
var FIXABLE = /* @__PURE__ */ new Set(["schema", "file-name", "type-mismatch", "timestamp-offset"]);
async function validateAndFix(request, options, io) {
  const { config } = request;
  if (request.staged) throw new UsageError("etk validate: --fix repairs files in the work tree and does not go with --staged", "name the files instead (lint-staged passes them): etk validate --fix <files>");
  if (options.touch && request.paths.length === 0) throw new UsageError("etk validate: --touch sets updated in the files you name; name them", "e.g. etk validate --fix --touch <file.md>");
  const first = await validateRepo(request);
  const base = config.top ?? config.projectDir;
  const candidates = options.touch ? first.results.map((r) => r.path) : [...new Set(first.diagnostics.filter((d) => FIXABLE.has(d.rule) && (options.rename || d.rule === "schema")).map((d) => d.file))];
  const knownTypes = [...Object.keys(BUILTIN_SCHEMAS), ...Object.keys(config.extraTypes)];
  const fixes = fixFiles({ top: config.top, base, root: config.root, maxFileSize: config.maxFileSize, knownTypes, paths: candidates, touch: options.touch ? isoWithOffset(/* @__PURE__ */ new Date()) : void 0, rename: options.rename, ...configuredZone(config) });
  const out = options.format === "text" ? io.stdout : io.stderr;
  const nothing = fixes.every((f) => f.changes.length === 0 && f.renamedTo === void 0);
  if (!(nothing && options.quiet && fixes.length === 0)) out.write(renderFixes(fixes));
  if (nothing) return first;
  const renamed = new Map(fixes.filter((f) => f.renamedTo !== void 0).map((f) => [f.path, f.renamedTo]));
  if (renamed.size > 0 && first.diagnostics.some((d) => d.rule === "duplicate-artifact-id")) {
    const paths = request.paths.map((p) => {
      const rel2 = toPosix(relative3(base, isAbsolute3(p) ? p : resolve3(request.cwd, p)));
      const to = renamed.get(rel2);
      return to === void 0 ? p : join5(base, to);
    });
    return validateRepo({ ...request, paths });
  }
  const changed = fixes.filter((f) => f.changes.length > 0 || f.renamedTo !== void 0);
  const again = await validateRepo({ ...request, paths: changed.map((f) => join5(base, f.renamedTo ?? f.path)) });
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
    lines.push(`${n > 0 ? "fixed" : "not fixed"} ${f.path}`);
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
import { relative as relative4 } from "node:path";

// src/cli/dbOption.ts
import { resolve as resolve4 } from "node:path";
var DB_OPTION = { db: { type: "string" } };
function dbPathFor(config, cwd, flag) {
  return typeof flag === "string" && flag !== "" ? resolve4(cwd, flag) : config.databaseAbs;
}

// src/cli/render/renderMigration.ts
var rowsOf = (rows) => rows === null ? "rows not countable" : plural(rows, "row");
function describeMoves(moves, inspection) {
  const lines = moves.map((m) => `move ${m.type} ${m.name}${m.type === "table" ? ` (${rowsOf(m.rows)})` : ""} -> ${m.to}`);
  const kept = inspection.objects.filter((o) => o.owner === "other" && o.action === "keep" && o.type === "table");
  if (kept.length > 0) lines.push(`keep ${kept.map((o) => `${o.name} (${rowsOf(o.rows)})`).join(", ")} as they are`);
  if (inspection.etkIndex) lines.push(`rebuild etk's own tables (schema version ${inspection.userVersion}) from the files`);
  return lines;
}
function describeMigration(m, shownDb, show2) {
  const lines = [];
  const backup = m.backup ? `; backup: ${show2(m.backup)}` : "";
  if (m.etkIndex) lines.push(`upgraded ${shownDb} from schema version ${m.from}: etk's tables rebuilt from the files${backup}`);
  else lines.push(`${shownDb} was made by another tool: etk's tables were added to it${backup}`);
  for (const x of m.moved) lines.push(`moved ${x.type} ${x.name}${x.type === "table" ? ` (${rowsOf(x.rows)})` : ""} aside as ${x.to}`);
  if (m.kept.length > 0) lines.push(`left as they are: ${m.kept.join(", ")}`);
  return lines;
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
  --force               drop etk's own tables and rebuild (a damaged file is moved to
                        tracking.db.damaged-<time> first; another tool's tables are never touched)
  --dry-run             print the plan (added, changed, removed, renamed) and write nothing, anywhere
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
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {}, requireRoot: values.staged !== true });
    const dbPath = dbPathFor(config, io.cwd, values.db);
    const shownDb = relative4(io.cwd, dbPath) || dbPath;
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
          const what2 = d.kind === "missing" ? "missing from the index" : d.kind === "stale" ? "in the index, but no longer in the files" : `differs (${d.tables.join(", ")})`;
          io.stdout.write(`${d.path}: ${what2}
`);
        }
        io.stdout.write(report.drift.length === 0 && !report.staleConfig ? `✔ ${shownDb} matches the files (${plural(report.files, "file")})
` : `✖ ${plural(report.drift.length, "file")} drifted from the Markdown; run etk sync to repair (the Markdown wins)
`);
      }
      return report.drift.length > 0 || report.staleConfig ? 1 : 0;
    }
    const o = await syncIndex(req);
    if (o.damagedMovedTo) io.stderr.write(`${err.yellow("note")}  ${shownDb} was damaged: moved to ${relative4(io.cwd, o.damagedMovedTo)} and rebuilt
`);
    if (o.migrated) for (const line of describeMigration(o.migrated, shownDb, (p2) => relative4(io.cwd, p2))) io.stderr.write(`${err.yellow("note")}  ${line}
`);
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
      if (o.wouldMigrate) {
        io.stdout.write(`${shownDb} is not etk's index yet: a sync would first back it up and make room for etk's tables
`);
        for (const line of describeMoves(o.wouldMigrate.moves, o.wouldMigrate.inspection)) io.stdout.write(`  ${line}
`);
      }
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
      io.stdout.write(`${plural(p.added.length - p.renamed.length, "file")} to add, ${p.changed.length} to change, ${p.removed.length - p.renamed.length} to remove, ${p.renamed.length} renamed, ${p.unchanged} unchanged; nothing written
`);
      return 0;
    }
    if (values.quiet) return 0;
    const changes = p.added.length + p.changed.length + p.removed.length;
    const counts2 = `${p.added.length - p.renamed.length} added, ${p.changed.length} changed, ${p.removed.length - p.renamed.length} removed${p.renamed.length ? `, ${p.renamed.length} renamed` : ""}`;
    const problems = o.errors + o.warnings > 0 ? `; ${plural(o.errors, "error")}, ${plural(o.warnings, "warning")} recorded` : "";
    io.stdout.write(changes === 0 && !o.rebuild ? `✔ ${shownDb} is up to date with ${describeSource(o)} (${plural(o.files, "file")})${problems}
` : `✔ ${shownDb} ← ${describeSource(o)}: ${counts2}${o.rebuild ? ` (rebuilt: ${o.rebuild})` : ""} in ${Math.round(o.ms)} ms; ${plural(o.files, "file")}${problems}
`);
    return 0;
  }
};

// src/cli/db.ts
import { statSync as statSync4 } from "node:fs";
import { relative as relative6 } from "node:path";
import { DatabaseSync as DatabaseSync2 } from "node:sqlite";

// src/cli/dbMigrate.ts
import { existsSync as existsSync4, statSync as statSync3 } from "node:fs";
import { relative as relative5 } from "node:path";
import { DatabaseSync } from "node:sqlite";

// src/cli/render/renderInspection.ts
function what(o) {
  switch (o.action) {
    case "etk":
      return "etk's own (rebuilt from the files)";
    case "move":
      return `another tool's; etk needs the name: moves aside as ${o.movesTo}`;
    case "with-table":
      return `another tool's; goes with ${o.shadowOf ?? o.table}`;
    default:
      return "another tool's; left as it is";
  }
}
function syncVerdict(i) {
  if (i.etkIndex && i.userVersion === SCHEMA_VERSION) return "this is etk's index: `etk sync` updates it";
  if (i.etkIndex && i.userVersion > SCHEMA_VERSION) return `a newer etk made this index (schema version ${i.userVersion}): this etk (${SCHEMA_VERSION}) will not write it`;
  const moves = movesOf(i);
  const blocking = blockingMoves(moves);
  if (blocking.length > 0) return `\`etk sync\` refuses this file (${blocking.map((m) => m.name).join(", ")} hold${blocking.length === 1 ? "s" : ""} rows under names etk needs): \`etk db migrate\` backs it up and moves them aside, or give etk a file of its own with --db`;
  if (i.objects.length === 0) return "`etk sync` builds etk's index in it";
  const upgrade = i.etkIndex ? `rebuilds etk's tables (schema version ${i.userVersion} -> ${SCHEMA_VERSION})` : "adds etk's tables";
  return `\`etk sync\` backs it up, ${moves.length > 0 ? `moves ${plural(moves.length, "empty object")} aside, ` : ""}${upgrade} and leaves every other object as it is`;
}
function renderInspection(shownDb, i) {
  const out = [];
  const kind = i.etkIndex ? `etk index, schema version ${i.userVersion}` : i.objects.length === 0 ? "empty" : `another tool's database (user_version ${i.userVersion})`;
  out.push(`${shownDb}: ${kind}, ${plural(i.objects.length, "object")}`);
  const nameWidth = Math.min(40, Math.max(4, ...i.objects.map((o) => o.name.length)));
  const sizeOf2 = (o) => o.type === "table" ? o.rows === null ? "? rows" : plural(o.rows, "row") : o.type === "index" || o.type === "trigger" ? `on ${o.table}` : "";
  const sizeWidth = Math.min(40, Math.max(0, ...i.objects.map((o) => sizeOf2(o).length)));
  for (const o of i.objects) {
    out.push(`  ${o.type.padEnd(7)} ${o.name.padEnd(nameWidth)}  ${sizeOf2(o).padEnd(sizeWidth)}  ${what(o)}`);
    for (const fk of o.foreignKeys) out.push(`  ${" ".repeat(7)} ${" ".repeat(nameWidth)}  ${" ".repeat(sizeWidth)}  foreign key (${fk.from.join(", ")}) -> ${fk.table}${fk.to.length ? `(${fk.to.join(", ")})` : ""}${fk.onDelete !== "NO ACTION" ? ` ON DELETE ${fk.onDelete}` : ""}`);
  }
  out.push(syncVerdict(i));
  return `${out.join("\n")}
`;
}

// src/cli/dbMigrate.ts
function needFile(path) {
  if (!existsSync4(path)) throw new ConfigError(`there is no database at ${path}`, 'check the path (--db, or "database" in etk.config.json); `etk sync` creates etk\'s index there');
  if (!statSync3(path).isFile()) throw new ConfigError(`${path} is not a file`, "point --db at an SQLite database file");
}
function readInspection(path) {
  needFile(path);
  let db;
  try {
    db = new DatabaseSync(path, { readOnly: true, timeout: busyTimeoutMs() });
  } catch (err) {
    throw new ConfigError(`cannot open ${path}: ${err.message}`, "check the path and its permissions");
  }
  try {
    return inspectDb(db);
  } catch (err) {
    if (/not a database|malformed|encrypted/i.test(err.message)) throw new CorruptDatabaseError(path, err.message);
    if (/locked|busy/i.test(err.message)) throw new ConfigError(`${path} is locked by another process (${err.message})`, "try again when that process is done");
    throw readOnlyLookError(path, err) ?? err;
    throw err;
  } finally {
    db.close();
  }
}
function inspectCommand(path, shown, json, io) {
  const i = readInspection(path);
  if (json) {
    io.stdout.write(`${JSON.stringify({ database: path, userVersion: i.userVersion, etkIndex: i.etkIndex, etkSchemaVersion: SCHEMA_VERSION, sync: syncVerdict(i), objects: i.objects }, null, 2)}
`);
  } else io.stdout.write(renderInspection(shown, i));
  return 0;
}
function migrateCommand(path, shown, dryRun, json, io) {
  needFile(path);
  const preview = previewOpen(path, { migrate: "explicit" });
  if (preview.state === "missing") {
    io.stdout.write(`${shown} is empty: nothing to migrate; \`etk sync\` creates etk's index in it
`);
    return 0;
  }
  if (preview.state === "newer") throw new ConfigError(`the index ${path} has schema version ${preview.inspection.userVersion}, newer than this etk supports (${SCHEMA_VERSION}); nothing was written`, "upgrade etk");
  if (preview.state === "current") {
    if (json) io.stdout.write(`${JSON.stringify({ database: path, dryRun, migrated: false, reason: "already etk's index" }, null, 2)}
`);
    else io.stdout.write(`✔ ${shown} is already etk's index (schema version ${SCHEMA_VERSION}): nothing to migrate
`);
    return 0;
  }
  const inspection = preview.inspection;
  if (dryRun) {
    if (json) {
      io.stdout.write(`${JSON.stringify({ database: path, dryRun: true, moves: preview.moves, kept: keptObjects(inspection).filter((o) => o.type === "table").map((o) => o.name), upgrade: inspection.etkIndex }, null, 2)}
`);
      return 0;
    }
    io.stdout.write(`etk db migrate would, in one transaction:
  back ${shown} up to ${shown}.bak-<time> (and read the copy back)
`);
    for (const line of describeMoves(preview.moves, inspection)) io.stdout.write(`  ${line}
`);
    io.stdout.write(`  create etk's tables (schema version ${SCHEMA_VERSION})
nothing written (--dry-run)
`);
    return 0;
  }
  const opened = openForWrite(path, { migrate: "explicit" });
  opened.db.close();
  const done = opened.migrated;
  if (json) {
    io.stdout.write(`${JSON.stringify({ database: path, dryRun: false, migrated: true, backup: done?.backup ?? null, moved: done?.moved ?? [], kept: done?.kept ?? [] }, null, 2)}
`);
    return 0;
  }
  for (const line of done ? describeMigration(done, shown, (p) => relative5(io.cwd, p) || p) : [`created etk's tables in ${shown}`]) io.stdout.write(`✔ ${line}
`);
  io.stdout.write("next: `etk sync` fills the index from the files\n");
  return 0;
}

// src/cli/db.ts
var HELP3 = `Usage: etk db <info|inspect|migrate|check|vacuum> [options]

  info      where the index is, its schema version, what it reflects (work tree, index or a
            commit, and which), whether it is behind, and what it holds
  inspect   any SQLite file, etk's or another tool's: every table, view, index and trigger, row
            counts, foreign keys, and for each whether etk owns it, would move it aside, or leaves
            it as it is (reads only)
  migrate   make room for etk in a database another tool made: back it up (verified), move its
            objects whose names etk needs aside as legacy_* with every row, index and trigger, and
            create etk's tables; --dry-run prints the plan and writes nothing
  check     SQLite integrity and foreign-key checks, the full-text index against its table,
            file count vs row count (exit 1 on any problem)
  vacuum    compact the database file (and checkpoint its write-ahead log)

Options:
  --json                machine-readable output (info, inspect, check)
  --format table|json   the same, as for other listings (inspect)
  --dry-run             migrate: print what would move and write nothing
  --db PATH             use this database file instead of the configured one
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Examples:
  etk db info
  etk db inspect --db data/ops/tracking.db
  etk db migrate --dry-run
  etk db check --db out/tracking.db
  etk db vacuum`;
var SUBCOMMANDS = ["info", "inspect", "migrate", "check", "vacuum"];
var mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
function sizeOf(path) {
  let total = 0;
  for (const s of ["", "-wal"]) {
    try {
      total += statSync4(`${path}${s}`).size;
    } catch {
    }
  }
  return total;
}
var dbCommand = {
  name: "db",
  summary: "look into, migrate, check or compact the index (info, inspect, migrate, check, vacuum)",
  help: HELP3,
  async run(argv, io) {
    const { values, positionals } = parse("db", argv, { ...DB_OPTION, json: { type: "boolean" }, format: { type: "string" }, "dry-run": { type: "boolean" } });
    if (values.help) {
      io.stdout.write(`${HELP3}
`);
      return 0;
    }
    const sub = positionals[0];
    if (sub === void 0 || !SUBCOMMANDS.includes(sub) || positionals.length > 1) {
      throw new UsageError(sub === void 0 ? `etk db needs a subcommand: ${SUBCOMMANDS.join(", ")}` : `etk db: unknown subcommand "${positionals.join(" ")}"`, "see etk db --help");
    }
    if (values.format !== void 0 && values.format !== "table" && values.format !== "json") throw new UsageError(`etk db: --format must be table or json (found "${values.format}")`);
    if (values["dry-run"] && sub !== "migrate") throw new UsageError(`etk db ${sub} takes no --dry-run (it is for migrate)`);
    const json = values.json === true || values.format === "json";
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {}, requireRoot: false });
    const path = dbPathFor(config, io.cwd, values.db);
    const shown = relative6(io.cwd, path) || path;
    if (sub === "inspect") return inspectCommand(path, shown, json, io);
    if (sub === "migrate") return migrateCommand(path, shown, values["dry-run"] === true, json, io);
    if (sub === "vacuum") {
      const before = sizeOf(path);
      const probe = openForRead(path);
      let foreign;
      try {
        foreign = inspectDb(probe).objects.filter((o) => o.owner === "other" && o.type === "table").map((o) => o.name);
      } finally {
        probe.close();
      }
      if (foreign.length > 0) throw new ConfigError(`${shown} also holds another tool's tables (${foreign.slice(0, 5).join(", ")}${foreign.length > 5 ? ", …" : ""}); VACUUM may renumber their rows, so etk does not compact this file`, "compact it with the tool that owns those tables, or keep etk's index in a file of its own (--db)");
      const db2 = new DatabaseSync2(path, { timeout: busyTimeoutMs() });
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
        if (json) io.stdout.write(`${JSON.stringify({ database: path, ok: result.problems.length === 0, checks: result.checks }, null, 2)}
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
      if (json) {
        io.stdout.write(`${JSON.stringify(info, null, 2)}
`);
        return 0;
      }
      const reflects = m.source === "rev" ? `commit ${m.commit?.slice(0, 12)}` : m.source === "index" ? `the git index${m.commit ? ` on ${m.commit.slice(0, 12)}` : ""}` : `the work tree${m.commit ? ` on ${m.commit.slice(0, 12)}${m.dirty === "1" ? " with changes" : ""}` : ""}`;
      const lines = [
        `database     ${shown} (${mb(info.sizeBytes)}, schema v${info.schemaVersion}, written by etk ${info.etkVersion})`,
        `reflects     ${reflects}, synced ${info.syncedAt}`,
        `freshness    ${pending === null ? "unknown outside git" : pending === 0 ? behind ? `up to date (synced on ${m.commit.slice(0, 12)}; HEAD is now ${behind.slice(behind.lastIndexOf(" ") + 1)} with the same files)` : "up to date" : `${pending} file${pending === 1 ? "" : "s"} changed since the last sync: run etk sync`}`,
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

// src/sync/crossFindings.ts
import { existsSync as existsSync5 } from "node:fs";
var SELECT_CROSS = `SELECT file_path, line, "column", rule, severity, message, hint FROM file_diagnostics WHERE scope = 'cross'`;
var key = (r) => `${r.file_path}\0${r.rule}\0${r.message}`;
function crossFindings(dbPath) {
  if (!existsSync5(dbPath)) return null;
  let db = null;
  try {
    db = openForRead(dbPath);
    return new Set(db.prepare(SELECT_CROSS).all().map(key));
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
function newCrossFindings(db, before) {
  return db.prepare(SELECT_CROSS).all().filter((r) => !before.has(key(r))).map((r) => ({ file: r.file_path, line: r.line, column: r.column, rule: r.rule, severity: r.severity, message: r.message, ...r.hint ? { hint: r.hint } : {} }));
}

// src/sync/ensureCurrent.ts
import { accessSync, constants, existsSync as existsSync6, realpathSync as realpathSync2, statSync as statSync5 } from "node:fs";
import { dirname as dirname4, join as join6, relative as relative7 } from "node:path";

// src/sync/pendingFiles.ts
function pendingFiles(db, config, kind) {
  if (config.top === null) return null;
  const m = meta(db);
  const spec = { kind, top: config.top, base: config.top, root: config.root, scope: config.root, maxFileSize: config.maxFileSize };
  try {
    const quick = quickSourceFromIndex(spec, new Map(Object.entries(m)), () => dirtyRows(db));
    if (quick) {
      const blobOf = db.prepare("SELECT blob FROM files WHERE path = ?");
      let n = 0;
      for (const [path, blob] of quick.candidates) {
        const indexed2 = blobOf.get(path)?.blob ?? null;
        if (indexed2 !== blob) n++;
      }
      return n;
    }
    const { listing } = listSource(spec);
    const indexed = new Map(db.prepare("SELECT path, blob FROM files").all().map((r) => [r.path, r.blob]));
    const plan = planSync(indexed, listing, config.root);
    return plan.added.length + plan.changed.length + plan.removed.length;
  } catch {
    return null;
  }
}

// src/sync/ensureCurrent.ts
function indexWritable(path) {
  let folder = dirname4(path);
  while (!existsSync6(folder) && dirname4(folder) !== folder) folder = dirname4(folder);
  try {
    accessSync(folder, constants.W_OK);
    if (existsSync6(path)) accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
async function usablePrefetch(top) {
  const p = takeStatusPrefetch();
  if (p === null || top === null) return null;
  const output = await p.result;
  if (output === null) return null;
  try {
    let dir = realpathSync2(p.cwd);
    const want = realpathSync2(top);
    for (; ; ) {
      if (existsSync6(join6(dir, ".git"))) return dir === want ? output : null;
      const up = dirname4(dir);
      if (up === dir) return null;
      dir = up;
    }
  } catch {
    return null;
  }
}
var plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
async function ensureCurrent(req) {
  const { config, dbPath } = req;
  const prefetched = await usablePrefetch(config.top);
  const shown = relative7(req.cwd, dbPath) || dbPath;
  const exists = existsSync6(dbPath) && statSync5(dbPath).isFile() && statSync5(dbPath).size > 0;
  if (config.top === null) {
    if (exists) req.stderr.write(`etk ${req.command}: not in a git repository, so the index ${shown} is not checked against the files; etk sync updates it
`);
    return "unchecked";
  }
  const writable = indexWritable(dbPath);
  if (!exists) {
    if (req.explicitDb || !writable) return "unchecked";
    const done = await syncIndex({ config, dbPath, etkVersion: req.etkVersion, source: "worktree" });
    req.stderr.write(`etk ${req.command}: built the index ${shown} (${plural2(done.files, "file")}) in ${Math.round(done.ms)} ms
`);
    return "built";
  }
  let why = null;
  let syncedAt = "unknown";
  let db;
  try {
    db = openForRead(dbPath);
  } catch {
    if (!writable || !isEtkIndexFile(dbPath)) return "unchecked";
    const done = await syncIndex({ config, dbPath, etkVersion: req.etkVersion, source: "worktree" });
    if (done.migrated) req.stderr.write(`etk ${req.command}: upgraded the index ${shown} from schema version ${done.migrated.from}${done.migrated.backup ? `; backup: ${relative7(req.cwd, done.migrated.backup) || done.migrated.backup}` : ""}
`);
    return "synced";
  }
  try {
    const m = meta(db);
    if (m.source === "rev") return "current";
    syncedAt = m.synced_at ?? "unknown";
    if (m.config_hash !== configHash(config)) why = "the configuration changed";
    else if (m.etk_version !== req.etkVersion) why = `etk changed (${m.etk_version ?? "unknown"} -> ${req.etkVersion})`;
    else {
      if (prefetched !== null) primeWorktreeStatus(config.top, prefetched);
      const pending = pendingFiles(db, config, "worktree");
      if (pending === null || pending === 0) return "current";
      why = `${plural2(pending, "file")} changed`;
    }
  } finally {
    db.close();
  }
  if (!writable) {
    req.stderr.write(`etk ${req.command}: the index ${shown} is behind the work tree (${why} since its last sync, ${syncedAt}) and read-only here: answering from it as it is
`);
    return "stale";
  }
  await syncIndex({ config, dbPath, etkVersion: req.etkVersion, source: "worktree" });
  return "synced";
}

// src/cli/hook.ts
var HOOKS = ["pre-commit", "summary", "post-commit", "post-checkout", "post-merge", "post-rewrite", "resync"];
var HELP4 = `Usage: etk hook <${HOOKS.join("|")}> [git's hook arguments]

What etk's git hooks run (etk init installs them; a hook file is one line).

  pre-commit      validate the staged artifacts (the index, so a partially staged file is judged
                  by its staged text) and, when they pass, update the index from them: one process,
                  for teams without lint-staged. Exit 1 blocks the commit. Deletions and renames
                  are recorded too; problems they leave in other files are shown (not blocking).
                  Always ends with one summary line.
  summary         the same, without --fix, run by .husky/pre-commit after lint-staged: lint-staged
                  passes no deleted paths (a delete-only commit never runs its task) and hides
                  the output of a task that succeeds, so this shows the commit's warnings
  post-commit     after a commit the pre-commit hook did not see (git revert, cherry-pick,
                  --no-verify): check the work tree against the index, sync only what differs
  post-checkout   after git changed the work tree: the same check, then sync what differs. These
  post-merge      never fail the git command: a problem is printed as a warning (etk sync shows it).
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
    if (name === "summary") return preCommit(io, configFile, values.db, { fix: false, touch: false });
    if (name === "pre-commit") return preCommit(io, configFile, values.db, { fix: values.fix === true || values.touch === true, touch: values.touch === true });
    try {
      const config = await loadConfig({ cwd: io.cwd, ...configFile, requireRoot: false });
      const dbPath = dbPathFor(config, io.cwd, values.db);
      await ensureCurrent({ command: `hook ${name}`, config, dbPath, explicitDb: false, etkVersion: VERSION, cwd: io.cwd, stderr: io.stderr });
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
  const config = await loadConfig({ cwd: io.cwd, ...configFile, requireRoot: false });
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
  let elsewhere = [];
  let checked = 0;
  const dbPath = dbPathFor(config, io.cwd, dbFlag);
  const crossBefore = crossFindings(dbPath);
  const outcome = await syncIndex({
    config,
    dbPath,
    etkVersion: VERSION,
    source: "index",
    beforeCommit: (db) => {
      if (crossBefore !== null) elsewhere = newCrossFindings(db, crossBefore).filter((d) => !staged.has(d.file));
      if (staged.size === 0) return true;
      const paths = [...staged];
      const rows = db.prepare(`SELECT file_path, line, "column", rule, severity, message, hint FROM file_diagnostics WHERE file_path IN (SELECT value FROM json_each(?)) ORDER BY file_path, line, "column", rule`).all(JSON.stringify(paths));
      diagnostics = rows.map((r) => ({ file: r.file_path, line: r.line, column: r.column, rule: r.rule, severity: r.severity, message: r.message, ...r.hint ? { hint: r.hint } : {} }));
      checked = Number(db.prepare("SELECT COUNT(*) AS n FROM files WHERE path IN (SELECT value FROM json_each(?))").get(JSON.stringify(paths)).n);
      return !diagnostics.some((d) => d.severity === "error");
    }
  });
  const c = palette(useColor(io.stderr, io.env));
  const shown = [...diagnostics, ...elsewhere];
  const texts = shown.length === 0 ? /* @__PURE__ */ new Map() : new Map(readIndexFiles(top, [...new Set(shown.map((d) => d.file))], config.maxFileSize).files.filter((f) => f.size === void 0).map((f) => [f.path, Buffer.from(f.bytes).toString("utf8").replace(/^\uFEFF/, "")]));
  if (diagnostics.length > 0) {
    diagnostics.sort(compareDiagnostics);
    io.stderr.write(`${renderText(diagnostics, (p) => texts.get(p), c)}

`);
  }
  if (elsewhere.length > 0) {
    elsewhere.sort(compareDiagnostics);
    io.stderr.write(`etk: this commit leaves ${elsewhere.length === 1 ? "a problem" : "problems"} in files it does not touch (not blocking; etk validate shows them):
${renderText(elsewhere, (p) => texts.get(p), c)}

`);
  }
  const summary = summarize(diagnostics, checked);
  const counts2 = { A: 0, M: 0, D: 0 };
  if (!outcome.rolledBack) {
    for (const [p, s] of stagedChanges(top, [config.root === "" ? "." : config.root])) if (classifyPath(p, config.root).kind !== "ignored") counts2[s]++;
  }
  const index = outcome.rolledBack ? "" : `; index: ${counts2.A} added, ${counts2.M} changed, ${counts2.D} removed by this commit`;
  const also = elsewhere.length > 0 ? `, ${elsewhere.length} in other files` : "";
  const line = `etk: ${summaryLine(summary).replace(/files? checked/, (w) => `staged ${w}`)}${also}${index}`;
  io.stderr.write(`${summary.errors > 0 ? c.red(`✖ ${line}`) : summary.warnings > 0 || elsewhere.length > 0 ? c.yellow(`⚠ ${line}`) : c.green(`✔ ${line}`)}
`);
  if (outcome.rolledBack) {
    io.stderr.write("etk: commit blocked; fix the problems above (or skip once with ETK_SKIP=1 git commit ...)\n");
    return 1;
  }
  return 0;
}

// src/init/initRepo.ts
import { execFileSync } from "node:child_process";
import { existsSync as existsSync7, readFileSync as readFileSync2 } from "node:fs";
import { basename as basename3, join as join7, relative as relative8 } from "node:path";

// src/init/templates.ts
var SUMMARY_LINE = "etk hook summary\n";
var HOOK_FILES = {
  "pre-commit": `lint-staged
${SUMMARY_LINE}`,
  "pre-commit.direct": "etk hook pre-commit\n",
  "post-commit": resyncLine("post-commit"),
  "post-checkout": resyncLine("post-checkout"),
  "post-merge": resyncLine("post-merge"),
  "post-rewrite": resyncLine("post-rewrite")
};
function resyncLine(name) {
  return `command -v etk >/dev/null 2>&1 && etk hook ${name} "$@" || echo "etk: ${name}: etk is not installed here (npm install adds it); the next etk command brings the index up to date" >&2
`;
}
var OLD_HOOK_FILES = {
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
    const list = Array.isArray(v) ? v : [v];
    if (list.some((x) => typeof x === "string" && /(^|\s)etk (validate|hook pre-commit)(\s|$)/.test(x))) return null;
  }
  const next = { ...config };
  if (existing === void 0) next[glob] = command;
  else if (typeof existing === "string") next[glob] = [existing, command];
  else if (Array.isArray(existing)) next[glob] = [...existing, command];
  else return null;
  return next;
}

// src/init/initRepo.ts
var HUSKY_HOOKS = ["pre-commit", "post-commit", "post-checkout", "post-merge", "post-rewrite"];
function readJsonFile(file) {
  if (!existsSync7(file)) return null;
  const text = readFileSync2(file, "utf8");
  try {
    const value = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("not an object");
    return { value, text };
  } catch (err) {
    throw new ConfigError(`${file} is not valid JSON (${err.message}); etk init changed nothing`, "fix the file, then run etk init again");
  }
}
function inspectRepo(top, database) {
  const pkgFile = readJsonFile(join7(top, "package.json"));
  let hooksPath = null;
  try {
    hooksPath = execGit(["config", "--get", "core.hooksPath"], { cwd: top, okCodes: [1] }).toString("utf8").trim() || null;
  } catch {
    hooksPath = null;
  }
  const gitDir = execGit(["rev-parse", "--git-common-dir"], { cwd: top }).toString("utf8").trim();
  const gitHook = join7(top, gitDir, "hooks", "pre-commit");
  const preCommitFramework = existsSync7(gitHook) && /pre-commit\.com|File generated by pre-commit/.test(readFileSync2(gitHook, "utf8")) || existsSync7(join7(top, ".pre-commit-config.yaml"));
  const hookFiles = {};
  for (const h of HUSKY_HOOKS) {
    const f = join7(top, ".husky", h);
    hookFiles[h] = existsSync7(f) ? readFileSync2(f, "utf8") : null;
  }
  const lintStaged = locateLintStaged(pkgFile?.value ?? null, (f) => existsSync7(join7(top, f)), (f) => readFileSync2(join7(top, f), "utf8"));
  let lintStagedConfig = null;
  if (lintStaged.kind === "package.json") lintStagedConfig = pkgFile.value["lint-staged"];
  else if (lintStaged.kind === "json-file") lintStagedConfig = readJsonFile(join7(top, lintStaged.file)).value;
  const dbRel = toPosix(relative8(top, join7(top, database)));
  const dbIgnored = gitSucceeds(["check-ignore", "-q", "--no-index", "--", dbRel], top);
  const reportIgnored = gitSucceeds(["check-ignore", "-q", "--no-index", "--", reportPath(dbRel)], top);
  const nodeModulesIgnored = gitSucceeds(["check-ignore", "-q", "--no-index", "--", "node_modules/package.json"], top);
  return {
    top,
    pkg: pkgFile?.value ?? null,
    pkgText: pkgFile?.text ?? null,
    installed: { husky: existsSync7(join7(top, "node_modules", "husky", "package.json")), lintStaged: existsSync7(join7(top, "node_modules", "lint-staged", "package.json")) },
    hooksPath,
    preCommitFramework,
    hookFiles,
    lintStaged,
    lintStagedConfig,
    etkConfig: existsSync7(join7(top, "etk.config.json")),
    dbIgnored,
    reportIgnored,
    nodeModulesIgnored
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
    const name = basename3(f.top).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+/, "") || "experiments";
    changes.push({ kind: "write", file: "package.json", content: `${JSON.stringify({ name, private: true }, null, 2)}
`, what: "created package.json (husky and lint-staged are installed as its devDependencies)" });
  }
  if (wireHooks) {
    const missing = [!f.installed.husky ? "husky@^9" : null, o.mode === "lint-staged" && !f.installed.lintStaged ? "lint-staged@^17" : null].filter((x) => x !== null);
    if (missing.length > 0) {
      if (o.install) changes.push({ kind: "run", command: "npm", args: ["install", "--save-dev", "--no-audit", "--no-fund", ...missing], what: `npm install --save-dev ${missing.join(" ")}` });
      else changes.push({ kind: "advice", what: `install ${missing.join(" and ")} yourself: npm install --save-dev ${missing.join(" ")} (--no-install was given)${f.installed.husky ? "" : '; its "prepare" script then turns the hooks on (or run npx husky)'}` });
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
    if (f.hooksPath !== ".husky/_" && (o.install || f.installed.husky)) changes.push({ kind: "run", command: "husky", args: [], what: "husky: git config core.hooksPath .husky/_ (and its hook stubs)" });
    for (const h of HUSKY_HOOKS) {
      const line = h === "pre-commit" ? HOOK_FILES[o.mode === "direct" ? "pre-commit.direct" : "pre-commit"] : HOOK_FILES[h];
      const current = f.hookFiles[h] ?? null;
      const shown = h === "pre-commit" ? line.trim().replace(/\n/g, "; ") : `etk hook ${h} "$@" (one line and exit 0 when etk cannot run)`;
      if (current === null) changes.push({ kind: "write", file: `.husky/${h}`, content: line, what: `.husky/${h}: ${shown}` });
      else if (current === OLD_HOOK_FILES[h]) changes.push({ kind: "write", file: `.husky/${h}`, content: line, what: `.husky/${h}: ${shown}, replacing etk's earlier line` });
      else if (h === "pre-commit" && o.mode === "lint-staged" && /(^|[\s/])lint-staged(\s|$)/m.test(current) && !/(^|\s)etk(\s|$)/m.test(current)) {
        changes.push({ kind: "write", file: `.husky/${h}`, content: `${current}${current.endsWith("\n") || current === "" ? "" : "\n"}${SUMMARY_LINE}`, what: `.husky/${h}: appended ${SUMMARY_LINE.trim()}` });
      } else if (!/(^|\s)etk(\s|$)/m.test(current) && !(h === "pre-commit" && o.mode === "lint-staged" && /(^|[\s/])lint-staged(\s|$)/m.test(current))) {
        changes.push({ kind: "write", file: `.husky/${h}`, content: `${current}${current.endsWith("\n") || current === "" ? "" : "\n"}${line}`, what: `.husky/${h}: appended ${shown}` });
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
  const installs = changes.some((c) => c.kind === "run" && c.command === "npm");
  const ignore = [
    ...f.dbIgnored ? [] : [`# etk's index (rebuilt from the Markdown by etk sync)
/${o.database}*
`],
    ...f.reportIgnored ? [] : [`# etk dashboard --report ${reportPath(o.database)} (made from the index)
/${reportPath(o.database)}
`],
    ...installs && !f.nodeModulesIgnored ? ["node_modules/\n"] : []
  ];
  const ignoreWhat = [...f.dbIgnored ? [] : [`${o.database}*`], ...f.reportIgnored ? [] : [reportPath(o.database)], ...installs && !f.nodeModulesIgnored ? ["node_modules/"] : []];
  if (ignore.length > 0) changes.push({ kind: "write", file: ".gitignore", content: ignore.join(""), what: `.gitignore: ${ignoreWhat.join(", ")}` });
  changes.push({ kind: "sync", what: `build the index ${o.database} (etk sync)` });
  return changes;
}
function reportPath(database) {
  const slash = database.lastIndexOf("/");
  return slash === -1 ? "report.html" : `${database.slice(0, slash)}/report.html`;
}
function applyInit(changes, o, log2) {
  let syncRequested = false;
  for (const c of changes) {
    if (c.kind === "advice") {
      log2(`! ${c.what}`);
      continue;
    }
    if (c.kind === "sync") {
      syncRequested = true;
      continue;
    }
    if (c.kind === "write") {
      const file = join7(o.top, c.file);
      if (c.file === ".gitignore") {
        const current = existsSync7(file) ? readFileSync2(file, "utf8") : "";
        writeFileAtomic(file, `${current}${current === "" || current.endsWith("\n") ? "" : "\n"}${c.content}`);
      } else writeFileAtomic(file, c.content);
    } else if (c.kind === "package-json") {
      const file = join7(o.top, "package.json");
      const text = readFileSync2(file, "utf8");
      const pkg = JSON.parse(text);
      c.edit(pkg);
      const indent = /^[ \t]+/m.exec(text)?.[0] ?? "  ";
      writeFileAtomic(file, `${JSON.stringify(pkg, null, indent)}
`);
    } else if (c.kind === "run") {
      const [cmd, args] = c.command === "husky" ? [process.execPath, [join7(o.top, "node_modules", "husky", "bin.js")]] : [c.command, c.args];
      if (c.command === "husky" && !existsSync7(args[0])) {
        throw new ConfigError("etk init: husky is not installed in this repository (node_modules/husky is missing), so the hooks cannot be turned on", "run npm install --save-dev husky@^9 (then npx husky), or etk init without --no-install; what was done so far stays");
      }
      try {
        execFileSync(cmd, args, { cwd: o.top, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, HUSKY: c.command === "husky" ? "1" : process.env.HUSKY } });
      } catch (err) {
        const e = err;
        throw new ConfigError(`etk init: ${c.what} failed: ${(e.stderr?.toString("utf8") || e.message).trim().split("\n").slice(-3).join(" ")}`, "fix that, then run etk init again (what was done so far stays, and init skips it)");
      }
    }
    log2(`✔ ${c.what}`);
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
  - .husky/pre-commit: ${HOOK_FILES["pre-commit"].trim()} (with --mode direct: ${HOOK_FILES["pre-commit.direct"].trim()})
  - .husky/post-checkout, post-merge, post-rewrite: ${HOOK_FILES["post-checkout"].trim().replace("post-checkout", "<name>")}, to resync after git changes files
  - lint-staged (package.json): "<root>/**/*.md": "${lintStagedEntry("<root>")[1]}" (validates the staged
    artifacts and updates the index in one pass)
  - etk.config.json with the root and database; .gitignore: the database, and node_modules/ when
    etk init installs packages; then etk sync

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
    if (top === null) throw new UsageError(`etk init: ${io.cwd} is not inside a git repository, so there are no hooks to set up; nothing was changed`, "run git init (or cd into your repository), then etk init");
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
      const config = await loadConfig({ cwd: top, requireRoot: false });
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
import { existsSync as existsSync8, readdirSync as readdirSync2, realpathSync as realpathSync3 } from "node:fs";
import { join as join8, relative as relative9, sep } from "node:path";
var MAX_METADATA_BYTES = 5 * 1024 * 1024;
function experimentFolders(rootAbs) {
  let entries;
  try {
    entries = readdirSync2(rootAbs, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isDirectory() && EXPERIMENT_ID.test(e.name) && ["README.md", ".metadata/manifest.json", "manifest.json", "state.json", ".metadata"].some((f) => existsSync8(join8(rootAbs, e.name, f)))).map((e) => e.name).sort();
}
function real(p) {
  try {
    return realpathSync3(p);
  } catch {
    return p;
  }
}
function experimentOfCwd(rootAbs, cwd) {
  const rel2 = relative9(real(rootAbs), real(cwd));
  if (rel2 === "" || rel2.startsWith("..") || rel2.startsWith(sep) || /^[a-zA-Z]:/.test(rel2)) return null;
  const first = rel2.split(sep)[0];
  return EXPERIMENT_ID.test(first) && existsSync8(join8(rootAbs, first)) ? first : null;
}
function readSources(dir) {
  const out = [];
  const read = (rel2) => {
    const o = readRegularFile(join8(dir, rel2), MAX_METADATA_BYTES);
    return o.kind === "file" ? o.bytes : null;
  };
  const readme = read("README.md");
  if (readme !== null) {
    const text = decodeArtifact(readme).text;
    const data = text === null ? null : parseFrontmatter(text).data;
    if (data) out.push(factsOf(data, "README.md"));
  }
  for (const source of [".metadata/manifest.json", "manifest.json", "state.json"]) {
    const bytes = read(source);
    const facts = bytes === null ? null : readMetadataFile(bytes, source).facts;
    if (facts) out.push(facts);
  }
  return out;
}
function fromManifests(config, ids) {
  const out = [];
  for (const id of ids) {
    const m = mergedLiveFacts(readSources(join8(config.rootAbs, id)), config.timezone);
    if (m.status !== "active") continue;
    out.push({ id, updatedMs: m.updatedAt === null ? 0 : Date.parse(`${m.updatedAt.replace(" ", "T")}Z`) || 0 });
  }
  return out;
}
function activeExperiments(config, folders) {
  const onDisk2 = new Set(folders);
  if (existsSync8(config.databaseAbs)) {
    let db;
    try {
      db = openForRead(config.databaseAbs);
      const known = new Set(db.prepare("SELECT experiment_id FROM experiments").all().map((r) => r.experiment_id));
      const rows = db.prepare("SELECT experiment_id, updated_at FROM experiments WHERE status = 'active'").all();
      const candidates = rows.filter((r) => onDisk2.has(r.experiment_id)).map((r) => ({ id: r.experiment_id, updatedMs: r.updated_at ? Date.parse(`${r.updated_at.replace(" ", "T")}Z`) || 0 : 0 }));
      const unknown = folders.filter((f) => !known.has(f));
      candidates.push(...fromManifests(config, unknown));
      return { candidates, from: unknown.length > 0 ? `tracking.db, and ${unknown.length} experiment${unknown.length === 1 ? "" : "s"} made since the last sync` : "tracking.db" };
    } catch {
    } finally {
      db?.close();
    }
  }
  return { candidates: fromManifests(config, folders), from: `${folders.length} manifest${folders.length === 1 ? "" : "s"}` };
}
function chooseExperiment(config, cwd, named) {
  const folders = experimentFolders(config.rootAbs);
  const root = relative9(config.top ?? config.projectDir, config.rootAbs) || ".";
  if (named !== void 0) {
    const id = resolveExperimentId(named, folders, { where: `under ${root}`, hint: folders.length === 0 ? "create one with etk new experiment <name>" : "etk status lists the experiments" });
    return { id, reason: id === named ? "given with --experiment" : `the only experiment whose id matches "${named}"` };
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
import { join as join10 } from "node:path";

// src/authoring/checkRendered.ts
import { relative as relative10 } from "node:path";
function repoPath(config, abs) {
  return toPosix(relative10(config.top ?? config.projectDir, abs));
}
async function checkRendered(config, absPath, rendered, template, given2) {
  const path = repoPath(config, absPath);
  const schemas = await schemasFor(config);
  const result = validateFile({ path, bytes: Buffer.from(rendered.text, "utf8") }, { root: config.root, schemas, maxFileSize: config.maxFileSize, rules: config.rules });
  if (result === null) throw new Error(`${path} is not inside the experiments root ${config.root}`);
  const diagnostics = applySeverity(path, result.findings, config.rules);
  const fieldAt = (line) => {
    for (const [key2, [first, last]] of rendered.keyLines) if (line >= first && line <= last) return key2;
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
    const required = [...Array.isArray(node.required) ? node.required : [], ...isObj(node.else) && Array.isArray(node.else.required) ? node.else.required : []];
    for (const key2 of required) if (typeof key2 === "string" && !out.has(key2)) out.set(key2, isObj(props[key2]) ? deref(props[key2], schema) : {});
    for (const [key2, sub] of Object.entries(props)) if (out.has(key2) && isObj(sub) && Object.keys(out.get(key2)).length === 0) out.set(key2, deref(sub, schema));
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
  return [...requiredFields(schema)].filter(([key2]) => !MANAGED.has(key2)).map(([key2, prop]) => [key2, placeholderFor(prop)]);
}

// src/authoring/metricsTable.ts
function fillMetricsTable(body, metrics) {
  const entries = Object.entries(metrics).filter(([, v]) => typeof v === "number" || typeof v === "string");
  if (entries.length === 0) return body;
  const table3 = /^(\|[ \t]*metric[ \t]*\|[ \t]*value[ \t]*\|[ \t]*\r?\n\|[ \t:|-]*-[ \t:|-]*\|[ \t]*)(\r?\n(?!\|)|(?![\s\S]))/im.exec(body);
  if (table3 === null) return body;
  const eol = table3[2] === "" ? "\n" : table3[2];
  const cell3 = (s) => s.replace(/\|/g, "\\|");
  const rows = entries.map(([name, value]) => `| ${cell3(name)} | ${cell3(String(value))} |`).join(eol);
  const at = table3.index + table3[1].length;
  return `${body.slice(0, at)}${eol}${rows}${body.slice(at)}`;
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
function scalarNode(doc, value, quote2) {
  const node = doc.createNode(value);
  if (quote2 && (0, import_yaml2.isScalar)(node) && typeof value === "string") node.type = import_yaml2.Scalar.QUOTE_DOUBLE;
  return node;
}
function flowFor(key2, value, wasFlow) {
  if (Array.isArray(value)) return value.length === 0 || key2 === "tags" && wasFlow || key2 === "tags" && value.length <= 8;
  return false;
}
function setField(doc, map, f, placed) {
  const index = map.items.findIndex((p) => (0, import_yaml2.isPair)(p) && (0, import_yaml2.isScalar)(p.key) && p.key.value === f.key);
  const pair = index === -1 ? void 0 : map.items[index];
  if (pair && f.mode === "ifMissing") return;
  let value = f.value;
  if (f.mode === "mergeList") {
    const old = pair && (0, import_yaml2.isSeq)(pair.value) ? pair.value.toJSON().filter((v) => typeof v === "string").map((v) => f.normalize?.(v) || v) : [];
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
  const { yaml: yaml2, body } = split(t);
  const doc = (0, import_yaml2.parseDocument)(yaml2, { uniqueKeys: true, prettyErrors: false });
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
  const withVars = body.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (all, name) => Object.hasOwn(input.vars, name) ? input.vars[name] : all).replace(/\n{3,}/g, "\n\n");
  const metrics = input.fields.findLast((f) => f.key === "metrics" && f.mode === "always")?.value;
  const filled = metrics !== null && typeof metrics === "object" && !Array.isArray(metrics) ? fillMetricsTable(withVars, metrics) : withVars;
  const text = `---
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
  return { text, keyLines };
}

// src/authoring/templateFiles.ts
import { existsSync as existsSync9, readFileSync as readFileSync3 } from "node:fs";
import { dirname as dirname5, join as join9 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var packageTemplates;
function builtinTemplateDir() {
  if (packageTemplates !== void 0) return packageTemplates;
  let dir = dirname5(fileURLToPath2(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync9(join9(dir, "templates", "report.md")) && existsSync9(join9(dir, "package.json"))) return packageTemplates = join9(dir, "templates");
    dir = dirname5(dir);
  }
  throw new Error("etk cannot find its templates/ folder (is the package complete?)");
}
function loadTemplate(type, config) {
  const own = config.templates[type];
  if (own !== void 0) {
    try {
      return { text: readFileSync3(own, "utf8").replace(/^\uFEFF/, "").replace(/\r\n/g, "\n"), source: own, user: true };
    } catch (err) {
      throw new ConfigError(`cannot read the template for ${type}, ${own}: ${err.message}`, 'fix the path under "templates" in etk.config.json');
    }
  }
  const file = join9(builtinTemplateDir(), `${Object.hasOwn(BUILTIN_SCHEMAS, type) ? type : "custom"}.md`);
  return { text: readFileSync3(file, "utf8"), source: `etk's template ${Object.hasOwn(BUILTIN_SCHEMAS, type) ? type : "custom"}.md`, user: false };
}

// src/authoring/newDocument.ts
var SUBDIRS = Object.fromEntries(Object.entries(TYPE_FOLDERS).filter((e) => e[1] !== null));
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
    { key: "tags", value: tagsOf(req.tags), mode: "mergeList", normalize: normalizeTag }
  ];
}
var givenFieldSets = (given2 = []) => given2.map((g) => ({ key: g.key, value: g.value, mode: "always", quote: false, ...g.after ? { after: g.after } : {} }));
var givenOptions = (given2 = []) => Object.fromEntries(given2.map((g) => [g.key, g.option]));
function given(req, extra = {}) {
  return new Map([["status", "--status"], ["tags", "--tag (or the template's tags)"], ["created", "the clock"], ["updated", "the clock"], ["type", "the type"], ["experiment_id", "the experiment"], ...Object.entries(extra)]);
}
async function newExperiment(req) {
  const { config } = req;
  const name = req.name.trim();
  const id = `${experimentStamp(req.now)}_${experimentSlug(name)}`;
  const dir = join10(config.rootAbs, id);
  const absPath = join10(dir, "README.md");
  const template = loadTemplate("experiment_manifest", config);
  const created = isoWithOffset(req.now);
  const fields = [
    { key: "ads_version", value: "1.0", mode: "ifMissing", quote: true },
    { key: "type", value: "experiment_manifest", mode: "always" },
    { key: "experiment_id", value: id, mode: "always" },
    { key: "name", value: name, mode: "always", quote: true },
    ...req.description !== void 0 ? [{ key: "description", value: req.description, mode: "always", quote: true }] : [],
    ...commonFields(req, created),
    ...givenFieldSets(req.given)
  ];
  const rendered = renderTemplate({ template, fields, vars: { name, description: req.description ?? "", experiment_id: id, type: "experiment_manifest", created, date: created.slice(0, 10) } });
  const placeholders = await checkRendered(config, absPath, rendered, template, given(req, { name: "the name", description: "--description", ...givenOptions(req.given) }));
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
  for (const sub of Object.values(SUBDIRS)) mkdirSync2(join10(dir, ".metadata", sub), { recursive: true });
  const status = statusOf(config, req.status);
  const manifest = { experiment_id: id, name, status, phase: "planning", created, updated: created, success_rate: null };
  writeFileAtomic(join10(dir, ".metadata", "manifest.json"), `${JSON.stringify(manifest, null, 2)}
`, { exclusive: true });
  return { id, type: "experiment_manifest", experimentId: id, path: repoPath(config, absPath), absPath, placeholders };
}
async function newArtifact(req) {
  const { config, type } = req;
  const title = req.title.trim();
  const created = isoWithOffset(req.now);
  const name = `${artifactStamp(created)}_${type}_${artifactSlug(title)}`;
  const absPath = join10(config.rootAbs, req.experimentId, ".metadata", subdirFor(type), `${name}.md`);
  const template = loadTemplate(type, config);
  const schema = BUILTIN_SCHEMAS[type] ?? config.extraTypes[type]?.schema;
  if (schema === void 0) throw new UsageError(`unknown type ${type}`);
  const fields = [
    { key: "ads_version", value: "1.0", mode: "ifMissing", quote: true },
    { key: "type", value: type, mode: "always" },
    { key: "title", value: title, mode: "always", quote: true },
    { key: "experiment_id", value: req.experimentId, mode: "always" },
    ...commonFields(req, created),
    ...typePlaceholders(schema).map(([key2, value]) => ({ key: key2, value, mode: "ifMissing" })),
    ...givenFieldSets(req.given)
  ];
  const rendered = renderTemplate({ template, fields, vars: { title, experiment_id: req.experimentId, type, created, date: created.slice(0, 10) } });
  const placeholders = await checkRendered(config, absPath, rendered, template, given(req, { title: "the title", ...givenOptions(req.given) }));
  mkdirSync2(join10(absPath, ".."), { recursive: true });
  try {
    writeFileAtomic(absPath, rendered.text, { exclusive: true });
  } catch (err) {
    if (err instanceof TargetExistsError) throw new UsageError(`${repoPath(config, absPath)} exists already (a ${type} with this title, made this same minute)`, "give it another title, or edit the one that exists");
    throw err;
  }
  return { id: name, type, experimentId: req.experimentId, path: repoPath(config, absPath), absPath, placeholders };
}

// src/cli/syncOption.ts
var SYNC_OPTIONS = { sync: { type: "boolean" }, "no-sync": { type: "boolean" } };
var SYNC_HELP = `  --no-sync              answer from the index as it is; by default etk first checks the work
                         tree against it (git status) and syncs what changed, or builds it`;
async function currentIndex(command, values, config, dbPath, io) {
  if (values["no-sync"] === true) return null;
  return ensureCurrent({ command, config, dbPath, explicitDb: typeof values.db === "string" && values.db !== "", etkVersion: VERSION, cwd: io.cwd, stderr: io.stderr });
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
  --baseline ID         report: the experiment the metrics are compared with (its id, or a
                        part of it that is unique, as for --experiment)
  --comparison C        report: improvement, regression or neutral
  --command CMD         guide: a command to run (repeatable)
  --prerequisite TEXT   guide: a prerequisite (repeatable)
  --dependency DEP      script: a dependency (repeatable)
  --set KEY=VALUE       any field, the value read as YAML (repeatable), e.g. --set owner=kim
  --json                print {id, type, path, experiment, reason, placeholders} as JSON
  --no-sync             choose the experiment from the index as it is (by default the index is
                        first brought up to date with the work tree, as for etk query)
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
  json: { type: "boolean" },
  "no-sync": { type: "boolean" }
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
function keyValue(option, text) {
  const eq = text.indexOf("=");
  const name = eq === -1 ? "" : text.slice(0, eq).trim();
  if (name === "") throw new UsageError(`etk new: --${option} takes NAME=VALUE (found "${text}")`, option === "metric" ? "e.g. --metric hmean=0.91" : "e.g. --set owner=kim");
  return [name, text.slice(eq + 1).trim()];
}
var DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function givenFields(values) {
  const out = [];
  const str2 = (k) => values[k];
  const list = (k) => values[k] ?? [];
  if (str2("phase") !== void 0) out.push({ key: "phase", value: str2("phase"), option: "--phase" });
  if (str2("priority") !== void 0) out.push({ key: "priority", value: str2("priority"), option: "--priority" });
  const evidence = intOption("new", "evidence-count", str2("evidence-count"));
  if (evidence !== void 0) out.push({ key: "evidence_count", value: evidence, option: "--evidence-count" });
  if (list("metric").length > 0) {
    const metrics = /* @__PURE__ */ new Map();
    for (const m of list("metric")) {
      const [name, raw] = keyValue("metric", m);
      if (metrics.has(name)) throw new UsageError(`etk new: --metric ${name} is given twice`, "give each metric once");
      const value = Number(raw);
      if (!DECIMAL.test(raw) || !Number.isFinite(value)) throw new UsageError(`etk new: --metric ${name} needs a number (found "${raw}")`, "e.g. --metric hmean=0.91 (a unit or a per-metric baseline can be added in the file: latency_ms: {value: 41, unit: ms})");
      metrics.set(name, value);
    }
    out.push({ key: "metrics", value: Object.fromEntries(metrics), option: "--metric" });
  }
  if (str2("baseline") !== void 0) out.push({ key: "baseline", value: str2("baseline"), option: "--baseline", after: "metrics" });
  if (str2("comparison") !== void 0) out.push({ key: "comparison", value: str2("comparison"), option: "--comparison" });
  if (list("command").length > 0) out.push({ key: "commands", value: list("command"), option: "--command" });
  if (list("prerequisite").length > 0) out.push({ key: "prerequisites", value: list("prerequisite"), option: "--prerequisite" });
  if (list("dependency").length > 0) out.push({ key: "dependencies", value: list("dependency"), option: "--dependency" });
  for (const s of list("set")) {
    const [key2, raw] = keyValue("set", s);
    const doc = (0, import_yaml3.parseDocument)(raw === "" ? '""' : raw, { schema: "core" });
    const bad = (why) => new UsageError(`etk new: --set ${key2}: the value is not valid YAML (${why})`, `quote it, e.g. --set 'note="a: b"'`);
    if (doc.errors.length > 0) throw bad(doc.errors[0].message.split("\n")[0]);
    let value;
    try {
      value = doc.toJS();
    } catch (err) {
      throw bad(err.message);
    }
    out.push({ key: key2, value, option: `--set ${key2}` });
  }
  const seen = /* @__PURE__ */ new Map();
  for (const g of out) {
    const first = seen.get(g.key);
    if (first !== void 0) throw new UsageError(`etk new: ${g.key} is given twice (${first} and ${g.option})`, `give ${g.key} once`);
    seen.set(g.key, g.option);
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
    const [what2, ...words] = positionals;
    if (what2 === void 0) throw new UsageError("etk new: what to create? etk new experiment <name>, or etk new <type> <title>", "see etk new --help");
    const text = words.join(" ").trim();
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {}, requireRoot: false });
    const types = [...Object.keys(BUILTIN_SCHEMAS).filter((t) => t !== "experiment_manifest"), ...Object.keys(config.extraTypes)];
    const kind = what2 === "experiment" || what2 === "experiment_manifest" ? "experiment" : what2;
    if (kind !== "experiment" && !types.includes(kind)) {
      const near = closest(kind, ["experiment", ...types]);
      throw new UsageError(`etk new: unknown type "${what2}"${near ? ` (did you mean ${near}?)` : ""}`, `one of: experiment, ${types.join(", ")}`);
    }
    for (const [option, owner] of Object.entries(OPTION_TYPES)) {
      if (values[option] !== void 0 && owner !== kind) throw new UsageError(`etk new ${what2}: --${option} is for ${owner === "experiment" ? "experiments" : `${owner}s`}`, "see etk new --help");
    }
    if (kind === "experiment" && values.experiment !== void 0) throw new UsageError("etk new experiment: --experiment is for artifacts (a new experiment gets its own id)");
    if (text === "") throw new UsageError(kind === "experiment" ? 'etk new experiment: give the experiment a name, e.g. etk new experiment "Receipt layout"' : `etk new ${kind}: give it a title, e.g. etk new ${kind} "First results"`);
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(text)) throw new UsageError(`etk new ${kind}: the ${kind === "experiment" ? "name" : "title"} must be one line of text (found ${JSON.stringify(text)})`, "write it on one line; the body is for the rest");
    if (config.top === null) throw new UsageError(`etk new works inside a git repository, and ${io.cwd} is not in one`, "cd into your repository (or run git init first)");
    const common = { config, now: /* @__PURE__ */ new Date(), tags: values.tag ?? [], status: values.status };
    if (typeof values.baseline === "string") {
      const folders = experimentFolders(config.rootAbs);
      values.baseline = resolveExperimentId(values.baseline, folders, { where: `under ${config.root || "."}`, hint: folders.length === 0 ? "create the baseline experiment first: etk new experiment <name>" : "etk status lists the experiments", option: "--baseline" });
    }
    let created;
    let reason = null;
    if (kind === "experiment") {
      created = await newExperiment({ ...common, name: text, description: values.description, given: givenFields(values) });
    } else {
      if (values.experiment === void 0) await currentIndex("new", values, config, config.databaseAbs, io);
      const chosen = chooseExperiment(config, io.cwd, values.experiment);
      reason = chosen.reason;
      created = await newArtifact({ ...common, type: kind, title: text, experimentId: chosen.id, given: givenFields(values) });
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

// src/cli/mv.ts
import { existsSync as existsSync10 } from "node:fs";
import { relative as relative11 } from "node:path";

// src/authoring/moveExperiment.ts
import { lstatSync as lstatSync3, renameSync as renameSync3 } from "node:fs";
import { join as join11 } from "node:path";

// src/authoring/newExperimentId.ts
function newExperimentId(oldId, given2) {
  if (EXPERIMENT_ID.test(given2)) return given2;
  const stamp = oldId.slice(0, "YYYYMMDD_HHMMSS".length);
  if (/^[a-z0-9_]+$/.test(given2) && !/^[0-9]{8}_[0-9]{6}(_|$)/.test(given2)) return `${stamp}_${given2}`;
  const slug = slugify(given2.replace(/^[0-9]{8}_[0-9]{6}_?/, ""), SLUG_MAX).replace(/-/g, "_");
  const example = slug === "" ? "image_pipeline" : slug;
  throw new UsageError(
    `etk mv: "${given2}" is neither an experiment id (YYYYMMDD_HHMMSS_name) nor a name part (lowercase letters, digits and _)`,
    `e.g. etk mv ${oldId} ${example} (becomes ${stamp}_${example}), or give a whole id such as ${stamp}_${example}`
  );
}

// src/authoring/topLevelValueEdits.ts
var import_yaml4 = __toESM(require_dist(), 1);
function written(type, to) {
  if (type === "QUOTE_DOUBLE") return JSON.stringify(to);
  if (type === "QUOTE_SINGLE") return `'${to.replace(/'/g, "''")}'`;
  if (type !== "PLAIN") return null;
  let back;
  try {
    back = yaml.load(to, { schema: yaml.CORE_SCHEMA });
  } catch {
    back = void 0;
  }
  const numberIn11 = /^[-+]?[0-9][0-9_.:]*$/.test(to);
  return back === to && (0, import_yaml4.parseDocument)(to).toJS() === to && !numberIn11 ? to : JSON.stringify(to);
}
function topLevelValueEdits(source, changes) {
  const doc = (0, import_yaml4.parseDocument)(source, { uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0 || !(0, import_yaml4.isMap)(doc.contents)) return null;
  const edits = [];
  for (const item of doc.contents.items) {
    if (!(0, import_yaml4.isScalar)(item.key) || typeof item.key.value !== "string" || !(0, import_yaml4.isScalar)(item.value) || !item.value.range) continue;
    const key2 = item.key.value;
    const value = item.value;
    const range = item.value.range;
    const change = changes.find((c) => c.keys.includes(key2) && value.value === c.from);
    if (change === void 0) continue;
    const text = written(value.type, change.to);
    if (text === null) continue;
    edits.push({ start: range[0], end: range[1], text, key: key2 });
  }
  return edits;
}

// src/authoring/rewriteValues.ts
function lineAt(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  let end = text.indexOf("\n", offset);
  if (end === -1) end = text.length;
  if (text[end - 1] === "\r") end--;
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < start; i = text.indexOf("\n", i + 1)) line++;
  return { line, start, end };
}
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  const changes = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const at = lineAt(text, e.start);
    if (changes.some((c) => c.line === at.line)) continue;
    const shift = edits.filter((x) => x.start < at.start).reduce((n, x) => n + x.text.length - (x.end - x.start), 0);
    const after = lineAt(out, at.start + shift);
    changes.push({ line: at.line, before: text.slice(at.start, at.end), after: out.slice(after.start, after.end) });
  }
  return { text: out, changes };
}
var readsBack = (data, edits, changes) => data !== null && edits.every((e) => changes.some((c) => c.keys.includes(e.key) && data[e.key] === c.to));
function rewriteFrontmatterValues(text, changes) {
  const parsed = parseFrontmatter(text);
  if (parsed.data === null) return null;
  const yamlStart = text.indexOf("\n") + 1;
  if (text.slice(yamlStart, yamlStart + parsed.yaml.length) !== parsed.yaml) return null;
  const edits = topLevelValueEdits(parsed.yaml, changes);
  if (edits === null) return null;
  if (edits.length === 0) return { text, changes: [] };
  const shifted = edits.map((e) => ({ ...e, start: e.start + yamlStart, end: e.end + yamlStart }));
  const result = applyEdits(text, shifted);
  return readsBack(parseFrontmatter(result.text).data, edits, changes) ? result : null;
}
function rewriteJsonValues(text, changes) {
  let before;
  try {
    before = JSON.parse(text);
  } catch {
    return null;
  }
  if (before === null || typeof before !== "object" || Array.isArray(before)) return null;
  const edits = topLevelValueEdits(text, changes);
  if (edits === null) return null;
  if (edits.length === 0) return { text, changes: [] };
  const result = applyEdits(text, edits);
  let after = null;
  try {
    after = JSON.parse(result.text);
  } catch {
    return null;
  }
  return readsBack(after, edits, changes) ? result : null;
}

// src/authoring/planMove.ts
var METADATA_ID_KEYS = ["experiment_id", "id"];
function planMove(input) {
  const { oldId, newId, root } = input;
  const prefix = root === "" ? "" : `${root}/`;
  const from = `${prefix}${oldId}`;
  const to = `${prefix}${newId}`;
  const rewrites = [];
  const mentions = [];
  const baseline = { keys: ["baseline"], from: oldId, to: newId };
  for (const f of input.files) {
    if (!f.text.includes(oldId)) continue;
    const placement = classifyPath(f.path, root);
    if (placement.kind === "ignored") continue;
    const own = placement.experimentDir === oldId;
    const newPath = own ? `${to}${f.path.slice(from.length)}` : f.path;
    let result;
    if (placement.kind === "metadata") {
      if (!own) continue;
      result = rewriteJsonValues(f.text, [{ keys: METADATA_ID_KEYS, from: oldId, to: newId }]);
    } else {
      const idKeys = placement.kind === "manifest" ? METADATA_ID_KEYS : ["experiment_id"];
      result = rewriteFrontmatterValues(f.text, own ? [{ keys: idKeys, from: oldId, to: newId }, baseline] : [baseline]);
    }
    if (result === null) {
      mentions.push({ path: f.path, why: placement.kind === "metadata" ? "it is not a JSON object that parses; edit it by hand" : "its frontmatter does not parse; edit it by hand" });
      continue;
    }
    if (result.changes.length > 0) rewrites.push({ path: f.path, newPath, text: `${f.hadBom ? "\uFEFF" : ""}${result.text}`, changes: result.changes });
    if (result.text.includes(oldId)) mentions.push({ path: f.path, why: "it still mentions the old id elsewhere (text or other fields), left as written" });
  }
  return { oldId, newId, from, to, rewrites, mentions };
}

// src/authoring/moveExperiment.ts
var listed = (names) => `${names.slice(0, 10).join(", ")}${names.length > 10 ? `, and ${names.length - 10} more` : ""}`;
function resolveFolder(config, given2) {
  const folders = experimentFolders(config.rootAbs);
  const m = given2.trim() === "" ? { kind: "none", near: void 0 } : matchExperimentId(given2, folders);
  if (m.kind === "one") return m.id;
  if (m.kind === "several") throw new UsageError(`etk mv: experiment "${given2}" is ambiguous: ${listed(m.ids)}`, "give more of the id");
  const names = folders.map((f) => f.slice("YYYYMMDD_HHMMSS_".length));
  const nearName = closest(given2, names);
  const near = m.kind === "none" && m.near !== void 0 ? m.near : nearName !== void 0 ? folders[names.indexOf(nearName)] : void 0;
  throw new UsageError(`etk mv: no experiment "${given2}" under ${config.root || "."}${near ? ` (did you mean "${near}"?)` : ""}`, "give an experiment id or a unique part of one (etk query experiments lists them)");
}
function readRootFiles(config, top) {
  const spec = config.root === "" ? "." : config.root;
  const tracked = new Set(splitZ(execGit(["ls-files", "-z", "--cached", "--", spec], { cwd: top })));
  const others = splitZ(execGit(["ls-files", "-z", "--others", "--exclude-standard", "--", spec], { cwd: top }));
  const files = [];
  for (const path of /* @__PURE__ */ new Set([...tracked, ...others])) {
    if (classifyPath(path, config.root).kind === "ignored") continue;
    const read = readRegularFile(join11(top, path), config.maxFileSize);
    if (read.kind !== "file") continue;
    const decoded = decodeArtifact(read.bytes);
    if (decoded.text !== null) files.push({ path, text: decoded.text, hadBom: decoded.hadBom });
  }
  return { files, tracked };
}
function prepareMove(config, experiment, newName) {
  const top = config.top;
  if (top === null) throw new ConfigError(`etk mv works inside a git repository, and ${config.projectDir} is not in one`, "cd into your repository (or run git init first)");
  const oldId = resolveFolder(config, experiment);
  const newId = newExperimentId(oldId, newName);
  if (newId === oldId) throw new UsageError(`etk mv: experiment ${oldId} already has that id`, "give a different name");
  const prefix = config.root === "" ? "" : `${config.root}/`;
  if (lstatSync3(join11(config.rootAbs, newId), { throwIfNoEntry: false }) !== void 0) {
    throw new UsageError(`etk mv: ${prefix}${newId} already exists`, "choose another name, or move that folder away first");
  }
  const { files, tracked } = readRootFiles(config, top);
  const plan = planMove({ oldId, newId, root: config.root, files });
  const touched = new Set(plan.rewrites.map((r) => r.path));
  const status = splitZ(execGit(["status", "--porcelain=v1", "-z", "--untracked-files=no", "--no-renames", "--", config.root === "" ? "." : config.root], { cwd: top }));
  const dirty = status.map((r) => r.slice(3)).filter((p) => p.startsWith(`${plan.from}/`) || touched.has(p));
  if (dirty.length > 0) {
    throw new UsageError(
      `etk mv: ${dirty.length === 1 ? "a file" : `${dirty.length} files`} the move would touch ${dirty.length === 1 ? "has" : "have"} uncommitted changes: ${listed(dirty)}`,
      "commit or stash them first (git stash), then run etk mv again; the move is then one change of its own"
    );
  }
  const method = [...tracked].some((p) => p.startsWith(`${plan.from}/`)) ? "git mv" : "rename";
  return { ...plan, top, method, tracked: plan.rewrites.filter((r) => tracked.has(r.path)).map((r) => r.newPath) };
}
function applyMove(move) {
  if (move.method === "git mv") execGit(["mv", "--", move.from, move.to], { cwd: move.top });
  else renameSync3(join11(move.top, move.from), join11(move.top, move.to));
  for (const r of move.rewrites) writeFileAtomic(join11(move.top, r.newPath), r.text);
  if (move.tracked.length > 0) execGit(["add", "--pathspec-from-file=-", "--pathspec-file-nul"], { cwd: move.top, input: `${move.tracked.join("\0")}\0` });
}

// src/cli/mv.ts
var HELP7 = `Usage: etk mv <experiment> <new-name-or-id> [options]

Renames an experiment: moves its folder (git mv when git tracks it, a plain rename otherwise) and
rewrites the id where files hold it: experiment_id in its Markdown frontmatter, experiment_id (or id)
in its README.md, manifest.json, .metadata/manifest.json and state.json, and every report's
baseline, in any experiment, that names it. Only those values change; every other byte of each
file stays as it was. The rename and the rewritten files are staged together, ready to commit.
The index is brought up to date when there is one.

<experiment> is its id or a part of it that is unique. The new name is a whole id
(YYYYMMDD_HHMMSS_name) or only the name part, which keeps the old timestamp.

etk mv refuses (exit 2) when the new folder exists, when a file it would touch has uncommitted
changes (commit or stash them first), and outside a git repository.

Options:
  --dry-run             print the plan (the folder, each file and the lines that change); write nothing
  --db PATH             the index to update (default: the configured one)
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Examples:
  etk mv 20251008_101500_image_enhancements image_pipeline --dry-run
  etk mv image_enhancements 20251008_101500_image_pipeline`;
function describe(move, dryRun) {
  const lines = [`${dryRun ? "would move" : "✔ moved"} ${move.from}/ -> ${move.to}/ (${move.method})`];
  for (const r of move.rewrites) {
    lines.push(`  ${terminalSafe(dryRun ? r.path : r.newPath)}`);
    const width = Math.max(...r.changes.map((c) => String(c.line).length));
    for (const c of r.changes) {
      lines.push(`    ${String(c.line).padStart(width)}  - ${terminalSafe(c.before)}`, `    ${" ".repeat(width)}  + ${terminalSafe(c.after)}`);
    }
  }
  const verb = dryRun ? "would rewrite" : "rewrote";
  lines.push(`${dryRun ? "" : "✔ "}${verb} ${plural(move.rewrites.length, "file")} (${plural(move.rewrites.reduce((n, r) => n + r.changes.length, 0), "line")})${dryRun ? "; nothing written" : move.method === "git mv" ? "; staged: review with git diff --staged, then commit" : ""}`);
  for (const m of move.mentions) lines.push(`note  ${terminalSafe(m.path)} names ${move.oldId}: ${m.why}`);
  return lines;
}
var mvCommand = {
  name: "mv",
  summary: "rename an experiment: its folder, every experiment_id and the baselines that name it",
  help: HELP7,
  async run(argv, io) {
    const { values, positionals } = parse("mv", argv, { ...DB_OPTION, "dry-run": { type: "boolean" } });
    if (values.help) {
      io.stdout.write(`${HELP7}
`);
      return 0;
    }
    if (positionals.length !== 2) {
      throw new UsageError(`etk mv takes two arguments, the experiment and its new name or id (found ${positionals.length})`, "e.g. etk mv 20251008_101500_image_enhancements image_pipeline");
    }
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const move = prepareMove(config, positionals[0], positionals[1]);
    const dryRun = values["dry-run"] === true;
    if (!dryRun) applyMove(move);
    io.stdout.write(`${describe(move, dryRun).join("\n")}
`);
    if (dryRun) return 0;
    const dbPath = dbPathFor(config, io.cwd, values.db);
    const shownDb = relative11(io.cwd, dbPath) || dbPath;
    if (!existsSync10(dbPath)) {
      io.stdout.write(`no index at ${shownDb} yet: etk sync builds it
`);
      return 0;
    }
    try {
      const o = await syncIndex({ config, dbPath, etkVersion: VERSION, source: "worktree" });
      io.stdout.write(`✔ ${shownDb} updated (${plural(o.files, "file")})
`);
    } catch (err) {
      io.stderr.write(`etk: warning: the experiment was moved, but ${shownDb} could not be updated: ${err.message}
  fix: run etk sync
`);
    }
    return 0;
  }
};

// src/cli/status.ts
import { relative as relative13, resolve as resolve6 } from "node:path";

// src/status/experimentStatus.ts
var STATUS_COLUMNS = ["experiment_id", "status", "phase", "updated", "artifacts", "errors", "warnings", "name"];
function statusRows(db) {
  return db.prepare(
    `WITH counts AS (
         SELECT experiment_id, SUM(kind NOT IN ('manifest', 'metadata')) AS artifacts FROM files WHERE experiment_id IS NOT NULL GROUP BY experiment_id
       ), problems AS (
         SELECT f.experiment_id, SUM(d.severity = 'error') AS errors, SUM(d.severity = 'warning') AS warnings
         FROM file_diagnostics d JOIN files f ON f.path = d.file_path WHERE f.experiment_id IS NOT NULL GROUP BY f.experiment_id
       )
       SELECT e.experiment_id, e.status, e.phase, COALESCE(e.updated, e.updated_at) AS updated,
              COALESCE(c.artifacts, 0) AS artifacts, COALESCE(p.errors, 0) AS errors, COALESCE(p.warnings, 0) AS warnings, e.name
       FROM experiments e LEFT JOIN counts c USING (experiment_id) LEFT JOIN problems p USING (experiment_id)
       ORDER BY e.updated_at IS NULL, e.updated_at DESC, e.experiment_id DESC`
  ).all();
}
var round = (n, digits = 6) => Math.round(n * 10 ** digits) / 10 ** digits;
function experimentStatus(db, id) {
  const e = db.prepare("SELECT name, description, status, phase, created, updated, manifest_path, metadata_sources FROM experiments WHERE experiment_id = ?").get(id);
  const byType = db.prepare("SELECT COALESCE(a.type, '(unparsed)') AS type, COUNT(*) AS n FROM files f JOIN artifacts a ON a.file_path = f.path WHERE f.experiment_id = ? AND f.kind NOT IN ('manifest', 'metadata') GROUP BY 1 ORDER BY 2 DESC, 1").all(id);
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
    phase: e?.phase ?? null,
    created: e?.created ?? null,
    updated: e?.updated ?? null,
    last_activity: activity.at,
    manifest: e?.manifest_path ?? null,
    metadata_sources: e?.metadata_sources ? e.metadata_sources.split(", ") : [],
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
  if (source !== "worktree" && source !== "index") return out;
  out.pending = pendingFiles(db, config, source);
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
  field("status", s.status ?? "(no metadata)");
  if (s.phase) field("phase", s.phase);
  if (s.description) field("about", s.description);
  field("created", s.created ?? "—");
  field("updated", `${s.updated ?? "—"}${s.last_activity ? `  (last change to any file: ${s.last_activity} UTC)` : ""}`);
  if (s.tags.length > 0) field("tags", s.tags.join(", "));
  const types = Object.entries(s.artifacts.by_type).map(([t, n]) => `${n} ${t}${n === 1 ? "" : "s"}`);
  field("artifacts", s.artifacts.total === 0 ? 'none yet (etk new <type> "<title>")' : `${s.artifacts.total}: ${types.join(", ")}`);
  if (s.manifest) field("manifest", s.manifest);
  if (s.metadata_sources.length > 0) field("metadata", s.metadata_sources.join(", "));
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

// src/cli/asOfOption.ts
import { relative as relative12 } from "node:path";
var AS_OF_OPTION = { "as-of": { type: "string" } };
var AS_OF_HELP = `  --as-of REV            answer as of a commit, tag or branch: what a fresh clone at REV would
                         answer (derived from the index and the files that differ; cached)`;
async function indexToRead(command, values, config, dbPath, io, needsProvenance = false) {
  const rev = values["as-of"];
  if (rev === void 0) {
    await currentIndex(command, values, config, dbPath, io);
    return dbPath;
  }
  if (rev === "") throw new UsageError(`etk ${command}: --as-of needs a commit, tag or branch`, `e.g. etk ${command} --as-of v1.0 (or HEAD~20, main, a commit id)`);
  const snap = await asOfIndex({ config, dbPath, rev, etkVersion: VERSION, env: io.env, provenance: needsProvenance });
  if (snap.warning !== void 0) io.stderr.write(`etk ${command}: --as-of ${rev}: ${snap.warning}
`);
  if (snap.how === "derived" || snap.how === "built") {
    io.stderr.write(`etk ${command}: as of ${rev} (${snap.revision.commit.slice(0, 12)}): ${snap.how === "derived" ? `derived from the index, ${snap.read} file${snap.read === 1 ? "" : "s"} read again` : `built from ${snap.read} files`}${snap.warning === void 0 ? `, kept in ${relative12(io.cwd, snap.path) || snap.path}` : ""}
`);
  }
  return snap.path;
}

// src/cli/outputOptions.ts
import { resolve as resolve5 } from "node:path";

// src/util/openOutputFile.ts
import { chmodSync as chmodSync2, closeSync as closeSync2, fsyncSync as fsyncSync2, lstatSync as lstatSync4, openSync as openSync2, renameSync as renameSync4, statSync as statSync6, unlinkSync as unlinkSync2, writeSync as writeSync2 } from "node:fs";
import { dirname as dirname6 } from "node:path";
var OWN_STREAM = /^\/(?:dev\/(stdout|stderr|fd\/(\d+))|proc\/self\/fd\/(\d+))$/;
function ownStream(path) {
  const m = OWN_STREAM.exec(path);
  if (!m) return null;
  return m[1] === "stdout" ? 1 : m[1] === "stderr" ? 2 : Number(m[2] ?? m[3]);
}
function statOrNull(stat) {
  try {
    return stat();
  } catch (err) {
    if (err.code === "ENOENT") return null;
    throw err;
  }
}
function openDirect(path, flags) {
  const fd = typeof path === "number" ? path : openSync2(path, flags);
  let open = typeof path !== "number";
  const close = () => {
    if (open) closeSync2(fd);
    open = false;
  };
  return {
    write(chunk) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      for (let off = 0; off < bytes.byteLength; ) off += writeSync2(fd, bytes, off, bytes.byteLength - off);
    },
    commit: close,
    abort: close
  };
}
function openReplacing(target, mode) {
  const temp = tempPathFor(target);
  const fd = openSync2(temp, "wx", mode ?? 438);
  let open = true;
  let done = false;
  const drop = () => {
    if (open) closeSync2(fd);
    open = false;
    if (!done) {
      done = true;
      try {
        unlinkSync2(temp);
      } catch {
      }
    }
  };
  return {
    write(chunk) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      for (let off = 0; off < bytes.byteLength; ) off += writeSync2(fd, bytes, off, bytes.byteLength - off);
    },
    commit() {
      try {
        fsyncSync2(fd);
        closeSync2(fd);
        open = false;
        if (mode !== void 0) chmodSync2(temp, mode);
        renameSync4(temp, target);
        done = true;
      } finally {
        drop();
      }
    },
    abort: drop
  };
}
function openChecked(target) {
  const fd = ownStream(target);
  if (fd !== null) return openDirect(fd, "a");
  const link2 = statOrNull(() => lstatSync4(target));
  if (link2 === null) {
    const folder = dirname6(target);
    const parent = statOrNull(() => statSync6(folder));
    if (parent === null) throw new UsageError(`cannot write ${target}: the folder ${folder} does not exist`, `create it first (mkdir -p ${folder}) or choose another path`);
    if (!parent.isDirectory()) throw new UsageError(`cannot write ${target}: ${folder} is a file, not a folder`, "choose another path");
    return openReplacing(target, void 0);
  }
  if (link2.isSymbolicLink()) {
    const to = statOrNull(() => statSync6(target));
    if (to !== null && (to.isFIFO() || to.isCharacterDevice() || to.isSocket())) return openDirect(target, "w");
    throw new UsageError(`cannot write ${target}: it is a symbolic link, and etk does not replace links or write through them`, "give the path the link points to, or another path");
  }
  if (link2.isDirectory()) throw new UsageError(`cannot write ${target}: it is a folder`, "give the path of a file in it, not of the folder");
  if (link2.isFIFO() || link2.isCharacterDevice()) return openDirect(target, "w");
  if (!link2.isFile()) throw new UsageError(`cannot write ${target}: it is neither a file, a pipe nor a character device`, "choose another path");
  return openReplacing(target, link2.mode & 4095);
}
function openOutputFile(target) {
  let file;
  try {
    file = openChecked(target);
  } catch (err) {
    throw cannotWrite(target, err);
  }
  return {
    write(chunk) {
      try {
        file.write(chunk);
      } catch (err) {
        file.abort();
        throw cannotWrite(target, err);
      }
    },
    commit() {
      try {
        file.commit();
      } catch (err) {
        throw cannotWrite(target, err);
      }
    },
    abort: () => file.abort()
  };
}
function writeOutputFile(target, data) {
  const file = openOutputFile(target);
  file.write(data);
  file.commit();
}

// src/cli/outputOptions.ts
var OUTPUT_OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" }
};
var OUTPUT_HELP = `  -f, --format F         table | json | csv | ndjson (default: table on a terminal, json otherwise)
  -o, --output FILE      write to FILE instead of stdout; the format follows the extension
                         (.json .csv .ndjson .jsonl .txt) unless --format is given. A file is
                         replaced atomically; a pipe or device (/dev/stdout) is written to; a
                         symbolic link or a missing folder is refused`;
function outputFormat(command, values, io) {
  return resolveFormat(command, {
    format: values.format,
    output: values.output,
    isTTY: io.stdout.isTTY === true
  });
}
function tableOptions(values, io) {
  const cols = io.stdout.columns;
  return values.output === void 0 && io.stdout.isTTY === true && typeof cols === "number" && cols > 0 ? { width: cols } : {};
}
function emitResult(command, result, values, io, render2) {
  const format = outputFormat(command, values, io);
  const text = format === "table" && render2 ? render2(result) : formatRows(result, format, tableOptions(values, io));
  const output = values.output;
  if (output === void 0) {
    io.stdout.write(text);
    return;
  }
  writeOutputFile(resolve5(io.cwd, output), text);
  io.stderr.write(`etk ${command}: wrote ${rowCount(result.rows.length)} to ${output} (${format})
`);
}
var rowCount = (n) => `${n} row${n === 1 ? "" : "s"}`;
async function emitStream(command, values, io, run2) {
  const format = outputFormat(command, values, io);
  const output = values.output;
  const file = output === void 0 ? null : openOutputFile(resolve5(io.cwd, output));
  const write = file === null ? (text) => void io.stdout.write(text) : (text) => file.write(text);
  let stream = null;
  try {
    await run2({
      onColumns: (columns) => {
        stream = createRowStream(format, columns, write, tableOptions(values, io));
      },
      onRows: (rows) => stream?.push(rows)
    });
  } catch (err) {
    if (!(err instanceof TableFullError)) {
      file?.abort();
      throw err;
    }
    stream?.end();
    file?.commit();
    throw new UsageError(`etk ${command}: stopped at ${TABLE_MAX_ROWS} rows, the most a table shows; the output is incomplete`, "use --format csv, json or ndjson (they stream any number of rows), or add a LIMIT");
  }
  const n = stream?.end() ?? 0;
  file?.commit();
  if (output !== void 0) io.stderr.write(`etk ${command}: wrote ${rowCount(n)} to ${output} (${format})
`);
}
function refuseOutputOverIndex(command, values, dbPath, io) {
  if (typeof values.output !== "string") return;
  const out = resolve5(io.cwd, values.output);
  const db = resolve5(dbPath);
  if (out === db || out === `${db}-wal` || out === `${db}-shm` || out === `${db}-journal`) {
    throw new UsageError(`etk ${command}: --output ${values.output} is the index itself`, "write the result to another file");
  }
}
function showSql(io, query) {
  io.stderr.write(describeQuery(query));
}

// src/cli/status.ts
var HELP8 = `Usage: etk status [experiment_id] [options]

Where experiments stand, from the index (tracking.db).
  etk status        one line per experiment, most recently updated first: status, updated,
                    artifacts, errors, warnings, name
  etk status <id>   one experiment (its id, or a unique start or part of one): status, dates, tags,
                    artifact counts by type, the latest value of each metric against its
                    baseline, and the open problems etk validate reports

The index is first brought up to date with the work tree (or built); with --no-sync etk answers
from it as it is and says on stderr how many files changed since the last sync.

Options:
${OUTPUT_HELP}
                         (one experiment: table or json)
${SYNC_HELP}
${AS_OF_HELP}
  --db PATH              use this database file instead of the configured one
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Examples:
  etk status
  etk status 20251027_143000_perspective_correction
  etk status 20251027_143000 --format json
  etk status --as-of v1.0
  etk status --no-sync --format csv --output status.csv`;
function behindNote(f) {
  if (f.pending === null || f.pending === 0) return null;
  const what2 = f.source === "index" ? "git's index" : "the work tree";
  return `etk status: the index is behind ${what2} by ${f.pending} file${f.pending === 1 ? "" : "s"} (last sync ${f.syncedAt ?? "unknown"}); run etk sync, or etk status without --no-sync
`;
}
var statusCommand = {
  name: "status",
  summary: "where experiments stand: status, dates, artifacts, latest metrics, open problems",
  help: HELP8,
  async run(argv, io) {
    const { values, positionals } = parse("status", argv, { ...DB_OPTION, ...OUTPUT_OPTIONS, ...SYNC_OPTIONS, ...AS_OF_OPTION });
    if (values.help) {
      io.stdout.write(`${HELP8}
`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`etk status: one experiment at a time (found ${positionals.length})`, "etk status with no id lists them all");
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const indexPath = dbPathFor(config, io.cwd, values.db);
    const format = outputFormat("status", values, io);
    const asOf = values["as-of"] !== void 0;
    const current = asOf ? "current" : await currentIndex("status", values, config, indexPath, io);
    const dbPath = asOf ? await indexToRead("status", values, config, indexPath, io) : indexPath;
    let db;
    try {
      db = openForRead(dbPath);
    } catch (err) {
      if (err instanceof Error && /there is no index/.test(err.message)) throw new UsageError(`etk status reads the index, and there is none at ${relative13(io.cwd, dbPath) || dbPath} yet`, "build it with etk sync");
      throw err;
    }
    try {
      const fresh = current === null ? freshness(db, config) : { ...freshness(db, { ...config, top: null }), pending: current === "stale" || current === "unchecked" ? null : 0 };
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
      const text = format === "json" ? `${JSON.stringify({ ...status, index: fresh }, null, 2)}
` : renderExperimentStatus(status);
      if (values.output !== void 0) {
        emitText(io, values.output, text);
      } else io.stdout.write(text);
      return 0;
    } finally {
      db.close();
    }
  }
};
function emitText(io, output, text) {
  writeOutputFile(resolve6(io.cwd, output), text);
  io.stderr.write(`etk status: wrote ${output}
`);
}

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
    const row = Object.assign(/* @__PURE__ */ Object.create(null), { metric, unit: [...values.values()].find((v) => v.unit !== null)?.unit ?? null });
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

// src/cli/query.ts
var HELP9 = `Usage: etk query <what> [options]

  experiments            one row per experiment: status, dates, artifact count, tags
  artifacts              one row per artifact (manifests included)
  metrics                report metrics with their baseline value and delta
  tags                   tag counts over experiments and artifacts
  runs                   runs × metrics: one row per report with its parameters and, per metric,
                         value, baseline and Δ (the grid of etk compare; --metric picks metrics)
  compare <id> <id>...   metrics side by side, with deltas against --baseline (default: the
                         first id; with one id, each metric's own baseline)
  sql "<SELECT ...>"     one read-only SQL statement over the index (see the README's schema)
  run [<name>]           a named query (built in, or "queries" in etk.config.json); no name: list them

Filters (experiments, artifacts, metrics; repeat a flag for several values):
  --status S             status is S (several: any of them)
  --tag T                carries tag T (several: all of them)
  --experiment ID        in experiment ID (an id, or a unique start or part of one)
  --type T               artifact type (artifacts, tags)
  --name M               metric name (metrics)
  --metric M             runs: only metric M (several: in this order)
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
  --timeout SECONDS      sql and run: stop a query after this long (default ${DEFAULT_TIMEOUT_SECONDS}; 0: no
                         limit); it exits 2 and says so. Rows stream out as they come
  --show-sql             print the SQL and its parameters to stderr before the result
${SYNC_HELP}
${AS_OF_HELP}
  --db PATH              use this database file instead of the configured one
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Examples:
  etk query experiments --status active
  etk query experiments --as-of v1.0 --status complete
  etk query artifacts --where "changed_by = 'kim' and changed > 30d"
  etk query experiments --tag perspective-correction --since 30d
  etk query artifacts --recent 7d --type report
  etk query metrics --experiment 20251027_143000 --output metrics.csv
  etk query experiments --where "metrics.hmean.delta > 0 and not status = deprecated"
  etk query compare 20251008_101500 20251027_143000
  etk query runs --experiment text_detection_backbone --where "metrics.hmean > 0.9" --metric hmean
  etk query sql "SELECT experiment_id, name FROM experiments WHERE status = 'active'"
  etk query run problems --format csv`;
var SUBCOMMANDS2 = [...LISTINGS, "runs", "compare", "sql", "run"];
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
  metric: { type: "string", multiple: true },
  since: { type: "string" },
  until: { type: "string" },
  recent: { type: "string" },
  latest: { type: "boolean" },
  where: { type: "string" },
  sort: { type: "string" },
  limit: { type: "string" },
  count: { type: "boolean" },
  baseline: { type: "string" },
  "show-sql": { type: "boolean" },
  ...SYNC_OPTIONS,
  ...AS_OF_OPTION,
  timeout: { type: "string" }
};
function checkFlags(sub, values, allowed) {
  const general = ["db", "config", "format", "output", "show-sql", "sync", "no-sync", "as-of", "help"];
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
function timeoutOption(value) {
  if (value === void 0) return DEFAULT_TIMEOUT_SECONDS;
  if (!/^\d+(\.\d+)?$/.test(value)) throw new UsageError(`etk query: --timeout must be a number of seconds (found "${value}")`, `e.g. --timeout 120; 0 means no limit (default ${DEFAULT_TIMEOUT_SECONDS})`);
  return Number(value);
}
function onlyArgs(sub, args, n, what2) {
  if (args.length > n) throw new UsageError(`etk query ${sub}: unexpected argument "${args[n]}"`, `${what2}; quote an SQL statement or a --where expression as one argument`);
}
var queryCommand = {
  name: "query",
  summary: "list experiments, artifacts, metrics and tags; compare metrics; read-only SQL; named queries",
  help: HELP9,
  async run(argv, io) {
    const { values, positionals } = parse("query", argv, OPTIONS2);
    if (values.help) {
      io.stdout.write(`${HELP9}
`);
      return 0;
    }
    const [sub, ...args] = positionals;
    if (sub === void 0 || !SUBCOMMANDS2.includes(sub)) {
      const near = sub === void 0 ? void 0 : closest(sub, SUBCOMMANDS2);
      throw new UsageError(
        sub === void 0 ? "etk query needs what to list: experiments, artifacts, metrics, tags, runs, compare, sql or run" : `etk query: unknown subcommand "${sub}"${near ? ` (did you mean "${near}"?)` : ""}`,
        "see etk query --help"
      );
    }
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const now = /* @__PURE__ */ new Date();
    const indexPath = dbPathFor(config, io.cwd, values.db);
    refuseOutputOverIndex("query", values, indexPath, io);
    const provenance = sub === "sql" || sub === "run" || [values.where, values.sort].some((v) => typeof v === "string" && /\b(changed|added)(_by|_commit)?\b/.test(v));
    const dbPath = sub === "run" && args.length === 0 ? indexPath : await indexToRead("query", values, config, indexPath, io, provenance);
    const open = () => openForRead(dbPath);
    if (sub === "sql") {
      checkFlags(sub, values, ["timeout"]);
      if (args.length === 0) throw new UsageError("etk query sql needs a statement", 'etk query sql "SELECT * FROM experiments"');
      onlyArgs(sub, args, 1, "etk query sql takes one statement");
      const timeoutSeconds = timeoutOption(values.timeout);
      await emitStream("query sql", values, io, (sink) => runBoundedQuery({ command: "query sql", dbPath, sql: args[0], params: [], userSql: true }, { timeoutSeconds, ...sink }));
      return 0;
    }
    if (sub === "run") {
      checkFlags(sub, values, ["timeout"]);
      onlyArgs(sub, args, 1, "etk query run takes one name");
      const name = args[0];
      if (name === void 0) {
        const rows = namedQueries(config).map((q) => ({ name: q.name, origin: q.origin, description: q.description }));
        emitResult("query run", { columns: ["name", "origin", "description"], rows }, values, io);
        return 0;
      }
      const info = findNamedQuery(config, name);
      const timeoutSeconds = timeoutOption(values.timeout);
      let query;
      const db2 = open();
      try {
        query = namedQuerySql(db2, info, now);
      } finally {
        db2.close();
      }
      if (values["show-sql"]) showSql(io, query);
      try {
        await emitStream("query run", values, io, (sink) => runBoundedQuery({ command: "query run", dbPath, ...query, userSql: "sql" in info.spec }, { timeoutSeconds, ...sink }));
      } catch (err) {
        if (err instanceof UsageError) throw new UsageError(`named query "${name}": ${err.message.replace(/^etk [a-z ]+: /, "")}`, err.hint);
        throw err;
      }
      return 0;
    }
    if (sub === "runs") {
      checkFlags(sub, values, ["experiment", "where", "metric"]);
      onlyArgs(sub, args, 0, "etk query runs takes options only");
      const db2 = open();
      try {
        const selection = {
          experiments: resolveExperimentIds(db2, values.experiment ?? []),
          ...values.where !== void 0 ? { where: values.where } : {},
          now
        };
        if (values["show-sql"]) {
          showSql(io, runsQuery(selection));
          showSql(io, runMetricsQuery(selection));
        }
        const metrics = values.metric;
        const grid = loadRunGrid(db2, selection, { directions: config.metrics, parameters: config.parameters, metrics });
        const missing = grid.runs.length === 0 ? [] : (metrics ?? []).filter((m) => !grid.metrics.some((g) => g.name === m));
        if (missing.length) throw new UsageError(`etk query runs: no run listed here reports ${missing.map((m) => `"${m}"`).join(", ")}`, "see the metric names with etk query runs and no --metric, or etk query metrics");
        emitResult("query runs", gridResult(grid), values, io, () => gridTable(grid, io.stdout.columns !== void 0 ? { width: io.stdout.columns } : {}));
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
        const ids = [...new Set(resolveExperimentIds(db2, args))];
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
var PREFIX_SCRIPTS = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
var SUFFIXES = ["e", "s", "es", "ed", "ing", "ings", "ion", "ions", "ation", "ations", "ational", "ate", "ated", "ates", "ating", "ator", "ators", "al", "ally", "ly", "er", "ers", "ness", "ment", "ments", "ence", "ences", "ance", "ances", "ive", "ively", "ity", "ities", "ize", "ized", "izes", "izing", "ization", "izations", "ise", "ised", "isation", "ful", "ism", "ist", "ists", "able", "ible", "ous", "ic", "ical", "y", "ies", "ied"];
function prefixForms(prefix) {
  const forms = /* @__PURE__ */ new Set();
  if (/^[a-z]{3,}$/i.test(prefix)) {
    const p = prefix.toLowerCase();
    for (const suffix of SUFFIXES) {
      for (let k = 0; k < suffix.length; k++) if (k === 0 || p.endsWith(suffix.slice(0, k))) forms.add(p + suffix.slice(k));
    }
  }
  return [`"${prefix}"*`, ...[...forms].map((f) => `"${f}"`)];
}
var quote = (s) => `"${s.replaceAll('"', '""')}"`;
function ftsTerm(term, prefix, phrase) {
  if (phrase && PREFIX_SCRIPTS.test(term)) {
    const words = term.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length > 1) return words.map((w, i) => `${quote(w)}${PREFIX_SCRIPTS.test(w) || prefix && i === words.length - 1 ? "*" : ""}`).join(" + ");
  }
  if (!phrase && PREFIX_SCRIPTS.test(term)) prefix = true;
  if (prefix && !phrase) {
    const forms = prefixForms(term.replaceAll('"', '""'));
    return forms.length === 1 ? forms[0] : `(${forms.join(" OR ")})`;
  }
  return `${quote(term)}${prefix ? "*" : ""}`;
}
function ftsQuery(text, any = false) {
  const parts = [];
  const re = /"([^"]*)("\*?)?|(\S+)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let term = m[1] ?? m[3] ?? "";
    let prefix = m[2] === '"*';
    if (m[3] !== void 0 && term.length > 1 && term.endsWith("*")) {
      prefix = true;
      term = term.replace(/\*+$/, "");
    }
    if (!/[\p{L}\p{N}]/u.test(term)) continue;
    parts.push(ftsTerm(term, prefix, m[1] !== void 0 && /\s/.test(term.trim())));
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
  const match = matchExpression(o);
  if (!o.types?.length && !o.experiments?.length && !o.tags?.length) {
    return fill(
      `WITH ranked AS MATERIALIZED (
  SELECT rowid AS id, bm25(artifacts_fts, 10.0, 1.0) AS score FROM artifacts_fts WHERE artifacts_fts MATCH {}
)
SELECT a.id, r.score
FROM ranked r JOIN artifacts a ON a.id = r.id
WHERE r.score <= COALESCE((SELECT score FROM ranked ORDER BY score LIMIT 1 OFFSET {}), 9e999)
ORDER BY r.score, a.file_path
LIMIT {}`,
      frag("?", match),
      frag("?", Math.max(0, o.limit - 1)),
      frag("?", o.limit)
    );
  }
  const conds = [frag("artifacts_fts MATCH ?", match)];
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
      // Three significant digits, not three decimals: in a corpus of a few files bm25 weighs a word
      // held by most of them near zero (its idf), and a score shown as 0 reads as "no match".
      score: Number((-r.score).toPrecision(3)),
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
var HELP10 = `Usage: etk search "<words>" [options]

Full-text search over every artifact's title and body, best matches first (bm25; a hit in the
title counts more). Each hit shows file:line of the first match and a snippet with the matched
words marked (**bold** outside a terminal).

Words match their English forms (correct finds correction, run finds running) and ignore accents;
a word in Korean, Chinese or Japanese also matches with what is attached to it (실험 finds 실험을).
Every word must occur (--any: at least one), "a quoted phrase" must occur as a phrase, a trailing
* matches a prefix (calib*). Quotes, AND/OR/NOT/NEAR, colons and brackets are ordinary text; --raw
passes FTS5's own query syntax through instead. Put -- before words that start with a dash:
etk search -- -fold.

Options:
  --type T               only artifacts of type T (repeatable)
  --experiment ID        only in experiment ID (an id, or a unique start or part; repeatable)
  --tag T                only artifacts carrying tag T (repeatable: all of them)
  --limit N              at most N hits (default 20)
  --any                  match any of the words instead of all
  --raw                  the words are an FTS5 query (AND, OR, NOT, NEAR(), column:, prefix*)
${OUTPUT_HELP}
  --show-sql             print the SQL and its parameters to stderr
${SYNC_HELP}
${AS_OF_HELP}
  --db PATH              use this database file instead of the configured one
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Examples:
  etk search "affine trap"
  etk search calib* --type report --limit 5
  etk search '"perspective correction" homography' --format json
  etk search --raw 'title:drift NOT baseline'
  etk search homography --as-of v1.0`;
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
  help: HELP10,
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
      "show-sql": { type: "boolean" },
      ...SYNC_OPTIONS,
      ...AS_OF_OPTION
    });
    if (values.help) {
      io.stdout.write(`${HELP10}
`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError("etk search needs words to search for", 'etk search "affine trap"');
    const text = positionals.join(" ");
    const limit = intOption("search", "limit", values.limit) ?? 20;
    if (limit < 1) throw new UsageError("etk search: --limit must be at least 1");
    const format = outputFormat("search", values, io);
    const color = format === "table" && values.output === void 0 && useColor(io.stdout, io.env);
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const indexPath = dbPathFor(config, io.cwd, values.db);
    refuseOutputOverIndex("search", values, indexPath, io);
    const db = openForRead(await indexToRead("search", values, config, indexPath, io));
    try {
      const o = { text, limit, raw: values.raw === true, any: values.any === true };
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
import { dirname as dirname7, relative as relative14, resolve as resolve7, sep as sep2 } from "node:path";
var HELP11 = `Usage: etk dashboard [--report FILE] [--experiment ID] [--port N] [options]

The index as a web page: overview, timeline, metric trends against baselines, tag cloud,
compliance heatmap, and searchable, sortable tables. One self-contained HTML file, with no
request to any network: open it from disk or from a CI artifact.

  --report FILE         write the page to FILE (atomically) and exit; the index is first brought
                        up to date with the work tree (or built), as for etk query
  --experiment ID       that experiment's own page: its artifacts, metrics against baseline,
                        tags and problems
  (no --report)         serve the page on 127.0.0.1 and keep it current: a change of a Markdown
                        file under the experiments root syncs the index (as etk sync does) and
                        rebuilds the page; open pages reload themselves. Ctrl-C stops.
  --port N              the port to serve on (default 8765; 0 picks a free one)
  --no-sync             use the index as it is: serve what it holds (rebuilding the page when it
                        changes), or write the report from it, without syncing
  --as-of REV           with --report: the report as of a commit, tag or branch
  --since REV           with --report: a "Changes" section first, what changed since REV (a
                        release tag, say) in meaning: etk diff REV, as a page

Options:
  --db PATH             use this database file instead of the configured one
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Examples:
  etk dashboard --report report.html
  etk dashboard --report out/exp.html --experiment 20251217_024343_image_enhancements
  etk dashboard --port 8080
  etk dashboard --report changes.html --since v1.0
  etk dashboard --report v1.html --as-of v1.0
  etk sync --rev HEAD --db out/tracking.db && etk dashboard --db out/tracking.db --report out/report.html`;
var DEFAULT_PORT = 8765;
var size = (bytes) => bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
var dashboardCommand = {
  name: "dashboard",
  summary: "the index as an HTML report (--report FILE), or served live on localhost",
  help: HELP11,
  async run(argv, io) {
    const { values, positionals } = parse("dashboard", argv, {
      ...DB_OPTION,
      report: { type: "string" },
      experiment: { type: "string" },
      port: { type: "string" },
      "no-sync": { type: "boolean" },
      "as-of": { type: "string" },
      since: { type: "string" }
    });
    if (values.help) {
      io.stdout.write(`${HELP11}
`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`etk dashboard takes no arguments (found "${positionals.join(" ")}")`, "write a file with --report FILE, or run it without arguments to serve the page");
    const report = values.report;
    if (report === "") throw new UsageError("etk dashboard: --report needs a file name", "e.g. etk dashboard --report report.html");
    if (report !== void 0 && values.port !== void 0) {
      throw new UsageError("etk dashboard: --port is for the live page; --report writes a file", "drop --report to serve the page, or drop --port");
    }
    for (const flag of ["as-of", "since"]) {
      if (values[flag] !== void 0 && report === void 0) throw new UsageError(`etk dashboard: --${flag} needs --report FILE`, `the live page shows the work tree; to write a page: etk dashboard --report FILE --${flag} REV`);
      if (values[flag] === "") throw new UsageError(`etk dashboard: --${flag} needs a commit, tag or branch`, `e.g. --${flag} v1.0`);
    }
    const port = intOption("dashboard", "port", values.port) ?? DEFAULT_PORT;
    if (port > 65535) throw new UsageError(`etk dashboard: --port must be at most 65535 (found ${port})`);
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {}, requireRoot: false });
    const dbPath = dbPathFor(config, io.cwd, values.db);
    const experiment = values.experiment;
    const { buildReport } = await import("./chunks/buildReport-SD3SSARI.js");
    if (report !== void 0) {
      const started = performance.now();
      const file = resolve7(io.cwd, report);
      const up = relative14(dirname7(file), config.top ?? config.projectDir).split(sep2).join("/");
      const readPath = await indexToRead("dashboard", values, config, dbPath, io);
      const since = values.since;
      let changes;
      if (since !== void 0) {
        const { diffRevisions: diffRevisions2 } = await import("./chunks/diffRevisions-QJGBBZBP.js");
        const asOf = values["as-of"];
        changes = await diffRevisions2({ config, dbPath, etkVersion: VERSION, from: { rev: since }, to: asOf !== void 0 ? { rev: asOf } : { worktree: true }, flag: "--since", warn: (s) => io.stderr.write(`etk dashboard: ${s}
`) });
      }
      const db = openForRead(readPath);
      let html;
      try {
        html = buildReport(db, { ...experiment !== void 0 ? { experiment } : {}, linkBase: up === "" ? "" : `${up}/`, grid: { directions: config.metrics, parameters: config.parameters }, ...changes ? { changes } : {} });
      } finally {
        db.close();
      }
      writeOutputFile(file, html);
      io.stdout.write(`✔ ${relative14(io.cwd, file) || file}: ${experiment !== void 0 ? `the page of ${experiment}` : "the report of the index"} (${size(Buffer.byteLength(html))}) in ${Math.round(performance.now() - started)} ms
`);
      return 0;
    }
    if (experiment !== void 0) {
      throw new UsageError("etk dashboard: --experiment needs --report FILE", "the live page links every experiment to its own page already; to write one: etk dashboard --experiment ID --report FILE");
    }
    const { startLiveDashboard } = await import("./chunks/liveServer-TRVZSL7R.js");
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
    io.stderr.write(`etk dashboard: ${values["no-sync"] ? `watching ${relative14(io.cwd, dbPath) || dbPath}` : `watching ${relative14(io.cwd, config.rootAbs) || "."} (syncing ${relative14(io.cwd, dbPath) || dbPath})`}
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

// src/cli/ci.ts
import { relative as relative18, resolve as resolve9 } from "node:path";

// src/action/ciEvent.ts
import { readFileSync as readFileSync4 } from "node:fs";
var NO_EVENT = { name: null, number: null, baseSha: null, baseRef: null, headSha: null };
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var ZERO = /^0+$/;
function obj(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : null;
}
function sha(v) {
  return typeof v === "string" && SHA.test(v) && !ZERO.test(v) ? v : null;
}
function str(v) {
  return typeof v === "string" && v !== "" ? v : null;
}
function readEvent(name, payload) {
  const p = obj(payload);
  const event = { ...NO_EVENT, name: str(name) };
  if (!p) return event;
  const pr = obj(p.pull_request);
  if (pr) {
    const base = obj(pr.base);
    const head = obj(pr.head);
    return {
      ...event,
      number: typeof pr.number === "number" ? pr.number : typeof p.number === "number" ? p.number : null,
      baseSha: sha(base?.sha),
      baseRef: str(base?.ref),
      headSha: sha(head?.sha)
    };
  }
  const group = obj(p.merge_group);
  if (group) {
    return { ...event, baseSha: sha(group.base_sha), baseRef: str(group.base_ref)?.replace(/^refs\/heads\//, "") ?? null, headSha: sha(group.head_sha) };
  }
  if ("before" in p || "after" in p) {
    return { ...event, baseSha: sha(p.before), baseRef: str(p.ref)?.replace(/^refs\/heads\//, "") ?? null, headSha: sha(p.after) };
  }
  return event;
}
function eventFromEnv(env, warn) {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { ...NO_EVENT, name: env.GITHUB_EVENT_NAME || null };
  let payload = null;
  try {
    payload = JSON.parse(readFileSync4(path, "utf8"));
  } catch (err) {
    warn(`cannot read the event payload ${path}: ${err.message}`);
  }
  return readEvent(env.GITHUB_EVENT_NAME, payload);
}

// src/action/metricGate.ts
var metricKey = (file, metric) => `${file}\0${metric}`;
var RANK = { pass: 0, "within tolerance": 1, fail: 2 };
function checkAgainst(value, ref, direction, tolerance) {
  const delta2 = value - ref.value;
  const verdict = metricVerdict(value, ref.value, direction);
  const allowed = allowedWorsening(tolerance, ref.value);
  const worseBy = direction === "higher" ? -delta2 : delta2;
  const noise = 1e-9 * Math.max(Math.abs(value), Math.abs(ref.value), 1e-300);
  const outcome = verdict !== "regression" ? "pass" : worseBy <= allowed + noise ? "within tolerance" : "fail";
  return { ...ref, delta: delta2, deltaPercent: ref.value !== 0 ? delta2 / Math.abs(ref.value) * 100 : null, allowed, verdict, outcome };
}
function metricGate(head, references, settings) {
  return head.map((m) => {
    const direction = metricDirection(m.metric, settings.metrics);
    const tolerance = toleranceOf(m.metric, settings.tolerances);
    const refs = [...references.get(metricKey(m.file, m.metric)) ?? []].filter((r) => Number.isFinite(r.value)).sort((a, b) => a.kind === b.kind ? 0 : a.kind === "baseline" ? -1 : 1);
    const checks = m.value === null || !Number.isFinite(m.value) ? [] : refs.map((r) => checkAgainst(m.value, r, direction, tolerance));
    const outcome = checks.length === 0 ? "no reference" : checks.reduce((w, c) => RANK[c.outcome] > RANK[w] ? c.outcome : w, "pass");
    return { ...m, direction, tolerance, checks, outcome };
  });
}
function gateFails(verdicts) {
  return verdicts.some((v) => v.outcome === "fail");
}
function num2(n) {
  return String(Number(n.toPrecision(6)));
}
var signed2 = (n) => `${n >= 0 ? "+" : ""}${num2(n)}`;
var signedPercent = (p) => p === null ? "" : `${p >= 0 ? "+" : ""}${(Math.round(p * 10) / 10).toFixed(1)}%`;
function referenceText(c) {
  if (c.kind === "previous") return `the previous report ${c.from}`;
  return c.from === "declared" ? "its declared baseline" : `its baseline ${c.from}`;
}
function gateMessage(v) {
  if (v.outcome === "no reference") return `${v.metric} ${v.value === null ? "has no number" : num2(v.value)}: nothing to compare it with`;
  const decisive = v.checks.reduce((w, c) => RANK[c.outcome] > RANK[w.outcome] ? c : w, v.checks[0]);
  const unit = v.unit ? ` ${v.unit}` : "";
  const tol = `tolerance ${toleranceText(v.tolerance)}${v.tolerance.kind === "relative" ? ` = ${num2(decisive.allowed)}${unit}` : ""}`;
  const delta2 = `Δ ${signed2(decisive.delta)}${unit}${decisive.deltaPercent !== null ? ` (${signedPercent(decisive.deltaPercent)})` : ""}`;
  const head = `${v.metric} ${num2(v.value)}${unit} against ${num2(decisive.value)}${unit}, ${referenceText(decisive)}: ${delta2}, ${tol}, ${v.direction} is better`;
  if (decisive.outcome === "fail") return `${head}: worse beyond the tolerance`;
  if (decisive.outcome === "within tolerance") return `${head}: worse, within the tolerance`;
  return `${head}: ${decisive.verdict}`;
}

// src/action/pickAnnotations.ts
var ANNOTATIONS_PER_SEVERITY = 10;
var RULE_ORDER = [
  "encoding",
  "binary",
  "file-too-large",
  "frontmatter-missing",
  "frontmatter-language",
  "frontmatter-unclosed",
  "frontmatter-empty",
  "frontmatter-not-mapping",
  "yaml-syntax",
  "yaml-duplicate-key",
  "yaml-alias-limit",
  "unknown-type",
  "schema",
  "duplicate-artifact-id",
  "experiment-id-mismatch",
  "type-mismatch",
  "updated-before-created",
  "baseline-missing",
  "placement",
  "experiment-folder",
  "file-name",
  "unknown-key",
  "bom",
  "line-endings"
];
var rank = (rule) => {
  const i = RULE_ORDER.indexOf(rule);
  return i === -1 ? RULE_ORDER.indexOf("schema") : i;
};
function mostImportant(diagnostics, limit = ANNOTATIONS_PER_SEVERITY) {
  if (diagnostics.length <= limit) return [...diagnostics].sort(compareDiagnostics);
  const byFile = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const byImportance = (a, b) => rank(a.rule) - rank(b.rule) || compareDiagnostics(a, b);
  const files = [...byFile.values()].map((list) => list.sort(byImportance)).sort((a, b) => byImportance(a[0], b[0]));
  const picked = [];
  for (let round2 = 0; picked.length < limit; round2++) {
    const layer = files.filter((list) => list.length > round2).map((list) => list[round2]);
    if (layer.length === 0) break;
    picked.push(...layer.sort(byImportance).slice(0, limit - picked.length));
  }
  return picked.sort(compareDiagnostics);
}
function pickAnnotations(diagnostics, limit = ANNOTATIONS_PER_SEVERITY) {
  return {
    errors: mostImportant(diagnostics.filter((d) => d.severity === "error"), limit),
    warnings: mostImportant(diagnostics.filter((d) => d.severity === "warning"), limit)
  };
}

// src/action/checkAnnotations.ts
function gateAnnotation(v) {
  if (v.outcome !== "fail" && v.outcome !== "within tolerance") return null;
  const kind = v.outcome === "fail" ? "error" : "notice";
  return `::${kind} file=${escapeProperty(v.file)},line=${v.line},title=${escapeProperty(`etk metric gate: ${v.metric}`)}::${escapeData(gateMessage(v))}`;
}
function checkAnnotations(r) {
  const picked = pickAnnotations(r.added);
  const lines = [...picked.errors, ...picked.warnings].length > 0 ? [renderGithub([...picked.errors, ...picked.warnings])] : [];
  if (r.gateOn) for (const v of r.gate) {
    const a = gateAnnotation(v);
    if (a !== null) lines.push(a);
  }
  return lines;
}

// src/action/sparkline.ts
var BARS = "▁▂▃▄▅▆▇█";
function sparkline(values, width = 20) {
  const v = values.filter(Number.isFinite).slice(-width);
  if (v.length === 0) return "";
  const lo = Math.min(...v);
  const hi = Math.max(...v);
  if (hi - lo <= 1e-12 * Math.max(Math.abs(hi), Math.abs(lo), 1)) return BARS[3].repeat(v.length);
  return v.map((x) => BARS[Math.min(BARS.length - 1, Math.round((x - lo) / (hi - lo) * (BARS.length - 1)))]).join("");
}

// src/action/renderCheckSummary.ts
var SUMMARY_LIMIT = 1024 * 1024;
var SUMMARY_TABLE_BUDGET = 8e5;
var COMMENT_LIMIT = 65536;
var COMMENT_TABLE_BUDGET = 6e4;
function cell(s) {
  return s.replace(/[\\`*[\]!~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\$&").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function code(s) {
  return `<code>${cell(s)}</code>`;
}
var segment = (s) => encodeURIComponent(s).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function fileUrl(file, line, blobUrl) {
  return `${blobUrl}${file.split("/").map(segment).join("/")}${line !== null ? `#L${line}` : ""}`;
}
function fileLink(file, line, blobUrl) {
  return blobUrl ? `[${code(file)}](${fileUrl(file, line, blobUrl)})` : code(file);
}
function headline(r) {
  const what2 = r.mode === "changed" ? plural(r.checked, "changed artifact") : plural(r.checked, "artifact");
  const fixed = r.fixed && r.fixed.length > 0 ? `${plural(r.fixed.length, "problem")} fixed` : "";
  if (r.problemBase && r.added && r.existing) {
    const already = r.existing.length > 0 ? `${plural(r.existing.length, "problem")} ${r.existing.length === 1 ? "was" : "were"} already there` : "";
    const tail = [already, fixed].filter((t) => t !== "").join(", ");
    if (r.added.length === 0) return r.checked === 0 && tail === "" ? "no artifact to check" : `${what2} checked, no new problems${tail ? `; ${tail}` : ""}`;
    const files2 = new Set(r.added.map((d) => d.file)).size;
    return `${plural(r.newErrors ?? 0, "new error")}, ${plural(r.newWarnings ?? 0, "new warning")} in ${files2} of ${what2}${tail ? `; ${tail}` : ""}`;
  }
  if (r.errors === 0 && r.warnings === 0) return r.checked === 0 ? "no artifact to check" : `${what2} checked, no problems${fixed ? `; ${fixed}` : ""}`;
  const files = new Set(r.diagnostics.map((d) => d.file)).size;
  return `${plural(r.errors, "error")}, ${plural(r.warnings, "warning")} in ${files} of ${what2}`;
}
function mark(r) {
  if (r.failed) return "✖";
  return r.errors + r.warnings > 0 ? "⚠" : "✔";
}
function problemRow(d, blobUrl) {
  const sev = d.severity === "error" ? "❌ error" : "⚠️ warning";
  const message = cell(d.message) + (d.hint ? `<br>fix: ${cell(d.hint)}` : "");
  return `| ${fileLink(d.file, d.line, blobUrl)} | ${d.line}:${d.column} | ${sev} | ${code(d.rule)} | ${message} |`;
}
function referenceCell(c, m, blobUrl) {
  if (c.kind === "previous") return `previous: ${fileLink(c.from, null, blobUrl)}`;
  if (c.from === "declared") return "baseline (declared)";
  const exp = code(m?.baselineExperiment ?? "baseline");
  return `baseline: latest of ${blobUrl ? `[${exp}](${fileUrl(c.from, null, blobUrl)})` : exp}`;
}
function gateCell(c, v) {
  const tol = toleranceText(v.tolerance);
  if (c.outcome === "fail") return `✖ worse beyond ${tol}`;
  if (c.outcome === "within tolerance") return `≈ worse, within ${tol}`;
  return c.verdict === "no change" ? "✔ same" : "✔ better";
}
function metricRows(v, m, history, blobUrl) {
  const unit = v.unit ? ` ${cell(v.unit)}` : "";
  const value = v.value === null ? "—" : `${num2(v.value)}${unit}`;
  const trend = history && history.length >= 2 ? `${sparkline(history)} ${num2(Math.min(...history))}–${num2(Math.max(...history))}` : "—";
  const lead = `| ${fileLink(v.file, v.line, blobUrl)} | ${code(v.metric)} |`;
  if (v.checks.length === 0) {
    const why = m && m.baseline === null && m.baselineExperiment !== null ? `— (${cell(m.baselineExperiment)} has no ${cell(v.metric)})` : "—";
    return [`${lead} ${why} | — → ${value} | — | — | — | — | ${trend} |`];
  }
  return v.checks.map((c, i) => {
    const delta2 = `${c.delta >= 0 ? "+" : ""}${num2(c.delta)}`;
    return `${lead} ${referenceCell(c, m, blobUrl)} | ${num2(c.value)}${unit} → ${value} | ${delta2} | ${signedPercent(c.deltaPercent) || "—"} | ${c.verdict} (${v.direction} is better) | ${gateCell(c, v)} | ${i === 0 ? trend : ""} |`;
  });
}
var Budget = class {
  constructor(left) {
    this.left = left;
  }
  left;
  take(out, rows) {
    let shown = 0;
    for (const row of rows) {
      const size2 = Buffer.byteLength(row) + 1;
      if (size2 > this.left) break;
      this.left -= size2;
      out.push(row);
      shown++;
    }
    return rows.length - shown;
  }
};
function renderCheckSummary(r, options = {}) {
  const target = options.target ?? "summary";
  const limit = target === "comment" ? COMMENT_LIMIT : SUMMARY_LIMIT;
  const budget = new Budget(options.budget ?? (target === "comment" ? COMMENT_TABLE_BUDGET : SUMMARY_TABLE_BUDGET));
  const holds = target === "comment" ? "a comment holds at most 65,536 characters" : "a job summary holds at most 1 MiB";
  const everyOne = target === "comment" ? "the check's job summary and log list every one" : "the step's log lists every one";
  const out = [`## etk check: ${mark(r)} ${headline(r)}`, ""];
  if (r.resolution && r.resolution.changes !== null) out.push(`Changed artifacts: ${cell(r.resolution.note)}.`, "");
  if (r.mode === "all" && r.notes.length === 0) out.push("Every artifact under the experiments root was checked (mode: all).", "");
  for (const n of r.notes) out.push(`> **Note:** ${cell(n)}.`, "");
  for (const n of r.validateNotes) out.push(`> **${n.level === "error" ? "Error" : "Note"}:** ${code(n.path)}: ${cell(n.message)}.`, "");
  const rule = `fail-on: ${r.failOn}${r.gateOn ? ", metric gate on" : ""}`;
  out.push(r.failed ? `**Failed** (${rule}): ${r.failReasons.map(cell).join("; ")}.` : `**Passed** (${rule}).`, "");
  if (r.experiments.length > 0) {
    out.push(`**Changed experiments (${r.experiments.length}):** ${r.experiments.slice(0, 50).map(code).join(", ")}${r.experiments.length > 50 ? `, and ${r.experiments.length - 50} more` : ""}.`, "");
  }
  if (r.gate.length > 0) {
    out.push("### Metrics of the changed reports", "");
    out.push(`Each metric against its baseline and against the experiment's previous report on the base; the verdict from which way it is better and the gate from its tolerance (the \`metrics\` key of etk.config.json; ${r.gateOn ? "the gate is on: a metric worse beyond its tolerance fails the check" : "the gate is off: shown, never failing"}).`, "");
    out.push("| Report | Metric | Against | Old → New | Δ | Δ% | Verdict | Gate | History |", "|---|---|---|---:|---:|---:|---|---|---|");
    const byKey = new Map(r.metrics.map((m) => [metricKey(m.file, m.metric), m]));
    const rows = r.gate.flatMap((v) => metricRows(v, byKey.get(metricKey(v.file, v.metric)), r.history.get(metricKey(v.file, v.metric)), options.blobUrl));
    const more = budget.take(out, rows);
    if (more > 0) out.push("", `… and ${plural(more, "more metric row")}, not shown here (${holds}): \`etk ci check --format json\` lists every one.`);
    out.push("");
  }
  const problemTable = (title, list, intro = []) => {
    if (title !== "") out.push(title, "");
    out.push(...intro, "| File | Line | Severity | Rule | Problem |", "|---|---:|---|---|---|");
    const more = budget.take(out, list.map((d) => problemRow(d, options.blobUrl)));
    if (more > 0) out.push("", `… and ${plural(more, "more problem")}, not shown here (${holds}): ${everyOne}.`);
    out.push("");
  };
  const withBase = r.problemBase !== null;
  if (r.added.length > 0) {
    const intro = [];
    const newErrors = r.added.filter((d) => d.severity === "error").length;
    if (options.annotated && (newErrors > ANNOTATIONS_PER_SEVERITY || r.added.length - newErrors > ANNOTATIONS_PER_SEVERITY)) {
      intro.push(`GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} errors and ${ANNOTATIONS_PER_SEVERITY} warnings of a step on the diff: the most important are annotated there; all ${r.added.length} are listed here.`, "");
    }
    problemTable(withBase ? `### New problems (${r.added.length})` : "### Problems", r.added, intro);
  }
  if (r.fixed.length > 0) {
    out.push(`### Fixed (${r.fixed.length})`, "", "On the base and gone now (fixed, or their file removed): progress.", "", "| File | Rule | Problem |", "|---|---|---|");
    const more = budget.take(out, r.fixed.map((d) => `| ${code(d.file)} | ${code(d.rule)} | ${cell(d.message)} |`));
    if (more > 0) out.push("", `… and ${plural(more, "more fixed problem")}, not shown here (${holds}).`);
    out.push("");
  }
  if (r.existing.length > 0) {
    out.push("<details>", `<summary>${plural(r.existing.length, "problem")} ${r.existing.length === 1 ? "was" : "were"} already there (on the base, not new in this change${r.failOn === "new-errors" ? ", not failing it" : ""})</summary>`, "");
    problemTable("", r.existing);
    out.push("</details>", "");
  }
  const md = `${out.join("\n")}
`;
  return Buffer.byteLength(md) <= limit ? md : fitMarkdown(blocks(out), limit, holds);
}
function blocks(lines) {
  const out = [];
  let current = [];
  let depth = 0;
  for (const line of lines) {
    if (line === "<details>") depth++;
    if (line === "</details>") depth = Math.max(0, depth - 1);
    if (line === "" && depth === 0) {
      if (current.length) out.push(current.join("\n"));
      current = [];
    } else current.push(line);
  }
  if (current.length) out.push(current.join("\n"));
  return out;
}
function fitMarkdown(parts, limit, holds) {
  const whole = `${parts.join("\n\n")}
`;
  if (Buffer.byteLength(whole) <= limit) return whole;
  const tail = (n) => `… and ${plural(n, "more part")} of this check (tables, notes), not shown here (${holds}): \`etk ci check --format json\` has everything.`;
  const room = limit - Buffer.byteLength(tail(parts.length)) - 4;
  const kept = [];
  let used = 0;
  for (const p of parts) {
    const size2 = Buffer.byteLength(p) + 2;
    if (used + size2 > room) break;
    kept.push(p);
    used += size2;
  }
  return `${[...kept, tail(parts.length - kept.length)].join("\n\n")}
`;
}

// src/action/renderIndexSummary.ts
import { basename as basename4, relative as relative15 } from "node:path";
function link(a) {
  return a.url ? `[<code>${cell(a.name)}</code>](${a.url})` : `<code>${cell(a.name)}</code> (id ${a.id})`;
}
function rel(cwd, path) {
  const r = relative15(cwd, path);
  return r.startsWith("..") || r === "" ? path : r;
}
function renderIndexSummary(r, options) {
  const c = r.counts;
  const problems = c.errors + c.warnings > 0 ? ` (${plural(c.errors, "error")}, ${plural(c.warnings, "warning")} recorded)` : "";
  const out = [`## etk index: ${plural(c.artifacts, "artifact")} in ${plural(c.experiments, "experiment")}${problems}`, ""];
  const commit = r.commit ? `commit <code>${r.commit.slice(0, 12)}</code>` : "HEAD";
  const how = r.sync.rebuild ? `rebuilt (${cell(r.sync.rebuild)})` : `${r.start === "restored" || r.start === "in-place" ? "updated from the previous database" : "built"}: ${r.sync.added} added, ${r.sync.changed} changed, ${r.sync.removed} removed`;
  out.push(`Indexed ${commit}, ${how}, in ${r.sync.ms} ms.`, "");
  for (const n of r.notes) out.push(`> **Note:** ${cell(n)}.`, "");
  out.push("| Output | Where |", "|---|---|");
  const up = options.uploaded;
  out.push(`| Database and query results | ${up ? link(up.data) : `<code>${cell(rel(options.cwd, r.dbPath))}</code>, <code>${cell(rel(options.cwd, r.resultsDir))}/</code>`} |`);
  out.push(`| HTML report | ${up ? link(up.report) : `<code>${cell(rel(options.cwd, r.reportPath))}</code>`} |`);
  out.push("");
  if (r.queries.length > 0) {
    out.push("### Named queries", "", "| Query | Rows | Files |", "|---|---:|---|");
    for (const q of r.queries) out.push(`| ${cell(q.name)} | ${q.rows} | <code>results/${cell(basename4(q.json))}</code>, <code>results/${cell(basename4(q.csv))}</code> |`);
    out.push("");
  }
  return `${out.join("\n")}
`;
}

// src/action/runCheck.ts
import { existsSync as existsSync11, lstatSync as lstatSync5, readFileSync as readFileSync5 } from "node:fs";
import { join as join12, relative as relative16 } from "node:path";

// src/action/checkTargets.ts
function checkTargets(changes, root) {
  const paths = [];
  const removed = [];
  const removedExperiments = /* @__PURE__ */ new Set();
  for (const [path, blob] of changes) {
    const placement = classifyPath(path, root);
    if (placement.kind === "ignored") continue;
    if (blob === null) {
      removed.push(path);
      if (placement.experimentDir !== null) removedExperiments.add(placement.experimentDir);
    } else paths.push(path);
  }
  for (const p of paths) {
    const placement = classifyPath(p, root);
    if (placement.kind !== "ignored" && placement.experimentDir !== null) removedExperiments.delete(placement.experimentDir);
  }
  return { paths: paths.sort(), removed: removed.sort(), removedExperiments: [...removedExperiments].sort() };
}
function changedConfigFile(files, changes, readAtBase, readNow) {
  for (const f of files) {
    if (!changes.has(f.path)) continue;
    if (f.key === void 0) return f.path;
    const pick = (text) => {
      if (text === null) return void 0;
      try {
        return JSON.stringify(JSON.parse(text)[f.key]);
      } catch {
        return "\0unparseable";
      }
    };
    if (pick(readAtBase(f.path)) !== pick(readNow(f.path))) return `${f.path} (its "${f.key}" key)`;
  }
  return null;
}

// src/action/reportMetrics.ts
var metricRows2 = (r) => rowsFor(r, "", [], "").metrics;
function compareReportMetrics(changed, reportsOf, directions = {}) {
  const rowsCache = /* @__PURE__ */ new Map();
  const rowsOf2 = (experiment) => {
    let rows = rowsCache.get(experiment);
    if (!rows) {
      rows = reportsOf(experiment).filter((r) => r.data?.type === "report").flatMap(metricRows2);
      rows.sort((a, b) => (a.timestamp ?? "") < (b.timestamp ?? "") ? 1 : (a.timestamp ?? "") > (b.timestamp ?? "") ? -1 : a.file_path < b.file_path ? 1 : a.file_path > b.file_path ? -1 : 0);
      rowsCache.set(experiment, rows);
    }
    return rows;
  };
  const baselineRow = (m, ownExperiment) => rowsOf2(m.baseline_experiment).find((b) => {
    if (b.metric_name !== m.metric_name || b.metric_value === null || b.file_path === m.file_path) return false;
    if (m.baseline_experiment !== ownExperiment) return true;
    const bt = b.timestamp ?? "";
    const mt = m.timestamp ?? "";
    return bt < mt || bt === mt && b.file_path < m.file_path;
  });
  const out = [];
  for (const r of [...changed].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    if (r.data?.type !== "report") continue;
    const comparison = typeof r.data.comparison === "string" ? r.data.comparison : null;
    for (const m of metricRows2(r)) {
      let baseline = m.baseline_declared;
      let from = baseline !== null ? "declared" : null;
      if (baseline === null && m.baseline_experiment !== null) {
        const b = baselineRow(m, r.placement.experimentDir ?? null);
        if (b) {
          baseline = b.metric_value;
          from = b.file_path;
        }
      }
      const direction = metricDirection(m.metric_name, directions);
      const verdict = metricVerdict(m.metric_value, baseline, direction);
      out.push({ file: r.path, metric: m.metric_name, value: m.metric_value, unit: m.unit, baseline, baselineFrom: from, comparison, direction, verdict, baselineExperiment: m.baseline_experiment });
    }
  }
  return out;
}

// src/action/resolveChanges.ts
var short = (sha2) => sha2.slice(0, 12);
function hasCommit(top, rev) {
  return gitSucceeds(["cat-file", "-e", `${rev}^{commit}`], top);
}
function resolveRev(top, rev) {
  const out = execGit(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], { cwd: top, okCodes: [1] }).toString("utf8").trim();
  return out === "" ? null : out;
}
function rawParents(commitText) {
  const parents = [];
  for (const line of commitText.split("\n")) {
    if (line === "") break;
    if (line.startsWith("parent ")) parents.push(line.slice(7).trim());
  }
  return parents;
}
function isShallow(top) {
  return execGit(["rev-parse", "--is-shallow-repository"], { cwd: top }).toString("utf8").trim() === "true";
}
function hasRemote(top, remote) {
  return gitSucceeds(["remote", "get-url", remote], top);
}
function fetchCommit(top, remote, what2, shallow) {
  if (!hasRemote(top, remote)) return { ok: false, why: `there is no remote "${remote}" to fetch it from` };
  try {
    execGit(["fetch", "--no-tags", "--quiet", "--no-write-fetch-head", ...shallow ? ["--depth=1"] : [], remote, what2], { cwd: top });
    return { ok: true };
  } catch (err) {
    return { ok: false, why: `git fetch ${remote} ${what2} failed: ${err.message.replace(/^git fetch failed[^:]*: /, "").split("\n")[0]}` };
  }
}
function diff(top, from) {
  return parseRawDiff(execGit(["diff-tree", "-r", "-z", "--raw", "--no-renames", from, "HEAD"], { cwd: top }));
}
function mergeBase(top, a) {
  const out = execGit(["merge-base", a, "HEAD"], { cwd: top, okCodes: [1] }).toString("utf8").trim();
  return out === "" ? null : out;
}
function resolveChanges(req) {
  const { top, event } = req;
  const remote = req.remote ?? "origin";
  const mayFetch = req.fetch ?? true;
  const fetched = [];
  const all = (note) => ({ method: "all", base: null, changes: null, fetched, note });
  const head = resolveRev(top, "HEAD");
  if (head === null) return all("the repository has no commit checked out, so every artifact was checked");
  const shallow = isShallow(top);
  const explicit = req.base !== void 0 && req.base !== "";
  if (!explicit) {
    const parents = rawParents(execGit(["cat-file", "commit", head], { cwd: top }).toString("utf8"));
    const first = parents[0];
    const isPrMerge = parents.length === 2 && first !== void 0 && event.headSha !== null && parents[1] === event.headSha;
    if (isPrMerge) {
      let present = hasCommit(top, first);
      if (!present && mayFetch) {
        const f = fetchCommit(top, remote, first, shallow);
        if (f.ok && hasCommit(top, first)) {
          fetched.push(first);
          present = true;
        }
      }
      if (present) {
        return { method: "merge-commit", base: first, changes: diff(top, first), fetched, note: `compared the merge commit ${short(head)} with its first parent ${short(first)} (the base branch)${fetched.length ? ", fetched from the remote" : ""}` };
      }
    }
  }
  const wanted = explicit ? req.base : event.baseSha;
  if (wanted === null) {
    return all(event.name === null ? "no base to compare with (no pull request event and no base given), so every artifact was checked" : `the ${event.name} event names no base commit and none was given, so every artifact was checked`);
  }
  let base = resolveRev(top, wanted) ?? (explicit ? resolveRev(top, `${remote}/${wanted}`) : null);
  let fetchedNote = "";
  if (base === null) {
    if (!mayFetch) return all(`the base ${wanted} is not in this clone (fetching is off), so every artifact was checked`);
    const refspec = /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(wanted) ? wanted : `+refs/heads/${wanted.replace(/^refs\/heads\//, "")}:refs/remotes/${remote}/${wanted.replace(/^refs\/heads\//, "")}`;
    const f = fetchCommit(top, remote, refspec, shallow);
    if (!f.ok) return all(`the base ${wanted} is not in this clone and ${f.why}, so every artifact was checked`);
    base = resolveRev(top, wanted) ?? resolveRev(top, `${remote}/${wanted.replace(/^refs\/heads\//, "")}`);
    if (base === null) return all(`the base ${wanted} could not be fetched, so every artifact was checked`);
    fetched.push(base);
    fetchedNote = ", fetched from the remote";
  }
  const mb2 = mergeBase(top, base);
  if (mb2 !== null) {
    return { method: "merge-base", base: mb2, changes: diff(top, mb2), fetched, note: `compared HEAD ${short(head)} with ${short(mb2)}, the merge base of HEAD and the base ${short(base)}${fetchedNote}` };
  }
  return {
    method: "base-commit",
    base,
    changes: diff(top, base),
    fetched,
    note: `no merge base of HEAD ${short(head)} and the base ${short(base)} in this ${shallow ? "shallow " : ""}clone${fetchedNote}: compared with the base commit itself (if the base branch moved on since the fork, the files it changed are checked too; fetch-depth: 0 gives the exact list)`
  };
}

// src/action/baseRevision.ts
function treeEntries(top, rev, pathspecs) {
  const out = /* @__PURE__ */ new Map();
  if (pathspecs.length === 0) return out;
  for (const rec of splitZ(execGit(["ls-tree", "-r", "-z", "--full-tree", rev, "--", ...pathspecs], { cwd: top }))) {
    const tab = rec.indexOf("	");
    const [mode, type, oid] = rec.slice(0, tab).split(" ");
    if (type === "blob") out.set(rec.slice(tab + 1), { oid, link: mode === LINK_MODE });
  }
  return out;
}
function revFiles(top, entries, maxFileSize) {
  const blobs = readBlobs(top, [...new Set([...entries.values()].map((e) => e.oid))], maxFileSize);
  return [...entries].map(([path, e]) => blobFile(path, e.oid, e.link, blobs));
}
var typeOfName = (path) => /^\d{8}_\d{4}_([a-z_]+?)_[^/]*\.md$/.exec(path.split("/").pop() ?? "")?.[1] ?? null;
function renamesSince(top, base) {
  const out = /* @__PURE__ */ new Map();
  const parts = splitZ(execGit(["diff-tree", "-r", "-z", "-M70%", "--name-status", "--diff-filter=R", base, "HEAD"], { cwd: top }));
  for (let i = 0; i + 2 < parts.length; i += 3) {
    const [from, to] = [parts[i + 1], parts[i + 2]];
    if (parts[i].startsWith("R") && typeOfName(from) === typeOfName(to)) out.set(to, from);
  }
  return out;
}
function revExperiments(top, rev, root) {
  const prefix = root === "" ? "" : `${root}/`;
  const out = /* @__PURE__ */ new Set();
  for (const rec of splitZ(execGit(["ls-tree", "-z", "--full-tree", rev, "--", prefix === "" ? "." : prefix], { cwd: top }))) {
    const tab = rec.indexOf("	");
    if (rec.slice(0, tab).split(" ")[1] === "tree") out.add(rec.slice(tab + 1).slice(prefix.length));
  }
  return out;
}
function revIdOwners(top, rev, root, ids) {
  const out = /* @__PURE__ */ new Map();
  if (ids.size === 0) return out;
  const grep = execGit(["grep", "-z", "-n", "-I", "-F", ...[...ids].flatMap((id) => ["-e", id]), rev, "--", root === "" ? "." : root], { cwd: top, okCodes: [1] });
  for (const hit of parseGrepZ(grep)) {
    const path = hit.path.startsWith(`${rev}:`) ? hit.path.slice(rev.length + 1) : hit.path;
    const m = /^artifact_id\s*:\s*["']?([^"'#\s]+)/.exec(hit.text);
    if (!m || !ids.has(m[1]) || classifyPath(path, root).kind === "ignored") continue;
    const list = out.get(m[1]);
    if (list) {
      if (!list.includes(path)) list.push(path);
    } else out.set(m[1], [path]);
  }
  return out;
}
var experimentDir = (root, experiment) => root === "" ? experiment : `${root}/${experiment}`;
function judgeBase(req) {
  const { config, top, base } = req;
  const wanted = req.paths.filter((p) => classifyPath(p, config.root).kind !== "ignored");
  const dirs = (req.reportsOf ?? []).map((e) => `${experimentDir(config.root, e)}/`);
  const reports = new Map((req.reportsOf ?? []).map((e) => [e, []]));
  if (wanted.length === 0 && dirs.length === 0) return { diagnostics: [], results: [], reports };
  const listed3 = treeEntries(top, base, wanted.length > 500 ? [config.root === "" ? "." : config.root] : [...wanted, ...dirs]);
  const wantedSet = new Set(wanted);
  const isReportOf = (p) => {
    if (!p.endsWith(".md")) return null;
    const placement = classifyPath(p, config.root);
    return placement.kind === "artifact" && reports.has(placement.experimentDir) ? placement.experimentDir : null;
  };
  const entries = new Map([...listed3].filter(([p]) => wantedSet.has(p) || isReportOf(p) !== null));
  const env = { root: config.root, schemas: req.schemas, maxFileSize: config.maxFileSize, rules: config.rules };
  const results = [];
  for (const f of revFiles(top, entries, config.maxFileSize)) {
    const r = validateFile(f, env);
    if (!r) continue;
    if (wantedSet.has(f.path)) results.push(r);
    const e = isReportOf(f.path);
    if (e !== null && r.data?.type === "report") reports.get(e).push(r);
  }
  const needsExperiments = results.some((r) => r.data?.type === "report" && typeof r.data.baseline === "string");
  const catalog = {
    experiments: needsExperiments ? revExperiments(top, base, config.root) : /* @__PURE__ */ new Set(),
    artifactIds: revIdOwners(top, base, config.root, req.duplicateIds ?? /* @__PURE__ */ new Set())
  };
  const cross = crossFileFindings(results.map(crossEntryOf), catalog, locateInResults(results));
  const diagnostics = [];
  for (const r of results) diagnostics.push(...applySeverity(r.path, [...r.findings, ...cross.get(r.path) ?? []], config.rules));
  return { diagnostics: diagnostics.sort(compareDiagnostics), results, reports };
}

// src/action/runCheck.ts
var CHECK_MODES = ["changed", "all"];
var FAIL_ON = ["new-errors", "errors", "warnings", "never"];
var FAIL_ON_ALIASES = { error: "errors", warning: "warnings", none: "never" };
function configFiles(config, top) {
  const files = [];
  if (config.source !== null) {
    const isPkg = config.source.endsWith("#etk");
    files.push({ path: toPosix(relative16(top, config.source.replace(/#etk$/, ""))), ...isPkg ? { key: "etk" } : {} });
  }
  for (const t of Object.values(config.extraTypes)) files.push({ path: toPosix(relative16(top, join12(config.projectDir, t.source))) });
  return files.filter((f) => !f.path.startsWith(".."));
}
function filesMentioning(top, root, ids) {
  if (ids.length === 0) return [];
  const args = ["grep", "-l", "-z", "-F", "--untracked", ...ids.flatMap((id) => ["-e", id]), "--", root === "" ? "." : root];
  return splitZ(execGit(args, { cwd: top, okCodes: [1] }));
}
function onDisk(abs) {
  try {
    lstatSync5(abs);
    return true;
  } catch {
    return false;
  }
}
async function runCheck(req) {
  const { config } = req;
  const top = config.top;
  const notes = [];
  let mode = req.mode;
  let resolution = null;
  let paths = null;
  if (mode === "changed") {
    if (top === null) {
      notes.push("not inside a git repository, so every artifact was checked");
      mode = "all";
    } else {
      resolution = resolveChanges({ top, base: req.base, event: req.event, ...req.fetch !== void 0 ? { fetch: req.fetch } : {} });
      if (resolution.changes === null) {
        notes.push(resolution.note);
        mode = "all";
      } else {
        const base = resolution.base;
        const cfg = changedConfigFile(
          configFiles(config, top),
          resolution.changes,
          (p) => {
            try {
              return execGit(["show", `${base}:${p}`], { cwd: top }).toString("utf8");
            } catch {
              return null;
            }
          },
          (p) => existsSync11(join12(top, p)) ? readFileSync5(join12(top, p), "utf8") : null
        );
        if (cfg !== null) {
          notes.push(`the configuration changed (${cfg}), so every artifact was checked`);
          mode = "all";
        } else {
          const targets = checkTargets(resolution.changes, config.root);
          const gone = targets.removedExperiments.filter((e) => !existsSync11(join12(top, config.root, e)));
          const extra = filesMentioning(top, config.root, gone).filter((p) => !targets.paths.includes(p) && onDisk(join12(top, p)));
          if (extra.length > 0) notes.push(`${plural(extra.length, "other file")} naming a removed experiment (${gone.join(", ")}) checked too`);
          paths = [...targets.paths, ...extra].filter((p) => onDisk(join12(top, p))).sort();
        }
      }
    }
  }
  if (req.base !== void 0 && req.base !== "" && req.mode === "all") notes.push("base is ignored with mode all");
  let outcome = null;
  if (paths === null || paths.length > 0) {
    const base = top ?? config.projectDir;
    outcome = await validateRepo({ config, cwd: base, paths: paths ?? [], staged: false });
  }
  const diagnostics = outcome?.diagnostics ?? [];
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else warnings++;
  }
  let metrics = [];
  if (outcome && mode === "changed") {
    const schemas = await schemasFor(config);
    const env = { root: config.root, schemas, maxFileSize: config.maxFileSize, rules: config.rules };
    const base = top ?? config.projectDir;
    metrics = compareReportMetrics(outcome.results, (experiment) => {
      const dir = join12(config.rootAbs, experiment, ".metadata");
      if (!existsSync11(dir)) return [];
      const out = [];
      for (const abs of walkMarkdown(dir)) {
        try {
          const r = validateFile(readWorktreeFile(abs, base, config.maxFileSize), env);
          if (r) out.push(r);
        } catch {
        }
      }
      return out;
    }, config.metrics);
  }
  if (paths !== null && paths.length === 0) notes.push("no artifact changed");
  const problemBase = top !== null && resolution?.base ? resolution.base : null;
  let renamedFrom = /* @__PURE__ */ new Map();
  let added = diagnostics;
  let existing = [];
  let fixed = [];
  let baseReports = /* @__PURE__ */ new Map();
  const byPath = new Map((outcome?.results ?? []).map((r) => [r.path, r]));
  const reportExperiments = [...new Set(metrics.map((m) => byPath.get(m.file)?.placement.experimentDir).filter((e) => typeof e === "string"))];
  if (problemBase !== null && outcome) {
    const changes = resolution?.changes ?? /* @__PURE__ */ new Map();
    const removedAny = [...changes.values()].some((b) => b === null);
    if (removedAny && resolution?.method !== "base-commit") renamedFrom = renamesSince(top, problemBase);
    const removed = resolution?.method !== "base-commit" ? [...changes].filter(([, b]) => b === null).map(([p]) => p) : [];
    const basePaths = [.../* @__PURE__ */ new Set([...outcome.results.map((r) => renamedFrom.get(r.path) ?? r.path), ...removed])];
    const duplicateIds = /* @__PURE__ */ new Set();
    for (const d of diagnostics) {
      if (d.rule !== "duplicate-artifact-id") continue;
      const id = byPath.get(d.file)?.data?.artifact_id;
      if (typeof id === "string") duplicateIds.add(id);
    }
    const onBase = judgeBase({ config, schemas: await schemasFor(config), top, base: problemBase, paths: basePaths, reportsOf: reportExperiments, duplicateIds });
    ({ added, existing, fixed } = matchProblems(onBase.diagnostics, diagnostics, renamedFrom));
    baseReports = onBase.reports;
  } else if (diagnostics.length > 0 && mode === "all" && req.mode === "all") {
    notes.push("no base to compare with (mode all), so every problem counts as new");
  }
  const newErrors = added.filter((d) => d.severity === "error").length;
  const newWarnings = added.length - newErrors;
  const references = /* @__PURE__ */ new Map();
  const history = /* @__PURE__ */ new Map();
  const head = [];
  for (const m of metrics) {
    const r = byPath.get(m.file);
    const at = r ? new YamlPositions(r.yaml, r.yamlStartLine).value(["metrics", m.metric]) : { line: 1 };
    head.push({ file: m.file, line: at.line, metric: m.metric, value: m.value, unit: m.unit });
    const refs = [];
    if (m.baseline !== null) refs.push({ kind: "baseline", value: m.baseline, from: m.baselineFrom ?? "declared" });
    const experiment = r?.placement.experimentDir ?? null;
    if (problemBase !== null && experiment !== null && baseReports.has(experiment)) {
      const rows = baseReports.get(experiment).flatMap(metricRows2).filter((row) => row.metric_name === m.metric && row.metric_value !== null);
      rows.sort((a, b) => (a.timestamp ?? "") < (b.timestamp ?? "") ? -1 : (a.timestamp ?? "") > (b.timestamp ?? "") ? 1 : a.file_path < b.file_path ? -1 : a.file_path > b.file_path ? 1 : 0);
      const last = rows.at(-1);
      if (last) refs.push({ kind: "previous", value: last.metric_value, from: last.file_path });
      history.set(metricKey(m.file, m.metric), [...rows.map((row) => row.metric_value), ...m.value !== null ? [m.value] : []]);
    }
    references.set(metricKey(m.file, m.metric), refs);
  }
  const gate = metricGate(head, references, config);
  const gateOn = req.gate === true;
  const failReasons = [];
  if (req.failOn === "new-errors" && newErrors > 0) failReasons.push(plural(newErrors, problemBase !== null ? "new error" : "error"));
  if (req.failOn === "errors" && errors > 0) failReasons.push(plural(errors, "error"));
  if (req.failOn === "warnings" && errors + warnings > 0) failReasons.push(plural(errors + warnings, "problem"));
  const worse = gate.filter((v) => v.outcome === "fail").length;
  if (gateOn && gateFails(gate)) failReasons.push(`${plural(worse, "metric")} worse beyond tolerance`);
  const failed = failReasons.length > 0;
  const experiments = [...new Set((outcome?.results ?? []).map((r) => r.placement.experimentDir).filter((e) => e !== null))].sort();
  return {
    mode,
    resolution,
    notes,
    judged: outcome ? outcome.results.map((r) => r.path) : [],
    diagnostics,
    validateNotes: outcome?.notes ?? [],
    checked: outcome?.checked ?? 0,
    errors,
    warnings,
    metrics,
    problemBase,
    renamedFrom,
    added,
    existing,
    fixed,
    newErrors,
    newWarnings,
    experiments,
    gate,
    gateOn,
    history,
    failOn: req.failOn,
    failReasons,
    failed,
    text: outcome ? outcome.text : () => void 0
  };
}

// src/action/runIndex.ts
import { copyFileSync, existsSync as existsSync13, mkdirSync as mkdirSync3, readdirSync as readdirSync3, rmSync, statSync as statSync7, writeFileSync } from "node:fs";
import { join as join13, relative as relative17, resolve as resolve8 } from "node:path";

// src/db/publishDb.ts
import { existsSync as existsSync12 } from "node:fs";
function checkpointAndClose(path) {
  const { db } = openForWrite(path);
  try {
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    db.exec("PRAGMA journal_mode = DELETE");
  } finally {
    db.close();
  }
  for (const suffix of ["-wal", "-shm"]) {
    if (existsSync12(`${path}${suffix}`)) throw new Error(`${path}${suffix} is still there after the checkpoint: another process has the index open`);
  }
}

// src/action/indexParts.ts
async function indexParts() {
  const [{ runNamedQueries }, { formatRows: formatRows2 }, { buildReport }] = await Promise.all([
    import("./chunks/namedQueries-YU65NQVS.js"),
    import("./chunks/output-JRJ2NIQO.js"),
    import("./chunks/buildReport-SD3SSARI.js")
  ]);
  return {
    runNamedQueries: (db, config, now) => runNamedQueries(db, config, now),
    formatRows: (result, format) => formatRows2(result, format),
    buildReport: (db, options) => buildReport(db, options)
  };
}

// src/action/runIndex.ts
function queryFileStem(name) {
  const stem = name.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "");
  return stem === "" ? "query" : stem;
}
var RESULTS_MARKER = ".etk-results";
function freshResultsDir(dir) {
  if (existsSync13(dir)) {
    const entries = readdirSync3(dir);
    if (entries.length > 0 && !entries.includes(RESULTS_MARKER)) {
      throw new UsageError(`${dir} already holds files etk did not write, and etk replaces results/ on every run`, "choose another output folder (--out, or the action's out-dir), or move those files away");
    }
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync3(dir, { recursive: true });
  writeFileSync(join13(dir, RESULTS_MARKER), "The results of etk ci index: this folder is replaced on every run.\n");
}
async function runIndex(req) {
  const parts = req.parts ?? await indexParts();
  const generatedAt = req.generatedAt ?? /* @__PURE__ */ new Date();
  const notes = [];
  const cwd = req.cwd ?? process.cwd();
  const top = req.config.top;
  if (top === null) throw new UsageError("the index is built from the commit checked out (HEAD), and this is not inside a git repository", "run it in a git checkout (in CI, check the repository out first)");
  if (!gitSucceeds(["rev-parse", "--verify", "-q", "HEAD^{commit}"], top)) throw new UsageError("the index is built from the commit checked out (HEAD), and this repository has no commit yet", "commit the experiment docs first");
  const outDir = resolve8(cwd, req.outDir);
  try {
    mkdirSync3(outDir, { recursive: true });
  } catch (err) {
    throw cannotWrite(outDir, err);
  }
  const dbPath = join13(outDir, "tracking.db");
  const resultsDir = join13(outDir, "results");
  let start = existsSync13(dbPath) ? "in-place" : "fresh";
  const replaceable = () => {
    if (!existsSync13(dbPath) || isEtkIndexFile(dbPath)) return;
    throw new UsageError(`${dbPath} is not an index etk made, and etk ci index would replace it`, "choose another output folder (--out, or the action's out-dir), or move that file away");
  };
  if (req.previousDb !== void 0 && req.previousDb !== "") {
    const prev = resolve8(cwd, req.previousDb);
    if (!existsSync13(prev) || statSync7(prev).size === 0) {
      start = "missing";
      notes.push(`no previous database at ${req.previousDb} (a cache miss?): built from scratch`);
      replaceable();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbPath}${suffix}`, { force: true });
    } else if (prev === dbPath) start = "in-place";
    else {
      replaceable();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbPath}${suffix}`, { force: true });
      copyFileSync(prev, dbPath);
      if (existsSync13(`${prev}-wal`)) copyFileSync(`${prev}-wal`, `${dbPath}-wal`);
      start = "restored";
    }
  }
  const request = { config: req.config, dbPath, etkVersion: req.etkVersion, source: "rev", rev: "HEAD" };
  let o;
  try {
    o = await syncIndex(request);
  } catch (err) {
    if (!(err instanceof CorruptDatabaseError)) throw err;
    notes.push(`the previous database was damaged (${err.message}): rebuilt from scratch`);
    start = "damaged";
    o = await syncIndex({ ...request, force: true });
  }
  checkpointAndClose(dbPath);
  const db = openForRead(dbPath);
  const queries = [];
  const reportPath2 = join13(outDir, "report.html");
  let counts2;
  try {
    const one = (sql) => Number(db.prepare(sql).get().n);
    counts2 = {
      experiments: one("SELECT COUNT(*) AS n FROM experiments"),
      artifacts: one("SELECT COUNT(*) AS n FROM artifacts"),
      files: one("SELECT COUNT(*) AS n FROM files"),
      errors: one("SELECT COUNT(*) AS n FROM diagnostics WHERE severity = 'error'"),
      warnings: one("SELECT COUNT(*) AS n FROM diagnostics WHERE severity = 'warning'")
    };
    freshResultsDir(resultsDir);
    const used = /* @__PURE__ */ new Set();
    for (const r of parts.runNamedQueries(db, req.config, generatedAt)) {
      let stem = queryFileStem(r.name);
      for (let i = 2; used.has(stem.toLowerCase()); i++) stem = `${queryFileStem(r.name)}-${i}`;
      used.add(stem.toLowerCase());
      const json = join13(resultsDir, `${stem}.json`);
      const csv = join13(resultsDir, `${stem}.csv`);
      writeFileSync(json, ensureNewline(parts.formatRows(r, "json")));
      writeFileSync(csv, ensureNewline(parts.formatRows(r, "csv")));
      queries.push({ name: r.name, rows: r.rows.length, json, csv });
    }
    const linkBase = req.linkBase?.(o.state.commit) ?? `${toPosix(relative17(outDir, top))}/`.replace(/^\/$/, "");
    writeFileAtomic(reportPath2, parts.buildReport(db, { generatedAt, linkBase, grid: { directions: req.config.metrics, parameters: req.config.parameters } }));
  } finally {
    db.close();
  }
  const p = o.plan;
  return {
    dbPath,
    resultsDir,
    reportPath: reportPath2,
    start,
    commit: o.state.commit,
    sync: {
      rebuild: o.rebuild,
      listed: o.listed,
      files: o.files,
      errors: o.errors,
      warnings: o.warnings,
      added: p.added.length - p.renamed.length,
      changed: p.changed.length,
      removed: p.removed.length - p.renamed.length,
      ms: Math.round(o.ms)
    },
    counts: counts2,
    queries,
    notes
  };
}
function ensureNewline(s) {
  return s.endsWith("\n") || s === "" ? s : `${s}
`;
}

// src/cli/ci.ts
var HELP12 = `Usage: etk ci check [options]
       etk ci index --out DIR [options]

The work of etk's GitHub Actions, for any CI system.

  check     judge the artifacts a change touches (cross-file rules against the whole tree):
            GitHub's PR merge commit against its first parent, else the merge base of HEAD and
            --base (or the GitHub event's base), fetching a missing base commit; with no base or
            no history, every artifact (and it says so)
  index     sync tracking.db at HEAD into DIR (from --previous-db when given), checkpoint it, run
            every named query to DIR/results/<name>.json and .csv, build DIR/report.html

Options (check):
  --base REV            commit, branch or tag to compare with (default: the event's base on GitHub)
  --mode MODE           changed (default) or all
  --fail-on LEVEL       exit 1 on: new-errors (default: errors the base did not have, matched
                        by file, rule and message, not by line; renamed files keep theirs),
                        errors (any), warnings (any problem), never
  --gate                also exit 1 when a changed report's metric is worse than its baseline
                        or the experiment's previous report on the base beyond its tolerance
                        (metrics.<name>.tolerance in etk.config.json)
  --format FORMAT       text (default), json, github (the 10 most important new errors and
                        warnings, and the gate's verdicts, as workflow annotations), or sarif
                        (SARIF 2.1.0 with stable fingerprints)
  --summary FILE        also write the Markdown summary (new, fixed and old problems, metrics
                        old -> new with the gate's verdict and a sparkline of their history)
  --no-fetch            never run git fetch for a missing base commit

Options (index):
  --out DIR             where to write tracking.db, results/ and report.html (required)
  --previous-db FILE    start from this database (a cache); a missing file means a full rebuild
  --summary FILE        also write the Markdown summary

  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Exit codes: 0 passed, 1 the check failed per --fail-on (or --gate), 2 usage or configuration error.

Examples:
  etk ci check --base origin/main
  etk ci check --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA" --format json
  etk ci check --base origin/main --gate --summary etk-summary.md
  etk ci check --base origin/main --format sarif > etk.sarif
  etk ci index --out public/etk --previous-db .cache/tracking.db`;
function writeSummary(cwd, file, markdown) {
  if (typeof file !== "string" || file === "") return;
  writeOutputFile(resolve9(cwd, file), markdown);
}
function checkJson(r) {
  const isNew = new Set(r.added);
  const ids = fingerprints(r.diagnostics, r.renamedFrom);
  return JSON.stringify({
    mode: r.mode,
    method: r.resolution?.method ?? (r.mode === "all" ? "all" : null),
    base: r.resolution?.base ?? null,
    notes: [...r.resolution && r.resolution.changes !== null ? [r.resolution.note] : [], ...r.notes],
    checked: r.checked,
    errors: r.errors,
    warnings: r.warnings,
    newErrors: r.newErrors,
    newWarnings: r.newWarnings,
    failOn: r.failOn,
    gate: r.gateOn,
    failed: r.failed,
    failReasons: r.failReasons,
    experiments: r.experiments,
    diagnostics: r.diagnostics.map((d, i) => ({ ...d, new: isNew.has(d), fingerprint: ids[i] })),
    fixed: r.fixed,
    renamed: Object.fromEntries(r.renamedFrom),
    metrics: r.metrics,
    metricGate: r.gate.map((v) => ({ ...v, tolerance: toleranceText(v.tolerance), history: r.history.get(metricKey(v.file, v.metric)) ?? [] }))
  }, null, 2);
}
var ciCommand = {
  name: "ci",
  summary: "CI jobs: check a change (ci check), rebuild and publish the index (ci index)",
  help: HELP12,
  async run(argv, io) {
    const { values, positionals } = parse("ci", argv, {
      base: { type: "string" },
      mode: { type: "string" },
      "fail-on": { type: "string" },
      gate: { type: "boolean" },
      format: { type: "string", short: "f" },
      summary: { type: "string" },
      "no-fetch": { type: "boolean" },
      out: { type: "string" },
      "previous-db": { type: "string" }
    });
    if (values.help) {
      io.stdout.write(`${HELP12}
`);
      return 0;
    }
    const sub = positionals[0];
    if (sub !== "check" && sub !== "index") {
      throw new UsageError(sub === void 0 ? "etk ci needs a subcommand: check or index" : `etk ci: unknown subcommand "${sub}"`, "see etk ci --help");
    }
    if (positionals.length > 1) throw new UsageError(`etk ci ${sub} takes no paths (found "${positionals.slice(1).join(" ")}")`, "see etk ci --help");
    const only = (names, what2) => {
      for (const n of names) if (values[n] !== void 0) throw new UsageError(`etk ci ${sub}: --${n} is an option of etk ci ${what2}`, "see etk ci --help");
    };
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const err = palette(useColor(io.stderr, io.env));
    if (sub === "index") {
      only(["base", "mode", "fail-on", "gate", "format", "no-fetch"], "check");
      if (typeof values.out !== "string" || values.out === "") throw new UsageError("etk ci index needs --out DIR", "for example: etk ci index --out etk-out");
      const r2 = await runIndex({
        config,
        etkVersion: VERSION,
        cwd: io.cwd,
        outDir: values.out,
        ...typeof values["previous-db"] === "string" ? { previousDb: values["previous-db"] } : {}
      });
      for (const n of r2.notes) io.stderr.write(`${err.dim("note")}  ${terminalSafe(n)}
`);
      const shown = (p) => relative18(io.cwd, p) || p;
      io.stdout.write(`✔ ${shown(r2.dbPath)}: ${r2.counts.artifacts} artifacts in ${r2.counts.experiments} experiments (${r2.sync.rebuild ? `rebuilt: ${r2.sync.rebuild}` : `${r2.sync.added} added, ${r2.sync.changed} changed, ${r2.sync.removed} removed`}, ${r2.sync.ms} ms)
`);
      for (const q of r2.queries) io.stdout.write(`  ${q.name}: ${q.rows} rows -> ${shown(q.json)}, ${shown(q.csv)}
`);
      io.stdout.write(`  report -> ${shown(r2.reportPath)}
`);
      writeSummary(io.cwd, values.summary, renderIndexSummary(r2, { cwd: io.cwd }));
      return 0;
    }
    only(["out", "previous-db"], "index");
    const mode = choiceOption("ci check", "mode", values.mode, CHECK_MODES, "changed");
    const failOnValue = values["fail-on"];
    const failOn = choiceOption("ci check", "fail-on", failOnValue === void 0 ? void 0 : FAIL_ON_ALIASES[failOnValue] ?? failOnValue, FAIL_ON, "new-errors");
    const format = choiceOption("ci check", "format", values.format, ["text", "json", "github", "sarif"], "text");
    const event = eventFromEnv(io.env, (m) => io.stderr.write(`${err.yellow("warning")} ${m}
`));
    const r = await runCheck({ config, cwd: io.cwd, mode, base: values.base, event, failOn, gate: values.gate === true, fetch: values["no-fetch"] !== true });
    if (format === "text" || format === "github") {
      if (r.resolution && r.resolution.changes !== null) io.stderr.write(`${err.dim("note")}  ${terminalSafe(r.resolution.note)}
`);
      for (const n of r.notes) io.stderr.write(`${err.dim("note")}  ${terminalSafe(n)}
`);
      for (const n of r.validateNotes) io.stderr.write(`${n.level === "error" ? err.red("error") : err.dim("note ")} ${terminalSafe(n.path)}: ${terminalSafe(n.message)}
`);
    }
    if (format === "json") io.stdout.write(`${checkJson(r)}
`);
    else if (format === "sarif") {
      const isNew = new Set(r.added);
      io.stdout.write(`${renderSarif(r.diagnostics, { version: VERSION, renamedFrom: r.renamedFrom, ...r.problemBase !== null ? { isNew: (d) => isNew.has(d) } : {} })}
`);
    } else if (format === "github") {
      const annotations = checkAnnotations(r);
      if (annotations.length > 0) io.stdout.write(`${annotations.join("\n")}
`);
      io.stdout.write(`etk: ${headline(r)}
`);
    } else {
      const c = palette(useColor(io.stdout, io.env));
      if (r.added.length > 0) io.stdout.write(`${renderText(r.added, r.text, c, true)}

`);
      if (r.existing.length > 0) io.stdout.write(`${c.dim(`${plural(r.existing.length, "problem")} ${r.existing.length === 1 ? "was" : "were"} already there (on the base ${r.problemBase.slice(0, 12)}):`)}
${renderText(r.existing, r.text, c, false)}

`);
      if (r.fixed.length > 0) io.stdout.write(`${c.green(`${plural(r.fixed.length, "problem")} fixed:`)}
${r.fixed.map((d) => `  ${terminalSafe(d.file)}  ${d.rule}  ${terminalSafe(d.message)}`).join("\n")}

`);
      for (const v of r.gateOn ? r.gate : []) {
        if (v.outcome === "no reference") continue;
        const line2 = `${terminalSafe(v.file)}:${v.line}  ${terminalSafe(gateMessage(v))}`;
        io.stdout.write(`${v.outcome === "fail" ? r.gateOn ? c.red(`✖ ${line2}`) : c.yellow(`⚠ ${line2}`) : v.outcome === "within tolerance" ? c.yellow(`≈ ${line2}`) : c.green(`✔ ${line2}`)}
`);
      }
      const line = `${headline(r)}${r.failed ? ` (failed: ${r.failReasons.join("; ")})` : ""}`;
      const m = mark(r);
      io.stdout.write(`${m === "✖" ? c.red(`✖ ${line}`) : m === "⚠" ? c.yellow(`⚠ ${line}`) : c.green(`✔ ${line}`)}
`);
    }
    writeSummary(io.cwd, values.summary, renderCheckSummary(r, { annotated: format === "github" }));
    if ((format === "json" || format === "sarif") && r.failed) io.stderr.write(`etk ci check: failed: ${r.failReasons.join("; ")}${format === "sarif" && r.gateOn ? " (SARIF holds the problems; --format text, github or --summary show the metric gate)" : ""}
`);
    return r.failed ? 1 : 0;
  }
};

// src/query/runTargets.ts
import { isAbsolute as isAbsolute4, relative as relative19, resolve as resolve10 } from "node:path";
var listed2 = (xs) => `${xs.slice(0, 5).join(", ")}${xs.length > 5 ? `, and ${xs.length - 5} more` : ""}`;
function resolveRunTargets(db, args, where) {
  const ids = experimentIds(db);
  const runs = db.prepare("SELECT file_path, run_id, experiment_id FROM report_runs ORDER BY experiment_id, created_at, file_path").all();
  const out = { experiments: [], files: [], order: [] };
  const add = (paths) => {
    for (const p of paths) if (!out.order.includes(p)) out.order.push(p);
  };
  for (const given2 of args) {
    if (given2.trim() === "") throw new UsageError("etk compare: an argument is empty", "give an experiment id, a report path, or a unique part of one");
    const fromCwd = where.top !== null ? relative19(where.top, resolve10(where.cwd, given2)).split("\\").join("/") : null;
    const exactRun = runs.find((r) => r.file_path === given2 || r.run_id === given2 || fromCwd !== null && !fromCwd.startsWith("..") && !isAbsolute4(fromCwd) && r.file_path === fromCwd);
    const exp = matchExperimentId(given2, ids);
    if (exp.kind === "one" && (exp.exact || !exactRun)) {
      if (!out.experiments.includes(exp.id)) out.experiments.push(exp.id);
      add(runs.filter((r) => r.experiment_id === exp.id).map((r) => r.file_path));
      continue;
    }
    if (exactRun) {
      out.files.push(exactRun.file_path);
      add([exactRun.file_path]);
      continue;
    }
    const g = given2.toLowerCase();
    const parts = runs.filter((r) => r.file_path.toLowerCase().includes(g));
    if (parts.length === 1) {
      out.files.push(parts[0].file_path);
      add([parts[0].file_path]);
      continue;
    }
    if (exp.kind === "several") throw new UsageError(`etk compare: experiment "${given2}" is ambiguous: ${listed2(exp.ids)}`, "give more of the id");
    if (parts.length > 1) throw new UsageError(`etk compare: "${given2}" is in the paths of ${parts.length} reports: ${listed2(parts.map((r) => r.run_id))}`, "give more of the report's path, or the experiment id to compare all its runs");
    const near = closest(given2, [...ids, ...runs.map((r) => r.run_id.slice(r.run_id.lastIndexOf("/") + 1))]);
    throw new UsageError(`etk compare: no experiment or report "${given2}" in the index${near ? ` (did you mean "${near}"?)` : ""}`, "list them with etk query runs; if it is new, run etk sync");
  }
  return out;
}

// src/cli/compare.ts
var HELP13 = `Usage: etk compare <experiment|run>... [options]

Runs side by side: one row per run (every report is a run), its parameters (the report's own
frontmatter fields: backbone, lr ...; "parameters" in etk.config.json picks them), and per metric
the value, its delta against the run's baseline with ▲ better / ▼ worse by the metric's direction,
and ★ on the best value of each column. An experiment stands for all its runs; a run is a report's
path (from the repository top, the current folder or the experiments root) or a unique part of it.

A run's baseline: each metric's own declared baseline, else the same metric in the latest run of
the report's baseline experiment; never the run itself (when the baseline experiment is the run's
own, its latest earlier run). Directions: "metrics" in etk.config.json, else by name (latency,
loss, error ... lower is better; everything else higher).

Options:
  --metric M             only metric M (repeatable; in this order)
${OUTPUT_HELP}
  --show-sql             print the SQL and its parameters to stderr
${SYNC_HELP}
${AS_OF_HELP}
  --db PATH              use this database file instead of the configured one
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Examples:
  etk compare text_detection_backbone
  etk compare 20251027_143000 deformable-conv --metric hmean --metric latency_ms
  etk compare image_enhancements perspective_correction --format csv --output compare.csv
  etk compare text_detection_backbone --as-of v1.0`;
var OPTIONS3 = {
  ...DB_OPTION,
  ...OUTPUT_OPTIONS,
  metric: { type: "string", multiple: true },
  "show-sql": { type: "boolean" },
  ...SYNC_OPTIONS,
  ...AS_OF_OPTION
};
var compareCommand = {
  name: "compare",
  summary: "runs × metrics of experiments or reports: values, deltas against baselines, the best per metric",
  help: HELP13,
  async run(argv, io) {
    const { values, positionals } = parse("compare", argv, OPTIONS3);
    if (values.help) {
      io.stdout.write(`${HELP13}
`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError("etk compare needs at least one experiment or report", "etk compare <experiment|run>... (see etk compare --help)");
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const dbPath = dbPathFor(config, io.cwd, values.db);
    refuseOutputOverIndex("compare", values, dbPath, io);
    const db = openForRead(await indexToRead("compare", values, config, dbPath, io));
    try {
      const targets = resolveRunTargets(db, positionals, { cwd: io.cwd, top: config.top });
      const selection = { experiments: targets.experiments, files: targets.files };
      if (values["show-sql"]) {
        showSql(io, runsQuery(selection));
        showSql(io, runMetricsQuery(selection));
      }
      const metrics = values.metric;
      const grid = loadRunGrid(db, selection, { directions: config.metrics, parameters: config.parameters, metrics }, targets.order);
      if (metrics) {
        const missing = metrics.filter((m) => !grid.metrics.some((g) => g.name === m));
        if (missing.length) throw new UsageError(`etk compare: no run compared here reports ${missing.map((m) => `"${m}"`).join(", ")}`, "see the metric names with etk compare and no --metric, or etk query metrics");
      }
      emitResult("compare", gridResult(grid), values, io, () => gridTable(grid, io.stdout.columns !== void 0 ? { width: io.stdout.columns } : {}));
    } finally {
      db.close();
    }
    return 0;
  }
};

// src/cli/diff.ts
import { relative as relative20, resolve as resolve11 } from "node:path";

// src/history/renderDiff.ts
function mark2(metric, from, to, directions) {
  const v = metricVerdict(to, from, metricDirection(metric, directions));
  return v === "improvement" ? " ▲" : v === "regression" ? " ▼" : "";
}
var short2 = (c) => c === null ? "" : ` (${c.slice(0, 12)})`;
var side = (s) => `${s.label}${short2(s.commit)}`;
var num3 = (n) => n === null ? "–" : String(n);
var signed3 = (n) => n === null ? "–" : n > 0 ? `+${n}` : String(n);
var val = (v) => v ?? "(none)";
function changeParts(c) {
  const parts = [];
  if (c.status) parts.push(`status ${val(c.status.from)} → ${val(c.status.to)}`);
  if (c.type) parts.push(`type ${val(c.type.from)} → ${val(c.type.to)}`);
  if (c.title) parts.push(`title "${c.title.from}" → "${c.title.to}"`);
  if (c.tags_added.length) parts.push(`tags +${c.tags_added.join(" +")}`);
  if (c.tags_removed.length) parts.push(`tags -${c.tags_removed.join(" -")}`);
  if (parts.length === 0 && c.edited) parts.push("edited");
  return parts;
}
var problem = (d) => `${d.file}:${d.line} ${d.severity} ${d.rule}: ${d.message}`;
function renderDiffText(d, directions = {}) {
  const out = [`${side(d.from)} → ${side(d.to)}: ${d.files.differing} of ${d.files.compared} files differ`];
  if (isEmptyDiff(d)) return `${out[0]}
no change in meaning
`;
  const e = d.experiments;
  if (e.added.length + e.removed.length + e.renamed.length + e.status.length > 0) {
    out.push("", "Experiments");
    for (const x of e.added) out.push(`  + ${x.experiment_id}  ${x.name}${x.status ? ` (${x.status})` : ""}`);
    for (const x of e.removed) out.push(`  - ${x.experiment_id}  ${x.name}`);
    for (const x of e.renamed) out.push(`  ~ ${x.from} → ${x.to} (renamed)`);
    for (const x of e.status) out.push(`  ~ ${x.experiment_id}: status ${val(x.from)} → ${val(x.to)}`);
  }
  const a = d.artifacts;
  if (a.added.length + a.removed.length + a.moved.length + a.changed.length > 0) {
    out.push("", "Artifacts");
    for (const x of a.added) out.push(`  + ${x.path}${x.type ? ` (${x.type})` : ""}`);
    for (const x of a.removed) out.push(`  - ${x.path}${x.type ? ` (${x.type})` : ""}`);
    for (const x of a.moved) out.push(`  → ${x.from_path} → ${x.path}${changeParts(x).length ? `: ${changeParts(x).join("; ")}` : ""}`);
    for (const x of a.changed) out.push(`  ~ ${x.path}: ${changeParts(x).join("; ")}`);
  }
  if (d.metrics.length > 0) {
    out.push("", "Metrics (each experiment's latest value; ▲ better, ▼ worse by the metric's direction)");
    for (const m of d.metrics) {
      const unit = m.unit ? ` ${m.unit}` : "";
      out.push(`  ${m.experiment_id ?? "(no experiment)"} ${m.metric}: ${num3(m.from)} → ${num3(m.to)}${unit}${m.delta !== null ? ` (${signed3(m.delta)}${mark2(m.metric, m.from, m.to, directions)})` : ""}${m.baseline !== null ? `; baseline ${m.baseline}, ${signed3(m.vs_baseline)}` : ""}`);
    }
  }
  if (d.problems.appeared.length + d.problems.fixed.length > 0) {
    out.push("", `Problems: ${d.problems.appeared.length} appeared, ${d.problems.fixed.length} fixed`);
    for (const p of d.problems.appeared) out.push(`  + ${problem(p)}`);
    for (const p of d.problems.fixed) out.push(`  ✓ ${problem(p)}`);
  }
  return `${out.join("\n")}
`;
}
var cell2 = (s) => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
var code2 = (s) => `\`${s.replace(/`/g, "ˋ")}\``;
function renderDiffMarkdown(d, directions = {}) {
  const out = [`### What changed: ${cell2(side(d.from))} → ${cell2(side(d.to))}`, "", `${d.files.differing} of ${d.files.compared} files differ.`];
  if (isEmptyDiff(d)) return `${out.join("\n")} No change in meaning.
`;
  const e = d.experiments;
  if (e.added.length + e.removed.length + e.renamed.length + e.status.length > 0) {
    out.push("", "#### Experiments", "", "| experiment | change |", "|---|---|");
    for (const x of e.added) out.push(`| ${code2(x.experiment_id)} | added${x.status ? ` (${cell2(x.status)})` : ""} |`);
    for (const x of e.removed) out.push(`| ${code2(x.experiment_id)} | removed |`);
    for (const x of e.renamed) out.push(`| ${code2(x.to)} | renamed from ${code2(x.from)} |`);
    for (const x of e.status) out.push(`| ${code2(x.experiment_id)} | status ${cell2(val(x.from))} → **${cell2(val(x.to))}** |`);
  }
  const a = d.artifacts;
  if (a.added.length + a.removed.length + a.moved.length + a.changed.length > 0) {
    out.push("", "#### Artifacts", "", "| artifact | change |", "|---|---|");
    for (const x of a.added) out.push(`| ${code2(x.path)} | added${x.type ? ` (${cell2(x.type)})` : ""} |`);
    for (const x of a.removed) out.push(`| ${code2(x.path)} | removed |`);
    for (const x of a.moved) out.push(`| ${code2(x.path)} | moved from ${code2(x.from_path ?? "")}${changeParts(x).length ? `; ${cell2(changeParts(x).join("; "))}` : ""} |`);
    for (const x of a.changed) out.push(`| ${code2(x.path)} | ${cell2(changeParts(x).join("; "))} |`);
  }
  if (d.metrics.length > 0) {
    out.push("", "#### Metrics", "", "| experiment | metric | before | after | Δ | baseline | Δ baseline |", "|---|---|---:|---:|---:|---:|---:|");
    for (const m of d.metrics) out.push(`| ${code2(m.experiment_id ?? "")} | ${cell2(m.metric)} | ${num3(m.from)} | ${num3(m.to)}${m.unit ? ` ${cell2(m.unit)}` : ""} | ${signed3(m.delta)}${mark2(m.metric, m.from, m.to, directions)} | ${num3(m.baseline)} | ${signed3(m.vs_baseline)} |`);
  }
  if (d.problems.appeared.length + d.problems.fixed.length > 0) {
    out.push("", `#### Problems: ${d.problems.appeared.length} appeared, ${d.problems.fixed.length} fixed`, "", "| | file | rule | message |", "|---|---|---|---|");
    for (const p of d.problems.appeared) out.push(`| ❌ new | ${code2(`${p.file}:${p.line}`)} | ${cell2(p.rule)} | ${cell2(p.message)} |`);
    for (const p of d.problems.fixed) out.push(`| ✅ fixed | ${code2(p.file)} | ${cell2(p.rule)} | ${cell2(p.message)} |`);
  }
  return `${out.join("\n")}
`;
}

// src/cli/diff.ts
var HELP14 = `Usage: etk diff [<from> [<to>]] [options]
       etk diff <from>..<to>

What changed in meaning between two revisions (commits, tags, branches): experiments added,
removed, renamed and their status changes; artifacts added, removed, moved and changed (status,
title, tags); each experiment's latest metric values before and after, the delta, and the new value
against its baseline; tags added and removed; problems that appeared and problems that were fixed
(matched by file, rule and message, so lines moving do not make a problem new). Only the files
whose git blob ids differ are read.

  (no revisions)         from where this branch left the default branch (origin/HEAD, main or
                         master) to the work tree: what a pull request would change
  <from>                 from that revision to the work tree
  <from> <to>, <from>..<to>
                         between two revisions (<from>.. means <from>..HEAD)

Options:
  --gate                 also judge the metrics of the reports changed since <from> as etk ci check
                         --base <from> --gate does (each against its baseline and the experiment's
                         previous report at <from>, by direction and tolerance), and exit 1 when one
                         is worse beyond its tolerance; the work tree side only
  -f, --format F         text (default), json, or markdown (what a pull request summary shows)
  -o, --output FILE      write to FILE instead of stdout
${SYNC_HELP}
                         (the work tree side only)
  --db PATH              use this database file instead of the configured one
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Examples:
  etk diff
  etk diff v1.0 v2.0
  etk diff main~20..main --format markdown --output changes.md
  etk diff HEAD~1 --format json
  etk diff origin/main --gate`;
function renderGate(gate, markdown) {
  const mark3 = (v) => v.outcome === "fail" ? "✖" : v.outcome === "within tolerance" ? "⚠" : v.outcome === "pass" ? "✔" : "·";
  const heading = gate.length === 0 ? "Metric gate: no changed report has metrics" : `Metric gate: ${gateFails(gate) ? "failed" : "passed"}`;
  const lines = gate.map((v) => `${markdown ? "- " : "  "}${mark3(v)} ${markdown ? `\`${v.file}\`` : v.file}:${v.line}  ${gateMessage(v)}`);
  return markdown ? `
### ${heading}

${lines.join("\n")}${lines.length ? "\n" : ""}` : `
${heading}
${lines.join("\n")}${lines.length ? "\n" : ""}`;
}
function diffSides(positionals, top, flag) {
  if (positionals.length > 2) throw new UsageError(`etk diff takes at most two revisions (found ${positionals.length})`, "etk diff <from> <to>, or etk diff <from>..<to>");
  if (positionals.length === 1 && positionals[0].includes("..")) {
    if (positionals[0].includes("...")) throw new UsageError(`etk diff: ${positionals[0]} (three dots) is not supported`, "name the merge base yourself: etk diff $(git merge-base A B) B");
    const parts = positionals[0].split("..");
    if (parts.length > 2) throw new UsageError(`etk diff: ${positionals[0]} names more than two revisions`, "etk diff <from>..<to>, e.g. etk diff v1.0..v2.0");
    const [a, b] = parts;
    return { from: { rev: a === "" ? "HEAD" : a }, to: { rev: b === "" ? "HEAD" : b } };
  }
  if (positionals.some((p) => p === "")) throw new UsageError("etk diff: an empty revision", "name a commit, tag or branch");
  if (positionals.length === 2) return { from: { rev: positionals[0] }, to: { rev: positionals[1] } };
  if (positionals.length === 1) return { from: { rev: positionals[0] }, to: { worktree: true } };
  const base = mergeBaseWithDefault(top, flag);
  return { from: { rev: base.rev, label: base.label }, to: { worktree: true } };
}
var diffCommand = {
  name: "diff",
  summary: "what changed in meaning between two revisions: experiments, artifacts, metrics, tags, problems",
  help: HELP14,
  async run(argv, io) {
    const { values, positionals } = parse("diff", argv, { ...DB_OPTION, format: { type: "string", short: "f" }, output: { type: "string", short: "o" }, gate: { type: "boolean" }, ...SYNC_OPTIONS });
    if (values.help) {
      io.stdout.write(`${HELP14}
`);
      return 0;
    }
    const format = values.format ?? "text";
    if (!["text", "json", "markdown"].includes(format)) throw new UsageError(`etk diff: --format must be text, json or markdown (found "${format}")`, "e.g. etk diff v1.0 --format markdown");
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    if (config.top === null) throw new UsageError(`etk diff compares git revisions, and ${config.projectDir} is not inside a git repository`, "run it inside your repository");
    const dbPath = dbPathFor(config, io.cwd, values.db);
    const { from, to } = diffSides(positionals, config.top, "etk diff");
    if ("worktree" in to) await currentIndex("diff", values, config, dbPath, io);
    if (values.gate === true && !("worktree" in to)) throw new UsageError("etk diff --gate judges the work tree against <from>, as etk ci check --base <from> --gate does", "check out the revision and run etk diff <from> --gate");
    const diff2 = await diffRevisions({ config, dbPath, etkVersion: VERSION, from, to, flag: "etk diff", warn: (s) => io.stderr.write(`${s}
`) });
    const gate = values.gate === true && "rev" in from ? (await runCheck({ config, cwd: io.cwd, mode: "changed", base: from.rev, event: eventFromEnv({}, () => {
    }), failOn: "never", gate: true, fetch: false })).gate : null;
    const gateFailed = gate !== null && gateFails(gate);
    let text = format === "json" ? `${JSON.stringify(gate === null ? diff2 : { ...diff2, metricGate: gate.map((v) => ({ ...v, tolerance: toleranceText(v.tolerance) })), gateFailed }, null, 2)}
` : format === "markdown" ? renderDiffMarkdown(diff2, config.metrics) : renderDiffText(diff2, config.metrics);
    if (gate !== null && format !== "json") text += renderGate(gate, format === "markdown");
    const output = values.output;
    if (output !== void 0) {
      if (output === "") throw new UsageError("etk diff: --output needs a file name", "e.g. --output changes.md");
      writeOutputFile(resolve11(io.cwd, output), text);
      io.stderr.write(`etk diff: wrote ${relative20(io.cwd, resolve11(io.cwd, output)) || output} (${format})
`);
    } else io.stdout.write(text);
    return gateFailed ? 1 : 0;
  }
};

// src/cli/blame.ts
import { existsSync as existsSync14, statSync as statSync8 } from "node:fs";
import { isAbsolute as isAbsolute5, relative as relative21, resolve as resolve12, sep as sep3 } from "node:path";

// src/history/fieldHistory.ts
function flattenFields(obj2, prefix = "", out = /* @__PURE__ */ new Map()) {
  for (const [k, v] of Object.entries(obj2)) {
    const key2 = prefix === "" ? k : `${prefix}.${k}`;
    if (v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length > 0) flattenFields(v, key2, out);
    else out.set(key2, v);
  }
  return out;
}
var covers = (field, key2) => key2 === field || key2.startsWith(`${field}.`);
function fieldHistory(revisions, field) {
  const current = /* @__PURE__ */ new Map();
  const history = /* @__PURE__ */ new Map();
  for (const r of revisions) {
    if (r.data === null) continue;
    const flat = flattenFields(r.data);
    const keys = /* @__PURE__ */ new Set([...current.keys(), ...flat.keys()]);
    for (const key2 of keys) {
      if (field !== void 0 && !covers(field, key2)) continue;
      const present = flat.has(key2);
      const text = present ? JSON.stringify(flat.get(key2) ?? null) : "\0absent";
      if (current.get(key2) === text) continue;
      if (!present && !current.has(key2)) continue;
      current.set(key2, text);
      const list = history.get(key2) ?? [];
      list.push({ value: present ? flat.get(key2) : void 0, present, commit: r.commit, author: r.author, date: r.date, path: r.path, ...r.edge ? { atOrBefore: true } : {} });
      history.set(key2, list);
    }
  }
  return [...history].map(([key2, list]) => ({ field: key2, ...list[list.length - 1], history: list }));
}

// src/history/blame.ts
var ZERO2 = /^0+$/;
function log(top, args, ...pathspecs) {
  return parseLog(execGit(["log", "-z", "--raw", "--no-abbrev", `--format=${LOG_FORMAT}`, ...args, "--", ...pathspecs], { cwd: top })).reverse();
}
function frontmatter(bytes) {
  if (bytes === void 0) return null;
  const text = decodeArtifact(bytes).text;
  return text === null ? null : parseFrontmatter(text).data;
}
function ownHistory(oldestFirst) {
  for (let i = oldestFirst.length - 1; i >= 0; i--) {
    const status = oldestFirst[i].changes[oldestFirst[i].changes.length - 1]?.status;
    if (status === "A" || status === "C") return oldestFirst.slice(i);
  }
  return oldestFirst;
}
function blameFile(top, path, field, rev = "HEAD") {
  const mainline = ownHistory(log(top, ["--follow", "-M", "--first-parent", "--diff-merges=first-parent", rev], path));
  const merges = mainline.filter((c) => c.parents.length > 1 && c.changes.length > 0);
  const all = merges.length > 0 ? ownHistory(log(top, ["--follow", "-M", rev], path)) : [];
  const onMainline = new Set(mainline.map((c) => c.commit));
  const edges = shallowCommits(top);
  const stepOf = (c) => {
    const ch = c.changes[c.changes.length - 1];
    if (ch === void 0) return null;
    return { c, path: ch.path, blob: ch.blob !== void 0 && !ZERO2.test(ch.blob) ? ch.blob : null };
  };
  const steps = mainline.map(stepOf).filter((s) => s !== null);
  const sideSteps = all.filter((c) => !onMainline.has(c.commit)).map(stepOf).filter((s) => s !== null);
  const read = readBlobs(top, [...new Set([...steps, ...sideSteps].map((s) => s.blob).filter((b) => b !== null))]);
  const json = /\.json$/i.test(path);
  const revisionOf = ({ c, path: p, blob }) => ({
    commit: c.commit,
    author: c.author,
    date: c.date,
    path: p,
    data: blob === null ? {} : json ? jsonObject(read.bytes.get(blob)) : frontmatter(read.bytes.get(blob)),
    ...edges.has(c.commit) ? { edge: true } : {}
  });
  let revisions = steps.map(revisionOf);
  if (merges.length > 0) revisions = creditMerges(top, revisions, steps.map((s) => s.c.parents), sideSteps.map(revisionOf));
  return { target: path, fields: fieldHistory(revisions, field), revisions: revisions.length, shallow: edges.size > 0 };
}
function creditMerges(top, mainline, parents, side2) {
  const out = [];
  let before = /* @__PURE__ */ new Map();
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const commitsOf = new Map(side2.map((r) => [r.commit, r]));
  for (const [i, r] of mainline.entries()) {
    const flat = r.data === null ? null : flattenFields(r.data);
    const first = parents[i][0];
    if (parents[i].length > 1 && first !== void 0 && flat !== null && commitsOf.size > 0) {
      const brought = new Set(execGit(["rev-list", `${first}..${r.commit}`], { cwd: top }).toString("utf8").split("\n"));
      const theirs = side2.filter((s) => brought.has(s.commit) && s.data !== null);
      const last = theirs.length > 0 ? flattenFields(theirs[theirs.length - 1].data) : null;
      for (const s of theirs) {
        const own = flattenFields(s.data);
        const data = {};
        for (const key2 of /* @__PURE__ */ new Set([...before.keys(), ...own.keys(), ...flat.keys()])) {
          const taken = last !== null && flat.has(key2) && last.has(key2) && same(flat.get(key2), last.get(key2)) && !(before.has(key2) && same(before.get(key2), flat.get(key2)));
          const from = taken ? own : before;
          if (from.has(key2)) data[key2] = from.get(key2);
        }
        out.push({ ...s, data });
        commitsOf.delete(s.commit);
      }
    }
    out.push(r);
    if (flat !== null) before = flat;
  }
  return out;
}
function jsonObject(bytes) {
  if (bytes === void 0) return null;
  try {
    const v = JSON.parse(bytes.toString("utf8"));
    return v !== null && typeof v === "object" && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}
var FOLLOW = ["README.md", ".metadata/manifest.json", "manifest.json", "state.json"];
var FOLDER_RENAME_SIMILARITY = 70;
function folderNames(top, folder, rev) {
  const names = [folder];
  let from;
  for (const at2 of [rev, "HEAD"]) {
    const present = execGit(["ls-tree", "-z", "--name-only", "--end-of-options", at2, "--", ...FOLLOW.map((f) => `${folder}/${f}`)], { cwd: top, okCodes: [128] }).toString("utf8").split("\0");
    const manifest2 = FOLLOW.find((f) => present.includes(`${folder}/${f}`));
    if (manifest2 !== void 0) {
      from = { at: at2, manifest: manifest2 };
      break;
    }
  }
  if (from === void 0) return names;
  const { at, manifest } = from;
  const out = execGit(["log", "-z", "--follow", `-M${FOLDER_RENAME_SIMILARITY}%`, "--name-status", `--format=${LOG_FORMAT}`, at, "--", `${folder}/${manifest}`], { cwd: top });
  let current = `${folder}/${manifest}`;
  walk: for (const c of parseLog(out)) {
    for (const ch of c.changes) {
      if (ch.path !== current) continue;
      if (ch.status !== "R" || ch.from === void 0) {
        if (ch.status === "A" || ch.status === "C") break walk;
        continue;
      }
      current = ch.from;
      if (!current.endsWith(`/${manifest}`)) break walk;
      const name = current.slice(0, -(manifest.length + 1));
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}
function blameExperiment(top, root, experiment, field, rev = "HEAD") {
  const folder = root === "" ? experiment : `${root}/${experiment}`;
  const folders = folderNames(top, folder, rev);
  const commits = log(top, ["--no-renames", "--first-parent", "--diff-merges=first-parent", rev], ...folders);
  const edges = shallowCommits(top);
  const wanted = (rel2) => PRECEDENCE.live.includes(rel2) || /\.md$/i.test(rel2) && rel2.startsWith(".metadata/");
  const folderOf = (path) => folders.find((f) => path.startsWith(`${f}/`) && wanted(path.slice(f.length + 1)));
  const merges = commits.filter((c) => c.parents.length > 1 && c.changes.length > 0);
  const all = merges.length > 0 ? log(top, ["--no-renames", "--full-history", "--topo-order", "--parents", "--diff-merges=first-parent", rev], ...folders) : [];
  const blobs = /* @__PURE__ */ new Set();
  for (const c of [...commits, ...all]) for (const ch of c.changes) if (ch.blob && !ZERO2.test(ch.blob) && folderOf(ch.path) !== void 0) blobs.add(ch.blob);
  const read = readBlobs(top, [...blobs]);
  const parsed = /* @__PURE__ */ new Map();
  const parse2 = (blob) => {
    if (!parsed.has(blob)) parsed.set(blob, frontmatter(read.bytes.get(blob)));
    return parsed.get(blob);
  };
  const apply = (files, c) => {
    for (const ch of c.changes) {
      if (folderOf(ch.path) === void 0) continue;
      if (!ch.blob || ZERO2.test(ch.blob)) files.delete(ch.path);
      else files.set(ch.path, ch.blob);
    }
  };
  const revisionAt = (c, state2) => {
    const at = folders.find((f) => [...state2.keys()].some((p) => p.startsWith(`${f}/`))) ?? folder;
    const files = new Map([...state2].filter(([p]) => p.startsWith(`${at}/`)).map(([p, b]) => [p.slice(at.length + 1), b]));
    return { commit: c.commit, author: c.author, date: c.date, path: at, data: experimentData(files, parse2, read.bytes), ...edges.has(c.commit) ? { edge: true } : {} };
  };
  const state = /* @__PURE__ */ new Map();
  let revisions = [];
  for (const c of commits) {
    apply(state, c);
    revisions.push(revisionAt(c, state));
  }
  if (merges.length > 0) {
    const onMainline = new Set(commits.map((c) => c.commit));
    const states = /* @__PURE__ */ new Map();
    const side2 = [];
    for (const c of all) {
      const files = new Map(states.get(c.parents[0] ?? "") ?? []);
      apply(files, c);
      states.set(c.commit, files);
      if (!onMainline.has(c.commit)) side2.push(revisionAt(c, files));
    }
    revisions = creditMerges(top, revisions, commits.map((c) => c.parents), side2);
  }
  return { target: folder, fields: fieldHistory(revisions, field), revisions: revisions.length, shallow: edges.size > 0 };
}
function experimentData(files, parse2, bytes) {
  const facts = [];
  const metrics = /* @__PURE__ */ new Map();
  for (const [rel2, blob] of files) {
    if (rel2 === "README.md") {
      const fm = parse2(blob);
      if (fm) facts.push(factsOf(fm, "README.md"));
    } else if (rel2.endsWith(".json")) {
      const r = readMetadataFile(bytes.get(blob) ?? Buffer.alloc(0), rel2);
      if (r.facts) facts.push(r.facts);
    } else {
      const fm = parse2(blob);
      if (!fm || fm.type !== "report" || fm.metrics === null || typeof fm.metrics !== "object" || Array.isArray(fm.metrics)) continue;
      const key2 = `${metadataTime(fm.created) ?? ""}${rel2}`;
      for (const [name, m] of Object.entries(fm.metrics)) {
        const value = m !== null && typeof m === "object" && !Array.isArray(m) ? m.value : m;
        const had = metrics.get(name);
        if (!had || key2 > had.key) metrics.set(name, { value: value ?? null, key: key2 });
      }
    }
  }
  const data = { status: mergedLiveFacts(facts).status };
  if (metrics.size > 0) data.metrics = Object.fromEntries([...metrics].sort(([a], [b]) => a < b ? -1 : 1).map(([k, v]) => [k, v.value]));
  return data;
}

// src/cli/blame.ts
var HELP15 = `Usage: etk blame <file|experiment> [field] [options]

Per frontmatter field, its value and the commit, author and date where that value was last set
(not where its line last moved), following the file through renames. For an experiment (its id,
or a unique start or part of one): its status, merged from its metadata files as the index merges
them, and the latest value of each metric of its reports, over time, through renames of its folder
(etk mv). A value a merge took from a branch is credited to the branch commit that set it.

  field                  one field only; a dotted name reaches inside (metrics.hmean); an
                         object's name covers everything in it (metrics)
  --history              every value each field had, oldest first, with its commit
  --rev REV              up to this commit, tag or branch (default HEAD)
  -f, --format F         text (default) or json
  --db PATH              the index, to find an experiment by a part of its id
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Values from a shallow clone's oldest commit are marked "≤": set at or before that commit (the
history before it is not in the clone; git fetch --unshallow brings it).

Examples:
  etk blame experiment_manager/experiments/20251217_024343_image_enhancements/README.md status
  etk blame 20251217_024343 --history
  etk blame reports/20251218_0930_report_first-results.md metrics.hmean --history --format json`;
var day = (iso) => iso.slice(0, 16).replace("T", " ");
var show = (v) => v.present ? typeof v.value === "string" ? v.value : JSON.stringify(v.value) : "(removed)";
var commitOf = (v) => `${v.atOrBefore ? "≤" : ""}${v.commit.slice(0, 12)}`;
function table2(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => r.map((c, i) => i === r.length - 1 ? c : c + " ".repeat(widths[i] - [...c].length)).join("  ").trimEnd()).join("\n");
}
function renderBlame(r, history) {
  const head = `${r.target}: ${r.revisions} revision${r.revisions === 1 ? "" : "s"}${r.shallow ? " (shallow clone: ≤ marks values set at or before the oldest commit here)" : ""}`;
  if (r.fields.length === 0) return `${head}
no frontmatter fields in any revision
`;
  if (!history) return `${head}
${table2([["field", "value", "commit", "author", "date"], ...r.fields.map((f) => [f.field, show(f), commitOf(f), f.author, day(f.date)])])}
`;
  const blocks2 = r.fields.map((f) => `${f.field}
${table2(f.history.map((v) => ["  " + show(v), commitOf(v), v.author, day(v.date), v.path === r.target ? "" : v.path]))}`);
  return `${head}

${blocks2.join("\n\n")}
`;
}
var blameCommand = {
  name: "blame",
  summary: "who set each frontmatter field (or an experiment's status and metrics), when, and every value it had",
  help: HELP15,
  async run(argv, io) {
    const { values, positionals } = parse("blame", argv, { ...DB_OPTION, history: { type: "boolean" }, rev: { type: "string" }, format: { type: "string", short: "f" }, ...SYNC_OPTIONS });
    if (values.help) {
      io.stdout.write(`${HELP15}
`);
      return 0;
    }
    const [target, field, ...extra] = positionals;
    if (target === void 0 || target === "") throw new UsageError("etk blame needs a file or an experiment", "etk blame <file|experiment> [field], e.g. etk blame 20251217_024343 status");
    if (extra.length > 0) throw new UsageError(`etk blame: unexpected argument "${extra[0]}"`, "one file or experiment, and at most one field");
    const format = values.format ?? "text";
    if (!["text", "json"].includes(format)) throw new UsageError(`etk blame: --format must be text or json (found "${format}")`);
    const configFile = values.config !== void 0 ? { configFile: values.config } : {};
    const config = await loadConfig({ cwd: io.cwd, ...configFile, requireRoot: false });
    if (config.top === null) throw new UsageError(`etk blame reads git's history, and ${config.projectDir} is not inside a git repository`, "run it inside your repository");
    const top = config.top;
    const rev = values.rev ?? "HEAD";
    const commit = resolveRevision(top, rev, "--rev").commit;
    let result;
    const abs = resolve12(io.cwd, target);
    const inRepo = relative21(top, abs);
    const looksLikeFile = existsSync14(abs) && statSync8(abs).isFile() || /\.(md|json)$/i.test(target) || target.includes("/");
    if (looksLikeFile) {
      if (inRepo.startsWith("..") || isAbsolute5(inRepo)) throw new UsageError(`etk blame: ${target} is outside the repository ${top}`, "name a file inside it");
      const path = inRepo.split(sep3).join("/");
      result = blameFile(top, path, field, commit);
      if (result.revisions === 0) throw new UsageError(`etk blame: ${path} has no commits up to ${rev} (git log shows none)`, "commit it first, or check the path (git log --follow -- <path>)");
    } else {
      await loadConfig({ cwd: io.cwd, ...configFile });
      const dbPath = dbPathFor(config, io.cwd, values.db);
      await currentIndex("blame", values, config, dbPath, io);
      const db = openForRead(dbPath);
      let id;
      try {
        id = resolveExperimentIds(db, [target])[0];
      } finally {
        db.close();
      }
      result = blameExperiment(top, config.root, id, field, commit);
      if (result.revisions === 0) throw new UsageError(`etk blame: experiment ${id} has no commits up to ${rev}`, "commit its files first");
    }
    if (field !== void 0 && result.fields.length === 0) throw new UsageError(`etk blame: ${result.target} never had a field "${field}"`, "etk blame without a field lists the fields it had");
    io.stdout.write(format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderBlame(result, values.history === true));
    return 0;
  }
};

// src/cli/main.ts
var COMMANDS = [initCommand, validateCommand, newCommand, mvCommand, statusCommand, syncCommand, queryCommand, compareCommand, searchCommand, diffCommand, blameCommand, dashboardCommand, dbCommand, hookCommand, ciCommand];
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
var SQLITE_CORRUPT = 11;
var SQLITE_NOTADB = 26;
var ENVIRONMENT_CODES = /* @__PURE__ */ new Set(["EACCES", "EPERM", "ENOSPC", "EDQUOT", "EROFS", "EIO", "EFBIG", "EMFILE", "ENFILE", "ENOTDIR", "EISDIR", "ELOOP", "ENAMETOOLONG", "EBUSY", "ETXTBSY", "ENXIO", "ENODEV"]);
function environmentError(err) {
  const e = err;
  if (typeof e?.code !== "string" || e.syscall === void 0 || !ENVIRONMENT_CODES.has(e.code)) return null;
  const full = e.code === "ENOSPC" || e.code === "EDQUOT" || e.code === "EFBIG";
  return {
    message: `${e.syscall}${e.path ? ` ${e.path}` : ""} failed: ${e.message}`,
    hint: full ? "free some space (or raise the file size limit) and run it again" : "check that path and its permissions, then run it again"
  };
}
function damagedIndex(err) {
  if (!isSqliteError(err) || ![SQLITE_CORRUPT, SQLITE_NOTADB].includes(err.errcode & 255)) return null;
  return {
    message: `the index (or an --as-of snapshot of it) is damaged: ${err.message}`,
    hint: "both are caches of the Markdown: rebuild the index with `etk sync --force`, and delete the snapshots folder beside it (<index>-asof/, e.g. data/ops/tracking.db-asof/)"
  };
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
    const damaged = damagedIndex(err);
    if (damaged !== null) {
      io.stderr.write(`etk: ${damaged.message}
  fix: ${damaged.hint}
`);
      return 2;
    }
    const env = environmentError(err);
    if (env !== null) {
      io.stderr.write(`etk: ${env.message}
  fix: ${env.hint}
`);
      return 2;
    }
    const e = err;
    io.stderr.write(`etk: internal error: ${e?.stack ?? String(err)}
This is a bug in etk; please report it with the command you ran.
`);
    return 70;
  }
}

// src/cli/entry.ts
if (process.env[QUERY_CHILD_ENV] === "1" && typeof process.send === "function") {
  await queryChildMain();
} else if (!isMainThread && workerData?.etkWorker === "validate") {
  await workerMain(workerData, (message) => parentPort.postMessage(message));
} else {
  enableWorkers(new URL(import.meta.url));
  setQueryChildEntry(new URL(import.meta.url));
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err) => {
      if (err.code !== "EPIPE") throw err;
    });
  }
  const code3 = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr
  });
  process.exitCode = code3;
}
