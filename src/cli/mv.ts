import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { applyMove, prepareMove, type PreparedMove } from '../authoring/moveExperiment.ts';
import { loadConfig } from '../config/loadConfig.ts';
import { UsageError } from '../errors.ts';
import { syncIndex } from '../sync/syncIndex.ts';
import { plural } from '../util/plural.ts';
import { terminalSafe } from '../util/terminalSafe.ts';
import { parse } from './args.ts';
import { DB_OPTION, dbPathFor } from './dbOption.ts';
import type { CliIO, Command } from './io.ts';
import { VERSION } from './version.ts';

const HELP = `Usage: etk mv <experiment> <new-name-or-id> [options]

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

/** The plan as lines: the folder, then each rewritten file with its lines before and after. */
function describe(move: PreparedMove, dryRun: boolean): string[] {
  const lines = [`${dryRun ? 'would move' : '✔ moved'} ${move.from}/ -> ${move.to}/ (${move.method})`];
  for (const r of move.rewrites) {
    lines.push(`  ${terminalSafe(dryRun ? r.path : r.newPath)}`);
    const width = Math.max(...r.changes.map((c) => String(c.line).length));
    for (const c of r.changes) {
      lines.push(`    ${String(c.line).padStart(width)}  - ${terminalSafe(c.before)}`, `    ${' '.repeat(width)}  + ${terminalSafe(c.after)}`);
    }
  }
  const verb = dryRun ? 'would rewrite' : 'rewrote';
  lines.push(`${dryRun ? '' : '✔ '}${verb} ${plural(move.rewrites.length, 'file')} (${plural(move.rewrites.reduce((n, r) => n + r.changes.length, 0), 'line')})${dryRun ? '; nothing written' : move.method === 'git mv' ? '; staged: review with git diff --staged, then commit' : ''}`);
  for (const m of move.mentions) lines.push(`note  ${terminalSafe(m.path)} names ${move.oldId}: ${m.why}`);
  return lines;
}

export const mvCommand: Command = {
  name: 'mv',
  summary: "rename an experiment: its folder, every experiment_id and the baselines that name it",
  help: HELP,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('mv', argv, { ...DB_OPTION, 'dry-run': { type: 'boolean' } });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (positionals.length !== 2) {
      throw new UsageError(`etk mv takes two arguments, the experiment and its new name or id (found ${positionals.length})`, 'e.g. etk mv 20251008_101500_image_enhancements image_pipeline');
    }
    const config = await loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configFile: values.config as string } : {}) });
    const move = prepareMove(config, positionals[0]!, positionals[1]!);
    const dryRun = values['dry-run'] === true;
    if (!dryRun) applyMove(move);
    io.stdout.write(`${describe(move, dryRun).join('\n')}\n`);
    if (dryRun) return 0;
    const dbPath = dbPathFor(config, io.cwd, values.db);
    const shownDb = relative(io.cwd, dbPath) || dbPath;
    if (!existsSync(dbPath)) {
      io.stdout.write(`no index at ${shownDb} yet: etk sync builds it\n`);
      return 0;
    }
    try {
      const o = await syncIndex({ config, dbPath, etkVersion: VERSION, source: 'worktree' });
      io.stdout.write(`✔ ${shownDb} updated (${plural(o.files, 'file')})\n`);
    } catch (err) {
      io.stderr.write(`etk: warning: the experiment was moved, but ${shownDb} could not be updated: ${(err as Error).message}\n  fix: run etk sync\n`);
    }
    return 0;
  },
};
