import { VERSION } from '../cli/version.ts';
import { hrefFor } from './escape.ts';
import { html, type SafeHtml } from './html.ts';
import type { ReportData } from './loadReportData.ts';
import { describeIndex, renderPage, statusBadge, utc } from './page.ts';
import type { ClientData } from './shapeClientData.ts';
import { tagCloud } from './shapeCompliance.ts';
import { orderTypes } from './shapeOverview.ts';
import { shapeTrends } from './shapeTrends.ts';
import { tableShell } from './tableSpecs.ts';
import { trendFigure, trendLegend, type RenderOptions } from './renderIndex.ts';
import { comparisonSection, legendOfMarks } from './renderComparison.ts';
import { experimentColors } from './palette.ts';
import { plural } from '../util/plural.ts';
import { latestRunsOf, topMetricsOf } from '../query/runGrid.ts';
import { LIMITS } from './limits.ts';

const n = (x: number) => x.toLocaleString('en-US');
const count = (x: number, one: string, many = `${one}s`) => plural(x, one, many, n(x));

/** An experiment's own page (`--experiment`): what it is, its metrics against baseline, its files, tags and problems. */
export function renderExperiment(data: ReportData, client: ClientData, o: RenderOptions & { experimentLink?: (id: string) => string | null }): string {
  const e = data.experiments[0]!;
  const names = new Map([[e.id, e.name]]);
  const { trends, omitted } = shapeTrends(data.metrics, { maxCharts: LIMITS.pageTrendCharts, maxPoints: LIMITS.pageTrendPoints });
  const cloud = tagCloud(data.tags);
  const byType = new Map<string, number>();
  for (const a of data.artifacts) byType.set(a.type ?? '(none)', (byType.get(a.type ?? '(none)') ?? 0) + 1);
  const other = (id: string): SafeHtml => {
    const href = o.experimentLink?.(id) ?? null;
    return href ? html`<a href="${href}"><code>${id}</code></a>` : html`<code>${id}</code>`;
  };
  const errors = data.problems.filter((p) => p.severity === 'error').length;
  const warnings = data.problems.length - errors;

  const summary = html`<section id="summary" aria-labelledby="h-summary">
<h2 id="h-summary">Summary</h2>
${e.description ? html`<p>${e.description}</p>` : ''}
<dl class="facts">
<dt>Experiment id</dt><dd><code>${e.id}</code></dd>
<dt>Status</dt><dd>${statusBadge(e.status)}</dd>
${e.phase ? html`<dt>Phase</dt><dd>${e.phase}</dd>` : ''}
<dt>Created</dt><dd>${e.createdAt ? utc(e.createdAt) : '–'}</dd>
<dt>Updated</dt><dd>${e.updatedAt ? utc(e.updatedAt) : '–'}${e.end && e.end !== e.updatedAt ? html` <span class="muted">(latest file: ${utc(e.end)})</span>` : ''}</dd>
<dt>Manifest</dt><dd>${e.manifestPath ? html`<a href="${hrefFor(e.manifestPath, o.linkBase)}">${e.manifestPath}</a>` : html`<span class="muted">no README.md</span>`}</dd>
<dt>Metadata</dt><dd>${e.metadataSources.length ? e.metadataSources.join(', ') : html`<span class="muted">none (no README.md frontmatter, manifest.json or state.json)</span>`}</dd>
<dt>Files</dt><dd data-stat="files">${count(data.artifacts.length, 'file')}: ${orderTypes(byType.keys()).map((t, i) => html`${i ? ', ' : ''}${n(byType.get(t)!)} ${t}`)}</dd>
<dt>Problems</dt><dd data-stat="problems"${errors ? html` class="err"` : warnings ? html` class="warn"` : ''}>${count(errors, 'error')}, ${count(warnings, 'warning')}</dd>
<dt>Compared with</dt><dd>${data.baselines.of.length ? data.baselines.of.map((id, i) => html`${i ? ', ' : ''}${other(id)}`) : html`<span class="muted">no baseline experiment</span>`}</dd>
<dt>Baseline of</dt><dd>${data.baselines.by.length ? data.baselines.by.map((id, i) => html`${i ? ', ' : ''}${other(id)}`) : html`<span class="muted">no other experiment</span>`}</dd>
</dl>
</section>`;

  // The page's budget (LIMITS.page*): the latest runs, the most reported metrics, a few charts; the note says what is left out.
  const full = data.comparisons[0];
  const grid = full ? topMetricsOf(latestRunsOf(full, LIMITS.pageRuns), LIMITS.pageMetrics) : undefined;
  const color = experimentColors([e.id]).get(e.id)!;
  const left: string[] = [];
  if (full && grid && grid.runs.length < full.runs.length) left.push(`the latest ${n(grid.runs.length)} of ${n(full.runs.length)} runs`);
  if (full && grid && grid.metrics.length < full.metrics.length) left.push(`the ${n(grid.metrics.length)} most reported of ${n(full.metrics.length)} metrics in the grid and its charts (at most ${n(LIMITS.pageComparisonCharts)})`);
  if (omitted.length > 0) left.push(`the ${n(trends.length)} most reported of ${n(trends.length + omitted.length)} metrics over time`);
  const budget = left.length === 0 ? '' : html`<p class="note" data-omitted>To keep this page small it shows ${left.join('; ')}. <code>etk compare ${e.id}</code> prints every run and metric (<code>--metric NAME</code> for some, <code>--format csv</code> for a spreadsheet); <code>etk query runs --experiment ${e.id}</code> lists every run with its parameters.</p>`;
  const metrics = html`<section id="metrics" aria-labelledby="h-metrics">
<h2 id="h-metrics">Runs and metrics</h2>
${!grid || grid.runs.length === 0 ? html`<p class="note">No report in this experiment yet: every report is a run.</p>` : html`
<p class="note">Every report is a run: ${count(full!.runs.length, 'run')}, oldest first, each metric with its Δ against the run's baseline (the value the report declares, else the same metric in the baseline experiment's latest run; never the run itself). <code>etk compare ${e.id}</code> prints the same grid.</p>
${budget}
${legendOfMarks()}
${comparisonSection(grid, { name: e.name, color, linkBase: o.linkBase, maxCharts: LIMITS.pageComparisonCharts, heading: false, more: null })}`}
${data.latest.length === 0 ? '' : html`
<h3>Over time</h3>
${trendLegend()}
<div class="smalls">${trends.map((t) => trendFigure(t, names, { colors: new Map([[e.id, color]]) }))}</div>
${tableShell('metrics', { omit: ['expName'], caption: 'Latest value of each metric' })}`}
</section>`;

  const tags = html`<section id="tags" aria-labelledby="h-tags">
<h2 id="h-tags">Tags</h2>
${cloud.tags.length === 0 ? html`<p class="note">No tags.</p>` : html`<div class="cloud" role="group" aria-label="Tags">${cloud.tags.map((t) => html`<button type="button" class="tag t${t.step}" data-tag="${t.tag}" aria-pressed="false" title="${count(t.files, 'file')}">${t.tag}<span class="n">${n(t.files)}</span></button>`)}</div>`}
</section>`;

  const files = html`<section id="artifacts" aria-labelledby="h-artifacts">
<h2 id="h-artifacts">Artifacts</h2>
${tableShell('artifacts', { omit: ['expName'] })}
</section>
<section id="compliance" aria-labelledby="h-compliance">
<h2 id="h-compliance">Problems</h2>
${data.problems.length === 0 ? html`<p class="ok" data-ok>No problems recorded: every file of this experiment passes every rule.</p>` : tableShell('problems', { omit: ['expName'] })}
</section>`;

  return renderPage({
    title: `${e.name}: etk experiment report`,
    heading: e.name,
    subtitle: html`${statusBadge(e.status)} <code>${e.id}</code>${e.start ? html` · ${e.start.slice(0, 10)} → ${(e.end ?? e.start).slice(0, 10)}` : ''}. Index: ${describeIndex(data.index)}. Generated ${utc(o.generatedAt)}.`,
    nav: [
      ['summary', 'Summary'],
      ['metrics', 'Runs'],
      ['tags', 'Tags'],
      ['artifacts', 'Artifacts'],
      ['compliance', 'Problems'],
    ],
    body: html`${summary}${metrics}${tags}${files}`,
    data: client,
    live: o.live,
    footer: html`Made by etk ${VERSION} from the index (tracking.db).${o.live ? html` <a href="/">All experiments</a>` : ''}`,
  });
}
