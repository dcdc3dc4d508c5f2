/** Timestamps as EDS wants them: ISO 8601 date-time with an offset, seconds precision. */

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** `+09:00` / `-05:30` / `Z` for an offset in minutes east of UTC. */
export function formatOffset(minutesEast: number): string {
  if (minutesEast === 0) return 'Z';
  const sign = minutesEast > 0 ? '+' : '-';
  return `${sign}${pad(Math.abs(minutesEast) / 60)}:${pad(Math.abs(minutesEast) % 60)}`;
}

/** This machine's offset at `date` (DST-aware), in minutes east of UTC. */
export function localOffsetMinutes(date: Date): number {
  return -date.getTimezoneOffset();
}

/** The wall-clock fields of `date` in the zone `minutesEast` from UTC. */
function wallClock(date: Date, minutesEast: number) {
  const shifted = new Date(date.getTime() + minutesEast * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** `2025-12-17T19:00:00+09:00`: `date` in the given offset (default: this machine's at that moment). */
export function isoWithOffset(date: Date, minutesEast = localOffsetMinutes(date)): string {
  const w = wallClock(date, minutesEast);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(minutesEast)}`;
}

/** `YYYYMMDD_HHMMSS` in local time: the stamp of an experiment id. */
export function experimentStamp(date: Date, minutesEast = localOffsetMinutes(date)): string {
  const w = wallClock(date, minutesEast);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}_${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}


/** The pattern of EDS v1.0's dateTime (eds-common.schema.json). */
export const ISO_DATE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$/;

function isRealDate(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
}

export interface NormalizedTimestamp {
  value: string;
  /** Set when no offset was written and this machine's was assumed. */
  assumedOffset?: string;
}

/**
 * Rewrites the timestamp forms people and tools write into EDS's ISO 8601 with offset, or returns
 * null when the text is not one of them (then it stays a diagnostic):
 * - date only `2025-12-17` (midnight), `2025/12/17`;
 * - a space instead of `T`, lowercase `t`/`z`, no seconds (`19:00`), a fraction kept as written;
 * - offsets `+0900`, `+09`, ` UTC`, ` GMT`, `Z`;
 * - no offset at all: the local time of this machine (its offset on that date, so DST is right),
 *   reported as an assumption.
 * Impossible dates and times (2025-02-30, 24:00) are not rewritten.
 */
export function normalizeTimestamp(text: string, localOffset: (d: Date) => number = localOffsetMinutes): NormalizedTimestamp | null {
  const s = text.trim();
  if (ISO_DATE_TIME.test(s)) return null; // already right
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(?:([Zz])|(?:UTC|GMT)|([+-])(\d{2}):?(\d{2})?)?$/.exec(s);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', zulu, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(sec);
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const wall = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${frac}`;
  const utcish = zulu !== undefined || /(UTC|GMT)$/.test(s);
  if (utcish) return { value: `${wall}Z` };
  if (sign !== undefined) {
    const offH = Number(oh);
    const offM = Number(om ?? '0');
    if (offH > 23 || offM > 59) return null;
    return { value: `${wall}${sign}${pad(offH)}:${pad(offM)}` };
  }
  // No offset: the local time here. The offset is the one in force at that wall-clock time.
  const guess = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  let offset = localOffset(new Date(guess.getTime() - localOffset(guess) * 60_000));
  offset = localOffset(new Date(guess.getTime() - offset * 60_000));
  const written = formatOffset(offset);
  return { value: `${wall}${written}`, assumedOffset: written };
}
