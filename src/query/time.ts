/**
 * Points in time as filters take them: `7d` / `24h` / `2w` (that long before now), `today`,
 * `yesterday`, a date `2025-01-31` (local midnight; as an upper bound, the end of that day), or a full
 * ISO 8601 time. The result is the index's canonical UTC text 'YYYY-MM-DD HH:MM:SS', which compares
 * as a string.
 */

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

export class TimeSyntaxError extends Error {}

export function sqlTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

function localMidnight(y: number, m: number, d: number): number {
  return new Date(y, m - 1, d).getTime();
}

/** Parses `text`; `bound: 'end'` makes a bare date mean the last second of that day. */
export function parseTimePoint(text: string, now: Date, bound: 'start' | 'end' = 'start'): string {
  const t = text.trim();
  const rel = /^(\d+)\s*([mhdw])$/i.exec(t);
  if (rel) {
    const ms = now.getTime() - Number(rel[1]) * (UNIT_MS[(rel[2] as string).toLowerCase()] as number);
    // Date stops at ±8.64e15 ms (year 275760 BC): further back is "everything" to the user, not a crash.
    if (!Number.isFinite(new Date(ms).getTime())) throw new TimeSyntaxError(`"${text}" is too far back (beyond what a date can hold); leave the filter out to include everything`);
    return sqlTime(ms);
  }
  const dayMs = (ms: number) => (bound === 'end' ? ms + 86_400_000 - 1000 : ms);
  if (t === 'today' || t === 'yesterday') {
    const start = localMidnight(now.getFullYear(), now.getMonth() + 1, now.getDate() - (t === 'yesterday' ? 1 : 0));
    return sqlTime(dayMs(start));
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const ms = localMidnight(y, m, d);
    const check = new Date(ms);
    if (check.getFullYear() !== y || check.getMonth() + 1 !== m || check.getDate() !== d) throw new TimeSyntaxError(`"${text}" is not a calendar date`);
    return sqlTime(dayMs(ms));
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(t)) {
    const ms = Date.parse(t.replace(' ', 'T'));
    if (!Number.isNaN(ms)) return sqlTime(ms);
  }
  throw new TimeSyntaxError(`"${text}" is not a time: use a duration like 7d, 24h, 2w, 30m; today or yesterday; a date like 2025-01-31; or an ISO 8601 time`);
}
