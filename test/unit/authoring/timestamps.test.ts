import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { experimentStamp, formatOffset, isoWithOffset, normalizeTimestamp } from '../../../src/authoring/timestamps.ts';

const tokyo = () => 540;
/** A zone with DST: UTC+1 in winter, UTC+2 from the last Sunday of March (as Central Europe). */
const berlin = (d: Date) => (d.getTime() >= Date.UTC(2025, 2, 30, 1) && d.getTime() < Date.UTC(2025, 9, 26, 1) ? 120 : 60);

describe('timestamps', () => {
  it('formats a moment in an offset, as EDS wants it', () => {
    const d = new Date(Date.UTC(2025, 11, 17, 10, 0, 5));
    assert.equal(isoWithOffset(d, 540), '2025-12-17T19:00:05+09:00');
    assert.equal(isoWithOffset(d, -330), '2025-12-17T04:30:05-05:30');
    assert.equal(isoWithOffset(d, 0), '2025-12-17T10:00:05Z');
    assert.equal(experimentStamp(d, 540), '20251217_190005');
    assert.equal(formatOffset(-60), '-01:00');
  });

  it('uses this machine\'s offset by default (the same the clock shows)', () => {
    const d = new Date();
    const iso = isoWithOffset(d);
    assert.equal(Date.parse(iso), Math.floor(d.getTime() / 1000) * 1000);
  });

  it('rewrites the usual other forms to ISO 8601 with offset', () => {
    const cases: [string, string][] = [
      ['2025-12-17 19:00:00+09:00', '2025-12-17T19:00:00+09:00'],
      ['2025-12-17T19:00:00+0900', '2025-12-17T19:00:00+09:00'],
      ['2025-12-17T19:00+09', '2025-12-17T19:00:00+09:00'],
      ['2025-12-17t19:00:00z', '2025-12-17T19:00:00Z'],
      ['2025-12-17 19:00 UTC', '2025-12-17T19:00:00Z'],
      ['2025-12-17 19:00:00.250 -0500', '2025-12-17T19:00:00.250-05:00'],
      ['2025/1/7 9:05', '2025-01-07T09:05:00+09:00'],
    ];
    for (const [from, to] of cases) assert.equal(normalizeTimestamp(from, tokyo)?.value, to, from);
  });

  it('a timestamp without offset gets the local offset in force on that date, and says so', () => {
    assert.deepEqual(normalizeTimestamp('2025-12-17', tokyo), { value: '2025-12-17T00:00:00+09:00', assumedOffset: '+09:00' });
    assert.equal(normalizeTimestamp('2025-01-15T12:00:00', berlin)?.value, '2025-01-15T12:00:00+01:00');
    assert.equal(normalizeTimestamp('2025-07-15T12:00:00', berlin)?.value, '2025-07-15T12:00:00+02:00');
  });

  it('leaves what is right, impossible, or not a timestamp alone', () => {
    for (const s of ['2025-12-17T19:00:00Z', '2025-02-30', '2025-12-17T24:00:00Z', '2025-13-01', 'yesterday', '17/12/2025', '20251217', '2025-12-17T19:00:00+25:00']) {
      assert.equal(normalizeTimestamp(s, tokyo), null, s);
    }
  });
});
