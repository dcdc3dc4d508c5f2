import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { EXP, NAMES, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { tempDir } from '../helpers/tempRepo.ts';

/**
 * The pre-commit framework (Debian's `pre-commit`; .ci/run installs it) installs etk from a git
 * clone of this repository at HEAD, with npm and no build step, and runs .pre-commit-hooks.yaml.
 * Its node environment is the system Node (20 here): etk's bin finds the Node 24 on PATH.
 */
const REPO = fileURLToPath(new URL('../..', import.meta.url));

describe('the pre-commit framework', () => {
  it('installs etk from a clone, blocks an invalid commit, lets a valid one land, and resyncs on checkout', () => {
    const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0, 'pre-commit must be installed (apt-get install pre-commit; .ci/run does)');
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const t = tempDir({ git: true, prefix: 'etk-precommit-' });
    const env = { ...process.env, HOME: t.dir, PRE_COMMIT_HOME: join(t.dir, '.pre-commit-home'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@etk.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@etk.invalid', NO_COLOR: '1' };
    const sh = (cmd: string, ...args: string[]) => {
      const r = spawnSync(cmd, args, { cwd: t.dir, encoding: 'utf8', env });
      return { code: r.status, out: `${r.stdout}${r.stderr}` };
    };
    t.write('.pre-commit-config.yaml', `default_install_hook_types: [pre-commit, post-checkout, post-merge, post-rewrite]\nrepos:\n  - repo: ${REPO}\n    rev: ${head}\n    hooks:\n      - id: etk-validate\n      - id: etk-sync\n`);
    t.write('etk.config.json', '{}');
    t.write('.gitignore', 'data/\n.pre-commit-home/\n');
    t.write(manifestPath(), manifest());
    const A = artifactPath(NAMES.assessment!);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: urgent'));
    assert.equal(sh('pre-commit', 'install').code, 0);
    sh('git', 'add', '-A');
    const blocked = sh('git', 'commit', '-m', 'bad');
    assert.equal(blocked.code, 1, blocked.out);
    assert.match(blocked.out, /etk validate \(EDS v1\.0\)\.+Failed/);
    assert.match(blocked.out, /13:11\s+error\s+priority must be one of critical, high, medium, low \(found "urgent"\)/);

    t.write(A, artifact('assessment'));
    sh('git', 'add', '-A');
    const ok = sh('git', 'commit', '-m', 'good');
    assert.equal(ok.code, 0, ok.out);
    assert.match(ok.out, /etk validate \(EDS v1\.0\)\.+Passed/);

    const checkout = sh('git', 'checkout', '-b', 'other');
    assert.equal(checkout.code, 0, checkout.out);
    assert.match(checkout.out, /etk sync \(tracking\.db\)\.+Passed/);
    const dbPath = join(t.dir, 'data/ops/tracking.db');
    assert.ok(existsSync(dbPath));
    const db = new DatabaseSync(dbPath, { readOnly: true });
    try {
      assert.deepEqual((db.prepare('SELECT file_path FROM artifacts ORDER BY 1').all() as { file_path: string }[]).map((r) => r.file_path), [A, manifestPath(EXP)].sort());
    } finally {
      db.close();
    }
  });
});
