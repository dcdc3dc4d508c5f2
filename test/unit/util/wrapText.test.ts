import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrapText } from '../../../src/util/wrapText.ts';

test('wrapText breaks at spaces within the width, indents continuation lines, keeps a long word whole', () => {
  assert.deepEqual(wrapText('aa bb cc dd', 5), ['aa bb', 'cc dd']);
  assert.deepEqual(wrapText('  #1: one two three', 10, '    '), ['  #1: one', '    two', '    three']);
  assert.deepEqual(wrapText('averyveryverylongword x', 5), ['averyveryverylongword', 'x']);
  assert.deepEqual(wrapText('Δ ▲ ▼ ★', 3), ['Δ ▲', '▼ ★'], 'characters, not bytes');
  assert.deepEqual(wrapText('', 10), []);
});
