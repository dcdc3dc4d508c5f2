/**
 * `--as-of REV` equals a fresh rebuild at REV, for every commit of a scripted history (renames, a
 * merged branch, a tag, problems, deletions), derived from a work-tree index with uncommitted edits
 * (whose rows the snapshot must undo); then the commands that take it, and the cache.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { asOfCacheDir, asOfIndex } from '../../src/history/asOfIndex.ts';
import { syncIndex } from '../../src/sync/syncIndex.ts';
import { VERSION } from '../../src/cli/version.ts';
import { EXP, EXP2, artifact, artifactPath, manifestPath } from '../helpers/corpus.ts';
import { dumpDb } from '../helpers/gitScenario.ts';
import { BASE_REPORT, historyRepo, REPORT, type HistoryRepo } from '../helpers/historyRepo.ts';
import { cli } from '../helpers/runCli.ts';

const DB = 'data/ops/tracking.db';

describe('--as-of', () => {
  let t: HistoryRepo;
  before(async () => {
    t = historyRepo();
    // Uncommitted work in the index the snapshots derive from: an edit and a new file.
    t.write(REPORT, readFileSync(join(t.dir, REPORT), 'utf8').replace('hmean: 0.95', 'hmean: 0.99'));
    t.write(artifactPath('20251220_0900_assessment_draft.md'), artifact('assessment', { id: 'draft' }));
    assert.equal((await cli(t.dir, 'sync')).code, 0);
  });

  it('equals a fresh rebuild at that commit, for every commit of the history (and reads only the files that differ)', async () => {
    const config = await loadConfig({ cwd: t.dir });
    const commits = t.git('rev-list', '--all').trim().split('\n');
    assert.ok(commits.length >= 8);
    for (const commit of commits) {
      const snap = await asOfIndex({ config, dbPath: join(t.dir, DB), rev: commit, etkVersion: VERSION, env: { ETK_ASOF_CACHE: '20' } });
      assert.equal(snap.how, 'derived');
      const fresh = join(t.dir, 'data', `fresh-${commit}.db`);
      await syncIndex({ config, dbPath: fresh, etkVersion: VERSION, source: 'rev', rev: commit });
      assert.equal(dumpDb(snap.path), dumpDb(fresh), `as of ${commit}`);
      // The index holds 7 files: a snapshot reads only what differs from it.
      const listed = t.git('ls-tree', '-r', '--name-only', commit).split('\n').filter((p) => p.endsWith('.md')).length;
      assert.ok(snap.read <= listed, `${snap.read} read for ${listed} files`);
    }
    const head = await asOfIndex({ config, dbPath: join(t.dir, DB), rev: 'HEAD', etkVersion: VERSION });
    assert.equal(head.how, 'cached');
    // Same tree, another commit: the rows are reused, the provenance is walked to that commit.
    t.git('commit', '-qm', 'empty', '--allow-empty');
    const again = await asOfIndex({ config, dbPath: join(t.dir, DB), rev: 'HEAD', etkVersion: VERSION });
    assert.equal(again.how, 'cached');
    const fresh = join(t.dir, 'data', 'fresh-empty.db');
    await syncIndex({ config, dbPath: fresh, etkVersion: VERSION, source: 'rev', rev: 'HEAD' });
    assert.equal(dumpDb(again.path), dumpDb(fresh));
  });

  it('a snapshot taken while another connection holds uncommitted-to-the-file pages in the write-ahead log equals a rebuild (the page-by-page copy), as one from an index with an empty log does (the whole-file copy)', async () => {
    const config = await loadConfig({ cwd: t.dir });
    const dbPath = join(t.dir, DB);
    const commit = t.commits.guide!;
    const fresh = join(t.dir, 'data', 'fresh-wal.db');
    await syncIndex({ config, dbPath: fresh, etkVersion: VERSION, source: 'rev', rev: commit });
    const expected = dumpDb(fresh);
    const walOf = (p: string) => (existsSync(`${p}-wal`) ? statSync(`${p}-wal`).size : 0);
    // An empty log: the whole file is copied.
    assert.equal(walOf(dbPath), 0, 'etk leaves an empty write-ahead log after a sync');
    const plain = await asOfIndex({ config, dbPath, rev: commit, etkVersion: VERSION, env: { ETK_ASOF_CACHE: '20' } });
    assert.equal(dumpDb(plain.path), expected);
    rmSync(plain.path);
    // A writer that keeps its pages in the log (no checkpoint): the log is part of the index's state.
    const writer = new DatabaseSync(dbPath);
    try {
      writer.exec('PRAGMA wal_autocheckpoint = 0');
      writer.prepare("INSERT OR REPLACE INTO etk_meta (key, value) VALUES ('wal_test', ?)").run('x'.repeat(50_000));
      assert.ok(walOf(dbPath) > 0, 'the log holds the write');
      const logged = await asOfIndex({ config, dbPath, rev: commit, etkVersion: VERSION, env: { ETK_ASOF_CACHE: '20' } });
      assert.equal(dumpDb(logged.path), expected);
      const copy = new DatabaseSync(logged.path, { readOnly: true });
      try {
        assert.equal((copy.prepare("SELECT length(value) AS n FROM etk_meta WHERE key = 'wal_test'").get() as { n: number } | undefined)?.n, 50_000, 'what the log holds is in the copy');
      } finally {
        copy.close();
      }
      rmSync(logged.path);
      writer.prepare("DELETE FROM etk_meta WHERE key = 'wal_test'").run();
    } finally {
      writer.close();
    }
  });

  it('query, search, status and dashboard --report answer as of a tag', async () => {
    const q = await cli(t.dir, 'query', 'experiments', '--as-of', 'v1', '--format', 'json');
    assert.equal(q.code, 0, q.stderr);
    assert.equal(JSON.parse(q.stdout).find((e: { experiment_id: string }) => e.experiment_id === EXP).status, 'active');
    const now = await cli(t.dir, 'query', 'experiments', '--format', 'json');
    assert.equal(JSON.parse(now.stdout).find((e: { experiment_id: string }) => e.experiment_id === EXP).status, 'complete');
    const m = await cli(t.dir, 'query', 'metrics', '--latest', '--as-of', 'v1', '--where', 'name = hmean', '--format', 'json');
    assert.deepEqual(JSON.parse(m.stdout).filter((r: { experiment_id: string }) => r.experiment_id === EXP).map((r: { metric_value: number }) => r.metric_value), [0.93]);
    const c = await cli(t.dir, 'compare', EXP, '--as-of', 'v1', '--format', 'json');
    assert.equal(c.code, 0, c.stderr);
    assert.deepEqual((JSON.parse(c.stdout) as { hmean?: number }[]).map((r) => r.hmean).filter((v) => v !== undefined), [0.93]);
    const s = await cli(t.dir, 'search', 'guide', '--as-of', t.commits.guide!, '--format', 'json');
    assert.equal(s.code, 0, s.stderr);
    assert.ok(JSON.parse(s.stdout).some((h: { type: string }) => h.type === 'guide'));
    assert.equal(JSON.parse((await cli(t.dir, 'search', 'guide', '--as-of', 'v1', '--format', 'json')).stdout).some((h: { type: string }) => h.type === 'guide'), false);
    const st = await cli(t.dir, 'status', '--as-of', 'v1', '--format', 'json');
    assert.equal(JSON.parse(st.stdout).find((e: { experiment_id: string }) => e.experiment_id === EXP).errors, 2);
    const r = await cli(t.dir, 'dashboard', '--report', 'data/v1.html', '--as-of', 'v1');
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(join(t.dir, 'data/v1.html'), 'utf8'), new RegExp(t.commits.problem!.slice(0, 12)));
  });

  it('the cache is bounded, ignored by git, and safe to delete; a name git does not know is a sentence (exit 2)', async () => {
    const dir = asOfCacheDir(join(t.dir, DB));
    // A snapshot made for a question without provenance walks git log for it when one asks.
    rmSync(dir, { recursive: true, force: true });
    assert.equal((await cli(t.dir, 'status', '--as-of', t.commits.metrics!)).code, 0);
    const lee = await cli(t.dir, 'query', 'artifacts', '--as-of', t.commits.metrics!, '--where', "changed_by = 'lee'", '--sort', 'path', '--format', 'json');
    assert.deepEqual(JSON.parse(lee.stdout).map((a: { file_path: string }) => a.file_path), [BASE_REPORT, manifestPath(EXP2), REPORT]);
    const r = await cli(t.dir, 'query', 'tags', '--as-of', t.commits.start!, '--format', 'json');
    assert.equal(r.code, 0);
    assert.ok(readdirSync(dir).filter((n) => n.endsWith('.db')).length <= 4, 'at most 4 snapshots by default');
    assert.doesNotMatch(t.git('status', '--porcelain', '-uall'), /asof/);
    // Its own .gitignore keeps it out of git even beside an index that is not ignored.
    const other = await cli(t.dir, 'query', 'tags', '--as-of', 'v1', '--db', 'kept/index.db', '--format', 'json');
    assert.equal(other.code, 0, other.stderr);
    assert.ok(existsSync(join(t.dir, 'kept/index.db-asof/.gitignore')));
    assert.doesNotMatch(t.git('status', '--porcelain', '-uall'), /index\.db-asof/);
    t.git('clean', '-qfdx', 'kept');
    const bad = await cli(t.dir, 'query', 'tags', '--as-of', 'no-such-tag');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--as-of no-such-tag: no such commit, branch or tag in this repository\n {2}fix: /);
  });
});
