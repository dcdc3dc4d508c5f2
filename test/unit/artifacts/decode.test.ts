import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeArtifact, firstInvalidUtf8 } from '../../../src/artifacts/decode.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));

describe('firstInvalidUtf8', () => {
  it('returns -1 for valid UTF-8 of every sequence length', () => {
    assert.equal(firstInvalidUtf8(bytes('ascii é € 😀 \u{10ffff}')), -1);
    assert.equal(firstInvalidUtf8(new Uint8Array(0)), -1);
  });

  it('finds a lone Latin-1 byte', () => {
    assert.equal(firstInvalidUtf8(bytes('caf', [0xe9], ' ok')), 3);
    assert.equal(firstInvalidUtf8(bytes('caf', [0xe9])), 3);
  });

  it('rejects overlong encodings', () => {
    assert.equal(firstInvalidUtf8(bytes('ab', [0xc0, 0xaf])), 2);
    assert.equal(firstInvalidUtf8(bytes('ab', [0xc1, 0xbf])), 2);
    assert.equal(firstInvalidUtf8(bytes('ab', [0xe0, 0x80, 0xaf])), 2);
    assert.equal(firstInvalidUtf8(bytes('ab', [0xf0, 0x80, 0x80, 0xaf])), 2);
  });

  it('rejects UTF-16 surrogates and code points above U+10FFFF', () => {
    assert.equal(firstInvalidUtf8(bytes('x', [0xed, 0xa0, 0x80])), 1);
    assert.equal(firstInvalidUtf8(bytes('x', [0xed, 0xbf, 0xbf])), 1);
    assert.equal(firstInvalidUtf8(bytes('x', [0xf4, 0x90, 0x80, 0x80])), 1);
    assert.equal(firstInvalidUtf8(bytes('x', [0xf5, 0x80, 0x80, 0x80])), 1);
  });

  it('rejects a stray continuation byte and a 0xff byte', () => {
    assert.equal(firstInvalidUtf8(bytes('é', [0x80])), 2);
    assert.equal(firstInvalidUtf8(bytes('é', [0xff])), 2);
  });

  it('points at the lead byte of a sequence truncated by the end of the data', () => {
    assert.equal(firstInvalidUtf8(bytes('ok', [0xf0, 0x9f, 0x98])), 2);
    assert.equal(firstInvalidUtf8(bytes('ok', [0xe2, 0x82])), 2);
    assert.equal(firstInvalidUtf8(bytes('ok', [0xc3])), 2);
  });

  it('points at the lead byte when a continuation byte is missing mid-text', () => {
    assert.equal(firstInvalidUtf8(bytes('ok', [0xe2, 0x82], 'x')), 2);
  });
});

