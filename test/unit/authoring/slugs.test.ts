import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slugify } from '../../../src/artifacts/layout.ts';
import { artifactSlug, experimentSlug, normalizeTags } from '../../../src/authoring/slugs.ts';
import { UsageError } from '../../../src/errors.ts';

describe('slugs', () => {
  it('experiment names: spaces, capitals, punctuation and accents to a-z0-9_', () => {
    assert.equal(experimentSlug('Image Enhancements'), 'image_enhancements');
    assert.equal(experimentSlug('  OCR: v2.1 (draft)!  '), 'ocr_v2_1_draft');
    assert.equal(experimentSlug('Überprüfung der Straße'), 'uberprufung_der_strasse');
    assert.equal(experimentSlug('Ærø Łódź'), 'aero_lodz');
    assert.equal(experimentSlug('perspectiveCorrection'), 'perspective_correction');
    // In a name of several words a capital inside a word belongs to a name: kept whole.
    assert.equal(experimentSlug('ResNet50 on DocLayNet'), 'resnet50_on_doclaynet');
    assert.equal(artifactSlug('ResNet50 run'), 'resnet50-run');
    assert.equal(artifactSlug('ViT-S baseline'), 'vit-s-baseline');
    assert.equal(artifactSlug('layoutAnalysis'), 'layout-analysis');
    assert.equal(experimentSlug('レシート layout'), 'layout');
  });

  it('nothing usable left: a UsageError that says why', () => {
    for (const name of ['日本語のテキスト', '!!! ???', '   ']) {
      assert.throws(() => experimentSlug(name), (e: unknown) => e instanceof UsageError && /leaves nothing/.test(e.message) && e.exitCode === 2, name);
    }
    assert.throws(() => artifactSlug('報告書'), UsageError);
  });

  it('artifact slugs use hyphens and stop at 50 characters on a word boundary', () => {
    assert.equal(artifactSlug('First Results (v2)'), 'first-results-v2');
    const long = artifactSlug('a very long title that goes on and on well past the fifty character limit');
    assert.ok(long.length <= 50 && !long.endsWith('-'), long);
  });

  it('letters NFKD does not decompose are spelt out', () => {
    assert.equal(slugify('Straße Œuvre Þing'), 'strasse-oeuvre-thing');
  });

  it('tags: lowercase-hyphenated, deduplicated in order, unusable ones reported', () => {
    assert.deepEqual(normalizeTags(['OCR', 'Image Processing', 'ocr', 'image_processing', 'imageProcessing', '日本']), { tags: ['ocr', 'image-processing'], unusable: ['日本'] });
  });
});
