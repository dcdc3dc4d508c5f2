import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newExperimentId } from '../../../src/authoring/newExperimentId.ts';
import { UsageError } from '../../../src/errors.ts';

const OLD = '20251008_101500_image_enhancements';

describe('newExperimentId', () => {
  it('takes a whole id as it is, and a name part after the old timestamp', () => {
    assert.equal(newExperimentId(OLD, '20260101_120000_fresh'), '20260101_120000_fresh');
    assert.equal(newExperimentId(OLD, 'image_pipeline'), '20251008_101500_image_pipeline');
  });

  it('refuses what is neither, with a spelling that works', () => {
    for (const bad of ['Image Pipeline', 'image-pipeline', '20251008_101500', '20251008_101500_', '2025_bad_ID', '']) {
      assert.throws(() => newExperimentId(OLD, bad), (e: unknown) => e instanceof UsageError && /neither an experiment id/.test(e.message) && /etk mv 20251008_101500_image_enhancements [a-z0-9_]+/.test(e.hint ?? ''), bad);
    }
    assert.throws(() => newExperimentId(OLD, 'Image Pipeline'), (e: UsageError) => (e.hint ?? '').includes('etk mv 20251008_101500_image_enhancements image_pipeline'));
  });
});
