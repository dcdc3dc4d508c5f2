import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
// @ts-expect-error: plain JavaScript generator without type declarations
import { generateCorpus } from '../../bench/gen-corpus.mjs';
import { canonicalDump } from '../../src/db/canonicalDump.ts';
import { tempDir } from '../helpers/tempRepo.ts';

const BIN = fileURLToPath(new URL('../../bin/etk.js', import.meta.url));

interface Defect {
  path: string;
  kind: string;
}

function validate(cwd: string, threads: string) {
  const r = spawnSync(process.execPath, [BIN, 'validate', '--format', 'json'], { cwd, encoding: 'utf8', env: { ...process.env, ETK_THREADS: threads, ETK_DEBUG: 'threads' } });
  return { code: r.status, diagnostics: JSON.parse(r.stdout) as { file: string; rule: string; line: number }[], stderr: r.stderr };
}

describe('a generated corpus with seeded defects', () => {
  it('finds exactly the seeded defects, the same with one thread or several', () => {
    const t = tempDir();
    const out = `${t.dir}/corpus`;
    const { defects } = generateCorpus({ artifacts: 1200, seed: 7, out, invalidRatio: 0.05 }) as { defects: Defect[] };
    assert.equal(defects.length, 60);
    const one = validate(out, '1');
    const many = validate(out, '3');
    assert.equal(one.code, 1);
    assert.equal(one.stderr, 'etk: 1200 files on 1 thread(s)\n');
    assert.equal(many.stderr, 'etk: 1200 files on 3 thread(s)\n');
    assert.deepEqual(many.diagnostics, one.diagnostics, 'threads change nothing in the result');
    const flagged = new Set(one.diagnostics.map((d) => d.file));
    const seeded = new Set(defects.map((d) => d.path.replace(/^.*?experiment_manager\//, 'experiment_manager/')));
    assert.deepEqual([...flagged].sort(), [...seeded].sort());
    const expectedRule: Record<string, string> = {
      'bad-priority': 'schema',
      'missing-evidence-count': 'schema',
      'bad-tag': 'schema',
      'no-offset': 'timestamp-offset',
      'camelcase-filename': 'file-name',
      'updated-before-created': 'updated-before-created',
    };
    for (const d of defects) {
      const file = d.path.replace(/^.*?experiment_manager\//, 'experiment_manager/');
      const rules = one.diagnostics.filter((x) => x.file === file).map((x) => x.rule);
      assert.deepEqual(rules, [expectedRule[d.kind]], `${d.kind} in ${file}`);
    }
  });

  it('indexes it the same with one thread or several (the threads prepare the rows)', () => {
    const t = tempDir();
    const out = `${t.dir}/corpus`;
    generateCorpus({ artifacts: 1200, seed: 11, out, invalidRatio: 0.05 });
    // A work tree: its files are read on worker threads (outside git etk reads them in this one).
    const git = (...args: string[]) => assert.equal(spawnSync('git', args, { cwd: out, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t.invalid' } }).status, 0);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'corpus', '--no-verify');
    const dump = (threads: string) => {
      const db = `${t.dir}/t${threads}.db`;
      const r = spawnSync(process.execPath, [BIN, 'sync', '--db', db], { cwd: out, encoding: 'utf8', env: { ...process.env, ETK_THREADS: threads, ETK_DEBUG: 'threads' } });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, new RegExp(`on ${threads} thread\\(s\\)`));
      const d = new DatabaseSync(db, { readOnly: true });
      try {
        return canonicalDump(d);
      } finally {
        d.close();
      }
    };
    const one = dump('1');
    assert.ok(one.includes('"severity":"error"'), 'the seeded defects are indexed');
    assert.equal(dump('3'), one);
  });
});
