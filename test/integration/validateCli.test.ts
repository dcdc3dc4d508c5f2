import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXP, EXP2, NAMES, ROOT, SUBDIR, artifact, artifactPath, manifest, manifestPath, metadataManifest, metadataManifestPath } from '../helpers/corpus.ts';
import { cli, cliJson } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

const A = artifactPath(NAMES.assessment!);
const G = artifactPath(NAMES.guide!, EXP, SUBDIR.guide);
const badA = artifact('assessment').replace('priority: high', 'priority: urgent');

function project(git: boolean, files: Record<string, string> = {}) {
  const t = tempDir({ git });
  t.write('etk.config.json', '{}');
  t.write(manifestPath(), manifest());
  t.write(manifestPath(EXP2), manifest(EXP2));
  t.write(metadataManifestPath(), metadataManifest());
  t.write(metadataManifestPath(EXP2), metadataManifest(EXP2));
  for (const [p, c] of Object.entries(files)) t.write(p, c);
  return t;
}

describe('etk validate: paths', () => {
  for (const git of [true, false]) {
    it(`one file judged against the whole tree for duplicates (${git ? 'git' : 'no git'})`, async () => {
      const t = project(git, { [A]: artifact('assessment', { id: 'dup' }), [G]: artifact('guide', { id: 'dup' }) });
      const r = await cliJson(t.dir, 'validate', G);
      assert.deepEqual(r.diagnostics.map((d) => [d.file, d.rule]), [[G, 'duplicate-artifact-id']]);
      assert.match(r.diagnostics[0]!.message, /also used by .*20251218_0930_assessment_baseline-quality\.md/);
    });
  }

  it('absolute and relative paths, and folders', async () => {
    const t = project(true, { [A]: badA });
    const abs = await cliJson(t.dir, 'validate', `${t.dir}/${A}`);
    const rel = await cliJson(`${t.dir}/${ROOT}`, 'validate', `${EXP}/.metadata`);
    assert.deepEqual(abs.diagnostics.map((d) => d.file), [A]);
    assert.deepEqual(rel.diagnostics, abs.diagnostics, 'same diagnostics, repo-relative paths, from any cwd');
    assert.equal(rel.code, 1);
  });

  it('a path that does not exist is an error (exit 2) and the other files are still checked', async () => {
    const t = project(false, { [A]: badA });
    const r = await cli(t.dir, 'validate', 'nope.md', A, '--format', 'json');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.md: no such file or folder/);
    assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((d) => d.file), [A]);
  });

  it('files outside the root or not Markdown are skipped with a note', async () => {
    const t = project(false, { 'notes/todo.md': '# todo\n', [`${ROOT}/${EXP}/data.csv`]: 'a,b\n' });
    const r = await cli(t.dir, 'validate', 'notes/todo.md', `${ROOT}/${EXP}/data.csv`, manifestPath());
    assert.equal(r.code, 0);
    assert.match(r.stderr, /notes\/todo\.md: skipped: outside the experiments root/);
    assert.match(r.stderr, /data\.csv: skipped: not a Markdown or metadata file/);
    assert.match(r.stdout, /1 file checked, no problems/);
  });

  it('the root README.md is not an artifact; other loose Markdown in the root is misplaced', async () => {
    const t = project(false, { [`${ROOT}/README.md`]: '# Experiments\n', [`${ROOT}/notes.md`]: artifact('assessment') });
    const r = await cliJson(t.dir, 'validate');
    assert.deepEqual(r.diagnostics.map((d) => [d.file, d.rule]), [[`${ROOT}/notes.md`, 'file-name'], [`${ROOT}/notes.md`, 'placement']]);
  });
});

