import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixText } from '../../../src/authoring/fixText.ts';

const opts = { localOffset: () => 540 };

describe('fixText', () => {
  it('repairs timestamps, tags and ads_version, and nothing else: comments, order, quoting and body stay byte for byte', () => {
    const before = `---
# owner: kim
type: report   # the type
created: 2025-12-18 09:30
updated: '2025-12-18T10:00:00+0900'
tags: [OCR, 'ocr', Image Processing]  # tags
metrics: {hmean: 0.91}
comparison: improvement
---
# Body with created: 2025-12-18 and tags: [OCR]
`;
    const r = fixText(before, opts)!;
    assert.equal(r.text, `---
ads_version: "1.0"
# owner: kim
type: report   # the type
created: "2025-12-18T09:30:00+09:00"
updated: "2025-12-18T10:00:00+09:00"
tags: [ocr, image-processing]  # tags
metrics: {hmean: 0.91}
comparison: improvement
---
# Body with created: 2025-12-18 and tags: [OCR]
`);
    assert.deepEqual(r.changes.map((c) => c.line), [2, 5, 6, 7], 'lines of the fixed file');
    assert.match(r.changes[1]!.message, /created: 2025-12-18 09:30 -> "2025-12-18T09:30:00\+09:00" \(no offset was written: assumed this machine's, \+09:00\)/);
    assert.match(r.changes[3]!.message, /OCR -> ocr, removed the duplicate 'ocr', Image Processing -> image-processing/);
    assert.deepEqual(fixText(r.text, opts)!.changes, [], 'a second run changes nothing');
  });

  it('block lists: changed items in place, duplicate lines removed, comments kept; CRLF kept', () => {
    const before = '---\r\nads_version: "1.0"\r\ntags:\r\n  - Baseline  # first\r\n  - baseline\r\n  - 2024\r\n  - ok\r\nstatus: active\r\n---\r\nbody\r\n';
    const r = fixText(before, opts)!;
    assert.equal(r.text, '---\r\nads_version: "1.0"\r\ntags:\r\n  - baseline  # first\r\n  - "2024"\r\n  - ok\r\nstatus: active\r\n---\r\nbody\r\n');
    const added = fixText('---\r\ntype: script\r\n---\r\n', opts)!;
    assert.equal(added.text, '---\r\nads_version: "1.0"\r\ntype: script\r\n---\r\n');
  });

  it('flow lists over several lines: items changed in place, a duplicate removed with its comma, comments kept', () => {
    const r = fixText('---\nads_version: "1.0"\ntags: [OCR,  # the first\n  Layout, layout,\n  extra]\n---\n', opts)!;
    assert.equal(r.text, '---\nads_version: "1.0"\ntags: [ocr,  # the first\n  layout,\n  extra]\n---\n');
    assert.deepEqual(fixText(r.text, opts)!.changes, []);
  });

  it('an unquoted 1.0 version is quoted as written; other versions are left for a person', () => {
    assert.equal(fixText('---\nads_version: 1.10\n---\n', opts)!.text, '---\nads_version: "1.10"\n---\n');
    assert.deepEqual(fixText('---\nads_version: v1\n---\n', opts)!.changes, []);
  });

  it('leaves unusable tags and unknown timestamp forms as they are (they stay diagnostics)', () => {
    const text = '---\nads_version: "1.0"\ncreated: last tuesday\ntags: [日本, ok]\n---\n';
    assert.deepEqual(fixText(text, opts), { text, changes: [] });
  });

  it('never touches a file it cannot parse', () => {
    for (const text of ['no frontmatter\n', '---\ntags: [a\n---\n', '---\na: 1\na: 2\n---\n', '---\n- a\n---\n', '---\ncreated: 2025-12-18\n']) {
      assert.equal(fixText(text, opts), null, text);
    }
  });

  it('--touch sets updated, or adds it after created', () => {
    const now = '2026-01-02T03:04:05+09:00';
    assert.equal(fixText('---\nads_version: "1.0"\ncreated: "2025-01-01T00:00:00Z"\nupdated: "2025-01-01T00:00:00Z"\n---\n', { ...opts, touch: now })!.text, `---\nads_version: "1.0"\ncreated: "2025-01-01T00:00:00Z"\nupdated: "${now}"\n---\n`);
    const r = fixText('---\nads_version: "1.0"\ncreated: "2025-01-01T00:00:00Z"\ntags: []\n---\n', { ...opts, touch: now })!;
    assert.equal(r.text, `---\nads_version: "1.0"\ncreated: "2025-01-01T00:00:00Z"\nupdated: "${now}"\ntags: []\n---\n`);
    assert.deepEqual(r.changes, [{ line: 4, message: `added updated: "${now}" (--touch)` }]);
    // An empty `updated:` is filled after its colon (the other repairs of the file are made too).
    const empty = fixText('---\nads_version: "1.0"\nupdated:   # when\ntags: [A]\n---\n', { ...opts, touch: now })!;
    assert.equal(empty.text, `---\nads_version: "1.0"\nupdated: "${now}"   # when\ntags: [a]\n---\n`);
    assert.deepEqual(empty.changes.map((c) => c.line), [3, 4]);
  });
});
