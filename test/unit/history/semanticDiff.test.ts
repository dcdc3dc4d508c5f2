import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { semanticDiff, type Snapshot, type SnapshotArtifact } from '../../../src/history/semanticDiff.ts';

const art = (path: string, experiment_id: string, extra: Partial<SnapshotArtifact> = {}): SnapshotArtifact => ({ path, experiment_id, kind: 'artifact', type: 'report', title: 'T', status: 'active', declared_id: null, tags: [], ...extra });
const snap = (label: string, files: [string, string][], artifacts: SnapshotArtifact[], experiments: string[]): Snapshot => ({
  label,
  commit: null,
  files: new Map(files),
  artifacts,
  experiments: experiments.map((id) => ({ experiment_id: id, name: id, status: 'active' })),
  metrics: [],
  problems: [],
});

describe('semanticDiff', () => {
  it('a folder renamed with its files is an experiment rename and moves, not removals and additions', () => {
    const a = snap('a', [['r/e1/README.md', 'b1'], ['r/e1/.metadata/x.md', 'b2']], [art('r/e1/README.md', 'e1', { kind: 'manifest' }), art('r/e1/.metadata/x.md', 'e1')], ['e1']);
    const b = snap('b', [['r/e2/README.md', 'b1'], ['r/e2/.metadata/x.md', 'b2']], [art('r/e2/README.md', 'e2', { kind: 'manifest' }), art('r/e2/.metadata/x.md', 'e2')], ['e2']);
    const d = semanticDiff(a, b);
    assert.deepEqual(d.experiments.renamed, [{ from: 'e1', to: 'e2' }]);
    assert.deepEqual([d.experiments.added, d.experiments.removed, d.artifacts.added, d.artifacts.removed], [[], [], [], []]);
    assert.deepEqual(d.artifacts.moved.map((m) => [m.from_path, m.path, m.edited]), [['r/e1/.metadata/x.md', 'r/e2/.metadata/x.md', false], ['r/e1/README.md', 'r/e2/README.md', false]]);
  });

  it('moved and edited: matched by its declared id and type; the status change and tags are reported', () => {
    const a = snap('a', [['r/e/.metadata/a.md', 'b1']], [art('r/e/.metadata/a.md', 'e', { declared_id: 'x1', tags: ['ocr'] })], ['e']);
    const b = snap('b', [['r/e/.metadata/b.md', 'b9']], [art('r/e/.metadata/b.md', 'e', { declared_id: 'x1', status: 'complete', tags: ['ocr', 'new'] })], ['e']);
    const d = semanticDiff(a, b);
    assert.equal(d.artifacts.moved.length, 1);
    assert.deepEqual(d.artifacts.moved[0]!.status, { from: 'active', to: 'complete' });
    assert.deepEqual(d.artifacts.moved[0]!.tags_added, ['new']);
    assert.equal(d.artifacts.moved[0]!.edited, true);
    assert.deepEqual(d.tags.added.map((t) => t.tag), ['new']);
  });

  it('problems: the same rule and message lower in the file is not new; a moved file keeps its problems', () => {
    const p = (file: string, line: number, message: string) => ({ file, line, column: 1, rule: 'schema', severity: 'error' as const, message });
    const a = { ...snap('a', [['r/e/.metadata/a.md', 'b1']], [art('r/e/.metadata/a.md', 'e')], ['e']), problems: [p('r/e/.metadata/a.md', 3, 'phase must be one of x (found "y")'), p('r/e/.metadata/a.md', 4, 'priority bad')] };
    const b = { ...snap('b', [['r/e/.metadata/b.md', 'b1']], [art('r/e/.metadata/b.md', 'e')], ['e']), problems: [p('r/e/.metadata/b.md', 9, 'phase must be one of x (found "y")'), p('r/e/.metadata/b.md', 10, 'status bad')] };
    const d = semanticDiff(a, b);
    assert.deepEqual(d.problems.appeared.map((x) => x.message), ['status bad']);
    assert.deepEqual(d.problems.fixed.map((x) => x.message), ['priority bad']);
  });
});
