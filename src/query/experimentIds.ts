import type { DatabaseSync } from 'node:sqlite';
import { UsageError } from '../errors.ts';
import { closest } from '../util/distance.ts';

/** Every experiment id in the index (folders that hold indexed files), sorted. */
export function experimentIds(db: DatabaseSync): string[] {
  return (db.prepare('SELECT DISTINCT experiment_id AS id FROM files WHERE experiment_id IS NOT NULL ORDER BY 1').all() as { id: string }[]).map((r) => r.id);
}

/**
 * Resolves what a person typed to experiment ids: an exact id, else the one id it is a prefix of
 * (`20251217_024343` for `20251217_024343_perspective_fix`, as the roadmap writes them). An unknown or
 * ambiguous id is a usage error that lists the candidates.
 */
export function resolveExperimentIds(db: DatabaseSync, given: readonly string[]): string[] {
  if (given.length === 0) return [];
  const all = experimentIds(db);
  const known = new Set(all);
  return given.map((g) => {
    if (known.has(g)) return g;
    if (g.trim() === '') throw new UsageError('an experiment id is empty', 'give an experiment id or a unique prefix of one (etk query experiments lists them)');
    const matches = all.filter((id) => id.startsWith(g));
    if (matches.length === 1) return matches[0] as string;
    if (matches.length > 1) {
      throw new UsageError(`experiment "${g}" is ambiguous: ${matches.slice(0, 5).join(', ')}${matches.length > 5 ? `, and ${matches.length - 5} more` : ''}`, 'give more of the id');
    }
    const near = closest(g, all);
    throw new UsageError(`no experiment "${g}" in the index${near ? ` (did you mean "${near}"?)` : ''}`, 'list them with etk query experiments; if it is new, run etk sync');
  });
}
