import { validateRepo } from '../artifacts/validateRepo.ts';
import { loadConfig } from '../config/loadConfig.ts';
import { EtkError, UsageError } from '../errors.ts';
import { syncIndex } from '../sync/syncIndex.ts';
import { parse } from './args.ts';
import { DB_OPTION, dbPathFor } from './dbOption.ts';
import type { CliIO, Command } from './io.ts';
import { palette, useColor } from './render/colors.ts';
import { renderText, summarize, summaryLine } from './render/renderDiagnostics.ts';
import { VERSION } from './version.ts';

const HOOKS = ['pre-commit', 'post-checkout', 'post-merge', 'post-rewrite', 'resync'] as const;
type HookName = (typeof HOOKS)[number];

const HELP = `Usage: etk hook <${HOOKS.join('|')}> [git's hook arguments]

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

export const hookCommand: Command = {
  name: 'hook',
  summary: 'what the git hooks run (pre-commit, post-checkout, post-merge, post-rewrite)',
  help: HELP,
  skippable: true,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('hook', argv, { ...DB_OPTION });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const name = positionals[0] as HookName | undefined;
    if (name === undefined || !(HOOKS as readonly string[]).includes(name)) {
      throw new UsageError(`etk hook: ${name === undefined ? 'which hook?' : `unknown hook "${name}"`} (one of ${HOOKS.join(', ')})`, 'see etk hook --help');
    }
    const configFile = values.config !== undefined ? { configFile: values.config as string } : {};

    if (name === 'pre-commit') {
      const config = await loadConfig({ cwd: io.cwd, ...configFile });
      const outcome = await validateRepo({ config, cwd: io.cwd, paths: [], staged: true });
      const summary = summarize(outcome.diagnostics, outcome.checked);
      if (outcome.diagnostics.length > 0) {
        const c = palette(useColor(io.stderr, io.env));
        io.stderr.write(`${renderText(outcome.diagnostics, outcome.text, c)}\n\n${summary.errors > 0 ? c.red(`✖ ${summaryLine(summary)}`) : c.yellow(`⚠ ${summaryLine(summary)}`)}\n`);
      }
      for (const note of outcome.notes) if (note.level === 'error') io.stderr.write(`etk: ${note.path}: ${note.message}\n`);
      if (summary.errors > 0 || outcome.notes.some((n) => n.level === 'error')) {
        io.stderr.write('etk: commit blocked; fix the problems above (or skip once with ETK_SKIP=1 git commit ...)\n');
        return 1;
      }
      await syncIndex({ config, dbPath: dbPathFor(config, io.cwd, values.db), etkVersion: VERSION, source: 'index' });
      return 0;
    }

    // post-checkout, post-merge, post-rewrite: git has already done its work; never fail it.
    try {
      const config = await loadConfig({ cwd: io.cwd, ...configFile });
      await syncIndex({ config, dbPath: dbPathFor(config, io.cwd, values.db), etkVersion: VERSION, source: 'worktree' });
    } catch (err) {
      const message = err instanceof EtkError ? err.message : (err as Error)?.message ?? String(err);
      io.stderr.write(`etk: warning: the index was not updated after ${name}: ${message}\n  fix: run etk sync to see and repair it\n`);
    }
    return 0;
  },
};
