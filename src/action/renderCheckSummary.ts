import type { Diagnostic } from '../artifacts/diagnostic.ts';
import { ANNOTATIONS_PER_SEVERITY } from './pickAnnotations.ts';
import type { MetricComparison } from './reportMetrics.ts';
import type { CheckResult } from './runCheck.ts';
import { plural } from '../util/plural.ts';
import { metricKey, num, signedPercent, type MetricGateVerdict, type ReferenceCheck } from './metricGate.ts';
import { toleranceText } from './tolerance.ts';
import { sparkline } from './sparkline.ts';

/** GitHub refuses a step summary over 1 MiB (bytes); the tables stop well before that. */
export const SUMMARY_LIMIT = 1024 * 1024;
export const SUMMARY_TABLE_BUDGET = 800_000;
/** GitHub refuses an issue or pull-request comment over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
export const COMMENT_TABLE_BUDGET = 60_000;

export interface SummaryOptions {
  /** Prefix of a link to a file at the checked commit (`https://github.com/o/r/blob/<sha>/`), if any. */
  blobUrl?: string | undefined;
  /** Annotations were emitted (the GitHub action): say which problems were marked on the diff. */
  annotated?: boolean;
  /** Bytes the tables may take together (default: the target's). */
  budget?: number;
  /** Where the Markdown goes: the job summary (1 MiB) or the pull request's comment (65,536 characters). */
  target?: 'summary' | 'comment';
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

export { num };

/** A path segment for a Markdown link's destination: encodeURIComponent leaves ( ) ! ' * as they are, and an unbalanced ) ends the link. */
const segment = (s: string) => encodeURIComponent(s).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function fileUrl(file: string, line: number | null, blobUrl: string): string {
  return `${blobUrl}${file.split('/').map(segment).join('/')}${line !== null ? `#L${line}` : ''}`;
}

function fileLink(file: string, line: number | null, blobUrl: string | undefined): string {
  return blobUrl ? `[${code(file)}](${fileUrl(file, line, blobUrl)})` : code(file);
}

type HeadlineFacts = Pick<CheckResult, 'errors' | 'warnings' | 'checked' | 'mode' | 'diagnostics'> & Partial<Pick<CheckResult, 'problemBase' | 'added' | 'existing' | 'fixed' | 'newErrors' | 'newWarnings'>>;

/**
 * One line for the whole check. With a base, it counts the new problems and says how many were
 * already there and how many the change fixed; without one, every problem is counted.
 */
export function headline(r: HeadlineFacts): string {
  const what = r.mode === 'changed' ? plural(r.checked, 'changed artifact') : plural(r.checked, 'artifact');
  const fixed = r.fixed && r.fixed.length > 0 ? `${plural(r.fixed.length, 'problem')} fixed` : '';
  if (r.problemBase && r.added && r.existing) {
    const already = r.existing.length > 0 ? `${plural(r.existing.length, 'problem')} ${r.existing.length === 1 ? 'was' : 'were'} already there` : '';
    const tail = [already, fixed].filter((t) => t !== '').join(', ');
    if (r.added.length === 0) return r.checked === 0 && tail === '' ? 'no artifact to check' : `${what} checked, no new problems${tail ? `; ${tail}` : ''}`;
    const files = new Set(r.added.map((d) => d.file)).size;
    return `${plural(r.newErrors ?? 0, 'new error')}, ${plural(r.newWarnings ?? 0, 'new warning')} in ${files} of ${what}${tail ? `; ${tail}` : ''}`;
  }
  if (r.errors === 0 && r.warnings === 0) return r.checked === 0 ? 'no artifact to check' : `${what} checked, no problems${fixed ? `; ${fixed}` : ''}`;
  const files = new Set(r.diagnostics.map((d) => d.file)).size;
  return `${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')} in ${files} of ${what}`;
}

/** The mark of the whole check: ✖ failed, ⚠ passed with problems to look at, ✔ clean. */
export function mark(r: Pick<CheckResult, 'failed' | 'errors' | 'warnings'>): '✖' | '⚠' | '✔' {
  if (r.failed) return '✖';
  return r.errors + r.warnings > 0 ? '⚠' : '✔';
}

function problemRow(d: Diagnostic, blobUrl: string | undefined): string {
  const sev = d.severity === 'error' ? '❌ error' : '⚠️ warning';
  const message = cell(d.message) + (d.hint ? `<br>fix: ${cell(d.hint)}` : '');
  return `| ${fileLink(d.file, d.line, blobUrl)} | ${d.line}:${d.column} | ${sev} | ${code(d.rule)} | ${message} |`;
}

