import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateRepo } from '../../src/artifacts/validateRepo.ts';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { EXP, EXP2, NAMES, SUBDIR, artifact, artifactPath, manifest, manifestPath, metadataManifest, metadataManifestPath } from '../helpers/corpus.ts';
import { cli, cliJson } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

const A = artifactPath(NAMES.assessment!);

function repoWithCommit() {
  const t = tempDir({ git: true });
  t.write('etk.config.json', '{}');
  t.write(manifestPath(), manifest());
  t.write(manifestPath(EXP2), manifest(EXP2));
  t.write(metadataManifestPath(EXP2), metadataManifest(EXP2));
  t.write(A, artifact('assessment'));
  t.git('add', '-A');
  t.git('commit', '-qm', 'initial');
  return t;
}

describe('etk validate --staged: judges what will be committed', () => {
  it('a partially staged file is judged by its staged text (bad staged, good work tree)', async () => {
    const t = repoWithCommit();
    t.write(A, artifact('assessment').replace('priority: high', 'priority: urgent'));
    t.git('add', A);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: low'));

    const staged = await cliJson(t.dir, 'validate', '--staged');
    assert.equal(staged.code, 1);
    assert.deepEqual(staged.diagnostics.map((d) => [d.file, d.rule, d.line, d.column]), [[A, 'schema', 13, 11]]);
    assert.match(staged.diagnostics[0]!.message, /found "urgent"/);

    const worktree = await cliJson(t.dir, 'validate');
    assert.equal(worktree.code, 0);
    assert.deepEqual(worktree.diagnostics, []);
  });

  it('a partially staged file is judged by its staged text (good staged, bad work tree)', async () => {
    const t = repoWithCommit();
    t.write(A, artifact('assessment').replace('priority: high', 'priority: low'));
    t.git('add', A);
    t.write(A, artifact('assessment').replace('evidence_count: 3', 'evidence_count: lots'));
    const staged = await cliJson(t.dir, 'validate', '--staged');
    assert.equal(staged.code, 0);
    assert.deepEqual(staged.diagnostics, []);
    const worktree = await cliJson(t.dir, 'validate', A);
    assert.equal(worktree.code, 1);
    assert.equal(worktree.diagnostics[0]?.line, 14);
  });

  it('only staged files are judged: an unchanged broken file and unstaged edits are not', async () => {
    const t = repoWithCommit();
    const broken = artifactPath('20251218_0930_guide_broken.md', EXP, SUBDIR.guide);
    t.write(broken, artifact('guide', { id: 'g-1' }).replace('commands:\n  - python train.py\n', ''));
    t.git('add', broken);
    t.git('commit', '-qm', 'broken guide', '--no-verify');
    const script = artifactPath(NAMES.script!, EXP, SUBDIR.script);
    t.write(script, artifact('script', { id: 's-1' }));
    t.git('add', script);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: urgent')); // not staged
    const r = await cliJson(t.dir, 'validate', '--staged');
    assert.equal(r.code, 0);
    assert.deepEqual(r.diagnostics, []);
    // The whole tree still knows about the broken guide.
    const all = await cliJson(t.dir, 'validate');
    assert.deepEqual([...new Set(all.diagnostics.map((d) => d.file))].sort(), [A, broken].sort());
  });

  it('absolute paths, as lint-staged passes them, narrow --staged to those files', async () => {
    const t = repoWithCommit();
    const guide = artifactPath(NAMES.guide!, EXP, SUBDIR.guide);
    t.write(A, artifact('assessment').replace('priority: high', 'priority: urgent'));
    t.write(guide, artifact('guide', { id: 'g-2' }).replace('commands:\n  - python train.py\n', 'commands: []\n'));
    t.git('add', '-A');
    const one = await cliJson(t.dir, 'validate', '--staged', join(t.dir, guide));
    assert.deepEqual(one.diagnostics.map((d) => d.file), [guide]);
    const both = await cliJson(t.dir, 'validate', '--staged');
    assert.deepEqual(both.diagnostics.map((d) => d.file).sort(), [A, guide].sort());
  });

  it('paths with spaces, quotes and non-ASCII characters are read from the index', async () => {
    const t = repoWithCommit();
    const odd = artifactPath('20251218_0930_assessment_bad "name" ü.md');
    t.write(odd, artifact('assessment', { id: 'odd-1' }).replace('priority: high', 'priority: urgent'));
    t.git('add', '-A');
    const r = await cliJson(t.dir, 'validate', '--staged');
    assert.equal(r.code, 1);
    assert.deepEqual(r.diagnostics.map((d) => [d.file, d.rule]).sort(), [[odd, 'file-name'], [odd, 'schema']]);
  });

  it('a duplicate artifact_id is found against committed files, a removed duplicate is not', async () => {
    const t = repoWithCommit();
    const guide = artifactPath(NAMES.guide!, EXP, SUBDIR.guide);
    t.write(guide, artifact('guide', { id: 'assessment-1' }));
    t.git('add', guide);
    const r = await cliJson(t.dir, 'validate', '--staged');
    assert.deepEqual(r.diagnostics.map((d) => [d.file, d.rule, d.line, d.column]), [[guide, 'duplicate-artifact-id', 11, 14]]);
    assert.match(r.diagnostics[0]!.message, new RegExp(`also used by ${A.replace(/\./g, '\\.')}`));
    // Staging the other file's removal clears it.
    t.git('rm', '-q', A);
    const after = await cliJson(t.dir, 'validate', '--staged');
    assert.deepEqual(after.diagnostics, []);
  });

  it('an artifact_id mentioned in a body line is not a duplicate', async () => {
    const t = repoWithCommit();
    const guide = artifactPath(NAMES.guide!, EXP, SUBDIR.guide);
    t.write(guide, artifact('guide', { id: 'g-3', body: '# Notes\n\nartifact_id: assessment-1\n' }));
    t.write(artifactPath(NAMES.script!, EXP, SUBDIR.script), artifact('script', { id: 'assessment-1-copy' }));
    t.git('add', '-A');
    const r = await cliJson(t.dir, 'validate', '--staged');
    assert.deepEqual(r.diagnostics, []);
  });

  it('a baseline counts as existing when its manifest is in the index', async () => {
    const t = repoWithCommit();
    const report = artifactPath(NAMES.report!, EXP, SUBDIR.report);
    t.write(report, artifact('report', { id: 'r-1' }).replace(`baseline: ${EXP2}`, 'baseline: 20250101_000000_later'));
    t.git('add', report);
    const missing = await cliJson(t.dir, 'validate', '--staged');
    assert.deepEqual(missing.diagnostics.map((d) => [d.rule, d.severity]), [['baseline-missing', 'warning']]);
    assert.equal(missing.code, 0);
    t.write(manifestPath('20250101_000000_later'), manifest('20250101_000000_later'));
    t.git('add', '-A');
    const found = await cliJson(t.dir, 'validate', '--staged');
    assert.deepEqual(found.diagnostics, []);
  });

  it('works before the first commit', async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{}');
    t.write(manifestPath(), manifest().replace('status: active', 'status: paused'));
    t.git('add', '-A');
    const r = await cliJson(t.dir, 'validate', '--staged');
    assert.equal(r.code, 1);
    assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.line]), [['schema', 6]]);
  });

  it('nothing staged: exit 0 and says so', async () => {
    const t = repoWithCommit();
    const r = await cli(t.dir, 'validate', '--staged');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /0 files checked, no problems/);
  });

  it('outside a git repository --staged is a usage error (exit 2)', async () => {
    const t = tempDir();
    writeFileSync(join(t.dir, 'etk.config.json'), '{}');
    mkdirSync(join(t.dir, 'experiment_manager/experiments'), { recursive: true });
    const r = await cli(t.dir, 'validate', '--staged');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--staged needs a git repository/);
    assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, 'no stack trace');
  });
});

