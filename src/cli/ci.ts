import { relative, resolve } from 'node:path';
import { eventFromEnv } from '../action/ciEvent.ts';
import { checkAnnotations } from '../action/checkAnnotations.ts';
import { gateMessage, metricKey } from '../action/metricGate.ts';
import { headline, mark, renderCheckSummary } from '../action/renderCheckSummary.ts';
import { toleranceText } from '../action/tolerance.ts';
import { fingerprints } from '../artifacts/fingerprint.ts';
import { plural } from '../util/plural.ts';
import { renderSarif } from './render/renderSarif.ts';
import { renderIndexSummary } from '../action/renderIndexSummary.ts';
import { CHECK_MODES, FAIL_ON, FAIL_ON_ALIASES, runCheck, type CheckResult } from '../action/runCheck.ts';
import { runIndex } from '../action/runIndex.ts';
import { loadConfig } from '../config/loadConfig.ts';
import { UsageError } from '../errors.ts';
import { choiceOption, parse } from './args.ts';
import type { CliIO, Command } from './io.ts';
import { palette, useColor } from './render/colors.ts';
import { renderText } from './render/renderDiagnostics.ts';
import { VERSION } from './version.ts';
import { writeOutputFile } from '../util/openOutputFile.ts';
import { terminalSafe } from '../util/terminalSafe.ts';

