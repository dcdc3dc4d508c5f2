/**
 * Time axes that suit the span: hours for runs of one day, days for a few weeks, months, then
 * years. Ticks fall on round UTC instants; each label names what changed since the previous tick
 * (the date under the first hour of a day, the year under the first tick and wherever it changes),
 * so a reader never has to guess the day or the year.
 */
export interface TimeAxis {
  ticks: Date[];
  /** The label of each tick, by its time; lines separated by \n. */
  labels: Map<number, string>;
  unit: 'hour' | 'day' | 'month' | 'year';
}

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type Step = { unit: TimeAxis['unit']; n: number; ms: number };
const STEPS: Step[] = [
  ...[1, 2, 3, 6, 12].map((n) => ({ unit: 'hour' as const, n, ms: n * HOUR })),
  ...[1, 2, 7, 14].map((n) => ({ unit: 'day' as const, n, ms: n * DAY })),
  ...[1, 2, 3, 6].map((n) => ({ unit: 'month' as const, n, ms: n * 30 * DAY })),
  ...[1, 2, 5, 10, 20, 50, 100].map((n) => ({ unit: 'year' as const, n, ms: n * 365 * DAY })),
];

function floorTo(t: number, s: Step): Date {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  if (s.unit === 'hour') return new Date(Math.floor(t / s.ms) * s.ms);
  if (s.unit === 'day') {
    if (s.n === 7 || s.n === 14) {
      // Mondays (the epoch was a Thursday).
      const days = Math.floor(t / DAY);
      return new Date((days - ((days + 3) % 7)) * DAY);
    }
    return new Date(Math.floor(t / DAY) * DAY);
  }
  if (s.unit === 'month') return new Date(Date.UTC(y, d.getUTCMonth() - (d.getUTCMonth() % s.n), 1));
  return new Date(Date.UTC(y - (y % s.n), 0, 1));
}

function next(d: Date, s: Step): Date {
  if (s.unit === 'hour' || s.unit === 'day') return new Date(d.getTime() + s.ms);
  if (s.unit === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + s.n, 1));
  return new Date(Date.UTC(d.getUTCFullYear() + s.n, 0, 1));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Ticks and labels for [lo, hi], at most about `maxTicks` of them. */
export function timeAxis(lo: Date, hi: Date, maxTicks = 6): TimeAxis {
  const a = Math.min(lo.getTime(), hi.getTime());
  const b = Math.max(lo.getTime(), hi.getTime(), a + HOUR);
  const span = b - a;
  const step = STEPS.find((s) => span / s.ms <= maxTicks) ?? STEPS.at(-1)!;
  const ticks: Date[] = [];
  for (let d = floorTo(a, step); d.getTime() <= b; d = next(d, step)) if (d.getTime() >= a) ticks.push(d);
  if (ticks.length === 0) ticks.push(new Date(a));
  const labels = new Map<number, string>();
  let prev: Date | null = null;
  for (const d of ticks) {
    const year = d.getUTCFullYear();
    const newYear = prev === null || prev.getUTCFullYear() !== year;
    const newDay = prev === null || Math.floor(prev.getTime() / DAY) !== Math.floor(d.getTime() / DAY);
    const month = MONTHS[d.getUTCMonth()]!;
    let label: string;
    if (step.unit === 'hour') label = `${pad2(d.getUTCHours())}:00${newDay ? `\n${month} ${d.getUTCDate()}${newYear ? `, ${year}` : ''}` : ''}`;
    else if (step.unit === 'day') label = `${month} ${d.getUTCDate()}${newYear ? `\n${year}` : ''}`;
    else if (step.unit === 'month') label = `${month}${newYear ? `\n${year}` : ''}`;
    else label = String(year);
    labels.set(d.getTime(), label);
    prev = d;
  }
  return { ticks, labels, unit: step.unit };
}

/** The options of a Plot x scale using timeAxis. */
export function timeScale(lo: Date, hi: Date, maxTicks = 6) {
  const axis = timeAxis(lo, hi, maxTicks);
  return { type: 'utc' as const, label: null, ticks: axis.ticks, tickFormat: (d: Date) => axis.labels.get(d.getTime()) ?? '' };
}

/** An ordinal axis of runs: each distinct time a step, labelled with its time. */
export interface RunAxis {
  /** Time (ms) -> step. */
  index: Map<number, number>;
  count: number;
  ticks: number[];
  tickLabel(i: number): string;
  label: string;
}

/** Spans up to this long are drawn run by run. */
export const RUN_AXIS_SPAN = 2 * DAY;

/**
 * The run axis, when the values are close in time: all within RUN_AXIS_SPAN (same-day runs, a sweep),
 * or at most 30 runs of which two are so close that on a time axis their dots would touch (under
 * 1/150 of the span apart). Null: a time axis suits them.
 */
export function runAxis(times: readonly Date[]): RunAxis | null {
  const distinct = [...new Set(times.map((t) => t.getTime()))].sort((a, b) => a - b);
  if (distinct.length < 2) return null;
  const span = distinct.at(-1)! - distinct[0]!;
  let minGap = Infinity;
  for (let i = 1; i < distinct.length; i++) minGap = Math.min(minGap, distinct[i]! - distinct[i - 1]!);
  const close = span <= RUN_AXIS_SPAN || (distinct.length <= 30 && minGap < span / 150);
  if (!close) return null;
  const index = new Map(distinct.map((t, i) => [t, i]));
  const sameDay = distinct.every((t) => Math.floor(t / DAY) === Math.floor(distinct[0]! / DAY));
  const step = Math.max(1, Math.ceil(distinct.length / 6));
  const ticks = distinct.map((_, i) => i).filter((i) => i % step === 0);
  const first = new Date(distinct[0]!);
  const dayText = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  const tickLabel = (i: number) => {
    const t = distinct[i];
    if (t === undefined) return '';
    const d = new Date(t);
    const hm = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
    return sameDay ? hm : `${dayText(d)}\n${hm}`;
  };
  const label = sameDay ? `runs in order, ${dayText(first)}, ${first.getUTCFullYear()} (UTC)` : 'runs in order (UTC; steps, not to time scale)';
  return { index, count: distinct.length, ticks, tickLabel, label };
}
