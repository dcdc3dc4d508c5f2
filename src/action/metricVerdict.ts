/** Which way a metric is better: `higher` (accuracy, hmean, f1, recall …) or `lower` (latency, loss, error …). */
export type MetricDirection = 'higher' | 'lower';

/** What a changed value means, from the numbers and the metric's direction. */
export type MetricVerdict = 'improvement' | 'regression' | 'no change';

/** Words in a metric's name that make lower the better direction (unless the config says otherwise). */
export const LOWER_IS_BETTER = ['latency', 'time', 'duration', 'error', 'err', 'loss', 'cer', 'wer', 'fpr', 'mae', 'mse', 'rmse', 'memory', 'size'] as const;

/** Longer words also match inside a word (`runtime`, `errors`, `filesize`); short ones (`err`, `cer`, `mae` …) only as a word of their own. */
const MIN_INSIDE = 4;

/** The words of a metric name: `latency_ms` -> latency, ms; `valLoss` -> val, loss; `p95-time` -> p95, time. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** The default direction of a metric by its name: lower for the names of LOWER_IS_BETTER, else higher. */
export function defaultDirection(name: string): MetricDirection {
  for (const w of words(name)) {
    for (const k of LOWER_IS_BETTER) {
      if (w === k) return 'lower';
      if (k.length >= MIN_INSIDE && (w.startsWith(k) || w.endsWith(k))) return 'lower';
    }
  }
  return 'higher';
}

/** A metric's direction: the configured one (`metrics: {<name>: {direction}}`), else the default by name. */
export function metricDirection(name: string, configured: Readonly<Record<string, MetricDirection>> = {}): MetricDirection {
  return Object.hasOwn(configured, name) ? configured[name]! : defaultDirection(name);
}

/**
 * The verdict of a value against its baseline: better in the metric's direction is an improvement,
 * worse a regression, equal (to float noise) no change; null without both numbers.
 */
export function metricVerdict(value: number | null, baseline: number | null, direction: MetricDirection): MetricVerdict | null {
  if (value === null || baseline === null || !Number.isFinite(value) || !Number.isFinite(baseline)) return null;
  const delta = value - baseline;
  if (Math.abs(delta) <= 1e-12 * Math.max(Math.abs(value), Math.abs(baseline))) return 'no change';
  return (delta > 0) === (direction === 'higher') ? 'improvement' : 'regression';
}
