import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCatFileBatch, parseGrepZ, parseLsFilesStage, splitZ } from '../../../src/git/parseZ.ts';

const OID_A = 'f102ca85ecc71ed10e9a355e1ea2682c146c02c0';
const OID_B = '587be6b4c3f93f93c489c0111bba5596147a26cb';
const OID_C = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';

/** Paths git prints verbatim under -z (no C-style quoting). */
const AWKWARD = ['a b ü.md', 'we\tird\nname "q".md', "it's.md", 'dir/sub dir/file.md'];

describe('splitZ', () => {
  it('returns no records for empty output (string or Buffer)', () => {
    assert.deepEqual(splitZ(''), []);
    assert.deepEqual(splitZ(Buffer.alloc(0)), []);
  });

  it('drops only the terminating NUL', () => {
    assert.deepEqual(splitZ('a\u0000b\u0000'), ['a', 'b']);
    // Output without a final NUL keeps its last record.
    assert.deepEqual(splitZ('a\u0000b'), ['a', 'b']);
  });

  it('keeps spaces, quotes, tabs, newlines and non-ASCII inside records', () => {
    const out = Buffer.from(AWKWARD.map((p) => `${p}\u0000`).join(''), 'utf8');
    assert.deepEqual(splitZ(out), AWKWARD);
  });

  it('decodes a Buffer as UTF-8', () => {
    assert.deepEqual(splitZ(Buffer.from([0x75, 0xcc, 0x88, 0x00, 0xc3, 0xbc, 0x00])), ['u\u0308', 'ü']);
  });
});

describe('parseLsFilesStage', () => {
  it('parses mode, oid, stage and path', () => {
    const out = `100644 ${OID_A} 0\tREADME.md\u0000`;
    assert.deepEqual(parseLsFilesStage(out), [{ mode: '100644', oid: OID_A, stage: 0, path: 'README.md' }]);
  });

  it('keeps paths with spaces, tabs, newlines, quotes and non-ASCII intact', () => {
    const out = Buffer.from(AWKWARD.map((p, i) => `100644 ${[OID_A, OID_B, OID_C, OID_A][i]} 0\t${p}\u0000`).join(''), 'utf8');
    const entries = parseLsFilesStage(out);
    assert.deepEqual(entries.map((e) => e.path), AWKWARD);
    assert.deepEqual(entries.map((e) => e.oid), [OID_A, OID_B, OID_C, OID_A]);
  });

  it('reads conflict stages as numbers', () => {
    const out = `100644 ${OID_A} 1\tx.md\u0000100644 ${OID_B} 2\tx.md\u0000100755 ${OID_C} 3\tx.md\u0000`;
    const entries = parseLsFilesStage(out);
    assert.deepEqual(entries.map((e) => e.stage), [1, 2, 3]);
    assert.equal(entries[2]!.mode, '100755');
  });

  it('returns nothing for an empty index', () => {
    assert.deepEqual(parseLsFilesStage(''), []);
  });
});

describe('parseGrepZ', () => {
  it('parses path, line number and text of each hit', () => {
    const out = 'a.md\u00002\u0000status: active\nb.md\u000010\u0000status: complete\n';
    assert.deepEqual(parseGrepZ(out), [
      { path: 'a.md', line: 2, text: 'status: active' },
      { path: 'b.md', line: 10, text: 'status: complete' },
    ]);
  });

  it('keeps awkward paths (spaces, tab, newline, quotes, ü) verbatim', () => {
    const out = Buffer.from(AWKWARD.map((p, i) => `${p}\u0000${i + 1}\u0000hit ${i}\n`).join(''), 'utf8');
    assert.deepEqual(
      parseGrepZ(out),
      AWKWARD.map((p, i) => ({ path: p, line: i + 1, text: `hit ${i}` })),
    );
  });

  it('keeps NULs out of the text and accepts a last hit without a newline', () => {
    const out = 'x.md\u00001\u0000a: "b\tc"\ny.md\u00003\u0000tail';
    assert.deepEqual(parseGrepZ(out), [
      { path: 'x.md', line: 1, text: 'a: "b\tc"' },
      { path: 'y.md', line: 3, text: 'tail' },
    ]);
  });

  it('returns no hits for empty output', () => {
    assert.deepEqual(parseGrepZ(''), []);
    assert.deepEqual(parseGrepZ(Buffer.alloc(0)), []);
  });
});

describe('parseCatFileBatch', () => {
  const blob = (oid: string, content: Buffer) => Buffer.concat([Buffer.from(`${oid} blob ${content.length}\n`), content, Buffer.from('\n')]);

  it('reads objects by their byte size, not by lines', () => {
    // Multi-byte UTF-8: 'hello ü\n' is 9 bytes but 8 characters.
    const a = Buffer.from('hello ü\nsecond line\n', 'utf8');
    const out = Buffer.concat([blob(OID_A, a), blob(OID_B, Buffer.from('x'))]);
    const objects = parseCatFileBatch(out);
    assert.deepEqual([...objects.keys()], [OID_A, OID_B]);
    assert.deepEqual(objects.get(OID_A), a);
    assert.equal(objects.get(OID_B)!.toString(), 'x');
  });

  it('keeps binary content with newlines, NULs and header-like bytes intact', () => {
    const binary = Buffer.concat([Buffer.from([0x00, 0x0a, 0xff, 0x0a, 0x00]), Buffer.from(`\n${OID_C} missing\n${OID_C} blob 3\n`)]);
    const out = Buffer.concat([blob(OID_A, binary), blob(OID_B, Buffer.from('next'))]);
    const objects = parseCatFileBatch(out);
    assert.equal(objects.size, 2);
    assert.deepEqual(objects.get(OID_A), binary);
    assert.equal(objects.get(OID_B)!.toString(), 'next');
    assert.equal(objects.has(OID_C), false);
  });

  it('skips missing objects and continues with the next one', () => {
    const out = Buffer.concat([
      Buffer.from(`${OID_C} missing\n`),
      blob(OID_A, Buffer.from('kept')),
      Buffer.from(`does-not-exist missing\n`),
      blob(OID_B, Buffer.from('also kept')),
    ]);
    const objects = parseCatFileBatch(out);
    assert.deepEqual([...objects.keys()], [OID_A, OID_B]);
    assert.equal(objects.get(OID_A)!.toString(), 'kept');
    assert.equal(objects.get(OID_B)!.toString(), 'also kept');
  });

  it('reads an empty blob as zero bytes', () => {
    const out = Buffer.concat([blob(OID_C, Buffer.alloc(0)), blob(OID_A, Buffer.from('after'))]);
    const objects = parseCatFileBatch(out);
    assert.equal(objects.get(OID_C)!.length, 0);
    assert.equal(objects.get(OID_A)!.toString(), 'after');
  });

  it('returns an empty map for empty output', () => {
    assert.equal(parseCatFileBatch(Buffer.alloc(0)).size, 0);
  });
});
