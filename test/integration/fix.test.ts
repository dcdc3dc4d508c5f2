import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { EXP, EXP2, ROOT, SUBDIR, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli, cliJson } from '../helpers/runCli.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';
import { gitOk } from '../helpers/gitScenario.ts';
// @ts-expect-error: plain JavaScript generator without type declarations
import { generateCorpus } from '../../bench/gen-corpus.mjs';

const dir = (type: string, exp = EXP) => `${ROOT}/${exp}/.metadata/${SUBDIR[type]}`;

/** Files with defects --fix can repair, one or several each. */
const FIXABLE: Record<string, string> = {
  [manifestPath()]: manifest().replace('ads_version: "1.0"\n', '').replace(/created: .*/, 'created: 2025-12-17 02:43:43').replace('tags: [ocr, image-processing]', 'tags: [OCR, Image Processing, ocr]'),
  [manifestPath(EXP2)]: manifest(EXP2).replace('ads_version: "1.0"', 'ads_version: 1.0').replace(/updated: .*/, 'updated: 2025-12-17T11:43:43+0900  # kept comment'),
  [`${dir('assessment')}/20251218_0930_assessment_Baseline Quality.md`]: artifact('assessment', { id: 'a1' }).replace('  - ocr\n', '  - OCR  # first\n  - ocr\n  - 2024\n'),
  [`${dir('report')}/20251218_0930_report_firstResults.md`]: artifact('report', { id: 'r1' }).replace(/created: .*/, 'created: "2025-12-18"'),
  [`${dir('guide')}/20251218_0930_Guide_how_to_train.md`]: artifact('guide', { id: 'g1' }),
  [`${dir('script')}/preprocess notes.md`]: artifact('script', { id: 's1', extra: 'title: "Preprocess: step 1"\n' }),
  [`${dir('report', EXP2)}/20251218_0930_report_crlf.md`]: artifact('report', { id: 'r2', exp: EXP2 }).replace(/updated: .*/, 'updated: 2025-12-18T10:00:00 UTC').replace(/\n/g, '\r\n'),
  [`${dir('guide', EXP2)}/20251218_0930_guide_bom.md`]: `\uFEFF${artifact('guide', { id: 'g2', exp: EXP2 }).replace('ads_version: "1.0"\n', '')}`,
};

/** Files --fix must leave alone, byte for byte. */
const UNFIXABLE: Record<string, string> = {
  [`${dir('report', EXP2)}/20251218_0930_report_broken.md`]: artifact('report', { id: 'r3', exp: EXP2 }).replace('tags:\n', 'tags: [OCR\n').replace('created: "2025-12-18T09:30:00Z"', 'created: 2025-12-18'),
  [`${dir('assessment', EXP2)}/20251218_0930_assessment_dup.md`]: artifact('assessment', { id: 'a2', exp: EXP2 }).replace('phase: phase_1', 'phase: phase_1\nphase: phase_2').replace('  - ocr', '  - OCR'),
  [`${dir('assessment', EXP2)}/20251218_0930_assessment_vague.md`]: artifact('assessment', { id: 'a3', exp: EXP2 }).replace(/created: .*/, 'created: last tuesday'),
};

function snapshot(t: { dir: string }): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.set(relative(t.dir, join(d, e.name)), readFileSync(join(d, e.name), 'latin1'));
    }
  };
  walk(join(t.dir, ROOT));
  return out;
}

function corpus(files: Record<string, string> = { ...FIXABLE, ...UNFIXABLE }, track = true): TempDir {
  const t = tempDir({ git: true });
  // A BOM and CRLF line endings are kept as they are (warnings --fix does not touch): off here.
  t.write('etk.config.json', JSON.stringify({ rules: { bom: 'off', 'line-endings': 'off' } }));
  for (const [p, c] of Object.entries(files)) t.write(p, c);
  if (track) {
    t.git('add', '-A');
    t.git('commit', '-qm', 'corpus');
  }
  return t;
}

