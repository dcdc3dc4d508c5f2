import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatFromPath, formatRows, resolveFormat, toCsv, toJson, toNdjson, toTable, type QueryResult } from '../../../src/query/output.ts';
import { parseCsv } from '../../helpers/csv.ts';

const tricky: QueryResult = {
  columns: ['name', 'value', 'note', 'blob'],
  rows: [
    { name: 'plain', value: 1, note: null, blob: null },
    { name: 'comma, "quote"', value: 0.125, note: 'line one\nline two', blob: new Uint8Array([0, 255, 1]) },
    { name: ' padded ', value: -3e-7, note: 'crlf\r\nend', blob: null },
    { name: 'ünïcödé 🚀', value: 12345678901, note: '=SUM(A1)', blob: null },
  ],
};

describe('CSV (RFC 4180)', () => {
  it('round-trips every cell through a strict reader', () => {
    const csv = toCsv(tricky);
    assert.ok(csv.endsWith('\r\n'));
    const back = parseCsv(csv);
    assert.deepEqual(back[0], tricky.columns);
    assert.equal(back.length, tricky.rows.length + 1);
    assert.deepEqual(back[2], ['comma, "quote"', '0.125', 'line one\nline two', 'AP8B']);
    assert.deepEqual(back[3], [' padded ', '-3e-7', 'crlf\r\nend', '']);
    assert.deepEqual(back[4], ['ünïcödé 🚀', '12345678901', '=SUM(A1)', '']);
    assert.deepEqual(back[1], ['plain', '1', '', '']);
  });
  it('writes the header even with no rows', () => {
    assert.equal(toCsv({ columns: ['a', 'b'], rows: [] }), 'a,b\r\n');
  });
});

describe('JSON and NDJSON', () => {
  it('keep types: numbers stay numbers, null stays null, blobs become base64', () => {
    const back = JSON.parse(toJson(tricky));
    assert.equal(back[1].value, 0.125);
    assert.equal(back[3].value, 12345678901);
    assert.equal(back[0].note, null);
    assert.equal(back[1].blob, 'AP8B');
    assert.deepEqual(Object.keys(back[0]), tricky.columns, 'keys in column order');
  });
  it('JSON is exactly what JSON.stringify(rows, null, 2) prints (built row by row for speed)', () => {
    const plain = (r: QueryResult) => `${JSON.stringify(r.rows.map((row) => Object.fromEntries(r.columns.map((c) => [c, row[c] instanceof Uint8Array ? Buffer.from(row[c] as Uint8Array).toString('base64') : (row[c] ?? null)]))), null, 2)}\n`;
    assert.equal(toJson(tricky), plain(tricky));
    assert.equal(toJson({ columns: ['a'], rows: [] }), '[]\n');
    assert.equal(toJson({ columns: [], rows: [{}, {}] }), plain({ columns: [], rows: [{}, {}] }));
    assert.equal(toJson({ columns: ['x "y"', 'ü'], rows: [{ 'x "y"': 'q"\n', ü: Number.NaN }] }), plain({ columns: ['x "y"', 'ü'], rows: [{ 'x "y"': 'q"\n', ü: Number.NaN }] }));
  });
  it('NDJSON is one parseable object per line, equal to the JSON rows', () => {
    const lines = toNdjson(tricky).split('\n');
    assert.equal(lines.pop(), '');
    assert.deepEqual(lines.map((l) => JSON.parse(l)), JSON.parse(toJson(tricky)));
    assert.equal(toNdjson({ columns: ['a'], rows: [] }), '');
  });
  it('bigints that fit stay numbers; the others become exact strings', () => {
    const back = JSON.parse(toJson({ columns: ['a', 'b'], rows: [{ a: 5n, b: 2n ** 63n - 1n }] }));
    assert.deepEqual(back, [{ a: 5, b: '9223372036854775807' }]);
  });
});

