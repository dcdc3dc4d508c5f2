import { SLUG, SLUG_MAX, artifactStamp, isRealDateTime, parseArtifactName, slugify } from './layout.ts';

/** parseArtifactName, and a known type written in other case (`Guide_how_to` is guide + how_to). */
function parseName(name: string, knownTypes: readonly string[]) {
  const parsed = parseArtifactName(name, knownTypes);
  if (parsed === null || parsed.type !== null) return parsed;
  const rest = parsed.slug;
  const type = [...knownTypes].sort((a, b) => b.length - a.length).find((t) => rest.toLowerCase().startsWith(`${t}_`) && rest.length > t.length + 1);
  if (type !== undefined) return { ...parsed, type, slug: rest.slice(type.length + 1) };
  // An unknown word before the last underscore ("rep_x", "Report_x") is taken for a misspelt type.
  const cut = rest.lastIndexOf('_');
  return cut > 0 && cut < rest.length - 1 ? { ...parsed, slug: rest.slice(cut + 1) } : parsed;
}

/**
 * The EDS name of an artifact whose file name is wrong, or null when it is right or the fix is not
 * unambiguous. Only the wrong parts change: a valid date and time stay, a slug is re-slugged from
 * its own words (`Baseline Quality` -> `baseline-quality`); what the name lacks comes from the
 * frontmatter (the date and time of `created`, `type`, the title). A name whose type disagrees with
 * `type` keeps its type: which of the two is wrong is for a person to say.
 */
export function fixedFileName(name: string, data: Record<string, unknown>, title: string, knownTypes: readonly string[]): string | null {
  const type = typeof data.type === 'string' && knownTypes.includes(data.type) && data.type !== 'experiment_manifest' ? data.type : null;
  const parsed = /\.md$/.test(name) ? parseName(name, knownTypes) : null;
  const fromCreated = artifactStamp(data.created);
  if (parsed) {
    const dateOk = isRealDateTime(parsed.date, parsed.time);
    const slugOk = SLUG.test(parsed.slug) && parsed.slug.length <= SLUG_MAX;
    const typeKnown = parsed.type !== null;
    if (dateOk && slugOk && typeKnown && `${parsed.date}_${parsed.time}_${parsed.type}_${parsed.slug}.md` === name) return null;
    const stamp = dateOk ? `${parsed.date}_${parsed.time}` : fromCreated;
    // An unknown type in the name ("Report", "rep") is the frontmatter's type misspelt.
    const nameType = typeKnown ? parsed.type : type;
    const slug = slugify(parsed.slug) || slugify(title);
    if (stamp === null || nameType === null || slug === '') return null;
    const fixed = `${stamp}_${nameType}_${slug}.md`;
    return fixed === name ? null : fixed;
  }
  const slug = slugify(title);
  if (fromCreated === null || type === null || slug === '') return null;
  return `${fromCreated}_${type}_${slug}.md`;
}
