import type { SQLInputValue, StatementSync } from 'node:sqlite';
import { openForRead } from '../db/openDb.ts';
import { EtkError } from '../errors.ts';
import { prepareReadOnly, sqliteLimitError } from './readOnlySql.ts';
import { uniqueColumnNames } from './runStatement.ts';

/**
 * The child process side of runBoundedQuery: one query, on its own read-only connection, in a
 * process the parent can kill at its time limit (SQLite offers node:sqlite no way to interrupt a
 * statement, and a worker thread busy inside SQLite cannot be stopped either). Rows go back in
 * batches; the next batch is read only when the parent asks for it, so neither side holds more
 * than a batch or two whatever the size of the result.
 */

/** The environment variable that makes the CLI entry start as a query child. */
export const QUERY_CHILD_ENV = 'ETK_QUERY_CHILD';

export interface QueryJob {
  dbPath: string;
  sql: string;
  params: SQLInputValue[];
  /** SQL a person wrote (etk query sql, a named query's "sql"): run behind the read-only fences. */
  userSql: boolean;
  /** The command name for messages ("query sql"). */
  command: string;
  batchRows: number;
}

export type FromChild =
  | { columns: string[] }
  | { rows: unknown[][] }
  | { done: true }
  | { error: { message: string; hint?: string | undefined; exitCode: number } };

export type ToChild = { job: QueryJob } | { next: true };

/** SQLite's heap in the child: a query that would need more fails with "out of memory" instead of taking the machine's. */
const HEAP_LIMIT_BYTES = 1024 * 1024 * 1024;

function nextMessage(): Promise<ToChild> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: ToChild) => {
      process.off('disconnect', onGone);
      resolve(m);
    };
    const onGone = () => {
      process.off('message', onMessage);
      reject(new Error('the parent went away'));
    };
    process.once('message', onMessage);
    process.once('disconnect', onGone);
  });
}

function send(m: FromChild): Promise<void> {
  return new Promise((resolve, reject) => {
    process.send!(m, undefined, {}, (err) => (err ? reject(err) : resolve()));
  });
}

function asMessage(err: unknown, job: QueryJob, explain: ((err: unknown) => unknown) | null): FromChild {
  let e = err;
  if (!(e instanceof EtkError) && explain !== null) e = explain(e);
  if (!(e instanceof EtkError)) e = sqliteLimitError(job.command, e) ?? e;
  if (e instanceof EtkError) return { error: { message: e.message, hint: e.hint, exitCode: e.exitCode } };
  const raw = e as Error;
  return { error: { message: `internal error: ${raw?.stack ?? String(raw)}`, exitCode: 70 } };
}

async function run(job: QueryJob): Promise<void> {
  let explain: ((err: unknown) => unknown) | null = null;
  try {
    const db = openForRead(job.dbPath);
    db.exec(`PRAGMA hard_heap_limit = ${HEAP_LIMIT_BYTES}`);
    let stmt: StatementSync;
    if (job.userSql) {
      const fenced = prepareReadOnly(db, job.sql);
      stmt = fenced.stmt;
      explain = fenced.explain;
    } else stmt = db.prepare(job.sql);
    await send({ columns: uniqueColumnNames(stmt.columns().map((c) => c.name)) });
    stmt.setReturnArrays(true);
    // Integers past 2^53 arrive whole (the output prints them exactly), not as an error.
    stmt.setReadBigInts(true);
    let batch: unknown[][] = [];
    for (const row of stmt.iterate(...job.params)) {
      batch.push(row as unknown as unknown[]);
      if (batch.length >= job.batchRows) {
        await send({ rows: batch });
        batch = [];
        const m = await nextMessage();
        if (!('next' in m)) return;
      }
    }
    if (batch.length > 0) await send({ rows: batch });
    await send({ done: true });
  } catch (err) {
    if ((err as Error)?.message === 'the parent went away') return;
    await send(asMessage(err, job, explain)).catch(() => undefined);
  }
}

/** Child main: waits for the job, runs it, and lets the process end. */
export async function queryChildMain(): Promise<void> {
  delete process.env[QUERY_CHILD_ENV];
  const first = await nextMessage().catch(() => null);
  if (first !== null && 'job' in first) await run(first.job);
  process.disconnect?.();
}
