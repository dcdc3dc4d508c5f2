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
} from "./chunks/chunk-4E7WFJLO.js";
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
    text2 = readFileSync(file, "utf8");
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
    maxFileSize: raw.maxFileSize ?? DEFAULTS.maxFileSize,
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
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { basename as basename2, join as join3, relative as relative4 } from "node:path";

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

// src/util/writeFileAtomic.ts
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname as dirname2, join as join2 } from "node:path";
function writeFileAtomic(file, data) {
  const dir = dirname2(file);
  mkdirSync(dir, { recursive: true });
  const tmp = join2(dir, `.${basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
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
  if (!existsSync2(file)) return null;
  const text2 = readFileSync2(file, "utf8");
  try {
    const value = JSON.parse(text2);
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("not an object");
    return { value, text: text2 };
  } catch (err) {
    throw new ConfigError(`${file} is not valid JSON (${err.message}); etk init changed nothing`, "fix the file, then run etk init again");
  }
}
function inspectRepo(top, database) {
  const pkgFile = readJsonFile(join3(top, "package.json"));
  let hooksPath = null;
  try {
    hooksPath = execGit(["config", "--get", "core.hooksPath"], { cwd: top, okCodes: [1] }).toString("utf8").trim() || null;
  } catch {
    hooksPath = null;
  }
  const gitDir = execGit(["rev-parse", "--git-common-dir"], { cwd: top }).toString("utf8").trim();
  const gitHook = join3(top, gitDir, "hooks", "pre-commit");
  const preCommitFramework = existsSync2(gitHook) && /pre-commit\.com|File generated by pre-commit/.test(readFileSync2(gitHook, "utf8")) || existsSync2(join3(top, ".pre-commit-config.yaml"));
  const hookFiles = {};
  for (const h of HUSKY_HOOKS) {
    const f = join3(top, ".husky", h);
    hookFiles[h] = existsSync2(f) ? readFileSync2(f, "utf8") : null;
  }
  const lintStaged = locateLintStaged(pkgFile?.value ?? null, (f) => existsSync2(join3(top, f)), (f) => readFileSync2(join3(top, f), "utf8"));
  let lintStagedConfig = null;
  if (lintStaged.kind === "package.json") lintStagedConfig = pkgFile.value["lint-staged"];
  else if (lintStaged.kind === "json-file") lintStagedConfig = readJsonFile(join3(top, lintStaged.file)).value;
  const dbRel = toPosix(relative4(top, join3(top, database)));
  const dbIgnored = gitSucceeds(["check-ignore", "-q", "--no-index", "--", dbRel], top);
  return {
    top,
    pkg: pkgFile?.value ?? null,
    pkgText: pkgFile?.text ?? null,
    installed: { husky: existsSync2(join3(top, "node_modules", "husky", "package.json")), lintStaged: existsSync2(join3(top, "node_modules", "lint-staged", "package.json")) },
    hooksPath,
    preCommitFramework,
    hookFiles,
    lintStaged,
    lintStagedConfig,
    etkConfig: existsSync2(join3(top, "etk.config.json")),
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
      const file = join3(o.top, c.file);
      if (c.file === ".gitignore") {
        const current = existsSync2(file) ? readFileSync2(file, "utf8") : "";
        writeFileAtomic(file, `${current}${current === "" || current.endsWith("\n") ? "" : "\n"}# etk's index (rebuilt from the Markdown by etk sync)
/${o.database}*
`);
      } else writeFileAtomic(file, c.content);
    } else if (c.kind === "package-json") {
      const file = join3(o.top, "package.json");
      const text2 = readFileSync2(file, "utf8");
      const pkg = JSON.parse(text2);
      c.edit(pkg);
      const indent = /^[ \t]+/m.exec(text2)?.[0] ?? "  ";
      writeFileAtomic(file, `${JSON.stringify(pkg, null, indent)}
`);
    } else if (c.kind === "run") {
      const [cmd, args] = c.command === "husky" ? [process.execPath, [join3(o.top, "node_modules", "husky", "bin.js")]] : [c.command, c.args];
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
function joinFrags(parts, sep2) {
  return { sql: parts.map((p) => p.sql).join(sep2), params: parts.flatMap((p) => p.params) };
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
    errors: num("a.errors"),
    warnings: num("a.warnings"),
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

// src/query/experimentIds.ts
function experimentIds(db) {
  return db.prepare("SELECT DISTINCT experiment_id AS id FROM files WHERE experiment_id IS NOT NULL ORDER BY 1").all().map((r) => r.id);
}
function resolveExperimentIds(db, given) {
  if (given.length === 0) return [];
  const all = experimentIds(db);
  const known = new Set(all);
  return given.map((g) => {
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

// src/cli/outputOptions.ts
import { resolve as resolve3 } from "node:path";

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
function emitResult(command, result, values, io, render) {
  const format = outputFormat(command, values, io);
  const text2 = format === "table" && render ? render(result) : formatRows(result, format);
  const output = values.output;
  if (output === void 0) {
    io.stdout.write(text2);
    return;
  }
  writeFileAtomic(resolve3(io.cwd, output), text2);
  io.stderr.write(`etk ${command}: wrote ${result.rows.length} row${result.rows.length === 1 ? "" : "s"} to ${output} (${format})
`);
}
function showSql(io, query) {
  io.stderr.write(describeQuery(query));
}

// src/cli/query.ts
var HELP6 = `Usage: etk query <what> [options]

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
var OPTIONS = {
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
  help: HELP6,
  async run(argv, io) {
    const { values, positionals } = parse("query", argv, OPTIONS);
    if (values.help) {
      io.stdout.write(`${HELP6}
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
var HELP7 = `Usage: etk search "<words>" [options]

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
  help: HELP7,
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
      io.stdout.write(`${HELP7}
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
import { mkdirSync as mkdirSync2, renameSync as renameSync2, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname3, relative as relative5, resolve as resolve4, sep } from "node:path";
var HELP8 = `Usage: etk dashboard [--report FILE] [--experiment ID] [--port N] [options]

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
  mkdirSync2(dirname3(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync2(tmp, text2);
    renameSync2(tmp, file);
  } catch (err) {
    rmSync2(tmp, { force: true });
    throw err;
  }
}
var dashboardCommand = {
  name: "dashboard",
  summary: "the index as an HTML report (--report FILE), or served live on localhost",
  help: HELP8,
  async run(argv, io) {
    const { values, positionals } = parse("dashboard", argv, {
      ...DB_OPTION,
      report: { type: "string" },
      experiment: { type: "string" },
      port: { type: "string" },
      "no-sync": { type: "boolean" }
    });
    if (values.help) {
      io.stdout.write(`${HELP8}
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
      const file = resolve4(io.cwd, report);
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
    const { startLiveDashboard } = await import("./chunks/liveServer-G332AWQH.js");
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
var COMMANDS = [initCommand, validateCommand, syncCommand, queryCommand, searchCommand, dashboardCommand, dbCommand, hookCommand];
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
