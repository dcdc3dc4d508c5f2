import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readWorktreeFile } from '../discover/worktree.ts';
import { SchemaSet, type SchemaSetOptions } from './schemaSet.ts';
import { validateFile, type FileResult } from './validateFile.ts';

/** What a worker needs to judge work-tree files exactly as the main thread would. */
export interface WorktreeJob {
  /** Folder the repo-relative paths are relative to. */
  base: string;
  root: string;
  maxFileSize: number;
  schemaOptions: SchemaSetOptions;
  /** Drop bodies from results (validation does not need them; cloning them costs). */
  keepBody: boolean;
  paths: string[];
}

export interface WorkerMessage {
  etkWorker: 'validate';
  job: WorktreeJob;
}

/** Reads and judges work-tree files in this thread. */
export async function validateWorktreeFiles(job: WorktreeJob, schemas?: SchemaSet): Promise<FileResult[]> {
  const set = schemas ?? (await SchemaSet.load(job.schemaOptions));
  const env = { root: job.root, schemas: set, maxFileSize: job.maxFileSize };
  const out: FileResult[] = [];
  for (const path of job.paths) {
    const r = validateFile(readWorktreeFile(`${job.base}/${path}`, job.base, job.maxFileSize), env);
    if (r) {
      if (!job.keepBody) r.body = '';
      out.push(r);
    }
  }
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

/** Files per thread below which a thread's start-up (~30 ms) costs more than it saves. */
const MIN_FILES_PER_THREAD = 400;

export function threadCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.ETK_THREADS;
  const max = forced !== undefined && /^\d+$/.test(forced) ? Math.max(1, Number(forced)) : Math.min(4, availableParallelism());
  return Math.max(1, Math.min(max, Math.floor(files / MIN_FILES_PER_THREAD)));
}

function runInWorker(entry: URL, job: WorktreeJob): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const message: WorkerMessage = { etkWorker: 'validate', job };
    const worker = new Worker(entry, { workerData: message, stdout: false, stderr: false });
    worker.once('message', (results: FileResult[]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`validation worker exited with code ${code}`));
    });
  });
}

/**
 * Judges many work-tree files, spread over worker threads when there are enough of them; the
 * calling thread takes a share too. Results come back in the order of `job.paths`.
 */
export async function validateWorktreeParallel(job: WorktreeJob, schemas: SchemaSet): Promise<FileResult[]> {
  const threads = workerEntry ? threadCount(job.paths.length) : 1;
  if (process.env.ETK_DEBUG?.includes('threads')) process.stderr.write(`etk: ${job.paths.length} files on ${threads} thread(s)\n`);
  if (threads === 1) return validateWorktreeFiles(job, schemas);
  // Workers first load the bundle (~30-50 ms), so the calling thread takes a larger share.
  const ownShare = Math.ceil((job.paths.length / threads) * 1.1);
  const own = job.paths.slice(0, ownShare);
  const size = Math.ceil((job.paths.length - ownShare) / (threads - 1));
  const rest = Array.from({ length: threads - 1 }, (_, i) => job.paths.slice(ownShare + i * size, ownShare + (i + 1) * size));
  const pending = rest.map((paths) => runInWorker(workerEntry!, { ...job, paths }));
  const mine = await validateWorktreeFiles({ ...job, paths: own }, schemas);
  const others = await Promise.all(pending);
  return [mine, ...others].flat();
}

/** Worker side: judge the slice, post the results back. */
export async function workerMain(message: WorkerMessage, post: (results: FileResult[]) => void): Promise<void> {
  post(await validateWorktreeFiles(message.job));
}
