import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchExperimentId } from '../../../src/query/experimentIds.ts';

const IDS = ['20251008_101500_image_enhancements', '20251027_143000_perspective_correction', '20251027_160000_perspective_fix'];

describe('matchExperimentId: one rule for every command', () => {
  it('takes the id, else the one id it begins, else the one id containing it, ignoring case past the id', () => {
    assert.deepEqual(matchExperimentId(IDS[0] as string, IDS), { kind: 'one', id: IDS[0], exact: true });
    assert.deepEqual(matchExperimentId('20251008', IDS), { kind: 'one', id: IDS[0], exact: false });
    assert.deepEqual(matchExperimentId('CORRECTION', IDS), { kind: 'one', id: IDS[1], exact: false });
  });
  it('reports several matches (prefix before part) and the nearest id for none', () => {
    assert.deepEqual(matchExperimentId('20251027', IDS), { kind: 'several', ids: [IDS[1], IDS[2]] });
    assert.deepEqual(matchExperimentId('perspective', IDS), { kind: 'several', ids: [IDS[1], IDS[2]] });
    assert.deepEqual(matchExperimentId('20251008_101500_image_enhancement5', IDS), { kind: 'none', near: IDS[0] });
    assert.deepEqual(matchExperimentId('  ', IDS), { kind: 'none', near: undefined });
  });
});
