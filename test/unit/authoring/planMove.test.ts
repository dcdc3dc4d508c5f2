import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planMove } from '../../../src/authoring/planMove.ts';

const OLD = '20250101_000000_alpha';
const NEW = '20250101_000000_beta';

describe('planMove', () => {
  it('with the root at the repository top: own files move and change, other experiments change only baselines', () => {
    const plan = planMove({
      oldId: OLD,
      newId: NEW,
      root: '',
      files: [
        { path: `${OLD}/README.md`, text: `---\nexperiment_id: ${OLD}\nbaseline: ${OLD}\n---\n`, hadBom: true },
        { path: `${OLD}/state.json`, text: `{"id": "${OLD}"}`, hadBom: false },
        { path: `${OLD}/manifest.json`, text: `{"id": "${OLD}",}`, hadBom: false },
        { path: `20250202_000000_gamma/.metadata/reports/20250203_1000_report_x.md`, text: `---\nexperiment_id: ${OLD}\nbaseline: ${OLD}\n---\n`, hadBom: false },
        { path: `20250202_000000_gamma/state.json`, text: `{"id": "${OLD}"}`, hadBom: false },
        { path: 'notes.txt', text: OLD, hadBom: false },
      ],
    });
    assert.equal(plan.from, OLD);
    assert.equal(plan.to, NEW);
    assert.deepEqual(plan.rewrites.map((r) => [r.path, r.newPath, r.text]), [
      [`${OLD}/README.md`, `${NEW}/README.md`, `\uFEFF---\nexperiment_id: ${NEW}\nbaseline: ${NEW}\n---\n`],
      [`${OLD}/state.json`, `${NEW}/state.json`, `{"id": "${NEW}"}`],
      // Another experiment's file: only its baseline (its experiment_id is its own folder's business).
      ['20250202_000000_gamma/.metadata/reports/20250203_1000_report_x.md', '20250202_000000_gamma/.metadata/reports/20250203_1000_report_x.md', `---\nexperiment_id: ${OLD}\nbaseline: ${NEW}\n---\n`],
    ]);
    assert.deepEqual(plan.mentions.map((m) => m.path), [`${OLD}/manifest.json`, '20250202_000000_gamma/.metadata/reports/20250203_1000_report_x.md']);
    assert.match(plan.mentions[0]!.why, /not a JSON object that parses; edit it by hand/);
  });
});
