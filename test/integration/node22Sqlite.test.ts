/**
 * etk supports Node 22.13+ (package.json engines), whose node:sqlite lacks two methods of Node 24's:
 * DatabaseSync#serialize (the migration backup) and DatabaseSync#setAuthorizer (the fence of
 * `etk query sql`). This file takes them away (node:test runs each file in its own process) and
 * runs the commands that use them, so the suite on Node 24 keeps Node 22 working.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import { cli } from '../helpers/runCli.ts';
import { smallRepo } from '../helpers/smallRepo.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

const DB = 'data/ops/tracking.db';
const NODE24_ONLY = ['serialize', 'setAuthorizer'] as const;
const saved = new Map<string, PropertyDescriptor>();

before(() => {
  // etk query sql runs its statement in a child process (runBoundedQuery): take the methods away there too.
  const preload = tempDir().write('node22-sqlite.mjs', `import { DatabaseSync } from 'node:sqlite';\nfor (const name of ${JSON.stringify(NODE24_ONLY)}) delete DatabaseSync.prototype[name];\n`);
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(preload).href}`.trim();
  const proto = DatabaseSync.prototype as unknown as Record<string, unknown>;
  for (const name of NODE24_ONLY) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d) saved.set(name, d);
    delete proto[name];
  }
});
after(() => {
  for (const [name, d] of saved) Object.defineProperty(DatabaseSync.prototype, name, d);
});

function repo(): TempDir {
  return smallRepo({ ignore: 'data/\nout/\n' });
}

function count(path: string, sql: string): number {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return Number((db.prepare(sql).get() as { n: number }).n);
  } finally {
    db.close();
  }
}

describe("node:sqlite as Node 22 has it (no serialize, no setAuthorizer)", () => {
  it('migrates an older index, with a backup of the old file', async () => {
    assert.equal(typeof (DatabaseSync.prototype as unknown as Record<string, unknown>).serialize, 'undefined');
    const t = repo();
    assert.equal((await cli(t.dir, 'sync', '-q')).code, 0);
    const path = join(t.dir, DB);
    const v1 = new DatabaseSync(path);
    v1.exec('DROP INDEX idx_artifacts_listing; PRAGMA user_version = 1;');
    v1.close();
    const r = await cli(t.dir, 'sync');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /upgraded data\/ops\/tracking\.db from schema version 1: etk's tables rebuilt from the files; backup: data\/ops\/tracking\.db\.bak-\d{8}-\d{6}/);
    const backups = readdirSync(join(t.dir, 'data', 'ops')).filter((f) => f.startsWith('tracking.db.bak-'));
    assert.equal(backups.length, 1);
    assert.equal(count(join(t.dir, 'data', 'ops', backups[0]!), 'SELECT user_version AS n FROM pragma_user_version'), 1, 'the backup is the old file');
    assert.equal(count(join(t.dir, 'data', 'ops', backups[0]!), 'SELECT COUNT(*) AS n FROM artifacts'), 2);
    assert.equal(count(path, 'SELECT COUNT(*) AS n FROM artifacts'), 2);
  });

  it('etk query sql reads, and a write is still refused (read-only connection), nothing written', async () => {
    const t = repo();
    assert.equal((await cli(t.dir, 'sync', '-q')).code, 0);
    const read = await cli(t.dir, 'query', 'sql', 'SELECT COUNT(*) AS n FROM artifacts', '--format', 'json');
    assert.equal(read.code, 0, read.stderr);
    assert.deepEqual(JSON.parse(read.stdout), [{ n: 2 }]);
    const write = await cli(t.dir, 'query', 'sql', 'WITH x AS (SELECT 1) DELETE FROM files');
    assert.equal(write.code, 2, write.stderr);
    assert.match(write.stderr, /^etk query sql: .*readonly/);
    assert.equal(count(join(t.dir, DB), 'SELECT COUNT(*) AS n FROM files'), 2);
  });

  it('etk ci index runs every named query', async () => {
    const t = repo();
    const r = await cli(t.dir, 'ci', 'index', '--out', 'out');
    assert.equal(r.code, 0, r.stderr);
    assert.ok(readdirSync(join(t.dir, 'out', 'results')).includes('problems.json'));
  });
});
