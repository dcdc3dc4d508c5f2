import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { checkConflicts, syncIndex } from '../../src/sync/syncIndex.ts';
import { EXP, EXP2, NAMES, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { BIN, gitOk, scratchDir } from '../helpers/gitScenario.ts';
import { cli } from '../helpers/runCli.ts';

/** Cases found in review of the sync (each failed before its fix). */
const A = artifactPath(NAMES.assessment!);
function repo() {
  const t = scratchDir('etk-edge-', { git: true });
  t.write('etk.config.json', '{}');
  t.write('.gitignore', 'data/\n');
  t.write(manifestPath(), manifest());
  t.write(manifestPath(EXP2), manifest(EXP2));
  t.write(A, artifact('assessment'));
  gitOk(t.dir, 'add', '-A');
  gitOk(t.dir, 'commit', '-qm', 'corpus');
  return t;
}
const req = async (dir: string, source: 'worktree' | 'index' = 'worktree') => ({ config: await loadConfig({ cwd: dir }), dbPath: join(dir, 'data/ops/tracking.db'), etkVersion: 'test', source });

describe('sync edge cases', () => {
  it('an intent-to-add file (git add -N) is read from disk in the work tree, and left out of --staged', async () => {
    const t = repo();
    const G = artifactPath(NAMES.guide!, EXP, 'guides');
    t.write(G, artifact('guide', { id: 'g-1' }));
    gitOk(t.dir, 'add', '-N', G);
    await syncIndex(await req(t.dir));
    t.write(G, artifact('guide', { id: 'g-1' }).replace('python train.py', 'python train.py --epochs 3'));
    await syncIndex(await req(t.dir));
    assert.deepEqual((await checkConflicts(await req(t.dir))).drift, []);
    const staged = { ...(await req(t.dir, 'index')), dbPath: join(t.dir, 'data/staged.db') };
    await syncIndex(staged);
    const db = new DatabaseSync(staged.dbPath, { readOnly: true });
    assert.deepEqual({ ...db.prepare('SELECT COUNT(*) AS n FROM files WHERE path = ?').get(G) }, { n: 0 });
    db.close();
  });

  it('a file that changes while the sync reads it is recorded with the id of what was read', async () => {
    const t = repo();
    const X = artifact('assessment');
    const Y = X.replace('priority: high', 'priority: low');
    await syncIndex(await req(t.dir));
    t.write(A, Y); // listed as blob(Y)
    await syncIndex({ ...(await req(t.dir)), onProgress: (d) => { if (d === 0) t.write(A, X); } }); // read as X
    t.write(A, Y); // saved again: the same content as listed before
    await syncIndex(await req(t.dir));
    assert.deepEqual((await checkConflicts(await req(t.dir))).drift, []);
  });

  it('works in a sparse checkout (files outside the cone are indexed from git)', async () => {
    const t = repo();
    gitOk(t.dir, 'sparse-checkout', 'set', '--no-cone', '/etk.config.json', '/.gitignore', `/experiment_manager/experiments/${EXP2}/`);
    const r = await cli(t.dir, 'sync', '--json');
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { files: number }).files, 3);
    assert.deepEqual((await checkConflicts(await req(t.dir))).drift, []);
  });

  it('waits for a lock held on a new database file instead of failing', async () => {
    const t = repo();
    t.write('data/.keep', '');
    const path = join(t.dir, 'data', 'new.db');
    const other = new DatabaseSync(path);
    other.exec('BEGIN IMMEDIATE');
    const child = spawn(process.execPath, [BIN, 'sync', '--db', path], { cwd: t.dir });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    setTimeout(() => {
      other.exec('COMMIT');
      other.close();
    }, 1500);
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stderr);
  });
});
