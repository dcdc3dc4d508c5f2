/**
 * Colours: the Okabe-Ito palette (distinguishable with every common colour-vision deficiency),
 * mid-tones that keep at least 3:1 against both the light and the dark page background.
 */
export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  purple: '#CC79A7',
  skyBlue: '#56B4E9',
  vermillion: '#D55E00',
  yellow: '#F0E442',
} as const;

export const GREY = '#8a8f98';

const STATUS: Record<string, string> = { active: OKABE_ITO.blue, complete: OKABE_ITO.green, deprecated: OKABE_ITO.vermillion };
const SPARE = [OKABE_ITO.orange, OKABE_ITO.purple, OKABE_ITO.skyBlue, OKABE_ITO.yellow];

/** A colour per status: the usual three fixed, custom statuses from the rest of the palette, (none) grey. */
export function statusColor(status: string, all: readonly string[] = []): string {
  const fixed = STATUS[status];
  if (fixed) return fixed;
  if (status === '(none)') return GREY;
  const custom = all.filter((s) => !STATUS[s] && s !== '(none)');
  const i = custom.indexOf(status);
  return SPARE[(i < 0 ? 0 : i) % SPARE.length]!;
}

/** Distinct series colours (lines per experiment), in palette order. */
export const SERIES = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.purple, OKABE_ITO.vermillion, OKABE_ITO.skyBlue, OKABE_ITO.yellow] as const;

/** Heatmap ramp: single-hue (luminance carries the order, which every viewer sees). */
export const HEAT_SCHEME = 'oranges';
