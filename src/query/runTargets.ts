import type { DatabaseSync } from 'node:sqlite';
import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { closest } from '../util/distance.ts';
import { experimentIds, matchExperimentId } from './experimentIds.ts';

/** What `etk compare` was asked to compare: experiments (all their runs) and single runs (report paths from the repository top). */
export interface RunTargets {
  experiments: string[];
  files: string[];
  /** Every run's path in the order the arguments named them (an experiment's runs oldest first). */
  order: string[];
}

interface RunRow {
  file_path: string;
  run_id: string;
  experiment_id: string | null;
}

const listed = (xs: readonly string[]) => `${xs.slice(0, 5).join(', ')}${xs.length > 5 ? `, and ${xs.length - 5} more` : ''}`;

/**
 * Resolves each argument: an experiment id by the one rule every command follows (the id, a unique
 * start, a unique part); else a run: a report's path (from the repository top, from the current
 * folder, or under the experiments root), else the one report whose path contains it. An exact
 * experiment id or report path always wins over a part of one.
 */
export function resolveRunTargets(db: DatabaseSync, args: readonly string[], where: { cwd: string; top: string | null }): RunTargets {
  const ids = experimentIds(db);
  const runs = db.prepare('SELECT file_path, run_id, experiment_id FROM report_runs ORDER BY experiment_id, created_at, file_path').all() as unknown as RunRow[];
  const out: RunTargets = { experiments: [], files: [], order: [] };
  const add = (paths: readonly string[]) => {
    for (const p of paths) if (!out.order.includes(p)) out.order.push(p);
  };
  for (const given of args) {
    if (given.trim() === '') throw new UsageError('etk compare: an argument is empty', 'give an experiment id, a report path, or a unique part of one');
    const fromCwd = where.top !== null ? relative(where.top, resolve(where.cwd, given)).split('\\').join('/') : null;
    const exactRun = runs.find((r) => r.file_path === given || r.run_id === given || (fromCwd !== null && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) && r.file_path === fromCwd));
    const exp = matchExperimentId(given, ids);
    if (exp.kind === 'one' && (exp.exact || !exactRun)) {
      if (!out.experiments.includes(exp.id)) out.experiments.push(exp.id);
      add(runs.filter((r) => r.experiment_id === exp.id).map((r) => r.file_path));
      continue;
    }
    if (exactRun) {
      out.files.push(exactRun.file_path);
      add([exactRun.file_path]);
      continue;
    }
    const g = given.toLowerCase();
    const parts = runs.filter((r) => r.file_path.toLowerCase().includes(g));
    if (parts.length === 1) {
      out.files.push(parts[0]!.file_path);
      add([parts[0]!.file_path]);
      continue;
    }
    if (exp.kind === 'several') throw new UsageError(`etk compare: experiment "${given}" is ambiguous: ${listed(exp.ids)}`, 'give more of the id');
    if (parts.length > 1) throw new UsageError(`etk compare: "${given}" is in the paths of ${parts.length} reports: ${listed(parts.map((r) => r.run_id))}`, 'give more of the report\'s path, or the experiment id to compare all its runs');
    const near = closest(given, [...ids, ...runs.map((r) => r.run_id.slice(r.run_id.lastIndexOf('/') + 1))]);
    throw new UsageError(`etk compare: no experiment or report "${given}" in the index${near ? ` (did you mean "${near}"?)` : ''}`, 'list them with etk query runs; if it is new, run etk sync');
  }
  return out;
}
