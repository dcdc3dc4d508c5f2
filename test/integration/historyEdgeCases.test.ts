/**
 * The history commands where a real repository is less tidy than a scripted one: a merge that
 * resolved a conflict either way (etk blame must end at the value the file holds), an --as-of
 * snapshot cache that etk may not write, and a damaged snapshot.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { asOfCacheDir } from '../../src/history/asOfIndex.ts';
import { EXP, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

const DB = 'data/ops/tracking.db';

describe('history edge cases', () => {
  let t: TempDir;
  let clock = 1_767_600_000;
  const commit = (t: TempDir, author: string, message: string, ...extra: string[]) => {
    clock += 60;
    const env = { ...process.env, GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: `${author}@etk.invalid`, GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: `${author}@etk.invalid`, GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000`, GIT_CONFIG_NOSYSTEM: '1', HOME: t.dir };
    execFileSync('git', ['add', '-A'], { cwd: t.dir, env });
    execFileSync('git', ['commit', '-qm', message, ...extra], { cwd: t.dir, env });
    return t.git('rev-parse', 'HEAD').trim();
  };
  const M = manifestPath();
  const withStatus = (s: string) => manifest(EXP).replace('status: active', `status: ${s}`);

  before(() => {
    t = tempDir({ git: true });
    t.write('etk.config.json', '{}\n');
    t.write('.gitignore', 'data/\n');
    t.write(M, withStatus('active'));
    commit(t, 'kim', 'start');
    t.git('tag', 'v1');
    // A branch sets the status later (by the clock) than main does; both merges conflict.
    t.git('checkout', '-q', '-b', 'side');
    t.write(M, withStatus('failed'));
    commit(t, 'ana', 'side: failed');
    t.git('checkout', '-q', 'main');
    t.write(M, withStatus('complete'));
    commit(t, 'lee', 'main: complete');
  });

  const mergeSide = (keep: 'ours' | 'theirs') => {
    execFileSync('git', ['merge', '-q', '--no-ff', '--no-commit', 'side', '-X', keep], { cwd: t.dir, stdio: 'ignore' });
    return commit(t, 'kim', `merge side (${keep})`, '--no-edit');
  };
  const blame = async (...args: string[]) => {
    const r = await cli(t.dir, 'blame', M, 'status', '--format', 'json', ...args);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout).fields[0] as { value: string; author: string; history: { value: string; author: string }[] };
  };

  it('etk blame after a merge: the value the file holds, credited to whoever set it on either side', async () => {
    // main kept its value: the branch's later "failed" never reached main.
    const ours = mergeSide('ours');
    assert.match(readFileSync(join(t.dir, M), 'utf8'), /status: complete/);
    let f = await blame();
    assert.deepEqual([f.value, f.author], ['complete', 'lee']);
    assert.deepEqual(f.history.map((v) => v.value), ['active', 'complete'], 'a value the merge did not take leaves no trace');
    f = JSON.parse((await cli(t.dir, 'blame', EXP, 'status', '--format', 'json')).stdout).fields[0];
    assert.equal(f.value, 'complete', 'an experiment too');

    // A merge that took the branch's value: credited to the branch's author, not the merger.
    t.git('reset', '-q', '--hard', 'HEAD~1');
    mergeSide('theirs');
    assert.match(readFileSync(join(t.dir, M), 'utf8'), /status: failed/);
    f = await blame();
    assert.deepEqual([f.value, f.author], ['failed', 'ana']);
    assert.deepEqual(f.history.map((v) => `${v.value} ${v.author}`), ['active kim', 'complete lee', 'failed ana']);
    f = JSON.parse((await cli(t.dir, 'blame', EXP, 'status', '--format', 'json')).stdout).fields[0];
    assert.equal(f.value, 'failed', 'an experiment: the merged value');
    f = await blame('--rev', ours);
    assert.equal(f.value, 'complete', '--rev at the other merge');
  });

  it('--as-of with a cache folder etk cannot write answers (one warning), and a damaged snapshot is a sentence (exit 2)', async () => {
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    const cache = asOfCacheDir(join(t.dir, DB));
    rmSync(cache, { recursive: true, force: true });
    writeFileSync(cache, 'not a folder\n');
    let r = await cli(t.dir, 'status', EXP, '--as-of', 'v1', '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).status, 'active');
    assert.match(r.stderr, /cannot keep the snapshot in .*tracking\.db-asof .*temporary folder/);
    r = await cli(t.dir, 'diff', 'v1', 'HEAD', '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /etk diff v1: cannot keep the snapshot/);
    r = await cli(t.dir, 'diff', 'v1..main..side');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /v1\.\.main\.\.side names more than two revisions/, 'not silently v1..main');

    rmSync(cache, { force: true });
    assert.equal((await cli(t.dir, 'status', '--as-of', 'v1')).code, 0);
    const snapshot = join(cache, `${t.git('rev-parse', 'v1^{tree}').trim()}.db`);
    const bytes = readFileSync(snapshot);
    bytes.fill(0x0d, Math.floor(bytes.length / 3));
    writeFileSync(snapshot, bytes);
    r = await cli(t.dir, 'status', '--as-of', 'v1');
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^etk: the index \(or an --as-of snapshot of it\) is damaged.*\n {2}fix: .*etk sync --force.*tracking\.db-asof/);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
  });
});
