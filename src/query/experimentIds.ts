import type { DatabaseSync } from 'node:sqlite';
import { UsageError } from '../errors.ts';
import { closest } from '../util/distance.ts';

/** Every experiment id in the index (folders that hold indexed files), sorted. */
export function experimentIds(db: DatabaseSync): string[] {
  return (db.prepare('SELECT DISTINCT experiment_id AS id FROM files WHERE experiment_id IS NOT NULL ORDER BY 1').all() as { id: string }[]).map((r) => r.id);
}

/** How a typed id matched: one experiment, several, or none (with the nearest id, if any). */
export type ExperimentMatch =
  | { kind: 'one'; id: string; exact: boolean }
  | { kind: 'several'; ids: string[] }
  | { kind: 'none'; near: string | undefined };

/**
 * The one rule for what a person may type for an experiment id, whatever the command: the id
 * itself, else the one id it begins (`20251217_024343` for `20251217_024343_perspective_fix`, as the
 * roadmap writes them), else the one id that contains it (`perspective`); case does not matter past
 * the exact id. Callers word the outcome their own way.
 */
export function matchExperimentId(given: string, ids: readonly string[]): ExperimentMatch {
  if (ids.includes(given)) return { kind: 'one', id: given, exact: true };
  const g = given.toLowerCase();
  if (g.trim() === '') return { kind: 'none', near: undefined };
  for (const test of [(id: string) => id.toLowerCase().startsWith(g), (id: string) => id.toLowerCase().includes(g)]) {
    const found = ids.filter(test);
    if (found.length === 1) return { kind: 'one', id: found[0] as string, exact: false };
    if (found.length > 1) return { kind: 'several', ids: found };
  }
  return { kind: 'none', near: closest(given, ids) };
}

/** Where the ids came from, for the messages: `in the index`, `under experiments/`. */
export interface ExperimentIdSource {
  /** "in the index", "under experiment_manager/experiments" */
  where: string;
  /** How to list the experiments (the hint of a "no experiment" error). */
  hint: string;
  /** The option or argument the id was given with (`--baseline`), named in the message; none for `--experiment`. */
  option?: string;
}

const listed = (ids: readonly string[]) => `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? `, and ${ids.length - 5} more` : ''}`;

/**
 * One typed experiment id resolved by the one matching rule, or a UsageError worded the same for
 * every command: `no experiment "x" <where> (did you mean "y"?)`, `experiment "x" is ambiguous: a, b`.
 */
export function resolveExperimentId(given: string, ids: readonly string[], source: ExperimentIdSource): string {
  const opt = source.option !== undefined ? `${source.option}: ` : '';
  if (given.trim() === '') throw new UsageError(`${opt}an experiment id is empty`, 'give an experiment id, or a unique part of one');
  const m = matchExperimentId(given, ids);
  if (m.kind === 'one') return m.id;
  if (m.kind === 'several') throw new UsageError(`${opt}experiment "${given}" is ambiguous: ${listed(m.ids)}`, 'give more of the id');
  throw new UsageError(`${opt}no experiment "${given}" ${source.where}${m.near ? ` (did you mean "${m.near}"?)` : ''}`, source.hint);
}

/** Resolves typed ids against the index; an unknown or ambiguous one is a usage error naming the candidates. */
export function resolveExperimentIds(db: DatabaseSync, given: readonly string[]): string[] {
  if (given.length === 0) return [];
  const all = experimentIds(db);
  return given.map((g) => resolveExperimentId(g, all, { where: 'in the index', hint: 'list them with etk query experiments; if it is new, run etk sync' }));
}
