/**
 * Several `etk sync` processes (the built CLI) at the same moment, on the same repository and the
 * same database file: each waits for the others (one IMMEDIATE transaction per sync), none fails with
 * "database is locked", and the index ends healthy and equal to a rebuild.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error: plain JavaScript generator without type declarations
import { generateCorpus } from '../../bench/gen-corpus.mjs';
import { Rng, dumpDb, gitOk, integrity, removeDb, scratchDir, spawnEtk, splitNul, type Scratch, type Spawned } from '../helpers/gitScenario.ts';

const PROCESSES = 4;
/** Processes boot, then spin until this far in the future, so they start etk at the same instant. */
const BARRIER_MS = 900;

interface JsonSummary {
  added: string[];
  changed: string[];
  removed: string[];
  rebuild: string | null;
  source: { kind: string };
}

function corpusRepo(artifacts: number, seed: number): Scratch {
  const repo = scratchDir('etk-conc-');
  (generateCorpus as (o: object) => unknown)({ artifacts, seed, out: repo.dir, invalidRatio: 0.05 });
  repo.write('.gitignore', 'data/\n');
  gitOk(repo.dir, 'init', '-q', '-b', 'main');
  gitOk(repo.dir, 'config', 'commit.gpgsign', 'false');
  gitOk(repo.dir, 'add', '-A');
  gitOk(repo.dir, 'commit', '-q', '-m', 'corpus');
  return repo;
}

function markdownFiles(repo: Scratch): string[] {
  return splitNul(gitOk(repo.dir, 'ls-files', '-z', '--', '*.md'));
}

/** Edits `n` files picked by `rng`: a new paragraph and a changed title. */
function editSome(repo: Scratch, rng: Rng, n: number, tag: string): string[] {
  const files = markdownFiles(repo);
  const picked = new Set<string>();
  while (picked.size < Math.min(n, files.length)) picked.add(rng.pick(files));
  for (const p of picked) {
    const text = readFileSync(join(repo.dir, p), 'utf8');
    writeFileSync(join(repo.dir, p), `${text.replace(/^# .*$/m, (h) => `${h} ${tag}`)}\nConcurrent edit ${tag}.\n`);
  }
  return [...picked];
}

/** Runs the built CLI and asserts a clean exit. */
async function syncOk(cwd: string, ...args: string[]): Promise<Spawned> {
  const r = await spawnEtk(cwd, ['sync', ...args]);
  assert.equal(r.code, 0, r.stderr);
  return r;
}

/** A rebuild of the source from scratch into a new file: its canonical dump. */
async function rebuildDump(repo: Scratch, dir: string, ...sourceArgs: string[]): Promise<string> {
  const fresh = join(dir, `fresh-${Math.random().toString(36).slice(2)}.db`);
  await syncOk(repo.dir, ...sourceArgs, '--db', fresh);
  const dump = dumpDb(fresh);
  removeDb(fresh);
  return dump;
}

function assertAllClean(results: Spawned[], what: string): void {
  results.forEach((r, i) => {
    assert.doesNotMatch(r.stderr, /database is locked|busy/i, `${what}: process ${i} hit a lock: ${r.stderr}`);
    assert.equal(r.code, 0, `${what}: process ${i} exited ${r.code} (${r.signal ?? 'no signal'}): ${r.stderr}`);
    assert.equal(r.stderr, '', `${what}: process ${i} wrote to stderr`);
  });
}

