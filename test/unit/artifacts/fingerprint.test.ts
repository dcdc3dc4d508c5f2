import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fingerprints, matchProblems, normaliseMessage } from '../../../src/artifacts/fingerprint.js';
import type { Diagnostic } from '../../../src/artifacts/diagnostic.js';

const d = (file: string, line: number, rule: string, message: string): Diagnostic => ({ file, line, column: 1, rule, severity: 'error', message });

test('a problem keeps its fingerprint when lines above it move, and differs by file, rule and field', () => {
  const [a] = fingerprints([d('x.md', 4, 'schema', 'status must be one of draft, active (found "bogus")')]);
  const [b] = fingerprints([d('x.md', 9, 'schema', 'status must be one of draft, active (found "bogus")')]);
  assert.equal(a, b);
  const others = fingerprints([
    d('y.md', 4, 'schema', 'status must be one of draft, active (found "bogus")'),
    d('x.md', 4, 'other', 'status must be one of draft, active (found "bogus")'),
    d('x.md', 4, 'schema', 'kind must be one of draft, active (found "bogus")'),
  ]);
  assert.equal(new Set([a, ...others]).size, 4);
});

test('positions inside a message do not count', () => {
  assert.equal(normaliseMessage('duplicate key title (first at line 3)'), normaliseMessage('duplicate key  title (first at line 12)'));
  assert.notEqual(normaliseMessage('hmean 0.81'), normaliseMessage('hmean 0.82'));
});

test('matchProblems: new, existing, fixed; a renamed file keeps its problems; a second identical problem is new', () => {
  const old = d('a/old.md', 2, 'unknown-key', 'unknown field baseine: did you mean baseline?');
  const gone = d('a/old.md', 5, 'schema', 'tags[0] must be lowercase');
  const moved = { ...old, file: 'b/new.md', line: 7 };
  const twin = { ...old, file: 'b/new.md', line: 9 };
  const m = matchProblems([old, gone], [moved, twin], new Map([['b/new.md', 'a/old.md']]));
  assert.deepEqual(m.existing, [moved]);
  assert.deepEqual(m.added, [twin]);
  assert.deepEqual(m.fixed, [gone]);
  const noRename = matchProblems([old], [moved]);
  assert.deepEqual(noRename.added, [moved]);
  assert.deepEqual(noRename.fixed, [old]);
});
