import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../artifacts/diagnostic.ts';
import { schemasFor, validateRepo, type Note, type ValidateOutcome } from '../artifacts/validateRepo.ts';
import { validateFile, type FileResult } from '../artifacts/validateFile.ts';
import type { EtkConfig } from '../config/loadConfig.ts';
import { readWorktreeFile, toPosix, walkMarkdown } from '../discover/worktree.ts';
import { UsageError } from '../errors.ts';
import { execGit } from '../git/execGit.ts';
import { splitZ } from '../git/parseZ.ts';
import type { CiEvent } from './ciEvent.ts';
import { changedConfigFile, checkTargets, type ConfigFile } from './checkTargets.ts';
import { compareReportMetrics, type MetricComparison } from './reportMetrics.ts';
import { resolveChanges, type ChangeResolution } from './resolveChanges.ts';
import { plural } from '../util/plural.ts';
import { matchProblems } from '../artifacts/fingerprint.ts';
import { YamlPositions } from '../artifacts/yamlPositions.ts';
import { judgeBase, renamesSince } from './baseRevision.ts';
import { gateFails, metricGate, metricKey, type HeadMetric, type MetricGateVerdict, type MetricReference } from './metricGate.ts';
import { metricRows } from './reportMetrics.ts';

export const CHECK_MODES = ['changed', 'all'] as const;
export type CheckMode = (typeof CHECK_MODES)[number];
export const FAIL_ON = ['new-errors', 'errors', 'warnings', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
/** The names fail-on took before it knew new problems, still accepted. */
export const FAIL_ON_ALIASES: Readonly<Record<string, FailOn>> = { error: 'errors', warning: 'warnings', none: 'never' };

export interface CheckRequest {
  config: EtkConfig;
  cwd: string;
  mode: CheckMode;
  /** An explicit base commit or branch (else the event's). */
  base?: string | undefined;
  event: CiEvent;
  failOn: FailOn;
  /** Fail when a changed report's metric is worse than a reference beyond its tolerance. */
  gate?: boolean;
  /** Allow git fetch of a missing base commit (default true). */
  fetch?: boolean;
}

export interface CheckResult {
  /** What was actually done: `all` also when the changed files could not be worked out. */
  mode: CheckMode;
  /** How the change was worked out (null with mode all as asked). */
  resolution: ChangeResolution | null;
  /** Why every artifact was checked although `changed` was asked, or why nothing was. */
  notes: string[];
  /** The artifacts judged (repo-relative). */
  judged: string[];
  diagnostics: Diagnostic[];
  /** Notes of validation itself (files skipped, unresolved conflicts). */
  validateNotes: Note[];
  checked: number;
  errors: number;
  warnings: number;
  metrics: MetricComparison[];
  /** The commit the problems were matched with (null: none known, every problem counts as new). */
  problemBase: string | null;
  /** Head path -> base path of files git sees as renamed (they keep their problems' identity). */
  renamedFrom: Map<string, string>;
  /** The head's problems not on the base (all of them without a base). */
  added: Diagnostic[];
  /** The head's problems that were already on the base. */
  existing: Diagnostic[];
  /** The base's problems the change fixed (or whose file it removed). */
  fixed: Diagnostic[];
  newErrors: number;
  newWarnings: number;
  /** Changed experiments (of the judged files), sorted. */
  experiments: string[];
  /** The metric gate's verdict per metric of the changed reports (computed always; it fails the check only with `gate`). */
  gate: MetricGateVerdict[];
  gateOn: boolean;
  /** Per metric of the changed reports (metricKey): its values in the experiment's reports on the base, oldest first, then the new one. */
  history: Map<string, number[]>;
  failOn: FailOn;
  /** Why the check failed, one phrase each (empty when it passed). */
  failReasons: string[];
  /** fail-on (and the gate) say the step fails. */
  failed: boolean;
  /** Where the text of a judged file can be read (for code frames in the log). */
  text: (path: string) => string | undefined;
}


function configFiles(config: EtkConfig, top: string): ConfigFile[] {
  const files: ConfigFile[] = [];
  if (config.source !== null) {
    const isPkg = config.source.endsWith('#etk');
    files.push({ path: toPosix(relative(top, config.source.replace(/#etk$/, ''))), ...(isPkg ? { key: 'etk' } : {}) });
  }
  for (const t of Object.values(config.extraTypes)) files.push({ path: toPosix(relative(top, join(config.projectDir, t.source))) });
  return files.filter((f) => !f.path.startsWith('..'));
}

/** Files under the root that mention one of `ids` (reports whose baseline is a removed experiment). */
function filesMentioning(top: string, root: string, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  const args = ['grep', '-l', '-z', '-F', '--untracked', ...ids.flatMap((id) => ['-e', id]), '--', root === '' ? '.' : root];
  return splitZ(execGit(args, { cwd: top, okCodes: [1] }));
}

/**
 * The pull-request check: works out the changed artifacts (or takes all), judges them with the
 * cross-file rules against the whole tree, and compares the changed reports' metrics with their
 * baselines. Knows nothing of GitHub's runner: the action and `etk ci check` render the result.
 */
/** Something is at the path (a link counts, even a dangling one: it is judged as a link, not skipped). */
function onDisk(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}

export async function runCheck(req: CheckRequest): Promise<CheckResult> {
  const { config } = req;
  const top = config.top;
  const notes: string[] = [];
  let mode: CheckMode = req.mode;
  let resolution: ChangeResolution | null = null;
  let paths: string[] | null = null; // null: every artifact

  if (mode === 'changed') {
    if (top === null) {
      notes.push('not inside a git repository, so every artifact was checked');
      mode = 'all';
    } else {
      resolution = resolveChanges({ top, base: req.base, event: req.event, ...(req.fetch !== undefined ? { fetch: req.fetch } : {}) });
      if (resolution.changes === null) {
        notes.push(resolution.note);
        mode = 'all';
      } else {
        const base = resolution.base!;
        const cfg = changedConfigFile(
          configFiles(config, top),
          resolution.changes,
          (p) => {
            try {
              return execGit(['show', `${base}:${p}`], { cwd: top }).toString('utf8');
            } catch {
              return null;
            }
          },
          (p) => (existsSync(join(top, p)) ? readFileSync(join(top, p), 'utf8') : null),
        );
        if (cfg !== null) {
          notes.push(`the configuration changed (${cfg}), so every artifact was checked`);
          mode = 'all';
        } else {
          const targets = checkTargets(resolution.changes, config.root);
          // An experiment whose folder is still in the checkout was not removed, only some of its files.
          const gone = targets.removedExperiments.filter((e) => !existsSync(join(top, config.root, e)));
          const extra = filesMentioning(top, config.root, gone).filter((p) => !targets.paths.includes(p) && onDisk(join(top, p)));
          if (extra.length > 0) notes.push(`${plural(extra.length, 'other file')} naming a removed experiment (${gone.join(', ')}) checked too`);
          paths = [...targets.paths, ...extra].filter((p) => onDisk(join(top, p))).sort();
        }
      }
    }
  }
  if (req.base !== undefined && req.base !== '' && req.mode === 'all') notes.push('base is ignored with mode all');

  let outcome: ValidateOutcome | null = null;
  if (paths === null || paths.length > 0) {
    const base = top ?? config.projectDir;
    outcome = await validateRepo({ config, cwd: base, paths: paths ?? [], staged: false });
  }
  const diagnostics = outcome?.diagnostics ?? [];
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }

  // Metrics of the changed reports against their baselines (as parsed from the work tree now).
  let metrics: MetricComparison[] = [];
  if (outcome && mode === 'changed') {
    const schemas = await schemasFor(config);
    const env = { root: config.root, schemas, maxFileSize: config.maxFileSize, rules: config.rules };
    const base = top ?? config.projectDir;
    metrics = compareReportMetrics(outcome.results, (experiment) => {
      const dir = join(config.rootAbs, experiment, '.metadata');
      if (!existsSync(dir)) return [];
      const out: FileResult[] = [];
      for (const abs of walkMarkdown(dir)) {
        try {
          const r = validateFile(readWorktreeFile(abs, base, config.maxFileSize), env);
          if (r) out.push(r);
        } catch {
          // unreadable: no baseline from it
        }
      }
      return out;
    }, config.metrics);
  }

  if (paths !== null && paths.length === 0) notes.push('no artifact changed');

  // New problems: the head's against the base's versions of the same files (renames followed).
  const problemBase = top !== null && resolution?.base ? resolution.base : null;
  let renamedFrom = new Map<string, string>();
  let added = diagnostics;
  let existing: Diagnostic[] = [];
  let fixed: Diagnostic[] = [];
  let baseReports = new Map<string, FileResult[]>();
  const byPath = new Map((outcome?.results ?? []).map((r) => [r.path, r]));
  // Experiments of the changed reports: their reports on the base give each metric's previous value and history.
  const reportExperiments = [...new Set(metrics.map((m) => byPath.get(m.file)?.placement.experimentDir).filter((e): e is string => typeof e === 'string'))];
  if (problemBase !== null && outcome) {
    const changes = resolution?.changes ?? new Map<string, string | null>();
    const removedAny = [...changes.values()].some((b) => b === null);
    // A rename is a removal and an addition; against the base commit itself (no merge base), the diff
    // holds the base branch's own changes too: no renames and no removed files are taken from it.
    if (removedAny && resolution?.method !== 'base-commit') renamedFrom = renamesSince(top!, problemBase);
    const removed = resolution?.method !== 'base-commit' ? [...changes].filter(([, b]) => b === null).map(([p]) => p) : [];
    const basePaths = [...new Set([...outcome.results.map((r) => renamedFrom.get(r.path) ?? r.path), ...removed])];
    const duplicateIds = new Set<string>();
    for (const d of diagnostics) {
      if (d.rule !== 'duplicate-artifact-id') continue;
      const id = byPath.get(d.file)?.data?.artifact_id;
      if (typeof id === 'string') duplicateIds.add(id);
    }
    const onBase = judgeBase({ config, schemas: await schemasFor(config), top: top!, base: problemBase, paths: basePaths, reportsOf: reportExperiments, duplicateIds });
    ({ added, existing, fixed } = matchProblems(onBase.diagnostics, diagnostics, renamedFrom));
    baseReports = onBase.reports;
  } else if (diagnostics.length > 0 && mode === 'all' && req.mode === 'all') {
    notes.push('no base to compare with (mode all), so every problem counts as new');
  }
  const newErrors = added.filter((d) => d.severity === 'error').length;
  const newWarnings = added.length - newErrors;

  // The metric gate: each changed report's metric against its baseline and the experiment's previous report on the base.
  const references = new Map<string, MetricReference[]>();
  const history = new Map<string, number[]>();
  const head: HeadMetric[] = [];
  for (const m of metrics) {
    const r = byPath.get(m.file);
    const at = r ? new YamlPositions(r.yaml, r.yamlStartLine).value(['metrics', m.metric]) : { line: 1 };
    head.push({ file: m.file, line: at.line, metric: m.metric, value: m.value, unit: m.unit });
    const refs: MetricReference[] = [];
    if (m.baseline !== null) refs.push({ kind: 'baseline', value: m.baseline, from: m.baselineFrom ?? 'declared' });
    const experiment = r?.placement.experimentDir ?? null;
    if (problemBase !== null && experiment !== null && baseReports.has(experiment)) {
      const rows = baseReports.get(experiment)!.flatMap(metricRows).filter((row) => row.metric_name === m.metric && row.metric_value !== null);
      rows.sort((a, b) => ((a.timestamp ?? '') < (b.timestamp ?? '') ? -1 : (a.timestamp ?? '') > (b.timestamp ?? '') ? 1 : a.file_path < b.file_path ? -1 : a.file_path > b.file_path ? 1 : 0));
      const last = rows.at(-1);
      if (last) refs.push({ kind: 'previous', value: last.metric_value!, from: last.file_path });
      history.set(metricKey(m.file, m.metric), [...rows.map((row) => row.metric_value!), ...(m.value !== null ? [m.value] : [])]);
    }
    references.set(metricKey(m.file, m.metric), refs);
  }
  const gate = metricGate(head, references, config);
  const gateOn = req.gate === true;

  const failReasons: string[] = [];
  if (req.failOn === 'new-errors' && newErrors > 0) failReasons.push(plural(newErrors, problemBase !== null ? 'new error' : 'error'));
  if (req.failOn === 'errors' && errors > 0) failReasons.push(plural(errors, 'error'));
  if (req.failOn === 'warnings' && errors + warnings > 0) failReasons.push(plural(errors + warnings, 'problem'));
  const worse = gate.filter((v) => v.outcome === 'fail').length;
  if (gateOn && gateFails(gate)) failReasons.push(`${plural(worse, 'metric')} worse beyond tolerance`);
  const failed = failReasons.length > 0;
  const experiments = [...new Set((outcome?.results ?? []).map((r) => r.placement.experimentDir).filter((e): e is string => e !== null))].sort();
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
    text: outcome ? outcome.text : () => undefined,
  };
}

/** An input's value among `choices` ('' = the default); anything else is a usage error naming them. */
function choice<T extends string>(value: string, choices: readonly T[], fallback: T, what: string): T {
  const v = value === '' ? fallback : value;
  if (!(choices as readonly string[]).includes(v)) throw new UsageError(`${what} must be one of ${choices.join(', ')} (found "${value}")`);
  return v as T;
}

export const parseMode = (value: string, what: string): CheckMode => choice(value, CHECK_MODES, 'changed', what);
export const parseFailOn = (value: string, what: string): FailOn => choice(FAIL_ON_ALIASES[value] ?? value, FAIL_ON, 'new-errors', what);

/** A yes/no input: true, false ('' = the default). */
export function parseBoolean(value: string, fallback: boolean, what: string): boolean {
  const v = value.toLowerCase();
  if (v === '') return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new UsageError(`${what} must be true or false (found "${value}")`);
}
