/**
 * How much worse than its reference a metric may get before the metric gate fails: an absolute
 * amount in the metric's unit (`2`), or a share of the reference (`"0.5%"`).
 */
export type Tolerance = { kind: 'absolute'; amount: number } | { kind: 'relative'; percent: number };

export const NO_TOLERANCE: Tolerance = { kind: 'absolute', amount: 0 };

/** A tolerance as the config writes it (the schema has checked the shape: a number ≥ 0 or "<number>%"). */
export function parseTolerance(value: number | string): Tolerance {
  if (typeof value === 'number') return { kind: 'absolute', amount: value };
  return { kind: 'relative', percent: Number(value.trim().replace(/%$/, '')) };
}

/** The tolerance as written: `2`, `0.5%`. */
export function toleranceText(t: Tolerance): string {
  return t.kind === 'absolute' ? String(t.amount) : `${t.percent}%`;
}

/** The amount a metric may get worse by, against this reference value. */
export function allowedWorsening(t: Tolerance, reference: number): number {
  return t.kind === 'absolute' ? t.amount : (Math.abs(reference) * t.percent) / 100;
}

/** A metric's tolerance: its own (`metrics.<name>.tolerance`), else the default (`metrics["*"].tolerance`), else none. */
export function toleranceOf(name: string, tolerances: Readonly<Record<string, Tolerance>>): Tolerance {
  if (Object.hasOwn(tolerances, name)) return tolerances[name]!;
  if (Object.hasOwn(tolerances, '*')) return tolerances['*']!;
  return NO_TOLERANCE;
}
