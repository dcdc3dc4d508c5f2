import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  LATEST_METRIC,
  LISTINGS,
  LISTING_FILTERS,
  describeQuery,
  fill,
  findNamedQuery,
  frag,
  inList,
  joinFrags,
  listingQuery,
  namedQueries,
  namedQuerySql,
  resolveExperimentIds,
  runNamedQuery,
  runReadOnlySql,
  runStatement
} from "./chunks/chunk-LYL76LBQ.js";
import {
  formatRows,
  resolveFormat
} from "./chunks/chunk-EXFYJXRW.js";
import {
  BUILTIN_SCHEMAS,
  CorruptDatabaseError,
  PRECOMPILED,
  checkConflicts,
  checkDatabase,
  classifyPath,
  compareDiagnostics,
  counts,
  enableWorkers,
  execGit,
  gitSucceeds,
  listSource,
  meta,
  openForRead,
  openForWrite,
  parseRawDiff,
  planSync,
  readIndexFiles,
  readWorktreeFile,
  repoTop,
  rowsFor,
  schemasFor,
  splitZ,
  stagedPaths,
  syncIndex,
  toPosix,
  validateFile,
  validateRepo,
  walkMarkdown,
  workerMain
} from "./chunks/chunk-RKKFZBHC.js";
import "./chunks/chunk-N42JUTNQ.js";
import {
  VERSION
} from "./chunks/chunk-DL7KR22K.js";
import {
  closest
} from "./chunks/chunk-PIUJR427.js";
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
      const text = readFileSync2(file, "utf8");
      const pkg = JSON.parse(text);
      c.edit(pkg);
      const indent = /^[ \t]+/m.exec(text)?.[0] ?? "  ";
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

