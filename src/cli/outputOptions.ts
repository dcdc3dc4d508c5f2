import { resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { formatRows, resolveFormat, type OutputFormat, type QueryResult, type TableOptions } from '../query/output.ts';
import { describeQuery, type BuiltQuery } from '../query/runStatement.ts';
import { createRowStream, TABLE_MAX_ROWS, TableFullError, type RowStream } from '../query/rowStream.ts';
import { openOutputFile, writeOutputFile } from '../util/openOutputFile.ts';
import type { CliIO } from './io.ts';

/** The output flags every listing command shares. */
export const OUTPUT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
} as const;

export const OUTPUT_HELP = `  -f, --format F         table | json | csv | ndjson (default: table on a terminal, json otherwise)
  -o, --output FILE      write to FILE instead of stdout; the format follows the extension
                         (.json .csv .ndjson .jsonl .txt) unless --format is given. A file is
                         replaced atomically; a pipe or device (/dev/stdout) is written to; a
                         symbolic link or a missing folder is refused`;

export interface OutputValues {
  format?: unknown;
  output?: unknown;
}

export function outputFormat(command: string, values: OutputValues, io: CliIO): OutputFormat {
  return resolveFormat(command, {
    format: values.format as string | undefined,
    output: values.output as string | undefined,
    isTTY: io.stdout.isTTY === true,
  });
}

/** A table on a terminal fits its width; written to a file or a pipe, it keeps every character. */
export function tableOptions(values: OutputValues, io: CliIO): TableOptions {
  const cols = io.stdout.columns;
  return values.output === undefined && io.stdout.isTTY === true && typeof cols === 'number' && cols > 0 ? { width: cols } : {};
}

/**
 * Prints or writes one result. `render` replaces the table rendering (etk search prints hits, not a
 * table, on a terminal).
 */
export function emitResult(command: string, result: QueryResult, values: OutputValues, io: CliIO, render?: (r: QueryResult) => string): void {
  const format = outputFormat(command, values, io);
  const text = format === 'table' && render ? render(result) : formatRows(result, format, tableOptions(values, io));
  const output = values.output as string | undefined;
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  writeOutputFile(resolve(io.cwd, output), text);
  io.stderr.write(`etk ${command}: wrote ${rowCount(result.rows.length)} to ${output} (${format})\n`);
}

const rowCount = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

/** Where a streamed result goes: its columns first, then its rows batch by batch. */
export interface RowSink {
  onColumns(columns: string[]): void;
  onRows(rows: unknown[][]): void;
}

/**
 * Prints or writes a result that arrives in pieces (runBoundedQuery), in constant memory for json,
 * csv and ndjson. A table stops at TABLE_MAX_ROWS rows: what was collected is printed, then a usage
 * error says why. A failure midway leaves a --output file as it was.
 */
export async function emitStream(command: string, values: OutputValues, io: CliIO, run: (sink: RowSink) => Promise<void>): Promise<void> {
  const format = outputFormat(command, values, io);
  const output = values.output as string | undefined;
  const file = output === undefined ? null : openOutputFile(resolve(io.cwd, output));
  const write = file === null ? (text: string) => void io.stdout.write(text) : (text: string) => file.write(text);
  let stream: RowStream | null = null;
  try {
    await run({
      onColumns: (columns) => {
        stream = createRowStream(format, columns, write, tableOptions(values, io));
      },
      onRows: (rows) => stream?.push(rows),
    });
  } catch (err) {
    if (!(err instanceof TableFullError)) {
      file?.abort();
      throw err;
    }
    (stream as RowStream | null)?.end();
    file?.commit();
    throw new UsageError(`etk ${command}: stopped at ${TABLE_MAX_ROWS} rows, the most a table shows; the output is incomplete`, 'use --format csv, json or ndjson (they stream any number of rows), or add a LIMIT');
  }
  const n = (stream as RowStream | null)?.end() ?? 0;
  file?.commit();
  if (output !== undefined) io.stderr.write(`etk ${command}: wrote ${rowCount(n)} to ${output} (${format})\n`);
}

/** `--output` must never replace the index it reads (or its -wal / -shm files). */
export function refuseOutputOverIndex(command: string, values: OutputValues, dbPath: string, io: CliIO): void {
  if (typeof values.output !== 'string') return;
  const out = resolve(io.cwd, values.output);
  const db = resolve(dbPath);
  if (out === db || out === `${db}-wal` || out === `${db}-shm` || out === `${db}-journal`) {
    throw new UsageError(`etk ${command}: --output ${values.output} is the index itself`, 'write the result to another file');
  }
}

/** `--show-sql`: the statement and its parameters on stderr, so stdout stays the result. */
export function showSql(io: CliIO, query: BuiltQuery): void {
  io.stderr.write(describeQuery(query));
}
