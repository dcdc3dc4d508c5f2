import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXP, ROOT, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli, cliJson } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

/** Frontmatter and metadata nested 10,000 deep: a diagnostic at a stable place, never a crash. */
describe('deep nesting', () => {
  const flow = artifactPath('20251218_0950_assessment_flow.md');
  const map = artifactPath('20251218_0951_assessment_map.md');
  const state = `${ROOT}/${EXP}/state.json`;
  const A = artifactPath('20251218_0952_assessment_fine.md');

  function repo() {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{}');
    t.write('.gitignore', 'data/\n');
    t.write(manifestPath(), manifest());
    t.write(A, artifact('assessment', { id: 'fine' }));
    t.write(flow, artifact('assessment', { id: 'flow', extra: `deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` }));
    t.write(map, artifact('assessment', { id: 'map', extra: `deep: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n` }));
    t.write(state, `{"status": "active", "deep": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    return t;
  }

  it('etk validate: yaml-depth / metadata-json at the first character past 64 levels; the rest is judged', async () => {
    const t = repo();
    const r = await cliJson(t.dir, 'validate');
    assert.equal(r.code, 1);
    assert.deepEqual(r.diagnostics.map((d) => [d.file, d.rule, d.line, d.column]), [
      [flow, 'yaml-depth', 15, 70],
      [map, 'yaml-depth', 15, 259],
      [state, 'metadata-json', 1, 93],
    ]);
    assert.doesNotMatch(r.stderr, /stack|RangeError/);
  });

  it('etk sync indexes them with their diagnostic; the incremental index equals a rebuild, and --staged agrees', async () => {
    const t = repo();
    const first = await cli(t.dir, 'sync');
    assert.equal(first.code, 0, first.stderr);
    t.git('add', '-A');
    const staged = await cliJson(t.dir, 'validate', '--staged', flow);
    assert.deepEqual(staged.diagnostics.map((d) => [d.rule, d.line, d.column]), [['yaml-depth', 15, 70]]);
    t.git('commit', '-qm', 'deep');
    t.write(A, artifact('assessment', { id: 'fine', extra: 'note: changed\n' }));
    const second = await cli(t.dir, 'sync');
    assert.equal(second.code, 0, second.stderr);
    const check = await cli(t.dir, 'sync', '--check-conflicts');
    assert.equal(check.code, 0, check.stdout + check.stderr);
    const db = await cli(t.dir, 'query', 'sql', "SELECT file_path, rule, line, \"column\" FROM file_diagnostics WHERE rule IN ('yaml-depth', 'metadata-json') ORDER BY file_path");
    assert.equal(db.code, 0, db.stderr);
    assert.deepEqual((JSON.parse(db.stdout) as { file_path: string; line: number; column: number }[]).map((r) => [r.file_path, r.line, r.column]), [[flow, 15, 70], [map, 15, 259], [state, 1, 93]]);
  });
});
