import { LIMITS } from './limits.ts';
import type { ExperimentRow } from './loadReportData.ts';
import { cmpDesc, NONE, toDate } from './shapeOverview.ts';

export interface TimelineBar {
  id: string;
  name: string;
  status: string;
  start: Date;
  end: Date;
}

export interface MonthCount {
  /** First day of the month, UTC. */
  month: Date;
  status: string;
  count: number;
}

export interface Timeline {
  /** The most recently active experiments (at most LIMITS.timelineBars), oldest start first. */
  bars: TimelineBar[];
  /** Experiments with a known start. */
  total: number;
  /** Experiments started per month and status (every experiment). */
  monthly: MonthCount[];
}

export function monthOf(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

export function shapeTimeline(experiments: readonly ExperimentRow[], limit: number = LIMITS.timelineBars): Timeline {
  const dated = experiments.filter((e) => toDate(e.start) !== null);
  const bars = [...dated]
    .sort((a, b) => cmpDesc(a.end, b.end) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((e) => {
      const start = toDate(e.start)!;
      const end = toDate(e.end) ?? start;
      return { id: e.id, name: e.name, status: e.status ?? NONE, start, end: end < start ? start : end };
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
  const counts = new Map<string, MonthCount>();
  for (const e of dated) {
    const month = monthOf(toDate(e.start)!);
    const status = e.status ?? NONE;
    const key = `${month.toISOString()} ${status}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { month, status, count: 1 });
  }
  const monthly = [...counts.values()].sort((a, b) => a.month.getTime() - b.month.getTime() || a.status.localeCompare(b.status));
  return { bars, total: dated.length, monthly };
}