// src/cli/outputOptions.ts
import { resolve as resolve3 } from "node:path";
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
  const text = format === "table" && render ? render(result) : formatRows(result, format);
  const output = values.output;
  if (output === void 0) {
    io.stdout.write(text);
    return;
  }
  writeFileAtomic(resolve3(io.cwd, output), text);
  io.stderr.write(`etk ${command}: wrote ${result.rows.length} row${result.rows.length === 1 ? "" : "s"} to ${output} (${format})
`);
}
function refuseOutputOverIndex(command, values, dbPath, io) {
  if (typeof values.output !== "string") return;
  const out = resolve3(io.cwd, values.output);
  const db = resolve3(dbPath);
  if (out === db || out === `${db}-wal` || out === `${db}-shm` || out === `${db}-journal`) {
    throw new UsageError(`etk ${command}: --output ${values.output} is the index itself`, "write the result to another file");
  }
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
    const dbPath = dbPathFor(config, io.cwd, values.db);
    refuseOutputOverIndex("query", values, dbPath, io);
    const open = () => openForRead(dbPath);
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
    const text = positionals.join(" ");
    const limit = intOption("search", "limit", values.limit) ?? 20;
    if (limit < 1) throw new UsageError("etk search: --limit must be at least 1");
    const format = outputFormat("search", values, io);
    const color = format === "table" && values.output === void 0 && useColor(io.stdout, io.env);
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const dbPath = dbPathFor(config, io.cwd, values.db);
    refuseOutputOverIndex("search", values, dbPath, io);
    const db = openForRead(dbPath);
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
function writeAtomically(file, text) {
  mkdirSync2(dirname3(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync2(tmp, text);
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
    const { buildReport } = await import("./chunks/buildReport-JZ66DXHZ.js");
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
    const { startLiveDashboard } = await import("./chunks/liveServer-GCTNSPAB.js");
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

// src/cli/ci.ts
import { mkdirSync as mkdirSync4, writeFileSync as writeFileSync4 } from "node:fs";
import { dirname as dirname4, relative as relative9, resolve as resolve6 } from "node:path";

// src/action/ciEvent.ts
import { readFileSync as readFileSync3 } from "node:fs";
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
    payload = JSON.parse(readFileSync3(path, "utf8"));
  } catch (err) {
    warn(`cannot read the event payload ${path}: ${err.message}`);
  }
  return readEvent(env.GITHUB_EVENT_NAME, payload);
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
  for (let round = 0; picked.length < limit; round++) {
    const layer = files.filter((list) => list.length > round).map((list) => list[round]);
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

// src/action/renderCheckSummary.ts
var SUMMARY_TABLE_BUDGET = 8e5;
var plural3 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function cell(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function code(s) {
  return `<code>${cell(s)}</code>`;
}
function num(n) {
  return String(Number(n.toPrecision(6)));
}
function fileUrl(file, line, blobUrl) {
  return `${blobUrl}${file.split("/").map(encodeURIComponent).join("/")}${line !== null ? `#L${line}` : ""}`;
}
function fileLink(file, line, blobUrl) {
  return blobUrl ? `[${code(file)}](${fileUrl(file, line, blobUrl)})` : code(file);
}
function headline(r) {
  const what = r.mode === "changed" ? plural3(r.checked, "changed artifact") : plural3(r.checked, "artifact");
  if (r.errors === 0 && r.warnings === 0) return r.checked === 0 ? "no artifact to check" : `${what} checked, no problems`;
  const files = new Set(r.diagnostics.map((d) => d.file)).size;
  return `${plural3(r.errors, "error")}, ${plural3(r.warnings, "warning")} in ${files} of ${what}`;
}
function problemRow(d, blobUrl) {
  const sev = d.severity === "error" ? "❌ error" : "⚠️ warning";
  const message = cell(d.message) + (d.hint ? `<br>fix: ${cell(d.hint)}` : "");
  return `| ${fileLink(d.file, d.line, blobUrl)} | ${d.line}:${d.column} | ${sev} | ${code(d.rule)} | ${message} |`;
}
function metricRow(m, blobUrl) {
  const unit = m.unit ? ` ${cell(m.unit)}` : "";
  const value = m.value === null ? "—" : `${num(m.value)}${unit}`;
  let baseline = "—";
  let change = "—";
  if (m.baseline !== null) {
    const exp = code(m.baselineExperiment ?? "baseline");
    const from = m.baselineFrom === "declared" ? "declared" : `latest of ${blobUrl ? `[${exp}](${fileUrl(m.baselineFrom, null, blobUrl)})` : exp}`;
    baseline = `${num(m.baseline)}${unit} (${from})`;
    if (m.value !== null) {
      const delta2 = m.value - m.baseline;
      const pct = m.baseline !== 0 ? ` (${delta2 >= 0 ? "+" : ""}${(Math.round(delta2 / Math.abs(m.baseline) * 1e3) / 10).toFixed(1)}%)` : "";
      change = `${delta2 >= 0 ? "+" : ""}${num(delta2)}${pct}`;
    }
  } else if (m.baselineExperiment !== null) baseline = `— (${cell(m.baselineExperiment)} has no ${cell(m.metric)})`;
  return `| ${fileLink(m.file, null, blobUrl)} | ${code(m.metric)} | ${value} | ${baseline} | ${change} | ${m.comparison ? cell(m.comparison) : "—"} |`;
}
function renderCheckSummary(r, options = {}) {
  const budget = options.budget ?? SUMMARY_TABLE_BUDGET;
  const failed = r.errors > 0 ? "✖" : r.warnings > 0 ? "⚠" : "✔";
  const out = [`## etk check: ${failed} ${headline(r)}`, ""];
  if (r.resolution && r.resolution.changes !== null) out.push(`Changed artifacts: ${cell(r.resolution.note)}.`, "");
  if (r.mode === "all" && r.notes.length === 0) out.push("Every artifact under the experiments root was checked (mode: all).", "");
  for (const n of r.notes) out.push(`> **Note:** ${cell(n)}.`, "");
  for (const n of r.validateNotes) out.push(`> **${n.level === "error" ? "Error" : "Note"}:** ${code(n.path)}: ${cell(n.message)}.`, "");
  if (r.diagnostics.length > 0) {
    out.push("### Problems", "");
    const errors = r.errors;
    const warnings = r.warnings;
    if (options.annotated && (errors > ANNOTATIONS_PER_SEVERITY || warnings > ANNOTATIONS_PER_SEVERITY)) {
      out.push(`GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} errors and ${ANNOTATIONS_PER_SEVERITY} warnings of a step on the diff: the most important are annotated there; all ${r.diagnostics.length} are listed here.`, "");
    }
    out.push("| File | Line | Severity | Rule | Problem |", "|---|---:|---|---|---|");
    let size2 = 0;
    let shown = 0;
    for (const d of r.diagnostics) {
      const row = problemRow(d, options.blobUrl);
      size2 += Buffer.byteLength(row) + 1;
      if (size2 > budget) break;
      out.push(row);
      shown++;
    }
    if (shown < r.diagnostics.length) out.push("", `… and ${plural3(r.diagnostics.length - shown, "more problem")}, not shown here (a job summary holds at most 1 MiB): the step's log lists every one.`);
    out.push("");
  }
  if (r.metrics.length > 0) {
    out.push("### Metrics of the changed reports", "", "| Report | Metric | Value | Baseline | Change | Verdict |", "|---|---|---:|---|---:|---|");
    for (const m of r.metrics) out.push(metricRow(m, options.blobUrl));
    out.push("");
  }
  return `${out.join("\n")}
`;
}

// src/action/renderIndexSummary.ts
import { basename as basename3, relative as relative6 } from "node:path";
var plural4 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function link(a) {
  return a.url ? `[<code>${cell(a.name)}</code>](${a.url})` : `<code>${cell(a.name)}</code> (id ${a.id})`;
}
function rel(cwd, path) {
  const r = relative6(cwd, path);
  return r.startsWith("..") || r === "" ? path : r;
}
function renderIndexSummary(r, options) {
  const c = r.counts;
  const problems = c.errors + c.warnings > 0 ? ` (${plural4(c.errors, "error")}, ${plural4(c.warnings, "warning")} recorded)` : "";
  const out = [`## etk index: ${plural4(c.artifacts, "artifact")} in ${plural4(c.experiments, "experiment")}${problems}`, ""];
  const commit = r.commit ? `commit <code>${r.commit.slice(0, 12)}</code>` : "HEAD";
  const how = r.sync.rebuild ? `rebuilt (${cell(r.sync.rebuild)})` : `${r.start === "restored" || r.start === "in-place" ? "updated from the previous database" : "built"}: ${r.sync.added} added, ${r.sync.changed} changed, ${r.sync.removed} removed`;
  out.push(`Indexed ${commit}, ${how}, in ${r.sync.ms} ms.`, "");
  for (const n of r.notes) out.push(`> **Note:** ${cell(n)}.`, "");
  for (const m of r.missing) out.push(`> **Not in this etk build:** ${cell(m)}.`, "");
  out.push("| Output | Where |", "|---|---|");
  const up = options.uploaded;
  out.push(`| Database and query results | ${up ? link(up.data) : `<code>${cell(rel(options.cwd, r.dbPath))}</code>, <code>${cell(rel(options.cwd, r.resultsDir))}/</code>`} |`);
  if (r.reportPath) out.push(`| HTML report | ${up?.report ? link(up.report) : `<code>${cell(rel(options.cwd, r.reportPath))}</code>`} |`);
  out.push("");
  if (r.queries.length > 0) {
    out.push("### Named queries", "", "| Query | Rows | Files |", "|---|---:|---|");
    for (const q of r.queries) out.push(`| ${cell(q.name)} | ${q.rows} | <code>results/${cell(basename3(q.json))}</code>, <code>results/${cell(basename3(q.csv))}</code> |`);
    out.push("");
  }
  return `${out.join("\n")}
`;
}

// src/action/runCheck.ts
import { existsSync as existsSync3, readFileSync as readFileSync4 } from "node:fs";
import { join as join4, relative as relative7 } from "node:path";

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
      if (placement.kind === "manifest" && placement.experimentDir !== null) removedExperiments.add(placement.experimentDir);
    } else paths.push(path);
  }
  for (const p of paths) {
    const placement = classifyPath(p, root);
    if (placement.kind === "manifest" && placement.experimentDir !== null) removedExperiments.delete(placement.experimentDir);
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
var metricRows = (r) => rowsFor(r, "", []).metrics;
function compareReportMetrics(changed, reportsOf) {
  const latestCache = /* @__PURE__ */ new Map();
  const latestOf = (experiment) => {
    let latest = latestCache.get(experiment);
    if (!latest) {
      latest = /* @__PURE__ */ new Map();
      const rows = reportsOf(experiment).filter((r) => r.data?.type === "report").flatMap(metricRows);
      rows.sort((a, b) => (a.timestamp ?? "") < (b.timestamp ?? "") ? 1 : (a.timestamp ?? "") > (b.timestamp ?? "") ? -1 : a.file_path < b.file_path ? 1 : a.file_path > b.file_path ? -1 : 0);
      for (const row of rows) if (!latest.has(row.metric_name)) latest.set(row.metric_name, row);
      latestCache.set(experiment, latest);
    }
    return latest;
  };
  const out = [];
  for (const r of [...changed].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    if (r.data?.type !== "report") continue;
    const comparison = typeof r.data.comparison === "string" ? r.data.comparison : null;
    for (const m of metricRows(r)) {
      let baseline = m.baseline_declared;
      let from = baseline !== null ? "declared" : null;
      if (baseline === null && m.baseline_experiment !== null) {
        const b = latestOf(m.baseline_experiment).get(m.metric_name);
        if (b && b.metric_value !== null) {
          baseline = b.metric_value;
          from = b.file_path;
        }
      }
      out.push({ file: r.path, metric: m.metric_name, value: m.metric_value, unit: m.unit, baseline, baselineFrom: from, comparison, baselineExperiment: m.baseline_experiment });
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
function fetchCommit(top, remote, what, shallow) {
  if (!hasRemote(top, remote)) return { ok: false, why: `there is no remote "${remote}" to fetch it from` };
  try {
    execGit(["fetch", "--no-tags", "--quiet", "--no-write-fetch-head", ...shallow ? ["--depth=1"] : [], remote, what], { cwd: top });
    return { ok: true };
  } catch (err) {
    return { ok: false, why: `git fetch ${remote} ${what} failed: ${err.message.replace(/^git fetch failed[^:]*: /, "").split("\n")[0]}` };
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
    return { method: "merge-base", base: mb2, changes: diff(top, mb2), fetched, note: `compared HEAD ${short(head)} with its merge base ${short(mb2)} with the base ${short(base)}${fetchedNote}` };
  }
  return {
    method: "base-commit",
    base,
    changes: diff(top, base),
    fetched,
    note: `no merge base of HEAD ${short(head)} and the base ${short(base)} in this ${shallow ? "shallow " : ""}clone${fetchedNote}: compared with the base commit itself (if the base branch moved on since the fork, the files it changed are checked too; fetch-depth: 0 gives the exact list)`
  };
}

// src/action/runCheck.ts
var CHECK_MODES = ["changed", "all"];
var FAIL_ON = ["error", "warning", "none"];
var plural5 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function configFiles(config, top) {
  const files = [];
  if (config.source !== null) {
    const isPkg = config.source.endsWith("#etk");
    files.push({ path: toPosix(relative7(top, config.source.replace(/#etk$/, ""))), ...isPkg ? { key: "etk" } : {} });
  }
  for (const t of Object.values(config.extraTypes)) files.push({ path: toPosix(relative7(top, join4(config.projectDir, t.source))) });
  return files.filter((f) => !f.path.startsWith(".."));
}
function filesMentioning(top, root, ids) {
  if (ids.length === 0) return [];
  const args = ["grep", "-l", "-z", "-F", "--untracked", ...ids.flatMap((id) => ["-e", id]), "--", root === "" ? "." : root];
  return splitZ(execGit(args, { cwd: top, okCodes: [1] }));
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
          (p) => existsSync3(join4(top, p)) ? readFileSync4(join4(top, p), "utf8") : null
        );
        if (cfg !== null) {
          notes.push(`the configuration changed (${cfg}), so every artifact was checked`);
          mode = "all";
        } else {
          const targets = checkTargets(resolution.changes, config.root);
          const extra = filesMentioning(top, config.root, targets.removedExperiments).filter((p) => !targets.paths.includes(p) && existsSync3(join4(top, p)));
          if (extra.length > 0) notes.push(`${plural5(extra.length, "other file")} naming a removed experiment (${targets.removedExperiments.join(", ")}) checked too`);
          paths = [...targets.paths, ...extra].filter((p) => existsSync3(join4(top, p))).sort();
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
    const env = { root: config.root, schemas, maxFileSize: config.maxFileSize };
    const base = top ?? config.projectDir;
    metrics = compareReportMetrics(outcome.results, (experiment) => {
      const dir = join4(config.rootAbs, experiment, ".metadata");
      if (!existsSync3(dir)) return [];
      const out = [];
      for (const abs of walkMarkdown(dir)) {
        try {
          const r = validateFile(readWorktreeFile(abs, base, config.maxFileSize), env);
          if (r) out.push(r);
        } catch {
        }
      }
      return out;
    });
  }
  if (paths !== null && paths.length === 0) notes.push("no artifact changed");
  const failed = req.failOn === "error" ? errors > 0 : req.failOn === "warning" ? errors + warnings > 0 : false;
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
    failed,
    text: outcome ? outcome.text : () => void 0
  };
}

// src/action/runIndex.ts
import { copyFileSync, existsSync as existsSync5, mkdirSync as mkdirSync3, rmSync as rmSync3, statSync as statSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { join as join5, relative as relative8, resolve as resolve5 } from "node:path";

// src/db/publishDb.ts
import { existsSync as existsSync4 } from "node:fs";
function checkpointAndClose(path) {
  const { db } = openForWrite(path);
  try {
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    db.exec("PRAGMA journal_mode = DELETE");
  } finally {
    db.close();
  }
  for (const suffix of ["-wal", "-shm"]) {
    if (existsSync4(`${path}${suffix}`)) throw new Error(`${path}${suffix} is still there after the checkpoint: another process has the index open`);
  }
}

// src/action/indexParts.ts
async function indexParts() {
  const [{ runNamedQueries }, { formatRows: formatRows2 }, { buildReport }] = await Promise.all([
    import("./chunks/namedQueries-2OTT5SLG.js"),
    import("./chunks/output-RN3TTPCZ.js"),
    import("./chunks/buildReport-JZ66DXHZ.js")
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
async function runIndex(req) {
  const parts = req.parts ?? await indexParts();
  const generatedAt = req.generatedAt ?? /* @__PURE__ */ new Date();
  const notes = [];
  const cwd = req.cwd ?? process.cwd();
  const outDir = resolve5(cwd, req.outDir);
  mkdirSync3(outDir, { recursive: true });
  const dbPath = join5(outDir, "tracking.db");
  const resultsDir = join5(outDir, "results");
  let start = existsSync5(dbPath) ? "in-place" : "fresh";
  if (req.previousDb !== void 0 && req.previousDb !== "") {
    const prev = resolve5(cwd, req.previousDb);
    if (!existsSync5(prev) || statSync2(prev).size === 0) {
      start = "missing";
      notes.push(`no previous database at ${req.previousDb} (a cache miss?): built from scratch`);
      for (const suffix of ["", "-wal", "-shm"]) rmSync3(`${dbPath}${suffix}`, { force: true });
    } else if (prev === dbPath) start = "in-place";
    else {
      for (const suffix of ["", "-wal", "-shm"]) rmSync3(`${dbPath}${suffix}`, { force: true });
      copyFileSync(prev, dbPath);
      if (existsSync5(`${prev}-wal`)) copyFileSync(`${prev}-wal`, `${dbPath}-wal`);
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
  const missing = [];
  let reportPath = null;
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
    rmSync3(resultsDir, { recursive: true, force: true });
    mkdirSync3(resultsDir, { recursive: true });
    if (parts.runNamedQueries && parts.formatRows) {
      const used = /* @__PURE__ */ new Set();
      for (const r of parts.runNamedQueries(db, req.config, generatedAt)) {
        let stem = queryFileStem(r.name);
        for (let i = 2; used.has(stem); i++) stem = `${queryFileStem(r.name)}-${i}`;
        used.add(stem);
        const json = join5(resultsDir, `${stem}.json`);
        const csv = join5(resultsDir, `${stem}.csv`);
        writeFileSync3(json, ensureNewline(parts.formatRows(r, "json")));
        writeFileSync3(csv, ensureNewline(parts.formatRows(r, "csv")));
        queries.push({ name: r.name, rows: r.rows.length, json, csv });
      }
    } else missing.push("named queries (src/query/namedQueries.ts is not in this build)");
    if (parts.buildReport) {
      reportPath = join5(outDir, "report.html");
      const top = req.config.top ?? req.config.projectDir;
      const linkBase = req.linkBase?.(o.state.commit) ?? `${toPosix(relative8(outDir, top))}/`.replace(/^\/$/, "");
      writeFileSync3(reportPath, parts.buildReport(db, { generatedAt, linkBase }));
    } else missing.push("the HTML report (src/report/buildReport.ts is not in this build)");
  } finally {
    db.close();
  }
  const p = o.plan;
  return {
    dbPath,
    resultsDir,
    reportPath,
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
    missing,
    notes
  };
}
function ensureNewline(s) {
  return s.endsWith("\n") || s === "" ? s : `${s}
`;
}

// src/cli/ci.ts
var HELP9 = `Usage: etk ci check [options]
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
  --fail-on LEVEL       exit 1 on: error (default), warning (any problem), none
  --format FORMAT       text (default), json, or github (the 10 most important errors and
                        warnings as workflow annotations)
  --summary FILE        also write the Markdown summary (problems, metrics against baseline)
  --no-fetch            never run git fetch for a missing base commit

Options (index):
  --out DIR             where to write tracking.db, results/ and report.html (required)
  --previous-db FILE    start from this database (a cache); a missing file means a full rebuild
  --summary FILE        also write the Markdown summary

  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Exit codes: 0 passed, 1 the check failed per --fail-on, 2 usage or configuration error.

Examples:
  etk ci check --base origin/main
  etk ci check --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA" --format json
  etk ci index --out public/etk --previous-db .cache/tracking.db`;
function writeSummary(cwd, file, markdown) {
  if (typeof file !== "string" || file === "") return;
  const path = resolve6(cwd, file);
  mkdirSync4(dirname4(path), { recursive: true });
  writeFileSync4(path, markdown);
}
function checkJson(r) {
  return JSON.stringify({
    mode: r.mode,
    method: r.resolution?.method ?? (r.mode === "all" ? "all" : null),
    base: r.resolution?.base ?? null,
    notes: [...r.resolution && r.resolution.changes !== null ? [r.resolution.note] : [], ...r.notes],
    checked: r.checked,
    errors: r.errors,
    warnings: r.warnings,
    failed: r.failed,
    diagnostics: r.diagnostics,
    metrics: r.metrics
  }, null, 2);
}
var ciCommand = {
  name: "ci",
  summary: "CI jobs: check a change (ci check), rebuild and publish the index (ci index)",
  help: HELP9,
  async run(argv, io) {
    const { values, positionals } = parse("ci", argv, {
      base: { type: "string" },
      mode: { type: "string" },
      "fail-on": { type: "string" },
      format: { type: "string", short: "f" },
      summary: { type: "string" },
      "no-fetch": { type: "boolean" },
      out: { type: "string" },
      "previous-db": { type: "string" }
    });
    if (values.help) {
      io.stdout.write(`${HELP9}
`);
      return 0;
    }
    const sub = positionals[0];
    if (sub !== "check" && sub !== "index") {
      throw new UsageError(sub === void 0 ? "etk ci needs a subcommand: check or index" : `etk ci: unknown subcommand "${sub}"`, "see etk ci --help");
    }
    if (positionals.length > 1) throw new UsageError(`etk ci ${sub} takes no paths (found "${positionals.slice(1).join(" ")}")`, "see etk ci --help");
    const only = (names, what) => {
      for (const n of names) if (values[n] !== void 0) throw new UsageError(`etk ci ${sub}: --${n} is an option of etk ci ${what}`, "see etk ci --help");
    };
    const config = await loadConfig({ cwd: io.cwd, ...values.config !== void 0 ? { configFile: values.config } : {} });
    const err = palette(useColor(io.stderr, io.env));
    if (sub === "index") {
      only(["base", "mode", "fail-on", "format", "no-fetch"], "check");
      if (typeof values.out !== "string" || values.out === "") throw new UsageError("etk ci index needs --out DIR", "for example: etk ci index --out etk-out");
      const r2 = await runIndex({
        config,
        etkVersion: VERSION,
        cwd: io.cwd,
        outDir: values.out,
        ...typeof values["previous-db"] === "string" ? { previousDb: values["previous-db"] } : {}
      });
      for (const n of r2.notes) io.stderr.write(`${err.dim("note")}  ${n}
`);
      for (const m of r2.missing) io.stderr.write(`${err.yellow("note")}  not in this build: ${m}
`);
      const shown = (p) => relative9(io.cwd, p) || p;
      io.stdout.write(`✔ ${shown(r2.dbPath)}: ${r2.counts.artifacts} artifacts in ${r2.counts.experiments} experiments (${r2.sync.rebuild ? `rebuilt: ${r2.sync.rebuild}` : `${r2.sync.added} added, ${r2.sync.changed} changed, ${r2.sync.removed} removed`}, ${r2.sync.ms} ms)
`);
      for (const q of r2.queries) io.stdout.write(`  ${q.name}: ${q.rows} rows -> ${shown(q.json)}, ${shown(q.csv)}
`);
      if (r2.reportPath) io.stdout.write(`  report -> ${shown(r2.reportPath)}
`);
      writeSummary(io.cwd, values.summary, renderIndexSummary(r2, { cwd: io.cwd }));
      return 0;
    }
    only(["out", "previous-db"], "index");
    const mode = choiceOption("ci check", "mode", values.mode, CHECK_MODES, "changed");
    const failOn = choiceOption("ci check", "fail-on", values["fail-on"], FAIL_ON, "error");
    const format = choiceOption("ci check", "format", values.format, ["text", "json", "github"], "text");
    const event = eventFromEnv(io.env, (m) => io.stderr.write(`${err.yellow("warning")} ${m}
`));
    const r = await runCheck({ config, cwd: io.cwd, mode, base: values.base, event, failOn, fetch: values["no-fetch"] !== true });
    if (format !== "json") {
      if (r.resolution && r.resolution.changes !== null) io.stderr.write(`${err.dim("note")}  ${r.resolution.note}
`);
      for (const n of r.notes) io.stderr.write(`${err.dim("note")}  ${n}
`);
      for (const n of r.validateNotes) io.stderr.write(`${n.level === "error" ? err.red("error") : err.dim("note ")} ${n.path}: ${n.message}
`);
    }
    if (format === "json") io.stdout.write(`${checkJson(r)}
`);
    else if (format === "github") {
      const picked = pickAnnotations(r.diagnostics);
      const annotations = [...picked.errors, ...picked.warnings];
      if (annotations.length > 0) io.stdout.write(`${renderGithub(annotations)}
`);
      io.stdout.write(`etk: ${headline(r)}
`);
    } else {
      const c = palette(useColor(io.stdout, io.env));
      if (r.diagnostics.length > 0) io.stdout.write(`${renderText(r.diagnostics, r.text, c, true)}

`);
      const line = headline(r);
      io.stdout.write(`${r.errors > 0 ? c.red(`✖ ${line}`) : r.warnings > 0 ? c.yellow(`⚠ ${line}`) : c.green(`✔ ${line}`)}
`);
    }
    writeSummary(io.cwd, values.summary, renderCheckSummary(r, { annotated: format === "github" }));
    return r.failed ? 1 : 0;
  }
};

// src/cli/main.ts
var COMMANDS = [initCommand, validateCommand, syncCommand, queryCommand, searchCommand, dashboardCommand, dbCommand, hookCommand, ciCommand];
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
  const code2 = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr
  });
  process.exitCode = code2;
}
