import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedConfigFile, checkTargets } from '../../../src/action/checkTargets.ts';

const R = 'experiment_manager/experiments';
const E1 = '20251217_024343_image_enhancements';
const E2 = '20251101_090000_text_detection';

describe('checkTargets', () => {
  it('keeps added and modified artifacts under the root; notes removed paths and removed experiments', () => {
    const changes = new Map<string, string | null>([
      [`${R}/${E1}/.metadata/reports/20251218_0930_report_a.md`, 'b1'],
      [`${R}/${E1}/README.md`, 'b2'],
      [`${R}/${E2}/README.md`, null],
      [`${R}/${E2}/.metadata/guides/20251218_0930_guide_b.md`, null],
      [`${R}/${E1}/notes.txt`, 'b3'],
      ['docs/README.md', 'b4'],
      [`${R}/README.md`, 'b5'],
    ]);
    assert.deepEqual(checkTargets(changes, R), {
      // The experiments root's README.md is a document (indexed, no artifact rules).
      paths: [`${R}/${E1}/.metadata/reports/20251218_0930_report_a.md`, `${R}/${E1}/README.md`, `${R}/README.md`],
      removed: [`${R}/${E2}/.metadata/guides/20251218_0930_guide_b.md`, `${R}/${E2}/README.md`],
      removedExperiments: [E2],
    });
  });

  it('a root of "" (the repository top) takes every experiment folder', () => {
    const t = checkTargets(new Map([[`${E1}/.metadata/x/20251218_0930_report_a.md`, 'b'], ['README.md', 'c']]), '');
    assert.deepEqual(t.paths, [`${E1}/.metadata/x/20251218_0930_report_a.md`, 'README.md']);
  });
});

describe('changedConfigFile', () => {
  const now = (texts: Record<string, string>) => (p: string) => texts[p] ?? null;
  it('etk.config.json or a custom schema in the change: the check must look at everything', () => {
    const files = [{ path: 'etk.config.json' }, { path: 'schemas/card.json' }];
    assert.equal(changedConfigFile(files, new Map([['schemas/card.json', 'x']]), now({}), now({})), 'schemas/card.json');
    assert.equal(changedConfigFile(files, new Map([['etk.config.json', null]]), now({}), now({})), 'etk.config.json');
    assert.equal(changedConfigFile(files, new Map([['other.json', 'x']]), now({}), now({})), null);
  });

  it('package.json counts only when its "etk" key changed', () => {
    const files = [{ path: 'package.json', key: 'etk' }];
    const changes = new Map([['package.json', 'x']]);
    const before = { 'package.json': '{"version":"1.0.0","etk":{"root":"docs"}}' };
    assert.equal(changedConfigFile(files, changes, now(before), now({ 'package.json': '{"version":"1.1.0","etk":{"root":"docs"}}' })), null);
    assert.equal(changedConfigFile(files, changes, now(before), now({ 'package.json': '{"version":"1.0.0","etk":{"root":"exp"}}' })), 'package.json (its "etk" key)');
    assert.equal(changedConfigFile(files, changes, now({}), now(before)), 'package.json (its "etk" key)');
  });
});
