import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closest, editDistance } from '../../../src/util/distance.ts';

describe('editDistance', () => {
  it('is 0 for equal strings and the length for an empty side', () => {
    assert.equal(editDistance('status', 'status'), 0);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('ab', ''), 2);
  });

  it('counts insertions, deletions and substitutions', () => {
    assert.equal(editDistance('tag', 'tags'), 1);
    assert.equal(editDistance('tags', 'tag'), 1);
    assert.equal(editDistance('type', 'tyqe'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });

  it('counts an adjacent transposition as 1', () => {
    assert.equal(editDistance('stauts', 'status'), 1);
    assert.equal(editDistance('ab', 'ba'), 1);
  });

  it('is an optimal string alignment distance (no edits inside a transposed pair)', () => {
    // Damerau-Levenshtein would give 2 (ca -> ac -> abc); OSA may not edit the swapped pair again.
    assert.equal(editDistance('ca', 'abc'), 3);
  });

  it('is case-sensitive', () => {
    assert.equal(editDistance('Status', 'status'), 1);
  });

  it('caps the result at max + 1', () => {
    assert.equal(editDistance('abcd', 'wxyz', 2), 3);
    assert.equal(editDistance('abcd', 'wxyz'), 4);
    assert.equal(editDistance('abcdefgh', 'zyxwvuts'), 4);
    // Length difference alone over max: capped without computing.
    assert.equal(editDistance('a', 'abcdefg'), 4);
    assert.equal(editDistance('a', 'abcdefg', 10), 6);
  });
});

describe('closest', () => {
  const FIELDS = ['ads_version', 'type', 'status', 'created', 'updated', 'tags', 'experiment_id', 'evidence_count'];

  it('suggests the field one typo away', () => {
    assert.equal(closest('stauts', FIELDS), 'status');
    assert.equal(closest('tag', FIELDS), 'tags');
    assert.equal(closest('updatd', FIELDS), 'updated');
    assert.equal(closest('experimnt_id', FIELDS), 'experiment_id');
  });

  it('compares case-insensitively but never returns the word itself', () => {
    assert.equal(closest('Status', FIELDS), 'status');
    assert.equal(closest('STATUS', FIELDS), 'status');
    assert.equal(closest('status', FIELDS), undefined);
    assert.equal(closest('status', ['status', 'statuz']), 'statuz');
  });

  it('returns undefined when nothing is close', () => {
    assert.equal(closest('banana', FIELDS), undefined);
    assert.equal(closest('x', []), undefined);
  });

  it('allows 1 edit for words up to 4 characters', () => {
    assert.equal(closest('tgas', ['tags']), 'tags'); // transposition
    assert.equal(closest('tgs', ['tags']), 'tags');
    assert.equal(closest('tgsa', ['tags']), undefined); // 2 edits
  });

  it('allows 2 edits for words of 5 to 8 characters', () => {
    assert.equal(closest('stxtxs', ['status']), 'status'); // 2 substitutions
    assert.equal(closest('sxxxus', ['status']), undefined); // 3
    assert.equal(closest('crxxted', ['created']), 'created'); // 2, length 7
  });

  it('allows 3 edits from 9 characters on', () => {
    assert.equal(closest('abcdefghi', ['abcdefxyz']), 'abcdefxyz'); // 9 characters, 3 edits
    assert.equal(closest('abcdefgh', ['abcdexyz']), undefined); // 8 characters, 3 edits
    assert.equal(closest('xxxdence_count', ['evidence_count']), 'evidence_count'); // 3
    assert.equal(closest('xxxxence_count', ['evidence_count']), undefined); // 4
  });

  it('prefers the nearer candidate, and the first one on a tie', () => {
    assert.equal(closest('tagss', ['tag', 'tags']), 'tags');
    assert.equal(closest('tagss', ['tags', 'tag']), 'tags');
    assert.equal(closest('abcd', ['abce', 'abcf']), 'abce');
  });

  it('accepts any iterable of candidates', () => {
    assert.equal(closest('stauts', new Set(FIELDS)), 'status');
  });
});
