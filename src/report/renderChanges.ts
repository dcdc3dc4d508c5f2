import type { Diagnostic } from '../artifacts/diagnostic.ts';
import { isEmptyDiff, type ArtifactChange, type SemanticDiff } from '../history/semanticDiff.ts';
import { hrefFor } from './escape.ts';
import { html, type SafeHtml } from './html.ts';

/** The report's "Changes" section (`etk dashboard --report FILE --since REV`): etk diff as a page. */

const side = (s: SemanticDiff['from']) => `${s.label}${s.commit ? ` (${s.commit.slice(0, 12)})` : ''}`;
const num = (v: number | null) => (v === null ? '–' : String(v));
const signed = (v: number | null) => (v === null ? '–' : v > 0 ? `+${v}` : String(v));
const cls = (v: number | null) => (v === null || v === 0 ? '' : v > 0 ? 'up' : 'down');

function what(c: ArtifactChange): string {
  const parts: string[] = [];
  if (c.status) parts.push(`status ${c.status.from ?? '(none)'} → ${c.status.to ?? '(none)'}`);
  if (c.type) parts.push(`type ${c.type.from ?? '(none)'} → ${c.type.to ?? '(none)'}`);
  if (c.title) parts.push(`title “${c.title.from}” → “${c.title.to}”`);
  if (c.tags_added.length) parts.push(`tags +${c.tags_added.join(' +')}`);
  if (c.tags_removed.length) parts.push(`tags −${c.tags_removed.join(' −')}`);
  if (parts.length === 0 && c.edited) parts.push('edited');
  return parts.join('; ');
}

export function renderChanges(d: SemanticDiff, linkBase: string): SafeHtml {
  const link = (path: string) => html`<a href="${hrefFor(path, linkBase)}" title="${path}"><code>${path}</code></a>`;
  const problem = (p: Diagnostic, mark: string, css: string) => html`<tr><td class="${css}">${mark}</td><td>${link(p.file)}${p.line ? html`:${p.line}` : ''}</td><td>${p.rule}</td><td>${p.message}</td></tr>`;
  const e = d.experiments;
  const a = d.artifacts;
  const expRows = [
    ...e.added.map((x) => html`<tr><td><code>${x.experiment_id}</code></td><td>added${x.status ? ` (${x.status})` : ''}</td></tr>`),
    ...e.removed.map((x) => html`<tr><td><code>${x.experiment_id}</code></td><td>removed</td></tr>`),
    ...e.renamed.map((x) => html`<tr><td><code>${x.to}</code></td><td>renamed from <code>${x.from}</code></td></tr>`),
    ...e.status.map((x) => html`<tr><td><code>${x.experiment_id}</code></td><td>status ${x.from ?? '(none)'} → <strong>${x.to ?? '(none)'}</strong></td></tr>`),
  ];
  const artRows = [
    ...a.added.map((x) => html`<tr><td>${link(x.path)}</td><td>added${x.type ? ` (${x.type})` : ''}</td></tr>`),
    ...a.removed.map((x) => html`<tr><td><code>${x.path}</code></td><td>removed</td></tr>`),
    ...a.moved.map((x) => html`<tr><td>${link(x.path)}</td><td>moved from <code>${x.from_path ?? ''}</code>${what(x) ? `; ${what(x)}` : ''}</td></tr>`),
    ...a.changed.map((x) => html`<tr><td>${link(x.path)}</td><td>${what(x)}</td></tr>`),
  ];
  return html`<section id="changes" aria-labelledby="h-changes">
<h2 id="h-changes">Changes</h2>
<p class="note" data-changes="${d.files.differing}">From ${side(d.from)} to ${side(d.to)}: ${d.files.differing} of ${d.files.compared} files differ.${isEmptyDiff(d) ? ' No change in meaning.' : ''}</p>
${expRows.length ? html`<h3>Experiments</h3><table class="changes"><thead><tr><th scope="col">experiment</th><th scope="col">change</th></tr></thead><tbody>${expRows}</tbody></table>` : ''}
${artRows.length ? html`<h3>Artifacts</h3><table class="changes"><thead><tr><th scope="col">artifact</th><th scope="col">change</th></tr></thead><tbody>${artRows}</tbody></table>` : ''}
${d.metrics.length ? html`<h3>Metrics</h3><p class="note">Each experiment's latest value before and after; Δ baseline is the new value minus its baseline.</p><table class="changes"><thead><tr><th scope="col">experiment</th><th scope="col">metric</th><th scope="col" class="n">before</th><th scope="col" class="n">after</th><th scope="col" class="n">Δ</th><th scope="col" class="n">baseline</th><th scope="col" class="n">Δ baseline</th></tr></thead><tbody>${d.metrics.map((m) => html`<tr><td><code>${m.experiment_id ?? ''}</code></td><td>${m.metric}</td><td class="n">${num(m.from)}</td><td class="n">${num(m.to)}${m.unit ? ` ${m.unit}` : ''}</td><td class="n ${cls(m.delta)}">${signed(m.delta)}</td><td class="n">${num(m.baseline)}</td><td class="n ${cls(m.vs_baseline)}">${signed(m.vs_baseline)}</td></tr>`)}</tbody></table>` : ''}
${d.problems.appeared.length + d.problems.fixed.length ? html`<h3>Problems: ${d.problems.appeared.length} appeared, ${d.problems.fixed.length} fixed</h3><table class="changes"><thead><tr><th scope="col"></th><th scope="col">file</th><th scope="col">rule</th><th scope="col">message</th></tr></thead><tbody>${d.problems.appeared.map((p) => problem(p, 'new', 'err'))}${d.problems.fixed.map((p) => problem(p, 'fixed', 'ok'))}</tbody></table>` : ''}
</section>`;
}
