#!/usr/bin/env node
// etk benchmarks: median wall time and peak memory of whole CLI runs, side by side with a baseline.
//
//   npm run bench                               # work tree vs HEAD, 7 runs per case
//   npm run bench -- --baseline <commit>        # vs any commit (its committed dist/ runs as is)
//   npm run bench -- --only validate --runs 11  # one group: validate | rebuild | incremental | authoring | hooks | report | actions | query | freshness | history
//   npm run bench -- --incremental-sizes 1000,10000,50000 --peers --json bench/out/results.json
//
// Groups (each case spawns whole processes; runs are interleaved so machine noise hits all sides):
// - validate: `node -e 0` (the floor), `etk --version`, the hook cases (`etk validate --staged` with
//   one staged file, `etk validate <one file>`) and `etk validate` of the whole corpus;
// - rebuild: `etk sync` into a new database vs bench/baseline-rebuild.mjs (the same work done by one
//   plain script: read, gray-matter + js-yaml, Ajv, node:sqlite with FTS5 in one transaction), and
//   with --peers MarkdownDB (bench/peers, `npm install` there first) once on the largest corpus;
// - incremental: `etk sync` after a one-file commit, per corpus size (near-constant is the goal);
// - authoring: `etk new report` (the experiment chosen from tracking.db) and `etk new experiment` in a
//   clone of the corpus; `etk validate --fix` on the clean corpus and on one with 5% seeded defects
//   (restored before every run), each against `etk validate` of the same corpus;
// - hooks: `git commit` of a one-file change in the largest corpus with (a) no hook, (b) husky and a
//   no-op lint-staged task, (c) etk through lint-staged (etk init), (d) etk's direct mode, (e) husky
//   running a no-op Node script. etk comes from `npm pack` of the work tree, husky and lint-staged
//   from the registry (installed once under bench/out/hooks-modules).
// - report: `etk dashboard --report` per corpus size (wall time; the file's size), and the page in
//   headless Chromium (playwright-core; Chromium from $CHROMIUM_PATH or PATH): first contentful
//   paint and DOMContentLoaded (the page's script has filled the tables) of a fresh page.
// - actions: the built GitHub Actions on a simulated runner (INPUT_*, GITHUB_* variables and files),
//   on the largest corpus: actions/check on a one-file pull request (GitHub's merge commit, full
//   clone) vs `etk validate <that file>`, actions/check with mode all vs `etk validate`, and
//   actions/index (upload false) rebuilding from nothing vs `etk sync --rev HEAD` into a new database,
//   and from the previous database after a one-file commit vs `etk sync --rev HEAD` on it.
// - query (and freshness alone): on the largest corpus, (a) in-process (bench/query-inprocess.mjs under tsx: the library
//   calls of each predefined listing with default options, a --where over metrics and tags, compare
//   of 3 experiments, every built-in named query, a search for a common and a rare word; the index
//   opened once, median of max(--runs, 21) calls each; goal < 10 ms), and (b) the same as whole CLI
//   runs (`etk query ...`, `etk search ...`, JSON to a pipe) against the floor `node -e 0` (goal:
//   within 4x), with the baseline when it has the command (else n/a); (c) the freshness check every
//   answering command makes first: `etk query artifacts --count` on an up-to-date index with it and
//   with --no-sync, beside `git status` in the same repository (goal: the check costs no more).
// - history: in a clone of the largest corpus with 220 more commits, `etk query artifacts --count
//   --as-of` a commit 20 back (cold: no snapshot cached; and cached) against the same query without
//   it (goal: at most 3x), `etk diff` across those 20 commits, and `etk blame` of a file with 200
//   revisions (goal: under 1 s).
// Corpora come from bench/gen-corpus.mjs (seeded) in throwaway git repositories under bench/out/.
// Nothing is asserted: the numbers are for reading.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './gen-corpus.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(REPO, 'bench', 'out');

