import type { DatabaseSync } from 'node:sqlite';
import type { EtkConfig } from '../config/loadConfig.ts';
import { dirtyRows, meta } from '../db/inspect.ts';
import { planSync } from './planSync.ts';
import { listSource, quickSourceFromIndex, type SourceKind } from './sourceFiles.ts';

/**
 * How many files differ between the index and `kind` (the work tree, or git's index) now, whatever
 * the index was last synced from: null when git cannot tell (outside git, git failed).
 */
export function pendingFiles(db: DatabaseSync, config: EtkConfig, kind: 'worktree' | 'index'): number | null {
  if (config.top === null) return null;
  const m = meta(db);
  const spec = { kind: kind as SourceKind, top: config.top, base: config.top, root: config.root, scope: config.root, maxFileSize: config.maxFileSize };
  try {
    const quick = quickSourceFromIndex(spec, new Map(Object.entries(m)), () => dirtyRows(db));
    if (quick) {
      const blobOf = db.prepare('SELECT blob FROM files WHERE path = ?');
      let n = 0;
      for (const [path, blob] of quick.candidates) {
        const indexed = (blobOf.get(path) as { blob: string } | undefined)?.blob ?? null;
        if (indexed !== blob) n++;
      }
      return n;
    }
    const { listing } = listSource(spec);
    const indexed = new Map((db.prepare('SELECT path, blob FROM files').all() as { path: string; blob: string }[]).map((r) => [r.path, r.blob]));
    const plan = planSync(indexed, listing, config.root);
    return plan.added.length + plan.changed.length + plan.removed.length;
  } catch {
    return null; // git could not answer: say nothing rather than something wrong
  }
}
