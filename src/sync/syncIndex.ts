import { existsSync, renameSync } from 'node:fs';
import { crossFileFindings, type CrossEntry, type Locate } from '../artifacts/crossFileRules.ts';
import { EXPERIMENT_RULES, experimentFindings, type ExperimentFile } from '../artifacts/experimentRules.ts';
import { validateWorktreeStream } from '../artifacts/validateMany.ts';
import { applySeverity, schemasFor } from '../artifacts/validateRepo.ts';
import { validateFile, type FileResult } from '../artifacts/validateFile.ts';
import { YamlPositions } from '../artifacts/yamlPositions.ts';
import { configHash } from '../config/configHash.ts';
import type { EtkConfig } from '../config/loadConfig.ts';
import { DatabaseSync } from 'node:sqlite';
import { compareDumps, dumpByFile, type Drift } from '../db/canonicalDump.ts';
import { dirtyRows } from '../db/inspect.ts';
import { databaseError, isSqliteError } from '../db/databaseError.ts';
import { backupName } from '../db/moveAside.ts';
import { CorruptDatabaseError, openForRead, resetEtkSchema, openForWrite, previewOpen, switchToWal, type OpenedDb, type OpenPreview } from '../db/openDb.ts';
import { rowsFor, type FileRows } from '../db/rows.ts';
import { DDL, SCHEMA_VERSION } from '../db/schema.ts';
import { RowWriter } from '../db/writeRows.ts';
import { UsageError } from '../errors.ts';
import { EXPERIMENT_ID } from '../artifacts/layout.ts';
import { updateProvenance } from '../history/provenance.ts';
import { isEmptyPlan, planSync, type SyncPlan } from './planSync.ts';
import { listSource, quickSourceFromIndex, readSourceFiles, type Listing, type SourceKind, type SourceListing, type SourceSpec, type SourceState } from './sourceFiles.ts';

export interface SyncRequest {
  config: EtkConfig;
  dbPath: string;
  etkVersion: string;
  source: SourceKind;
  rev?: string;
  /** Only this experiment's folder. */
  experiment?: string;
  /** Re-read every file (a full rebuild into the existing database). */
  all?: boolean;
  /** Drop etk's tables (or a damaged file) and rebuild. */
  force?: boolean;
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
  /**
   * Called inside the transaction once everything is written: return false to roll it all back
   * (the pre-commit hook does, when the files being committed have errors).
   */
  beforeCommit?: (db: DatabaseSync) => boolean;
  /** false: leave the provenance table empty (walked later, when a question needs it; --as-of snapshots). */
  provenance?: boolean;
}

export interface SyncOutcome {
  plan: SyncPlan;
  /** Why every file was re-read, when it was. */
  rebuild: string | null;
  state: SourceState;
  dbPath: string;
  migrated?: OpenedDb['migrated'];
  /** --dry-run: the migration a real sync would make first. */
  wouldMigrate?: OpenPreview;
  /** --force on a damaged file: where the file went. */
  damagedMovedTo?: string;
  dryRun: boolean;
  /** beforeCommit said no: nothing was written. */
  rolledBack: boolean;
  /** How the source was read: `quick` (git diff-tree from the recorded base tree) or `full` (every file listed). */
  listed: 'quick' | 'full';
  files: number;
  errors: number;
  warnings: number;
  ms: number;
}

