import profile from '../../schema/profiles/eds-1.0.json' with { type: 'json' };

/** Where a file sits in the EDS layout. Pure: works on repo-relative POSIX paths. */
export type Placement =
  /** `<root>/<experiment>/README.md`: the experiment's README (its frontmatter, if any, is experiment metadata). */
  | { kind: 'manifest'; experimentDir: string }
  /** `<root>/<experiment>/.metadata/**.md` (not README.md); `folder` is the first folder below .metadata/, null directly in it. */
  | { kind: 'artifact'; experimentDir: string; folder: string | null }
  /**
   * Markdown that is not an EDS artifact: in `<experiment>/{artifacts,outputs,scripts,docs}/`, any other README.md,
   * or (with `known: false`) in another folder of an experiment. Indexed and searchable; no artifact rules.
   */
  | { kind: 'document'; experimentDir: string | null; known: boolean }
  /** Experiment metadata in JSON: `<experiment>/manifest.json`, `<experiment>/.metadata/manifest.json`, `<experiment>/state.json`. */
  | { kind: 'metadata'; experimentDir: string; file: string }
  /** Markdown at an experiment's root other than README.md, or loose in the experiments root: flagged. */
  | { kind: 'misplaced'; experimentDir: string | null }
  /** Not indexed: outside the root, or neither Markdown nor a metadata file. */
  | { kind: 'ignored'; reason: string };

export const EXPERIMENT_ID = /^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$/;

/** The folder rules of a profile (schema/profiles/*.json `layout`). */
export interface LayoutRules {
  metadataFolder: string;
  documentFolders: readonly string[];
  metadataFiles: readonly string[];
}

export const DEFAULT_LAYOUT: LayoutRules = profile.layout;

export function classifyPath(path: string, root: string, layout: LayoutRules = DEFAULT_LAYOUT): Placement {
  const prefix = root === '' || root === '.' ? '' : `${root}/`;
  if (prefix !== '' && !path.startsWith(prefix)) return { kind: 'ignored', reason: `outside the experiments root ${root}/` };
  const parts = path.slice(prefix.length).split('/');
  const base = parts[parts.length - 1]!;
  if (!/\.md$/i.test(base)) {
    if (parts.length >= 2 && layout.metadataFiles.includes(parts.slice(1).join('/'))) return { kind: 'metadata', experimentDir: parts[0]!, file: parts.slice(1).join('/') };
    return { kind: 'ignored', reason: 'not a Markdown or metadata file' };
  }
  if (parts.length === 1) {
    return base === 'README.md' ? { kind: 'document', experimentDir: null, known: true } : { kind: 'misplaced', experimentDir: null };
  }
  const experimentDir = parts[0]!;
  if (parts.length === 2) return base === 'README.md' ? { kind: 'manifest', experimentDir } : { kind: 'misplaced', experimentDir };
  if (base === 'README.md') return { kind: 'document', experimentDir, known: true };
  if (parts[1] === layout.metadataFolder) return { kind: 'artifact', experimentDir, folder: parts.length >= 4 ? parts[2]! : null };
  return { kind: 'document', experimentDir, known: layout.documentFolders.includes(parts[1]!) };
}

export interface ArtifactName {
  date: string;
  time: string;
  /** A known type, or null when none follows the stamp. */
  type: string | null;
  slug: string;
}

export const SLUG_MAX: number = profile.naming.slugMax;

/**
 * Splits `YYYYMMDD_HHMM_{type}_{slug}.md`. The type is matched against the known types (the longest that fits wins,
 * so `assessment_incident_report_x` is type assessment with slug `incident_report_x`); `type: null` when no known
 * type follows the stamp (the slug is then everything after it).
 */
