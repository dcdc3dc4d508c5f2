import type { Diagnostic } from '../artifacts/diagnostic.ts';
import { metricDirection, metricVerdict, type MetricDirection } from '../action/metricVerdict.ts';
import { isEmptyDiff, type ArtifactChange, type SemanticDiff } from './semanticDiff.ts';

/** Configured metric directions (etk.config.json `metrics`); the others by name. */
type Directions = Readonly<Record<string, MetricDirection>>;

/** ▲ better, ▼ worse, by the metric's direction; '' when equal or unknown. */
function mark(metric: string, from: number | null, to: number | null, directions: Directions): string {
  const v = metricVerdict(to, from, metricDirection(metric, directions));
  return v === 'improvement' ? ' ▲' : v === 'regression' ? ' ▼' : '';
}

/** `etk diff` as terminal text and as Markdown (what a pull request's summary shows). Pure. */

const short = (c: string | null) => (c === null ? '' : ` (${c.slice(0, 12)})`);
const side = (s: SemanticDiff['from']) => `${s.label}${short(s.commit)}`;
const num = (n: number | null) => (n === null ? '–' : String(n));
const signed = (n: number | null) => (n === null ? '–' : n > 0 ? `+${n}` : String(n));
const val = (v: string | null) => v ?? '(none)';

function changeParts(c: ArtifactChange): string[] {
  const parts: string[] = [];
  if (c.status) parts.push(`status ${val(c.status.from)} → ${val(c.status.to)}`);
  if (c.type) parts.push(`type ${val(c.type.from)} → ${val(c.type.to)}`);
  if (c.title) parts.push(`title "${c.title.from}" → "${c.title.to}"`);
  if (c.tags_added.length) parts.push(`tags +${c.tags_added.join(' +')}`);
  if (c.tags_removed.length) parts.push(`tags -${c.tags_removed.join(' -')}`);
  if (parts.length === 0 && c.edited) parts.push('edited');
  return parts;
}

const problem = (d: Diagnostic) => `${d.file}:${d.line} ${d.severity} ${d.rule}: ${d.message}`;

export function renderDiffText(d: SemanticDiff, directions: Directions = {}): string {
  const out: string[] = [`${side(d.from)} → ${side(d.to)}: ${d.files.differing} of ${d.files.compared} files differ`];
  if (isEmptyDiff(d)) return `${out[0]}\nno change in meaning\n`;
  const e = d.experiments;
  if (e.added.length + e.removed.length + e.renamed.length + e.status.length > 0) {
    out.push('', 'Experiments');
    for (const x of e.added) out.push(`  + ${x.experiment_id}  ${x.name}${x.status ? ` (${x.status})` : ''}`);
    for (const x of e.removed) out.push(`  - ${x.experiment_id}  ${x.name}`);
    for (const x of e.renamed) out.push(`  ~ ${x.from} → ${x.to} (renamed)`);
    for (const x of e.status) out.push(`  ~ ${x.experiment_id}: status ${val(x.from)} → ${val(x.to)}`);
  }
  const a = d.artifacts;
  if (a.added.length + a.removed.length + a.moved.length + a.changed.length > 0) {
    out.push('', 'Artifacts');
    for (const x of a.added) out.push(`  + ${x.path}${x.type ? ` (${x.type})` : ''}`);
    for (const x of a.removed) out.push(`  - ${x.path}${x.type ? ` (${x.type})` : ''}`);
    for (const x of a.moved) out.push(`  → ${x.from_path} → ${x.path}${changeParts(x).length ? `: ${changeParts(x).join('; ')}` : ''}`);
    for (const x of a.changed) out.push(`  ~ ${x.path}: ${changeParts(x).join('; ')}`);
  }
  if (d.metrics.length > 0) {
    out.push('', 'Metrics (each experiment\'s latest value; ▲ better, ▼ worse by the metric\'s direction)');
    for (const m of d.metrics) {
      const unit = m.unit ? ` ${m.unit}` : '';
      out.push(`  ${m.experiment_id ?? '(no experiment)'} ${m.metric}: ${num(m.from)} → ${num(m.to)}${unit}${m.delta !== null ? ` (${signed(m.delta)}${mark(m.metric, m.from, m.to, directions)})` : ''}${m.baseline !== null ? `; baseline ${m.baseline}, ${signed(m.vs_baseline)}` : ''}`);
    }
  }
  if (d.problems.appeared.length + d.problems.fixed.length > 0) {
    out.push('', `Problems: ${d.problems.appeared.length} appeared, ${d.problems.fixed.length} fixed`);
    for (const p of d.problems.appeared) out.push(`  + ${problem(p)}`);
    for (const p of d.problems.fixed) out.push(`  ✓ ${problem(p)}`);
  }
  return `${out.join('\n')}\n`;
}

