import type { Listing } from './sourceFiles.ts';

export interface SyncPlan {
  added: string[];
  changed: string[];
  removed: string[];
  /** Removed and added paths with the same content (each is also in removed/added). */
  renamed: { from: string; to: string }[];
  unchanged: number;
}

/**
 * Pure: what must change so the index holds exactly `source` within `scope` (a folder, '' =
 * everything). With `rereadAll`, files whose content did not change are re-read too (a rebuild).
 */
export function planSync(indexed: ReadonlyMap<string, string>, source: Listing, scope = '', rereadAll = false): SyncPlan {
  const inScope = (p: string) => scope === '' || p === scope || p.startsWith(`${scope}/`);
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  let unchanged = 0;
  for (const [path, blob] of source) {
    if (!inScope(path)) continue;
    const had = indexed.get(path);
    if (had === undefined) added.push(path);
    else if (had !== blob || rereadAll) changed.push(path);
    else unchanged++;
  }
  for (const path of indexed.keys()) if (inScope(path) && !source.has(path)) removed.push(path);
  added.sort();
  changed.sort();
  removed.sort();
  // Renames: pair removed and added paths by blob, in path order.
  const addedByBlob = new Map<string, string[]>();
  for (const p of added) {
    const b = source.get(p)!;
    const list = addedByBlob.get(b);
    if (list) list.push(p);
    else addedByBlob.set(b, [p]);
  }
  const renamed: SyncPlan['renamed'] = [];
  for (const from of removed) {
    const to = addedByBlob.get(indexed.get(from)!)?.shift();
    if (to !== undefined) renamed.push({ from, to });
  }
  return { added, changed, removed, renamed, unchanged };
}

export function isEmptyPlan(p: SyncPlan): boolean {
  return p.added.length === 0 && p.changed.length === 0 && p.removed.length === 0;
}