const HELP = `Usage: etk ci check [options]
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

function writeSummary(cwd: string, file: unknown, markdown: string): void {
  if (typeof file !== 'string' || file === '') return;
  writeOutputFile(resolve(cwd, file), markdown);
}

function checkJson(r: CheckResult): string {
  const isNew = new Set(r.added);
  const ids = fingerprints(r.diagnostics, r.renamedFrom);
  return JSON.stringify({
    mode: r.mode,
    method: r.resolution?.method ?? (r.mode === 'all' ? 'all' : null),
    base: r.resolution?.base ?? null,
    notes: [...(r.resolution && r.resolution.changes !== null ? [r.resolution.note] : []), ...r.notes],
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
    metricGate: r.gate.map((v) => ({ ...v, tolerance: toleranceText(v.tolerance), history: r.history.get(metricKey(v.file, v.metric)) ?? [] })),
  }, null, 2);
}

export const ciCommand: Command = {
  name: 'ci',
  summary: 'CI jobs: check a change (ci check), rebuild and publish the index (ci index)',
  help: HELP,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('ci', argv, {
      base: { type: 'string' },
      mode: { type: 'string' },
      'fail-on': { type: 'string' },
      gate: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      summary: { type: 'string' },
      'no-fetch': { type: 'boolean' },
      out: { type: 'string' },
      'previous-db': { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const sub = positionals[0];
    if (sub !== 'check' && sub !== 'index') {
      throw new UsageError(sub === undefined ? 'etk ci needs a subcommand: check or index' : `etk ci: unknown subcommand "${sub}"`, 'see etk ci --help');
    }
    if (positionals.length > 1) throw new UsageError(`etk ci ${sub} takes no paths (found "${positionals.slice(1).join(' ')}")`, 'see etk ci --help');
    const only = (names: string[], what: string) => {
      for (const n of names) if (values[n as keyof typeof values] !== undefined) throw new UsageError(`etk ci ${sub}: --${n} is an option of etk ci ${what}`, 'see etk ci --help');
    };
    const config = await loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configFile: values.config as string } : {}) });
    const err = palette(useColor(io.stderr, io.env));

    if (sub === 'index') {
      only(['base', 'mode', 'fail-on', 'gate', 'format', 'no-fetch'], 'check');
      if (typeof values.out !== 'string' || values.out === '') throw new UsageError('etk ci index needs --out DIR', 'for example: etk ci index --out etk-out');
      const r = await runIndex({
        config,
        etkVersion: VERSION,
        cwd: io.cwd,
        outDir: values.out,
        ...(typeof values['previous-db'] === 'string' ? { previousDb: values['previous-db'] } : {}),
      });
      for (const n of r.notes) io.stderr.write(`${err.dim('note')}  ${terminalSafe(n)}\n`);
      const shown = (p: string) => relative(io.cwd, p) || p;
      io.stdout.write(`✔ ${shown(r.dbPath)}: ${r.counts.artifacts} artifacts in ${r.counts.experiments} experiments (${r.sync.rebuild ? `rebuilt: ${r.sync.rebuild}` : `${r.sync.added} added, ${r.sync.changed} changed, ${r.sync.removed} removed`}, ${r.sync.ms} ms)\n`);
      for (const q of r.queries) io.stdout.write(`  ${q.name}: ${q.rows} rows -> ${shown(q.json)}, ${shown(q.csv)}\n`);
      io.stdout.write(`  report -> ${shown(r.reportPath)}\n`);
      writeSummary(io.cwd, values.summary, renderIndexSummary(r, { cwd: io.cwd }));
      return 0;
    }

    only(['out', 'previous-db'], 'index');
    const mode = choiceOption('ci check', 'mode', values.mode as string | undefined, CHECK_MODES, 'changed');
    const failOnValue = values['fail-on'] as string | undefined;
    const failOn = choiceOption('ci check', 'fail-on', failOnValue === undefined ? undefined : (FAIL_ON_ALIASES[failOnValue] ?? failOnValue), FAIL_ON, 'new-errors');
    const format = choiceOption('ci check', 'format', values.format as string | undefined, ['text', 'json', 'github', 'sarif'] as const, 'text');
    const event = eventFromEnv(io.env, (m) => io.stderr.write(`${err.yellow('warning')} ${m}\n`));
    const r = await runCheck({ config, cwd: io.cwd, mode, base: values.base as string | undefined, event, failOn, gate: values.gate === true, fetch: values['no-fetch'] !== true });

    if (format === 'text' || format === 'github') {
      if (r.resolution && r.resolution.changes !== null) io.stderr.write(`${err.dim('note')}  ${terminalSafe(r.resolution.note)}\n`);
      for (const n of r.notes) io.stderr.write(`${err.dim('note')}  ${terminalSafe(n)}\n`);
      for (const n of r.validateNotes) io.stderr.write(`${n.level === 'error' ? err.red('error') : err.dim('note ')} ${terminalSafe(n.path)}: ${terminalSafe(n.message)}\n`);
    }
    if (format === 'json') io.stdout.write(`${checkJson(r)}\n`);
    else if (format === 'sarif') {
      const isNew = new Set(r.added);
      io.stdout.write(`${renderSarif(r.diagnostics, { version: VERSION, renamedFrom: r.renamedFrom, ...(r.problemBase !== null ? { isNew: (d) => isNew.has(d) } : {}) })}\n`);
    } else if (format === 'github') {
      const annotations = checkAnnotations(r);
      if (annotations.length > 0) io.stdout.write(`${annotations.join('\n')}\n`);
      io.stdout.write(`etk: ${headline(r)}\n`);
    } else {
      const c = palette(useColor(io.stdout, io.env));
      if (r.added.length > 0) io.stdout.write(`${renderText(r.added, r.text, c, true)}\n\n`);
      if (r.existing.length > 0) io.stdout.write(`${c.dim(`${plural(r.existing.length, 'problem')} ${r.existing.length === 1 ? 'was' : 'were'} already there (on the base ${r.problemBase!.slice(0, 12)}):`)}\n${renderText(r.existing, r.text, c, false)}\n\n`);
      if (r.fixed.length > 0) io.stdout.write(`${c.green(`${plural(r.fixed.length, 'problem')} fixed:`)}\n${r.fixed.map((d) => `  ${terminalSafe(d.file)}  ${d.rule}  ${terminalSafe(d.message)}`).join('\n')}\n\n`);
      for (const v of r.gateOn ? r.gate : []) {
        if (v.outcome === 'no reference') continue;
        const line = `${terminalSafe(v.file)}:${v.line}  ${terminalSafe(gateMessage(v))}`;
        io.stdout.write(`${v.outcome === 'fail' ? (r.gateOn ? c.red(`✖ ${line}`) : c.yellow(`⚠ ${line}`)) : v.outcome === 'within tolerance' ? c.yellow(`≈ ${line}`) : c.green(`✔ ${line}`)}\n`);
      }
      const line = `${headline(r)}${r.failed ? ` (failed: ${r.failReasons.join('; ')})` : ''}`;
      const m = mark(r);
      io.stdout.write(`${m === '✖' ? c.red(`✖ ${line}`) : m === '⚠' ? c.yellow(`⚠ ${line}`) : c.green(`✔ ${line}`)}\n`);
    }
    writeSummary(io.cwd, values.summary, renderCheckSummary(r, { annotated: format === 'github' }));
    // Machine formats keep stdout for the data: why it failed goes to stderr, in one line.
    if ((format === 'json' || format === 'sarif') && r.failed) io.stderr.write(`etk ci check: failed: ${r.failReasons.join('; ')}${format === 'sarif' && r.gateOn ? ' (SARIF holds the problems; --format text, github or --summary show the metric gate)' : ''}\n`);
    return r.failed ? 1 : 0;
  },
};
