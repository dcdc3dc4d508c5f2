import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { connect, createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { startLiveDashboard } from '../../src/report/liveServer.ts';
import { NAMES, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

const ENTRY = fileURLToPath(new URL('../../src/cli/entry.ts', import.meta.url));

function repo() {
  const t = tempDir({ git: true });
  t.write('etk.config.json', '{}');
  t.write('.gitignore', 'data/\n');
  t.write(manifestPath(), manifest());
  t.write(artifactPath(NAMES.assessment!), artifact('assessment'));
  return t;
}

/** Sends raw bytes to 127.0.0.1:port and returns the status line of the answer ('' when the connection closed without one). */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(bytes)}`)));
    socket.on('data', (d) => (got += d.toString('latin1')));
    socket.on('end', () => resolve(got.split('\r\n')[0] ?? ''));
    socket.on('close', () => resolve(got.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
    socket.end(bytes);
  });
}

describe('the live dashboard under malformed requests', () => {
  it('answers each with a 4xx and goes on serving, with frame-denying headers', async () => {
    const t = repo();
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    const live = await startLiveDashboard({ config: await loadConfig({ cwd: t.dir }), dbPath: join(t.dir, 'data/ops/tracking.db'), etkVersion: 'test', port: 0, sync: false, log: () => {} });
    const port = Number(new URL(live.url).port);
    const host = `Host: 127.0.0.1:${port}\r\n`;
    try {
      for (const target of ['//', '//evil.example/x', 'http://[', 'http://%zz/', '/files/%zz', '/experiments/%E0%A4%A', '*']) {
        const status = await raw(port, `GET ${target} HTTP/1.1\r\n${host}Connection: close\r\n\r\n`);
        assert.match(status, /^HTTP\/1\.1 4\d\d /, `GET ${target}: ${status}`);
      }
      for (const garbage of ['\x00\x01\x02garbage\r\n\r\n', 'GET / HTTP/9.9.9\r\n\r\n', `GET / HTTP/1.1\r\n${host}X: ${'a'.repeat(20_000)}\r\n\r\n`, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n']) {
        const status = await raw(port, garbage);
        assert.match(status, /^HTTP\/1\.1 4\d\d /, `${JSON.stringify(garbage.slice(0, 30))}: ${status}`);
      }
      const res = await fetch(live.url);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
      const file = await fetch(`${live.url}files/${artifactPath(NAMES.assessment!)}`);
      assert.equal(file.status, 200);
      assert.match(file.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
      assert.equal((await fetch(`${live.url}nope`)).headers.get('x-frame-options'), 'DENY');
    } finally {
      await live.close();
    }
  });

  it('a port in use: exit 2 with a sentence, no stack trace, and the process ends', { timeout: 60_000 }, async () => {
    const t = repo();
    const busy = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => busy.once('listening', r));
    const port = (busy.address() as AddressInfo).port;
    try {
      const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), ENTRY, 'dashboard', '--port', String(port)], { cwd: t.dir, encoding: 'utf8', timeout: 45_000, env: { ...process.env, NO_COLOR: '1' } });
      assert.equal(r.signal, null, `still running after 45 s: ${r.stderr}`);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, new RegExp(`port ${port} is in use`));
      assert.doesNotMatch(r.stderr, /^\s+at /m);
    } finally {
      busy.close();
    }
  });
});
