import type { Diagnostic } from '../artifacts/diagnostic.ts';
import { ANNOTATIONS_PER_SEVERITY } from './pickAnnotations.ts';
import type { MetricComparison } from './reportMetrics.ts';
import type { CheckResult } from './runCheck.ts';
import { plural } from '../util/plural.ts';

/** GitHub refuses a step summary over 1 MiB; the problem and metric tables stop well before that. */
export const SUMMARY_TABLE_BUDGET = 800_000;

export interface SummaryOptions {
  /** Prefix of a link to a file at the checked commit (`https://github.com/o/r/blob/<sha>/`), if any. */
  blobUrl?: string | undefined;
  /** Annotations were emitted (the GitHub action): say which problems were marked on the diff. */
  annotated?: boolean;
  budget?: number;
}


/**
 * Text safe inside a Markdown table cell: no HTML, no cell breaks, and no Markdown of its own (text
 * from the files, e.g. `![x](https://...)` in a value quoted by a message, shows as typed instead
 * of becoming an image or a link).
 */
export function cell(s: string): string {
  return s
    // Underscores inside words (paths, ids) never emphasise in GFM and stay as they are.
    .replace(/[\\`*[\]!~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

function code(s: string): string {
  return `<code>${cell(s)}</code>`;
}

/** A readable number: no float noise (0.06000000000000005 -> 0.06). */
export function num(n: number): string {
  return String(Number(n.toPrecision(6)));
}

function fileUrl(file: string, line: number | null, blobUrl: string): string {
  return `${blobUrl}${file.split('/').map(encodeURIComponent).join('/')}${line !== null ? `#L${line}` : ''}`;
}

function fileLink(file: string, line: number | null, blobUrl: string | undefined): string {
  return blobUrl ? `[${code(file)}](${fileUrl(file, line, blobUrl)})` : code(file);
}

export function headline(r: Pick<CheckResult, 'errors' | 'warnings' | 'checked' | 'mode' | 'diagnostics'>): string {
  const what = r.mode === 'changed' ? plural(r.checked, 'changed artifact') : plural(r.checked, 'artifact');
  if (r.errors === 0 && r.warnings === 0) return r.checked === 0 ? 'no artifact to check' : `${what} checked, no problems`;
  const files = new Set(r.diagnostics.map((d) => d.file)).size;
  return `${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')} in ${files} of ${what}`;
}

function problemRow(d: Diagnostic, blobUrl: string | undefined): string {
  const sev = d.severity === 'error' ? '❌ error' : '⚠️ warning';
  const message = cell(d.message) + (d.hint ? `<br>fix: ${cell(d.hint)}` : '');
  return `| ${fileLink(d.file, d.line, blobUrl)} | ${d.line}:${d.column} | ${sev} | ${code(d.rule)} | ${message} |`;
}

function metricRow(m: MetricComparison, blobUrl: string | undefined): string {
  const unit = m.unit ? ` ${cell(m.unit)}` : '';
  const value = m.value === null ? '—' : `${num(m.value)}${unit}`;
  let baseline = '—';
  let change = '—';
  if (m.baseline !== null) {
    const exp = code(m.baselineExperiment ?? 'baseline');
    const from = m.baselineFrom === 'declared' ? 'declared' : `latest of ${blobUrl ? `[${exp}](${fileUrl(m.baselineFrom!, null, blobUrl)})` : exp}`;
    baseline = `${num(m.baseline)}${unit} (${from})`;
    if (m.value !== null) {
      const delta = m.value - m.baseline;
      const pct = m.baseline !== 0 ? ` (${delta >= 0 ? '+' : ''}${(Math.round((delta / Math.abs(m.baseline)) * 1000) / 10).toFixed(1)}%)` : '';
      change = `${delta >= 0 ? '+' : ''}${num(delta)}${pct}`;
    }
  } else if (m.baselineExperiment !== null) baseline = `— (${cell(m.baselineExperiment)} has no ${cell(m.metric)})`;
  const verdict = m.verdict === null ? '—' : `${m.verdict} (${m.direction} is better)`;
  return `| ${fileLink(m.file, null, blobUrl)} | ${code(m.metric)} | ${value} | ${baseline} | ${change} | ${verdict} | ${m.comparison ? cell(m.comparison) : '—'} |`;
}

/** The job summary of the check: verdict, what was compared, every problem, and the changed reports' metrics. */
export function renderCheckSummary(r: CheckResult, options: SummaryOptions = {}): string {
  const budget = options.budget ?? SUMMARY_TABLE_BUDGET;
  const failed = r.errors > 0 ? '✖' : r.warnings > 0 ? '⚠' : '✔';
  const out: string[] = [`## etk check: ${failed} ${headline(r)}`, ''];
  // Both tables share one budget, so the summary stays under GitHub's 1 MiB.
  let size = 0;
  if (r.resolution && r.resolution.changes !== null) out.push(`Changed artifacts: ${cell(r.resolution.note)}.`, '');
  if (r.mode === 'all' && r.notes.length === 0) out.push('Every artifact under the experiments root was checked (mode: all).', '');
  for (const n of r.notes) out.push(`> **Note:** ${cell(n)}.`, '');
  for (const n of r.validateNotes) out.push(`> **${n.level === 'error' ? 'Error' : 'Note'}:** ${code(n.path)}: ${cell(n.message)}.`, '');

  if (r.diagnostics.length > 0) {
    out.push('### Problems', '');
    const errors = r.errors;
    const warnings = r.warnings;
    if (options.annotated && (errors > ANNOTATIONS_PER_SEVERITY || warnings > ANNOTATIONS_PER_SEVERITY)) {
      out.push(`GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} errors and ${ANNOTATIONS_PER_SEVERITY} warnings of a step on the diff: the most important are annotated there; all ${r.diagnostics.length} are listed here.`, '');
    }
    out.push('| File | Line | Severity | Rule | Problem |', '|---|---:|---|---|---|');
    let shown = 0;
    for (const d of r.diagnostics) {
      const row = problemRow(d, options.blobUrl);
      size += Buffer.byteLength(row) + 1;
      if (size > budget) break;
      out.push(row);
      shown++;
    }
    if (shown < r.diagnostics.length) out.push('', `… and ${plural(r.diagnostics.length - shown, 'more problem')}, not shown here (a job summary holds at most 1 MiB): the step's log lists every one.`);
    out.push('');
  }

  if (r.metrics.length > 0) {
    out.push('### Metrics of the changed reports', '', 'Each metric\'s verdict comes from its change and which way it is better (the `metrics` key of etk.config.json, else by its name: latency, time, error, loss … lower; others higher); the report\'s own `comparison` is shown beside it.', '', '| Report | Metric | Value | Baseline | Change | Verdict | Report says |', '|---|---|---:|---|---:|---|---|');
    let shown = 0;
    for (const m of r.metrics) {
      const row = metricRow(m, options.blobUrl);
      size += Buffer.byteLength(row) + 1;
      if (size > budget) break;
      out.push(row);
      shown++;
    }
    if (shown < r.metrics.length) out.push('', `… and ${plural(r.metrics.length - shown, 'more metric')}, not shown here (a job summary holds at most 1 MiB): \`etk ci check --format json\` lists every one.`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
