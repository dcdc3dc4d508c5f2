import { EXPERIMENT_ID, SLUG_MAX, slugify } from '../artifacts/layout.ts';
import { UsageError } from '../errors.ts';

/**
 * The id an experiment is renamed to: `given` when it is a whole id (YYYYMMDD_HHMMSS_name), else
 * `given` as the new name part after the old id's timestamp. Anything else is a usage error that
 * names a valid spelling. Pure.
 */
export function newExperimentId(oldId: string, given: string): string {
  if (EXPERIMENT_ID.test(given)) return given;
  const stamp = oldId.slice(0, 'YYYYMMDD_HHMMSS'.length);
  if (/^[a-z0-9_]+$/.test(given) && !/^[0-9]{8}_[0-9]{6}(_|$)/.test(given)) return `${stamp}_${given}`;
  const slug = slugify(given.replace(/^[0-9]{8}_[0-9]{6}_?/, ''), SLUG_MAX).replace(/-/g, '_');
  const example = slug === '' ? 'image_pipeline' : slug;
  throw new UsageError(
    `etk mv: "${given}" is neither an experiment id (YYYYMMDD_HHMMSS_name) nor a name part (lowercase letters, digits and _)`,
    `e.g. etk mv ${oldId} ${example} (becomes ${stamp}_${example}), or give a whole id such as ${stamp}_${example}`,
  );
}
