import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXP, EXP2, NAMES, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { cannotRunAsUser, spawnCli } from '../helpers/sourceCli.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

/**
 * Every command that answers from the index first brings it up to date with the work tree: after
 * any kind of commit, made with or without hooks (none are installed here), the next answer is current.
 */
const A = artifactPath(NAMES.assessment!);
const R = artifactPath(NAMES.report!, EXP, 'reports');

function project(): TempDir {
  const t = tempDir({ git: true });
  t.write('etk.config.json', '{}');
  t.write('.gitignore', 'data/\n');
  t.write(manifestPath(), manifest());
  t.write(manifestPath(EXP2), manifest(EXP2));
  t.write(A, artifact('assessment', { id: 'a-1' }));
  t.write(R, artifact('report', { id: 'r-1' }));
  t.git('add', '-A');
  t.git('commit', '-qm', 'corpus');
  return t;
}

async function paths(t: TempDir, ...extra: string[]): Promise<string[]> {
  const r = await cli(t.dir, 'query', 'artifacts', '--format', 'json', ...extra);
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { file_path: string }[]).map((x) => x.file_path).sort();
}

async function priority(t: TempDir): Promise<string | undefined> {
  const r = await cli(t.dir, 'query', 'sql', 'SELECT priority FROM artifact_metadata WHERE priority IS NOT NULL', '--format', 'json');
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { priority: string }[])[0]?.priority;
}