describe('tables', () => {
  it('aligns columns, right-aligns numbers, flattens newlines and cuts long cells', () => {
    const out = toTable({ columns: ['name', 'n'], rows: [{ name: 'a\nb', n: 5 }, { name: 'x'.repeat(80), n: 123 }] }, { maxCell: 10 });
    const lines = out.split('\n');
    assert.equal(lines[0], `name${' '.repeat(10)}n`);
    assert.equal(lines[2], `a⏎b${' '.repeat(11)}5`);
    assert.equal(lines[3], `${'x'.repeat(9)}…  123`);
    assert.equal(lines[4], '(2 rows)');
  });
  it("shows the index's UTC times with their zone; JSON and CSV keep the stored form", () => {
    const r = { columns: ['updated_at', 'note'], rows: [{ updated_at: '2025-12-18 10:00:00', note: '2025-12-18T10:00:00+09:00' }] };
    assert.match(toTable(r), /^2025-12-18 10:00:00 UTC {2}2025-12-18T10:00:00\+09:00$/m);
    assert.deepEqual(JSON.parse(toJson(r)), [{ updated_at: '2025-12-18 10:00:00', note: '2025-12-18T10:00:00+09:00' }]);
    assert.match(toCsv(r), /\r\n2025-12-18 10:00:00,/);
  });

  it('with a width, cuts the widest free-text columns to fit, never ids, paths or numbers', () => {
    const id = '20251217_024343_image_enhancements';
    const path = 'experiment_manager/experiments/20251217_024343_image_enhancements/README.md';
    const r = { columns: ['experiment_id', 'title', 'description', 'file_path', 'n'], rows: [{ experiment_id: id, title: 'T'.repeat(50), description: 'D'.repeat(40), file_path: path, n: 123456 }] };
    const wide = toTable(r);
    assert.ok(wide.split('\n')[0]!.length > 100, 'no width: full width');
    const out = toTable(r, { width: 160 });
    const lines = out.split('\n');
    for (const l of lines) assert.ok(l.length <= 160, `${l.length}: ${l}`);
    assert.ok(lines[2]!.includes(id) && lines[2]!.includes(path) && lines[2]!.includes('123456'));
    assert.match(lines[2]!, /T+…  D+…? /);
    assert.equal(toTable(r, { width: 10 }).split('\n')[2]!.includes(path), true, 'a path stays whole even when nothing fits');
  });

  it('prints a count alone', () => {
    assert.equal(toTable({ columns: ['count'], rows: [{ count: 42 }] }), '42\n');
  });
});

describe('choosing the format', () => {
  it('follows --format, else the output extension, else the terminal', () => {
    assert.equal(resolveFormat('q', { isTTY: true }), 'table');
    assert.equal(resolveFormat('q', { isTTY: false }), 'json');
    assert.equal(resolveFormat('q', { output: 'out/r.CSV', isTTY: true }), 'csv');
    assert.equal(resolveFormat('q', { output: 'r.jsonl', isTTY: true }), 'ndjson');
    assert.equal(resolveFormat('q', { format: 'csv', output: 'r.csv', isTTY: true }), 'csv');
    assert.equal(resolveFormat('q', { format: 'ndjson', output: 'r.data', isTTY: true }), 'ndjson');
    assert.equal(formatFromPath('results'), undefined);
  });
  it('refuses an unknown format, an unknown extension and a contradiction', () => {
    assert.throws(() => resolveFormat('q', { format: 'xml', isTTY: true }), /--format must be one of table, json, csv, ndjson/);
    assert.throws(() => resolveFormat('q', { output: 'r.xlsx', isTTY: true }), /cannot tell the format from the name r\.xlsx/);
    assert.throws(() => resolveFormat('q', { format: 'json', output: 'r.csv', isTTY: true }), /does not match the extension/);
  });
  it('formatRows dispatches to each encoder', () => {
    const r: QueryResult = { columns: ['a'], rows: [{ a: 1 }] };
    assert.equal(formatRows(r, 'csv'), 'a\r\n1\r\n');
    assert.equal(formatRows(r, 'ndjson'), '{"a":1}\n');
    assert.deepEqual(JSON.parse(formatRows(r, 'json')), [{ a: 1 }]);
    assert.match(formatRows(r, 'table'), /^a\n-\n1\n\(1 row\)\n$/);
  });
});