function readMeta(db: DatabaseSync): Map<string, string> {
  return new Map((db.prepare('SELECT key, value FROM etk_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
}

function writeMeta(db: DatabaseSync, entries: Record<string, string>): void {
  const st = db.prepare('INSERT INTO etk_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const [k, v] of Object.entries(entries)) st.run(k, v);
}

interface CrossRow {
  file_path: string;
  kind: string;
  experiment_id: string | null;
  declared_artifact_id: string | null;
  type: string | null;
  baseline: string | null;
}

const CROSS_COLUMNS = 'a.file_path, f.kind, f.experiment_id, a.declared_artifact_id, a.type, a.baseline';

/** What of `paths` bears on cross-file rules: their declared ids, and the experiments they make exist (any file does). */
export function crossFacts(db: DatabaseSync, paths: readonly string[]): { ids: Set<string>; experiments: Set<string> } {
  const ids = new Set<string>();
  const experiments = new Set<string>();
  if (paths.length === 0) return { ids, experiments };
  const rows = db.prepare(`SELECT ${CROSS_COLUMNS} FROM artifacts a JOIN files f ON f.path = a.file_path WHERE a.file_path IN (SELECT value FROM json_each(?))`).all(JSON.stringify(paths)) as unknown as CrossRow[];
  for (const r of rows) if (r.declared_artifact_id) ids.add(r.declared_artifact_id);
  for (const r of db.prepare('SELECT DISTINCT experiment_id FROM files WHERE experiment_id IS NOT NULL AND path IN (SELECT value FROM json_each(?))').all(JSON.stringify(paths)) as { experiment_id: string }[]) experiments.add(r.experiment_id);
  return { ids, experiments };
}

/**
 * Cross-file diagnostics (duplicate ids, missing baselines), recomputed in the sync's transaction.
 * `scope` null: every file. Otherwise only files whose findings can have changed: the touched files,
 * files declaring an id a touched file declared before or after, and reports whose baseline is an
 * experiment a touched file is in (any file makes its folder an experiment). crossFileFindings over the owners of those ids and with
 * the manifests of those baselines as its catalog finds exactly what it would over all files.
 */
export function recomputeCrossFile(db: DatabaseSync, writer: RowWriter, config: EtkConfig, scope: { touched: readonly string[]; ids: ReadonlySet<string>; experiments: ReadonlySet<string> } | null): void {
  const json = (xs: Iterable<string>) => JSON.stringify([...xs]);
  let recompute: Set<string> | null = null;
  let touchedExperiments: ReadonlySet<string> | null = null;
  let rows: CrossRow[];
  if (scope === null) {
    writer.clearCross();
    rows = db.prepare(`
      SELECT ${CROSS_COLUMNS} FROM artifacts a JOIN files f ON f.path = a.file_path
      WHERE a.declared_artifact_id IN (
              SELECT declared_artifact_id FROM artifacts WHERE declared_artifact_id IS NOT NULL AND declared_artifact_id <> '' GROUP BY declared_artifact_id HAVING COUNT(*) > 1)
         OR (a.type = 'report' AND a.baseline IS NOT NULL
             AND a.baseline NOT IN (SELECT experiment_id FROM files WHERE experiment_id IS NOT NULL))`).all() as unknown as CrossRow[];
  } else {
    const after = crossFacts(db, scope.touched);
    const ids = new Set([...scope.ids, ...after.ids]);
    const experiments = new Set([...scope.experiments, ...after.experiments]);
    touchedExperiments = experiments;
    // Three indexed lookups (an OR over them would scan the table; +a.type keeps the baseline index).
    const targets = db.prepare(`
      SELECT ${CROSS_COLUMNS} FROM artifacts a JOIN files f ON f.path = a.file_path
      WHERE a.file_path IN (SELECT value FROM json_each(?1))
      UNION
      SELECT ${CROSS_COLUMNS} FROM artifacts a JOIN files f ON f.path = a.file_path
      WHERE a.declared_artifact_id IS NOT NULL AND a.declared_artifact_id IN (SELECT value FROM json_each(?2))
      UNION
      SELECT ${CROSS_COLUMNS} FROM artifacts a JOIN files f ON f.path = a.file_path
      WHERE a.baseline IS NOT NULL AND a.baseline IN (SELECT value FROM json_each(?3)) AND +a.type = 'report'`).all(json(scope.touched), json(ids), json(experiments)) as unknown as CrossRow[];
    recompute = new Set(targets.map((r) => r.file_path));
    // Experiment-level findings are cleared and recomputed per experiment below.
    const clear = db.prepare("DELETE FROM file_diagnostics WHERE scope = 'cross' AND file_path = ? AND rule NOT IN (SELECT value FROM json_each(?))");
    for (const p of [...scope.touched, ...recompute]) clear.run(p, JSON.stringify(EXPERIMENT_RULES));
    // Every holder of the targets' ids, so duplicates are seen whole.
    const targetIds = [...new Set(targets.map((r) => r.declared_artifact_id).filter((x): x is string => !!x))];
    const holders = targetIds.length === 0 ? [] : (db.prepare(`SELECT ${CROSS_COLUMNS} FROM artifacts a JOIN files f ON f.path = a.file_path WHERE a.declared_artifact_id IS NOT NULL AND a.declared_artifact_id IN (SELECT value FROM json_each(?))`).all(json(targetIds)) as unknown as CrossRow[]);
    const byPath = new Map<string, CrossRow>();
    for (const r of [...targets, ...holders]) byPath.set(r.file_path, r);
    rows = [...byPath.values()];
  }
  rows.sort((a, b) => (a.file_path < b.file_path ? -1 : 1));
  const entries: CrossEntry[] = rows.map((r) => ({ path: r.file_path, isManifest: r.kind === 'manifest', experimentDir: r.experiment_id, artifactId: r.declared_artifact_id, type: r.type, baseline: r.baseline }));
  const baselines = [...new Set(rows.map((r) => r.baseline).filter((x): x is string => !!x))];
  const experiments = new Set((db.prepare('SELECT DISTINCT experiment_id FROM files WHERE experiment_id IN (SELECT value FROM json_each(?))').all(json(baselines)) as { experiment_id: string }[]).map((r) => r.experiment_id));
  const yamlOf = db.prepare('SELECT frontmatter_yaml, yaml_line FROM artifacts WHERE file_path = ?');
  const locate: Locate = (path, key) => {
    const r = yamlOf.get(path) as { frontmatter_yaml: string; yaml_line: number } | undefined;
    if (!r) return { line: 1, column: 1 };
    const at = new YamlPositions(r.frontmatter_yaml, r.yaml_line).value([key]);
    return { line: at.line, column: at.column };
  };
  const found = crossFileFindings(entries, { experiments, artifactIds: new Map() }, locate);
  for (const [path, findings] of [...found].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (recompute !== null && !recompute.has(path)) continue; // a holder outside the scope: its findings did not change
    for (const d of applySeverity(path, findings, config.rules)) writer.diagnostic(d, 'cross');
  }
  recomputeExperimentRules(db, writer, config, touchedExperiments);
}

/**
 * Experiment-level findings (metadata-folder), stored as cross-file diagnostics at each
 * experiment's anchor file: for every experiment (`experiments` null), or for those a sync touched
 * a file of (their findings are cleared first, wherever they were anchored).
 */
function recomputeExperimentRules(db: DatabaseSync, writer: RowWriter, config: EtkConfig, experiments: ReadonlySet<string> | null): void {
  let files: ExperimentFile[];
  if (experiments === null) {
    files = (db.prepare('SELECT path, kind, experiment_id FROM files WHERE experiment_id IS NOT NULL').all() as { path: string; kind: string; experiment_id: string }[]).map((r) => ({ path: r.path, kind: r.kind, experimentDir: r.experiment_id }));
  } else {
    if (experiments.size === 0) return;
    const ids = JSON.stringify([...experiments]);
    db.prepare(`DELETE FROM file_diagnostics WHERE scope = 'cross' AND rule IN (SELECT value FROM json_each(?2)) AND file_path IN (SELECT path FROM files WHERE experiment_id IN (SELECT value FROM json_each(?1)))`).run(ids, JSON.stringify(EXPERIMENT_RULES));
    files = (db.prepare('SELECT path, kind, experiment_id FROM files WHERE experiment_id IN (SELECT value FROM json_each(?))').all(ids) as { path: string; kind: string; experiment_id: string }[]).map((r) => ({ path: r.path, kind: r.kind, experimentDir: r.experiment_id }));
  }
  const found = experimentFindings(files);
  for (const path of [...found.keys()].sort()) for (const d of applySeverity(path, found.get(path)!, config.rules)) writer.diagnostic(d, 'cross');
}

/** Moves a damaged database file (and its -wal/-shm/-journal) aside to a backup; returns where the main file went. */
function moveDamagedAside(path: string): string {
  const to = backupName(path, 'damaged');
  for (const suffix of ['', '-wal', '-shm', '-journal']) if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${to}${suffix}`);
  return to;
}

/**
 * --dry-run: the plan against the index as it is, opened read-only, or against an empty in-memory
 * index when the file is missing or would be migrated first. Nothing is created, moved or written.
 */
function openForDryRun(path: string): { db: DatabaseSync; preview: OpenPreview } {
  const preview = previewOpen(path);
  if (preview.state === 'newer') openForRead(path); // throws the newer-version error
  if (preview.state === 'refuse') throw preview.refused!;
  if (preview.state === 'current') return { db: openForRead(path), preview };
  const db = new DatabaseSync(':memory:');
  db.exec(DDL);
  return { db, preview };
}

/**
 * Brings the index in line with the source: lists it (path -> blob id) with git, plans against the
 * `files` table, re-reads only what changed and applies everything in one IMMEDIATE transaction, so
 * concurrent syncs wait for each other and a crash leaves the old or the new state.
 */
export async function syncIndex(req: SyncRequest): Promise<SyncOutcome> {
  const started = performance.now();
  const { config } = req;
  // The index is built from git (paths and blob ids): outside a repository nothing is written.
  if (config.top === null) {
    throw new UsageError(`the index is built from git, and ${config.projectDir} is not inside a git repository; nothing was written`, 'cd into your repository (or run git init there), then run it again');
  }
  if (req.experiment !== undefined && !EXPERIMENT_ID.test(req.experiment)) {
    throw new UsageError(`"${req.experiment}" is not an experiment id (YYYYMMDD_HHMMSS_name)`, 'etk sync <experiment_id>, e.g. etk sync 20251217_024343_image_enhancements');
  }
  const base = config.top ?? config.projectDir;
  const scope = req.experiment === undefined ? config.root : config.root === '' ? req.experiment : `${config.root}/${req.experiment}`;
  const spec: SourceSpec = { kind: req.source, top: config.top, base, root: config.root, scope, maxFileSize: config.maxFileSize, ...(req.rev !== undefined ? { rev: req.rev } : {}) };
  if (req.dryRun) {
    let dry: ReturnType<typeof openForDryRun>;
    try {
      dry = openForDryRun(req.dbPath);
    } catch (err) {
      throw isSqliteError(err) ? databaseError(req.dbPath, err, 'read') : err;
    }
    const { db, preview } = dry;
    try {
      const result = await syncInto(db, req, spec, listSourceFor(db, req, spec));
      return { ...result, ...(preview.state === 'migrate' && preview.inspection!.objects.length > 0 ? { wouldMigrate: preview } : {}), ms: performance.now() - started };
    } finally {
      db.close();
    }
  }
  let opened: OpenedDb;
  let damaged: string | null = null;
  try {
    opened = openForWrite(req.dbPath, { walLater: true });
  } catch (err) {
    if (!(err instanceof CorruptDatabaseError) || !req.force) throw err;
    damaged = moveDamagedAside(req.dbPath);
    opened = openForWrite(req.dbPath, { walLater: true });
  }
  try {
    const source = listSourceFor(opened.db, req, spec);
    // --force drops etk's tables: with foreign keys on, a drop would cascade into another tool's
    // table that points at one of them. Off for that transaction only (the tables start empty).
    if (req.force) opened.db.exec('PRAGMA foreign_keys = OFF');
    const result = await syncInto(opened.db, req, spec, source);
    if (req.force) opened.db.exec('PRAGMA foreign_keys = ON');
    return { ...result, ...(opened.migrated ? { migrated: opened.migrated } : {}), ...(damaged !== null ? { damagedMovedTo: damaged } : {}), ms: performance.now() - started };
  } catch (err) {
    // The disk full, the file gone read-only, a lock held too long: a sentence about the index (rolled back).
    throw isSqliteError(err) ? databaseError(req.dbPath, err, 'write') : err;
  } finally {
    switchToWal(opened);
    opened.db.close();
  }
}

/**
 * What the source holds: quickly from `git diff-tree` against the tree the index recorded (plus
 * what differs from it now), or by listing every file. The quick answer covers only the paths that
 * can have changed (SyncSource.candidates).
 */
function listSourceFor(db: DatabaseSync, req: SyncRequest, spec: SourceSpec): SyncSource {
  const meta = readMeta(db);
  const base = meta.get('base_tree') ?? '';
  const usable = !req.force && !req.all && req.experiment === undefined && meta.get('config_hash') === configHash(req.config) && meta.get('etk_version') === req.etkVersion;
  if (usable) {
    const quick = quickSourceFromIndex(spec, meta, () => dirtyRows(db));
    if (quick) return { ...quick, quickFrom: base };
  }
  return { ...listSource(spec), candidates: null, quickFrom: null };
}

/** A listing, or for the quick way only the candidate paths (null: absent from the source). */
export interface SyncSource extends SourceListing {
  candidates: Map<string, string | null> | null;
  /** The recorded base tree the candidates were computed against. */
  quickFrom: string | null;
}

/** The sync itself, on an open database (a file, or an in-memory one for --check-conflicts). */
export async function syncInto(db: DatabaseSync, req: SyncRequest, spec: SourceSpec, source: SyncSource): Promise<SyncOutcome> {
  const { state } = source;
  let listedHow: 'quick' | 'full' = 'full';
  const { config } = req;
  const base = spec.base;
  const hash = configHash(config);
  // A dry run reads in a plain transaction (its connection may be read-only) and rolls back.
  db.exec(req.dryRun ? 'BEGIN' : 'BEGIN IMMEDIATE');
  try {
    if (req.force && !req.dryRun) resetEtkSchema(db);
    const meta = readMeta(db);
    let rebuild: string | null = null;
    if (req.force) rebuild = '--force';
    else if (!meta.has('config_hash')) rebuild = 'new index'; // etk_meta holds only what creating the schema wrote
    else if (meta.get('config_hash') !== hash) rebuild = 'the configuration or schemas changed';
    else if (meta.get('etk_version') !== req.etkVersion) rebuild = `etk changed (${meta.get('etk_version')} -> ${req.etkVersion})`;
    // A rebuild for those reasons covers everything indexed, whatever the scope asked for.
    const full = rebuild !== null;
    if (!full && req.all) rebuild = '--all';
    const effective = full && req.experiment !== undefined ? { ...spec, scope: config.root } : spec;
    // The quick candidates stand only if nothing else synced since they were computed.
    let src = source;
    if (src.candidates !== null && (full || meta.get('base_tree') !== src.quickFrom)) src = { ...listSource(effective), candidates: null, quickFrom: null };
    else if (src.candidates === null && effective !== spec) src = { ...listSource(effective), candidates: null, quickFrom: null };
    const fullListing = src.listing;
    const fullHashed = src.hashed;
    listedHow = src.candidates !== null ? 'quick' : 'full';
    let plan: SyncPlan;
    let indexedCount: number;
    if (src.candidates !== null) {
      const paths = [...src.candidates.keys()];
      const had = new Map((db.prepare('SELECT path, blob FROM files WHERE path IN (SELECT value FROM json_each(?))').all(JSON.stringify(paths)) as { path: string; blob: string }[]).map((r) => [r.path, r.blob]));
      const wanted: Listing = new Map();
      for (const [p, b] of src.candidates) if (b !== null) wanted.set(p, b);
      plan = planSync(had, wanted, '');
      indexedCount = Number((db.prepare('SELECT COUNT(*) AS n FROM files').get() as { n: number }).n);
      plan.unchanged = indexedCount - plan.changed.length - plan.removed.length;
    } else {
      const indexed = new Map<string, string>();
      const filesStmt = db.prepare('SELECT path, blob FROM files');
      filesStmt.setReturnArrays(true); // no object per row: this runs over every indexed file
      for (const [path, blob] of filesStmt.all() as unknown as [string, string][]) indexed.set(path, blob);
      plan = planSync(indexed, fullListing, full ? '' : effective.scope, rebuild !== null);
      indexedCount = indexed.size;
    }

    if (req.dryRun) {
      db.exec('ROLLBACK');
      return outcome(plan, rebuild, 0, 0, 0, true);
    }

    // Row-by-row full-text updates cost about four times what one 'rebuild' of the whole index
    // costs per row: past a quarter of the files, rebuild it.
    const touched = plan.added.length + plan.changed.length + plan.removed.length;
    const bulk = touched > 200 && touched * 4 > indexedCount + plan.added.length;
    const writer = new RowWriter(db, bulk);
    // What the files about to change bore on cross-file rules, before they change.
    const before = rebuild === null && !bulk ? crossFacts(db, [...plan.removed, ...plan.changed]) : null;
    for (const p of plan.removed) writer.remove(p);
    for (const p of plan.changed) writer.remove(p);

    const toRead = [...plan.added, ...plan.changed].sort();
    req.onProgress?.(0, toRead.length);
    const schemas = await schemasFor(config);
    let done = 0;
    // Each result is stored as it arrives: with worker threads, judging and writing overlap, and
    // only a batch of parsed files is in memory at a time.
    const stored = new Set<string>();
    const storeRows = (batch: FileRows[]) => {
      for (const rows of batch) {
        // A file etk hashed itself is recorded with the id of the bytes it read, so a change made
        // while the sync ran is seen by the next one ('' when it did not hash it).
        if (rows.file.blob === '') rows.file.blob = fullListing.get(rows.file.path)!;
        writer.add(rows);
        stored.add(rows.file.path);
      }
      done += batch.length;
      if (req.onProgress && done % 1000 < batch.length) req.onProgress(done, toRead.length);
    };
    const store = (batch: FileResult[]) => storeRows(batch.map((r) => rowsFor(r, r.blob ?? '', applySeverity(r.path, r.findings, config.rules), config.root, config.timezone)));
    if (req.source === 'worktree' && config.top !== null) {
      const job = { base, root: config.root, maxFileSize: config.maxFileSize, rules: config.rules, schemaOptions: { statuses: config.statuses, extraTypes: config.extraTypes, profile: config.schemaProfile }, keepBody: true, paths: toRead, hashPaths: toRead.filter((p) => fullHashed.has(p)), missingToCaller: true, rows: { root: config.root, timezone: config.timezone } };
      // The threads that judge the files prepare their rows too: this one only inserts them.
      await validateWorktreeStream(job, schemas, (batch) => storeRows(batch as FileRows[]), { callerShare: 'none' });
      // Listed but not on disk: outside a sparse checkout's cone (or deleted meanwhile). The index's
      // copy is what the repository holds there.
      const missing = toRead.filter((p) => !stored.has(p) && !fullHashed.has(p));
      if (missing.length > 0) {
        const env = { root: config.root, schemas, maxFileSize: config.maxFileSize, rules: config.rules };
        const batch: FileResult[] = [];
        for (const f of readSourceFiles({ ...effective, kind: 'index' }, missing, fullListing)) {
          const r = validateFile(f, env);
          if (r) batch.push(r);
        }
        store(batch);
      }
    } else {
      const env = { root: config.root, schemas, maxFileSize: config.maxFileSize, rules: config.rules };
      for (let i = 0; i < toRead.length; i += 500) {
        const batch: FileResult[] = [];
        for (const f of readSourceFiles(effective, toRead.slice(i, i + 500), fullListing)) {
          const r = validateFile(f, env);
          if (r) batch.push(r);
        }
        store(batch);
      }
    }
    writer.finish();
    // Cross-file findings depend on other files: recomputed whenever any file came or went.
    if (!isEmptyPlan(plan) || rebuild !== null) {
      recomputeCrossFile(db, writer, config, before === null ? null : { touched: [...plan.removed, ...plan.changed, ...plan.added], ids: before.ids, experiments: before.experiments });
    }
    // Which rows differ from the base tree, so the next sync can start from git diff-tree. A sync
    // of one experiment (or outside git) cannot vouch for the rest: the next one lists everything.
    // Who changed each file first and last: the same commit the rows come from (HEAD for the work
    // tree and git's index), walked incrementally from the one recorded.
    updateProvenance(db, config.top === null || req.provenance === false ? null : { top: config.top, root: config.root }, state.commit, rebuild !== null);
    const overlay = src.overlay;
    const wholeIndex = effective.scope === config.root && overlay.baseTree !== null && config.top !== null;
    db.exec('UPDATE files SET dirty = 0 WHERE dirty = 1');
    const markDirty = db.prepare('UPDATE files SET dirty = 1 WHERE path = ?');
    const absent: string[] = [];
    for (const [p, b] of overlay.differs) {
      if (b === null) absent.push(p);
      else markDirty.run(p);
    }
    writeMeta(db, {
      base_tree: wholeIndex ? overlay.baseTree! : '',
      dirty_absent: JSON.stringify(wholeIndex ? absent.sort() : []),
      etk_version: req.etkVersion,
      schema_version: String(SCHEMA_VERSION),
      config_hash: hash,
      source: state.kind,
      commit: state.commit ?? '',
      tree: state.tree ?? '',
      dirty: state.dirty ? '1' : '0',
      synced_at: new Date().toISOString(),
    });
    const totals = db.prepare("SELECT (SELECT COUNT(*) FROM files) AS files, (SELECT COUNT(*) FROM file_diagnostics WHERE severity = 'error') AS errors, (SELECT COUNT(*) FROM file_diagnostics WHERE severity = 'warning') AS warnings").get() as { files: number; errors: number; warnings: number };
    if (req.beforeCommit && !req.beforeCommit(db)) {
      db.exec('ROLLBACK');
      return { ...outcome(plan, rebuild, totals.files, totals.errors, totals.warnings, false), rolledBack: true };
    }
    db.exec('COMMIT');
    return outcome(plan, rebuild, totals.files, totals.errors, totals.warnings, false);
  } catch (err) {
    try {
      if (db.isTransaction) db.exec('ROLLBACK');
    } catch {
      // The disk that failed the write may fail the rollback too: SQLite rolls back from the journal on next open.
    }
    throw err;
  }

  function outcome(plan: SyncPlan, rebuild: string | null, files: number, errors: number, warnings: number, dryRun: boolean): SyncOutcome {
    return { plan, rebuild, state, dbPath: req.dbPath, dryRun, rolledBack: false, listed: listedHow, files, errors, warnings, ms: 0 };
  }
}

export { isEmptyPlan };

export interface ConflictReport {
  drift: Drift[];
  /** Set when the index was built with another configuration or etk version. */
  staleConfig: string | null;
  files: number;
}

/**
 * Compares the index with what the files would produce (a full rebuild in memory): every file whose
 * rows differ, is missing, or is stale. The Markdown always wins: `etk sync` repairs each one.
 */
export async function checkConflicts(req: SyncRequest): Promise<ConflictReport> {
  const { config } = req;
  const base = config.top ?? config.projectDir;
  const spec: SourceSpec = { kind: req.source, top: config.top, base, root: config.root, scope: config.root, maxFileSize: config.maxFileSize, ...(req.rev !== undefined ? { rev: req.rev } : {}) };
  const source: SyncSource = { ...listSource(spec), candidates: null, quickFrom: null };
  const indexedDb = openForRead(req.dbPath);
  const memory = new DatabaseSync(':memory:');
  try {
    memory.exec(DDL);
    memory.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    await syncInto(memory, { ...req, force: false, all: false, dryRun: false }, spec, source);
    const meta = readMeta(indexedDb);
    let staleConfig: string | null = null;
    if (meta.get('config_hash') !== configHash(config)) staleConfig = 'the index was built with another configuration or schemas';
    else if (meta.get('etk_version') !== req.etkVersion) staleConfig = `the index was built by etk ${meta.get('etk_version')}, this is ${req.etkVersion}`;
    const drift = compareDumps(dumpByFile(indexedDb), dumpByFile(memory));
    return { drift, staleConfig, files: source.listing.size };
  } finally {
    memory.close();
    indexedDb.close();
  }
}
