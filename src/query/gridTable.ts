import { wrapText } from '../util/wrapText.ts';
import { terminalSafe } from '../util/terminalSafe.ts';
import type { GridCell, RunGrid } from './runGrid.ts';

/**
 * The runs × metrics grid as a terminal table: one line per run, numbered; each metric cell is the
 * value, its Δ against the run's baseline and a mark (▲ better, ▼ worse by the metric's direction, =
 * same), ★ on the best value of the column; then what the marks mean and each run's baseline.
 */

/** Numbers as a person reads them: integers as they are, others to 4 significant digits. */
export function shortNumber(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '–';
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(4)));
}

export const signed = (d: number) => (d > 0 ? `+${shortNumber(d)}` : d < 0 ? `−${shortNumber(-d)}` : '±0');
export const VERDICT_MARK = { improvement: '▲', regression: '▼', 'no change': '=' } as const;

export function cellText(c: GridCell | null): string {
  if (c === null) return '';
  const parts = [shortNumber(c.value)];
  if (c.delta !== null) parts.push(signed(c.delta));
  if (c.verdict !== null) parts.push(VERDICT_MARK[c.verdict]);
  if (c.best) parts.push('★');
  return parts.join(' ');
}

const cut = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s);
const len = (s: string) => [...s].length;
const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** How run `i` is measured: declared values, another run, or nothing. */
export function baselineNote(grid: RunGrid, i: number): string {
  const run = grid.runs[i]!;
  const cells = (grid.cells[i] ?? []).filter((c): c is GridCell => c !== null);
  const declared = cells.some((c) => c.declared);
  const files = [...new Set(cells.map((c) => c.baselineFile).filter((f): f is string => f !== null))];
  const parts: string[] = [];
  if (declared) parts.push(`values declared in the report${run.baselineExperiment ? ` (against ${run.baselineExperiment})` : ''}`);
  for (const f of files) parts.push(`${f.includes(`/${run.experiment}/`) ? 'its earlier run' : 'the latest run'} ${base(f)}${run.baselineExperiment && !f.includes(`/${run.experiment}/`) ? ` of ${run.baselineExperiment}` : ''}`);
  if (parts.length === 0) return run.baselineExperiment === null ? 'none (the report names no baseline experiment)' : run.baselineExperiment === run.experiment ? `none (the first run of ${run.baselineExperiment}, its own baseline)` : run.baselineMissing ? `none (no experiment ${run.baselineExperiment} is in the index: check the report's baseline, or run etk sync)` : `none (${run.baselineExperiment} has no run with these metrics)`;
  return parts.join('; ');
}

export function gridTable(grid: RunGrid, opts: { width?: number } = {}): string {
  if (grid.runs.length === 0) return 'No runs: no report matches.\n';
  const several = new Set(grid.runs.map((r) => r.experiment)).size > 1;
  const header = ['#', 'run', ...(several ? ['experiment'] : []), 'created', ...grid.parameters, ...grid.metrics.map((m) => `${m.name}${m.unit ? ` (${m.unit})` : ''} ${m.direction === 'higher' ? '↑' : '↓'}`)];
  const right = header.map((_, j) => j === 0 || j >= header.length - grid.metrics.length);
  // On a terminal the free text (titles, parameter values) is cut to fit; to a file or a pipe it is kept whole (README: Query commands).
  const titleMax = opts.width === undefined ? Infinity : Math.max(16, Math.min(44, opts.width - 100));
  const paramMax = opts.width === undefined ? Infinity : Math.max(12, Math.min(32, Math.floor(opts.width / 6)));
  const rows = grid.runs.map((r, i) => [
    String(i + 1),
    cut(r.title, titleMax),
    ...(several ? [r.experiment ?? ''] : []),
    r.created ? r.created.slice(0, 16) : '',
    ...grid.parameters.map((p) => (r.parameters[p] === undefined ? '' : cut(String(r.parameters[p]).replace(/\s+/g, ' '), paramMax))),
    ...grid.metrics.map((_, j) => cellText(grid.cells[i]![j] ?? null)),
  ].map((s) => terminalSafe(s.replace(/\s+/g, ' '))));
  const width = header.map((h, j) => Math.max(len(h), ...rows.map((r) => len(r[j]!))));
  const pad = (s: string, j: number) => (right[j] ? ' '.repeat(width[j]! - len(s)) + s : s + ' '.repeat(width[j]! - len(s)));
  const line = (cells: string[]) => cells.map(pad).join('  ').trimEnd();
  const out = [line(header), line(width.map((w) => '-'.repeat(w))), ...rows.map(line)];
  out.push('');
  out.push(...wrapText('Δ: value − baseline. ▲ better, ▼ worse than the baseline, = the same, by the metric\'s direction (↑ higher is better, ↓ lower; "metrics" in etk.config.json sets it). ★ the best of these runs.', Math.max(40, opts.width ?? 160)));
  out.push('Baselines (created times in UTC):');
  grid.runs.forEach((_, i) => out.push(...wrapText(`  #${i + 1}: ${terminalSafe(baselineNote(grid, i))}`, Math.max(40, opts.width ?? 160), '      ')));
  return `${out.join('\n')}\n`;
}
