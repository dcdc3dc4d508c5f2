import { metricDirection, metricVerdict, type MetricDirection } from '../action/metricVerdict.ts';
import { baselineNote, signed, VERDICT_MARK } from '../query/gridTable.ts';
import { gridDelta, orderParameter, runNumber, varyingParameters, type GridCell, type RunGrid } from '../query/runGrid.ts';
import { fmt } from './charts.ts';
import { runChartPoints, runMetricChart, sweepChart } from './comparisonCharts.ts';
import { hrefFor } from './escape.ts';
import { html, type SafeHtml } from './html.ts';
import { LIMITS } from './limits.ts';
import type { MetricRow } from './loadReportData.ts';
import { GREY } from './palette.ts';

/**
 * The results sections of the report: a comparison per experiment with several runs (the runs ×
 * metrics grid, coloured better / worse by each metric's direction with the same marks in text, and
 * charts of each metric across the runs and against the parameters a sweep varies), and the grid of
 * every experiment's latest results.
 */

const VERDICT_CLASS = { improvement: 'up', regression: 'down', 'no change': 'same' } as const;
const VERDICT_WORD = { improvement: 'better than', regression: 'worse than', 'no change': 'the same as' } as const;

/** ↑ / ↓ with what it means, for a column header. */
function arrow(direction: MetricDirection): SafeHtml {
  return html`<span class="dir" title="${direction === 'higher' ? 'higher is better' : 'lower is better'}">${direction === 'higher' ? '↑' : '↓'}</span>`;
}

/** A value with its Δ and mark, in the colour of its verdict (blue better, vermillion worse), ★ on the column's best. */
function valueCell(c: GridCell | null, metric: string, baselineText: string): SafeHtml {
  if (c === null || c.value === null) return html`<td class="n muted">–</td>`;
  const cls = c.verdict ? VERDICT_CLASS[c.verdict] : '';
  const title = c.baseline === null ? `${metric} = ${fmt(c.value)}; no baseline` : `${metric} = ${fmt(c.value)}, ${c.verdict ? VERDICT_WORD[c.verdict] : 'against'} the baseline ${fmt(c.baseline)} (${baselineText})`;
  return html`<td class="n v${c.best ? ' best' : ''}" title="${title}" data-verdict="${c.verdict ?? ''}">${fmt(c.value)}${c.delta !== null ? html` <span class="d ${cls}">${signed(c.delta)}${c.verdict ? ` ${VERDICT_MARK[c.verdict]}` : ''}</span>` : ''}${c.best ? html` <span class="star" title="best of these runs">★</span>` : ''}</td>`;
}

export function legendOfMarks(): SafeHtml {
  return html`<ul class="legend" aria-label="How to read the grids"><li><span class="d up">▲ +Δ</span> better than its baseline</li><li><span class="d down">▼ −Δ</span> worse</li><li><span class="d same">=</span> the same</li><li><span class="star">★</span> best value of the column</li><li>↑ higher is better · ↓ lower is better</li></ul>`;
}

/** The runs × metrics table of one grid. */
export function gridTableHtml(grid: RunGrid, linkBase: string): SafeHtml {
  return html`<div class="scroll"><table class="grid" data-grid="${grid.runs[0]?.experiment ?? ''}">
<thead><tr><th scope="col" class="n">#</th><th scope="col">run</th><th scope="col">created</th>${grid.parameters.map((p) => html`<th scope="col" class="param">${p}</th>`)}${grid.metrics.map((m) => html`<th scope="col" class="n" data-metric="${m.name}">${m.name}${m.unit ? html` <span class="muted">(${m.unit})</span>` : ''} ${arrow(m.direction)}</th>`)}<th scope="col">baseline</th></tr></thead>
<tbody>${grid.runs.map((r, i) => {
    const note = baselineNote(grid, i);
    return html`<tr data-run="${r.path}"><td class="n">${String(runNumber(grid, i))}</td><th scope="row"><a href="${hrefFor(r.path, linkBase)}" title="${r.path}">${r.title}</a></th><td class="date">${r.created ? r.created.slice(0, 16) : '–'}</td>${grid.parameters.map((p) => html`<td>${r.parameters[p] === undefined ? '' : String(r.parameters[p])}</td>`)}${grid.metrics.map((m, j) => valueCell(grid.cells[i]![j] ?? null, m.name, note))}<td class="note-cell">${note}</td></tr>`;
  })}</tbody>
</table></div>`;
}