function referenceCell(c: ReferenceCheck, m: MetricComparison | undefined, blobUrl: string | undefined): string {
  if (c.kind === 'previous') return `previous: ${fileLink(c.from, null, blobUrl)}`;
  if (c.from === 'declared') return 'baseline (declared)';
  const exp = code(m?.baselineExperiment ?? 'baseline');
  return `baseline: latest of ${blobUrl ? `[${exp}](${fileUrl(c.from, null, blobUrl)})` : exp}`;
}

function gateCell(c: ReferenceCheck, v: MetricGateVerdict): string {
  const tol = toleranceText(v.tolerance);
  if (c.outcome === 'fail') return `✖ worse beyond ${tol}`;
  if (c.outcome === 'within tolerance') return `≈ worse, within ${tol}`;
  return c.verdict === 'no change' ? '✔ same' : '✔ better';
}

/** Rows of one metric: one per reference it is compared with (the history on the first). */
function metricRows(v: MetricGateVerdict, m: MetricComparison | undefined, history: readonly number[] | undefined, blobUrl: string | undefined): string[] {
  const unit = v.unit ? ` ${cell(v.unit)}` : '';
  const value = v.value === null ? '—' : `${num(v.value)}${unit}`;
  const trend = history && history.length >= 2 ? `${sparkline(history)} ${num(Math.min(...history))}–${num(Math.max(...history))}` : '—';
  const lead = `| ${fileLink(v.file, v.line, blobUrl)} | ${code(v.metric)} |`;
  if (v.checks.length === 0) {
    const why = m && m.baseline === null && m.baselineExperiment !== null ? `— (${cell(m.baselineExperiment)} has no ${cell(v.metric)})` : '—';
    return [`${lead} ${why} | — → ${value} | — | — | — | — | ${trend} |`];
  }
  return v.checks.map((c, i) => {
    const delta = `${c.delta >= 0 ? '+' : ''}${num(c.delta)}`;
    return `${lead} ${referenceCell(c, m, blobUrl)} | ${num(c.value)}${unit} → ${value} | ${delta} | ${signedPercent(c.deltaPercent) || '—'} | ${c.verdict} (${v.direction} is better) | ${gateCell(c, v)} | ${i === 0 ? trend : ''} |`;
  });
}

/** Rows appended while the budget lasts; the rest counted. */
class Budget {
  constructor(public left: number) {}
  take(out: string[], rows: readonly string[]): number {
    let shown = 0;
    for (const row of rows) {
      const size = Buffer.byteLength(row) + 1;
      if (size > this.left) break;
      this.left -= size;
      out.push(row);
      shown++;
    }
    return rows.length - shown;
  }
}

/**
 * The Markdown of the check, for the job summary and the pull request's comment alike: the verdict,
 * what was compared, the changed experiments, the changed reports' metrics (old → new, Δ, Δ %, the
 * verdict by direction, the gate, a sparkline of the metric's history), the new problems, the fixed
 * ones, and those already there. Tables stop at the target's size limit with an "n more" line.
 */
