/**
 * The body's empty `| metric | value |` table (the report template's "Metrics" section) with one row
 * per metric given on the command line, in the order given. A table that already has rows, or a
 * template without such a table, is left as written.
 */
export function fillMetricsTable(body: string, metrics: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(metrics).filter(([, v]) => typeof v === 'number' || typeof v === 'string');
  if (entries.length === 0) return body;
  const table = /^(\|[ \t]*metric[ \t]*\|[ \t]*value[ \t]*\|[ \t]*\r?\n\|[ \t:|-]*-[ \t:|-]*\|[ \t]*)(\r?\n(?!\|)|(?![\s\S]))/im.exec(body);
  if (table === null) return body;
  const eol = table[2] === '' ? '\n' : table[2]!;
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const rows = entries.map(([name, value]) => `| ${cell(name)} | ${cell(String(value))} |`).join(eol);
  const at = table.index + table[1]!.length;
  return `${body.slice(0, at)}${eol}${rows}${body.slice(at)}`;
}
