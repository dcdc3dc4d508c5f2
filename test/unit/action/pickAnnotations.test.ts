import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from '../../../src/artifacts/diagnostic.ts';
import { mostImportant, pickAnnotations } from '../../../src/action/pickAnnotations.ts';

const d = (file: string, line: number, rule: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({ file, line, column: 1, rule, severity, message: `${rule} at ${line}` });
const key = (x: Diagnostic) => `${x.file}:${x.line}:${x.rule}`;

describe('pickAnnotations', () => {
  it('keeps everything, in file and line order, when it fits', () => {
    const all = [d('b.md', 3, 'schema'), d('a.md', 9, 'file-name'), d('a.md', 2, 'bom', 'warning')];
    const { errors, warnings } = pickAnnotations(all);
    assert.deepEqual(errors.map(key), ['a.md:9:file-name', 'b.md:3:schema']);
    assert.deepEqual(warnings.map(key), ['a.md:2:bom']);
  });

  it('over the limit: the worst problem of each file first, files with worse problems first, then second problems', () => {
    const all = [
      // f1 has many schema errors; f2 one unparsable frontmatter; f3 a file name; f4 a duplicate id.
      d('f1.md', 1, 'schema'), d('f1.md', 2, 'schema'), d('f1.md', 3, 'schema'), d('f1.md', 4, 'schema'),
      d('f2.md', 5, 'yaml-syntax'),
      d('f3.md', 1, 'file-name'), d('f3.md', 7, 'schema'),
      d('f4.md', 6, 'duplicate-artifact-id'),
    ];
    assert.deepEqual(mostImportant(all, 4).map(key), ['f1.md:1:schema', 'f2.md:5:yaml-syntax', 'f3.md:7:schema', 'f4.md:6:duplicate-artifact-id']);
    // Round two takes each file's next problem, the more important first.
    assert.deepEqual(mostImportant(all, 6).map(key), ['f1.md:1:schema', 'f1.md:2:schema', 'f2.md:5:yaml-syntax', 'f3.md:1:file-name', 'f3.md:7:schema', 'f4.md:6:duplicate-artifact-id']);
  });

  it('limits errors and warnings separately, 10 each by default', () => {
    const all = [...Array.from({ length: 25 }, (_, i) => d(`e${String(i).padStart(2, '0')}.md`, 1, 'schema')), ...Array.from({ length: 12 }, (_, i) => d(`w${i}.md`, 1, 'unknown-key', 'warning'))];
    const { errors, warnings } = pickAnnotations(all);
    assert.equal(errors.length, 10);
    assert.equal(warnings.length, 10);
    assert.ok(errors.every((x) => x.severity === 'error') && warnings.every((x) => x.severity === 'warning'));
    assert.deepEqual(errors.map((x) => x.file), Array.from({ length: 10 }, (_, i) => `e${String(i).padStart(2, '0')}.md`));
  });

  it('a rule etk does not rank (a custom type) counts as a schema error', () => {
    assert.deepEqual(mostImportant([d('a.md', 1, 'bom'), d('b.md', 1, 'my-rule'), d('c.md', 1, 'schema')], 2).map(key), ['b.md:1:my-rule', 'c.md:1:schema']);
  });
});
