import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { Catalog } from '../artifacts/crossFileRules.ts';
import { decodeArtifact } from '../artifacts/decode.ts';
import { classifyPath } from '../artifacts/layout.ts';
import { parseFrontmatter } from '../artifacts/parseFrontmatter.ts';
import { SCHEMA_VERSION } from '../db/schema.ts';
import { listSource, quickSourceFromIndex, readSourceFiles, type SourceSpec } from './sourceFiles.ts';
import { dirtyRows } from '../db/inspect.ts';

export interface IndexCatalogRequest {
  dbPath: string;
  configHash: string;
  spec: SourceSpec;
  /** Files being judged: their own facts come from what is judged, not from the index. */
  judged: ReadonlySet<string>;
  /** artifact_ids of the judged files: only these can collide. */
  ids: ReadonlySet<string>;
}

/** Above this many files changed since the index was written, a fresh scan is cheaper. */
const MAX_STALE = 500;

/**
 * The rest of the repository as tracking.db knows it, for validating a few files fast: git lists
 * the source's files with their blob ids, rows whose blob id still matches are trusted, and only
 * files changed since the last sync are read. Null when there is no usable index (then callers
 * scan with git grep).
 */
export function catalogFromIndex(req: IndexCatalogRequest): Catalog | null {
  if (req.spec.top === null || !existsSync(req.dbPath)) return null;
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(req.dbPath, { readOnly: true });
  } catch {
    return null;
  }
  try {
    const version = Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
    if (version !== SCHEMA_VERSION) return null;
    const hash = db.prepare("SELECT value FROM etk_meta WHERE key = 'config_hash'").get() as { value: string } | undefined;
    if (hash?.value !== req.configHash) return null;

    // What the source holds where it can differ from the index: from the recorded base tree when
    // there is one (only the candidate paths), else every file.
    const meta = new Map((db.prepare('SELECT key, value FROM etk_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
    const quick = quickSourceFromIndex(req.spec, meta, () => dirtyRows(db));
    const listing = quick ? quick.listing : listSource(req.spec).listing;
    const indexed = new Map<string, string>();
    const experiments = new Set<string>();
    const stale: string[] = [];
    /** A path's blob in the source: the listing's, or (quick way, not a candidate) the index's. */
    let sourceBlob: (path: string) => string | undefined;
    if (quick) {
      const candidates = quick.candidates;
      const paths = [...candidates.keys()];
      for (const r of db.prepare('SELECT path, blob FROM files WHERE path IN (SELECT value FROM json_each(?))').all(JSON.stringify(paths)) as { path: string; blob: string }[]) indexed.set(r.path, r.blob);
      // Experiments: folders holding any indexed file the source still has, plus those of files it gained.
      const gone = [...candidates].filter(([, b]) => b === null).map(([p]) => p);
      for (const r of db.prepare('SELECT DISTINCT experiment_id FROM files WHERE experiment_id IS NOT NULL AND path NOT IN (SELECT value FROM json_each(?))').all(JSON.stringify(gone)) as { experiment_id: string }[]) experiments.add(r.experiment_id);
      for (const [path, blob] of candidates) {
        const placement = classifyPath(path, req.spec.root);
        if (blob !== null && placement.kind !== 'ignored' && placement.experimentDir !== null) experiments.add(placement.experimentDir);
        if (blob !== null && !req.judged.has(path) && indexed.get(path) !== blob) stale.push(path);
      }
      sourceBlob = (path) => (candidates.has(path) ? (candidates.get(path) ?? undefined) : '(unchanged)');
    } else {
      const filesStmt = db.prepare('SELECT path, blob FROM files');
      filesStmt.setReturnArrays(true);
      for (const [path, blob] of filesStmt.all() as unknown as [string, string][]) indexed.set(path, blob);
      for (const [path, blob] of listing) {
        const placement = classifyPath(path, req.spec.root);
        if (placement.kind !== 'ignored' && placement.experimentDir !== null) experiments.add(placement.experimentDir);
        if (!req.judged.has(path) && indexed.get(path) !== blob) stale.push(path);
      }
      sourceBlob = (path) => listing.get(path);
    }
    if (stale.length > MAX_STALE) return null;

    const artifactIds = new Map<string, string[]>();
    const addId = (id: string, path: string) => {
      const list = artifactIds.get(id);
      if (list) list.push(path);
      else artifactIds.set(id, [path]);
    };
    if (req.ids.size > 0) {
      const holders = db.prepare('SELECT file_path FROM artifacts WHERE declared_artifact_id IS NOT NULL AND declared_artifact_id = ?');
      for (const id of req.ids) {
        for (const { file_path: p } of holders.all(id) as { file_path: string }[]) {
          // Trusted only while the source still holds what was indexed.
          const now = sourceBlob(p);
          if (!req.judged.has(p) && now !== undefined && (now === '(unchanged)' || now === indexed.get(p))) addId(id, p);
        }
      }
      for (const file of readSourceFiles(req.spec, stale, listing)) {
        const text = decodeArtifact(file.bytes).text;
        const id = text === null ? undefined : parseFrontmatter(text).data?.artifact_id;
        if (typeof id === 'string' && req.ids.has(id)) addId(id, file.path);
      }
    }
    return { experiments, artifactIds };
  } catch {
    return null; // a damaged or locked index is no reason to fail a validation: scan instead
  } finally {
    db.close();
  }
}
