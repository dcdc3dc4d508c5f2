import { compareDiagnostics, type Diagnostic } from '../artifacts/diagnostic.ts';
import { readIndexFiles, stagedChanges, stagedPaths } from '../discover/gitIndex.ts';
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
import { crossFindings, newCrossFindings } from '../sync/crossFindings.ts';
import { ensureCurrent } from '../sync/ensureCurrent.ts';

const HOOKS = ['pre-commit', 'summary', 'post-commit', 'post-checkout', 'post-merge', 'post-rewrite', 'resync'] as const;
type HookName = (typeof HOOKS)[number];

const HELP = `Usage: etk hook <${HOOKS.join('|')}> [git's hook arguments]

What etk's git hooks run (etk init installs them; a hook file is one line).

  pre-commit      validate the staged artifacts (the index, so a partially staged file is judged
                  by its staged text) and, when they pass, update the index from them: one process,
                  for teams without lint-staged. Exit 1 blocks the commit. Deletions and renames
                  are recorded too; problems they leave in other files are shown (not blocking).
                  Always ends with one summary line.
  summary         the same, without --fix, run by .husky/pre-commit after lint-staged: lint-staged
                  passes no deleted paths (a delete-only commit never runs its task) and hides
                  the output of a task that succeeds, so this shows the commit's warnings
  post-commit     after a commit the pre-commit hook did not see (git revert, cherry-pick,
                  --no-verify): check the work tree against the index, sync only what differs
  post-checkout   after git changed the work tree: the same check, then sync what differs. These
  post-merge      never fail the git command: a problem is printed as a warning (etk sync shows it).
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
    if (name === 'summary') return preCommit(io, configFile, values.db, { fix: false, touch: false });
    if (name === 'pre-commit') return preCommit(io, configFile, values.db, { fix: values.fix === true || values.touch === true, touch: values.touch === true });

    // post-checkout, post-merge, post-rewrite: git has already done its work; never fail it.
    try {
      const config = await loadConfig({ cwd: io.cwd, ...configFile, requireRoot: false });
      const dbPath = dbPathFor(config, io.cwd, values.db);
      // Look first (one git status, as every answering command does), write only when something
      // differs: after a commit through the pre-commit hook the index is usually current already.
      await ensureCurrent({ command: `hook ${name}`, config, dbPath, explicitDb: false, etkVersion: VERSION, cwd: io.cwd, stderr: io.stderr });
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
  let elsewhere: Diagnostic[] = [];
  let checked = 0;
  const dbPath = dbPathFor(config, io.cwd, dbFlag);
  const crossBefore = crossFindings(dbPath);
  const outcome = await syncIndex({
    config,
    dbPath,
    etkVersion: VERSION,
    source: 'index',
    beforeCommit: (db) => {
      // What this commit does to other files (a baseline left dangling by a deletion or a rename): shown, not blocking.
      if (crossBefore !== null) elsewhere = newCrossFindings(db, crossBefore).filter((d) => !staged.has(d.file));
      if (staged.size === 0) return true;
      const paths = [...staged];
      const rows = db.prepare(`SELECT file_path, line, "column", rule, severity, message, hint FROM file_diagnostics WHERE file_path IN (SELECT value FROM json_each(?)) ORDER BY file_path, line, "column", rule`).all(JSON.stringify(paths)) as { file_path: string; line: number; column: number; rule: string; severity: 'error' | 'warning'; message: string; hint: string | null }[];
      diagnostics = rows.map((r) => ({ file: r.file_path, line: r.line, column: r.column, rule: r.rule, severity: r.severity, message: r.message, ...(r.hint ? { hint: r.hint } : {}) }));
      checked = Number((db.prepare('SELECT COUNT(*) AS n FROM files WHERE path IN (SELECT value FROM json_each(?))').get(JSON.stringify(paths)) as { n: number }).n);
      return !diagnostics.some((d) => d.severity === 'error');
    },
  });
  const c = palette(useColor(io.stderr, io.env));
  const shown = [...diagnostics, ...elsewhere];
  const texts = shown.length === 0 ? new Map<string, string>() : new Map(readIndexFiles(top, [...new Set(shown.map((d) => d.file))], config.maxFileSize).files.filter((f) => f.size === undefined).map((f) => [f.path, Buffer.from(f.bytes).toString('utf8').replace(/^\uFEFF/, '')]));
  if (diagnostics.length > 0) {
    diagnostics.sort(compareDiagnostics);
    io.stderr.write(`${renderText(diagnostics, (p) => texts.get(p), c)}\n\n`);
  }
  if (elsewhere.length > 0) {
    elsewhere.sort(compareDiagnostics);
    io.stderr.write(`etk: this commit leaves ${elsewhere.length === 1 ? 'a problem' : 'problems'} in files it does not touch (not blocking; etk validate shows them):\n${renderText(elsewhere, (p) => texts.get(p), c)}\n\n`);
  }
  const summary = summarize(diagnostics, checked);
  // What this commit brings to the index (the same whether this run or lint-staged's synced it).
  const counts = { A: 0, M: 0, D: 0 };
  if (!outcome.rolledBack) for (const [p, s] of stagedChanges(top, [config.root === '' ? '.' : config.root])) if (classifyPath(p, config.root).kind !== 'ignored') counts[s]++;
  const index = outcome.rolledBack ? '' : `; index: ${counts.A} added, ${counts.M} changed, ${counts.D} removed by this commit`;
  const also = elsewhere.length > 0 ? `, ${elsewhere.length} in other files` : '';
  const line = `etk: ${summaryLine(summary).replace(/files? checked/, (w) => `staged ${w}`)}${also}${index}`;
  io.stderr.write(`${summary.errors > 0 ? c.red(`✖ ${line}`) : summary.warnings > 0 || elsewhere.length > 0 ? c.yellow(`⚠ ${line}`) : c.green(`✔ ${line}`)}\n`);
  if (outcome.rolledBack) {
    io.stderr.write('etk: commit blocked; fix the problems above (or skip once with ETK_SKIP=1 git commit ...)\n');
    return 1;
  }
  return 0;
}
