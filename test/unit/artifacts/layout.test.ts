import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SLUG_MAX, classifyPath, isRealDateTime, nameStyle, parseArtifactName, slugProblem, slugify } from '../../../src/artifacts/layout.ts';

const ROOT = 'experiment_manager/experiments';
const EXP = '20251217_024343_image_enhancements';

describe('classifyPath', () => {
  it('classifies <root>/<experiment>/README.md as the manifest', () => {
    assert.deepEqual(classifyPath(`${ROOT}/${EXP}/README.md`, ROOT), { kind: 'manifest', experimentDir: EXP });
  });

  it('classifies Markdown at any depth under .metadata/ as an artifact, with its first folder', () => {
    const cases: [string, string | null][] = [['.metadata/a.md', null], ['.metadata/assessments/a.md', 'assessments'], ['.metadata/reports/2025/q4/deep.md', 'reports']];
    for (const [rest, folder] of cases) {
      assert.deepEqual(classifyPath(`${ROOT}/${EXP}/${rest}`, ROOT), { kind: 'artifact', experimentDir: EXP, folder }, rest);
    }
  });

  it('classifies Markdown in artifacts/, outputs/, scripts/, docs/ and every deeper README.md as documents', () => {
    for (const rest of ['artifacts/final.md', 'outputs/debug/run-3.md', 'scripts/usage.md', 'docs/notes.md', '.metadata/README.md', '.metadata/reports/README.md', 'outputs/README.md']) {
      assert.deepEqual(classifyPath(`${ROOT}/${EXP}/${rest}`, ROOT), { kind: 'document', experimentDir: EXP, known: true }, rest);
    }
    // A folder the standard does not name: still a document (indexed), flagged by document-folder.
    assert.deepEqual(classifyPath(`${ROOT}/${EXP}/notes/idea.md`, ROOT), { kind: 'document', experimentDir: EXP, known: false });
    // .metadata must be directly under the experiment folder.
    assert.deepEqual(classifyPath(`${ROOT}/${EXP}/sub/.metadata/a.md`, ROOT), { kind: 'document', experimentDir: EXP, known: false });
  });

  it('flags Markdown at the experiment root other than README.md as misplaced', () => {
    assert.deepEqual(classifyPath(`${ROOT}/${EXP}/notes.md`, ROOT), { kind: 'misplaced', experimentDir: EXP });
    assert.deepEqual(classifyPath(`${ROOT}/${EXP}/readme.md`, ROOT), { kind: 'misplaced', experimentDir: EXP });
  });

  it('classifies the experiment metadata files and ignores other JSON', () => {
    for (const file of ['manifest.json', '.metadata/manifest.json', 'state.json']) {
      assert.deepEqual(classifyPath(`${ROOT}/${EXP}/${file}`, ROOT), { kind: 'metadata', experimentDir: EXP, file }, file);
    }
    for (const file of ['config.json', '.metadata/state.json', 'outputs/manifest.json']) assert.equal(classifyPath(`${ROOT}/${EXP}/${file}`, ROOT).kind, 'ignored', file);
  });

  it('flags Markdown loose in the experiments root as misplaced without an experiment', () => {
    assert.deepEqual(classifyPath(`${ROOT}/notes.md`, ROOT), { kind: 'misplaced', experimentDir: null });
  });

  it("indexes the experiments root's own README.md as a document of no experiment", () => {
    assert.deepEqual(classifyPath(`${ROOT}/README.md`, ROOT), { kind: 'document', experimentDir: null, known: true });
  });

  it('ignores files outside the root, including a sibling whose name merely starts with the root', () => {
    assert.equal(classifyPath(`docs/${EXP}/README.md`, ROOT).kind, 'ignored');
    assert.equal(classifyPath(`${ROOT}2/${EXP}/README.md`, ROOT).kind, 'ignored');
    assert.equal(classifyPath('README.md', ROOT).kind, 'ignored');
  });

  it('ignores files that are not Markdown', () => {
    for (const name of ['README.txt', '.metadata/data.json', '.metadata/a.md.bak', '.metadata/amd', 'outputs/plot.png']) {
      assert.equal(classifyPath(`${ROOT}/${EXP}/${name}`, ROOT).kind, 'ignored', name);
    }
  });

  it("treats root '' (and '.') as the repository top", () => {
    for (const root of ['', '.']) {
      assert.deepEqual(classifyPath(`${EXP}/README.md`, root), { kind: 'manifest', experimentDir: EXP });
      assert.deepEqual(classifyPath(`${EXP}/.metadata/a.md`, root), { kind: 'artifact', experimentDir: EXP, folder: null });
      assert.deepEqual(classifyPath('notes.md', root), { kind: 'misplaced', experimentDir: null });
      assert.equal(classifyPath('README.md', root).kind, 'document');
    }
  });
});

