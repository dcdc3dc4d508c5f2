import { UsageError } from '../errors.ts';
import { terminalSafe } from '../util/terminalSafe.ts';

/** What every listing command produces: ordered column names and one object per row. */
export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
}

export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'ndjson'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const EXTENSIONS: ReadonlyMap<string, OutputFormat> = new Map(Object.entries({ '.json': 'json', '.csv': 'csv', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.txt': 'table' } as const));

/** The format a file name implies (`results.csv` -> csv), or undefined for an extension etk does not know. */
export function formatFromPath(path: string): OutputFormat | undefined {
  const m = /\.[^./\\]+$/.exec(path.toLowerCase());
  return m ? EXTENSIONS.get(m[0]) : undefined;
}

/**
 * Picks the output format: --format wins; else --output's extension; else a table on a terminal and
 * JSON when piped. A --format that contradicts --output's extension is refused (a likely slip).
 */
export function resolveFormat(command: string, opts: { format?: string | undefined; output?: string | undefined; isTTY: boolean }): OutputFormat {
  const { format, output } = opts;
  if (format !== undefined && !(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`etk ${command}: --format must be one of ${OUTPUT_FORMATS.join(', ')} (found "${format}")`);
  }
  const fromPath = output !== undefined ? formatFromPath(output) : undefined;
  if (format !== undefined) {
    if (fromPath !== undefined && fromPath !== format && output !== undefined) {
      throw new UsageError(`etk ${command}: --format ${format} does not match the extension of --output ${output} (${fromPath})`, `rename the file or drop one of the two options`);
    }
    return format as OutputFormat;
  }
  if (output !== undefined) {
    if (fromPath === undefined) {
      throw new UsageError(`etk ${command}: cannot tell the format from the name ${output}`, `use a .json, .csv, .ndjson or .txt file name, or add --format`);
    }
    return fromPath;
  }
  return opts.isTTY ? 'table' : 'json';
}

/** A cell as JSON keeps it: numbers stay numbers, blobs become base64 strings, bigints numbers when exact. */
function jsonValue(v: unknown): unknown {
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  return v === undefined ? null : v;
}

/** A row as JSON prints it; no prototype, so a column named __proto__ is kept like any other. */
export function jsonRow(columns: readonly string[], row: Record<string, unknown>): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const c of columns) out[c] = jsonValue(row[c]);
  return out;
}

/** Cell text for CSV and tables: null is empty, numbers as JavaScript prints them. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** RFC 4180: CRLF line ends, a field with a comma, quote, CR or LF is quoted with quotes doubled. */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line (without its CRLF) from cell texts. */
export function toCsvLine(cells: readonly string[]): string {
  return cells.map(csvField).join(',');
}

export function toCsv(result: QueryResult): string {
  const lines = [toCsvLine(result.columns)];
  for (const row of result.rows) lines.push(toCsvLine(result.columns.map((c) => cellText(row[c]))));
  return `${lines.join('\r\n')}\r\n`;
}

/** Blobs, bigints or missing cells, which JSON.stringify would not print the way JSON output promises. */
function needsConversion(result: QueryResult): boolean {
  for (const row of result.rows) {
    for (const c of result.columns) {
      const v = row[c];
      if (v === undefined || typeof v === 'bigint' || v instanceof Uint8Array) return true;
    }
  }
  return false;
}

export function toJson(result: QueryResult): string {
  // Rows from node:sqlite already hold exactly the columns, in order: stringify them as they are
  // (one native pass) unless a cell needs converting.
  const rows = needsConversion(result) || result.rows.some((r) => Object.keys(r).length !== result.columns.length) ? result.rows.map((r) => jsonRow(result.columns, r)) : result.rows;
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export function toNdjson(result: QueryResult): string {
  return result.rows.map((r) => `${JSON.stringify(jsonRow(result.columns, r))}\n`).join('');
}

export interface TableOptions {
  /** Longest cell shown before it is cut with an ellipsis (the terminal is only so wide). */
  maxCell?: number;
  /** The terminal's width (stdout a TTY with `columns`): free-text columns are cut to fit it. */
  width?: number;
}

/** The index's canonical time text (UTC, 'YYYY-MM-DD HH:MM:SS'): a table shows it with its zone. */
const UTC_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** Columns of free text a table may cut to fit the terminal; ids, paths and numbers are never cut. */
const FREE_TEXT = /(^|_)(title|name|description|message|summary|snippet|text|note|hint|about|reason|origin)s?$/i;
const NEVER_CUT = /(^|_)(id|path|file|ids|paths|files)$/i;

/** The narrowest a free-text column gets when cut to fit (its header, or this many characters). */
const MIN_FREE_TEXT = 12;

/** Shortens `s` to `n` characters, the last one an ellipsis. */
function ellipsis(s: string, n: number): string {
  const chars = [...s];
  return chars.length > n ? `${chars.slice(0, Math.max(0, n - 1)).join('')}…` : s;
}

/**
 * An aligned text table: numbers right-aligned, newlines shown as ⏎, long cells cut (never an id or
 * a path: a column named `*_id`, `*path`, `*file`), times of the
 * index shown with their zone (`2025-12-18 10:00:00 UTC`). With `width` (a terminal), the widest
 * free-text columns (title, name, description, message …) are cut with … until the table fits;
 * ids, paths and numbers are never cut, so a table of those alone may still be wider.
 */
export function toTable(result: QueryResult, opts: TableOptions = {}): string {
  const maxCell = opts.maxCell ?? 60;
  const { columns, rows } = result;
  if (columns.length === 1 && rows.length === 1 && columns[0] === 'count') return `${cellText(rows[0]?.count)}\n`;
  const whole = columns.map((c) => NEVER_CUT.test(c));
  const shown = (v: unknown, i: number) => {
    const text = typeof v === 'string' && UTC_TIME.test(v) ? `${v} UTC` : cellText(v);
    const flat = terminalSafe(text.replace(/\r?\n/g, '⏎').replace(/\t/g, ' '));
    return whole[i] ? flat : ellipsis(flat, maxCell);
  };
  const cells = rows.map((r) => columns.map((c, i) => shown(r[c], i)));
  const numeric = columns.map((c) => rows.length > 0 && rows.every((r) => r[c] === null || r[c] === undefined || typeof r[c] === 'number' || typeof r[c] === 'bigint'));
  const width = columns.map((c, i) => Math.max([...c].length, ...cells.map((row) => [...(row[i] ?? '')].length)));
  if (opts.width !== undefined && opts.width > 0) {
    const cuttable = columns.map((c, i) => !numeric[i] && !whole[i] && FREE_TEXT.test(c));
    const floor = columns.map((c) => Math.max([...c].length, MIN_FREE_TEXT));
    let total = width.reduce((a, b) => a + b, 0) + 2 * Math.max(0, columns.length - 1);
    while (total > opts.width) {
      let widest = -1;
      for (let i = 0; i < columns.length; i++) if (cuttable[i] && width[i]! > floor[i]! && (widest < 0 || width[i]! > width[widest]!)) widest = i;
      if (widest < 0) break;
      width[widest]!--;
      total--;
    }
    for (const row of cells) for (let i = 0; i < columns.length; i++) if (cuttable[i]) row[i] = ellipsis(row[i]!, width[i]!);
  }
  const pad = (s: string, i: number) => {
    const gap = ' '.repeat(Math.max(0, (width[i] ?? 0) - [...s].length));
    return numeric[i] ? gap + s : s + gap;
  };
  const line = (vals: string[]) => vals.map(pad).join('  ').trimEnd();
  const out = [line(columns), line(width.map((w) => '-'.repeat(w))), ...cells.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}

/** One function renders every format, so every listing command behaves the same. */
export function formatRows(result: QueryResult, format: OutputFormat, opts: TableOptions = {}): string {
  switch (format) {
    case 'json':
      return toJson(result);
    case 'csv':
      return toCsv(result);
    case 'ndjson':
      return toNdjson(result);
    case 'table':
      return toTable(result, opts);
  }
}
