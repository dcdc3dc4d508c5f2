/**
 * Where etk writes a file a person named (--output, --report, --summary): a regular file is
 * replaced atomically; a FIFO, a character device or /dev/stdout is written to, never replaced; a
 * symbolic link is refused and left alone; a missing folder is an error, not created; a full disk
 * is a sentence. Real git repository, real index, a real FIFO with a reader.
 */
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { cli, type CliResult } from '../helpers/runCli.ts';
import { cannotRunAsUser, spawnCli } from '../helpers/sourceCli.ts';
import { syncedSmallRepo } from '../helpers/smallRepo.ts';
import type { TempDir } from '../helpers/tempRepo.ts';

let t: TempDir;
let expected: unknown;

before(async () => {
  t = await syncedSmallRepo({ ignore: 'data/\nout/\n' });
  expected = JSON.parse((await cli(t.dir, 'query', 'experiments', '-f', 'json')).stdout);
});

function assertSentence(r: CliResult, what: string): void {
  assert.equal(r.code, 2, `${what}: exit ${r.code}: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at [^\n]*[:(]\d+/, `${what}: ${r.stderr}`);
}

const noTemp = (dir: string) => assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.etk-tmp')), []);

describe('--output into a regular file', () => {
  it('replaces it whole, keeps its permission bits, leaves no temp file', async () => {
    const file = t.write('kept.json', 'old');
    chmodSync(file, 0o640);
    const r = await cli(t.dir, 'query', 'experiments', '-o', 'kept.json');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), expected);
    assert.equal(statSync(file).mode & 0o777, 0o640);
    noTemp(t.dir);
  });

  it('a folder that does not exist is an error naming it; nothing is created', async () => {
    for (const argv of [
      ['query', 'experiments', '-o', 'no/such/dir/x.json'],
      ['query', 'sql', 'SELECT 1 AS a', '-o', 'no/such/dir/x.json'],
      ['status', '-o', 'no/such/dir/x.json'],
      ['dashboard', '--report', 'no/such/dir/report.html'],
      ['search', 'enhancement', '-o', 'no/such/dir/x.json'],
    ]) {
      const r = await cli(t.dir, ...argv);
      assertSentence(r, argv.join(' '));
      assert.match(r.stderr, new RegExp(`cannot write ${join(t.dir, 'no/such/dir')}/\\S+: the folder ${join(t.dir, 'no/such/dir')} does not exist\\n  fix: create it first`), argv.join(' '));
      assert.equal(existsSync(join(t.dir, 'no')), false, argv.join(' '));
    }
  });

  it('a path through a file, or a folder as the target: errors naming the path', async () => {
    const under = await cli(t.dir, 'query', 'experiments', '-o', 'etk.config.json/x.json');
    assertSentence(under, 'under a file');
    assert.match(under.stderr, /cannot write \S+etk\.config\.json\/x\.json: a part of the path is a file, not a folder/);
    mkdirSync(join(t.dir, 'out.json'));
    const folder = await cli(t.dir, 'query', 'experiments', '-o', 'out.json');
    assertSentence(folder, 'a folder');
    assert.match(folder.stderr, /cannot write \S+out\.json: it is a folder/);
  });
});

describe('--output into what is not a regular file', () => {
  it('a symbolic link is refused, the link and the file it points to left as they were', async () => {
    const target = t.write('secret-target.json', 'precious');
    symlinkSync(target, join(t.dir, 'link.json'));
    for (const argv of [
      ['query', 'experiments', '-o', 'link.json'],
      ['query', 'sql', 'SELECT 1 AS a', '-o', 'link.json'],
      ['status', '-o', 'link.json'],
      ['dashboard', '--report', 'link.json'],
    ]) {
      const r = await cli(t.dir, ...argv);
      assertSentence(r, argv.join(' '));
      assert.match(r.stderr, /link\.json: it is a symbolic link, and etk does not replace links or write through them/);
      assert.ok(lstatSync(join(t.dir, 'link.json')).isSymbolicLink());
      assert.equal(readFileSync(target, 'utf8'), 'precious');
    }
    // A dangling link too: it is not created where it points.
    symlinkSync(join(t.dir, 'nowhere.json'), join(t.dir, 'dangling.json'));
    const r = await cli(t.dir, 'query', 'experiments', '-o', 'dangling.json');
    assertSentence(r, 'dangling');
    assert.equal(existsSync(join(t.dir, 'nowhere.json')), false);
  });

  it('a FIFO is written to (a reader gets the JSON) and stays a FIFO', async () => {
    const fifo = join(t.dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (d: Buffer) => (got += d.toString('utf8')));
    const done = new Promise((resolve) => reader.on('close', resolve));
    const r = await cli(t.dir, 'query', 'experiments', '-o', fifo);
    await done;
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(got), expected);
    assert.ok(lstatSync(fifo).isFIFO());
    noTemp(t.dir);
  });

  it('/dev/null is written to and stays a character device', async () => {
    for (const argv of [
      ['query', 'experiments', '-f', 'json', '-o', '/dev/null'],
      ['query', 'sql', 'SELECT 1 AS a', '-f', 'csv', '-o', '/dev/null'],
      ['status', '-f', 'json', '-o', '/dev/null'],
      ['dashboard', '--report', '/dev/null'],
    ]) {
      const r = await cli(t.dir, ...argv);
      assert.equal(r.code, 0, `${argv.join(' ')}: ${r.stderr}`);
    }
    assert.ok(statSync('/dev/null').isCharacterDevice());
  });

  it('/dev/stdout is the process\'s own stdout (a pipe here), written to', () => {
    const r = spawnCli(t.dir, ['query', 'experiments', '-f', 'json', '-o', '/dev/stdout']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), expected);
  });

  it('a full disk (/dev/full) is a sentence naming the path: exit 2', async () => {
    for (const argv of [
      ['query', 'experiments', '-f', 'json', '-o', '/dev/full'],
      ['query', 'sql', 'SELECT 1 AS a', '-f', 'json', '-o', '/dev/full'],
      ['dashboard', '--report', '/dev/full'],
      ['status', '-f', 'json', '-o', '/dev/full'],
    ]) {
      const r = await cli(t.dir, ...argv);
      assertSentence(r, argv.join(' '));
      assert.match(r.stderr, /cannot write \/dev\/full: no space left on the device\n  fix: free some space/, argv.join(' '));
    }
  });

  it('a file the user may not write (as another user): permission denied, a sentence', (t2) => {
    const cannot = cannotRunAsUser();
    if (cannot !== null) {
      t2.skip(cannot);
      return;
    }
    const closed = join(t.dir, 'closed');
    mkdirSync(closed, { mode: 0o755 });
    writeFileSync(join(closed, 'x.json'), 'old');
    // The repository must be readable by that user; the folder "closed" is not writable by it.
    execFileSync('chmod', ['-R', 'a+rX', t.dir]);
    const r = spawnCli(t.dir, ['query', 'experiments', '-o', 'closed/x.json'], { asUser: 65534, env: { HOME: t.dir, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' } });
    assertSentence(r, 'as nobody');
    assert.match(r.stderr, /cannot write \S+closed\/x\.json: permission denied/);
    assert.equal(readFileSync(join(closed, 'x.json'), 'utf8'), 'old');
  });
});