describe('etk validate with an index present: the rest of the repository is read from tracking.db', () => {
  it('finds duplicates against indexed files, against files changed since the sync, and not against stale rows', async () => {
    const t = repoWithCommit();
    t.write('.gitignore', 'data/\n');
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    const guide = artifactPath(NAMES.guide!, EXP, SUBDIR.guide);
    // 1. an indexed, unchanged holder of the id
    t.write(guide, artifact('guide', { id: 'assessment-1' }));
    t.git('add', guide);
    let r = await cliJson(t.dir, 'validate', '--staged');
    assert.deepEqual(r.diagnostics.map((d) => [d.file, d.rule]), [[guide, 'duplicate-artifact-id']]);
    r = await cliJson(t.dir, 'validate', guide);
    assert.deepEqual(r.diagnostics.map((d) => [d.file, d.rule]), [[guide, 'duplicate-artifact-id']]);
    // 2. the holder changed its id after the sync: the index row is stale and must not count
    t.write(A, artifact('assessment', { id: 'renamed-id' }));
    r = await cliJson(t.dir, 'validate', guide);
    assert.deepEqual(r.diagnostics, [], 'work tree: the stale row is re-read');
    t.git('add', A);
    r = await cliJson(t.dir, 'validate', '--staged', guide);
    assert.deepEqual(r.diagnostics, [], 'index: the stale row is re-read');
    // 3. a file added after the sync now holds the id
    const script = artifactPath(NAMES.script!, EXP, SUBDIR.script);
    t.write(script, artifact('script', { id: 'assessment-1' }));
    r = await cliJson(t.dir, 'validate', guide);
    assert.deepEqual(r.diagnostics.map((d) => [d.file, d.rule]), [[guide, 'duplicate-artifact-id']]);
    assert.match(r.diagnostics[0]!.message, /also used by .*20251218_0930_script_preprocess\.md/);
    // ...and it came from the index, not from a scan.
    const config = await loadConfig({ cwd: t.dir });
    assert.equal((await validateRepo({ config, cwd: t.dir, paths: [guide], staged: false })).catalogSource, 'tracking.db');
    assert.equal((await validateRepo({ config, cwd: t.dir, paths: [guide], staged: true })).catalogSource, 'tracking.db');
    assert.equal((await validateRepo({ config: { ...config, databaseAbs: join(t.dir, 'none.db') }, cwd: t.dir, paths: [guide], staged: false })).catalogSource, 'scan');
  });

  it('knows which experiments exist from the index plus what changed since (a deleted experiment folder counts)', async () => {
    const t = repoWithCommit();
    t.write('.gitignore', 'data/\n');
    const report = artifactPath(NAMES.report!, EXP, SUBDIR.report);
    t.write(report, artifact('report', { id: 'r-1' }));
    t.git('add', '-A');
    t.git('commit', '-qm', 'report');
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    assert.deepEqual((await cliJson(t.dir, 'validate', report)).diagnostics, []);
    rmSync(join(t.dir, manifestPath(EXP2)));
    assert.deepEqual((await cliJson(t.dir, 'validate', report)).diagnostics, [], 'its .metadata/manifest.json still makes the folder an experiment');
    rmSync(join(t.dir, metadataManifestPath(EXP2)));
    const gone = await cliJson(t.dir, 'validate', report);
    assert.deepEqual(gone.diagnostics.map((d) => d.rule), ['baseline-missing'], 'work tree: the experiment is gone');
    // --staged judges staged files: stage an edit of the report.
    t.write(report, artifact('report', { id: 'r-1', body: '# First results\n\nEdited.\n' }));
    t.git('add', report);
    const staged = await cliJson(t.dir, 'validate', '--staged', report);
    assert.equal(staged.diagnostics.length, 0, 'index: the manifest is still staged');
    t.git('rm', '-q', '--cached', manifestPath(EXP2), metadataManifestPath(EXP2));
    assert.deepEqual((await cliJson(t.dir, 'validate', '--staged', report)).diagnostics.map((d) => d.rule), ['baseline-missing'], 'index: now it is gone there too');
  });
});
