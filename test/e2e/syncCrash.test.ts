/**
 * kill -9 during `etk sync`: the index must hold the state before the sync or the state after it,
 * never a mix, pass SQLite's integrity check, and the next sync must finish the job.
 *
 * A generated corpus of 2,500 files is synced (state A); then 500 files are edited, 100 deleted and
 * 100 added, so the next sync has 700 files to re-read. Each trial copies state A to a new file,
 * starts the built CLI on it and SIGKILLs it after a random delay within its measured duration.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error: plain JavaScript generator without type declarations
import { generateCorpus } from '../../bench/gen-corpus.mjs';
import { Rng, dumpDb, gitOk, integrity, removeDb, scratchDir, spawnEtk, splitNul, type Spawned } from '../helpers/gitScenario.ts';

const ARTIFACTS = 2500;
const EDITS = 500;
const DELETES = 100;
const ADDS = 100;
const MIN_TRIALS = 8;
const MAX_TRIALS = 14;
/** Trials stop once this much time went by (after MIN_TRIALS). */
const TIME_BOX_MS = 45_000;

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

describe('etk sync killed with SIGKILL', () => {
  it('leaves the index before or after the sync, never in between, and the next sync completes it', { timeout: 180_000 }, async () => {
    const started = performance.now();
    const repo = scratchDir('etk-crash-');
    const dbs = scratchDir('etk-crash-db-');
    (generateCorpus as (o: object) => unknown)({ artifacts: ARTIFACTS, seed: 11, out: repo.dir, invalidRatio: 0.05 });
    repo.write('.gitignore', 'data/\n');
    gitOk(repo.dir, 'init', '-q', '-b', 'main');
    gitOk(repo.dir, 'config', 'commit.gpgsign', 'false');
    gitOk(repo.dir, 'add', '-A');
    gitOk(repo.dir, 'commit', '-q', '-m', 'corpus');

    const sync = async (db: string): Promise<Spawned> => {
      const r = await spawnEtk(repo.dir, ['sync', '--db', db]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      return r;
    };

    // State A.
    const stateA = join(dbs.dir, 'A.db');
    await sync(stateA);
    const dumpA = dumpDb(stateA);
    assert.equal(sizeOf(`${stateA}-wal`) <= 0, true, 'a cleanly closed index leaves no WAL behind');

    // The changes: edits (body and title, so FTS rows change too), deletions, additions (new ids).
    const rng = new Rng(20251126);
    const files = splitNul(gitOk(repo.dir, 'ls-files', '-z', '--', '*.md'));
    for (let i = files.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [files[i], files[j]] = [files[j]!, files[i]!];
    }
    const picked = files.slice(0, EDITS + DELETES + ADDS);
    assert.equal(picked.length, EDITS + DELETES + ADDS);
    picked.slice(0, EDITS).forEach((p, i) => {
      const text = readFileSync(join(repo.dir, p), 'utf8');
      writeFileSync(join(repo.dir, p), `${text.replace(/^# .*$/m, (h) => `${h} (revised ${i})`)}\nRevised after the crash test's first sync, pass ${i}.\n`);
    });
    for (const p of picked.slice(EDITS, EDITS + DELETES)) rmSync(join(repo.dir, p));
    picked.slice(EDITS + DELETES).forEach((p, i) => {
      const text = readFileSync(join(repo.dir, p), 'utf8');
      writeFileSync(join(repo.dir, p.replace(/\.md$/, `-copy-${i}.md`)), text.replace(/^artifact_id: "?([^"\n]+)"?$/m, `artifact_id: "$1-copy-${i}"`));
    });

    // The state after: an incremental sync of a copy of A, which equals a rebuild from scratch.
    const after = join(dbs.dir, 'after.db');
    copyFileSync(stateA, after);
    const durations = [(await sync(after)).ms];
    const dumpAfter = dumpDb(after);
    assert.notEqual(dumpAfter, dumpA);
    const fresh = join(dbs.dir, 'fresh.db');
    await sync(fresh);
    assert.equal(dumpDb(fresh), dumpAfter, 'the incremental sync equals a full rebuild');
    for (let i = 0; i < 2; i++) {
      const again = join(dbs.dir, `timing-${i}.db`);
      copyFileSync(stateA, again);
      durations.push((await sync(again)).ms);
      removeDb(again);
    }
    const typical = durations.sort((a, b) => a - b)[1]!;

    // The trials: delays spread over [0, typical), one random point in each slice.
    const outcomes: { delay: number; killed: boolean; walBytes: number; state: 'before' | 'after' | 'mid' }[] = [];
    for (let i = 0; i < MAX_TRIALS; i++) {
      if (i >= MIN_TRIALS && performance.now() - started > TIME_BOX_MS) break;
      const db = join(dbs.dir, `trial-${i}.db`);
      copyFileSync(stateA, db);
      const slices = MIN_TRIALS;
      const delay = (((i % slices) + rng.next()) / slices) * typical;
      let timer: NodeJS.Timeout | undefined;
      const r = await spawnEtk(repo.dir, ['sync', '--db', db], {
        onSpawn: (kill) => {
          timer = setTimeout(() => kill('SIGKILL'), delay);
        },
      });
      clearTimeout(timer);
      const killed = r.signal === 'SIGKILL';
      if (!killed) assert.equal(r.code, 0, r.stderr);
      const walBytes = sizeOf(`${db}-wal`);
      assert.deepEqual(integrity(db), ['ok'], `trial ${i} (killed after ${Math.round(delay)} ms): integrity_check`);
      const dump = dumpDb(db);
      const state = dump === dumpA ? 'before' : dump === dumpAfter ? 'after' : 'mid';
      outcomes.push({ delay: Math.round(delay), killed, walBytes, state });
      assert.notEqual(state, 'mid', `trial ${i}: killed after ${Math.round(delay)} ms, the index is neither the old state nor the new one`);
      // The next, normal sync brings it to the state after.
      await sync(db);
      assert.deepEqual(integrity(db), ['ok']);
      assert.equal(dumpDb(db), dumpAfter, `trial ${i}: the sync after the kill did not reach the new state`);
      removeDb(db);
    }

    const count = (s: string) => outcomes.filter((o) => o.state === s).length;
    process.stdout.write(
      `# crash trials: ${outcomes.length} (typical sync ${Math.round(typical)} ms): before=${count('before')} after=${count('after')} mid=${count('mid')}; ` +
        `killed while running=${outcomes.filter((o) => o.killed).length}, with a WAL left behind=${outcomes.filter((o) => o.killed && o.walBytes > 0).length}; ` +
        `delays ${outcomes.map((o) => `${o.delay}${o.killed ? '' : '(done)'}→${o.state}`).join(' ')}\n`,
    );
    assert.ok(outcomes.length >= MIN_TRIALS);
    assert.equal(count('mid'), 0);
    assert.ok(outcomes.filter((o) => o.killed).length >= MIN_TRIALS / 2, 'most trials must kill a running sync, or the test proves nothing');
  });
});
