import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { PRECOMPILED } from '../artifacts/precompiled.ts';
import configSchema from '../../schema/etk.config.schema.json' with { type: 'json' };
import { RULES, isRuleId, type RuleId, type RuleSetting } from '../artifacts/ruleCatalog.ts';
import { BUILTIN_SCHEMAS, DEFAULT_STATUSES, type JsonSchema, type SchemaSetOptions } from '../artifacts/schemaSet.ts';
import { PROFILES, type ProfileName } from '../artifacts/profile.ts';
import { isTimeZone } from '../artifacts/timestamp.ts';
import { ConfigError } from '../errors.ts';
import { repoTop } from '../git/execGit.ts';
import { toPosix } from '../discover/worktree.ts';
import { closest } from '../util/distance.ts';
import { isInside } from '../util/isInside.ts';
import type { MetricDirection } from '../action/metricVerdict.ts';
import { parseTolerance, type Tolerance } from '../action/tolerance.ts';


export const DEFAULTS = {
  root: 'experiment_manager/experiments',
  database: 'data/ops/tracking.db',
  maxFileSize: 5 * 1024 * 1024,
} as const;

export interface RawConfig {
  root?: string;
  database?: string;
  profile?: ProfileName;
  timezone?: string;
  statuses?: string[];
  types?: Record<string, { schema: string }>;
  rules?: Record<string, RuleSetting>;
  maxFileSize?: number;
  templates?: Record<string, string>;
  queries?: Record<string, NamedQuerySpec>;
  metrics?: Record<string, { direction?: MetricDirection; tolerance?: number | string }>;
  parameters?: string[];
}

/** A named query: one read-only SQL statement, or a listing of `etk query` with its filters (CLI flag names). */
export type NamedQuerySpec =
  | { description?: string; sql: string }
  | {
      description?: string;
      from: 'experiments' | 'artifacts' | 'metrics' | 'tags';
      status?: string | string[];
      tag?: string | string[];
      experiment?: string | string[];
      type?: string | string[];
      name?: string | string[];
      since?: string;
      until?: string;
      recent?: string;
      latest?: boolean;
      where?: string;
      sort?: string;
      limit?: number;
    };

export interface EtkConfig {
  /** Where the config came from (null: defaults). */
  source: string | null;
  /** The folder config paths are relative to: the config file's folder, else the repo top, else cwd. */
  projectDir: string;
  /** Repository top, or null outside git. */
  top: string | null;
  /** Absolute experiments root. */
  rootAbs: string;
  /** Experiments root relative to the repo top (or projectDir outside git), POSIX, '' for the top itself. */
  root: string;
  databaseAbs: string;
  /** The built-in profile picked (schema/profiles/<name>.json). */
  profile: ProfileName;
  /** IANA zone a timestamp without a zone is read in (UTC unless configured). */
  timezone: string;
  /** Whether the config sets `timezone` (else --fix assumes this machine's offset). */
  timezoneConfigured: boolean;
  statuses: string[] | undefined;
  /** What the profile changes in the built-in schemas (undefined: eds-1.0 as built in). */
  schemaProfile: SchemaSetOptions['profile'];
  extraTypes: Record<string, { schema: JsonSchema; source: string }>;
  rules: Record<RuleId, RuleSetting>;
  maxFileSize: number;
  /** etk new: type -> absolute path of the user's template for it. */
  templates: Record<string, string>;
  /** Named queries from the config (the built-in ones are added by src/query/namedQueries.ts). */
  queries: Record<string, NamedQuerySpec>;
  /** Metric name -> which way it is better, as configured (the others: by name, src/action/metricVerdict.ts). */
  metrics: Record<string, MetricDirection>;
  /** Which report frontmatter fields are run parameters (`parameters`), in this order; undefined: every extra scalar field. */
  parameters: string[] | undefined;
  /** Metric name -> how much worse than its reference it may get before `--gate` fails ("*": every other metric; none: 0). */
  tolerances: Record<string, Tolerance>;
}

/** Line and column of a JSON.parse error, from the message Node prints ("... at position 12 (line 2 column 3)"). */
function jsonErrorWhere(message: string, text: string): string {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `${lc[1]}:${lc[2]}`;
  const p = /position (\d+)/.exec(message);
  if (!p) return '';
  const before = text.slice(0, Number(p[1]));
  const line = before.split('\n').length;
  return `${line}:${before.length - before.lastIndexOf('\n')}`;
}

