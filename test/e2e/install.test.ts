import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

/**
 * etk installed into a fresh user repository the ways the README shows, from what exists: a git URL
 * (a bare repository holding this checkout's HEAD commit, standing in for github:<owner>/etk#<tag>)
 * and a tarball made by `npm pack` from that same commit. Everything runs with an empty npm cache
 * and --offline: installing etk needs no registry at all (no runtime dependencies; no build,
 * prepare or install script that would make npm fetch the devDependencies first). What is installed
 * is the last commit, not uncommitted work.
 */

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const PKG = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string>; dependencies?: Record<string, string> };
const EXAMPLES = join(REPO, 'examples');
// This Node (>= 22.13) first on PATH, as in a user's shell; npm and npx come from PATH.
const ENV = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', npm_config_update_notifier: 'false' };
const hasNpm = spawnSync('npm', ['--version'], { env: ENV, encoding: 'utf8' }).status === 0;
const skip = hasNpm ? false : 'npm is not on PATH';

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, env: ENV, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function ok(cmd: string, args: string[], cwd: string): string {
  const r = run(cmd, args, cwd);
  assert.equal(r.code, 0, `${cmd} ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** A user's fresh repository with some experiments and a package.json, nothing installed. */
function userRepo(): TempDir {
  const t = tempDir({ git: true, prefix: 'etk-user-' });
  t.write('package.json', '{ "name": "my-experiments", "version": "1.0.0", "private": true }\n');
  cpSync(join(EXAMPLES, 'experiment_manager'), join(t.dir, 'experiment_manager'), { recursive: true });
  return t;
}

const NPM_FLAGS = ['--offline', '--no-audit', '--no-fund', '--loglevel=error'];

describe('installing etk into a fresh repository', { skip }, () => {
  let bare = '';
  let tarball = '';
  let cache = '';
  const commit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).stdout.trim();

  before(() => {
    const work = tempDir({ prefix: 'etk-install-' });
    cache = join(work.dir, 'npm-cache');
    // The bare repository: this checkout's HEAD commit (depth 1, as a tag's download is).
    bare = join(work.dir, 'etk.git');
    ok('git', ['init', '-q', '--bare', '-b', 'main', bare], work.dir);
    ok('git', ['-C', bare, 'fetch', '-q', '--depth=1', `file://${REPO}`, 'HEAD:refs/heads/main'], work.dir);
    // The tarball: npm pack in a checkout of that commit.
    const checkout = join(work.dir, 'checkout');
    ok('git', ['clone', '-q', bare, checkout], work.dir);
    const packed = JSON.parse(ok('npm', ['pack', '--json', '--pack-destination', work.dir, ...NPM_FLAGS, '--cache', cache], checkout)) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    for (const f of ['bin/etk.js', 'dist/etk.js', 'package.json', 'README.md']) assert.ok(files.includes(f), `the tarball holds ${f}`);
    assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('test/')), 'no sources or tests in the tarball');
    tarball = join(work.dir, packed[0]!.filename);
  });

  it('has nothing npm would build or fetch when installing from git', () => {
    // With any of these, npm installs every devDependency of a git dependency from the registry and runs it.
    for (const s of ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall']) assert.equal(PKG.scripts[s], undefined, `package.json has no "${s}" script`);
    assert.deepEqual(PKG.dependencies ?? {}, {}, 'no runtime dependencies: the bundle holds them');
  });

  it('from a git URL: npm install -D git+file://…#<commit>, then npx etk --version and validate', () => {
    const t = userRepo();
    ok('npm', ['install', '-D', `git+file://${bare}#${commit}`, ...NPM_FLAGS, '--cache', cache], t.dir);
    const pkg = JSON.parse(readFileSync(join(t.dir, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    assert.equal(pkg.devDependencies.etk, `git+file://${bare}#${commit}`);
    assert.ok(existsSync(join(t.dir, 'node_modules/etk/dist/etk.js')));
    assert.equal(ok('npx', ['--offline', 'etk', '--version'], t.dir), `${PKG.version}\n`);
    assert.match(ok('npx', ['--offline', 'etk', 'validate'], t.dir), /^✔ \d+ files checked, no problems\n$/);
  });

  it('from a tarball: npm install -D ./etk-x.y.z.tgz, then npx etk --version and validate (exit 1 on a broken file)', () => {
    const t = userRepo();
    const name = `etk-${PKG.version}.tgz`;
    cpSync(tarball, join(t.dir, name));
    ok('npm', ['install', '-D', `./${name}`, ...NPM_FLAGS, '--cache', cache], t.dir);
    assert.equal(ok('npx', ['--offline', 'etk', '--version'], t.dir), `${PKG.version}\n`);
    const report = 'experiment_manager/experiments/20251008_101500_image_enhancements/.metadata/reports/20251023_1045_report_final-pipeline.md';
    t.write(report, readFileSync(join(t.dir, report), 'utf8').replace('status: complete', 'status: finished'));
    const r = run('npx', ['--offline', 'etk', 'validate'], t.dir);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /20251023_1045_report_final-pipeline\.md\n {2}7:9 +error +status must be one of/);
  });
});
