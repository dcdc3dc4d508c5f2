import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { EXP, EXP2, NAMES, SUBDIR, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

/**
 * etk as a user gets it: `npm pack` of this project, `npm install -D` of the tarball in a fresh git
 * repository, `npx etk init` (which installs husky and lint-staged from the registry), then real
 * `git commit`, merge, rebase and checkout.
 */
const REPO = fileURLToPath(new URL('../..', import.meta.url));
let tarball = '';
const packDir = mkdtempSync(join(tmpdir(), 'etk-pack-'));

before(() => {
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: REPO, encoding: 'utf8' }).trim().split('\n').pop()!;
  tarball = join(packDir, name);
});
after(() => rmSync(packDir, { recursive: true, force: true }));

const A = artifactPath(NAMES.assessment!);
const G = artifactPath(NAMES.guide!, EXP, SUBDIR.guide);

interface Run {
  code: number | null;
  out: string;
}

function run(t: TempDir, cmd: string, args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(cmd, args, { cwd: t.dir, encoding: 'utf8', env: { ...process.env, HOME: t.dir, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@etk.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@etk.invalid', NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}
const git = (t: TempDir, ...args: string[]) => run(t, 'git', args);

/** A fresh repository with etk installed from the tarball and `etk init` run. */
function userRepo(initArgs: string[] = [], files: Record<string, string> = { [manifestPath()]: manifest(), [manifestPath(EXP2)]: manifest(EXP2), [A]: artifact('assessment') }): TempDir {
  const t = tempDir({ git: true, prefix: 'etk-user-' });
  for (const [p, c] of Object.entries(files)) t.write(p, c);
  t.write('.gitignore', 'node_modules/\n');
  const install = run(t, 'npm', ['install', '--save-dev', '--no-audit', '--no-fund', tarball]);
  assert.equal(install.code, 0, install.out);
  const init = run(t, 'npx', ['--no', 'etk', 'init', ...initArgs]);
  assert.equal(init.code, 0, init.out);
  return t;
}

function db(t: TempDir) {
  return new DatabaseSync(join(t.dir, 'data/ops/tracking.db'), { readOnly: true });
}
function indexed(t: TempDir): Record<string, string> {
  const d = db(t);
  try {
    return Object.fromEntries((d.prepare('SELECT a.file_path, m.priority FROM artifacts a LEFT JOIN artifact_metadata m ON m.file_path = a.file_path').all() as { file_path: string; priority: string | null }[]).map((r) => [r.file_path, r.priority ?? '']));
  } finally {
    d.close();
  }
}
function checkConflicts(t: TempDir): Run {
  return run(t, 'npx', ['--no', 'etk', 'sync', '--check-conflicts']);
}

describe('etk init, then git hooks in a real repository (etk installed from npm pack)', () => {
  it('init prints every change, is idempotent, and the first commit (no commits yet) lands with the index updated', () => {
    const t = userRepo();
    const pkg = JSON.parse(readFileSync(join(t.dir, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string>; 'lint-staged': Record<string, string> };
    assert.equal(pkg.scripts.prepare, 'husky');
    assert.ok(pkg.devDependencies.husky && pkg.devDependencies['lint-staged'] && pkg.devDependencies.etk);
    assert.deepEqual(pkg['lint-staged'], { 'experiment_manager/experiments/**/*.md': 'etk hook pre-commit' });
    assert.equal(readFileSync(join(t.dir, '.husky/pre-commit'), 'utf8'), readFileSync(join(REPO, 'hooks/pre-commit'), 'utf8'));
    for (const h of ['post-checkout', 'post-merge', 'post-rewrite']) assert.equal(readFileSync(join(t.dir, '.husky', h), 'utf8'), readFileSync(join(REPO, 'hooks', h), 'utf8'));
    assert.match(readFileSync(join(t.dir, '.gitignore'), 'utf8'), /^\/data\/ops\/tracking\.db\*$/m);
    const again = run(t, 'npx', ['--no', 'etk', 'init']);
    assert.equal(again.code, 0);
    assert.match(again.out, /etk init: everything was already set up/);

    git(t, 'add', '-A');
    const commit = git(t, 'commit', '-m', 'first');
    assert.equal(commit.code, 0, commit.out);
    assert.deepEqual(Object.keys(indexed(t)).sort(), [A, manifestPath(), manifestPath(EXP2)].sort());
  });

  it('an invalid staged artifact blocks the commit, naming file, line and field; a partially staged file is judged by its staged text and the unstaged part survives', () => {
    const t = userRepo();
    git(t, 'add', '-A');
    assert.equal(git(t, 'commit', '-qm', 'first').code, 0);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: urgent'));
    git(t, 'add', A);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: urgent').replace('Some text about perspective correction.', 'Unstaged notes.'));
    const blocked = git(t, 'commit', '-m', 'bad');
    assert.equal(blocked.code, 1, blocked.out);
    assert.match(blocked.out, new RegExp(`${A.replace(/\./g, '\\.')}\\n\\s+13:11\\s+error\\s+priority must be one of critical, high, medium, low \\(found "urgent"\\)`));
    assert.match(readFileSync(join(t.dir, A), 'utf8'), /Unstaged notes\./, 'the unstaged part survives');
    assert.equal(git(t, 'rev-list', '--count', 'HEAD').out.trim(), '1');

    // Fix only the staged text; the work tree keeps its unstaged edit.
    const staged = artifact('assessment').replace('priority: high', 'priority: low');
    t.write(A, staged);
    git(t, 'add', A);
    t.write(A, `${staged}\nUnstaged notes.\n`);
    const ok = git(t, 'commit', '-m', 'good');
    assert.equal(ok.code, 0, ok.out);
    assert.equal(readFileSync(join(t.dir, A), 'utf8'), `${staged}\nUnstaged notes.\n`);
    assert.equal(indexed(t)[A], 'low');
    assert.equal(git(t, 'show', `HEAD:${A}`).out, staged);
  });

  it('deleted and renamed artifacts leave and move; merge, rebase and checkout resync; --no-verify is caught up later', () => {
    const t = userRepo();
    t.write(G, artifact('guide', { id: 'g-1' }));
    git(t, 'add', '-A');
    assert.equal(git(t, 'commit', '-qm', 'first').code, 0);
    const moved = artifactPath('20251218_0930_guide_how-to-train-v2.md', EXP, SUBDIR.guide);
    git(t, 'mv', G, moved);
    git(t, 'rm', '-q', A);
    assert.equal(git(t, 'commit', '-qm', 'move and delete').code, 0);
    assert.deepEqual(Object.keys(indexed(t)).sort(), [moved, manifestPath(), manifestPath(EXP2)].sort());

    git(t, 'checkout', '-qb', 'feature');
    t.write(A, artifact('assessment').replace('priority: high', 'priority: medium'));
    git(t, 'add', A);
    assert.equal(git(t, 'commit', '-qm', 'feature').code, 0);
    git(t, 'checkout', '-q', 'main');
    assert.equal(indexed(t)[A], undefined, 'post-checkout: back on main, the feature file is gone');
    t.write(manifestPath(EXP2), manifest(EXP2).replace('status: active', 'status: complete'));
    git(t, 'commit', '-qam', 'main side');
    const merge = git(t, 'merge', '--no-edit', 'feature');
    assert.equal(merge.code, 0, merge.out);
    assert.equal(indexed(t)[A], 'medium', 'post-merge');
    assert.equal(checkConflicts(t).code, 0);

    git(t, 'checkout', '-qb', 'topic', 'HEAD~1');
    t.write(A, artifact('assessment').replace('priority: high', 'priority: critical'));
    git(t, 'add', A);
    assert.equal(git(t, 'commit', '-qm', 'topic').code, 0);
    const rebase = git(t, 'rebase', 'main');
    assert.equal(rebase.code, 1, 'a conflicting rebase stops'); // both sides changed A
    git(t, 'rebase', '--abort');
    git(t, 'checkout', '-q', 'main');
    assert.equal(checkConflicts(t).code, 0, 'after checkout the index equals a rebuild');

    t.write(A, artifact('assessment').replace('priority: high', 'priority: urgent'));
    assert.equal(git(t, 'commit', '-qam', 'skip hooks', '--no-verify').code, 0);
    assert.equal(indexed(t)[A], 'urgent', 'post-commit catches up a commit the pre-commit hook did not see');
    git(t, 'checkout', '-qb', 'later');
    assert.equal(indexed(t)[A], 'urgent');
    assert.equal(checkConflicts(t).code, 0);
  });

  it('ETK_SKIP=1 and HUSKY=0 skip; paths with spaces and non-ASCII work', () => {
    const t = userRepo();
    git(t, 'add', '-A');
    assert.equal(git(t, 'commit', '-qm', 'first').code, 0);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: urgent'));
    const skip = run(t, 'git', ['commit', '-qam', 'skipped'], { ETK_SKIP: '1' });
    assert.equal(skip.code, 0, skip.out);
    assert.equal(indexed(t)[A], 'high', 'etk did nothing: the index still holds the previous commit');
    assert.match(run(t, 'npx', ['--no', 'etk', 'hook', 'pre-commit'], { ETK_SKIP: '1' }).out, /etk hook: skipped \(ETK_SKIP=1\)/);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: wrong'));
    assert.equal(run(t, 'git', ['commit', '-qam', 'husky off'], { HUSKY: '0' }).code, 0);

    const odd = artifactPath('20251218_0930_assessment_größe "quoted" name.md');
    t.write(A, artifact('assessment'));
    t.write(odd, artifact('assessment', { id: 'odd' }).replace('priority: high', 'priority: urgent'));
    git(t, 'add', '-A');
    const blocked = git(t, 'commit', '-qm', 'odd');
    assert.equal(blocked.code, 1);
    assert.match(blocked.out, /größe "quoted" name\.md/);
    t.write(odd, artifact('assessment', { id: 'odd' }));
    git(t, 'add', '-A');
    const commit = git(t, 'commit', '-qm', 'odd fixed');
    assert.equal(commit.code, 1, 'the name itself is still not EDS');
    assert.match(commit.out, /file-name/);
    const good = artifactPath('20251218_0930_assessment_größe-spaces.md');
    git(t, 'rm', '-q', '--cached', odd);
    rmSync(join(t.dir, odd));
    t.write(good.replace('größe-spaces', 'grosse-spaces'), artifact('assessment', { id: 'odd' }));
    git(t, 'add', '-A');
    assert.equal(git(t, 'commit', '-qm', 'renamed').code, 0);
  });

  it('direct mode: one etk process validates and syncs, without lint-staged', () => {
    const t = userRepo(['--mode', 'direct']);
    assert.equal(readFileSync(join(t.dir, '.husky/pre-commit'), 'utf8'), 'etk hook pre-commit\n');
    const pkg = JSON.parse(readFileSync(join(t.dir, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    assert.equal(pkg.devDependencies!['lint-staged'], undefined);
    git(t, 'add', '-A');
    assert.equal(git(t, 'commit', '-qm', 'first').code, 0);
    t.write(A, artifact('assessment').replace('evidence_count: 3', 'evidence_count: many'));
    git(t, 'add', A);
    const blocked = git(t, 'commit', '-qm', 'bad');
    assert.equal(blocked.code, 1);
    assert.match(blocked.out, /14:17\s+error\s+evidence_count must be an integer/);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: low'));
    git(t, 'add', A);
    assert.equal(git(t, 'commit', '-qm', 'good').code, 0);
    assert.equal(indexed(t)[A], 'low');
  });

  it('etk new from the installed package; etk hook pre-commit --fix in lint-staged: the repair is committed', () => {
    const t = userRepo();
    const pkgPath = join(t.dir, 'package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as Record<string, Record<string, unknown>>;
    pkg['lint-staged'] = { 'experiment_manager/experiments/**/*.md': 'etk hook pre-commit --fix' };
    writeFileSync(pkgPath, JSON.stringify(pkg, null, 2));
    git(t, 'add', '-A');
    assert.equal(git(t, 'commit', '-qm', 'first').code, 0);

    const made = run(t, 'npx', ['--no', 'etk', 'new', 'script', 'Shipped templates', '--experiment', EXP, '--json']);
    assert.equal(made.code, 0, made.out);
    const path = (JSON.parse(made.out) as { path: string }).path;
    const text = readFileSync(join(t.dir, path), 'utf8');
    assert.match(text, /\n# Shipped templates\n/, 'etk\'s templates/ ship in the package');
    t.write(path, text.replace('ads_version: "1.0"\n', '').replace('tags: []', 'tags: [Mixed Case, mixed-case]'));
    git(t, 'add', path);
    const commit = git(t, 'commit', '-qm', 'fixed on the way');
    assert.equal(commit.code, 0, commit.out);
    const committed = git(t, 'show', `HEAD:${path}`).out;
    assert.match(committed, /^---\nads_version: "1.0"\n/);
    assert.match(committed, /^tags: \[mixed-case\]$/m);
    assert.equal(git(t, 'status', '--porcelain', '--', path).out, '', 'work tree and commit agree');
  });
});

const R = artifactPath(NAMES.report!, EXP, SUBDIR.report);

/** The paths the index holds, read from the file itself (an etk command would bring it up to date first). */
function indexedPaths(t: TempDir): string[] {
  const d = db(t);
  try {
    return (d.prepare('SELECT path FROM files ORDER BY path').all() as { path: string }[]).map((r) => r.path);
  } finally {
    d.close();
  }
}

/** Delete-only, rename-only and revert commits through the installed hooks, in either mode. */
function everyCommitKind(t: TempDir): void {
  t.write(R, artifact('report', { id: 'r-1' }));
  git(t, 'add', '-A');
  assert.equal(git(t, 'commit', '-qm', 'first').code, 0);
  assert.deepEqual(indexedPaths(t), [A, R, manifestPath(), manifestPath(EXP2)].sort());

  git(t, 'rm', '-q', manifestPath(EXP2));
  const del = git(t, 'commit', '-m', 'delete only');
  assert.equal(del.code, 0, del.out);
  assert.deepEqual(indexedPaths(t), [A, R, manifestPath()].sort(), 'a delete-only commit updates the index');
  assert.match(del.out, /this commit leaves a problem in files it does not touch \(not blocking; etk validate shows them\):\n/);
  assert.match(del.out, /baseline-missing/);
  assert.match(del.out, /⚠ etk: 0 staged files checked, no problems, 1 in other files; index: 0 added, 0 changed, 1 removed by this commit\n/);

  const moved = artifactPath('20251218_0930_assessment_moved.md');
  git(t, 'mv', A, moved);
  const ren = git(t, 'commit', '-m', 'rename only');
  assert.equal(ren.code, 0, ren.out);
  assert.deepEqual(indexedPaths(t), [R, moved, manifestPath()].sort(), 'a rename-only commit updates the index');

  const rev = git(t, 'revert', '--no-edit', 'HEAD');
  assert.equal(rev.code, 0, rev.out);
  assert.deepEqual(indexedPaths(t), [A, R, manifestPath()].sort(), 'a revert commit updates the index');
  assert.equal(checkConflicts(t).code, 0);
}

describe('hooks see every commit, and show what they find, in both modes', () => {
  it('lint-staged mode: delete-only, rename-only and revert commits update the index; warnings and a summary line reach the committer', () => {
    const t = userRepo();
    assert.equal(readFileSync(join(t.dir, '.husky/pre-commit'), 'utf8'), 'lint-staged\netk hook summary\n');
    everyCommitKind(t);
    t.write(R, artifact('report', { id: 'r-1', extra: `baseine: ${EXP2}\n` }));
    git(t, 'add', R);
    const warned = git(t, 'commit', '-m', 'a typo that lint-staged would hide');
    assert.equal(warned.code, 0, warned.out);
    assert.match(warned.out, /warning  unknown field baseine: did you mean baseline\?  unknown-key/);
    // The summary counts what the commit brings, though lint-staged's run had already synced it.
    assert.match(warned.out, /⚠ etk: 0 errors, 2 warnings in 1 of 1 file; index: 0 added, 1 changed, 0 removed by this commit\n/);
  });

  it('direct mode: the same commits update the index and say so', () => {
    const t = userRepo(['--mode', 'direct']);
    everyCommitKind(t);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: low'));
    const ok = git(t, 'commit', '-qam', 'one change');
    assert.equal(ok.code, 0, ok.out);
    assert.match(ok.out, /✔ etk: 1 staged file checked, no problems; index: 0 added, 1 changed, 0 removed by this commit\n/);
  });

  it('resync hooks never fail git: with an old Node on PATH, or etk missing, each prints one line and git succeeds', () => {
    const t = userRepo();
    git(t, 'add', '-A');
    assert.equal(git(t, 'commit', '-qm', 'first').code, 0);
    const oldNode = { PATH: '/usr/bin:/bin', ETK_NODE: '' };
    const version = run(t, 'node', ['-p', 'process.versions.node'], oldNode).out.trim();
    const old = Number(version.split('.')[0]) < 22;
    if (old) {
      const co = run(t, 'git', ['checkout', '-qb', 'old-node'], oldNode);
      assert.equal(co.code, 0, co.out);
      assert.equal(co.out, `etk: post-checkout skipped: etk needs Node.js 22.13 or newer and this is ${version} (set ETK_NODE or put Node 24 first on PATH); the next etk command brings the index up to date\n`);
      git(t, 'checkout', '-q', 'main');
    }
    rmSync(join(t.dir, 'node_modules/.bin/etk'));
    const co = run(t, 'git', ['checkout', '-qb', 'no-etk']);
    assert.equal(co.code, 0, co.out);
    assert.equal(co.out, 'etk: post-checkout: etk is not installed here (npm install adds it); the next etk command brings the index up to date\n');
    const merge = run(t, 'git', ['merge', '-q', '--no-edit', 'main']);
    assert.equal(merge.code, 0, merge.out);
    assert.ok(old, `the system node (${version}) is not older than 22.13: the old-Node case could not be run here`);
  });
});

describe('etk init next to other tools', () => {
  it('merges into an existing hook and lint-staged config, keeping what was there', () => {
    const t = tempDir({ git: true, prefix: 'etk-user-' });
    t.write('package.json', JSON.stringify({ name: 'x', private: true, scripts: { prepare: 'echo hi' }, 'lint-staged': { '*.js': 'eslint' } }, null, 4));
    t.write('.husky/pre-commit', 'npm test\n');
    t.write(manifestPath(), manifest());
    assert.equal(run(t, 'npm', ['install', '--save-dev', '--no-audit', '--no-fund', tarball]).code, 0);
    const init = run(t, 'npx', ['--no', 'etk', 'init', '--root', 'experiment_manager/experiments', '--db', '.etk/index.db']);
    assert.equal(init.code, 0, init.out);
    assert.match(init.out, /\.husky\/pre-commit: appended lint-staged/);
    assert.equal(readFileSync(join(t.dir, '.husky/pre-commit'), 'utf8'), 'npm test\nlint-staged\netk hook summary\n');
    const pkgText = readFileSync(join(t.dir, 'package.json'), 'utf8');
    assert.match(pkgText, /^ {4}"name"/m, 'indentation kept');
    const pkg = JSON.parse(pkgText) as { scripts: Record<string, string>; 'lint-staged': Record<string, string> };
    assert.equal(pkg.scripts.prepare, 'echo hi && husky');
    assert.deepEqual(pkg['lint-staged'], { '*.js': 'eslint', 'experiment_manager/experiments/**/*.md': 'etk hook pre-commit' });
    assert.ok(existsSync(join(t.dir, '.etk/index.db')));
  });

  it('outside git it says so and changes nothing (exit 2); with --dry-run it only prints the plan', () => {
    const t = tempDir({ prefix: 'etk-user-' });
    assert.equal(run(t, 'npm', ['install', '--save-dev', '--no-audit', '--no-fund', tarball]).code, 0);
    const before = readdirSync(t.dir).sort();
    const r = run(t, 'npx', ['--no', 'etk', 'init']);
    assert.equal(r.code, 2);
    assert.match(r.out, /not inside a git repository/);
    assert.deepEqual(readdirSync(t.dir).sort(), before);
    git(t, 'init', '-q');
    const dry = run(t, 'npx', ['--no', 'etk', 'init', '--dry-run']);
    assert.equal(dry.code, 0);
    assert.match(dry.out, /npm install --save-dev husky@\^9 lint-staged@\^17/);
    assert.match(dry.out, /nothing was changed \(--dry-run\)/);
    assert.deepEqual(readdirSync(t.dir).sort(), [...before, '.git'].sort());
  });

  it('leaves another core.hooksPath and the pre-commit framework alone, and says what to do', () => {
    const t = tempDir({ git: true, prefix: 'etk-user-' });
    assert.equal(run(t, 'npm', ['install', '--save-dev', '--no-audit', '--no-fund', tarball]).code, 0);
    git(t, 'config', 'core.hooksPath', '.githooks');
    const r = run(t, 'npx', ['--no', 'etk', 'init', '--no-sync']);
    assert.equal(r.code, 0);
    assert.match(r.out, /core\.hooksPath is \.githooks, not husky's: etk leaves it alone/);
    assert.equal(git(t, 'config', 'core.hooksPath').out.trim(), '.githooks');
    assert.equal(existsSync(join(t.dir, '.husky')), false);
    writeFileSync(join(t.dir, '.pre-commit-config.yaml'), 'repos: []\n');
    git(t, 'config', '--unset', 'core.hooksPath');
    const pc = run(t, 'npx', ['--no', 'etk', 'init', '--no-sync']);
    assert.match(pc.out, /uses the pre-commit framework/);
    assert.equal(existsSync(join(t.dir, '.husky')), false);
  });
});
