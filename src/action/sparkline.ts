const BARS = '▁▂▃▄▅▆▇█';

/**
 * A Unicode sparkline of a series (GitHub comments take no images from data URIs): one bar per
 * value, scaled between the series' lowest and highest; a flat series is a row of middle bars.
 * At most `width` values, the latest.
 */
export function sparkline(values: readonly number[], width = 20): string {
  const v = values.filter(Number.isFinite).slice(-width);
  if (v.length === 0) return '';
  const lo = Math.min(...v);
  const hi = Math.max(...v);
  if (hi - lo <= 1e-12 * Math.max(Math.abs(hi), Math.abs(lo), 1)) return BARS[3]!.repeat(v.length);
  return v.map((x) => BARS[Math.min(BARS.length - 1, Math.round(((x - lo) / (hi - lo)) * (BARS.length - 1)))]!).join('');
}
