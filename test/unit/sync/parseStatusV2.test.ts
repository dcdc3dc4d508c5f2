import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStatusV2 } from '../../../src/sync/sourceFiles.ts';

test('parseStatusV2 reads the records real git writes: spaces in paths, staged-only with the index blob, unmerged, untracked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'etk-status-v2-'));
  try {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    mkdirSync(join(dir, 'a b'));
    writeFileSync(join(dir, 'a b', 'x y.md'), 'one\n');
    writeFileSync(join(dir, 'gone.md'), 'g\n');
    git('add', '.');
    git('commit', '-qm', 'c');
    writeFileSync(join(dir, 'a b', 'x y.md'), 'two\n');
    git('add', 'a b/x y.md');
    rmSync(join(dir, 'gone.md'));
    writeFileSync(join(dir, 'new file.md'), 'n\n');
    const blob = git('rev-parse', ':a b/x y.md').trim();
    const recs = git('status', '--porcelain=v2', '--branch', '-z', '--no-renames').split('\0').filter((r) => r !== '' && !r.startsWith('#')).map(parseStatusV2);
    assert.deepEqual(recs, [
      { x: 'M', y: ' ', path: 'a b/x y.md', indexMode: '100644', indexOid: blob },
      { x: ' ', y: 'D', path: 'gone.md', indexMode: '100644', indexOid: git('rev-parse', ':gone.md').trim() },
      { x: '?', y: '?', path: 'new file.md', indexMode: '', indexOid: '' },
    ]);
    assert.equal(parseStatusV2('u UU N... 100644 100644 100644 100644 aaa bbb ccc odd path.md')?.path, 'odd path.md');
    assert.equal(parseStatusV2('! ignored.md'), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
