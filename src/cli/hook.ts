import { compareDiagnostics, type Diagnostic } from '../artifacts/diagnostic.ts';
import { readIndexFiles, stagedPaths } from '../discover/gitIndex.ts';
import { loadConfig } from '../config/loadConfig.ts';
import { EtkError, UsageError } from '../errors.ts';
import { syncIndex } from '../sync/syncIndex.ts';
import { classifyPath } from '../artifacts/layout.ts';
import { fixStaged } from '../authoring/fixStaged.ts';
import { renderFixes } from './validate.ts';
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

export const hookCommand: Command = {
  name: 'hook',
  summary: 'what the git hooks run (pre-commit, post-checkout, post-merge, post-rewrite)',
  help: HELP,
  skippable: true,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('hook', argv, { ...DB_OPTION, fix: { type: 'boolean' }, touch: { type: 'boolean' } });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const name = positionals[0] as HookName | undefined;
    if (name === undefined || !(HOOKS as readonly string[]).includes(name)) {
      throw new UsageError(`etk hook: ${name === undefined ? 'which hook?' : `unknown hook "${name}"`} (one of ${HOOKS.join(', ')})`, 'see etk hook --help');
    }
    const configFile = values.config !== undefined ? { configFile: values.config as string } : {};

    if (name !== 'pre-commit' && (values.fix || values.touch)) throw new UsageError(`etk hook ${name}: --fix and --touch are for pre-commit`);
    if (name === 'pre-commit') return preCommit(io, configFile, values.db, { fix: values.fix === true || values.touch === true, touch: values.touch === true });

    // post-checkout, post-merge, post-rewrite: git has already done its work; never fail it.
    try {
      const config = await loadConfig({ cwd: io.cwd, ...configFile, requireRoot: false });
      await syncIndex({ config, dbPath: dbPathFor(config, io.cwd, values.db), etkVersion: VERSION, source: 'worktree' });
    } catch (err) {
      const message = err instanceof EtkError ? err.message : (err as Error)?.message ?? String(err);
      io.stderr.write(`etk: warning: the index was not updated after ${name}: ${message}\n  fix: run etk sync to see and repair it\n`);
    }
    return 0;
  },
};

/**
 * The pre-commit check in one pass: sync the index from git's index inside a transaction (only the
 * files that differ from what the database holds are read), then judge the staged artifacts from
 * what was just written, cross-file findings included. Errors in staged files roll the transaction
 * back and block the commit; otherwise it commits, and the database records what is being committed.
 */
async function preCommit(io: CliIO, configFile: { configFile?: string }, dbFlag: unknown, fix: { fix: boolean; touch: boolean }): Promise<number> {
  const config = await loadConfig({ cwd: io.cwd, ...configFile, requireRoot: false });
  if (config.top === null) throw new UsageError('etk hook pre-commit runs inside a git repository', 'install it with etk init');
  const top = config.top;
  const staged = new Set(stagedPaths(top, [config.root === '' ? '.' : config.root]));
  if (fix.fix) {
    const { fixes, partial } = fixStaged(config, top, [...staged].filter((p) => classifyPath(p, config.root).kind !== 'ignored'), fix.touch);
    if (fixes.some((f) => f.changes.length > 0)) io.stderr.write(renderFixes(fixes).replace(/\n\n$/, ' (staged again)\n'));
    if (partial.length > 0) io.stderr.write(`etk: not fixed, partly staged (stage all of it, or fix it by hand): ${partial.join(', ')}\n`);
  }
  let diagnostics: Diagnostic[] = [];
  let checked = 0;
  const outcome = await syncIndex({
    config,
    dbPath: dbPathFor(config, io.cwd, dbFlag),
    etkVersion: VERSION,
    source: 'index',
    beforeCommit: (db) => {
      if (staged.size === 0) return true;
      const paths = [...staged];
      const rows = db.prepare(`SELECT file_path, line, "column", rule, severity, message, hint FROM file_diagnostics WHERE file_path IN (SELECT value FROM json_each(?)) ORDER BY file_path, line, "column", rule`).all(JSON.stringify(paths)) as { file_path: string; line: number; column: number; rule: string; severity: 'error' | 'warning'; message: string; hint: string | null }[];
      diagnostics = rows.map((r) => ({ file: r.file_path, line: r.line, column: r.column, rule: r.rule, severity: r.severity, message: r.message, ...(r.hint ? { hint: r.hint } : {}) }));
      checked = Number((db.prepare('SELECT COUNT(*) AS n FROM files WHERE path IN (SELECT value FROM json_each(?))').get(JSON.stringify(paths)) as { n: number }).n);
      return !diagnostics.some((d) => d.severity === 'error');
    },
  });
  if (diagnostics.length > 0) {
    diagnostics.sort(compareDiagnostics);
    const texts = new Map(readIndexFiles(top, [...new Set(diagnostics.map((d) => d.file))], config.maxFileSize).files.filter((f) => f.size === undefined).map((f) => [f.path, Buffer.from(f.bytes).toString('utf8').replace(/^\uFEFF/, '')]));
    const c = palette(useColor(io.stderr, io.env));
    const summary = summarize(diagnostics, checked);
    io.stderr.write(`${renderText(diagnostics, (p) => texts.get(p), c)}\n\n${summary.errors > 0 ? c.red(`✖ ${summaryLine(summary)}`) : c.yellow(`⚠ ${summaryLine(summary)}`)}\n`);
  }
  if (outcome.rolledBack) {
    io.stderr.write('etk: commit blocked; fix the problems above (or skip once with ETK_SKIP=1 git commit ...)\n');
    return 1;
  }
  return 0;
}