const { values } = parseArgs({
  options: {
    baseline: { type: 'string', default: 'HEAD' },
    runs: { type: 'string', default: '7' },
    sizes: { type: 'string', default: '1000,10000' },
    'incremental-sizes': { type: 'string' },
    only: { type: 'string' },
    peers: { type: 'boolean', default: false },
    seed: { type: 'string', default: '42' },
    json: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
const SIZES = values.sizes.split(',').map(Number);
const INCREMENTAL = (values['incremental-sizes'] ?? values.sizes).split(',').map(Number);
const want = (group) => values.only === undefined || values.only.split(',').includes(group);

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@etk.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@etk.invalid' };
const git = (args, cwd = REPO) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: GIT_ENV, maxBuffer: 1 << 30 }).trim();
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** The baseline's bin/ and dist/ as committed at the ref (dist/ is committed, so no build is needed). */
function checkoutBaseline(ref) {
  const sha = git(['rev-parse', '--short', ref]);
  const dir = join(OUT, `baseline-${sha}`);
  if (!existsSync(join(dir, 'bin', 'etk.js'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', '--format=tar', sha, 'bin', 'dist', 'package.json'], { cwd: REPO, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  return { label: `baseline ${sha}`, bin: join(dir, 'bin', 'etk.js') };
}

/** A committed corpus repository of `size` artifacts, reused across runs when the parameters match. */
function corpus(size) {
  const dir = join(OUT, `corpus-${size}-seed${values.seed}`);
  const stamp = join(dir, '.bench-stamp');
  const key = JSON.stringify({ size, seed: values.seed, generator: readFileSync(join(REPO, 'bench', 'gen-corpus.mjs'), 'utf8').length });
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== key) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`generating a ${size}-artifact corpus…\n`);
    generateCorpus({ artifacts: size, seed: Number(values.seed), out: dir });
    writeFileSync(join(dir, '.gitignore'), 'data/\n.bench-*\n');
    for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-qm', 'corpus', '--no-verify']]) git(args, dir);
    writeFileSync(stamp, key);
  }
  // As in a repository set up with etk init: the index exists (validate reads the rest of the
  // repository from it). Built by the current etk; an older baseline may ignore it.
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  execFileSync(process.execPath, [join(REPO, 'bin', 'etk.js'), 'sync', '--quiet'], { cwd: dir, stdio: 'ignore' });
  git(['reset', '-q', '--hard', 'HEAD'], dir);
  const files = git(['ls-files', '--', 'experiment_manager/experiments/*/.metadata/*'], dir).split('\n');
  return { dir, size, files, one: files[Math.floor(files.length / 2)] };
}

/** Appends a line to a file (a real content change every time). */
function touch(dir, file, tag) {
  const path = join(dir, file);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\n${tag} ${process.hrtime.bigint()}\n`);
}

/** One run: wall ms and peak RSS (KB) of the whole process. */
function measure(cmd, args, cwd, env = process.env) {
  const start = process.hrtime.bigint();
  const r = TIME ? spawnSync(TIME, ['-f', '%M', cmd, ...args], { cwd, encoding: 'utf8', env, maxBuffer: 1 << 30 }) : spawnSync(cmd, args, { cwd, encoding: 'utf8', env, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rss = TIME ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const node = process.execPath;
const current = { label: 'current', bin: join(REPO, 'bin', 'etk.js') };
const baseline = checkoutBaseline(values.baseline);
const FLOOR = { label: 'node -e 0' };
const PLAIN = { label: 'plain script' };

/**
 * A case: sides to compare, the command for a side, and an optional setup run before every
 * measured run (not timed). `runs` overrides the run count (slow peers).
 */
const cases = [];
if (want('validate') || want('incremental') || want('authoring') || want('query')) cases.push({ group: 'all', name: 'floor: node -e 0', sides: [FLOOR], cmd: () => ['-e', '0'], cwd: REPO });
if (want('validate')) {
  cases.push({ group: 'validate', name: 'etk --version (start-up)', sides: [current, baseline], cmd: (s) => [s.bin, '--version'], cwd: REPO });
  for (const size of SIZES) {
    const c = corpus(size);
    const staged = () => {
      git(['reset', '-q', '--hard', 'HEAD'], c.dir);
      touch(c.dir, c.one, 'staged');
      git(['add', '--', c.one], c.dir);
    };
    cases.push({ group: 'validate', name: `validate --staged, 1 file of ${size}`, sides: [current, baseline], setup: staged, cmd: (s) => [s.bin, 'validate', '--staged'], cwd: c.dir });
    cases.push({ group: 'validate', name: `validate 1 file of ${size}`, sides: [current, baseline], cmd: (s) => [s.bin, 'validate', c.one], cwd: c.dir });
    cases.push({ group: 'validate', name: `validate all ${size}`, sides: [current, baseline], cmd: (s) => [s.bin, 'validate', '--quiet'], cwd: c.dir });
  }
}
if (want('rebuild')) {
  for (const size of SIZES) {
    const c = corpus(size);
    const db = join(OUT, `rebuild-${size}.db`);
    const fresh = () => {
      for (const s of ['', '-wal', '-shm', '-journal']) rmSync(`${db}${s}`, { force: true });
    };
    cases.push({
      group: 'rebuild',
      name: `full rebuild, ${size} artifacts`,
      sides: [current, baseline, PLAIN],
      setup: fresh,
      cmd: (s) => (s === PLAIN ? [join(REPO, 'bench', 'baseline-rebuild.mjs'), c.dir, db] : [s.bin, 'sync', '--db', db]),
      cwd: c.dir,
      ratioTo: PLAIN.label,
    });
  }
  const mddb = join(REPO, 'bench', 'peers', 'node_modules', 'mddb');
  if (values.peers && existsSync(mddb)) {
    const size = Math.max(...SIZES);
    const c = corpus(size);
    const db = join(OUT, `mddb-${size}.db`);
    cases.push({ group: 'rebuild', name: `MarkdownDB (mddb) index, ${size} artifacts`, sides: [{ label: 'mddb' }], runs: 1, cmd: () => [join(REPO, 'bench', 'peers', 'run-mddb.mjs'), c.dir, db], cwd: c.dir });
  }
}
if (want('incremental')) {
  for (const size of INCREMENTAL) {
    const c = corpus(size);
    const db = join(OUT, `incremental-${size}.db`);
    for (const s of ['', '-wal', '-shm']) rmSync(`${db}${s}`, { force: true });
    execFileSync(node, [current.bin, 'sync', '--db', db], { cwd: c.dir, stdio: 'ignore' });
    let n = 0;
    const commitOne = () => {
      const file = c.files[(n++ * 7919) % c.files.length];
      touch(c.dir, file, 'edit');
      git(['commit', '-qam', `edit ${n}`, '--no-verify'], c.dir);
    };
    cases.push({ group: 'incremental', name: `sync after a one-file commit, ${size} artifacts`, sides: [current, baseline], setup: commitOne, cmd: (s) => [s.bin, 'sync', '--db', db], cwd: c.dir });
  }
}

if (want('authoring')) {
  const CHECK = { label: 'validate, no fix' };
  for (const size of SIZES) {
    const c = corpus(size);
    // A clone to write into: etk new adds files, --fix rewrites them.
    const dir = join(OUT, `authoring-${size}`);
    rmSync(dir, { recursive: true, force: true });
    git(['clone', '-q', '--no-hardlinks', c.dir, dir]);
    execFileSync(node, [current.bin, 'sync', '--quiet'], { cwd: dir, stdio: 'ignore' });
    let n = 0;
    cases.push({ group: 'authoring', name: `etk new report (experiment from tracking.db), ${size} artifacts`, sides: [current], cmd: () => [current.bin, 'new', 'report', `Bench report ${n++}`, '--metric', 'hmean=0.9'], cwd: dir });
    cases.push({ group: 'authoring', name: `etk new experiment, ${size} artifacts`, sides: [current], cmd: () => [current.bin, 'new', 'experiment', `Bench experiment ${n++}`], cwd: dir });
    cases.push({ group: 'authoring', name: `validate --fix, nothing to fix, ${size} artifacts`, sides: [current, CHECK], cmd: (s) => [current.bin, 'validate', ...(s === CHECK ? [] : ['--fix']), '--quiet'], cwd: c.dir, ratioTo: CHECK.label });
    // 5% seeded defects (half of them fixable: tags, dates, camelCase names), restored before every run.
    const defective = join(OUT, `authoring-defects-${size}`);
    rmSync(defective, { recursive: true, force: true });
    generateCorpus({ artifacts: size, seed: Number(values.seed), out: defective, invalidRatio: 0.05 });
    for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-qm', 'corpus', '--no-verify']]) git(args, defective);
    const restore = () => {
      git(['reset', '-q', '--hard', 'HEAD'], defective);
      git(['clean', '-qfd', '--', 'experiment_manager'], defective);
    };
    cases.push({ group: 'authoring', name: `validate --fix, 5% defects, ${size} artifacts`, sides: [current, CHECK], setup: restore, cmd: (s) => [current.bin, 'validate', ...(s === CHECK ? [] : ['--fix']), '--quiet'], cwd: defective, ratioTo: CHECK.label });
  }
}

if (want('hooks')) {
  const size = Math.max(...SIZES);
  const c = corpus(size);
  const modules = join(OUT, 'hooks-modules');
  const tgzDir = join(OUT, 'pack');
  rmSync(tgzDir, { recursive: true, force: true });
  mkdirSync(tgzDir, { recursive: true });
  const tgz = join(tgzDir, execFileSync('npm', ['pack', '--silent', '--pack-destination', tgzDir], { cwd: REPO, encoding: 'utf8' }).trim().split('\n').pop());
  rmSync(modules, { recursive: true, force: true });
  mkdirSync(modules, { recursive: true });
  writeFileSync(join(modules, 'package.json'), '{"private": true}\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-dev', 'husky@^9', 'lint-staged@^17', tgz], { cwd: modules, stdio: 'ignore' });
  const glob = 'experiment_manager/experiments/**/*.md';
  const variants = [
    { label: '(a) no hook', pre: null, lintStaged: null },
    { label: '(b) husky + no-op lint-staged', pre: 'lint-staged\n', lintStaged: { [glob]: 'true' } },
    // etk's variants use exactly what etk init installs (hooks/).
    { label: '(c) etk via lint-staged', pre: readFileSync(join(REPO, 'hooks', 'pre-commit'), 'utf8'), lintStaged: JSON.parse(readFileSync(join(REPO, 'hooks', 'lint-staged.json'), 'utf8').replaceAll('{root}', 'experiment_manager/experiments')) },
    { label: '(d) etk direct', pre: readFileSync(join(REPO, 'hooks', 'pre-commit.direct'), 'utf8'), lintStaged: null },
    { label: '(e) husky + no-op node', pre: 'node -e 0\n', lintStaged: null },
  ];
  for (const v of variants) {
    const dir = join(OUT, `hooks-${size}-${v.label.slice(1, 2)}`);
    rmSync(dir, { recursive: true, force: true });
    git(['clone', '-q', '--no-hardlinks', c.dir, dir]);
    git(['config', 'user.name', 'bench'], dir);
    git(['config', 'user.email', 'bench@etk.invalid'], dir);
    execFileSync('ln', ['-s', join(modules, 'node_modules'), join(dir, 'node_modules')]);
    const pkg = { name: 'bench', private: true, ...(v.lintStaged ? { 'lint-staged': v.lintStaged } : {}) };
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    writeFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\npackage.json\ndata/\n.husky/\n');
    if (v.pre !== null) {
      execFileSync(node, [join(modules, 'node_modules', 'husky', 'bin.js')], { cwd: dir, stdio: 'ignore' });
      writeFileSync(join(dir, '.husky', 'pre-commit'), v.pre);
    }
    execFileSync(node, [current.bin, 'sync', '--quiet'], { cwd: dir, stdio: 'ignore' });
    v.dir = dir;
  }
  let n = 0;
  const files = c.files;
  const side = (v) => ({ label: v.label, v });
  cases.push({
    group: 'hooks',
    name: `git commit of a one-file change, ${size} artifacts`,
    sides: variants.map(side),
    setupFor: (s) => {
      const file = files[(n++ * 7919) % files.length];
      touch(s.v.dir, file, 'hook');
      git(['add', '--', file], s.v.dir);
    },
    run: (s) => measure('git', ['commit', '-qm', `edit ${n}`], s.v.dir),
    ratios: [['(c) etk via lint-staged', '(b) husky + no-op lint-staged'], ['(d) etk direct', '(e) husky + no-op node']],
  });
}

const closeLater = [];
if (want('report')) {
  // The baseline takes part only once its committed dist/ has the command.
  const hasDashboard = spawnSync(node, [baseline.bin, 'dashboard', '--help'], { encoding: 'utf8' }).status === 0;
  const chromiumPath = [process.env.CHROMIUM_PATH, ...(process.env.PATH ?? '').split(delimiter).flatMap((d) => ['chromium', 'chromium-browser', 'google-chrome'].map((n) => join(d, n)))].find((c) => {
    try {
      return c && (accessSync(c, constants.X_OK), true);
    } catch {
      return false;
    }
  });
  if (!chromiumPath) throw new Error('the report group needs Chromium: apt-get install chromium, or set CHROMIUM_PATH');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  closeLater.push(() => browser.close());
  for (const size of SIZES) {
    const c = corpus(size);
    const page = (s) => join(OUT, `report-${size}-${s === current ? 'current' : 'baseline'}.html`);
    // Each side reads an index of its own: the two may have different schema versions.
    const dbOf = (s) => join(c.dir, 'data', 'ops', `report-${s === current ? 'current' : 'baseline'}.db`);
    for (const s of hasDashboard ? [current, baseline] : [current]) execFileSync(node, [s.bin, 'sync', '--quiet', '--db', dbOf(s)], { cwd: c.dir, stdio: 'ignore' });
    cases.push({ group: 'report', name: `dashboard --report, ${size} artifacts`, sides: hasDashboard ? [current, baseline] : [current], cmd: (s) => [s.bin, 'dashboard', '--report', page(s), '--db', dbOf(s)], cwd: c.dir, bytes: (s) => statSync(page(s)).size });
    const paint = async (which) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      await tab.goto(pathToFileURL(page(current)).href, { waitUntil: 'load' });
      const [fcp, dcl] = await tab.evaluate(() => new Promise((done) => {
        new PerformanceObserver((list) => {
          const e = list.getEntries().find((x) => x.name === 'first-contentful-paint');
          if (e) done([e.startTime, performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd]);
        }).observe({ type: 'paint', buffered: true });
      }));
      await context.close();
      return { ms: which === 'fcp' ? fcp : dcl, rss: NaN };
    };
    cases.push({ group: 'report', name: `report in Chromium: first contentful paint, ${size} artifacts`, sides: [{ label: 'chromium' }], run: () => paint('fcp') });
    cases.push({ group: 'report', name: `report in Chromium: DOMContentLoaded (tables filled), ${size} artifacts`, sides: [{ label: 'chromium' }], run: () => paint('dcl') });
  }
}

if (want('actions')) {
  const size = Math.max(...SIZES);
  const c = corpus(size);
  const runner = join(OUT, 'actions-runner');
  rmSync(runner, { recursive: true, force: true });
  mkdirSync(runner, { recursive: true });
  // A pull request changing one file, checked out as GitHub does: the merge commit, detached.
  const ws = join(OUT, `actions-ws-${size}`);
  rmSync(ws, { recursive: true, force: true });
  git(['clone', '-q', `file://${c.dir}`, ws]);
  const base = git(['rev-parse', 'HEAD'], ws);
  git(['checkout', '-q', '-b', 'pr'], ws);
  touch(ws, c.one, 'pr');
  git(['commit', '-qam', 'pr: one file', '--no-verify'], ws);
  const head = git(['rev-parse', 'HEAD'], ws);
  git(['checkout', '-q', '--detach', base], ws);
  git(['merge', '-q', '--no-ff', '-m', 'merge', head], ws);
  const event = join(runner, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 1, base: { ref: 'main', sha: base }, head: { ref: 'pr', sha: head } } }));
  const inputs = (action, given) => {
    const env = {};
    const yml = readFileSync(join(REPO, 'actions', action, 'action.yml'), 'utf8');
    const block = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
    for (const m of block.matchAll(/^ {2}([\w-]+):\n(?: {4}.*\n)*? {4}default: '?([^'\n]*)'?$/gm)) env[`INPUT_${m[1].toUpperCase()}`] = given[m[1]] ?? m[2];
    return env;
  };
  const actionEnv = (action, given) => {
    const out = join(runner, 'output');
    const summary = join(runner, 'summary.md');
    writeFileSync(out, '');
    writeFileSync(summary, '');
    return { ...process.env, ...inputs(action, given), GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: git(['rev-parse', 'HEAD'], ws), RUNNER_TEMP: runner };
  };
  const ACTION = { label: 'action' };
  const CLI = { label: 'etk CLI' };
  const sideRun = (action, given, cli) => (s) => (s === ACTION ? measure(node, [join(REPO, 'actions', action, 'dist', 'index.js')], ws, actionEnv(action, given)) : measure(node, [current.bin, ...cli], ws));
  cases.push({ group: 'actions', name: `check action, a one-file PR (merge commit), ${size} artifacts`, sides: [ACTION, CLI], run: sideRun('check', { 'fail-on': 'none' }, ['validate', c.one]), ratioTo: CLI.label });
  cases.push({ group: 'actions', name: `check action, mode all, ${size} artifacts`, sides: [ACTION, CLI], run: sideRun('check', { mode: 'all', 'fail-on': 'none' }, ['validate', '--quiet']), ratioTo: CLI.label });
  const outDb = join(ws, 'etk-out', 'tracking.db');
  const cliDb = join(OUT, `actions-cli-${size}.db`);
  const fresh = () => {
    for (const f of [outDb, cliDb]) for (const x of ['', '-wal', '-shm']) rmSync(`${f}${x}`, { force: true });
  };
  cases.push({ group: 'actions', name: `index action (upload false), new database, ${size} artifacts`, sides: [ACTION, CLI], setup: fresh, run: sideRun('index', { upload: 'false' }, ['sync', '--rev', 'HEAD', '--db', cliDb, '--quiet']), ratioTo: CLI.label });
  let n = 0;
  const commitOne = () => {
    const file = c.files[(n++ * 7919) % c.files.length];
    touch(ws, file, 'edit');
    git(['commit', '-qam', `edit ${n}`, '--no-verify'], ws);
  };
  execFileSync(node, [current.bin, 'sync', '--rev', 'HEAD', '--db', cliDb, '--quiet'], { cwd: ws, stdio: 'ignore' });
  cases.push({ group: 'actions', name: `index action from previous-db after a one-file commit, ${size} artifacts`, sides: [ACTION, CLI], setup: commitOne, run: sideRun('index', { upload: 'false', 'previous-db': 'etk-out/tracking.db' }, ['sync', '--rev', 'HEAD', '--db', cliDb, '--quiet']), ratioTo: CLI.label });
}


