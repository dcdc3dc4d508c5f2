import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { EtkConfig } from '../config/loadConfig.ts';
import { CorruptDatabaseError, isEtkIndexFile, openForRead } from '../db/openDb.ts';
import { toPosix } from '../discover/worktree.ts';
import { UsageError } from '../errors.ts';
import { gitSucceeds } from '../git/execGit.ts';
import { checkpointAndClose } from '../db/publishDb.ts';
import { syncIndex, type SyncOutcome } from '../sync/syncIndex.ts';
import { indexParts, type IndexParts } from './indexParts.ts';
import { cannotWrite, writeFileAtomic } from '../util/writeFileAtomic.ts';

export interface IndexRequest {
  config: EtkConfig;
  etkVersion: string;
  /** The folder relative paths are relative to (default: the current folder). */
  cwd?: string;
  /** Folder for tracking.db, results/ and report.html (created). */
  outDir: string;
  /** A database to start from (restored from a cache): the sync is then incremental. May be missing (a cache miss). */
  previousDb?: string | undefined;
  /** "Now" for the named queries' relative dates and the report's "generated at" (default: now). */
  generatedAt?: Date;
  parts?: IndexParts;
  /** Where the report's links to files point for the indexed commit (a blob URL ending in /); default: relative to out-dir. */
  linkBase?: (commit: string | null) => string | undefined;
}

export interface QueryFiles {
  name: string;
  rows: number;
  json: string;
  csv: string;
}

export interface IndexResult {
  dbPath: string;
  resultsDir: string;
  reportPath: string;
  /** How the database started: from previous-db (copied, or used in place), fresh, or previous-db was missing or unusable. */
  start: 'restored' | 'in-place' | 'fresh' | 'missing' | 'damaged';
  commit: string | null;
  sync: Pick<SyncOutcome, 'rebuild' | 'listed' | 'files' | 'errors' | 'warnings'> & { added: number; changed: number; removed: number; ms: number };
  counts: { experiments: number; artifacts: number; files: number; errors: number; warnings: number };
  queries: QueryFiles[];
  notes: string[];
}

/** A named query's name as a file name: letters, digits, dot, dash and underscore. */
export function queryFileStem(name: string): string {
  const stem = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '');
  return stem === '' ? 'query' : stem;
}

/**
 * The main-branch job: sync the index at HEAD (from the previous database when given), checkpoint
 * and close it, run every named query to JSON and CSV, build the HTML report. Writes into outDir:
 * tracking.db, results/<query>.json|.csv, report.html. Uploading is the caller's business.
 */
/** Marks results/ as etk's: only a folder with this file (or an empty one) is ever replaced. */
export const RESULTS_MARKER = '.etk-results';

/** Empties results/ for this run, refusing to delete a folder of files etk did not write. */
function freshResultsDir(dir: string): void {
  if (existsSync(dir)) {
    const entries = readdirSync(dir);
    if (entries.length > 0 && !entries.includes(RESULTS_MARKER)) {
      throw new UsageError(`${dir} already holds files etk did not write, and etk replaces results/ on every run`, 'choose another output folder (--out, or the action\'s out-dir), or move those files away');
    }
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, RESULTS_MARKER), 'The results of etk ci index: this folder is replaced on every run.\n');
}