describe('always current: the index follows every kind of commit', () => {
  it('a fresh clone builds its index on the first query; then delete-only, rename-only, amend, merge and rebase commits are all reflected', async () => {
    const t = project();
    assert.equal(existsSync(join(t.dir, 'data/ops/tracking.db')), false);
    assert.deepEqual(await paths(t), [A, R, manifestPath(), manifestPath(EXP2)].sort(), 'built on first use');

    t.git('rm', '-q', R);
    t.git('commit', '-qm', 'delete only');
    assert.deepEqual(await paths(t), [A, manifestPath(), manifestPath(EXP2)].sort(), 'delete-only commit');

    const moved = artifactPath('20251218_0930_assessment_renamed.md');
    t.git('mv', A, moved);
    t.git('commit', '-qm', 'rename only');
    assert.deepEqual(await paths(t), [moved, manifestPath(), manifestPath(EXP2)].sort(), 'rename-only commit');
    t.git('mv', moved, A);
    t.git('commit', '-qm', 'back');

    t.write(A, artifact('assessment', { id: 'a-1' }).replace('priority: high', 'priority: low'));
    t.git('commit', '-qam', 'low');
    assert.equal(await priority(t), 'low');
    t.write(A, artifact('assessment', { id: 'a-1' }).replace('priority: high', 'priority: medium'));
    t.git('commit', '-q', '--amend', '-am', 'amended');
    assert.equal(await priority(t), 'medium', 'amend');

    t.git('checkout', '-qb', 'feature');
    t.write(A, artifact('assessment', { id: 'a-1' }).replace('priority: high', 'priority: critical'));
    t.git('commit', '-qam', 'feature');
    t.git('checkout', '-q', 'main');
    assert.equal(await priority(t), 'medium', 'checkout back');
    t.write(manifestPath(EXP2), manifest(EXP2).replace('status: active', 'status: complete'));
    t.git('commit', '-qam', 'main side');
    t.git('merge', '-q', '--no-edit', 'feature');
    assert.equal(await priority(t), 'critical', 'merge');

    t.git('checkout', '-qb', 'topic', 'HEAD~2');
    t.write(R, artifact('report', { id: 'r-2' }));
    t.git('add', '-A');
    t.git('commit', '-qm', 'topic');
    t.git('rebase', '-q', 'main');
    assert.deepEqual(await paths(t), [A, R, manifestPath(), manifestPath(EXP2)].sort(), 'rebase');
    assert.equal(await priority(t), 'critical');
    const conflicts = await cli(t.dir, 'sync', '--check-conflicts');
    assert.equal(conflicts.code, 0, conflicts.stdout + conflicts.stderr);
  });

  it('uncommitted edits and new files are found by search and status at once; --no-sync answers from the index as it is', async () => {
    const t = project();
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    t.write(R, artifact('report', { id: 'r-1', body: '# A report\n\nThe okapi result.\n' }));
    const none = await cli(t.dir, 'search', 'okapi', '--no-sync', '--format', 'json');
    assert.deepEqual(JSON.parse(none.stdout), []);
    const hit = await cli(t.dir, 'search', 'okapi', '--format', 'json');
    assert.equal(hit.code, 0, hit.stderr);
    assert.deepEqual((JSON.parse(hit.stdout) as { file_path: string }[]).map((h) => h.file_path), [R]);
    t.write(manifestPath(EXP2), manifest(EXP2).replace('status: active', 'status: deprecated'));
    const s = await cli(t.dir, 'status', '--format', 'json');
    assert.equal(s.stderr, '');
    assert.equal((JSON.parse(s.stdout) as { experiment_id: string; status: string }[]).find((r) => r.experiment_id === EXP2)?.status, 'deprecated');
    const report = await cli(t.dir, 'dashboard', '--report', 'r.html');
    assert.equal(report.code, 0, report.stderr);
  });

  it("etk new chooses the experiment from the current index: one just marked complete is no longer chosen", async () => {
    const t = project();
    t.write(manifestPath(EXP2), manifest(EXP2).replace(/updated: .*/, 'updated: "2026-01-01T00:00:00Z"'));
    t.git('commit', '-qam', 'EXP2 most recent');
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    t.write(manifestPath(EXP2), manifest(EXP2).replace(/updated: .*/, 'updated: "2026-01-01T00:00:00Z"').replace('status: active', 'status: complete'));
    const stale = await cli(t.dir, 'new', 'report', 'Stale choice', '--json', '--no-sync');
    assert.equal((JSON.parse(stale.stdout) as { experiment: string }).experiment, EXP2, '--no-sync: the index still says active');
    const made = await cli(t.dir, 'new', 'report', 'Current choice', '--json');
    assert.equal(made.code, 0, made.stderr);
    assert.equal((JSON.parse(made.stdout) as { experiment: string }).experiment, EXP);
  });

  it('--db naming a missing file is not created; an index synced from a commit (--rev) is a snapshot left as it is; outside git it says the index is not checked', async () => {
    const t = project();
    const missing = await cli(t.dir, 'query', 'artifacts', '--db', 'typo.db');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /there is no index at .*typo\.db yet/);
    assert.equal(existsSync(join(t.dir, 'typo.db')), false);

    mkdirSync(join(t.dir, 'out'));
    assert.equal((await cli(t.dir, 'sync', '--rev', 'HEAD', '--db', 'out/head.db')).code, 0);
    t.write(A, artifact('assessment', { id: 'a-1' }).replace('priority: high', 'priority: low'));
    const snap = await cli(t.dir, 'query', 'sql', 'SELECT priority FROM artifact_metadata WHERE priority IS NOT NULL', '--db', 'out/head.db', '--format', 'json');
    assert.deepEqual(JSON.parse(snap.stdout), [{ priority: 'high' }], 'the commit, not the work tree');
    assert.equal(snap.stderr, '');
    const followed = await cli(t.dir, 'query', 'sql', 'SELECT priority FROM artifact_metadata WHERE priority IS NOT NULL', '--format', 'json');
    assert.deepEqual(JSON.parse(followed.stdout), [{ priority: 'low' }], 'the default index follows the work tree');

    rmSync(join(t.dir, '.git'), { recursive: true, force: true });
    const outside = await cli(t.dir, 'query', 'artifacts', '--count');
    assert.equal(outside.code, 0, outside.stderr);
    assert.match(outside.stderr, /^etk query: not in a git repository, so the index data\/ops\/tracking\.db is not checked against the files; etk sync updates it\n$/);
  });
});

describe('a read-only index (another user)', () => {
  const cannot = cannotRunAsUser();
  it('is answered from as it is, with one line on stderr saying how stale; nothing is written', { skip: cannot ?? false }, async () => {
    const t = project();
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    t.write(A, artifact('assessment', { id: 'a-1' }).replace('priority: high', 'priority: low'));
    chmodSync(t.dir, 0o755);
    const db = join(t.dir, 'data/ops/tracking.db');
    const before = statSync(db).mtimeMs;
    const r = spawnCli(t.dir, ['query', 'sql', 'SELECT priority FROM artifact_metadata WHERE priority IS NOT NULL', '--format', 'json'], { asUser: 65534, env: { HOME: '/tmp', GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' } });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), [{ priority: 'high' }]);
    assert.match(r.stderr, /^etk query: the index data\/ops\/tracking\.db is behind the work tree \(1 file changed since its last sync, .*\) and read-only here: answering from it as it is\n$/);
    assert.equal(statSync(db).mtimeMs, before);
  });
});
