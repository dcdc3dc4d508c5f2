import type { DatabaseSync } from 'node:sqlite';
import type { EtkConfig } from '../config/loadConfig.ts';
import { meta } from '../db/inspect.ts';
import { pendingFiles } from '../sync/pendingFiles.ts';

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
  if (source !== 'worktree' && source !== 'index') return out;
  out.pending = pendingFiles(db, config, source);
  return out;
}
