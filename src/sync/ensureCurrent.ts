import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { takeStatusPrefetch } from '../../bin/statusPrefetch.js';
import { configHash } from '../config/configHash.ts';
import type { EtkConfig } from '../config/loadConfig.ts';
import { meta } from '../db/inspect.ts';
import { isEtkIndexFile, openForRead } from '../db/openDb.ts';
import { pendingFiles } from './pendingFiles.ts';
import { primeWorktreeStatus } from './sourceFiles.ts';
import { syncIndex } from './syncIndex.ts';

export interface CurrentRequest {
  /** The command, for messages: "query", "search", "status", "dashboard", "new". */
  command: string;
  config: EtkConfig;
  dbPath: string;
  /** --db PATH was given: a file the user named is never created here. */
  explicitDb: boolean;
  etkVersion: string;
  cwd: string;
  stderr: { write(s: string): unknown };
}

/** What ensureCurrent did: nothing to do, synced, built, or only warned (the index could not be written, or git is absent). */
export type CurrentOutcome = 'current' | 'synced' | 'built' | 'stale' | 'unchecked';

/** Whether etk may write the index file and its folder (the -wal and -shm files live beside it), or the nearest folder that exists (sync makes the rest). */
export function indexWritable(path: string): boolean {
  let folder = dirname(path);
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  try {
    accessSync(folder, constants.W_OK);
    if (existsSync(path)) accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The output of the `git status` bin/etk.js started at launch, when it ran in the repository the
 * configuration names (the nearest folder holding `.git`, from where it ran, is `top`); else null.
 */
async function usablePrefetch(top: string | null): Promise<Buffer | null> {
  const p = takeStatusPrefetch();
  if (p === null || top === null) return null;
  const output = await p.result;
  if (output === null) return null;
  try {
    let dir = realpathSync(p.cwd);
    const want = realpathSync(top);
    for (;;) {
      if (existsSync(join(dir, '.git'))) return dir === want ? output : null;
      const up = dirname(dir);
      if (up === dir) return null;
      dir = up;
    }
  } catch {
    return null;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Before a command answers from the index: a cheap check (git status and a diff from the tree the
 * index recorded; no file read) of whether the work tree differs from what the index holds, and an
 * incremental sync when it does, or a build when there is no index yet. Read-only indexes are
 * answered from as they are, with one line on stderr saying how stale. An index last synced from a
 * commit (`etk sync --rev`, CI's) is a snapshot of that commit and is left as it is; outside git
 * nothing is checked (one line says so).
 */
export async function ensureCurrent(req: CurrentRequest): Promise<CurrentOutcome> {
  const { config, dbPath } = req;
  const prefetched = await usablePrefetch(config.top);
  const shown = relative(req.cwd, dbPath) || dbPath;
  const exists = existsSync(dbPath) && statSync(dbPath).isFile() && statSync(dbPath).size > 0;
  if (config.top === null) {
    if (exists) req.stderr.write(`etk ${req.command}: not in a git repository, so the index ${shown} is not checked against the files; etk sync updates it\n`);
    return 'unchecked';
  }
  const writable = indexWritable(dbPath);
  if (!exists) {
    // A named file that is not there is more likely a typo than a wish for a new index.
    if (req.explicitDb || !writable) return 'unchecked';
    const done = await syncIndex({ config, dbPath, etkVersion: req.etkVersion, source: 'worktree' });
    req.stderr.write(`etk ${req.command}: built the index ${shown} (${plural(done.files, 'file')}) in ${Math.round(done.ms)} ms\n`);
    return 'built';
  }
  let why: string | null = null;
  let syncedAt = 'unknown';
  let db;
  try {
    db = openForRead(dbPath);
  } catch {
    // An older etk index is upgraded by a sync (backed up first, said in one line); anything else
    // (another tool's file, a newer etk's, a damaged one) is left for the reader's own error.
    if (!writable || !isEtkIndexFile(dbPath)) return 'unchecked';
    const done = await syncIndex({ config, dbPath, etkVersion: req.etkVersion, source: 'worktree' });
    if (done.migrated) req.stderr.write(`etk ${req.command}: upgraded the index ${shown} from schema version ${done.migrated.from}${done.migrated.backup ? `; backup: ${relative(req.cwd, done.migrated.backup) || done.migrated.backup}` : ''}\n`);
    return 'synced';
  }
  try {
    const m = meta(db);
    if (m.source === 'rev') return 'current'; // a snapshot of a commit, by intent
    syncedAt = m.synced_at ?? 'unknown';
    if (m.config_hash !== configHash(config)) why = 'the configuration changed';
    else if (m.etk_version !== req.etkVersion) why = `etk changed (${m.etk_version ?? 'unknown'} -> ${req.etkVersion})`;
    else {
      if (prefetched !== null) primeWorktreeStatus(config.top, prefetched);
      const pending = pendingFiles(db, config, 'worktree');
      if (pending === null || pending === 0) return 'current';
      why = `${plural(pending, 'file')} changed`;
    }
  } finally {
    db.close();
  }
  if (!writable) {
    req.stderr.write(`etk ${req.command}: the index ${shown} is behind the work tree (${why} since its last sync, ${syncedAt}) and read-only here: answering from it as it is\n`);
    return 'stale';
  }
  await syncIndex({ config, dbPath, etkVersion: req.etkVersion, source: 'worktree' });
  return 'synced';
}
