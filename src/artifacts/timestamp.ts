/**
 * The timestamp forms EDS v1.0 files carry, read into one instant. Pure.
 *
 * - RFC 3339 / ISO 8601 with an offset: `2025-12-17T02:43:00+09:00`, `...Z` (a space for the T, no seconds, `+0900`
 *   are read too);
 * - the spec's own form, a zone abbreviation in parentheses: `2025-12-17 02:43 (KST)`;
 * - no offset (`2025-12-17T02:43:00`, `2025-12-17 02:43`): ambiguous, read in the configured time zone;
 * - a date alone (`2025-12-17`): midnight in the configured time zone.
 */

/** Zone abbreviations with one unambiguous meaning (CST, IST, BST mean several; they are not here). */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, KST: 540, JST: 540, HKT: 480, SGT: 480, AWST: 480, ICT: 420, WIB: 420, PKT: 300,
  MSK: 180, EET: 120, EEST: 180, CET: 60, CEST: 120, WET: 0, WEST: 60, AEST: 600, AEDT: 660, ACST: 570, NZST: 720, NZDT: 780,
  EST: -300, EDT: -240, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
};

export type ZoneSource = 'offset' | 'abbreviation' | 'assumed';

export interface ReadTimestamp {
  /** Milliseconds since the epoch. */
  ms: number;
  /** How the zone was known: written as an offset, as an abbreviation, or assumed (none written, or an unknown abbreviation). */
  zone: ZoneSource;
  /** Whether a time of day was written. */
  hasTime: boolean;
  /** The unknown abbreviation, when one was written. */
  unknownAbbreviation?: string;
}

const FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?: ?([Zz])| ?([+-])(\d{2}):?(\d{2})| \(([A-Za-z][A-Za-z0-9/_+-]*)\))?)?$/;

function realDate(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC of an IANA zone at an instant; throws RangeError for an unknown zone. */
export function zoneOffsetAt(zone: string, ms: number): number {
  if (zone === 'UTC') return 0;
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** True when `zone` is an IANA time zone name this Node knows. */
export function isTimeZone(zone: string): boolean {
  try {
    zoneOffsetAt(zone, 0);
    return true;
  } catch {
    return false;
  }
}

/** The instant a wall-clock time in `zone` names (the offset in force then, so DST is right). */
export function wallClockIn(zone: string, wallMs: number): number {
  let offset = zoneOffsetAt(zone, wallMs);
  offset = zoneOffsetAt(zone, wallMs - offset * 60_000);
  return wallMs - offset * 60_000;
}

/** Reads a timestamp in any accepted form, or null when it is none of them (or not a real date and time). */
export function readTimestamp(text: unknown, timezone = 'UTC'): ReadTimestamp | null {
  if (typeof text !== 'string') return null;
  const m = FORM.exec(text.trim());
  if (!m) return null;
  // Indexed reads, not array destructuring: this runs for every timestamp of every file, mostly
  // before the JIT has optimized it, where destructuring walks an iterator.
  const h = m[4];
  const frac = m[7] ?? '';
  const zulu = m[8];
  const sign = m[9];
  const oh = m[10];
  const om = m[11];
  const abbr = m[12];
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(h ?? '0');
  const minute = Number(m[5] ?? '0');
  const second = Number(m[6] ?? '0');
  if (!realDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, frac === '' ? 0 : Math.floor(Number(`0${frac}`) * 1000));
  const hasTime = h !== undefined;
  if (zulu !== undefined) return { ms: wall, zone: 'offset', hasTime };
  if (sign !== undefined) {
    const off = Number(oh) * 60 + Number(om);
    if (Number(oh) > 23 || Number(om) > 59) return null;
    return { ms: wall - (sign === '-' ? -off : off) * 60_000, zone: 'offset', hasTime };
  }
  if (abbr !== undefined) {
    const upper = abbr.toUpperCase();
    if (Object.hasOwn(ZONE_ABBREVIATIONS, upper)) return { ms: wall - ZONE_ABBREVIATIONS[upper]! * 60_000, zone: 'abbreviation', hasTime };
    // An IANA name in parentheses, e.g. (Asia/Seoul).
    if (abbr.includes('/') && isTimeZone(abbr)) return { ms: wallClockIn(abbr, wall), zone: 'abbreviation', hasTime };
    return { ms: wallClockIn(timezone, wall), zone: 'assumed', hasTime, unknownAbbreviation: abbr };
  }
  return { ms: wallClockIn(timezone, wall), zone: 'assumed', hasTime };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** SQLite's canonical UTC text of an instant: 'YYYY-MM-DD HH:MM:SS'. */
export function sqlTime(ms: number): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  // Four-digit years (every real artifact) are formatted directly, several times faster than
  // toISOString; other years (and an invalid time, which throws) take toISOString's text as before.
  if (!(y >= 1000 && y <= 9999)) return d.toISOString().slice(0, 19).replace('T', ' ');
  return `${y}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}
