import { VERSION } from '../cli/version.ts';
import { heatLegend, heatmapChart, monthlyStartsChart, timelineChart, trendChart, typeStatusChart } from './charts.ts';
import { hrefFor } from './escape.ts';
import { html, type SafeHtml } from './html.ts';
import { LIMITS } from './limits.ts';
import type { ReportData } from './loadReportData.ts';
import { describeIndex, experimentLegend, renderPage, statusBadge, statusLegend, utc } from './page.ts';
import { experimentColors, GREY } from './palette.ts';
import { type ClientData } from './shapeClientData.ts';
import { shapeHeatmap, tagCloud } from './shapeCompliance.ts';
import { orderStatuses, shapeOverview, type CrossTab } from './shapeOverview.ts';
import { shapeTimeline } from './shapeTimeline.ts';
import { shapeTrends, type Trend } from './shapeTrends.ts';
import { tableShell } from './tableSpecs.ts';
import { comparisonSection, latestGrid, legendOfMarks } from './renderComparison.ts';
import { plural } from '../util/plural.ts';
import type { SemanticDiff } from '../history/semanticDiff.ts';
import { renderChanges } from './renderChanges.ts';

export interface RenderOptions {
  generatedAt: Date;
  /** Configured metric directions (etk.config.json `metrics`); the others by name. */
  directions?: Readonly<Record<string, 'higher' | 'lower'>>;
  linkBase: string;
  live: boolean;
  /** With --since: what changed, shown first. */
  changes?: SemanticDiff;
}

const n = (x: number) => x.toLocaleString('en-US');
const count = (x: number, one: string, many = `${one}s`) => plural(x, one, many, n(x));

function crossTable(tab: CrossTab, caption: string, rowHeader: string): SafeHtml {
  // Custom statuses add columns: the table scrolls within its half of the page, never past it.
  return html`<div class="scroll"><table class="counts" data-crosstab="${caption}">
<caption>${caption}</caption>
<thead><tr><th scope="col">${rowHeader}</th>${tab.columns.map((c) => html`<th scope="col" class="n">${statusBadge(c)}</th>`)}<th scope="col" class="n">total</th></tr></thead>
<tbody>${tab.rows.map((r, i) => html`<tr><th scope="row">${r}</th>${tab.cells[i]!.map((v, j) => html`<td class="n" data-status="${tab.columns[j]}">${n(v)}</td>`)}<td class="n" data-total>${n(tab.rowTotals[i]!)}</td></tr>`)}</tbody>
${tab.rows.length > 1 ? html`<tfoot><tr><th scope="row">total</th>${tab.columnTotals.map((v) => html`<td class="n">${n(v)}</td>`)}<td class="n">${n(tab.total)}</td></tr></tfoot>` : ''}
</table></div>`;
}

export function trendFigure(t: Trend, names: ReadonlyMap<string, string>, options: { width?: number; height?: number; colors?: ReadonlyMap<string, string> } = {}): SafeHtml {
  const ids = t.points ? [...new Set(t.points.map((p) => p.experiment))] : [];
  const colors = options.colors ?? experimentColors(ids);
  const what = t.points
    ? `${count(t.values, 'value')} from ${count(t.experiments, 'experiment')}; ${n(t.withBaseline)} with a baseline`
    : `${count(t.values, 'value')} from ${count(t.experiments, 'experiment')}: monthly median, 10–90 % band; dashed: median baseline`;
  return html`<figure class="chart" data-metric="${t.metric}"><figcaption><h3>${t.metric}${t.unit ? html` <span class="muted">(${t.unit})</span>` : ''}</h3><p>${what}</p>${ids.length ? experimentLegend(ids, names, colors) : ''}</figcaption>${trendChart(t, names, { ...options, colors })}</figure>`;
}

export function trendLegend(): SafeHtml {
  return html`<ul class="legend" aria-label="Legend"><li><span class="sw" style="background:currentColor;border-radius:50%"></span>a reported value, in its experiment's colour</li><li><span class="sw dash"></span>the baseline it is compared with (with many values: the monthly median baseline)</li><li><span class="sw" style="background:${GREY};opacity:.5"></span>10–90 % of the month's values (with many values)</li></ul>`;
}

