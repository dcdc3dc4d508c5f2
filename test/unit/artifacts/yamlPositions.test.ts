import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { YamlPositions } from '../../../src/artifacts/yamlPositions.ts';

// File lines when the YAML starts at file line 2 (after the opening ---).
const YAML = [
  'ads_version: 1.0', // 2
  'type: report', // 3
  'metrics:', // 4
  '  hmean: 0.91', // 5
  '  latency_ms:', // 6
  '    value: 41 # ms', // 7
  'tags: [ocr, image-processing]', // 8
  'commands:', // 9
  '  - python train.py', // 10
  '  - python eval.py', // 11
  '"2024": quoted number key', // 12
  '2025: plain number key', // 13
  'title: "quoted"', // 14
].join('\n') + '\n';

const pos = (l: { line: number; column: number }) => [l.line, l.column];

describe('YamlPositions.value', () => {
  const p = new YamlPositions(YAML, 2);

  it('locates top-level values with the start line applied', () => {
    assert.deepEqual(pos(p.value(['ads_version'])), [2, 14]);
    assert.deepEqual(pos(p.value(['type'])), [3, 7]);
  });

  it('locates values of nested map keys', () => {
    assert.deepEqual(pos(p.value(['metrics', 'hmean'])), [5, 10]);
    assert.deepEqual(pos(p.value(['metrics', 'latency_ms', 'value'])), [7, 12]);
  });

  it('locates flow sequence items', () => {
    assert.deepEqual(pos(p.value(['tags', '0'])), [8, 8]);
    assert.deepEqual(pos(p.value(['tags', '1'])), [8, 13]);
  });

  it('locates block sequence items at the item, not the dash', () => {
    assert.deepEqual(pos(p.value(['commands', '0'])), [10, 5]);
    assert.deepEqual(pos(p.value(['commands', '1'])), [11, 5]);
  });

  it('finds keys that look like numbers, quoted or not', () => {
    assert.deepEqual(pos(p.value(['2024'])), [12, 9]);
    assert.deepEqual(pos(p.value(['2025'])), [13, 7]);
  });

  it('gives the source text of a scalar as written', () => {
    assert.equal(p.value(['ads_version']).source, '1.0');
    assert.equal(p.value(['metrics', 'hmean']).source, '0.91');
    assert.equal(p.value(['title']).source, '"quoted"');
    // A trailing comment is not part of the value.
    assert.equal(p.value(['metrics', 'latency_ms', 'value']).source, '41');
    assert.equal(p.value(['tags']).source, '[ocr, image-processing]');
    // A block collection: from its first item to its last, without the trailing line break.
    assert.equal(p.value(['commands']).source, '- python train.py\n  - python eval.py');
  });

  it('falls back to the nearest existing ancestor for missing paths', () => {
    // metrics exists; its value (a block map) starts at "hmean" on line 5.
    assert.deepEqual(pos(p.value(['metrics', 'nope'])), [5, 3]);
    assert.deepEqual(pos(p.value(['metrics', 'latency_ms', 'unit'])), [7, 5]);
    // A missing index in a flow list falls back to the list.
    assert.deepEqual(pos(p.value(['tags', '5'])), [8, 7]);
    // Path through a scalar: stops at the scalar.
    assert.deepEqual(pos(p.value(['type', 'x'])), [3, 7]);
    // Nothing matches: the document itself.
    assert.deepEqual(pos(p.value(['nope', 'deeper'])), [2, 1]);
  });

  it('points at the document start for the empty path', () => {
    assert.deepEqual(pos(p.value([])), [2, 1]);
  });

  it('applies a different start line', () => {
    const q = new YamlPositions(YAML, 10);
    assert.deepEqual(pos(q.value(['metrics', 'hmean'])), [13, 10]);
    assert.deepEqual(pos(q.value(['commands', '1'])), [19, 5]);
  });

  it('returns the opening fence line for an empty document', () => {
    assert.deepEqual(pos(new YamlPositions('', 2).value(['type'])), [1, 1]);
  });
});

describe('YamlPositions.key', () => {
  const p = new YamlPositions(YAML, 2);

  it('locates top-level and nested keys', () => {
    assert.deepEqual(pos(p.key(['type'])), [3, 1]);
    assert.deepEqual(pos(p.key(['metrics', 'hmean'])), [5, 3]);
    assert.deepEqual(pos(p.key(['metrics', 'latency_ms', 'value'])), [7, 5]);
    assert.deepEqual(pos(p.key(['2024'])), [12, 1]);
  });

  it('falls back to the value for sequence items, which have no key', () => {
    assert.deepEqual(pos(p.key(['commands', '1'])), [11, 5]);
  });

  it('falls back to the nearest ancestor for a missing key', () => {
    assert.deepEqual(pos(p.key(['metrics', 'missing'])), [5, 3]);
  });
});