describe('etk validate: output', () => {
  it('text: grouped by file, line:col severity message rule, a code frame, a fix, a summary', async () => {
    const t = project(false, { [A]: badA, [G]: artifact('guide', { id: 'g' }).replace('status: active', 'prerequisits: []\nstatus: active') });
    const r = await cli(t.dir, 'validate');
    assert.equal(r.code, 1);
    const expected = [
      A,
      '  13:11   error    priority must be one of critical, high, medium, low (found "urgent")  schema',
      '      12 | phase: phase_1',
      '    > 13 | priority: urgent',
      '         |           ^',
      '      14 | evidence_count: 3',
      '    fix: use one of: critical, high, medium, low',
      '',
      G,
      '  5:1     warning  unknown field prerequisits: did you mean prerequisites?  unknown-key',
    ];
    assert.deepEqual(r.stdout.split('\n').slice(0, expected.length), expected);
    assert.match(r.stdout, /✖ 1 error, 1 warning in 2 of 6 files\n$/);
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colour when not a TTY / NO_COLOR');
  });

  it('--quiet shows errors only; --no-frame drops code frames', async () => {
    const t = project(false, { [A]: badA, [G]: artifact('guide', { id: 'g' }).replace('status: active', 'prerequisits: []\nstatus: active') });
    const r = await cli(t.dir, 'validate', '--quiet', '--no-frame');
    assert.doesNotMatch(r.stdout, /  warning  /);
    assert.match(r.stdout, /1 error, 1 warning in 2 of 6 files/, 'the summary still counts everything');
    assert.doesNotMatch(r.stdout, /\| priority: urgent/);
    assert.match(r.stdout, /13:11 {3}error/);
  });

  it('--max-warnings turns too many warnings into exit 1', async () => {
    const t = project(false, { [G]: artifact('guide', { id: 'g' }).replace('status: active', 'prerequisits: []\nstatus: active') });
    assert.equal((await cli(t.dir, 'validate')).code, 0);
    assert.equal((await cli(t.dir, 'validate', '--max-warnings', '1')).code, 0);
    const over = await cli(t.dir, 'validate', '--max-warnings', '0');
    assert.equal(over.code, 1);
    assert.match(over.stderr, /too many warnings: 1 \(--max-warnings 0\)/);
  });

  it('json: one array of {file, line, column, rule, severity, message, hint}, sorted', async () => {
    const t = project(false, { [A]: badA, [G]: artifact('guide', { id: 'g' }).replace('commands:\n  - python train.py\n', 'commands: []\n') });
    const r = await cli(t.dir, 'validate', '--format', 'json');
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.equal(list.length, 2);
    for (const d of list) assert.deepEqual(Object.keys(d), ['file', 'line', 'column', 'rule', 'severity', 'message', 'hint']);
    assert.deepEqual(list.map((d) => d.file), [A, G].sort());
  });

  it('github: ::error annotations with file, line and col', async () => {
    const t = project(false, { [A]: badA });
    const r = await cli(t.dir, 'validate', '--format', 'github');
    assert.equal(r.code, 1);
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.match(r.stdout, new RegExp(`^::error file=${A.replace(/\./g, '\\.')},line=13,col=11,title=etk schema::priority must be one of critical, high, medium, low \\(found "urgent"\\)%0Afix: use one of: critical, high, medium, low\\n$`));
  });

  it('usage errors exit 2 with a suggestion', async () => {
    const t = project(false);
    const flag = await cli(t.dir, 'validate', '--stagd');
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /unknown option --stagd \(did you mean --staged\?\)/);
    const format = await cli(t.dir, 'validate', '--format', 'xml');
    assert.equal(format.code, 2);
    assert.match(format.stderr, /--format must be one of text, json, github/);
    const cmd = await cli(t.dir, 'valdate');
    assert.equal(cmd.code, 2);
    assert.match(cmd.stderr, /unknown command "valdate" \(did you mean "validate"\?\)/);
  });

  it('--help prints usage with an example, exit 0', async () => {
    const r = await cli('.', 'validate', '--help');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Usage: etk validate/);
    assert.match(r.stdout, /Examples:\n {2}etk validate/);
  });
});

describe('etk validate: content rules', () => {
  const body = '# Baseline\n\n```bash\necho "you should not see this"\n```\n\nFor more information, read the `tutorial` notes.\n';
  const text = artifact('assessment', { body });
  const line = text.split('\n').indexOf('For more information, read the `tutorial` notes.') + 1;

  it('a prohibited phrase is a warning at its line and column (exit 0); code is skipped', async () => {
    const t = project(true, { [A]: text });
    const r = await cliJson(t.dir, 'validate');
    assert.equal(r.code, 0);
    assert.deepEqual(r.diagnostics.map((d) => [d.file, d.line, d.column, d.rule, d.severity]), [[A, line, 1, 'prohibited-phrase', 'warning']]);
    const plain = await cli(t.dir, 'validate');
    assert.match(plain.stdout, new RegExp(`  ${line}:1 +warning +user-oriented phrase "For more information".*prohibited-phrase`));
  });

  it('the config can make it an error (exit 1), or turn it off', async () => {
    const t = project(true, { [A]: text });
    t.write('etk.config.json', JSON.stringify({ rules: { 'prohibited-phrase': 'error' } }));
    const r = await cliJson(t.dir, 'validate');
    assert.equal(r.code, 1);
    assert.deepEqual(r.diagnostics.map((d) => [d.line, d.rule, d.severity]), [[line, 'prohibited-phrase', 'error']]);
    t.write('etk.config.json', JSON.stringify({ rules: { 'prohibited-phrase': 'off' } }));
    const off = await cliJson(t.dir, 'validate');
    assert.deepEqual([off.code, off.diagnostics], [0, []]);
  });

  it('rules that are off by default run when the config turns them on', async () => {
    const t = project(true, { [A]: artifact('assessment', { body: '# Baseline\n\n## Background\n\nDone 🚀\n' }) });
    t.write('etk.config.json', JSON.stringify({ rules: { emoji: 'warn', 'prohibited-section': 'error', 'required-section': 'warn' } }));
    const r = await cliJson(t.dir, 'validate');
    assert.equal(r.code, 1);
    assert.deepEqual(
      r.diagnostics.map((d) => [d.rule, d.severity]),
      [['required-section', 'warning'], ['required-section', 'warning'], ['required-section', 'warning'], ['required-section', 'warning'], ['prohibited-section', 'error'], ['emoji', 'warning']],
    );
  });
});
