import { loadConfig, DEFAULTS } from '../config/loadConfig.ts';
import { UsageError } from '../errors.ts';
import { repoTop } from '../git/execGit.ts';
import { applyInit, inspectRepo, planInit, type InitMode } from '../init/initRepo.ts';
import { HOOK_FILES, lintStagedEntry } from '../init/templates.ts';
import { syncIndex } from '../sync/syncIndex.ts';
import { choiceOption, parse } from './args.ts';
import type { CliIO, Command } from './io.ts';
import { VERSION } from './version.ts';

const HELP = `Usage: etk init [options]

Sets up a repository so every commit is validated and the index kept in sync, and prints every
change it makes. Safe to run again: it only adds what is missing, and merges into an existing
package.json, lint-staged config and hook files instead of replacing them.

  - installs husky (and lint-staged) as devDependencies when missing (npm install --save-dev)
  - package.json "prepare": "husky", so a fresh clone gets the hooks on npm install
  - .husky/pre-commit: ${HOOK_FILES['pre-commit'].trim()} (with --mode direct: ${HOOK_FILES['pre-commit.direct'].trim()})
  - .husky/post-checkout, post-merge, post-rewrite: ${HOOK_FILES['post-checkout'].trim().replace('post-checkout', '<name>')}, to resync after git changes files
  - lint-staged (package.json): "<root>/**/*.md": "${lintStagedEntry('<root>')[1]}" (validates the staged
    artifacts and updates the index in one pass)
  - etk.config.json with the root and database; .gitignore: the database, and node_modules/ when
    etk init installs packages; then etk sync

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

export const initCommand: Command = {
  name: 'init',
  summary: 'set up hooks (husky + lint-staged), config and the index in a repository',
  help: HELP,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values } = parse('init', argv, {
      root: { type: 'string' },
      db: { type: 'string' },
      mode: { type: 'string' },
      'no-install': { type: 'boolean' },
      'no-sync': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
    });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const mode = choiceOption<InitMode>('init', 'mode', values.mode as string | undefined, ['lint-staged', 'direct'], 'lint-staged');
    const top = repoTop(io.cwd);
    if (top === null) throw new UsageError(`etk init: ${io.cwd} is not inside a git repository, so there are no hooks to set up; nothing was changed`, 'run git init (or cd into your repository), then etk init');
    const clean = (p: string | undefined, fallback: string) => (p ?? fallback).replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    const root = clean(values.root as string | undefined, DEFAULTS.root);
    const database = clean(values.db as string | undefined, DEFAULTS.database);
    if (root.startsWith('/') || root.startsWith('..') || database.startsWith('/') || database.startsWith('..')) {
      throw new UsageError('etk init: --root and --db must be paths inside the repository, relative to its top');
    }
    const options = { top, root, database, mode, install: values['no-install'] !== true };
    const changes = planInit(inspectRepo(top, database), options).filter((c) => !(c.kind === 'sync' && values['no-sync']));
    if (values['dry-run']) {
      io.stdout.write(`etk init would, in ${top}:\n`);
      for (const c of changes) io.stdout.write(`${c.kind === 'advice' ? '  !' : '  -'} ${c.what}\n`);
      io.stdout.write('nothing was changed (--dry-run)\n');
      return 0;
    }
    const { syncRequested } = applyInit(changes, options, (line) => io.stdout.write(`${line}\n`));
    if (syncRequested) {
      const config = await loadConfig({ cwd: top, requireRoot: false });
      const o = await syncIndex({ config, dbPath: config.databaseAbs, etkVersion: VERSION, source: 'worktree' });
      io.stdout.write(`✔ built the index ${database}: ${o.files} file${o.files === 1 ? '' : 's'}${o.errors + o.warnings > 0 ? `, ${o.errors} errors and ${o.warnings} warnings recorded (etk validate shows them)` : ''}\n`);
    }
    const done = changes.filter((c) => c.kind !== 'advice' && c.kind !== 'sync').length;
    io.stdout.write(done === 0 ? 'etk init: everything was already set up\n' : 'etk init: done. Every commit is now validated, and the index follows commits, checkouts, merges and rebases.\n');
    return 0;
  },
};
