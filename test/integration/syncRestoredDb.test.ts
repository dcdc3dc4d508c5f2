import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { canonicalDump } from '../../src/db/canonicalDump.ts';
import { cli } from '../helpers/runCli.ts';
import { EXP, artifact, artifactPath } from '../helpers/corpus.ts';
import { checkoutWorkspace, prScenario } from '../helpers/prScenario.ts';

function dump(path: string): string {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return canonicalDump(db);
  } finally {
    db.close();
  }
}

describe('etk sync from a database made in another clone (a CI cache)', () => {
  it('the tree it recorded is not in this shallow clone: every file is listed, and the result equals a rebuild', async () => {
    const s = prScenario();
    const a = checkoutWorkspace(s, 'refs/heads/main', 1);
    const cached = join(a.dir, 'tracking.db');
    assert.equal((await cli(a.dir, 'sync', '--rev', 'HEAD', '--db', cached, '-q')).code, 0);

    s.origin.git('checkout', '-q', 'main');
    s.origin.write(artifactPath('20251221_0900_assessment_later.md', EXP), artifact('assessment', { id: 'later-3' }));
    s.origin.git('add', '-A');
    s.origin.git('commit', '-q', '-m', 'later');
    const b = checkoutWorkspace(s, 'refs/heads/main', 1);
    const restored = join(b.dir, 'restored.db');
    copyFileSync(cached, restored);
    const r = await cli(b.dir, 'sync', '--rev', 'HEAD', '--db', restored, '--json');
    assert.equal(r.code, 0, r.stderr);
    const o = JSON.parse(r.stdout) as { added: string[]; listed: string };
    assert.deepEqual([o.added, o.listed], [[artifactPath('20251221_0900_assessment_later.md', EXP)], 'full']);
    const fresh = join(b.dir, 'fresh.db');
    assert.equal((await cli(b.dir, 'sync', '--rev', 'HEAD', '--db', fresh, '-q')).code, 0);
    assert.equal(dump(restored), dump(fresh));
  });
});
