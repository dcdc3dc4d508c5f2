/**
 * The history commands where a reviewer found gaps: etk blame of an experiment whose folder etk mv
 * renamed, or whose value a merge brought in; etk blame of a file when the experiments root does not
 * exist; a blob or tree given as a revision; and --as-of snapshot eviction while another run reads.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { VERSION } from '../../src/cli/version.ts';
import { ASOF_GRACE_MS, asOfCacheDir, asOfIndex } from '../../src/history/asOfIndex.ts';
import { EXP, manifest, manifestPath, ROOT } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { TSX_LOADER } from '../helpers/sourceCli.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

const DB = 'data/ops/tracking.db';
const NEW = EXP.replace('image_enhancements', 'image_pipeline');

interface Field {
  field: string;
  value: unknown;
  author: string;
  commit: string;
  history: { value: unknown; author: string; path: string }[];
}

describe('history gaps', () => {
  let t: TempDir;
  let clock = 1_767_700_000;
  const commit = (author: string, message: string, ...extra: string[]) => {
    clock += 60;
    const env = { ...process.env, GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: `${author}@etk.invalid`, GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: `${author}@etk.invalid`, GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000`, GIT_CONFIG_NOSYSTEM: '1', HOME: t.dir };
    execFileSync('git', ['add', '-A'], { cwd: t.dir, env });
    execFileSync('git', ['commit', '-qm', message, ...extra], { cwd: t.dir, env });
    return t.git('rev-parse', 'HEAD').trim();
  };
  const blame = async (...args: string[]) => {
    const r = await cli(t.dir, 'blame', ...args, '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as { target: string; revisions: number; fields: Field[] };
  };

  before(async () => {
    t = tempDir({ git: true });
    t.write('etk.config.json', '{}\n');
    t.write('.gitignore', 'data/\n');
    t.write(manifestPath(), manifest());
    commit('kim', 'start');
    t.git('tag', 'v1');
    // etk mv renames the experiment (a folder move plus its experiment_id), committed by lee.
    const mv = await cli(t.dir, 'mv', EXP, 'image_pipeline');
    assert.equal(mv.code, 0, mv.stderr);
    assert.ok(existsSync(join(t.dir, manifestPath(NEW))));
    commit('lee', 'rename the experiment');
    // A branch sets the status; kim merges it (no conflict: main did not touch the folder since).
    t.git('checkout', '-q', '-b', 'side');
    t.write(manifestPath(NEW), manifest(NEW).replace('status: active', 'status: complete'));
    commit('ana', 'side: complete');
    t.git('checkout', '-q', 'main');
    t.write('notes.txt', 'main moves on\n');
    commit('kim', 'main: notes');
    execFileSync('git', ['merge', '-q', '--no-ff', '--no-commit', 'side'], { cwd: t.dir, stdio: 'ignore' });
    commit('kim', 'merge side', '--no-edit');
  });

  it('etk blame <experiment> follows the folder through etk mv, and credits a merged value to the branch commit that set it', async () => {
    const r = await blame(NEW, 'status', '--history');
    assert.equal(r.target, `${ROOT}/${NEW}`);
    const f = r.fields[0]!;
    assert.deepEqual(
      f.history.map((v) => [v.value, v.author, v.path]),
      [
        ['active', 'kim', `${ROOT}/${EXP}`],
        ['complete', 'ana', `${ROOT}/${NEW}`],
      ],
      'active since the first commit under the old name (not since the rename); complete by ana, not by kim who merged',
    );
    assert.equal(f.commit, t.git('rev-parse', 'side').trim());
    // The same answers as the file's blame, which already followed renames and credited branches.
    const file = (await blame(manifestPath(NEW), 'status', '--history')).fields[0]!;
    assert.deepEqual(
      file.history.map((v) => [v.value, v.author]),
      f.history.map((v) => [v.value, v.author]),
    );
    // Before the rename: the old name is what the folder was called.
    const old = await blame(NEW, 'status', '--rev', 'v1');
    assert.deepEqual([old.fields[0]!.value, old.fields[0]!.author, old.revisions], ['active', 'kim', 1]);
  });

  it('a new experiment made by etk new (its README much like the others\') has only its own history, not an older experiment\'s', async () => {
    assert.equal((await cli(t.dir, 'new', 'experiment', 'First pipeline')).code, 0);
    commit('kim', 'a first experiment from the template');
    const made = await cli(t.dir, 'new', 'experiment', 'Second pipeline');
    assert.equal(made.code, 0, made.stderr);
    const id = readdirSync(join(t.dir, ROOT)).find((d) => d.endsWith('_second_pipeline'))!;
    const created = commit('mia', 'a second experiment');
    const r = await blame(id, 'status', '--history');
    assert.equal(r.target, `${ROOT}/${id}`);
    assert.deepEqual(r.fields[0]!.history.map((v) => [v.author, v.path]), [['mia', `${ROOT}/${id}`]]);
    assert.equal(r.fields[0]!.commit, created);
    assert.equal(r.revisions, 1);
    // The same for the README itself: a copy's history starts where it was made.
    const file = await blame(manifestPath(id), 'status', '--history');
    assert.deepEqual(file.fields[0]!.history.map((v) => [v.author, v.path]), [['mia', manifestPath(id)]]);
  });

  it('etk blame <file> works when the experiments root does not exist; an experiment needs it (exit 2)', async () => {
    t.write('data/etk.missing-root.json', '{"root": "no/such/folder"}\n');
    const r = await cli(t.dir, 'blame', manifestPath(NEW), 'status', '--config', 'data/etk.missing-root.json');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /status\s+complete\s+\w+\s+ana/);
    const e = await cli(t.dir, 'blame', NEW, '--config', 'data/etk.missing-root.json');
    assert.equal(e.code, 2);
    assert.match(e.stderr, /root no\/such\/folder does not exist/);
  });

  it('a blob or a tree given as a revision: "is a blob/tree, not a commit" (exit 2)', async () => {
    let r = await cli(t.dir, 'blame', manifestPath(NEW), '--rev', `HEAD:${manifestPath(NEW)}`);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--rev HEAD:\S+README\.md: is a blob, not a commit/);
    r = await cli(t.dir, 'status', '--as-of', t.git('rev-parse', 'HEAD^{tree}').trim());
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--as-of [0-9a-f]{40}: is a tree, not a commit/);
    assert.doesNotMatch(r.stderr, /no such commit/);
  });

  it('--as-of with a one-snapshot cache: a snapshot handed out, or just used by another run, is not evicted', async () => {
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    const config = await loadConfig({ cwd: t.dir });
    const env = { ETK_ASOF_CACHE: '1' };
    // One process (etk diff A B): both snapshots made before either is opened.
    const a = await asOfIndex({ config, dbPath: join(t.dir, DB), rev: 'v1', etkVersion: VERSION, env });
    const b = await asOfIndex({ config, dbPath: join(t.dir, DB), rev: 'side', etkVersion: VERSION, env });
    assert.notEqual(a.path, b.path);
    assert.ok(existsSync(a.path), 'the first snapshot survives making the second');

    // Two processes at once, each asking its own revision in a loop, the cache holding one snapshot.
    const main = pathToFileURL(join(import.meta.dirname, '../../src/cli/main.ts')).href;
    const loop = (rev: string, want: string) =>
      new Promise<{ code: number | null; out: string }>((done) => {
        const code = `import { runCli } from ${JSON.stringify(main)};
          for (let i = 0; i < 8; i++) {
            let out = '', err = '';
            const io = { cwd: process.cwd(), env: process.env, stdout: { write: (s) => (out += s), isTTY: false }, stderr: { write: (s) => (err += s), isTTY: false } };
            const rc = await runCli(['status', ${JSON.stringify(NEW)}, '--as-of', ${JSON.stringify(rev)}, '--format', 'json'], io);
            const status = rc === 0 ? JSON.parse(out).status : null;
            if (status !== ${JSON.stringify(want)}) { console.log('run ' + i + ': exit ' + rc + ', status ' + status + ': ' + err); process.exit(1); }
          }`;
        const p = spawn(process.execPath, ['--import', TSX_LOADER, '--input-type=module', '-e', code], { cwd: t.dir, env: { ...process.env, ETK_ASOF_CACHE: '1', NO_COLOR: '1' } });
        let out = '';
        p.stdout.on('data', (d) => (out += d));
        p.stderr.on('data', (d) => (out += d));
        p.on('close', (c) => done({ code: c, out }));
      });
    const [one, two] = await Promise.all([loop('side~1', 'active'), loop('side', 'complete')]);
    assert.equal(one.code, 0, one.out);
    assert.equal(two.code, 0, two.out);

    // Still bounded: snapshots unused for a while go, except the last two this process handed out.
    const dir = asOfCacheDir(join(t.dir, DB));
    const snapshots = () => readdirSync(dir).filter((n) => n.endsWith('.db')).sort();
    assert.equal(snapshots().length, 3, 'v1, side and side~1 (used by the other processes) all kept');
    const past = new Date(Date.now() - 2 * ASOF_GRACE_MS);
    for (const n of snapshots()) utimesSync(join(dir, n), past, past);
    const c = await asOfIndex({ config, dbPath: join(t.dir, DB), rev: 'main~1', etkVersion: VERSION, env });
    assert.deepEqual(snapshots(), [basename(b.path), basename(c.path)].sort());
  });
});
