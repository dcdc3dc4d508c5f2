/**
 * Colours. Two families that never share a colour, so that a colour means one thing on the page:
 *
 * - experiments: saturated hues (the Okabe-Ito palette, distinguishable with every common
 *   colour-vision deficiency, less its sky blue, too near its blue, plus a violet and an olive), one per experiment, the same in every
 *   chart and table swatch (see experimentColors);
 * - statuses: neutral slates, ordered by lightness (active the strongest), always with the status
 *   named next to them; the page's dark mode lightens them (see statusDarkCss).
 *
 * Severities (error, warning) have their own two colours, neither a status nor an experiment one.
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

/** One colour per experiment (cycled when there are more experiments than colours). */
export const EXPERIMENT_COLORS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.purple, OKABE_ITO.vermillion, '#8E6AC8', '#9A8700'] as const;

/** Statuses: slates, light-mode value and the dark-mode one that replaces it. */
const STATUS: Record<string, [string, string]> = {
  active: ['#3b4856', '#e3e8ee'],
  complete: ['#71808f', '#a9b4bf'],
  deprecated: ['#aab3bd', '#66717d'],
};
const NONE: [string, string] = ['#d3d8de', '#454c55'];
/** Custom statuses: warm greys, still no experiment hue. */
const SPARE: [string, string][] = [
  ['#7d6b58', '#c9b8a3'],
  ['#a8927a', '#9a8773'],
  ['#5e5347', '#ddd0c0'],
];

function statusPair(status: string, all: readonly string[]): [string, string] {
  const fixed = STATUS[status];
  if (fixed) return fixed;
  if (status === '(none)') return NONE;
  const custom = all.filter((s) => !STATUS[s] && s !== '(none)');
  const i = custom.indexOf(status);
  return SPARE[(i < 0 ? 0 : i) % SPARE.length]!;
}

/** A colour per status: the usual three fixed, custom statuses warm greys, (none) the palest. Never an experiment colour. */
export function statusColor(status: string, all: readonly string[] = []): string {
  return statusPair(status, all)[0];
}

/**
 * The dark-mode CSS for status colours: charts carry the light colour as a fill attribute, which
 * a CSS rule on [fill=...] overrides; badges take theirs from --c.
 */
export function statusCss(all: readonly string[]): string {
  const list = [...new Set([...Object.keys(STATUS), ...all, '(none)'])];
  const cls = (s: string) => `.s-${s.replace(/[^a-z0-9_-]/gi, '_')}`;
  const light = list.map((s) => `${cls(s)}{--c:${statusPair(s, list)[0]}}`).join('');
  const dark = list
    .map((s) => {
      const [l, d] = statusPair(s, list);
      return `${cls(s)}{--c:${d}}.chart [fill="${l}"]{fill:${d}}[data-c="${l}"]{background:${d}!important}`;
    })
    .join('');
  return `${light}\n@media (prefers-color-scheme:dark){${dark}}`;
}

/** Severity colours of the compliance heatmap (light page; the dark page keeps them, cells carry their own text colour). */
export const SEVERITY = { error: '#C8102E', warning: '#F2B705' } as const;

/** FNV-1a, 32 bits: a stable number for a string, the same on every run and every page. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * One colour per experiment id, for every chart and table of a page. An id prefers the colour its
 * hash picks (so the same experiment keeps its colour on its own page and when others are added);
 * ids are placed in sorted order and one whose colour is taken gets the next free one, so up to
 * EXPERIMENT_COLORS.length experiments never share a colour. Beyond that, colours repeat.
 */
export function experimentColors(ids: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(ids)].sort();
  const n = EXPERIMENT_COLORS.length;
  const out = new Map<string, string>();
  let used = new Set<number>();
  for (const id of sorted) {
    if (used.size === n) used = new Set();
    let slot = hash(id) % n;
    while (used.has(slot)) slot = (slot + 1) % n;
    used.add(slot);
    out.set(id, EXPERIMENT_COLORS[slot]!);
  }
  return out;
}