/** The whole-index report: overview, timeline, trends, tags, compliance, and the tables. */
export function renderIndex(data: ReportData, client: ClientData, o: RenderOptions): string {
  const ov = shapeOverview(data);
  const statuses = orderStatuses([...data.experiments.map((e) => e.status ?? '(none)'), ...data.artifacts.map((a) => a.status ?? '(none)')]);
  const timeline = shapeTimeline(data.experiments);
  const { trends, omitted } = shapeTrends(data.metrics);
  const heat = shapeHeatmap(data.problems);
  const cloud = tagCloud(data.tags);
  const names = ov.names;
  // One colour per experiment, the same in every chart and table of the page.
  const colors = experimentColors(data.experiments.map((e) => e.id));

  const stats: [string, number, string][] = [
    ['experiments', ov.experiments, ''],
    ['artifacts', ov.artifacts, ''],
    ['reports', ov.reports, ''],
    ['metric values', ov.metricValues, ''],
    ['tags', ov.tags, ''],
    ['errors', ov.errors, ov.errors ? 'bad' : ''],
    ['warnings', ov.warnings, ov.warnings ? 'warn' : ''],
  ];
  if (ov.unparsed) stats.push(['files that do not parse', ov.unparsed, 'bad']);

  const overview = html`<section id="overview" aria-labelledby="h-overview">
<h2 id="h-overview">Overview</h2>
<ul class="stats">${stats.map(([label, v, cls]) => html`<li class="${cls}" data-stat="${label}"><span class="num">${n(v)}</span>${label}</li>`)}</ul>
<div class="grid2">
<div>${crossTable(ov.experimentsByStatus, 'Experiments by status', '')}
<h3>Recent activity</h3>
${ov.recent.length === 0 ? html`<p class="note">Nothing yet.</p>` : html`<ol class="recent">${ov.recent.map((a) => html`<li><time datetime="${a.updatedAt ?? a.createdAt ?? ''}">${(a.updatedAt ?? a.createdAt ?? '').slice(0, 10)}</time> <a href="${hrefFor(a.path, o.linkBase)}" title="${a.path}">${a.title}</a> <span class="muted">${a.type ?? '(no type)'}${a.experiment ? html` in ${names.get(a.experiment) ?? a.experiment}` : ''}</span></li>`)}</ol>`}
</div>
<div>${crossTable(ov.artifactsByType, 'Artifacts by type and status', 'type')}
${ov.artifacts > 0 ? html`${statusLegend(ov.artifactsByType.columns)}<figure class="chart">${typeStatusChart(ov.artifactsByType)}</figure>` : ''}</div>
</div>
</section>`;

  const results = latestGrid(data.latest, { names, colors, directions: o.directions ?? {} });
  const resultsSection = html`<section id="results" aria-labelledby="h-results">
<h2 id="h-results">Latest results</h2>
${results.rows === 0 ? html`<p class="note">No report has metrics yet.</p>` : html`
<p class="note">Each experiment's latest value of each metric, with its Δ against that report's baseline (declared in the report, else the baseline experiment's latest run); colours and marks follow each metric's direction. ${results.rows < results.totalRows ? `Shown: the ${n(results.rows)} experiments with the most recent results of ${n(results.totalRows)}. ` : ''}${results.metrics < results.totalMetrics ? `Columns: the ${n(results.metrics)} most reported metrics of ${n(results.totalMetrics)}. ` : ''}Every value is in the Metrics table below.</p>
${legendOfMarks()}
${results.table}`}
</section>`;

  const comparisonsSection = html`<section id="comparisons" aria-labelledby="h-comparisons">
<h2 id="h-comparisons">Comparisons</h2>
${data.comparisons.length === 0 ? html`<p class="note">No experiment has more than one run (report) with metrics yet.</p>` : html`
<p class="note">Every report is a run. For each experiment with several runs: which run is best per metric and by how much against its baseline, the runs × metrics grid (parameters are the reports' own frontmatter fields), and each metric across the runs. ${data.comparable > data.comparisons.length ? `The ${n(data.comparisons.length)} experiments with the most recent runs of ${n(data.comparable)}; ` : ''}<code>etk compare &lt;experiment&gt;</code> prints the same grid.</p>
${legendOfMarks()}
${data.comparisons.map((g) => {
    const id = g.runs[0]?.experiment ?? '';
    const all = data.experiments.find((e) => e.id === id)?.reports ?? g.runs.length;
    return comparisonSection(g, { name: names.get(id) ?? id, color: colors.get(id) ?? GREY, linkBase: o.linkBase, maxCharts: LIMITS.comparisonCharts, heading: true, more: all > g.runs.length ? `The latest ${n(g.runs.length)} of ${n(all)} runs; its own page (etk dashboard --experiment ${id}) shows ${all > LIMITS.pageRuns ? `the latest ${n(LIMITS.pageRuns)}, etk compare ${id} every one` : 'every one'}.` : null });
  })}`}
</section>`;

  const timelineSection = html`<section id="timeline" aria-labelledby="h-timeline">
<h2 id="h-timeline">Timeline</h2>
${timeline.total === 0 ? html`<p class="note">No experiment has a date yet.</p>` : html`
<p class="note">Each experiment from its creation to its latest update${timeline.bars.length < timeline.total ? html`: the ${n(timeline.bars.length)} most recently active of ${n(timeline.total)} (below them, every experiment by the month it started)` : ''}.</p>
<figure class="chart scroll">${timelineChart(timeline, colors)}</figure>
${timeline.bars.length < timeline.total ? html`<h3>Experiments started per month</h3>${statusLegend(statuses)}<figure class="chart scroll">${monthlyStartsChart(timeline, statuses)}</figure>` : ''}`}
</section>`;

  const trendsSection = html`<section id="trends" aria-labelledby="h-trends">
<h2 id="h-trends">Metric trends</h2>
${trends.length === 0 ? html`<p class="note">No report has metrics yet.</p>` : html`
<p class="note">Each metric of the reports over time, per experiment, with the baseline each value is compared with (the metric's own <code>baseline</code>, else the same metric in the baseline experiment's latest report). Up to ${n(LIMITS.trendPoints)} values a chart shows each; beyond, the monthly median.</p>
${trendLegend()}
<div class="smalls">${trends.map((t) => trendFigure(t, names, { colors }))}</div>
${omitted.length ? html`<p class="note">Not charted (fewer values): ${omitted.join(', ')}; see the table of latest metrics.</p>` : ''}`}
</section>`;

  const tagsSection = html`<section id="tags" aria-labelledby="h-tags">
<h2 id="h-tags">Tags</h2>
${cloud.tags.length === 0 ? html`<p class="note">No tags yet.</p>` : html`
<p class="note">Sized by the number of files that carry each tag. Choose one to filter the tables; choose it again to clear.</p>
<div class="cloud" role="group" aria-label="Tags">${cloud.tags.map((t) => html`<button type="button" class="tag t${t.step}" data-tag="${t.tag}" aria-pressed="false" title="${count(t.files, 'file')} in ${count(t.experiments, 'experiment')}">${t.tag}<span class="n">${n(t.files)}</span></button>`)}</div>
${cloud.omitted ? html`<p class="note">${count(cloud.omitted, 'less used tag')} not shown.</p>` : ''}`}
</section>`;

  const compliance = html`<section id="compliance" aria-labelledby="h-compliance">
<h2 id="h-compliance">Compliance</h2>
${heat.total === 0 ? html`<p class="ok" data-ok>No problems recorded: every indexed file passes every rule.</p>` : html`
<p class="note">${count(ov.errors, 'error')} and ${count(ov.warnings, 'warning')} recorded. Experiments (rows) by rule (columns): red where there are errors, amber where there are only warnings, deeper with more problems; choose a cell to list its files and lines below.${heat.omitted ? ` The ${n(heat.experiments.length)} experiments with the most problems are shown, ${n(heat.omitted)} more have some.` : ''}${heat.outside ? ` ${count(heat.outside, 'problem')} in files outside any experiment folder.` : ''}</p>
${heat.cells.length ? html`${heatLegend(Math.max(1, ...heat.cells.map((c) => c.count)))}<figure class="chart scroll">${heatmapChart(heat, names)}</figure>` : ''}`}
${heat.total === 0 ? '' : tableShell('problems')}
</section>`;

  const tables = html`<section id="experiments" aria-labelledby="h-experiments">
<h2 id="h-experiments">Experiments</h2>
<p class="note">Choose an experiment's name to show only its rows in every table${o.live ? '; ↗ opens its own page' : html`; <code>etk dashboard --experiment ID --report FILE</code> writes its own page`}.</p>
${tableShell('experiments')}
</section>
<section id="artifacts" aria-labelledby="h-artifacts">
<h2 id="h-artifacts">Artifacts</h2>
${tableShell('artifacts')}
</section>
<section id="metrics" aria-labelledby="h-metrics">
<h2 id="h-metrics">Latest metrics</h2>
<p class="note">The latest value of each metric per experiment against its baseline; Δ is value minus baseline (whether higher is better depends on the metric: see Latest results above).</p>
${tableShell('metrics')}
</section>`;

  return renderPage({
    title: `etk report: ${count(ov.experiments, 'experiment')}, ${count(ov.artifacts, 'artifact')}`,
    heading: 'Experiment report',
    subtitle: html`Index: ${describeIndex(data.index)}. Generated ${utc(o.generatedAt)}.`,
    nav: [
      ...(o.changes ? ([['changes', 'Changes']] as [string, string][]) : []),
      ['overview', 'Overview'],
      ['results', 'Results'],
      ['comparisons', 'Comparisons'],
      ['timeline', 'Timeline'],
      ['trends', 'Trends'],
      ['tags', 'Tags'],
      ['compliance', 'Compliance'],
      ['experiments', 'Experiments'],
      ['artifacts', 'Artifacts'],
      ['metrics', 'Metrics'],
    ],
    body: html`${o.changes ? renderChanges(o.changes, o.linkBase) : ''}${overview}${resultsSection}${comparisonsSection}${timelineSection}${trendsSection}${tagsSection}${compliance}${tables}`,
    data: client,
    live: o.live,
    footer: html`Made by etk ${VERSION} from the index (tracking.db). Markdown is the source of truth: this page changes when the files do and <code>etk sync</code> or <code>etk dashboard</code> runs.`,
  });
}
