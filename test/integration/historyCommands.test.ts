/**
 * etk diff, etk blame, the provenance columns and the report's Changes section on one scripted
 * history (renames, a merge, a tag, a problem fixed after lines moved), then a rebase and a shallow
 * clone: what each says when history is missing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { EXP, EXP2, manifestPath } from '../helpers/corpus.ts';
import { ASSESSMENT, ASSESSMENT_MOVED, GUIDE, historyRepo, REPORT, SCRIPT_DOC, SCRIPT_MOVED, type HistoryRepo } from '../helpers/historyRepo.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

const json = (s: string) => JSON.parse(s) as Record<string, any>;

describe('history commands', () => {
  let t: HistoryRepo;
  before(() => {
    t = historyRepo();
  });

  it('etk diff A B: experiments, artifacts (added, moved, changed), metrics with deltas, tags, problems matched across line shifts', async () => {
    const r = await cli(t.dir, 'diff', 'v1', 'HEAD', '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    const d = json(r.stdout);
    assert.deepEqual(d.experiments.status, [{ experiment_id: EXP, from: 'active', to: 'complete' }]);
    assert.deepEqual(d.artifacts.moved.map((m: any) => [m.from_path, m.path, m.edited]), [[SCRIPT_DOC, SCRIPT_MOVED, false]]);
    assert.deepEqual(d.artifacts.added, [], 'the guide came and went');
    assert.deepEqual(d.metrics.map((m: any) => [m.experiment_id, m.metric, m.from, m.to, m.delta, m.baseline, m.vs_baseline]), [[EXP, 'hmean', 0.93, 0.95, 0.02, 0.85, 0.1]]);
    assert.deepEqual(d.tags.removed.map((x: any) => [x.tag, x.path]), [['baseline', REPORT]]);
    // priority fixed; the phase problem moved down two lines and is still the same problem.
    assert.deepEqual(d.problems.appeared, []);
    assert.deepEqual(d.problems.fixed.map((p: any) => [p.file, p.message.slice(0, 17)]), [[ASSESSMENT_MOVED, 'priority must be ']]);
    assert.equal(d.files.differing, 5);

    const first = json((await cli(t.dir, 'diff', `${t.commits.start}..${t.commits.rename}`, '--format', 'json')).stdout);
    assert.deepEqual(first.experiments.added.map((e: any) => e.experiment_id), [EXP2]);
    assert.deepEqual(first.artifacts.moved.map((m: any) => [m.from_path, m.path]), [[ASSESSMENT, ASSESSMENT_MOVED]]);
    assert.deepEqual(first.problems.fixed.map((p: any) => p.rule), ['baseline-missing'], 'the baseline experiment now exists');

    const md = await cli(t.dir, 'diff', 'v1', 'HEAD', '--format', 'markdown');
    assert.match(md.stdout, /^### What changed: v1 \([0-9a-f]{12}\) → HEAD/);
    assert.match(md.stdout, /\| `20251217_024343_image_enhancements` \| hmean \| 0\.93 \| 0\.95 \| \+0\.02 ▲ \| 0\.85 \| \+0\.1 \|/);
    const text = await cli(t.dir, 'diff', 'v1', 'HEAD');
    assert.match(text.stdout, /status active → complete/);
    assert.match(text.stdout, /hmean: 0\.93 → 0\.95 \(\+0\.02 ▲\); baseline 0\.85, \+0\.1\n/, 'higher hmean is better');
  });

  it('etk diff with no revisions: from the merge base with main to the work tree, uncommitted edits included', async () => {
    t.git('checkout', '-q', '-b', 'topic');
    t.write(manifestPath(EXP2), readFileSync(join(t.dir, manifestPath(EXP2)), 'utf8').replace('status: complete', 'status: deprecated'));
    const r = await cli(t.dir, 'diff', '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    const d = json(r.stdout);
    assert.equal(d.from.label, 'merge base with main');
    assert.equal(d.to.label, 'work tree');
    assert.deepEqual(d.experiments.status, [{ experiment_id: EXP2, from: 'complete', to: 'deprecated' }]);
    t.git('checkout', '-q', '--', '.');
    t.git('checkout', '-q', 'main');
    const same = await cli(t.dir, 'diff', 'HEAD');
    assert.match(same.stdout, /no change in meaning/);
    // A clean index at HEAD is HEAD's snapshot itself: nothing copied, nothing said.
    const head = await cli(t.dir, 'query', 'tags', '--as-of', 'HEAD', '--format', 'json');
    assert.deepEqual([head.code, head.stderr], [0, '']);
    const bad = await cli(t.dir, 'diff', 'a', 'b', 'c');
    assert.equal(bad.code, 2);
  });

  it('etk blame: the commit where each value was last set (through a rename), --history, an experiment over time', async () => {
    const r = await cli(t.dir, 'blame', ASSESSMENT_MOVED, '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    const fields = new Map(json(r.stdout).fields.map((f: any) => [f.field, f]));
    // priority: set by kim at the start (in the file's old name), urgent by lee, back to high by lee.
    assert.deepEqual((fields.get('priority') as any).history.map((v: any) => [v.value, v.author, v.commit, v.path]), [
      ['high', 'kim', t.commits.start, ASSESSMENT],
      ['urgent', 'lee', t.commits.problem, ASSESSMENT_MOVED],
      ['high', 'lee', t.commits.fix, ASSESSMENT_MOVED],
    ]);
    // The comment lines added above it moved the line, not the value: still the start commit.
    assert.equal((fields.get('experiment_id') as any).commit, t.commits.start);
    const one = await cli(t.dir, 'blame', REPORT, 'metrics.hmean', '--history');
    assert.match(one.stdout, /metrics\.hmean\n {2}0\.91 +[0-9a-f]{12} +kim .*\n {2}0\.93 +[0-9a-f]{12} +lee .*\n {2}0\.95 +[0-9a-f]{12} +lee/);
    const exp = json((await cli(t.dir, 'blame', '20251217', '--format', 'json')).stdout);
    const status = exp.fields.find((f: any) => f.field === 'status');
    assert.deepEqual([status.value, status.author, status.commit], ['complete', 'kim', t.commits.complete]);
    assert.deepEqual(exp.fields.find((f: any) => f.field === 'metrics.hmean').history.map((v: any) => v.value), [0.91, 0.93, 0.95]);
    const guide = await cli(t.dir, 'blame', GUIDE);
    assert.equal(guide.code, 0, 'a deleted file has its history');
    const none = await cli(t.dir, 'blame', REPORT, 'nope');
    assert.equal(none.code, 2);
    assert.match(none.stderr, /never had a field "nope"/);
  });

  it('provenance: etk query artifacts --where "changed_by = ..." and the report\'s Changes section', async () => {
    const q = await cli(t.dir, 'query', 'artifacts', '--where', "changed_by = 'kim'", '--format', 'json');
    assert.equal(q.code, 0, q.stderr);
    assert.deepEqual(json(q.stdout).map((a: any) => a.file_path), [manifestPath(EXP)]);
    const added = await cli(t.dir, 'query', 'artifacts', '--where', "added_by = 'kim'", '--sort', 'path', '--format', 'json');
    assert.deepEqual(json(added.stdout).map((a: any) => a.file_path), [ASSESSMENT_MOVED, REPORT, manifestPath(EXP)].sort(), 'a rename keeps the first change');
    const r = await cli(t.dir, 'dashboard', '--report', 'data/changes.html', '--since', 'v1');
    assert.equal(r.code, 0, r.stderr);
    const page = readFileSync(join(t.dir, 'data/changes.html'), 'utf8');
    assert.match(page, /<section id="changes"[^]*status active → <strong>complete<\/strong>[^]*<td class="n up">\+0\.02<\/td>[^]*<section id="overview"/);
  });

  it('after a rebase the provenance is walked again; a shallow clone says what it cannot know', async () => {
    // Rebase the last commit onto a new one: the recorded commit is no longer an ancestor.
    t.git('checkout', '-q', '-b', 'rebased', `${t.commits.fix}~1`);
    t.write('notes.txt', 'x\n');
    t.git('add', 'notes.txt');
    t.git('commit', '-qm', 'notes');
    t.git('cherry-pick', t.commits.fix!);
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    assert.equal((await cli(t.dir, 'sync', '--check-conflicts')).code, 0, 'incremental equals a rebuild');
    const who = json((await cli(t.dir, 'query', 'artifacts', '--where', `changed_commit = '${t.git('rev-parse', 'HEAD').trim()}'`, '--format', 'json')).stdout);
    assert.ok(who.length >= 2);
    t.git('checkout', '-q', 'main');

    const clone = tempDir();
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${t.dir}`, clone.dir + '/c'], { stdio: 'ignore' });
    const c = join(clone.dir, 'c');
    const old = await cli(c, 'query', 'tags', '--as-of', t.commits.start!);
    assert.equal(old.code, 2);
    assert.match(old.stderr, /shallow clone[^]*fix: fetch more history/);
    const blame = await cli(c, 'blame', REPORT, 'status');
    assert.equal(blame.code, 0, blame.stderr);
    assert.match(blame.stdout, /shallow clone: ≤ marks values set at or before the oldest commit here\)\n[^]*≤[0-9a-f]{12}/);
    const unknown = await cli(c, 'query', 'sql', "SELECT COUNT(*) AS n FROM provenance WHERE first_commit IS NULL", '--format', 'json');
    assert.ok(json(unknown.stdout)[0].n > 0, 'first changes before the clone\'s edge are unknown (NULL)');
    const diff = await cli(c, 'diff', 'HEAD~1', 'HEAD', '--format', 'json');
    assert.equal(diff.code, 0, diff.stderr);
  });
});