if (want('check')) {
  // etk ci check on a one-file pull request (GitHub's merge commit, full clone), against the
  // baseline's: the new-problems match (the base's version of the file judged from git's objects,
  // renames from git) and the metric gate (the experiment's reports on the base) cost this much.
  const size = Math.max(...SIZES);
  const c = corpus(size);
  const one = c.files.find((f) => f.includes('/reports/')) ?? c.one;
  const ws = join(OUT, `check-ws-${size}`);
  rmSync(ws, { recursive: true, force: true });
  git(['clone', '-q', `file://${c.dir}`, ws]);
  const base = git(['rev-parse', 'HEAD'], ws);
  git(['checkout', '-q', '-b', 'pr'], ws);
  touch(ws, one, 'pr');
  git(['commit', '-qam', 'pr: one report', '--no-verify'], ws);
  const head = git(['rev-parse', 'HEAD'], ws);
  git(['checkout', '-q', '--detach', base], ws);
  git(['merge', '-q', '--no-ff', '-m', 'merge', head], ws);
  const event = join(OUT, `check-event-${size}.json`);
  writeFileSync(event, JSON.stringify({ pull_request: { number: 1, base: { ref: 'main', sha: base }, head: { ref: 'pr', sha: head } } }));
  const env = { ...process.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
  cases.push({ group: 'check', name: `etk ci check, a one-report PR (merge commit), ${size} artifacts`, sides: [current, baseline], cmd: (s) => [s.bin, 'ci', 'check', '--fail-on', 'none'], cwd: ws, env });
  cases.push({ group: 'check', name: `etk ci check --gate, a one-report PR (merge commit), ${size} artifacts`, sides: [current], cmd: (s) => [s.bin, 'ci', 'check', '--fail-on', 'none', '--gate'], cwd: ws, env });
}

let inProcess = null;
let queryCorpus = null;
if (want('query')) {
  const size = Math.max(...SIZES);
  const c = (queryCorpus = corpus(size));
  const db = join(c.dir, 'data', 'ops', 'tracking.db');
  // (a) In-process, the work tree's TypeScript through tsx (one process, the index opened once).
  process.stderr.write(`query: in-process timings on ${size} artifacts…\n`);
  const runs = Math.max(RUNS, 21);
  const out = execFileSync(node, ['--import', 'tsx', join(REPO, 'bench', 'query-inprocess.mjs'), db, String(runs)], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26 });
  inProcess = { size, ...JSON.parse(out) };
  // (b) Whole CLI runs. An older baseline may not have the command: its side is then left out (n/a).
  const has = (args) => spawnSync(node, [baseline.bin, ...args, '--help'], { cwd: c.dir, stdio: 'ignore' }).status === 0;
  const sidesFor = (args) => (has(args.slice(0, 1)) ? { sides: [current, baseline] } : { sides: [current], na: baseline.label });
  const cli = [
    ['query experiments', ['query', 'experiments']],
    ['query artifacts', ['query', 'artifacts']],
    ['query metrics --latest', ['query', 'metrics', '--latest']],
    ['query tags', ['query', 'tags']],
    ['query experiments --where metrics+tags', ['query', 'experiments', '--where', 'metrics.hmean > 0.85 and (tags contains ocr or tags contains layout)']],
    ['query compare (3 experiments)', ['query', 'compare', ...inProcess.compare]],
    ['compare (3 experiments, every run)', ['compare', ...inProcess.compare]],
    ['query runs (every run)', ['query', 'runs']],
    ...['active', 'recent', 'most-active', 'tags', 'latest-metrics', 'problems'].map((n) => [`query run ${n}`, ['query', 'run', n]]),
    ['search common (homography)', ['search', 'homography']],
    ['search rare (tensorrt)', ['search', 'tensorrt']],
  ];
  // Each side reads an index of its own: the two may use different schema versions, and an older
  // etk refuses (or a newer one upgrades) the other's file.
  const dbOf = (s) => join(c.dir, 'data', 'ops', `bench-${s === current ? 'current' : 'baseline'}.db`);
  for (const s of [current, baseline]) execFileSync(node, [s.bin, 'sync', '--db', dbOf(s), '--quiet'], { cwd: c.dir, stdio: 'ignore' });
  for (const [label, args] of cli) {
    cases.push({ group: 'query', name: `etk ${label}, ${size}`, ...sidesFor(args), cmd: (s) => [s.bin, ...args, '--db', dbOf(s), '--format', 'json'], cwd: c.dir });
  }
}

