import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { suggestedName } from '../../../src/artifacts/fileRules.ts';

describe('suggestedName', () => {
  it('builds YYYYMMDD_HHMM_{type}_{slug}.md from created, type and title', () => {
    assert.equal(
      suggestedName({ created: '2025-12-18T09:30:00Z', type: 'assessment' }, 'Baseline Run: CLAHE', null),
      '20251218_0930_assessment_baseline-run-clahe.md',
    );
  });

  it('uses the date and time as written, in their own offset (not converted to UTC)', () => {
    assert.equal(suggestedName({ created: '2025-12-18T23:45:10-05:00', type: 'report' }, 'Late run', null), '20251218_2345_report_late-run.md');
    assert.equal(suggestedName({ created: '2025-12-18T00:05:00.123+09:00', type: 'report' }, 'x', null), '20251218_0005_report_x.md');
  });

  it('falls back to the given stamp when created has no date and time', () => {
    for (const created of [undefined, '2025-12-18', 'yesterday', 20251218]) {
      assert.equal(suggestedName({ created, type: 'guide' }, 'Setup', '20240101_0800'), '20240101_0800_guide_setup.md', String(created));
    }
  });

  it('prefers created over the fallback stamp', () => {
    assert.equal(suggestedName({ created: '2025-12-18T09:30:00Z', type: 'guide' }, 'Setup', '20240101_0800'), '20251218_0930_guide_setup.md');
  });

  it('returns null without a stamp, a string type, or a usable slug', () => {
    assert.equal(suggestedName({ type: 'guide' }, 'Setup', null), null);
    assert.equal(suggestedName({ created: '2025-12-18T09:30:00Z' }, 'Setup', null), null);
    assert.equal(suggestedName({ created: '2025-12-18T09:30:00Z', type: 42 }, 'Setup', null), null);
    assert.equal(suggestedName({ created: '2025-12-18T09:30:00Z', type: 'guide' }, '日本語', null), null);
    assert.equal(suggestedName({ created: '2025-12-18T09:30:00Z', type: 'guide' }, '', null), null);
  });

  it('keeps an underscored type and truncates a long title', () => {
    const title = 'Image enhancement pipeline with CLAHE and gamma correction for OCR';
    assert.equal(
      suggestedName({ created: '2025-12-18T09:30:00Z', type: 'dataset_card' }, title, null),
      '20251218_0930_dataset_card_image-enhancement-pipeline-with-clahe-and-gamma.md',
    );
  });
});