export async function runIndex(req: IndexRequest): Promise<IndexResult> {
  const parts = req.parts ?? (await indexParts());
  const generatedAt = req.generatedAt ?? new Date();
  const notes: string[] = [];
  const cwd = req.cwd ?? process.cwd();
  // It indexes HEAD: say so plainly when there is none (sync's own message speaks of --rev).
  const top = req.config.top;
  if (top === null) throw new UsageError('the index is built from the commit checked out (HEAD), and this is not inside a git repository', 'run it in a git checkout (in CI, check the repository out first)');
  if (!gitSucceeds(['rev-parse', '--verify', '-q', 'HEAD^{commit}'], top)) throw new UsageError('the index is built from the commit checked out (HEAD), and this repository has no commit yet', 'commit the experiment docs first');
  const outDir = resolve(cwd, req.outDir);
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (err) {
    throw cannotWrite(outDir, err);
  }
  const dbPath = join(outDir, 'tracking.db');
  const resultsDir = join(outDir, 'results');

  let start: IndexResult['start'] = existsSync(dbPath) ? 'in-place' : 'fresh';
  // Replacing tracking.db with the previous run's (or nothing) is for etk's own index only.
  const replaceable = () => {
    if (!existsSync(dbPath) || isEtkIndexFile(dbPath)) return;
    throw new UsageError(`${dbPath} is not an index etk made, and etk ci index would replace it`, 'choose another output folder (--out, or the action\'s out-dir), or move that file away');
  };
  if (req.previousDb !== undefined && req.previousDb !== '') {
    const prev = resolve(cwd, req.previousDb);
    if (!existsSync(prev) || statSync(prev).size === 0) {
      start = 'missing';
      notes.push(`no previous database at ${req.previousDb} (a cache miss?): built from scratch`);
      replaceable();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
    } else if (prev === dbPath) start = 'in-place';
    else {
      replaceable();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
      copyFileSync(prev, dbPath);
      if (existsSync(`${prev}-wal`)) copyFileSync(`${prev}-wal`, `${dbPath}-wal`);
      start = 'restored';
    }
  }

  const request = { config: req.config, dbPath, etkVersion: req.etkVersion, source: 'rev' as const, rev: 'HEAD' };
  let o: SyncOutcome;
  try {
    o = await syncIndex(request);
  } catch (err) {
    if (!(err instanceof CorruptDatabaseError)) throw err;
    notes.push(`the previous database was damaged (${err.message}): rebuilt from scratch`);
    start = 'damaged';
    o = await syncIndex({ ...request, force: true });
  }
  checkpointAndClose(dbPath);

  const db = openForRead(dbPath);
  const queries: QueryFiles[] = [];
  const reportPath = join(outDir, 'report.html');
  let counts: IndexResult['counts'];
  try {
    const one = (sql: string) => Number((db.prepare(sql).get() as { n: number }).n);
    counts = {
      experiments: one('SELECT COUNT(*) AS n FROM experiments'),
      artifacts: one('SELECT COUNT(*) AS n FROM artifacts'),
      files: one('SELECT COUNT(*) AS n FROM files'),
      errors: one("SELECT COUNT(*) AS n FROM diagnostics WHERE severity = 'error'"),
      warnings: one("SELECT COUNT(*) AS n FROM diagnostics WHERE severity = 'warning'"),
    };

    freshResultsDir(resultsDir);
    const used = new Set<string>();
    for (const r of parts.runNamedQueries(db, req.config, generatedAt)) {
      // Unique also where case does not count (macOS runners, a zip unpacked on Windows).
      let stem = queryFileStem(r.name);
      for (let i = 2; used.has(stem.toLowerCase()); i++) stem = `${queryFileStem(r.name)}-${i}`;
      used.add(stem.toLowerCase());
      const json = join(resultsDir, `${stem}.json`);
      const csv = join(resultsDir, `${stem}.csv`);
      writeFileSync(json, ensureNewline(parts.formatRows(r, 'json')));
      writeFileSync(csv, ensureNewline(parts.formatRows(r, 'csv')));
      queries.push({ name: r.name, rows: r.rows.length, json, csv });
    }

    const linkBase = req.linkBase?.(o.state.commit) ?? `${toPosix(relative(outDir, top))}/`.replace(/^\/$/, '');
    writeFileAtomic(reportPath, parts.buildReport(db, { generatedAt, linkBase, grid: { directions: req.config.metrics, parameters: req.config.parameters } }));
  } finally {
    db.close();
  }

  const p = o.plan;
  return {
    dbPath,
    resultsDir,
    reportPath,
    start,
    commit: o.state.commit,
    sync: {
      rebuild: o.rebuild,
      listed: o.listed,
      files: o.files,
      errors: o.errors,
      warnings: o.warnings,
      added: p.added.length - p.renamed.length,
      changed: p.changed.length,
      removed: p.removed.length - p.renamed.length,
      ms: Math.round(o.ms),
    },
    counts,
    queries,
    notes,
  };
}

function ensureNewline(s: string): string {
  return s.endsWith('\n') || s === '' ? s : `${s}\n`;
}