describe('concurrent etk sync processes on one database', () => {
  it(`${PROCESSES} work-tree syncs at the same instant: all succeed, the changes are applied once, the index equals a rebuild`, { timeout: 120_000 }, async () => {
    const repo = corpusRepo(800, 3);
    const dbs = scratchDir('etk-conc-db-');
    const db = join(dbs.dir, 'tracking.db');
    await syncOk(repo.dir, '--db', db);
    const edited = editSome(repo, new Rng(1), 200, 'round-1');
    const removed = markdownFiles(repo).filter((p) => !edited.includes(p)).slice(0, 30);
    for (const p of removed) gitOk(repo.dir, 'rm', '-q', '--', p);

    const startAt = Date.now() + BARRIER_MS;
    const results = await Promise.all(Array.from({ length: PROCESSES }, () => spawnEtk(repo.dir, ['sync', '--db', db, '--json'], { startAt })));
    assertAllClean(results, 'same-instant syncs');
    const summaries = results.map((r) => JSON.parse(r.stdout) as JsonSummary);
    const applied = summaries.map((s) => s.added.length + s.changed.length + s.removed.length);
    // They all listed the same work tree; whichever got the lock first applied it, the others found nothing to do.
    assert.deepEqual([...applied].sort((a, b) => a - b), [...Array<number>(PROCESSES - 1).fill(0), edited.length + removed.length], `changes applied per process: ${applied.join(', ')}`);
    assert.deepEqual(integrity(db), ['ok']);
    assert.equal(dumpDb(db), await rebuildDump(repo, dbs.dir));
  });

  it('work tree, --staged and --rev HEAD at the same instant on a clean tree (all three sources agree)', { timeout: 120_000 }, async () => {
    const repo = corpusRepo(600, 5);
    const dbs = scratchDir('etk-conc-db-');
    const db = join(dbs.dir, 'tracking.db');
    await syncOk(repo.dir, '--db', db);
    editSome(repo, new Rng(2), 150, 'committed');
    gitOk(repo.dir, 'commit', '-q', '-a', '-m', 'edits');
    assert.equal(gitOk(repo.dir, 'status', '--porcelain'), '', 'the tree is clean: work tree = index = HEAD');

    const startAt = Date.now() + BARRIER_MS;
    const argsList = [['sync'], ['sync', '--staged'], ['sync', '--rev', 'HEAD'], ['sync']];
    const results = await Promise.all(argsList.map((args) => spawnEtk(repo.dir, [...args, '--db', db, '--json'], { startAt })));
    assertAllClean(results, 'mixed sources');
    assert.deepEqual(results.map((r) => (JSON.parse(r.stdout) as JsonSummary).source.kind), ['worktree', 'index', 'rev', 'worktree']);
    assert.deepEqual(integrity(db), ['ok']);
    const expected = await rebuildDump(repo, dbs.dir);
    assert.equal(dumpDb(db), expected);
    assert.equal(await rebuildDump(repo, dbs.dir, '--staged'), expected);
    assert.equal(await rebuildDump(repo, dbs.dir, '--rev', 'HEAD'), expected);
  });

  it('syncs started while the work tree keeps changing: all succeed, and one more sync equals a rebuild', { timeout: 120_000 }, async () => {
    const repo = corpusRepo(800, 9);
    const dbs = scratchDir('etk-conc-db-');
    const db = join(dbs.dir, 'tracking.db');
    await syncOk(repo.dir, '--db', db);
    const rng = new Rng(3);
    const running: Promise<Spawned>[] = [];
    for (let i = 0; i < PROCESSES; i++) {
      // Every change writes new bytes (never back to an earlier version of a file).
      editSome(repo, rng, 60, `wave-${i}`);
      if (i === 2) for (const p of markdownFiles(repo).slice(0, 20)) gitOk(repo.dir, 'rm', '-q', '-f', '--', p);
      running.push(spawnEtk(repo.dir, ['sync', '--db', db]));
      await new Promise((resolve) => setTimeout(resolve, 120 + rng.int(0, 150)));
    }
    editSome(repo, rng, 60, 'while-finishing');
    const results = await Promise.all(running);
    assertAllClean(results, 'syncs during changes');
    assert.deepEqual(integrity(db), ['ok']);
    // Each sync applied the tree as it listed it; the last to commit may be behind the disk. One more catches up.
    await syncOk(repo.dir, '--db', db);
    assert.deepEqual(integrity(db), ['ok']);
    assert.equal(dumpDb(db), await rebuildDump(repo, dbs.dir));
  });

  it(`${PROCESSES} syncs at the same instant on a repository without a database yet (creation and migration race), several rounds`, { timeout: 120_000 }, async () => {
    const repo = corpusRepo(300, 13);
    const dbs = scratchDir('etk-conc-db-');
    const expected = await rebuildDump(repo, dbs.dir);
    for (let round = 0; round < 4; round++) {
      const viaConfig = round % 2 === 0; // the configured path (its folder missing too), or --db
      const db = viaConfig ? join(repo.dir, 'data', 'ops', 'tracking.db') : join(dbs.dir, `round-${round}`, 'tracking.db');
      const startAt = Date.now() + BARRIER_MS;
      const results = await Promise.all(Array.from({ length: PROCESSES }, () => spawnEtk(repo.dir, ['sync', '--json', ...(viaConfig ? [] : ['--db', db])], { startAt })));
      assertAllClean(results, `creation race, round ${round}`);
      const rebuilds = results.map((r) => (JSON.parse(r.stdout) as JsonSummary).rebuild);
      assert.deepEqual(rebuilds.filter((x) => x !== null), ['new index'], `exactly one process built the new index: ${JSON.stringify(rebuilds)}`);
      assert.deepEqual(integrity(db), ['ok']);
      assert.equal(dumpDb(db), expected);
      assert.deepEqual(readdirSync(join(db, '..')).filter((f) => f.includes('.bak')), [], 'no backup of a database another etk just created');
      removeDb(db);
    }
  });
});