describe('parseArtifactName', () => {
  const KNOWN = ['experiment_manifest', 'assessment', 'report', 'guide', 'script'];

  it('splits date, time, type and slug', () => {
    assert.deepEqual(parseArtifactName('20251218_0930_assessment_baseline-run.md', KNOWN), {
      date: '20251218',
      time: '0930',
      type: 'assessment',
      slug: 'baseline-run',
    });
  });

  it('lets the longest known type win over a shorter known prefix', () => {
    const known = ['experiment', 'experiment_manifest', 'dataset', 'dataset_card'];
    assert.equal(parseArtifactName('20251218_0930_experiment_manifest_x.md', known)?.type, 'experiment_manifest');
    assert.deepEqual(parseArtifactName('20251218_0930_dataset_card_coco-subset.md', known), {
      date: '20251218',
      time: '0930',
      type: 'dataset_card',
      slug: 'coco-subset',
    });
    // Order of the known list does not matter.
    assert.equal(parseArtifactName('20251218_0930_dataset_card_coco-subset.md', [...known].reverse())?.type, 'dataset_card');
  });

  it('keeps underscores of a slug after a known type (for the slug rule to flag)', () => {
    assert.deepEqual(parseArtifactName('20251218_0930_report_my_slug.md', KNOWN), { date: '20251218', time: '0930', type: 'report', slug: 'my_slug' });
  });

  it('matches the type against the known types only: an unknown one is null, the rest is the slug', () => {
    assert.deepEqual(parseArtifactName('20251218_0930_model_card_resnet-50.md', KNOWN), { date: '20251218', time: '0930', type: null, slug: 'model_card_resnet-50' });
    // Not type "assessment_incident_report_x": the known type assessment, then a slug with underscores.
    assert.deepEqual(parseArtifactName('20251218_0930_assessment_incident_report_x_y.md', KNOWN), { date: '20251218', time: '0930', type: 'assessment', slug: 'incident_report_x_y' });
  });

  it('names what is wrong with a slug, and the spec\'s bad name styles', () => {
    assert.equal(slugProblem('ocr-accuracy-baseline-v1'), null);
    assert.match(slugProblem('a--b')!, /double hyphen/);
    assert.match(slugProblem('-a')!, /hyphen at its start or end/);
    assert.match(slugProblem('a-')!, /hyphen at its start or end/);
    assert.match(slugProblem('my_slug')!, /underscores/);
    assert.match(slugProblem('My-Slug')!, /capitals/);
    assert.match(slugProblem('x'.repeat(51))!, /51 characters long \(at most 50\)/);
    assert.equal(slugProblem('x'.repeat(50)), null);
    assert.equal(nameStyle('MASTER_ROADMAP.md'), 'is ALL-CAPS');
    assert.equal(nameStyle('failureAnalysis.md'), 'is camelCase');
    assert.equal(nameStyle('FailureAnalysis.md'), 'is PascalCase');
    assert.equal(nameStyle('failure analysis.md'), 'has spaces');
    assert.equal(nameStyle('notes.md'), null);
  });

  it('returns null for names that do not have the shape', () => {
    for (const name of [
      '20251218_0930_assessment.md', // no slug
      '20251218_0930_assessment_.md', // empty slug
      '20251218_0930__slug.md', // empty type
      '20251218_0930_.md',
      '2025121_0930_assessment_x.md', // 7-digit date
      '20251218_093_assessment_x.md', // 3-digit time
      '20251218_093000_assessment_x.md', // seconds in the time
      '20251218-0930_assessment_x.md',
      '20251218_0930_assessment_x.txt',
      'notes.md',
    ]) {
      assert.equal(parseArtifactName(name, KNOWN), null, name);
    }
  });
});

