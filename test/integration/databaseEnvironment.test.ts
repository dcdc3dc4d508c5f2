/**
 * The index file meets the environment: a path that is a device, a folder or under a file; a lock
 * held past the busy timeout; a file size limit that stops a sync midway (the stand-in for a full
 * disk: a tiny file system is not available here); a folder etk may not write (as another user:
 * the tests run as root, whom chmod does not stop). Each is a sentence with the path and what to do,
 * exit 2, and the index stays whole (its canonical dump as before); a read-only index still answers
 * etk query and etk search.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { canonicalDump } from '../../src/db/canonicalDump.ts';
import { NAMES, artifact, artifactPath } from '../helpers/corpus.ts';
import { cli, type CliResult } from '../helpers/runCli.ts';
import { cannotRunAsUser, spawnCli } from '../helpers/sourceCli.ts';
import { syncedSmallRepo } from '../helpers/smallRepo.ts';
import type { TempDir } from '../helpers/tempRepo.ts';

const DB = 'data/ops/tracking.db';

const repo = (): Promise<TempDir> => syncedSmallRepo();

function dump(path: string): string {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return canonicalDump(db);
  } finally {
    db.close();
  }
}

function assertSentence(r: CliResult, what: string): void {
  assert.equal(r.code, 2, `${what}: exit ${r.code}: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at [^\n]*[:(]\d+/, `${what}: ${r.stderr}`);
  assert.match(r.stderr, /\n  fix: /, `${what}: no hint: ${r.stderr}`);
}

const EVERY_COMMAND = [['sync'], ['query', 'experiments'], ['query', 'sql', 'SELECT 1'], ['search', 'x'], ['status'], ['db', 'info'], ['db', 'check'], ['dashboard', '--report', 'r.html']];

describe('the index path is not a file', () => {
  it('--db /dev/null: every command says it is a character device; /dev/null stays one', async () => {
    const t = await repo();
    for (const argv of EVERY_COMMAND) {
      const r = await cli(t.dir, ...argv, '--db', '/dev/null');
      assertSentence(r, argv.join(' '));
      assert.match(r.stderr, /the index \/dev\/null is a character device; etk keeps its index in a regular file\n  fix: point --db/, argv.join(' '));
    }
    assert.ok(statSync('/dev/null').isCharacterDevice());
  });

  it('a folder where the file is expected, and a path under a regular file', async () => {
    const t = await repo();
    mkdirSync(join(t.dir, 'folder.db'));
    for (const argv of EVERY_COMMAND) {
      const folder = await cli(t.dir, ...argv, '--db', 'folder.db');
      assertSentence(folder, argv.join(' '));
      assert.match(folder.stderr, /the index \S+folder\.db is a folder/, argv.join(' '));
      const under = await cli(t.dir, ...argv, '--db', 'etk.config.json/x.db');
      assertSentence(under, argv.join(' '));
      assert.match(under.stderr, /the index \S+etk\.config\.json\/x\.db is under \S+etk\.config\.json, which is not a folder/, argv.join(' '));
    }
    assert.ok(statSync(join(t.dir, 'etk.config.json')).isFile());
  });
});

describe('a lock held past the busy timeout', () => {
  it('sync says another process holds the index, exit 2; the index is whole and syncs once the lock is gone', async () => {
    const t = await repo();
    const path = join(t.dir, DB);
    const before = dump(path);
    t.write(artifactPath(NAMES.assessment!), artifact('assessment').replace('# ', '# Changed: '));
    const holder = new DatabaseSync(path);
    holder.exec('BEGIN IMMEDIATE');
    process.env.ETK_BUSY_TIMEOUT = '0.3';
    try {
      const r = await cli(t.dir, 'sync');
      assertSentence(r, 'locked');
      assert.match(r.stderr, new RegExp(`cannot write the index ${path}: another process holds it locked, for longer than etk waits`));
      assert.match(r.stderr, /ETK_BUSY_TIMEOUT=SECONDS waits longer/);
    } finally {
      delete process.env.ETK_BUSY_TIMEOUT;
      holder.exec('ROLLBACK');
      holder.close();
    }
    assert.equal(dump(path), before);
    const again = await cli(t.dir, 'sync');
    assert.equal(again.code, 0, again.stderr);
    assert.notEqual(dump(path), before);
  });
});

describe('the disk fills up during a sync (a file size limit stands in for it)', () => {
  it('exit 2 with a sentence; the index is as it was; a later sync completes', async () => {
    const t = await repo();
    const path = join(t.dir, DB);
    const before = dump(path);
    const size = statSync(path).size;
    // Big bodies: the sync must write far past the limit (ulimit -f counts 512-byte blocks in sh).
    const filler = `${'lorem ipsum dolor sit amet '.repeat(40)}\n`.repeat(2000);
    for (let i = 0; i < 4; i++) t.write(artifactPath(`20251218_09${30 + i}_assessment_big-${i}.md`), artifact('assessment', { id: `big-${i}`, body: `# Big ${i}\n\n${filler}` }));
    const limit = Math.ceil(size / 512) + 40;
    // SIGXFSZ ignored, so the write fails with EFBIG instead of killing the process, as ENOSPC would fail it.
    const r = spawnCli(t.dir, ['sync'], { wrap: `trap '' XFSZ; ulimit -f ${limit};` });
    assertSentence(r, 'file size limit');
    assert.match(r.stderr, new RegExp(`cannot write the index ${path}: the file system reported an I/O error .*the disk may be full`));
    assert.match(r.stderr, /the index is as it was before/);
    assert.equal(dump(path), before);
    const again = await cli(t.dir, 'sync');
    assert.equal(again.code, 0, again.stderr);
    assert.match(dump(path), /big-3/);
  });
});

describe('a folder etk may not write (run as another user)', () => {
  const cannot = cannotRunAsUser();
  const env = (t: TempDir) => ({ HOME: t.dir, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' });

  it('query, search, status and db info read the index; sync says it is read-only; nothing changes', { skip: cannot ?? false }, async () => {
    const t = await repo();
    const path = join(t.dir, DB);
    const before = dump(path);
    execFileSync('chmod', ['-R', 'a+rX,go-w', t.dir]);
    execFileSync('chmod', ['0555', join(t.dir, 'data', 'ops')]);
    try {
      for (const argv of [['query', 'experiments', '-f', 'json'], ['query', 'sql', 'SELECT COUNT(*) AS n FROM artifacts', '-f', 'json'], ['search', 'assessment', '-f', 'json'], ['status', '-f', 'json'], ['db', 'info'], ['db', 'check']]) {
        const r = spawnCli(t.dir, argv, { asUser: 65534, env: env(t) });
        assert.equal(r.code, 0, `${argv.join(' ')}: ${r.stderr}`);
      }
      const n = spawnCli(t.dir, ['query', 'sql', 'SELECT COUNT(*) AS n FROM artifacts', '-f', 'json'], { asUser: 65534, env: env(t) });
      assert.deepEqual(JSON.parse(n.stdout), [{ n: 2 }]);
      t.write(artifactPath(NAMES.assessment!), artifact('assessment').replace('# ', '# Changed: '));
      execFileSync('chmod', ['a+r', join(t.dir, artifactPath(NAMES.assessment!))]);
      const sync = spawnCli(t.dir, ['sync'], { asUser: 65534, env: env(t) });
      assertSentence(sync, 'sync as nobody');
      assert.match(sync.stderr, new RegExp(`cannot write the index ${path}: it is read-only`));
      assert.match(sync.stderr, /etk query and etk search still read it/);
    } finally {
      execFileSync('chmod', ['0755', join(t.dir, 'data', 'ops')]);
    }
    assert.equal(dump(path), before);
  });

  it('an index in a folder the user may not enter: permission denied, a sentence', { skip: cannot ?? false }, async () => {
    const t = await repo();
    execFileSync('chmod', ['-R', 'a+rX,go-w', t.dir]);
    execFileSync('chmod', ['0700', join(t.dir, 'data')]);
    for (const argv of [['sync'], ['query', 'experiments'], ['query', 'sql', 'SELECT 1']]) {
      const r = spawnCli(t.dir, argv, { asUser: 65534, env: env(t) });
      assertSentence(r, argv.join(' '));
      assert.match(r.stderr, /index \S+tracking\.db.*(permission denied|cannot open)/, argv.join(' '));
    }
  });
});
