import { relative, resolve } from 'node:path';
import { eventFromEnv } from '../action/ciEvent.ts';
import { gateFails, gateMessage, type MetricGateVerdict } from '../action/metricGate.ts';
import { runCheck } from '../action/runCheck.ts';
import { toleranceText } from '../action/tolerance.ts';
import { loadConfig } from '../config/loadConfig.ts';
import { UsageError } from '../errors.ts';
import { diffRevisions, mergeBaseWithDefault, type DiffSide } from '../history/diffRevisions.ts';
import { renderDiffMarkdown, renderDiffText } from '../history/renderDiff.ts';
import { writeOutputFile } from '../util/openOutputFile.ts';
import { parse } from './args.ts';
import { DB_OPTION, dbPathFor } from './dbOption.ts';
import type { CliIO, Command } from './io.ts';
import { currentIndex, SYNC_HELP, SYNC_OPTIONS } from './syncOption.ts';
import { VERSION } from './version.ts';

const HELP = `Usage: etk diff [<from> [<to>]] [options]
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

/** The gate's verdicts as lines (text) or a list (markdown), the decisive reference of each. */
export function renderGate(gate: readonly MetricGateVerdict[], markdown: boolean): string {
  const mark = (v: MetricGateVerdict) => (v.outcome === 'fail' ? '✖' : v.outcome === 'within tolerance' ? '⚠' : v.outcome === 'pass' ? '✔' : '·');
  const heading = gate.length === 0 ? 'Metric gate: no changed report has metrics' : `Metric gate: ${gateFails(gate) ? 'failed' : 'passed'}`;
  const lines = gate.map((v) => `${markdown ? '- ' : '  '}${mark(v)} ${markdown ? `\`${v.file}\`` : v.file}:${v.line}  ${gateMessage(v)}`);
  return markdown ? `\n### ${heading}\n\n${lines.join('\n')}${lines.length ? '\n' : ''}` : `\n${heading}\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
}

/** The two sides from the command line. */
export function diffSides(positionals: readonly string[], top: string, flag: string): { from: DiffSide; to: DiffSide } {
  if (positionals.length > 2) throw new UsageError(`etk diff takes at most two revisions (found ${positionals.length})`, 'etk diff <from> <to>, or etk diff <from>..<to>');
  if (positionals.length === 1 && positionals[0]!.includes('..')) {
    if (positionals[0]!.includes('...')) throw new UsageError(`etk diff: ${positionals[0]} (three dots) is not supported`, 'name the merge base yourself: etk diff $(git merge-base A B) B');
    const parts = positionals[0]!.split('..');
    if (parts.length > 2) throw new UsageError(`etk diff: ${positionals[0]} names more than two revisions`, 'etk diff <from>..<to>, e.g. etk diff v1.0..v2.0');
    const [a, b] = parts as [string, string];
    return { from: { rev: a === '' ? 'HEAD' : a }, to: { rev: b === '' ? 'HEAD' : b } };
  }
  if (positionals.some((p) => p === '')) throw new UsageError('etk diff: an empty revision', 'name a commit, tag or branch');
  if (positionals.length === 2) return { from: { rev: positionals[0]! }, to: { rev: positionals[1]! } };
  if (positionals.length === 1) return { from: { rev: positionals[0]! }, to: { worktree: true } };
  const base = mergeBaseWithDefault(top, flag);
  return { from: { rev: base.rev, label: base.label }, to: { worktree: true } };
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'what changed in meaning between two revisions: experiments, artifacts, metrics, tags, problems',
  help: HELP,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('diff', argv, { ...DB_OPTION, format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' }, gate: { type: 'boolean' }, ...SYNC_OPTIONS });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const format = (values.format as string | undefined) ?? 'text';
    if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`etk diff: --format must be text, json or markdown (found "${format}")`, 'e.g. etk diff v1.0 --format markdown');
    const config = await loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configFile: values.config as string } : {}) });
    if (config.top === null) throw new UsageError(`etk diff compares git revisions, and ${config.projectDir} is not inside a git repository`, 'run it inside your repository');
    const dbPath = dbPathFor(config, io.cwd, values.db);
    const { from, to } = diffSides(positionals, config.top, 'etk diff');
    if ('worktree' in to) await currentIndex('diff', values, config, dbPath, io);
    if (values.gate === true && !('worktree' in to)) throw new UsageError('etk diff --gate judges the work tree against <from>, as etk ci check --base <from> --gate does', 'check out the revision and run etk diff <from> --gate');
    const diff = await diffRevisions({ config, dbPath, etkVersion: VERSION, from, to, flag: 'etk diff', warn: (s) => io.stderr.write(`${s}\n`) });
    // The gate: the same call, and so the same verdict, as etk ci check --base <from> --gate.
    const gate = values.gate === true && 'rev' in from ? (await runCheck({ config, cwd: io.cwd, mode: 'changed', base: from.rev, event: eventFromEnv({}, () => {}), failOn: 'never', gate: true, fetch: false })).gate : null;
    const gateFailed = gate !== null && gateFails(gate);
    let text = format === 'json' ? `${JSON.stringify(gate === null ? diff : { ...diff, metricGate: gate.map((v) => ({ ...v, tolerance: toleranceText(v.tolerance) })), gateFailed }, null, 2)}\n` : format === 'markdown' ? renderDiffMarkdown(diff, config.metrics) : renderDiffText(diff, config.metrics);
    if (gate !== null && format !== 'json') text += renderGate(gate, format === 'markdown');
    const output = values.output as string | undefined;
    if (output !== undefined) {
      if (output === '') throw new UsageError('etk diff: --output needs a file name', 'e.g. --output changes.md');
      writeOutputFile(resolve(io.cwd, output), text);
      io.stderr.write(`etk diff: wrote ${relative(io.cwd, resolve(io.cwd, output)) || output} (${format})\n`);
    } else io.stdout.write(text);
    return gateFailed ? 1 : 0;
  },
};