if (want('query') || want('freshness')) {
  // The query group's corpus as it is: making it again would delete the indexes its CLI cases read.
  const c = queryCorpus ?? corpus(Math.max(...SIZES));
  const size = c.size;
  // The freshness check every answering command makes first (is the work tree what the index
  // holds?), on an up-to-date index: the same query with the check and with --no-sync, and git's
  // own `git status` in the same repository, which the check's cost must not exceed.
  const CHECKED = { label: 'with the check' };
  const NOSYNC = { label: '--no-sync' };
  const STATUS = { label: 'git status' };
  const countArgs = ['query', 'artifacts', '--count'];
  cases.push({
    group: 'query',
    name: `freshness check: etk query artifacts --count, up-to-date ${size} index`,
    sides: [CHECKED, NOSYNC, STATUS],
    ratioTo: NOSYNC.label,
    run: (s) => (s === STATUS ? measure('git', ['status'], c.dir) : measure(node, [current.bin, ...countArgs, ...(s === NOSYNC ? ['--no-sync'] : [])], c.dir)),
  });
}

if (want('history')) {
  // History on the largest corpus, in a clone of it with 20 more commits (each changes a report's
  // metric, a manifest's status or moves a file) and one report edited in 200 commits:
  // --as-of a commit 20 back against the same query without it (cold: no snapshot cached; warm),
  // etk diff across those 20 commits (cold), and etk blame of the 200-revision file.
  const c = corpus(Math.max(...SIZES));
  const dir = join(OUT, `history-${c.size}-seed${values.seed}`);
  const stamp = join(dir, '.bench-stamp');
  const key = readFileSync(join(c.dir, '.bench-stamp'), 'utf8');
  const reports = git(['ls-files', '--', 'experiment_manager/experiments/*/.metadata/reports/*.md'], c.dir).split('\n');
  const hot = reports[0];
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== key) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write('history: 220 commits in a clone of the corpus…\n');
    git(['clone', '-q', c.dir, dir], OUT);
    for (let i = 0; i < 200; i++) {
      const path = join(dir, hot);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^status: .*$/m, `status: ${i % 2 ? 'active' : 'complete'}`).replace(/^(\s+)(\w+): ([0-9.]+)$/m, (_m, sp, k) => `${sp}${k}: ${(0.5 + i / 1000).toFixed(3)}`) + `\nrevision ${i}\n`);
      git(['commit', '-qam', `hot ${i}`, '--no-verify'], dir);
    }
    git(['tag', 'minus20'], dir);
    for (let i = 0; i < 20; i++) {
      const file = reports[(i * 7919 + 1) % reports.length];
      if (i % 5 === 4) git(['mv', file, file.replace(/\.md$/, '-moved.md')], dir);
      else touch(dir, file, `edit ${i}`);
      git(['commit', '-qam', `change ${i}`, '--no-verify'], dir);
    }
    writeFileSync(stamp, key);
  }
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  execFileSync(node, [current.bin, 'sync', '--quiet'], { cwd: dir, stdio: 'ignore' });
  const cache = join(dir, 'data', 'ops', 'tracking.db-asof');
  const PLAIN_Q = { label: 'without --as-of' };
  const COLD = { label: '--as-of, cold' };
  const WARM = { label: '--as-of, cached' };
  const q = ['query', 'artifacts', '--count'];
  cases.push({
    group: 'history',
    name: `etk query artifacts --count --as-of HEAD~20, ${c.size} artifacts`,
    sides: [PLAIN_Q, COLD, WARM],
    ratioTo: PLAIN_Q.label,
    ratios: [[COLD.label, PLAIN_Q.label], [WARM.label, PLAIN_Q.label]],
    setupFor: (s) => (s === COLD ? rmSync(cache, { recursive: true, force: true }) : s === WARM ? execFileSync(node, [current.bin, ...q, '--as-of', 'minus20'], { cwd: dir, stdio: 'ignore' }) : null),
    run: (s) => measure(node, [current.bin, ...q, ...(s === PLAIN_Q ? [] : ['--as-of', 'minus20'])], dir),
  });
  const DIFF = { label: 'etk diff (cold)' };
  cases.push({ group: 'history', name: `etk diff minus20 HEAD (20 commits), ${c.size} artifacts`, sides: [DIFF], setup: () => rmSync(cache, { recursive: true, force: true }), run: () => measure(node, [current.bin, 'diff', 'minus20', 'HEAD', '--format', 'json'], dir) });
  const BLAME = { label: 'etk blame' };
  cases.push({ group: 'history', name: `etk blame of a file with 200 revisions (--history, json), ${c.size} artifacts`, sides: [BLAME], run: () => measure(node, [current.bin, 'blame', hot, '--history', '--format', 'json'], dir) });
}