export function parseArtifactName(basename: string, knownTypes: readonly string[]): ArtifactName | null {
  const m = /^(\d{8})_(\d{4})_(.+)\.md$/.exec(basename);
  if (!m) return null;
  const rest = m[3]!;
  const sorted = [...knownTypes].sort((a, b) => b.length - a.length);
  for (const type of sorted) {
    if (rest.startsWith(`${type}_`) && rest.length > type.length + 1) {
      return { date: m[1]!, time: m[2]!, type, slug: rest.slice(type.length + 1) };
    }
  }
  // A known type with no slug, or an empty part: not the shape at all.
  if (knownTypes.includes(rest) || rest.startsWith('_') || rest.endsWith('_')) return null;
  return { date: m[1]!, time: m[2]!, type: null, slug: rest };
}

export const SLUG = new RegExp(profile.naming.slug);

/** What is wrong with a slug, in words, or null when it is fine (`^[a-z0-9]+(-[a-z0-9]+)*$`, at most SLUG_MAX). */
export function slugProblem(slug: string): string | null {
  if (SLUG.test(slug)) return slug.length > SLUG_MAX ? `slug is ${slug.length} characters long (at most ${SLUG_MAX})` : null;
  const why: string[] = [];
  if (/\s/.test(slug)) why.push('spaces');
  if (/^[a-z][a-z0-9]*([A-Z][a-z0-9]*)+$/.test(slug)) why.push('camelCase capitals');
  else if (/[A-Z]/.test(slug)) why.push('capitals');
  if (slug.includes('_')) why.push('underscores');
  if (/[^A-Za-z0-9_\s-]/.test(slug)) why.push('characters other than a-z, 0-9 and -');
  if (slug.includes('--')) why.push('a double hyphen');
  if (/^-|-$/.test(slug)) why.push('a hyphen at its start or end');
  if (why.length === 0) why.push('no letters or digits');
  return `slug "${slug}" has ${why.join(', ')} (use lowercase words joined by single hyphens, e.g. failure-cluster-analysis)`;
}

/** The spec's named bad shapes of a whole file name (its `prohibited_patterns`), or null. */
export function nameStyle(basename: string): string | null {
  const stem = basename.replace(/\.md$/i, '');
  if (/\s/.test(basename)) return 'has spaces';
  if (/^[A-Z0-9_-]+$/.test(stem) && /[A-Z]/.test(stem)) return 'is ALL-CAPS';
  if (/^[A-Z][a-z0-9]+([A-Z][a-z0-9]*)+$/.test(stem)) return 'is PascalCase';
  if (/^[a-z][a-z0-9]*([A-Z][a-z0-9]*)+$/.test(stem)) return 'is camelCase';
  return null;
}

/** `YYYYMMDD_HHMM` from an ISO date-time, in the offset it is written in (what artifact file names use). */
export function artifactStamp(iso: unknown): string | null {
  if (typeof iso !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[1]}${m[2]}${m[3]}_${m[4]}${m[5]}` : null;
}

/** True when YYYYMMDD and HHMM name a real calendar date and time. */
export function isRealDateTime(date: string, time: string): boolean {
  const y = Number(date.slice(0, 4));
  const mo = Number(date.slice(4, 6));
  const d = Number(date.slice(6, 8));
  const h = Number(time.slice(0, 2));
  const mi = Number(time.slice(2, 4));
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  return d <= days;
}

/** Latin letters that NFKD does not decompose into a base letter plus accents. */
const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ł: 'l', Ł: 'L', þ: 'th', Þ: 'TH', ı: 'i', ħ: 'h', Ħ: 'H' };
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** A slug from free text: lowercase ASCII letters, digits and hyphens; accents folded (NFKD, ß -> ss); at most `max` characters. */
export function slugify(text: string, max = SLUG_MAX, splitCamel = true): string {
  const split = splitCamel
    ? text
        // camelCase words split (perspectiveCorrection, HTTPServer); a capital not followed by a lower-case
        // letter stays in its word (ViT-S is vit-s, not vi-t-s). Before letters are spelt out (Œ is Oe).
        .replace(/([a-z0-9])([A-Z][a-z])/g, '$1-$2')
        .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    : text;
  const folded = split
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}
