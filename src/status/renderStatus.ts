import type { ExperimentStatus } from './experimentStatus.ts';

const num = (n: number | null, unit: string | null = null) => (n === null ? '—' : `${Number(n.toPrecision(6))}${unit ? ` ${unit}` : ''}`);
const signed = (n: number) => `${n > 0 ? '+' : ''}${Number(n.toPrecision(6))}`;

function table(rows: string[][], rightAligned: readonly number[]): string[] {
  const width = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((c, i) => (rightAligned.includes(i) ? c.padStart(width[i]!) : c.padEnd(width[i]!))).join('  ').trimEnd());
}

/** `etk status <id>` for people: a few labelled lines, the latest metrics against their baseline, and the open problems. */
export function renderExperimentStatus(s: ExperimentStatus, maxProblems = 10): string {
  const out: string[] = [`${s.experiment_id}  ${s.name}`];
  const field = (label: string, value: string) => out.push(`  ${label.padEnd(10)} ${value}`);
  field('status', s.status ?? '(no metadata)');
  if (s.phase) field('phase', s.phase);
  if (s.description) field('about', s.description);
  field('created', s.created ?? '—');
  field('updated', `${s.updated ?? '—'}${s.last_activity ? `  (last change to any file: ${s.last_activity} UTC)` : ''}`);
  if (s.tags.length > 0) field('tags', s.tags.join(', '));
  const types = Object.entries(s.artifacts.by_type).map(([t, n]) => `${n} ${t}${n === 1 ? '' : 's'}`);
  field('artifacts', s.artifacts.total === 0 ? 'none yet (etk new <type> "<title>")' : `${s.artifacts.total}: ${types.join(', ')}`);
  if (s.manifest) field('manifest', s.manifest);
  if (s.metadata_sources.length > 0) field('metadata', s.metadata_sources.join(', '));

  out.push('');
  if (s.metrics.length === 0) out.push('  metrics: none reported yet');
  else {
    out.push('  latest metrics');
    const rows = [['metric', 'value', 'baseline', 'change', ''], ...s.metrics.map((m) => [m.name, num(m.value, m.unit), num(m.baseline), m.change === null ? '' : signed(m.change), m.change_pct === null ? '' : `(${signed(m.change_pct)}%)`])];
    for (const line of table(rows, [1, 2, 3])) out.push(`    ${line}`);
  }

  out.push('');
  const { errors, warnings, items } = s.problems;
  if (items.length === 0) out.push('  problems: none');
  else {
    out.push(`  problems: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
    for (const p of items.slice(0, maxProblems)) out.push(`    ${p.file}:${p.line}:${p.column}  ${p.severity.padEnd(7)}  ${p.message}  ${p.rule}`);
    if (items.length > maxProblems) out.push(`    ... and ${items.length - maxProblems} more: etk validate ${s.manifest ? s.manifest.replace(/\/README\.md$/, '') : s.experiment_id}`);
  }
  return `${out.join('\n')}\n`;
}