/** The answer in one sentence per metric: which run is best, by how much against its baseline. */
function winners(grid: RunGrid): SafeHtml {
  const lines = grid.metrics
    .map((m, j) => {
      if (m.best === null) return null;
      const i = grid.cells.findIndex((row) => row[j]?.best);
      const c = grid.cells[i]![j]!;
      const ties = grid.cells.filter((row) => row[j]?.best).length;
      return html`<li><strong>${m.name}</strong>: #${String(runNumber(grid, i))} ${grid.runs[i]!.title}${ties > 1 ? ` (and ${ties - 1} more at the same value)` : ''}, ${fmt(c.value)}${c.delta !== null ? html` (<span class="${c.verdict ? VERDICT_CLASS[c.verdict] : ''}">${signed(c.delta)}</span> against its baseline ${fmt(c.baseline)})` : ' (no baseline)'}</li>`;
    })
    .filter((x) => x !== null);
  return lines.length ? html`<ul class="winners">${lines}</ul>` : html``;
}

/** Which charts a grid gets: each metric across the runs, then the metric with the most values against each varying parameter (3 or more runs). */
export function comparisonCharts(grid: RunGrid, color: string, max: number): SafeHtml[] {
  const charts: SafeHtml[] = [];
  const varying = varyingParameters(grid);
  const primary = grid.metrics.reduce((best, m, j) => (m.count > (grid.metrics[best]?.count ?? -1) ? j : best), 0);
  const withParams = grid.runs.filter((r) => varying.some((p) => r.parameters[p] !== undefined)).length;
  const sweeps: SafeHtml[] = [];
  if (grid.metrics.length > 0 && withParams >= 3) {
    const distinct = (p: string) => new Set(grid.runs.map((r) => JSON.stringify(r.parameters[p] ?? null))).size;
    const numeric = (p: string) => grid.runs.every((r) => typeof r.parameters[p] !== 'string');
    // x: a parameter with at least 3 values (numeric ones first, then the most values); series: the
    // other varying parameter with the fewest values (at most 6), so each line is one setting of it.
    const xs = varying.filter((p) => distinct(p) >= 3).sort((a, b) => Number(numeric(b)) - Number(numeric(a)) || distinct(b) - distinct(a));
    for (const x of xs.slice(0, 2)) {
      const by = varying.filter((p) => p !== x && distinct(p) <= 6).sort((a, b) => distinct(a) - distinct(b))[0] ?? null;
      sweeps.push(html`<figure class="chart" data-sweep="${x}"><figcaption><h4>${grid.metrics[primary]!.name} against ${x}${by ? html` <span class="muted">by ${by}</span>` : ''}</h4></figcaption>${sweepChart(grid, primary, x, by, color)}</figure>`);
    }
  }
  // Each metric across the runs: by the parameter the runs vary (orderParameter), else by value; the best LIMITS.chartRuns.
  const orderBy = orderParameter(grid);
  // Drawn only up to `max`: a chart left out costs nothing.
  const metricCharts: SafeHtml[] = [];
  grid.metrics.forEach((m, j) => {
    if (m.count < 2 || sweeps.length + metricCharts.length >= max) return;
    const chart = { orderBy, maxRuns: LIMITS.chartRuns };
    const { pts, of } = runChartPoints(grid, j, chart);
    const order = orderBy === null ? `${m.direction === 'higher' ? 'highest' : 'lowest'} first` : `ordered by ${orderBy}`;
    const shown = pts.length < of ? `; the ${String(pts.length)} best of ${String(of)} runs` : '';
    metricCharts.push(html`<figure class="chart" data-metric="${m.name}"${orderBy === null ? '' : html` data-order="${orderBy}"`}><figcaption><h4>${m.name}${m.unit ? html` <span class="muted">(${m.unit})</span>` : ''} <span class="muted">${order}${shown}; ring: the run's baseline</span></h4></figcaption>${runMetricChart(grid, j, color, chart)}</figure>`);
  });
  // A sweep's parameter views come first: they answer "which setting won".
  charts.push(...sweeps, ...metricCharts);
  return charts.slice(0, max);
}