console.log(`node ${process.version}, ${RUNS} runs per case, interleaved; current = work tree, ${baseline.label}`);
const results = [];
for (const c of cases) {
  const runs = c.runs ?? RUNS;
  const samples = new Map(c.sides.map((s) => [s.label, []]));
  const once = async (s) => {
    c.setup?.();
    c.setupFor?.(s);
    return c.run ? await c.run(s) : measure(node, c.cmd(s), c.cwd, c.env);
  };
  if (runs > 1) for (const s of c.sides) await once(s); // warm-up (page cache, V8 compile cache)
  for (let i = 0; i < runs; i++) for (const s of c.sides) samples.get(s.label).push(await once(s));
  const row = { group: c.group, case: c.name, sides: {} };
  for (const s of c.sides) {
    const xs = samples.get(s.label);
    row.sides[s.label] = { medianMs: median(xs.map((x) => x.ms)), peakRssKb: Math.max(...xs.map((x) => x.rss)), ...(c.bytes ? { bytes: c.bytes(s) } : {}) };
  }
  row.ratioTo = c.ratioTo ?? (c.sides.includes(baseline) ? baseline.label : null);
  if (c.na) row.na = c.na;
  row.ratios = (c.ratios ?? []).map(([a, b]) => ({ of: a, to: b, ratio: row.sides[a].medianMs / row.sides[b].medianMs }));
  results.push(row);
  process.stderr.write(`  ${c.name}: ${Object.entries(row.sides).map(([k, v]) => `${k} ${v.medianMs.toFixed(1)} ms${v.bytes ? ` (${(v.bytes / 1024 / 1024).toFixed(2)} MB)` : ''}`).join(', ')}\n`);
}