describe('isRealDateTime', () => {
  it('accepts Feb 29 only in leap years', () => {
    assert.equal(isRealDateTime('20240229', '1200'), true);
    assert.equal(isRealDateTime('20000229', '1200'), true); // divisible by 400
    assert.equal(isRealDateTime('20250229', '1200'), false);
    assert.equal(isRealDateTime('21000229', '1200'), false); // divisible by 100, not 400
  });

  it('knows the length of each month', () => {
    assert.equal(isRealDateTime('20250131', '0000'), true);
    assert.equal(isRealDateTime('20250430', '0000'), true);
    assert.equal(isRealDateTime('20250431', '0000'), false);
    assert.equal(isRealDateTime('20251231', '2359'), true);
    assert.equal(isRealDateTime('20251232', '0000'), false);
  });

  it('rejects month or day 00 and month 13', () => {
    assert.equal(isRealDateTime('20250001', '0000'), false);
    assert.equal(isRealDateTime('20251301', '0000'), false);
    assert.equal(isRealDateTime('20250100', '0000'), false);
  });

  it('accepts 00:00 and 23:59, rejects hour 24 and minute 60', () => {
    assert.equal(isRealDateTime('20250101', '0000'), true);
    assert.equal(isRealDateTime('20250101', '2359'), true);
    assert.equal(isRealDateTime('20250101', '2400'), false);
    assert.equal(isRealDateTime('20250101', '1260'), false);
  });
});

describe('slugify', () => {
  it('lowercases and joins words with single hyphens', () => {
    assert.equal(slugify('Hello World'), 'hello-world');
    assert.equal(slugify('CLAHE  before   detection'), 'clahe-before-detection');
  });

  it('splits camelCase words', () => {
    assert.equal(slugify('perspectiveCorrection'), 'perspective-correction');
    assert.equal(slugify('resnet50Baseline'), 'resnet50-baseline');
    assert.equal(slugify('ViT-S'), 'vit-s', 'a capital not starting a lower-case word stays in its word');
    assert.equal(slugify('ViT-S/16 on GPT4 data'), 'vit-s-16-on-gpt4-data');
    assert.equal(slugify('HTTPServer logs'), 'http-server-logs');
  });

  it('turns punctuation and underscores into hyphens without doubling them', () => {
    assert.equal(slugify('OCR: v2.1 (draft) — final/ish'), 'ocr-v2-1-draft-final-ish');
    assert.equal(slugify('snake_case_name'), 'snake-case-name');
  });

  it('folds accents', () => {
    assert.equal(slugify('Café Übersicht'), 'cafe-ubersicht');
    assert.equal(slugify('Ångström naïve'), 'angstrom-naive');
  });

  it('returns an empty slug for text without ASCII letters or digits', () => {
    assert.equal(slugify('日本語のテキスト'), '');
    assert.equal(slugify('!!! ???'), '');
  });

  it('never starts or ends with a hyphen', () => {
    assert.equal(slugify('  -- Hello --  '), 'hello');
    assert.equal(slugify('(draft)'), 'draft');
  });

  it('truncates to at most 50 characters at a hyphen boundary', () => {
    const title = 'Image enhancement pipeline with CLAHE and gamma correction for OCR';
    // full slug: image-enhancement-pipeline-with-clahe-and-gamma-correction-for-ocr (66 chars);
    // its first 50 characters end inside "correction", so the cut falls back to the hyphen before it.
    assert.equal(SLUG_MAX, 50);
    assert.equal(slugify(title), 'image-enhancement-pipeline-with-clahe-and-gamma');
  });

  it('does not leave a trailing hyphen when the cut lands right after one', () => {
    // 20 a's, a hyphen, 28 b's, then a hyphen at index 49: the first 50 characters end with that hyphen.
    const text = `${'a'.repeat(20)} ${'b'.repeat(28)} ccc`;
    assert.equal(slugify(text), `${'a'.repeat(20)}-${'b'.repeat(28)}`);
  });

  it('cuts mid-word when no hyphen lies in the second half of the limit', () => {
    assert.equal(slugify('x'.repeat(60)), 'x'.repeat(50));
    assert.equal(slugify(`${'x'.repeat(10)} ${'y'.repeat(60)}`), `${'x'.repeat(10)}-${'y'.repeat(39)}`);
  });

  it('honours a custom maximum', () => {
    assert.equal(slugify('alpha beta gamma delta', 12), 'alpha-beta');
    assert.equal(slugify('alpha beta', 10), 'alpha-beta');
    // A cut that ends on a hyphen with no earlier hyphen to fall back to.
    assert.equal(slugify('a b', 2), 'a');
  });
});

describe('isRealDateTime: leap years of any century', () => {
  it('year 0 and 2000 are leap years, 1900 and 2100 are not', () => {
    assert.equal(isRealDateTime('00000229', '0000'), true);
    assert.equal(isRealDateTime('20000229', '0000'), true);
    assert.equal(isRealDateTime('19000229', '0000'), false);
    assert.equal(isRealDateTime('21000229', '0000'), false);
  });
});
