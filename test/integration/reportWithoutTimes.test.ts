import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { startLiveDashboard } from '../../src/report/liveServer.ts';
import { EXP, EXP2, NAMES, SUBDIR, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

/** Reports whose metrics have no time etk can read: the dashboard draws what it can and never crashes. */
describe('metrics without a readable time', () => {
  for (const created of ['garbage', '2025-13-45', '2025-12-18 18:50:00+09:00']) {
    it(`created: ${created} (every report): report, experiment page, ci index and the live page`, async () => {
      const t = tempDir({ git: true });
      t.write('etk.config.json', '{}');
      t.write('.gitignore', 'data/\nout/\n');
      t.write(manifestPath(), manifest());
      t.write(manifestPath(EXP2), manifest(EXP2));
      const timeless = (id: string) => artifact('report', { id }).replace(/created: .*/, `created: ${created}`).replace(/updated: .*/, `updated: ${created}`);
      t.write(artifactPath(NAMES.report!, EXP, SUBDIR.report), timeless('r1'));
      t.write(artifactPath('20251219_0930_report_second.md', EXP, SUBDIR.report), timeless('r2'));
      t.git('add', '-A');
      t.git('commit', '-qm', 'timeless');
      assert.equal((await cli(t.dir, 'sync')).code, 0);
      mkdirSync(join(t.dir, 'out'), { recursive: true }); // output folders are not created for you
      for (const args of [['--report', 'out/report.html'], ['--report', 'out/exp.html', '--experiment', EXP]]) {
        const r = await cli(t.dir, 'dashboard', ...args);
        assert.equal(r.code, 0, r.stderr);
        assert.match(readFileSync(join(t.dir, args[1]!), 'utf8'), /hmean/);
      }
      const ci = await cli(t.dir, 'ci', 'index', '--out', 'out/ci');
      assert.equal(ci.code, 0, ci.stderr);
      const live = await startLiveDashboard({ config: await loadConfig({ cwd: t.dir }), dbPath: join(t.dir, 'data/ops/tracking.db'), etkVersion: 'test', port: 0, sync: false, log: () => {} });
      try {
        assert.equal((await fetch(live.url)).status, 200);
        assert.equal((await fetch(`${live.url}experiments/${EXP}`)).status, 200);
      } finally {
        await live.close();
      }
    });
  }
});