for (const close of closeLater) await close();

const floor = results.find((r) => r.sides[FLOOR.label])?.sides[FLOOR.label].medianMs;
const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : '-');
const lines = ['| case | current ms (median) | compared with | its ms | current / it | current ÷ floor | peak RSS MB (current) |', '|---|---:|---|---:|---:|---:|---:|'];
for (const r of results) {
  const cur = r.sides.current ?? Object.values(r.sides)[0];
  const other = r.ratioTo ? r.sides[r.ratioTo] : null;
  const extra = Object.entries(r.sides).filter(([k]) => k !== 'current' && k !== r.ratioTo).map(([k, v]) => ` (${k}: ${fmt(v.medianMs)})`).join('');
  lines.push(`| ${r.case} | ${fmt(cur.medianMs)} | ${r.ratioTo ?? (r.na ? `${r.na}: n/a (no such command)` : '')}${extra} | ${other ? fmt(other.medianMs) : r.na ? 'n/a' : ''} | ${other ? (cur.medianMs / other.medianMs).toFixed(2) : ''} | ${floor && r.sides.current ? (cur.medianMs / floor).toFixed(1) : ''} | ${fmt(cur.peakRssKb / 1024)} |`);
}
console.log(lines.join('\n'));
for (const r of results.filter((x) => x.case.startsWith('freshness check'))) {
  const { 'with the check': checked, '--no-sync': bare, 'git status': status } = r.sides;
  const cost = checked.medianMs - bare.medianMs;
  console.log(`freshness check: adds ${fmt(cost)} ms to a query (${fmt(checked.medianMs)} vs ${fmt(bare.medianMs)} ms with --no-sync); git status alone: ${fmt(status.medianMs)} ms; goal (no more than git status) ${cost <= status.medianMs ? 'met' : 'MISSED'}`);
}
for (const r of results) for (const q of r.ratios ?? []) console.log(`${r.case}: ${q.of} / ${q.to} = ${q.ratio.toFixed(2)}`);
for (const r of results) for (const [k, v] of Object.entries(r.sides)) if (v.bytes) console.log(`${r.case}: ${k} wrote ${(v.bytes / 1024 / 1024).toFixed(2)} MB`);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ node: process.version, runs: RUNS, baseline: baseline.label, results }, null, 2)}\n`);
if (inProcess) {
  const q = ['', `In-process query library on ${inProcess.size} artifacts (work tree via tsx, index opened once, median of ${inProcess.runs} calls; goal < 10 ms):`, '', '| call | median ms | min ms | rows | goal |', '|---|---:|---:|---:|---|'];
  for (const [name, v] of Object.entries(inProcess.results)) q.push(`| ${name} | ${v.medianMs.toFixed(2)} | ${v.minMs.toFixed(2)} | ${v.rows} | ${v.medianMs < 10 ? 'met' : 'MISSED'} |`);
  console.log(q.join('\n'));
}
if (values.json) writeFileSync(values.json, `${JSON.stringify({ node: process.version, runs: RUNS, baseline: baseline.label, results, ...(inProcess ? { inProcess } : {}) }, null, 2)}\n`);
