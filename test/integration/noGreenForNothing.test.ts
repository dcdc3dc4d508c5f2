import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { artifact, artifactPath, manifest, manifestPath, NAMES } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

const A = artifactPath(NAMES.assessment!);

describe('no green for nothing', () => {
  it('a configured root that does not exist is a configuration error naming the path, the nearest folder and the near miss', async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{"root": "experiment_manager/experimnts"}');
    t.write(manifestPath(), manifest());
    t.write(A, artifact('assessment'));
    for (const command of [['validate'], ['sync'], ['status'], ['query', 'experiments']]) {
      const r = await cli(t.dir, ...command);
      assert.equal(r.code, 2, `${command.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, /root experiment_manager\/experimnts does not exist/);
      assert.match(r.stderr, /the nearest existing folder is experiment_manager, which holds experiment_manager\/experiments \(did you mean that\?\)/);
      assert.match(r.stderr, /fix: fix "root" in etk\.config\.json/);
      assert.doesNotMatch(r.stdout, /no problems/);
    }
    assert.equal(existsSync(join(t.dir, 'data')), false, 'sync wrote nothing');
  });

  it('the default root missing (no config) is the same error, saying it is the default', async () => {
    const t = tempDir({ git: true });
    t.write('docs/readme.md', '# hi\n');
    const r = await cli(t.dir, 'validate');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /the experiments root experiment_manager\/experiments \(the default: no "root" is configured\) does not exist .*; the nearest existing folder is \./);
  });

  it('a root that exists but holds no Markdown: exit 0 with a warning that 0 files were checked under it', async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{"root": "docs/experiments"}');
    mkdirSync(join(t.dir, 'docs/experiments'), { recursive: true });
    const r = await cli(t.dir, 'validate');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning 0 files checked under docs\/experiments: it holds no Markdown\. Is root right \(set in \S+etk\.config\.json\)\?/);
  });

  it('the hooks, etk init and etk new still run before the first experiment exists', async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{"root": "docs/experiments"}');
    t.git('add', '-A');
    assert.equal((await cli(t.dir, 'sync', '--staged')).code, 0);
    assert.equal((await cli(t.dir, 'hook', 'post-checkout')).code, 0);
    const made = await cli(t.dir, 'new', 'experiment', 'First one');
    assert.equal(made.code, 0, made.stderr);
    assert.equal(readdirSync(join(t.dir, 'docs/experiments')).length, 1);
  });

  it('outside a git repository sync exits 2, says so and writes nothing; validate still checks the folder', async () => {
    const t = tempDir();
    t.write('etk.config.json', '{}');
    t.write(manifestPath(), manifest());
    t.write(A, artifact('assessment'));
    const r = await cli(t.dir, 'sync');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /the index is built from git, and \S+ is not inside a git repository; nothing was written/);
    assert.equal(existsSync(join(t.dir, 'data')), false);
    for (const command of [['status', '--sync'], ['query', 'experiments', '--sync'], ['search', 'x', '--sync']]) {
      const s = await cli(t.dir, ...command);
      assert.equal(s.code, 2, command.join(' '));
      assert.equal(existsSync(join(t.dir, 'data')), false, `${command.join(' ')} wrote nothing`);
    }
    const q = await cli(t.dir, 'query', 'experiments');
    assert.equal(q.code, 2);
    assert.match(q.stderr, /there is no index at/);
    assert.equal((await cli(t.dir, 'validate')).code, 0);
  });

  it('etk init outside git exits 2 with a sentence', async () => {
    const t = tempDir();
    const r = await cli(t.dir, 'init', '--no-install');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /etk init: \S+ is not inside a git repository, so there are no hooks to set up; nothing was changed/);
    assert.match(r.stderr, /fix: run git init/);
    assert.deepEqual(readdirSync(t.dir), []);
  });
});
