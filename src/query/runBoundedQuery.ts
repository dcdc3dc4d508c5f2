import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EtkError, UsageError } from '../errors.ts';
import { QUERY_CHILD_ENV, type FromChild, type QueryJob, type ToChild } from './queryChild.ts';

/** The default of --timeout: long enough for any honest query over an index, short enough to notice a runaway. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

let childEntry: URL = new URL('../cli/entry.ts', import.meta.url);

/** The CLI entry registers itself (in the bundle, import.meta.url of this module is the bundle's). */
export function setQueryChildEntry(entry: URL): void {
  childEntry = entry;
}

export interface BoundedQueryOptions {
  /** 0: no limit. */
  timeoutSeconds: number;
  /** Receives the column names once, before any row. */
  onColumns(columns: string[]): void;
  /** Receives rows (arrays in column order) batch by batch; may throw to stop the query. */
  onRows(rows: unknown[][]): void;
}

const BATCH_ROWS = 500;

/** An error the child reported, rebuilt as the same kind (a usage error stays one: callers add context to those). */
function childError(e: { message: string; hint?: string | undefined; exitCode: number }): EtkError {
  return e.exitCode === 2 ? new UsageError(e.message, e.hint) : new EtkError(e.message, e.exitCode, e.hint);
}

function seconds(n: number): string {
  return `${n} second${n === 1 ? '' : 's'}`;
}

/**
 * Runs one query in a child process and streams its rows, batch by batch, to `onRows`. The child is
 * killed when the time limit passes (exit 2 with a sentence) or when `onRows` throws (that error is
 * rethrown). Errors the child meets (no index, bad SQL, a refused write) arrive as the same
 * EtkError they were there.
 */
export function runBoundedQuery(job: Omit<QueryJob, 'batchRows'>, options: BoundedQueryOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = fork(fileURLToPath(childEntry), [], {
        env: { ...process.env, [QUERY_CHILD_ENV]: '1' },
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        serialization: 'advanced',
      });
    } catch (err) {
      reject(err);
      return;
    }
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString('utf8');
    });
    let settled = false;
    let rows = 0;
    const finish = (err: unknown) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (err !== null) child.kill('SIGKILL');
      else if (child.connected) child.disconnect();
      if (err === null) resolve();
      else reject(err);
    };
    const timer =
      options.timeoutSeconds > 0
        ? setTimeout(() => {
            finish(
              new UsageError(
                `etk ${job.command}: stopped after ${seconds(options.timeoutSeconds)} (the time limit), ${rows === 0 ? 'before the first row' : `after ${rows} row${rows === 1 ? '' : 's'}`}; the output is incomplete`,
                'make the query cheaper (a WHERE, a LIMIT, no endless WITH RECURSIVE), or allow more time with --timeout SECONDS (0: no limit)',
              ),
            );
          }, options.timeoutSeconds * 1000)
        : null;
    // A send that fails (the child has just finished and closed the channel) is not an error in
    // itself: the child's own messages and its exit say how it ended.
    const ask = (m: ToChild) => {
      if (child.connected) child.send(m, (err) => void err);
    };
    child.on('message', (m: FromChild) => {
      if (settled) return;
      try {
        if ('columns' in m) options.onColumns(m.columns);
        else if ('rows' in m) {
          rows += m.rows.length;
          options.onRows(m.rows);
          // The child waits for this after a full batch only; after the last, short one it is done.
          if (m.rows.length >= BATCH_ROWS) ask({ next: true });
        } else if ('done' in m) finish(null);
        else finish(childError(m.error));
      } catch (err) {
        finish(err);
      }
    });
    child.on('error', (err) => finish(err));
    child.on('exit', (code, signal) => {
      finish(new Error(`the query process ended (${signal ?? `exit code ${code}`}) before finishing${stderr ? `: ${stderr.trim()}` : ''}`));
    });
    ask({ job: { ...job, batchRows: BATCH_ROWS } });
  });
}
