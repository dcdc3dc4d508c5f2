import { cellText, jsonRow, toCsvLine, toTable, type OutputFormat, type QueryResult, type TableOptions } from './output.ts';

/** At most this many rows make a table (it needs every row to align the columns); the other formats stream. */
export const TABLE_MAX_ROWS = 10_000;

/** The table would exceed TABLE_MAX_ROWS: the caller stops the query and says so. */
export class TableFullError extends Error {
  constructor() {
    super(`a table shows at most ${TABLE_MAX_ROWS} rows`);
  }
}

export interface RowStream {
  /** Rows as arrays, in column order. */
  push(rows: readonly unknown[][]): void;
  /** Ends the output (closes the JSON array; prints the table); returns the number of rows. */
  end(): number;
}

/** Row objects without a prototype: a column named __proto__ or constructor is a column like any other. */
export function rowObject(columns: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values[i];
  return row;
}

/**
 * Renders rows as they arrive, so a result of any size passes through in constant memory: json,
 * csv and ndjson are written batch by batch (byte for byte what formatRows prints for the whole
 * result); a table is collected, at most TABLE_MAX_ROWS rows, and printed at the end.
 */
export function createRowStream(format: OutputFormat, columns: readonly string[], write: (text: string) => void, tableOptions: TableOptions = {}): RowStream {
  let count = 0;
  const table: Record<string, unknown>[] = [];
  if (format === 'csv') write(`${toCsvLine(columns)}\r\n`);
  return {
    push(rows) {
      if (rows.length === 0) return;
      if (format === 'table') {
        if (table.length + rows.length > TABLE_MAX_ROWS) throw new TableFullError();
        for (const r of rows) table.push(rowObject(columns, r));
        count += rows.length;
        return;
      }
      let text = '';
      for (const r of rows) {
        if (format === 'csv') text += `${toCsvLine(r.map(cellText))}\r\n`;
        else {
          const json = JSON.stringify(jsonRow(columns, rowObject(columns, r)), null, format === 'json' ? 2 : undefined);
          text += format === 'ndjson' ? `${json}\n` : `${count === 0 && text === '' ? '[\n' : ',\n'}${json.replace(/^/gm, '  ')}`;
        }
      }
      count += rows.length;
      write(text);
    },
    end() {
      if (format === 'json') write(count === 0 ? '[]\n' : '\n]\n');
      if (format === 'table') write(toTable({ columns: [...columns], rows: table } satisfies QueryResult, tableOptions));
      return count;
    },
  };
}
