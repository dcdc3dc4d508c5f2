import { SLUG_MAX, slugify } from '../artifacts/layout.ts';
import { UsageError } from '../errors.ts';

/**
 * Whether a name's camelCase words are split into words: only in a name of one word
 * (`perspectiveCorrection` is perspective-correction), not in words of a sentence, where a capital
 * inside a word belongs to a name (`ResNet50 run` is resnet50-run, not res-net50-run).
 */
function splitsCamel(text: string): boolean {
  return !/\s/.test(text.trim());
}

/**
 * The name part of an experiment id (`YYYYMMDD_HHMMSS_<slug>`): lowercase ASCII letters, digits and
 * underscores, from free text (spaces, capitals, punctuation, accents). Throws a UsageError when
 * nothing usable is left.
 */
export function experimentSlug(name: string): string {
  const slug = slugify(name, SLUG_MAX, splitsCamel(name)).replace(/-/g, '_');
  if (slug === '') {
    throw new UsageError(`the name "${name}" leaves nothing for the experiment id: it needs Latin letters or digits (accents are dropped, other scripts cannot be spelt in a-z)`, 'add a short Latin-letter name, e.g. etk new experiment "receipt layout (レシート)"');
  }
  return slug;
}

/** The file-name slug of an artifact title (lowercase letters, digits, hyphens; at most 50). */
export function artifactSlug(title: string): string {
  const slug = slugify(title, SLUG_MAX, splitsCamel(title));
  if (slug === '') {
    throw new UsageError(`the title "${title}" leaves nothing for the file name: it needs Latin letters or digits (accents are dropped, other scripts cannot be spelt in a-z)`, 'add a few Latin-letter words to the title; the title itself is kept as you wrote it');
  }
  return slug;
}

/** A tag as EDS wants it (`^[a-z0-9-]+$`), or '' when nothing usable is left. */
export function normalizeTag(tag: string): string {
  return slugify(tag, Number.MAX_SAFE_INTEGER);
}

/** Tags normalized and deduplicated, first occurrence first; unusable tags are reported, not kept. */
export function normalizeTags(tags: readonly string[]): { tags: string[]; unusable: string[] } {
  const out: string[] = [];
  const unusable: string[] = [];
  for (const t of tags) {
    const n = normalizeTag(t);
    if (n === '') unusable.push(t);
    else if (!out.includes(n)) out.push(n);
  }
  return { tags: out, unusable };
}
