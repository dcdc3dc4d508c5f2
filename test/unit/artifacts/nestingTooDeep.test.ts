import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import yaml from 'js-yaml';
import { MAX_NESTING, jsonTooDeep, yamlTooDeep, yamlTooDeepScan } from '../../../src/artifacts/nestingTooDeep.ts';
import { parseFrontmatter } from '../../../src/artifacts/parseFrontmatter.ts';

const nestedBlock = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1';

describe('nesting depth, measured before parsing', () => {
  it('what real frontmatter holds is never too deep, and parses', () => {
    const ok = [
      'a: [1, [2, {b: [3]}]]',
      nestedBlock(MAX_NESTING - 1),
      `x: ${'['.repeat(MAX_NESTING - 1)}${']'.repeat(MAX_NESTING - 1)}`,
      `title: "brackets [[[[ in quotes" # and [[[[ in a comment\nnote: it's [fine]`,
      `text: |\n  ${'['.repeat(200)}\n  more\nnext: 1`,
      `- - - a\n- b`,
    ];
    for (const y of ok) {
      assert.equal(yamlTooDeep(y), null, y.slice(0, 60));
      yaml.load(y);
    }
  });

  it('10,000 levels of [, { or - (3,000 of indentation): the first character past the limit, in linear time', () => {
    const n = 10_000;
    const started = performance.now();
    assert.deepEqual(yamlTooDeep(`x: ${'['.repeat(n)}`), { line: 1, column: 3 + MAX_NESTING });
    assert.deepEqual(yamlTooDeep(`x: ${'{a: '.repeat(n)}1${'}'.repeat(n)}`), { line: 1, column: 4 + 4 * (MAX_NESTING - 1) });
    assert.deepEqual(yamlTooDeep(nestedBlock(3000)), { line: MAX_NESTING + 1, column: 2 * MAX_NESTING + 1 });
    assert.deepEqual(yamlTooDeep(`${'- '.repeat(n)}x`), { line: 1, column: 2 * MAX_NESTING - 1 });
    assert.deepEqual(jsonTooDeep(`{"a":\n ${'['.repeat(n)}`), { line: 2, column: 1 + MAX_NESTING });
    assert.equal(jsonTooDeep('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}'), null);
    assert.ok(performance.now() - started < 1000);
  });

  it('parseFrontmatter reports yaml-depth instead of recursing', () => {
    for (const y of [`x: ${'['.repeat(100_000)}`, `x: ${'{a: '.repeat(100_000)}`, nestedBlock(3000)]) {
      const r = parseFrontmatter(`---\ntype: report\n${y}\n---\n# Body\n`);
      assert.equal(r.data, null);
      assert.deepEqual(r.findings.map((f) => f.rule), ['yaml-depth']);
      assert.ok(r.findings[0]!.line >= 3);
    }
  });

  it('the quick bound never hides a level: the same answer as the full scan, random texts at small limits', () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['- ', '-', 'a: ', 'k:', '[', ']', '{', '}', '\n', '\n  ', '\n    ', '\r\n', ' ', '"x[', '\'y{', '# [', '|', '>', 'x-y', ', '];
    for (let t = 0; t < 3000; t++) {
      const text = Array.from({ length: 1 + rand(14) }, () => pieces[rand(pieces.length)]).join('');
      for (let max = 0; max <= 8; max++) assert.deepEqual(yamlTooDeep(text, max), yamlTooDeepScan(text, max), `${JSON.stringify(text)} at ${max}`);
    }
  });
});