/** One experiment's comparison: the answer, the grid, the charts. */
export function comparisonSection(grid: RunGrid, o: { name: string; color: string; linkBase: string; maxCharts: number; heading: boolean; more: string | null }): SafeHtml {
  const id = grid.runs[0]?.experiment ?? '';
  const charts = comparisonCharts(grid, o.color, o.maxCharts);
  const varying = varyingParameters(grid);
  return html`<article class="cmp" data-experiment="${id}">
${o.heading ? html`<h3><span class="sw" style="background:${o.color}"></span>${o.name} <span class="muted">· ${String(grid.runs.length)} runs${varying.length ? ` · varying ${varying.join(', ')}` : ''}</span></h3>` : ''}
${winners(grid)}
${gridTableHtml(grid, o.linkBase)}
${charts.length ? html`<div class="smalls">${charts}</div>` : ''}
${o.more ? html`<p class="note">${o.more}</p>` : ''}
</article>`;
}

/**
 * The grid of latest results: experiments (rows; the most recent results first) by metrics (the
 * most reported), each cell the experiment's latest value with its Δ and mark; ★ the best per column.
 */
export function latestGrid(latest: readonly MetricRow[], o: { names: ReadonlyMap<string, string>; colors: ReadonlyMap<string, string>; directions: Readonly<Record<string, MetricDirection>> }): { table: SafeHtml; rows: number; totalRows: number; metrics: number; totalMetrics: number } {
  const byExp = new Map<string, Map<string, MetricRow>>();
  const counts = new Map<string, number>();
  const lastTime = new Map<string, string>();
  for (const m of latest) {
    if (m.experiment === null) continue;
    let e = byExp.get(m.experiment);
    if (!e) byExp.set(m.experiment, (e = new Map()));
    e.set(m.name, m);
    counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    if (m.time !== null && (lastTime.get(m.experiment) ?? '') < m.time) lastTime.set(m.experiment, m.time);
  }
  const metrics = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b)).slice(0, LIMITS.resultMetrics);
  const exps = [...byExp.keys()].sort((a, b) => (lastTime.get(b) ?? '').localeCompare(lastTime.get(a) ?? '') || a.localeCompare(b)).slice(0, LIMITS.resultRows);
  const dirs = metrics.map((m) => metricDirection(m, o.directions));
  const best = metrics.map((m, j) => {
    const vs = exps.map((e) => byExp.get(e)!.get(m)?.value).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    return vs.length >= 2 ? (dirs[j] === 'higher' ? Math.max(...vs) : Math.min(...vs)) : null;
  });
  const table = html`<div class="scroll"><table class="grid" data-grid="latest">
<thead><tr><th scope="col">experiment</th>${metrics.map((m, j) => html`<th scope="col" class="n" data-metric="${m}">${m} ${arrow(dirs[j]!)}</th>`)}</tr></thead>
<tbody>${exps.map((e) => {
    const row = byExp.get(e)!;
    return html`<tr data-experiment="${e}"><th scope="row"><span class="sw" style="background:${o.colors.get(e) ?? GREY}"></span>${o.names.get(e) ?? e}</th>${metrics.map((m, j) => {
      const r = row.get(m);
      if (!r) return html`<td class="n muted">–</td>`;
      const cell: GridCell = { value: r.value, baseline: r.baseline, declared: false, baselineFile: null, delta: gridDelta(r.value, r.baseline), verdict: metricVerdict(r.value, r.baseline, dirs[j]!), best: best[j] !== null && r.value === best[j] };
      return valueCell(cell, m, `latest report, ${(r.time ?? '').slice(0, 10)}`);
    })}</tr>`;
  })}</tbody>
</table></div>`;
  return { table, rows: exps.length, totalRows: byExp.size, metrics: metrics.length, totalMetrics: counts.size };
}
