import { escapeData, escapeProperty, renderGithub } from '../cli/render/renderDiagnostics.ts';
import { gateMessage, type MetricGateVerdict } from './metricGate.ts';
import { pickAnnotations } from './pickAnnotations.ts';
import type { CheckResult } from './runCheck.ts';

/** A gate verdict as a workflow command at the metric's line: an error beyond the tolerance, a notice within it. */
export function gateAnnotation(v: MetricGateVerdict): string | null {
  if (v.outcome !== 'fail' && v.outcome !== 'within tolerance') return null;
  const kind = v.outcome === 'fail' ? 'error' : 'notice';
  return `::${kind} file=${escapeProperty(v.file)},line=${v.line},title=${escapeProperty(`etk metric gate: ${v.metric}`)}::${escapeData(gateMessage(v))}`;
}

/**
 * The workflow commands of a check: the most important new problems (problems already on the base
 * are never annotated: they are listed in the summary), and with the gate on, each metric worse
 * than a reference at its line.
 */
export function checkAnnotations(r: Pick<CheckResult, 'added' | 'gate' | 'gateOn'>): string[] {
  const picked = pickAnnotations(r.added);
  const lines = [...picked.errors, ...picked.warnings].length > 0 ? [renderGithub([...picked.errors, ...picked.warnings])] : [];
  if (r.gateOn) for (const v of r.gate) {
    const a = gateAnnotation(v);
    if (a !== null) lines.push(a);
  }
  return lines;
}