describe('etk validate --fix', () => {
  it('repairs a corpus of fixable defects to a clean validate; a second --fix changes nothing, byte for byte', async () => {
    const t = corpus(FIXABLE);
    const before = await cliJson(t.dir, 'validate');
    assert.ok(before.diagnostics.length >= 10, `${before.diagnostics.length} problems before`);
    const r = await cli(t.dir, 'validate', '--fix');
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /✔ fixed \d+ things in 8 files\n\n✔ 8 files checked, no problems\n$/);
    assert.deepEqual((await cliJson(t.dir, 'validate')).diagnostics, []);

    const fixed = snapshot(t);
    const again = await cli(t.dir, 'validate', '--fix');
    assert.equal(again.code, 0);
    assert.match(again.stdout, /^nothing to fix\n/);
    assert.deepEqual(snapshot(t), fixed, 'idempotent');
  });

  it('says what it changed, at the lines of the fixed file, and keeps everything else (comments, CRLF, BOM, body)', async () => {
    const t = corpus(FIXABLE);
    const r = await cli(t.dir, 'validate', '--fix');
    const m2 = manifestPath(EXP2);
    assert.ok(r.stdout.includes(`fixed ${m2}\n  2  ads_version: 1.0 -> "1.0" (a version is text: unquoted, 1.10 would read as 1.1)\n  8  updated: 2025-12-17T11:43:43+0900 -> "2025-12-17T11:43:43+09:00"\n`), r.stdout);
    assert.equal(readFileSync(join(t.dir, m2), 'utf8'), manifest(EXP2).replace(/updated: .*/, 'updated: "2025-12-17T11:43:43+09:00"  # kept comment'));
    assert.match(r.stdout, /fixed experiment_manager\/experiments\/20251217_024343_image_enhancements\/README.md\n {2}2 {2}added ads_version: "1.0"\n {2}7 {2}created: 2025-12-17 02:43:43 -> "2025-12-17T02:43:43[+-Z][0-9:]*" \(no offset was written: assumed this machine's, [^)]*\)\n {2}9 {2}tags: OCR -> ocr, Image Processing -> image-processing, removed the duplicate ocr\n/);
    const crlf = readFileSync(join(t.dir, `${dir('report', EXP2)}/20251218_0930_report_crlf.md`), 'utf8');
    assert.equal(crlf, FIXABLE[`${dir('report', EXP2)}/20251218_0930_report_crlf.md`]!.replace('updated: 2025-12-18T10:00:00 UTC', 'updated: "2025-12-18T10:00:00Z"'));
    const bom = readFileSync(join(t.dir, `${dir('guide', EXP2)}/20251218_0930_guide_bom.md`), 'utf8');
    assert.equal(bom, `\uFEFF${artifact('guide', { id: 'g2', exp: EXP2 })}`);
  });

  it('renames to the EDS pattern with git mv when git knows the file, with a plain rename otherwise', async () => {
    const t = corpus(FIXABLE);
    t.write(`${dir('script')}/untracked Notes.md`, artifact('script', { id: 's9' }));
    const r = await cli(t.dir, 'validate', '--fix');
    assert.match(r.stdout, /renamed to 20251218_0930_assessment_baseline-quality\.md \(git mv\)/);
    assert.match(r.stdout, /renamed to 20251218_0930_script_preprocess-step-1\.md \(git mv\)/, 'a name without EDS shape: from created, type and title');
    assert.match(r.stdout, /renamed to 20251218_0930_script_a-script\.md \(rename\)/);
    const status = t.git('status', '--porcelain');
    assert.match(status, /^RM "experiment_manager\/experiments\/20251217_024343_image_enhancements\/\.metadata\/assessments\/20251218_0930_assessment_Baseline Quality\.md" -> .*20251218_0930_assessment_baseline-quality\.md$/m);
    assert.match(status, /^RM .*20251218_0930_report_firstResults\.md -> .*20251218_0930_report_first-results\.md$/m, 'renamed in the index, content fix unstaged');
    assert.match(status, /^R {2}.*20251218_0930_Guide_how_to_train\.md -> .*20251218_0930_guide_how-to-train\.md$/m);
    assert.match(status, /^\?\? .*20251218_0930_script_a-script\.md$/m);
  });

  it('never touches a file it cannot parse or a value it cannot read unambiguously; they stay diagnostics', async () => {
    const t = corpus(UNFIXABLE);
    const before = snapshot(t);
    const r = await cliJson(t.dir, 'validate', '--fix');
    assert.equal(r.code, 1);
    assert.deepEqual(snapshot(t), before);
    assert.deepEqual(r.diagnostics.map((d) => [d.file.replace(/^.*\//, ''), d.rule]), [
      ['20251218_0930_assessment_dup.md', 'yaml-duplicate-key'],
      ['20251218_0930_assessment_vague.md', 'schema'],
      ['20251218_0930_report_broken.md', 'yaml-syntax'],
    ]);
  });

  it('json output stays pure JSON on stdout; the changes go to stderr', async () => {
    const t = corpus(FIXABLE);
    const r = await cli(t.dir, 'validate', '--fix', '--format', 'json');
    assert.deepEqual(JSON.parse(r.stdout), []);
    assert.match(r.stderr, /✔ fixed \d+ things in 8 files/);
  });

  it('named files: only those; a renamed one is then judged by its new name', async () => {
    const t = corpus(FIXABLE);
    const report = `${dir('report')}/20251218_0930_report_firstResults.md`;
    const r = await cli(t.dir, 'validate', '--fix', report);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /✔ 1 file checked, no problems/);
    assert.ok(existsSync(join(t.dir, dir('report'), '20251218_0930_report_first-results.md')));
    assert.equal(readFileSync(join(t.dir, manifestPath()), 'utf8'), FIXABLE[manifestPath()], 'other files untouched');
  });

  it('--no-rename repairs the content and leaves names alone (for lint-staged)', async () => {
    const t = corpus(FIXABLE);
    const r = await cliJson(t.dir, 'validate', '--fix', '--no-rename');
    // Guide_how_to_train.md: no known type after the stamp (types are lowercase), one file-name problem.
    assert.deepEqual([...new Set(r.diagnostics.map((d) => d.rule))].sort(), ['file-name']);
    assert.equal(t.git('status', '--porcelain').split('\n').filter((l) => l.startsWith('R')).length, 0);
  });

  it('--touch sets updated to now in the named files only; it needs names, and --fix does not go with --staged', async () => {
    const t = corpus({ [manifestPath()]: manifest(), [manifestPath(EXP2)]: manifest(EXP2) });
    const started = Date.now();
    const r = await cli(t.dir, 'validate', '--fix', '--touch', manifestPath());
    assert.equal(r.code, 0, r.stdout);
    const updated = /updated: "([^"]+)"/.exec(readFileSync(join(t.dir, manifestPath()), 'utf8'))![1]!;
    assert.ok(Date.parse(updated) >= Math.floor(started / 1000) * 1000, updated);
    assert.match(r.stdout, /updated: "2025-12-17T02:43:43Z" -> ".*" \(--touch\)/);
    assert.equal(readFileSync(join(t.dir, manifestPath(EXP2)), 'utf8'), manifest(EXP2));
    for (const args of [['--touch'], ['--fix', '--staged'], ['--no-rename']]) {
      const bad = await cli(t.dir, 'validate', ...args);
      assert.equal(bad.code, 2, args.join(' '));
    }
  });

  it('the git mv that etk validate suggests for a wrong name is the rename --fix makes', async () => {
    const t = corpus(FIXABLE);
    const hinted = (await cliJson(t.dir, 'validate')).diagnostics
      .filter((d) => d.rule === 'file-name')
      .map((d) => /^git mv -- ('[^']+'|\S+) ('[^']+'|\S+), or etk validate --fix renames it$/.exec(d.hint ?? '')?.slice(1).map((w) => w.replace(/^'|'$/g, '')));
    assert.ok(hinted.length >= 3 && hinted.every((h) => h !== undefined), JSON.stringify(hinted));
    await cli(t.dir, 'validate', '--fix');
    for (const [from, to] of hinted as [string, string][]) {
      assert.equal(existsSync(join(t.dir, from)), false, from);
      assert.ok(existsSync(join(t.dir, to)), `${from} -> ${to}`);
    }
  });

  it('a name that differs from an existing file only in case never replaces it', async () => {
    const right = `${dir('script')}/20251218_0930_script_notes.md`;
    const wrong = `${dir('script')}/20251218_0930_script_Notes.md`;
    const t = corpus({ [manifestPath()]: manifest(), [right]: artifact('script', { id: 'keep' }) });
    t.write(wrong, artifact('script', { id: 'upper' })); // on a case-insensitive file system, the same file
    const bodies = () => [...snapshot(t).values()].filter((c) => /artifact_id: (keep|upper)/.test(c)).sort();
    const before = bodies();
    const r = await cli(t.dir, 'validate', '--fix');
    assert.deepEqual(bodies(), before, 'no file content lost');
    if (before.length === 2) assert.match(r.stdout, /^not fixed .*\/20251218_0930_script_Notes\.md\n +not renamed to 20251218_0930_script_notes\.md: that file exists\nnothing to fix\n/m);
  });

  it('after a rename, a duplicate artifact_id in another file names the new path', async () => {
    const other = `${dir('guide')}/20251218_0930_guide_other.md`;
    const t = corpus({ [manifestPath()]: manifest(), [`${dir('report')}/20251218_0930_report_Dup One.md`]: artifact('report', { id: 'dup' }).replace(/^baseline: .*\n/m, 'subtype: handoff\n'), [other]: artifact('guide', { id: 'dup' }) });
    const r = await cliJson(t.dir, 'validate', '--fix');
    const messages = r.diagnostics.filter((d) => d.file === other).map((d) => d.message);
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /20251218_0930_report_dup-one\.md/);
    assert.doesNotMatch(messages[0]!, /Dup One/);
  });

  it('outside git: contents and names are repaired with plain renames', async () => {
    const t = tempDir();
    t.write('etk.config.json', '{}');
    t.write(manifestPath(), manifest());
    t.write(artifactPath('20251218_0930_assessment_Mixed Case.md'), artifact('assessment').replace('  - ocr', '  - OCR'));
    const r = await cli(t.dir, 'validate', '--fix');
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /renamed to 20251218_0930_assessment_mixed-case\.md \(rename\)/);
  });
});

