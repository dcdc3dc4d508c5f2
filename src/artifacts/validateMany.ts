import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { readWorktreeFile } from '../discover/worktree.ts';
import { blobId } from '../git/blobId.ts';
import { outcomeId } from '../discover/readRegularFile.ts';
import { rowsFor, type FileRows } from '../db/rows.ts';
import type { RuleSetting } from './ruleCatalog.ts';
import { applySeverity } from './severity.ts';
import { SchemaSet, type SchemaSetOptions } from './schemaSet.ts';
import { validateFile, type FileResult } from './validateFile.ts';

/** What a worker needs to judge work-tree files exactly as the main thread would. */
export interface WorktreeJob {
  /** Folder the repo-relative paths are relative to. */
  base: string;
  root: string;
  maxFileSize: number;
  /** The config's rule settings (see ValidationEnv.rules). */
  rules: Readonly<Record<string, RuleSetting>>;
  schemaOptions: SchemaSetOptions;
  /** Drop bodies from results (validation does not need them; cloning them costs). */
  keepBody: boolean;
  paths: string[];
  /** Record git's blob id of the bytes actually read for these paths (FileResult.blob). */
  hashPaths?: string[];
  /**
   * Leave files that are not on disk (and not in hashPaths) to the caller, which reads git's copy
   * (a sparse checkout). Otherwise a file gone since it was listed is judged `unreadable`.
   */
  missingToCaller?: boolean;
  /**
   * Hand over each file's index rows (rowsFor, under the rule settings) instead of its FileResult:
   * the thread that judged the file prepares them, so the thread writing the index only inserts.
   * FileRows.file.blob is '' for a file not in hashPaths (the caller's listing has its id).
   */
  rows?: { root: string; timezone: string };
}

/** What a job hands over per file: its FileResult, or with WorktreeJob.rows its index rows. */
export type Judged = FileResult | FileRows;

export interface WorkerMessage {
  etkWorker: 'validate';
  job: WorktreeJob;
}

/** The id of a file gone from disk since it was listed. */
const VANISHED = outcomeId({ kind: 'unreadable', code: 'ENOENT' });

/** Results travel in batches: the receiver can store them while the rest are judged. */
const BATCH = 250;

/** Reads and judges work-tree files in this thread, handing results over in batches. */
async function judgeInBatches(job: WorktreeJob, schemas: SchemaSet, onBatch: (results: Judged[]) => void, yieldBetween: boolean): Promise<void> {
  const env = { root: job.root, schemas, maxFileSize: job.maxFileSize, rules: job.rules, exists: (path: string) => existsSync(`${job.base}/${path}`) };
  const hash = new Set(job.hashPaths ?? []);
  const folders = new Map<string, boolean>();
  let batch: Judged[] = [];
  for (const path of job.paths) {
    const file = readWorktreeFile(`${job.base}/${path}`, job.base, job.maxFileSize, folders);
    if (job.missingToCaller && file.id === VANISHED && !hash.has(path)) continue;
    const r = validateFile(file, env);
    if (r) {
      if (hash.has(path)) r.blob = file.id ?? blobId(file.bytes);
      if (!job.keepBody) r.body = '';
      batch.push(job.rows ? rowsFor(r, r.blob ?? '', applySeverity(r.path, r.findings, job.rules), job.rows.root, job.rows.timezone) : r);
    }
    if (batch.length === BATCH) {
      onBatch(batch);
      batch = [];
      if (yieldBetween) await yieldToEvents(); // let workers' batches in
    }
  }
  if (batch.length > 0) onBatch(batch);
}

/** Judges work-tree files in this thread. */
export async function validateWorktreeFiles(job: WorktreeJob, schemas?: SchemaSet): Promise<FileResult[]> {
  const out: FileResult[] = [];
  const { rows: _rows, ...plain } = job;
  await judgeInBatches(plain, schemas ?? (await SchemaSet.load(job.schemaOptions)), (b) => out.push(...(b as FileResult[])), false);
  return out;
}

let workerEntry: URL | null = null;

