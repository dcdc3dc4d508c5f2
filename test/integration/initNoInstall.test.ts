import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

describe('etk init --no-install without husky installed', () => {
  for (const mode of ['lint-staged', 'direct']) {
    it(`--mode ${mode}: says what to install, prints no other program's crash, and sets up the rest`, async () => {
      const t = tempDir({ git: true });
      const r = await cli(t.dir, 'init', '--no-install', '--mode', mode, '--no-sync');
      const out = r.stdout + r.stderr;
      assert.equal(r.code, 0, out);
      assert.doesNotMatch(out, /Cannot find module|node:internal|MODULE_NOT_FOUND|^\s+at /m);
      assert.match(out, /npm install --save-dev husky@\^9/);
      assert.ok(existsSync(join(t.dir, '.husky', 'pre-commit')));
      assert.ok(existsSync(join(t.dir, 'etk.config.json')));
    });
  }
});