describe('etk hook pre-commit --fix', () => {
  const A = artifactPath('20251218_0930_assessment_a.md');
  const B = artifactPath('20251218_0930_assessment_b.md');
  const fixable = (id: string) => artifact('assessment', { id }).replace('  - ocr', '  - OCR');

  it('repairs fully staged artifacts and stages them again; the commit then passes', async () => {
    const t = corpus({ [manifestPath()]: manifest() });
    t.write(A, fixable('a'));
    t.git('add', A);
    const plain = await cli(t.dir, 'hook', 'pre-commit');
    assert.equal(plain.code, 1, 'without --fix the hook only judges');
    assert.equal(readFileSync(join(t.dir, A), 'utf8'), fixable('a'));

    const r = await cli(t.dir, 'hook', 'pre-commit', '--fix', join(t.dir, A));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /fixed .*20251218_0930_assessment_a\.md\n {2}9 {2}tags: OCR -> ocr\n✔ fixed 1 thing in 1 file \(staged again\)\n/);
    assert.equal(t.git('show', `:${A}`), artifact('assessment', { id: 'a' }), 'the index holds the repair');
    assert.equal(t.git('diff', '--', A), '', 'nothing left unstaged');
  });

  it('a partly staged file is not fixed (the fix would stage your unstaged edits); it is named, and judged as staged', async () => {
    const t = corpus({ [manifestPath()]: manifest() });
    t.write(B, fixable('b'));
    t.git('add', B);
    t.write(B, `${fixable('b')}More text, not staged.\n`);
    const r = await cli(t.dir, 'hook', 'pre-commit', '--fix');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /not fixed, partly staged .*: .*20251218_0930_assessment_b\.md/);
    assert.equal(readFileSync(join(t.dir, B), 'utf8'), `${fixable('b')}More text, not staged.\n`);
  });
});