/** Configuration is small: a file past this is not one (and is not read whole to find out). */
const MAX_CONFIG_BYTES = 8 * 1024 * 1024;

/**
 * Reads a configuration file (etk.config.json, package.json, a custom schema). A pull request
 * controls these: one that is a link to a file outside the repository (`/proc/self/environ`) would
 * have its text echoed by the JSON error into a public CI log, and a FIFO would hang. So only a
 * regular file inside `inside` (the repository, when there is one) is read.
 */
function readJson(file: string, what: string, inside: string | null): unknown {
  let text: string;
  try {
    const st = statSync(file);
    if (inside !== null && !isInside(inside, file)) throw new ConfigError(`${what} ${file} leads outside the repository ${inside} (through a symbolic link or the path); etk reads configuration only from inside it`, 'make it a regular file in the repository');
    if (!st.isFile()) throw new ConfigError(`${what} ${file} is not a regular file`, 'make it a regular file');
    if (st.size > MAX_CONFIG_BYTES) throw new ConfigError(`${what} ${file} is ${st.size} bytes, more than a configuration file holds (${MAX_CONFIG_BYTES})`, 'check the path');
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError(`cannot read ${what} ${file}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const where = jsonErrorWhere((err as Error).message, text);
    throw new ConfigError(`${file}${where ? `:${where}` : ''}: ${what} is not valid JSON: ${(err as Error).message}`, 'fix the JSON syntax (a trailing comma or a missing quote, most often)');
  }
}

/** Finds etk.config.json or a package.json with an "etk" key, from `cwd` up to the repo top. */
function findConfig(cwd: string, top: string | null): { file: string; raw: unknown } | null {
  let dir = resolve(cwd);
  for (;;) {
    const file = join(dir, 'etk.config.json');
    if (existsSync(file)) return { file, raw: readJson(file, 'etk config', top) };
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const json = readJson(pkg, 'package.json', top) as Record<string, unknown> | null;
      if (json && typeof json === 'object' && 'etk' in json) return { file: `${pkg}#etk`, raw: json.etk };
    }
    if (top !== null && resolve(dir) === resolve(top)) return null;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

let validateConfig: ValidateFunction | undefined;

/** The config schema's validator: precompiled in the bundle, compiled from source otherwise. */
async function configValidator(): Promise<ValidateFunction> {
  if (PRECOMPILED?.config) return PRECOMPILED.config;
  const { createAjv } = await import('../artifacts/compileSchemas.ts');
  return (validateConfig ??= createAjv(undefined).compile(configSchema));
}

/** Every shape problem of the config (all of them, so one run lists what to fix). */
async function shapeProblems(raw: unknown): Promise<string[]> {
  const validateConfig = await configValidator();
  if (validateConfig(raw)) return [];
  return (validateConfig.errors ?? []).map((e) => {
    const where = e.instancePath === '' ? 'config' : e.instancePath.slice(1).replace(/\//g, '.');
    if (e.keyword === 'additionalProperties') {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = e.instancePath === '' ? Object.keys(configSchema.properties) : e.instancePath.startsWith('/metrics/') ? ['direction', 'tolerance'] : ['schema'];
      const near = closest(key, known);
      return `${where}: unknown key "${key}"${near ? ` (did you mean "${near}"?)` : ''}`;
    }
    if (e.keyword === 'enum') return `${where} must be one of ${(e.params as { allowedValues: string[] }).allowedValues.join(', ')}`;
    return `${where} ${e.message ?? 'is invalid'}`;
  });
}

/** One ConfigError for every problem found: one on a line of its own under the file, with the hints. */
function configProblems(source: string | null, problems: readonly { message: string; hint?: string | undefined }[]): ConfigError {
  if (problems.length === 1) return new ConfigError(`${source === null ? '' : `${source}: `}${problems[0]!.message}`, problems[0]!.hint ?? 'see the Configuration section of the etk README for every key');
  const hints = [...new Set(problems.map((p) => p.hint).filter((h): h is string => h !== undefined))];
  return new ConfigError(`${source ?? 'the configuration'}: ${problems.length} problems:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`, hints.length > 0 ? hints.join('; ') : 'see the Configuration section of the etk README for every key');
}

export interface LoadConfigOptions {
  cwd: string;
  /** --config FILE */
  configFile?: string;
  /**
   * Whether a root folder that does not exist is a configuration error (the default: a typo in
   * `root` must not pass as "0 files, no problems"). False for what runs before the first
   * experiment exists: etk init, etk new, the git hooks (which never block git for it).
   */
  requireRoot?: boolean;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function unknownRule(id: string): string {
  const near = closest(id, Object.keys(RULES));
  return `unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}`;
}

/** "root X does not exist": with the nearest folder that does, and a sibling one typo away. */
function missingRootMessage(configured: string | undefined, rootAbs: string, base: string): string {
  let near = dirname(rootAbs);
  while (!isDirectory(near) && dirname(near) !== near) near = dirname(near);
  const rel = (p: string) => toPosix(relative(base, p)) || '.';
  // The first missing segment under the nearest folder, and a folder there one typo away from it.
  const missing = toPosix(relative(near, rootAbs)).split('/')[0] ?? '';
  let sibling: string | undefined;
  try {
    const dirs = readdirSync(near, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    sibling = closest(missing, dirs);
  } catch {
    sibling = undefined;
  }
  const what = configured === undefined ? `the experiments root ${rel(rootAbs)} (the default: no "root" is configured)` : `root ${configured}`;
  return `${what} does not exist (${rootAbs}); the nearest existing folder is ${rel(near)}${sibling !== undefined ? `, which holds ${toPosix(join(rel(near) === '.' ? '' : rel(near), sibling))} (did you mean that?)` : ''}`;
}

/** Reads, validates and resolves the configuration. Throws ConfigError (exit 2) on anything wrong. */
export async function loadConfig(options: LoadConfigOptions): Promise<EtkConfig> {
  const cwd = resolve(options.cwd);
  let found: { file: string; raw: unknown } | null;
  let top: string | null;
  if (options.configFile !== undefined) {
    const file = resolve(cwd, options.configFile);
    if (!existsSync(file)) throw new ConfigError(`config file ${options.configFile} does not exist`, 'check the --config path');
    top = repoTop(dirname(file));
    // --config names the file on the command line: the person's choice, read where it is.
    const raw = readJson(file, 'etk config', null);
    found = { file, raw: file.endsWith('package.json') ? (raw as Record<string, unknown>)?.etk : raw };
  } else {
    top = repoTop(cwd);
    found = findConfig(cwd, top);
  }
  const source = found ? found.file : null;
  const problems: { message: string; hint?: string | undefined }[] = [];
  const add = (message: string, hint?: string) => problems.push({ message, hint });
  const shape = found ? await shapeProblems(found.raw ?? {}) : [];
  for (const m of shape) add(m, 'see the Configuration section of the etk README for every key');
  // A config of the wrong shape is read no further than what is safe to read: its rule ids.
  if (shape.length > 0) {
    const rules = (found!.raw as { rules?: unknown } | null)?.rules;
    if (rules !== null && typeof rules === 'object' && !Array.isArray(rules)) for (const id of Object.keys(rules)) if (!isRuleId(id)) add(unknownRule(id), `rule ids: ${Object.keys(RULES).join(', ')}`);
    throw configProblems(source, problems);
  }
  const raw = (found ? (found.raw ?? {}) : {}) as RawConfig;
  const projectDir = found ? dirname(found.file.replace(/#etk$/, '')) : (top ?? cwd);

  const rootAbs = resolve(projectDir, raw.root ?? DEFAULTS.root);
  const base = top ?? projectDir;
  const rootRel = toPosix(relative(base, rootAbs));
  if (rootRel.startsWith('..') || isAbsolute(rootRel)) {
    add(`root ${raw.root} is outside the repository ${base}`, 'point root at a folder inside the repository');
  } else if (options.requireRoot !== false && !isDirectory(rootAbs)) {
    add(missingRootMessage(raw.root, rootAbs, base), raw.root === undefined ? `create it (etk new experiment "<name>" does), or set "root" in etk.config.json to the folder that holds your experiments` : `fix "root" in ${source === null ? 'etk.config.json' : basename(source.replace(/#etk$/, ''))}, or create the folder (etk new experiment "<name>" does)`);
  }

  // A repository's config never points etk at a file outside it: a clone's etk.config.json must not
  // make `etk sync` (or --force) replace someone's file elsewhere. --db on the command line may.
  const databaseAbs = resolve(projectDir, raw.database ?? DEFAULTS.database);
  if (raw.database !== undefined && !isInside(base, databaseAbs)) {
    add(`database ${raw.database} is outside the repository ${base}`, 'point database at a file inside the repository, or pass --db PATH on the command line to use a file elsewhere');
  }

  const profileName: ProfileName = raw.profile ?? 'eds-1.0';
  const profile = PROFILES[profileName];
  const timezone = raw.timezone ?? 'UTC';
  if (!isTimeZone(timezone)) add(`timezone "${timezone}" is not an IANA time zone name`, 'use a name such as Asia/Seoul, Europe/Berlin or UTC');
  const rules = Object.fromEntries(Object.entries(RULES).map(([id, info]) => [id, info.severity])) as Record<RuleId, RuleSetting>;
  Object.assign(rules, profile.rules);
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    if (!isRuleId(id)) add(unknownRule(id), `rule ids: ${Object.keys(RULES).join(', ')}`);
    else rules[id] = setting;
  }

  const extraTypes: EtkConfig['extraTypes'] = {};
  for (const [name, { schema }] of Object.entries(raw.types ?? {})) {
    if (Object.hasOwn(BUILTIN_SCHEMAS, name) && profile.schemas?.types[name] !== null) {
      add(`type "${name}" is built in and cannot be redefined`, 'choose another type name');
      continue;
    }
    const file = resolve(projectDir, schema);
    if (!existsSync(file)) {
      add(`schema ${schema} for type "${name}" does not exist`, `create ${schema}, or fix the path (relative to ${projectDir})`);
      continue;
    }
    const loaded = readJson(file, `schema for type "${name}"`, base);
    if (loaded === null || typeof loaded !== 'object' || Array.isArray(loaded)) add(`${schema}: a JSON Schema must be an object`, 'write the schema as a JSON object ({"type": "object", ...})');
    else extraTypes[name] = { schema: loaded as JsonSchema, source: schema };
  }

  const templates: Record<string, string> = {};
  const typeNames = [...Object.keys(BUILTIN_SCHEMAS), ...Object.keys(raw.types ?? {})];
  for (const [type, path] of Object.entries(raw.templates ?? {})) {
    if (!typeNames.includes(type)) {
      const near = closest(type, typeNames);
      add(`templates: "${type}" is not an artifact type${near ? ` (did you mean "${near}"?)` : ''}`, `template keys are types: ${typeNames.join(', ')}`);
      continue;
    }
    const file = resolve(projectDir, path);
    if (!existsSync(file)) add(`template ${path} for type "${type}" does not exist`, `create ${path}, or fix the path (relative to ${projectDir})`);
    else if (!isInside(base, file)) add(`template ${path} for type "${type}" leads outside the repository ${base}`, 'keep templates in the repository');
    else templates[type] = file;
  }
  if (problems.length > 0) throw configProblems(source, problems);

  return {
    source,
    projectDir,
    top,
    rootAbs,
    root: rootRel === '.' ? '' : rootRel,
    databaseAbs,
    profile: profileName,
    timezone,
    timezoneConfigured: raw.timezone !== undefined,
    statuses: raw.statuses ?? (profile.statuses === DEFAULT_STATUSES ? undefined : [...profile.statuses]),
    schemaProfile: profile.schemas,
    extraTypes,
    rules,
    maxFileSize: raw.maxFileSize ?? DEFAULTS.maxFileSize,
    templates,
    queries: raw.queries ?? {},
    metrics: Object.fromEntries(Object.entries(raw.metrics ?? {}).flatMap(([name, m]) => (m.direction !== undefined && name !== '*' ? [[name, m.direction]] : []))),
    tolerances: Object.fromEntries(Object.entries(raw.metrics ?? {}).flatMap(([name, m]) => (m.tolerance !== undefined ? [[name, parseTolerance(m.tolerance)]] : []))),
    parameters: raw.parameters,
  };
}

export { DEFAULT_STATUSES };
