import { LIMITS } from './limits.ts';
import type { ProblemRow, TagCount } from './loadReportData.ts';

export interface HeatCell {
  experiment: string;
  rule: string;
  count: number;
  errors: number;
}

export interface Heatmap {
  /** Rows: experiments with problems, the most problems first (at most LIMITS.heatmapRows). */
  experiments: { id: string; total: number }[];
  /** Columns: every rule with a problem in those rows, the most frequent first. */
  rules: string[];
  cells: HeatCell[];
  /** Experiments with problems left out of the rows. */
  omitted: number;
  /** Problems in files outside any experiment folder. */
  outside: number;
  total: number;
}

export function shapeHeatmap(problems: readonly ProblemRow[], maxRows: number = LIMITS.heatmapRows): Heatmap {
  const cells = new Map<string, HeatCell>();
  const totals = new Map<string, number>();
  let outside = 0;
  for (const p of problems) {
    if (p.experiment === null) {
      outside++;
      continue;
    }
    const key = `${p.experiment}\u0000${p.rule}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { experiment: p.experiment, rule: p.rule, count: 0, errors: 0 }));
    c.count++;
    if (p.severity === 'error') c.errors++;
    totals.set(p.experiment, (totals.get(p.experiment) ?? 0) + 1);
  }
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const rows = ranked.slice(0, maxRows).map(([id, total]) => ({ id, total }));
  const shown = new Set(rows.map((r) => r.id));
  const kept = [...cells.values()].filter((c) => shown.has(c.experiment));
  const ruleTotals = new Map<string, number>();
  for (const c of kept) ruleTotals.set(c.rule, (ruleTotals.get(c.rule) ?? 0) + c.count);
  const rules = [...ruleTotals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r]) => r);
  return { experiments: rows, rules, cells: kept, omitted: ranked.length - rows.length, outside, total: problems.length };
}

export interface CloudTag extends TagCount {
  /** Size step 1..6: by the square root of its share of the most used tag's files. */
  step: number;
}

/** The most used tags (at most `limit`), alphabetically, each with a size step. */
export function tagCloud(tags: readonly TagCount[], limit: number = LIMITS.cloudTags): { tags: CloudTag[]; omitted: number } {
  const top = [...tags].sort((a, b) => b.files - a.files || a.tag.localeCompare(b.tag)).slice(0, limit);
  const max = Math.max(1, ...top.map((t) => t.files));
  const cloud = top
    .map((t) => ({ ...t, step: 1 + Math.round(5 * Math.sqrt(t.files / max)) }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
  return { tags: cloud, omitted: tags.length - top.length };
}
