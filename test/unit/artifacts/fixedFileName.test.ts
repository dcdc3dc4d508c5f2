import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixedFileName } from '../../../src/artifacts/fixedFileName.ts';
import { artifactStamp } from '../../../src/artifacts/layout.ts';

const TYPES = ['experiment_manifest', 'assessment', 'report', 'guide', 'script'];

describe('artifactStamp', () => {
  it('YYYYMMDD_HHMM of an ISO date-time, in the offset it is written in', () => {
    assert.equal(artifactStamp('2025-12-17T19:00:05+09:00'), '20251217_1900');
    assert.equal(artifactStamp('2025-12-17'), null);
    assert.equal(artifactStamp(42), null);
  });
});

describe('fixedFileName', () => {
  const data = { type: 'report', created: '2025-12-18T09:30:00+09:00' };
  it('fixes only the wrong parts of a name', () => {
    assert.equal(fixedFileName('20251218_0930_report_First Results.md', data, 'x', TYPES), '20251218_0930_report_first-results.md');
    assert.equal(fixedFileName('20250101_1200_report_firstResults.md', data, 'x', TYPES), '20250101_1200_report_first-results.md', 'a valid date in the name stays');
    assert.equal(fixedFileName('20251399_0930_report_first.md', data, 'x', TYPES), '20251218_0930_report_first.md', 'an impossible date comes from created');
    assert.equal(fixedFileName('20251218_0930_Report_first.md', data, 'x', TYPES), '20251218_0930_report_first.md');
  });
  it('builds the whole name from the frontmatter when the name has no EDS shape', () => {
    assert.equal(fixedFileName('notes.md', data, 'Final Results: v2', TYPES), '20251218_0930_report_final-results-v2.md');
  });
  it('returns null when the name is right, or the fix is ambiguous or impossible', () => {
    assert.equal(fixedFileName('20251218_0930_report_first.md', data, 'x', TYPES), null);
    assert.equal(fixedFileName('20251218_0930_guide_First One.md', data, 'x', TYPES), '20251218_0930_guide_first-one.md', 'a type mismatch keeps the name\'s type');
    assert.equal(fixedFileName('notes.md', { type: 'nope', created: data.created }, 'x', TYPES), null);
    assert.equal(fixedFileName('notes.md', { type: 'report' }, 'x', TYPES), null);
    assert.equal(fixedFileName('notes.md', data, '日本', TYPES), null);
  });
});