describe('decodeArtifact', () => {
  it('decodes plain UTF-8 with no findings', () => {
    const d = decodeArtifact(bytes('---\ntitle: Café\n---\n'));
    assert.deepEqual(d, { text: '---\ntitle: Café\n---\n', hadBom: false, findings: [] });
  });

  it('reports a NUL byte as binary at its line and column', () => {
    const d = decodeArtifact(bytes('---\nab', [0x00], 'c\n'));
    assert.equal(d.text, null);
    assert.equal(d.findings.length, 1);
    const f = d.findings[0]!;
    assert.deepEqual({ line: f.line, column: f.column, rule: f.rule }, { line: 2, column: 3, rule: 'binary' });
    assert.match(f.message, /NUL byte/);
    assert.ok(f.hint);
  });

  it('counts characters, not bytes, for the column of a NUL', () => {
    // "éü" is 4 bytes but 2 characters: the NUL is the third character.
    const d = decodeArtifact(bytes('éü', [0x00]));
    assert.deepEqual([d.findings[0]!.line, d.findings[0]!.column], [1, 3]);
  });

  it('reports binary before encoding when both apply', () => {
    const d = decodeArtifact(bytes([0xff, 0x00]));
    assert.equal(d.findings[0]!.rule, 'binary');
    assert.equal(d.findings.length, 1);
  });

  const encoding = (input: Uint8Array) => {
    const d = decodeArtifact(input);
    assert.equal(d.text, null);
    assert.equal(d.hadBom, false);
    assert.equal(d.findings.length, 1);
    const f = d.findings[0]!;
    assert.equal(f.rule, 'encoding');
    assert.ok(f.hint);
    return f;
  };

  it('reports a lone 0xe9 (Latin-1 é) with its offset, line and column', () => {
    const f = encoding(bytes('---\ntitle: Caf', [0xe9], '\n---\n'));
    // offset 14 = 4 ("---\n") + 10 ("title: Caf")
    assert.equal(f.message, 'file is not valid UTF-8 (byte 0xe9 at offset 14)');
    assert.deepEqual([f.line, f.column], [2, 11]);
  });

  it('reports an overlong 0xc0 0xaf at the 0xc0', () => {
    const f = encoding(bytes('a\nbc', [0xc0, 0xaf]));
    assert.equal(f.message, 'file is not valid UTF-8 (byte 0xc0 at offset 4)');
    assert.deepEqual([f.line, f.column], [2, 3]);
  });

  it('reports an encoded surrogate 0xed 0xa0 0x80 at the 0xed', () => {
    const f = encoding(bytes('x: ', [0xed, 0xa0, 0x80]));
    assert.equal(f.message, 'file is not valid UTF-8 (byte 0xed at offset 3)');
    assert.deepEqual([f.line, f.column], [1, 4]);
  });

  it('reports a 4-byte sequence truncated at the end of the file', () => {
    const f = encoding(bytes('line one\nemoji ', [0xf0, 0x9f, 0x98]));
    assert.equal(f.message, 'file is not valid UTF-8 (byte 0xf0 at offset 15)');
    assert.deepEqual([f.line, f.column], [2, 7]);
  });

  it('counts columns in characters: in "é\\xff" the bad byte is at column 2', () => {
    const f = encoding(bytes('ok\n', 'é', [0xff]));
    assert.equal(f.message, 'file is not valid UTF-8 (byte 0xff at offset 5)');
    assert.deepEqual([f.line, f.column], [2, 2]);
  });

  it('strips a BOM and reports it at 1:1', () => {
    const d = decodeArtifact(bytes([0xef, 0xbb, 0xbf], '---\na: 1\n---\n'));
    assert.equal(d.text, '---\na: 1\n---\n');
    assert.equal(d.hadBom, true);
    assert.equal(d.findings.length, 1);
    assert.deepEqual([d.findings[0]!.rule, d.findings[0]!.line, d.findings[0]!.column], ['bom', 1, 1]);
    assert.ok(d.findings[0]!.hint);
  });

  it('decodes a file that is only a BOM to empty text', () => {
    const d = decodeArtifact(bytes([0xef, 0xbb, 0xbf]));
    assert.equal(d.text, '');
    assert.equal(d.hadBom, true);
  });

  it('does not treat a BOM later in the file as a leading BOM', () => {
    const d = decodeArtifact(bytes('a', [0xef, 0xbb, 0xbf]));
    assert.equal(d.hadBom, false);
    assert.equal(d.text, 'a\ufeff');
    assert.deepEqual(d.findings, []);
  });

  it('decodes only the bytes of a view into a larger buffer', () => {
    const backing = Buffer.from('\u0000\u0000---\nok: yes\n---\n\u0000');
    const view = new Uint8Array(backing.buffer, backing.byteOffset + 2, backing.length - 3);
    const d = decodeArtifact(view);
    assert.equal(d.text, '---\nok: yes\n---\n');
    assert.deepEqual(d.findings, []);
  });

  it('strips a BOM from a view at a non-zero offset', () => {
    const backing = Buffer.concat([Buffer.from('junk'), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('text')]);
    const view = new Uint8Array(backing.buffer, backing.byteOffset + 4, 7);
    const d = decodeArtifact(view);
    assert.equal(d.text, 'text');
    assert.equal(d.hadBom, true);
  });
});
