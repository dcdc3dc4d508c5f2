import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rewriteFrontmatterValues, rewriteJsonValues } from '../../../src/authoring/rewriteValues.ts';

const OLD = '20251008_101500_image_enhancements';
const NEW = '20251008_101500_image_pipeline';
const id = [{ keys: ['experiment_id', 'id'], from: OLD, to: NEW }];
const baseline = [{ keys: ['baseline'], from: OLD, to: NEW }];

describe('rewriteFrontmatterValues', () => {
  it('changes only the value, in the quoting it was written in, and keeps every other byte', () => {
    const text = `---\nads_version: "1.0"   # kept\nexperiment_id: ${OLD}  # the folder\ntitle: 'About ${OLD}'\nmetrics:\n  hmean: {value: 0.9, baseline: 0.8}\nbaseline: "${OLD}"\n---\n\n# Body names ${OLD}\n`;
    const r = rewriteFrontmatterValues(text, [...id, ...baseline]);
    assert.ok(r);
    assert.equal(r.text, text.replace(`experiment_id: ${OLD}`, `experiment_id: ${NEW}`).replace(`baseline: "${OLD}"`, `baseline: "${NEW}"`));
    assert.deepEqual(r.changes, [
      { line: 3, before: `experiment_id: ${OLD}  # the folder`, after: `experiment_id: ${NEW}  # the folder` },
      { line: 7, before: `baseline: "${OLD}"`, after: `baseline: "${NEW}"` },
    ]);
  });

  it('keeps CRLF line ends and single quotes', () => {
    const text = `---\r\nexperiment_id: '${OLD}'\r\ntype: report\r\n---\r\nbody\r\n`;
    const r = rewriteFrontmatterValues(text, id);
    assert.equal(r?.text, text.replace(OLD, NEW));
    assert.deepEqual(r?.changes, [{ line: 2, before: `experiment_id: '${OLD}'`, after: `experiment_id: '${NEW}'` }]);
  });

  it('quotes a plain value that a YAML reader would read back as something else (a number in YAML 1.1)', () => {
    const r = rewriteFrontmatterValues(`---\nexperiment_id: ${OLD}\n---\n`, [{ keys: ['experiment_id'], from: OLD, to: '20251008_101500_2' }]);
    assert.equal(r?.text, '---\nexperiment_id: "20251008_101500_2"\n---\n');
  });

  it('leaves other keys, nested keys and other values alone; no changes when nothing matches', () => {
    const text = `---\nexperiment_id: 20250101_000000_other\nnotes:\n  baseline: ${OLD}\nrelated: ${OLD}\n---\n`;
    assert.deepEqual(rewriteFrontmatterValues(text, [...id, ...baseline]), { text, changes: [] });
  });

  it('returns null for frontmatter that does not parse (the file is never touched)', () => {
    assert.equal(rewriteFrontmatterValues(`---\nexperiment_id: ${OLD}\ntags: [a\n---\n`, id), null);
  });
});

describe('rewriteJsonValues', () => {
  it('edits the value text in place, formatting kept, and both id keys', () => {
    const text = `{\n    "id" : "${OLD}",\n  "experiment_id":"${OLD}", "nested": {"experiment_id": "${OLD}"},\n  "n": 1.50\n}\n`;
    const r = rewriteJsonValues(text, id);
    assert.ok(r);
    assert.equal(r.text, `{\n    "id" : "${NEW}",\n  "experiment_id":"${NEW}", "nested": {"experiment_id": "${OLD}"},\n  "n": 1.50\n}\n`);
    assert.deepEqual(r.changes.map((c) => c.line), [2, 3]);
  });

  it('returns null for a file that is not a JSON object', () => {
    assert.equal(rewriteJsonValues(`["${OLD}"]`, id), null);
    assert.equal(rewriteJsonValues(`{"experiment_id": "${OLD}",}`, id), null);
  });
});