/**
 * The CLI entry registers itself: it is the module a worker thread starts (see cli/entry.ts).
 * Without it (library use, tests in-process) everything runs in the calling thread.
 */
export function enableWorkers(entry: URL): void {
  workerEntry = entry;
}

/** Files per thread below which a worker's start-up (loading the bundle, ~60-100 ms) costs more than it saves. */
const MIN_FILES_PER_THREAD = 1500;

/** Threads for `files` files: ETK_THREADS=N forces N (at most one per file); else one per 1500 files, up to the cores (4 at most). */
export function threadCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.ETK_THREADS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.max(1, Math.min(Number(forced), files));
  return Math.max(1, Math.min(4, availableParallelism(), Math.floor(files / MIN_FILES_PER_THREAD)));
}

type FromWorker = { batch: Judged[] } | { done: true };

function runInWorker(entry: URL, job: WorktreeJob, onBatch: (results: Judged[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const message: WorkerMessage = { etkWorker: 'validate', job };
    const worker = new Worker(entry, { workerData: message, stdout: false, stderr: false });
    let finished = false;
    worker.on('message', (m: FromWorker) => {
      if ('batch' in m) onBatch(m.batch);
      else {
        finished = true;
        resolve();
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!finished) reject(new Error(`validation worker exited with code ${code} before finishing`));
    });
  });
}

export interface ParallelOptions {
  /**
   * Share of the files the calling thread judges itself. Validation alone: about one thread's
   * share. When the caller has heavy work of its own per result (writing the index), 0: workers
   * judge, the calling thread stores what they send, and the two overlap.
   */
  callerShare: 'even' | 'none';
}

/**
 * Judges many work-tree files, spread over worker threads when there are enough of them. Results
 * arrive through `onBatch` as they are ready (in no particular order across threads): FileResults,
 * or with `job.rows` FileRows.
 */
export async function validateWorktreeStream(job: WorktreeJob, schemas: SchemaSet, onBatch: (results: Judged[]) => void, options: ParallelOptions = { callerShare: 'even' }): Promise<void> {
  const threads = workerEntry ? threadCount(job.paths.length) : 1;
  if (process.env.ETK_DEBUG?.includes('threads')) process.stderr.write(`etk: ${job.paths.length} files on ${threads} thread(s)\n`);
  if (threads === 1) return judgeInBatches(job, schemas, onBatch, false);
  // Workers first load the bundle, so with an even split the calling thread takes a little more.
  const ownShare = options.callerShare === 'none' ? 0 : Math.ceil((job.paths.length / threads) * 1.1);
  const workers = options.callerShare === 'none' ? threads - 1 : threads - 1;
  const own = job.paths.slice(0, ownShare);
  const size = Math.ceil((job.paths.length - ownShare) / workers);
  const pending = Array.from({ length: workers }, (_, i) => job.paths.slice(ownShare + i * size, ownShare + (i + 1) * size))
    .filter((paths) => paths.length > 0)
    .map((paths) => runInWorker(workerEntry!, { ...job, paths }, onBatch));
  await judgeInBatches({ ...job, paths: own }, schemas, onBatch, true);
  await Promise.all(pending);
}

/** Judges many work-tree files (possibly on several threads); results in the order of `job.paths`. */
export async function validateWorktreeParallel(job: WorktreeJob, schemas: SchemaSet): Promise<FileResult[]> {
  const byPath = new Map<string, FileResult>();
  const { rows: _rows, ...plain } = job;
  await validateWorktreeStream(plain, schemas, (batch) => {
    for (const r of batch as FileResult[]) byPath.set(r.path, r);
  });
  const out: FileResult[] = [];
  for (const p of job.paths) {
    const r = byPath.get(p);
    if (r) out.push(r);
  }
  return out;
}

/** Worker side: judge the slice, post the results back in batches, then say done. */
export async function workerMain(message: WorkerMessage, post: (m: FromWorker) => void): Promise<void> {
  const schemas = await SchemaSet.load(message.job.schemaOptions);
  await judgeInBatches(message.job, schemas, (batch) => post({ batch }), false);
  post({ done: true });
}
