import { resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { formatRows, resolveFormat, type OutputFormat, type QueryResult } from '../query/output.ts';
import { describeQuery, type BuiltQuery } from '../query/runStatement.ts';
import { writeFileAtomic } from '../util/writeFileAtomic.ts';
import type { CliIO } from './io.ts';

/** The output flags every listing command shares. */
export const OUTPUT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
} as const;

export const OUTPUT_HELP = `  -f, --format F         table | json | csv | ndjson (default: table on a terminal, json otherwise)
  -o, --output FILE      write to FILE (atomically) instead of stdout; the format follows the
                         extension (.json .csv .ndjson .jsonl .txt) unless --format is given`;

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

/**
 * Prints or writes one result. `render` replaces the table rendering (etk search prints hits, not a
 * table, on a terminal).
 */
export function emitResult(command: string, result: QueryResult, values: OutputValues, io: CliIO, render?: (r: QueryResult) => string): void {
  const format = outputFormat(command, values, io);
  const text = format === 'table' && render ? render(result) : formatRows(result, format);
  const output = values.output as string | undefined;
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  writeFileAtomic(resolve(io.cwd, output), text);
  io.stderr.write(`etk ${command}: wrote ${result.rows.length} row${result.rows.length === 1 ? '' : 's'} to ${output} (${format})\n`);
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
