import type { DatabaseSync } from 'node:sqlite';
import type { EtkConfig } from '../config/loadConfig.ts';
import { dirtyRows, meta } from '../db/inspect.ts';
import { planSync } from '../sync/planSync.ts';
import { listSource, quickSourceFromIndex, type SourceKind } from '../sync/sourceFiles.ts';

/** What the index reflects and how far the source it was synced from has moved since. */
export interface Freshness {
  /** worktree | index | rev, as recorded by the last sync (null: never synced). */
  source: string | null;
  syncedAt: string | null;
  /** Files added, changed or removed in that source since the sync; null when it cannot be told (a commit, outside git). */
  pending: number | null;
}

/**
 * How many files differ between the index and the source it was synced from (the work tree, usually):
 * the quick way from the recorded base tree when possible (git diff-tree + status, no file read),
 * else by listing every file with its blob id. Never reads an artifact.
 */
export function freshness(db: DatabaseSync, config: EtkConfig): Freshness {
  const m = meta(db);
  const source = m.source ?? null;
  const out: Freshness = { source, syncedAt: m.synced_at ?? null, pending: null };
  if (config.top === null || (source !== 'worktree' && source !== 'index')) return out;
  const spec = { kind: source as SourceKind, top: config.top, base: config.top, root: config.root, scope: config.root, maxFileSize: config.maxFileSize };
  try {
    const quick = quickSourceFromIndex(spec, new Map(Object.entries(m)), () => dirtyRows(db));
    if (quick) {
      const blobOf = db.prepare('SELECT blob FROM files WHERE path = ?');
      let n = 0;
      for (const [path, blob] of quick.candidates) {
        const indexed = (blobOf.get(path) as { blob: string } | undefined)?.blob ?? null;
        if (indexed !== blob) n++;
      }
      out.pending = n;
      return out;
    }
    const { listing } = listSource(spec);
    const indexed = new Map((db.prepare('SELECT path, blob FROM files').all() as { path: string; blob: string }[]).map((r) => [r.path, r.blob]));
    const plan = planSync(indexed, listing, config.root);
    out.pending = plan.added.length + plan.changed.length + plan.removed.length;
  } catch {
    out.pending = null; // git could not answer: say nothing rather than something wrong
  }
  return out;
}
