import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { UsageError } from '../../../src/errors.ts';
import { TargetExistsError, writeFileAtomic } from '../../../src/util/writeFileAtomic.ts';
import { tempDir } from '../../helpers/tempRepo.ts';

const MODULE = fileURLToPath(new URL('../../../src/util/writeFileAtomic.ts', import.meta.url));

describe('writeFileAtomic', () => {
  it('replaces a file whole and keeps its permission bits', () => {
    const t = tempDir();
    const f = t.write('a.md', 'old\n');
    chmodSync(f, 0o640);
    writeFileAtomic(f, 'new\n');
    assert.equal(readFileSync(f, 'utf8'), 'new\n');
    assert.equal(statSync(f).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(t.dir), ['a.md'], 'no temp file left');
  });

  it('exclusive: creates, but never replaces an existing file', () => {
    const t = tempDir();
    const f = join(t.dir, 'new.md');
    writeFileAtomic(f, 'one\n', { exclusive: true });
    assert.throws(() => writeFileAtomic(f, 'two\n', { exclusive: true }), TargetExistsError);
    assert.equal(readFileSync(f, 'utf8'), 'one\n');
    assert.deepEqual(readdirSync(t.dir), ['new.md']);
  });

  it('a failure before the rename leaves the target as it was and removes the temp file', () => {
    const t = tempDir();
    const f = t.write('a.md', 'old\n');
    assert.throws(() => writeFileAtomic(f, 'new\n', { beforeCommit: () => { throw new Error('disk full'); } }), /disk full/);
    assert.equal(readFileSync(f, 'utf8'), 'old\n');
    assert.deepEqual(readdirSync(t.dir), ['a.md']);
    // A target that cannot be replaced (a folder): same.
    mkdirSync(join(t.dir, 'dir.md'));
    writeFileSync(join(t.dir, 'dir.md', 'x'), 'x');
    assert.throws(() => writeFileAtomic(join(t.dir, 'dir.md'), 'new\n'), (err: Error) => err instanceof UsageError && err.message === `cannot write ${join(t.dir, 'dir.md')}: it is a folder`);
    assert.deepEqual(readdirSync(t.dir).sort(), ['a.md', 'dir.md']);
  });

  it('a process killed mid-write leaves the old file whole (and at most a hidden .etk-tmp, never a .md)', () => {
    const t = tempDir();
    const f = t.write('a.md', 'old\n');
    const script = `import { writeFileAtomic } from ${JSON.stringify(MODULE)};
writeFileAtomic(${JSON.stringify(f)}, 'x'.repeat(1 << 20), { beforeCommit: () => process.kill(process.pid, 'SIGKILL') });`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(r.signal, 'SIGKILL', r.stderr);
    assert.equal(readFileSync(f, 'utf8'), 'old\n');
    const left = readdirSync(t.dir).filter((n) => n !== 'a.md');
    assert.equal(left.length, 1);
    assert.match(left[0]!, /^\.a\.md\.\d+-[0-9a-f]+\.etk-tmp$/);
  });
});