describe('etk validate --fix on a generated corpus', () => {
  it('repairs every seeded defect it can (tags, dates, camelCase names) and leaves exactly the others; a second run changes nothing', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'UTC'; // a date-only created becomes midnight here, before the seeded updated
    try {
      const t = { dir: join(tempDir().dir, 'corpus') };
      const { defects } = generateCorpus({ artifacts: 600, seed: 11, out: t.dir, invalidRatio: 0.1 }) as { defects: { path: string; kind: string }[] };
      for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-qm', 'corpus']]) gitOk(t.dir, ...args);
      const kinds = new Map(defects.map((d) => [d.path.replace(/^.*?experiment_manager\//, 'experiment_manager/'), d.kind]));
      const r = await cliJson(t.dir, 'validate', '--fix');
      const left = new Map(r.diagnostics.map((d) => [d.file, kinds.get(d.file)]));
      // An unquoted date alone (created: 2025-12-18) is valid in eds-1.0 (midnight in the configured timezone): nothing to fix.
      // A time with no zone (the no-offset defect) gets the configured timezone (UTC here).
      const fixableKinds = new Set(['bad-tag', 'camelcase-filename', 'no-offset']);
      assert.deepEqual([...new Set(left.values())].sort(), ['bad-priority', 'missing-evidence-count', 'updated-before-created']);
      const repaired = defects.filter((d) => fixableKinds.has(d.kind)).length;
      assert.ok(repaired >= 20, `${repaired} fixable defects seeded`);
      assert.match(r.stderr, new RegExp(`✔ fixed ${repaired} things in ${repaired} files`));
      const fixed = snapshot(t);
      const again = await cli(t.dir, 'validate', '--fix', '--format', 'json');
      assert.match(again.stderr, /^nothing to fix/);
      assert.deepEqual(snapshot(t), fixed);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

