import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  BUILTIN_SCHEMAS,
  PRECOMPILED,
  checkConflicts,
  checkDatabase,
  compareDiagnostics,
  counts,
  enableWorkers,
  execGit,
  gitSucceeds,
  listSource,
  meta,
  openForRead,
  openForWrite,
  planSync,
  readIndexFiles,
  repoTop,
  stagedPaths,
  syncIndex,
  toPosix,
  validateRepo,
  workerMain
} from "./chunks/chunk-QQ3VJQWB.js";
import "./chunks/chunk-N42JUTNQ.js";
import {
  VERSION,
  closest
} from "./chunks/chunk-Z7EYY6QI.js";
import {
  ConfigError,
  EtkError,
  UsageError
} from "./chunks/chunk-3UJG7U6Z.js";

// src/cli/entry.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";

// src/config/loadConfig.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";

// schema/etk.config.schema.json
var etk_config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://etk.invalid/schema/etk.config.json",
  title: 'etk configuration (etk.config.json, or the "etk" key of package.json)',
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
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
      items: { type: "string", pattern: "^[a-z0-9_-]+$" },
      minItems: 1,
      uniqueItems: true,
      description: "Allowed values of `status`. Default: active, complete, deprecated"
    },
    types: {
      type: "object",
      description: "Extra artifact types: name -> { schema: path to a JSON Schema, relative to the config file }",
      propertyNames: { pattern: "^[a-z][a-z0-9_]*$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["schema"],
        properties: {
          schema: { type: "string", minLength: 1 }
        }
      }
    },
    rules: {
      type: "object",
      description: "Severity per rule id: error | warn | off",
      additionalProperties: { enum: ["error", "warn", "off"] }
    },
    maxFileSize: {
      type: "integer",
      minimum: 1,
      description: "Largest artifact in bytes. Default: 5242880 (5 MB)"
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
function jsonErrorWhere(message, text) {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `${lc[1]}:${lc[2]}`;
  const p = /position (\d+)/.exec(message);
  if (!p) return "";
  const before = text.slice(0, Number(p[1]));
  const line = before.split("\n").length;
  return `${line}:${before.length - before.lastIndexOf("\n")}`;
}
function readJson(file, what) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new ConfigError(`cannot read ${what} ${file}: ${err.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const where = jsonErrorWhere(err.message, text);
    throw new ConfigError(`${file}${where ? `:${where}` : ""}: ${what} is not valid JSON: ${err.message}`, "fix the JSON syntax (a trailing comma or a missing quote, most often)");
  }
}
function findConfig(cwd, top) {
  let dir = resolve(cwd);
  for (; ; ) {
    const file = join(dir, "etk.config.json");
    if (existsSync(file)) return { file, raw: readJson(file, "etk config") };
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      const json = readJson(pkg, "package.json");
      if (json && typeof json === "object" && "etk" in json) return { file: `${pkg}#etk`, raw: json.etk };
    }
    if (top !== null && resolve(dir) === resolve(top)) return null;
    const up = dirname(dir);
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
    if (!existsSync(file)) throw new ConfigError(`config file ${options.configFile} does not exist`, "check the --config path");
    top = repoTop(dirname(file));
    const raw2 = readJson(file, "etk config");
    found = { file, raw: file.endsWith("package.json") ? raw2?.etk : raw2 };
  } else {
    top = repoTop(cwd);
    found = findConfig(cwd, top);
  }
  const source = found ? found.file : null;
  const raw = found ? await checkShape(found.raw ?? {}, source) : {};
  const projectDir = found ? dirname(found.file.replace(/#etk$/, "")) : top ?? cwd;
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
    if (!existsSync(file)) throw new ConfigError(`${source}: schema ${schema} for type "${name}" does not exist`, `create ${schema}, or fix the path (relative to ${projectDir})`);
    const loaded = readJson(file, `schema for type "${name}"`);
    if (loaded === null || typeof loaded !== "object" || Array.isArray(loaded)) throw new ConfigError(`${schema}: a JSON Schema must be an object`);
    extraTypes[name] = { schema: loaded, source: schema };
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
    maxFileSize: raw.maxFileSize ?? DEFAULTS.maxFileSize
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
function codeFrame(text, line, column, c) {
  const lines = text.split(/\r?\n/);
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
function renderText(diagnostics, text, c, frames = true) {
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
    const source = frames ? text(d.file) : void 0;
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
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Exit codes: 0 clean, 1 invalid artifacts (or too many warnings), 2 usage or configuration error.

Examples:
  etk validate
  etk validate experiment_manager/experiments/20251217_024343_image_enhancements
  etk validate --staged --format json
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
      "no-frame": { type: "boolean" }
    });
    if (values.help) {
      io.stdout.write(`${HELP}
`);
      return 0;
    }
    const format = choiceOption("validate", "format", values.format, ["text", "json", "github"], "text");
    const maxWarnings = intOption("validate", "max-warnings", values["max-warnings"]);
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const outcome = await validateRepo({ config, cwd: io.cwd, paths: positionals, staged: values.staged === true });
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

// src/cli/sync.ts
import { relative as relative2 } from "node:path";

// src/cli/dbOption.ts
import { resolve as resolve2 } from "node:path";
var DB_OPTION = { db: { type: "string" } };
function dbPathFor(config, cwd, flag) {
  return typeof flag === "string" && flag !== "" ? resolve2(cwd, flag) : config.databaseAbs;
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
    const shownDb = relative2(io.cwd, dbPath) || dbPath;
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
      io.stderr.write(`${err.yellow("note")}  migrated ${shownDb} from schema version ${o.migrated.from}${o.migrated.backup ? `; backup: ${relative2(io.cwd, o.migrated.backup)}` : ""}${o.migrated.foreignTables.length ? `; left alone: ${o.migrated.foreignTables.join(", ")}` : ""}
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
import { statSync } from "node:fs";
import { relative as relative3 } from "node:path";
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
      total += statSync(`${path}${s}`).size;
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
    const shown = relative3(io.cwd, path) || path;
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
  --db PATH             use this database file instead of the configured one
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Examples:
  etk hook pre-commit
  etk hook post-checkout "$@"`;
var hookCommand = {
  name: "hook",
  summary: "what the git hooks run (pre-commit, post-checkout, post-merge, post-rewrite)",
  help: HELP4,
  skippable: true,
  async run(argv, io) {
    const { values, positionals } = parse("hook", argv, { ...DB_OPTION });
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
    if (name === "pre-commit") return preCommit(io, configFile, values.db);
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
async function preCommit(io, configFile, dbFlag) {
  const config = await loadConfig({ cwd: io.cwd, ...configFile });
  if (config.top === null) throw new UsageError("etk hook pre-commit runs inside a git repository", "install it with etk init");
  const top = config.top;
  const staged = new Set(stagedPaths(top, [config.root === "" ? "." : config.root]));
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
import { existsSync as existsSync2, mkdirSync, readFileSync as readFileSync2, renameSync, writeFileSync } from "node:fs";
import { basename, dirname as dirname2, join as join2, relative as relative4 } from "node:path";

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
var HUSKY_HOOKS = ["pre-commit", "post-checkout", "post-merge", "post-rewrite"];
function readJsonFile(file) {
  if (!existsSync2(file)) return null;
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
  const pkgFile = readJsonFile(join2(top, "package.json"));
  let hooksPath = null;
  try {
    hooksPath = execGit(["config", "--get", "core.hooksPath"], { cwd: top, okCodes: [1] }).toString("utf8").trim() || null;
  } catch {
    hooksPath = null;
  }
  const gitDir = execGit(["rev-parse", "--git-common-dir"], { cwd: top }).toString("utf8").trim();
  const gitHook = join2(top, gitDir, "hooks", "pre-commit");
  const preCommitFramework = existsSync2(gitHook) && /pre-commit\.com|File generated by pre-commit/.test(readFileSync2(gitHook, "utf8")) || existsSync2(join2(top, ".pre-commit-config.yaml"));
  const hookFiles = {};
  for (const h of HUSKY_HOOKS) {
    const f = join2(top, ".husky", h);
    hookFiles[h] = existsSync2(f) ? readFileSync2(f, "utf8") : null;
  }
  const lintStaged = locateLintStaged(pkgFile?.value ?? null, (f) => existsSync2(join2(top, f)), (f) => readFileSync2(join2(top, f), "utf8"));
  let lintStagedConfig = null;
  if (lintStaged.kind === "package.json") lintStagedConfig = pkgFile.value["lint-staged"];
  else if (lintStaged.kind === "json-file") lintStagedConfig = readJsonFile(join2(top, lintStaged.file)).value;
  const dbRel = toPosix(relative4(top, join2(top, database)));
  const dbIgnored = gitSucceeds(["check-ignore", "-q", "--no-index", "--", dbRel], top);
  return {
    top,
    pkg: pkgFile?.value ?? null,
    pkgText: pkgFile?.text ?? null,
    installed: { husky: existsSync2(join2(top, "node_modules", "husky", "package.json")), lintStaged: existsSync2(join2(top, "node_modules", "lint-staged", "package.json")) },
    hooksPath,
    preCommitFramework,
    hookFiles,
    lintStaged,
    lintStagedConfig,
    etkConfig: existsSync2(join2(top, "etk.config.json")),
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
    const name = basename(f.top).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+/, "") || "experiments";
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
function writeAtomic(file, content) {
  mkdirSync(dirname2(file), { recursive: true });
  const tmp = `${file}.etk-tmp-${process.pid}`;
  writeFileSync(tmp, content, { mode: 420 });
  renameSync(tmp, file);
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
      const file = join2(o.top, c.file);
      if (c.file === ".gitignore") {
        const current = existsSync2(file) ? readFileSync2(file, "utf8") : "";
        writeAtomic(file, `${current}${current === "" || current.endsWith("\n") ? "" : "\n"}# etk's index (rebuilt from the Markdown by etk sync)
/${o.database}*
`);
      } else writeAtomic(file, c.content);
    } else if (c.kind === "package-json") {
      const file = join2(o.top, "package.json");
      const text = readFileSync2(file, "utf8");
      const pkg = JSON.parse(text);
      c.edit(pkg);
      const indent = /^[ \t]+/m.exec(text)?.[0] ?? "  ";
      writeAtomic(file, `${JSON.stringify(pkg, null, indent)}
`);
    } else if (c.kind === "run") {
      const [cmd, args] = c.command === "husky" ? [process.execPath, [join2(o.top, "node_modules", "husky", "bin.js")]] : [c.command, c.args];
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

// src/cli/dashboard.ts
import { mkdirSync as mkdirSync2, renameSync as renameSync2, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname3, relative as relative5, resolve as resolve3, sep } from "node:path";
var HELP6 = `Usage: etk dashboard [--report FILE] [--experiment ID] [--port N] [options]

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
function writeAtomically(file, text) {
  mkdirSync2(dirname3(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync2(tmp, text);
    renameSync2(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
var dashboardCommand = {
  name: "dashboard",
  summary: "the index as an HTML report (--report FILE), or served live on localhost",
  help: HELP6,
  async run(argv, io) {
    const { values, positionals } = parse("dashboard", argv, {
      ...DB_OPTION,
      report: { type: "string" },
      experiment: { type: "string" },
      port: { type: "string" },
      "no-sync": { type: "boolean" }
    });
    if (values.help) {
      io.stdout.write(`${HELP6}
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
    const { buildReport } = await import("./chunks/buildReport-N7CTSTLA.js");
    if (report !== void 0) {
      const started = performance.now();
      const file = resolve3(io.cwd, report);
      const up = relative5(dirname3(file), config.top ?? config.projectDir).split(sep).join("/");
      const db = openForRead(dbPath);
      let html;
      try {
        html = buildReport(db, { ...experiment !== void 0 ? { experiment } : {}, linkBase: up === "" ? "" : `${up}/` });
      } finally {
        db.close();
      }
      writeAtomically(file, html);
      io.stdout.write(`✔ ${relative5(io.cwd, file) || file}: ${experiment !== void 0 ? `the page of ${experiment}` : "the report of the index"} (${size(Buffer.byteLength(html))}) in ${Math.round(performance.now() - started)} ms
`);
      return 0;
    }
    if (experiment !== void 0) {
      throw new UsageError("etk dashboard: --experiment needs --report FILE", "the live page links every experiment to its own page already; to write one: etk dashboard --experiment ID --report FILE");
    }
    const { startLiveDashboard } = await import("./chunks/liveServer-BD5HXYQN.js");
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
    io.stderr.write(`etk dashboard: ${values["no-sync"] ? `watching ${relative5(io.cwd, dbPath) || dbPath}` : `watching ${relative5(io.cwd, config.rootAbs) || "."} (syncing ${relative5(io.cwd, dbPath) || dbPath})`}
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
var COMMANDS = [initCommand, validateCommand, syncCommand, dbCommand, dashboardCommand, hookCommand];
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