export function renderCheckSummary(r: CheckResult, options: SummaryOptions = {}): string {
  const target = options.target ?? 'summary';
  const limit = target === 'comment' ? COMMENT_LIMIT : SUMMARY_LIMIT;
  const budget = new Budget(options.budget ?? (target === 'comment' ? COMMENT_TABLE_BUDGET : SUMMARY_TABLE_BUDGET));
  const holds = target === 'comment' ? 'a comment holds at most 65,536 characters' : 'a job summary holds at most 1 MiB';
  const everyOne = target === 'comment' ? "the check's job summary and log list every one" : "the step's log lists every one";
  const out: string[] = [`## etk check: ${mark(r)} ${headline(r)}`, ''];
  if (r.resolution && r.resolution.changes !== null) out.push(`Changed artifacts: ${cell(r.resolution.note)}.`, '');
  if (r.mode === 'all' && r.notes.length === 0) out.push('Every artifact under the experiments root was checked (mode: all).', '');
  for (const n of r.notes) out.push(`> **Note:** ${cell(n)}.`, '');
  for (const n of r.validateNotes) out.push(`> **${n.level === 'error' ? 'Error' : 'Note'}:** ${code(n.path)}: ${cell(n.message)}.`, '');
  const rule = `fail-on: ${r.failOn}${r.gateOn ? ', metric gate on' : ''}`;
  out.push(r.failed ? `**Failed** (${rule}): ${r.failReasons.map(cell).join('; ')}.` : `**Passed** (${rule}).`, '');

  if (r.experiments.length > 0) {
    out.push(`**Changed experiments (${r.experiments.length}):** ${r.experiments.slice(0, 50).map(code).join(', ')}${r.experiments.length > 50 ? `, and ${r.experiments.length - 50} more` : ''}.`, '');
  }

  if (r.gate.length > 0) {
    out.push('### Metrics of the changed reports', '');
    out.push(`Each metric against its baseline and against the experiment's previous report on the base; the verdict from which way it is better and the gate from its tolerance (the \`metrics\` key of etk.config.json; ${r.gateOn ? 'the gate is on: a metric worse beyond its tolerance fails the check' : 'the gate is off: shown, never failing'}).`, '');
    out.push('| Report | Metric | Against | Old → New | Δ | Δ% | Verdict | Gate | History |', '|---|---|---|---:|---:|---:|---|---|---|');
    const byKey = new Map(r.metrics.map((m) => [metricKey(m.file, m.metric), m]));
    const rows = r.gate.flatMap((v) => metricRows(v, byKey.get(metricKey(v.file, v.metric)), r.history.get(metricKey(v.file, v.metric)), options.blobUrl));
    const more = budget.take(out, rows);
    if (more > 0) out.push('', `… and ${plural(more, 'more metric row')}, not shown here (${holds}): \`etk ci check --format json\` lists every one.`);
    out.push('');
  }

  const problemTable = (title: string, list: readonly Diagnostic[], intro: string[] = []) => {
    if (title !== '') out.push(title, '');
    out.push(...intro, '| File | Line | Severity | Rule | Problem |', '|---|---:|---|---|---|');
    const more = budget.take(out, list.map((d) => problemRow(d, options.blobUrl)));
    if (more > 0) out.push('', `… and ${plural(more, 'more problem')}, not shown here (${holds}): ${everyOne}.`);
    out.push('');
  };
  const withBase = r.problemBase !== null;
  if (r.added.length > 0) {
    const intro: string[] = [];
    const newErrors = r.added.filter((d) => d.severity === 'error').length;
    if (options.annotated && (newErrors > ANNOTATIONS_PER_SEVERITY || r.added.length - newErrors > ANNOTATIONS_PER_SEVERITY)) {
      intro.push(`GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} errors and ${ANNOTATIONS_PER_SEVERITY} warnings of a step on the diff: the most important are annotated there; all ${r.added.length} are listed here.`, '');
    }
    problemTable(withBase ? `### New problems (${r.added.length})` : '### Problems', r.added, intro);
  }
  if (r.fixed.length > 0) {
    out.push(`### Fixed (${r.fixed.length})`, '', 'On the base and gone now (fixed, or their file removed): progress.', '', '| File | Rule | Problem |', '|---|---|---|');
    const more = budget.take(out, r.fixed.map((d) => `| ${code(d.file)} | ${code(d.rule)} | ${cell(d.message)} |`));
    if (more > 0) out.push('', `… and ${plural(more, 'more fixed problem')}, not shown here (${holds}).`);
    out.push('');
  }
  if (r.existing.length > 0) {
    out.push('<details>', `<summary>${plural(r.existing.length, 'problem')} ${r.existing.length === 1 ? 'was' : 'were'} already there (on the base, not new in this change${r.failOn === 'new-errors' ? ', not failing it' : ''})</summary>`, '');
    problemTable('', r.existing);
    out.push('</details>', '');
  }
  const md = `${out.join('\n')}\n`;
  return Buffer.byteLength(md) <= limit ? md : fitMarkdown(blocks(out), limit, holds);
}

/**
 * The lines as blocks a cut may fall between: paragraphs and tables (split by blank lines), a
 * `<details>` element whole with what it holds.
 */
export function blocks(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let depth = 0;
  for (const line of lines) {
    if (line === '<details>') depth++;
    if (line === '</details>') depth = Math.max(0, depth - 1);
    if (line === '' && depth === 0) {
      if (current.length) out.push(current.join('\n'));
      current = [];
    } else current.push(line);
  }
  if (current.length) out.push(current.join('\n'));
  return out;
}

/**
 * The blocks joined, or when that goes over `limit` (bytes and characters alike), the first blocks
 * that fit and an "n more" line: a cut falls between blocks, so no table row, link or `<details>`
 * element is ever left half written.
 */
export function fitMarkdown(parts: readonly string[], limit: number, holds: string): string {
  const whole = `${parts.join('\n\n')}\n`;
  if (Buffer.byteLength(whole) <= limit) return whole;
  const tail = (n: number) => `… and ${plural(n, 'more part')} of this check (tables, notes), not shown here (${holds}): \`etk ci check --format json\` has everything.`;
  const room = limit - Buffer.byteLength(tail(parts.length)) - 4;
  const kept: string[] = [];
  let used = 0;
  for (const p of parts) {
    const size = Buffer.byteLength(p) + 2;
    if (used + size > room) break;
    kept.push(p);
    used += size;
  }
  return `${[...kept, tail(parts.length - kept.length)].join('\n\n')}\n`;
}