/** Markdown table cell: pipes escaped, new lines flattened. */
const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string) => `\`${s.replace(/`/g, 'ˋ')}\``;

export function renderDiffMarkdown(d: SemanticDiff, directions: Directions = {}): string {
  const out: string[] = [`### What changed: ${cell(side(d.from))} → ${cell(side(d.to))}`, '', `${d.files.differing} of ${d.files.compared} files differ.`];
  if (isEmptyDiff(d)) return `${out.join('\n')} No change in meaning.\n`;
  const e = d.experiments;
  if (e.added.length + e.removed.length + e.renamed.length + e.status.length > 0) {
    out.push('', '#### Experiments', '', '| experiment | change |', '|---|---|');
    for (const x of e.added) out.push(`| ${code(x.experiment_id)} | added${x.status ? ` (${cell(x.status)})` : ''} |`);
    for (const x of e.removed) out.push(`| ${code(x.experiment_id)} | removed |`);
    for (const x of e.renamed) out.push(`| ${code(x.to)} | renamed from ${code(x.from)} |`);
    for (const x of e.status) out.push(`| ${code(x.experiment_id)} | status ${cell(val(x.from))} → **${cell(val(x.to))}** |`);
  }
  const a = d.artifacts;
  if (a.added.length + a.removed.length + a.moved.length + a.changed.length > 0) {
    out.push('', '#### Artifacts', '', '| artifact | change |', '|---|---|');
    for (const x of a.added) out.push(`| ${code(x.path)} | added${x.type ? ` (${cell(x.type)})` : ''} |`);
    for (const x of a.removed) out.push(`| ${code(x.path)} | removed |`);
    for (const x of a.moved) out.push(`| ${code(x.path)} | moved from ${code(x.from_path ?? '')}${changeParts(x).length ? `; ${cell(changeParts(x).join('; '))}` : ''} |`);
    for (const x of a.changed) out.push(`| ${code(x.path)} | ${cell(changeParts(x).join('; '))} |`);
  }
  if (d.metrics.length > 0) {
    out.push('', '#### Metrics', '', '| experiment | metric | before | after | Δ | baseline | Δ baseline |', '|---|---|---:|---:|---:|---:|---:|');
    for (const m of d.metrics) out.push(`| ${code(m.experiment_id ?? '')} | ${cell(m.metric)} | ${num(m.from)} | ${num(m.to)}${m.unit ? ` ${cell(m.unit)}` : ''} | ${signed(m.delta)}${mark(m.metric, m.from, m.to, directions)} | ${num(m.baseline)} | ${signed(m.vs_baseline)} |`);
  }
  if (d.problems.appeared.length + d.problems.fixed.length > 0) {
    out.push('', `#### Problems: ${d.problems.appeared.length} appeared, ${d.problems.fixed.length} fixed`, '', '| | file | rule | message |', '|---|---|---|---|');
    for (const p of d.problems.appeared) out.push(`| ❌ new | ${code(`${p.file}:${p.line}`)} | ${cell(p.rule)} | ${cell(p.message)} |`);
    for (const p of d.problems.fixed) out.push(`| ✅ fixed | ${code(p.file)} | ${cell(p.rule)} | ${cell(p.message)} |`);
  }
  return `${out.join('\n')}\n`;
}
