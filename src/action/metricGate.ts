import type { EtkConfig } from '../config/loadConfig.ts';
import { metricDirection, metricVerdict, type MetricDirection, type MetricVerdict } from './metricVerdict.ts';
import { allowedWorsening, toleranceOf, toleranceText, type Tolerance } from './tolerance.ts';

/**
 * The metric gate, pure: a changed report's metric against its references (the baseline, the same
 * experiment's previous report on the base), each judged by the metric's direction and tolerance.
 * `etk ci check --gate`, the check action and `etk diff --gate` call `metricGate` with the same
 * inputs and so give the same verdict.
 */

/** What a metric is compared with. */
export interface MetricReference {
  /** `baseline`: the report's declared baseline value, or its baseline experiment's latest report; `previous`: the same experiment's latest report on the base. */
  kind: 'baseline' | 'previous';
  value: number;
  /** Where the value comes from: `declared` (the report's own `baseline`), or the path of the report holding it. */
  from: string;
}

/** One metric of a changed report (the head side). */
export interface HeadMetric {
  file: string;
  /** Line of the metric in the file (for the annotation). */
  line: number;
  metric: string;
  value: number | null;
  unit: string | null;
}

/** How a metric fares against one reference. */
export type GateOutcome = 'pass' | 'within tolerance' | 'fail';

export interface ReferenceCheck extends MetricReference {
  /** value − reference. */
  delta: number;
  /** delta as a percentage of |reference| (null when the reference is 0). */
  deltaPercent: number | null;
  /** How much it may get worse against this reference (the tolerance, in the metric's unit). */
  allowed: number;
  verdict: MetricVerdict;
  outcome: GateOutcome;
}

export interface MetricGateVerdict extends HeadMetric {
  direction: MetricDirection;
  tolerance: Tolerance;
  /** One per reference with a number, baseline first. */
  checks: ReferenceCheck[];
  /** The worst of the checks; `no reference` when there is nothing to compare with (or no value). */
  outcome: GateOutcome | 'no reference';
}

/** The settings the gate reads: directions and tolerances (`metrics` of etk.config.json). */
export type GateSettings = Pick<EtkConfig, 'metrics' | 'tolerances'>;

/** Key of a metric in the references map. */
export const metricKey = (file: string, metric: string): string => `${file}\u0000${metric}`;

const RANK: Record<GateOutcome, number> = { pass: 0, 'within tolerance': 1, fail: 2 };

/** One check of a value against a reference. */
export function checkAgainst(value: number, ref: MetricReference, direction: MetricDirection, tolerance: Tolerance): ReferenceCheck {
  const delta = value - ref.value;
  const verdict = metricVerdict(value, ref.value, direction)!;
  const allowed = allowedWorsening(tolerance, ref.value);
  const worseBy = direction === 'higher' ? -delta : delta;
  // Equal to float noise is within: 0.5% of 0.9 is 0.0045, and 0.9 − 0.8955 must not fail on rounding.
  const noise = 1e-9 * Math.max(Math.abs(value), Math.abs(ref.value), 1e-300);
  const outcome: GateOutcome = verdict !== 'regression' ? 'pass' : worseBy <= allowed + noise ? 'within tolerance' : 'fail';
  return { ...ref, delta, deltaPercent: ref.value !== 0 ? (delta / Math.abs(ref.value)) * 100 : null, allowed, verdict, outcome };
}

/**
 * The verdict of every head metric: against each of its references (`references`, by metricKey),
 * by its direction (configured, else by name) and tolerance (its own, else `"*"`'s, else 0).
 */
export function metricGate(head: readonly HeadMetric[], references: ReadonlyMap<string, readonly MetricReference[]>, settings: GateSettings): MetricGateVerdict[] {
  return head.map((m) => {
    const direction = metricDirection(m.metric, settings.metrics);
    const tolerance = toleranceOf(m.metric, settings.tolerances);
    const refs = [...(references.get(metricKey(m.file, m.metric)) ?? [])].filter((r) => Number.isFinite(r.value)).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'baseline' ? -1 : 1));
    const checks = m.value === null || !Number.isFinite(m.value) ? [] : refs.map((r) => checkAgainst(m.value!, r, direction, tolerance));
    const outcome = checks.length === 0 ? 'no reference' : checks.reduce<GateOutcome>((w, c) => (RANK[c.outcome] > RANK[w] ? c.outcome : w), 'pass');
    return { ...m, direction, tolerance, checks, outcome };
  });
}

/** Whether the gate fails: some metric worse than a reference beyond its tolerance. */
export function gateFails(verdicts: readonly MetricGateVerdict[]): boolean {
  return verdicts.some((v) => v.outcome === 'fail');
}

/** A readable number: no float noise (0.06000000000000005 -> 0.06). */
export function num(n: number): string {
  return String(Number(n.toPrecision(6)));
}

const signed = (n: number) => `${n >= 0 ? '+' : ''}${num(n)}`;
export const signedPercent = (p: number | null) => (p === null ? '' : `${p >= 0 ? '+' : ''}${(Math.round(p * 10) / 10).toFixed(1)}%`);

/** What a reference is, in words: `its baseline (declared)`, `the previous report <path>`. */
export function referenceText(c: MetricReference): string {
  if (c.kind === 'previous') return `the previous report ${c.from}`;
  return c.from === 'declared' ? 'its declared baseline' : `its baseline ${c.from}`;
}

/**
 * One sentence per verdict, for an annotation at the metric's line: the value, the reference, the
 * delta and the tolerance of the check that decided.
 */
export function gateMessage(v: MetricGateVerdict): string {
  if (v.outcome === 'no reference') return `${v.metric} ${v.value === null ? 'has no number' : num(v.value)}: nothing to compare it with`;
  const decisive = v.checks.reduce((w, c) => (RANK[c.outcome] > RANK[w.outcome] ? c : w), v.checks[0]!);
  const unit = v.unit ? ` ${v.unit}` : '';
  const tol = `tolerance ${toleranceText(v.tolerance)}${v.tolerance.kind === 'relative' ? ` = ${num(decisive.allowed)}${unit}` : ''}`;
  const delta = `Δ ${signed(decisive.delta)}${unit}${decisive.deltaPercent !== null ? ` (${signedPercent(decisive.deltaPercent)})` : ''}`;
  const head = `${v.metric} ${num(v.value!)}${unit} against ${num(decisive.value)}${unit}, ${referenceText(decisive)}: ${delta}, ${tol}, ${v.direction} is better`;
  if (decisive.outcome === 'fail') return `${head}: worse beyond the tolerance`;
  if (decisive.outcome === 'within tolerance') return `${head}: worse, within the tolerance`;
  return `${head}: ${decisive.verdict}`;
}
