import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { commandLines, REPO, runBuiltAction } from '../helpers/actionRunner.ts';
import { EXP2, artifact, artifactPath } from '../helpers/corpus.ts';
import { tempDir } from '../helpers/tempRepo.ts';
import { startFakeGithub } from '../helpers/fakeGithub.ts';
import { COMMENT_MARKER } from '../../src/action/github/prComment.ts';
import { ASSESSMENT, BASE_REPORT, GUIDE, MAIN_LATER, REPORT, checkoutWorkspace, noHistoryWorkspace, prScenario, shallowFile } from '../helpers/prScenario.ts';

const ERROR_LINE = `::error file=${ASSESSMENT},line=13,col=11,title=etk schema::priority must be one of critical, high, medium, low (found "urgent")%0Afix: use one of: critical, high, medium, low`;
const WARNING_LINE = `::warning file=${GUIDE},line=16,col=1,title=etk unknown-key::unknown field prerequisits: did you mean prerequisites?%0Afix: rename prerequisits to prerequisites`;
const FAILED_LINE = '::error::etk: 1 new error, 1 new warning in 2 of 3 changed artifacts (1 new error; fail-on: new-errors)';
const OUTPUTS = { checked: '3', errors: '1', warnings: '1', 'new-errors': '1', 'new-warnings': '1', fixed: '0', mode: 'changed', 'comment-url': '' };
const BLOB = (sha: string) => `https://github.com/octo-org/experiments/blob/${sha}/`;

const s = prScenario();
const pullRequest = { name: 'pull_request', payload: s.payload };

describe('actions/check, built, on a simulated runner', () => {
  it("the PR's merge commit in a depth-1 clone (actions/checkout's default): fetches the first parent, annotates the PR's problems only, fails", () => {
    const ws = checkoutWorkspace(s, 'refs/pull/1/merge', 1);
    assert.ok(existsSync(shallowFile(ws)));
    const r = runBuiltAction('check', { workspace: ws.dir, event: pullRequest, env: { GITHUB_SHA: s.mergeSha } });
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(commandLines(r.stdout), [ERROR_LINE, WARNING_LINE, FAILED_LINE]);
    assert.deepEqual(r.outputs, OUTPUTS);
    assert.match(r.stdout, new RegExp(`etk: compared the merge commit ${s.mergeSha.slice(0, 12)} with its first parent ${s.baseSha.slice(0, 12)} \\(the base branch\\), fetched from the remote\n`));
    // The base's later commit (an error in another file) is not the PR's.
    assert.ok(!r.stdout.includes(MAIN_LATER));
    assert.ok(!r.summary.includes(MAIN_LATER));
    // Only the first parent was fetched, as one commit.
    assert.equal(ws.git('rev-list', '--count', s.baseSha).trim(), '1');

    const blob = BLOB(s.mergeSha);
    assert.equal(
      r.summary,
      `## etk check: ✖ 1 new error, 1 new warning in 2 of 3 changed artifacts

Changed artifacts: compared the merge commit ${s.mergeSha.slice(0, 12)} with its first parent ${s.baseSha.slice(0, 12)} (the base branch), fetched from the remote.

**Failed** (fail-on: new-errors): 1 new error.

**Changed experiments (1):** <code>20251217_024343_image_enhancements</code>.

### Metrics of the changed reports

Each metric against its baseline and against the experiment's previous report on the base; the verdict from which way it is better and the gate from its tolerance (the \`metrics\` key of etk.config.json; the gate is off: shown, never failing).

| Report | Metric | Against | Old → New | Δ | Δ% | Verdict | Gate | History |
|---|---|---|---:|---:|---:|---|---|---|
| [<code>${REPORT}</code>](${blob}${REPORT}#L13) | <code>hmean</code> | baseline: latest of [<code>${EXP2}</code>](${blob}${BASE_REPORT}) | 0.85 → 0.91 | +0.06 | +7.1% | improvement (higher is better) | ✔ better | — |
| [<code>${REPORT}</code>](${blob}${REPORT}#L15) | <code>latency_ms</code> | baseline (declared) | 45 ms → 41 ms | -4 | -8.9% | improvement (lower is better) | ✔ better | — |

### New problems (2)

| File | Line | Severity | Rule | Problem |
|---|---:|---|---|---|
| [<code>${ASSESSMENT}</code>](${blob}${ASSESSMENT}#L13) | 13:11 | ❌ error | <code>schema</code> | priority must be one of critical, high, medium, low (found "urgent")<br>fix: use one of: critical, high, medium, low |
| [<code>${GUIDE}</code>](${blob}${GUIDE}#L16) | 16:1 | ⚠️ warning | <code>unknown-key</code> | unknown field prerequisits: did you mean prerequisites?<br>fix: rename prerequisits to prerequisites |

`,
    );
  });

  it('the merge commit with full history: compares with the first parent, fetches nothing', () => {
    const ws = checkoutWorkspace(s, 'refs/pull/1/merge', null);
    const r = runBuiltAction('check', { workspace: ws.dir, event: pullRequest, inputs: { 'fail-on': 'warning' } });
    assert.equal(r.code, 1);
    assert.deepEqual(commandLines(r.stdout), [ERROR_LINE, WARNING_LINE, '::error::etk: 1 new error, 1 new warning in 2 of 3 changed artifacts (2 problems; fail-on: warnings)']);
    assert.match(r.stdout, new RegExp(`etk: compared the merge commit ${s.mergeSha.slice(0, 12)} with its first parent ${s.baseSha.slice(0, 12)} \\(the base branch\\)\n`));
  });

  it("the PR's head without the base commit: fetches the base, compares with the merge base; fail-on none passes", () => {
    const ws = checkoutWorkspace(s, 'refs/pull/1/head', null);
    assert.equal(ws.git('cat-file', '-t', s.headSha).trim(), 'commit');
    assert.throws(() => ws.git('rev-parse', '--verify', '-q', `${s.baseSha}^{commit}`));
    const r = runBuiltAction('check', { workspace: ws.dir, event: pullRequest, inputs: { 'fail-on': 'none' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(commandLines(r.stdout), [ERROR_LINE, WARNING_LINE]);
    assert.deepEqual(r.outputs, OUTPUTS);
    const note = `compared HEAD ${s.headSha.slice(0, 12)} with ${s.forkPoint.slice(0, 12)}, the merge base of HEAD and the base ${s.baseSha.slice(0, 12)}, fetched from the remote`;
    assert.ok(r.summary.includes(`Changed artifacts: ${note}.`), r.summary);
  });

  it('a depth-1 clone of the head: no merge base in reach, compares with the base commit itself and says so', () => {
    const ws = checkoutWorkspace(s, 'refs/pull/1/head', 1);
    const r = runBuiltAction('check', { workspace: ws.dir, event: pullRequest });
    assert.deepEqual(commandLines(r.stdout), [ERROR_LINE, WARNING_LINE, FAILED_LINE]);
    assert.ok(r.summary.includes(`no merge base of HEAD ${s.headSha.slice(0, 12)} and the base ${s.baseSha.slice(0, 12)} in this shallow clone, fetched from the remote: compared with the base commit itself`), r.summary);
  });

  it('no history at all (one commit, no remote): checks every artifact and says why', () => {
    const ws = noHistoryWorkspace(s);
    const r = runBuiltAction('check', { workspace: ws.dir, event: pullRequest });
    assert.equal(r.code, 1);
    assert.deepEqual(r.outputs, { checked: '6', errors: '1', warnings: '1', 'new-errors': '1', 'new-warnings': '1', fixed: '0', mode: 'all', 'comment-url': '' });
    assert.deepEqual(commandLines(r.stdout), [ERROR_LINE, WARNING_LINE, '::error::etk: 1 error, 1 warning in 2 of 6 artifacts (1 error; fail-on: new-errors)']);
    const why = `the base ${s.baseSha} is not in this clone and there is no remote "origin" to fetch it from, so every artifact was checked`;
    assert.ok(r.stdout.includes(`etk: ${why}\n`));
    assert.ok(r.summary.includes(`> **Note:** ${why}.`), r.summary);
    assert.ok(!r.summary.includes('### Metrics'), 'metrics are for changed reports');
  });

  it('more problems than GitHub shows: the 10 most important errors are annotated, every one is in the summary', () => {
    const t = checkoutWorkspace(s, 'refs/pull/1/merge', null);
    // 12 broken assessments (a schema error each) and one file whose frontmatter does not parse.
    for (let i = 0; i < 12; i++) t.write(artifactPath(`20251219_10${String(i).padStart(2, '0')}_assessment_extra-${i}.md`), artifact('assessment', { id: `extra-${i}` }).replace('priority: high', 'priority: urgent'));
    const broken = artifactPath('20251219_1100_assessment_unparsable.md');
    t.write(broken, '---\ntype: [assessment\n---\n');
    t.git('add', '-A');
    t.git('commit', '-q', '-m', 'more');
    const r = runBuiltAction('check', { workspace: t.dir, event: { name: 'workflow_dispatch', payload: {} }, inputs: { mode: 'all', 'fail-on': 'none' } });
    assert.equal(r.code, 0);
    const errors = commandLines(r.stdout, ['error']);
    assert.equal(errors.length, 10);
    assert.ok(errors.some((l) => l.startsWith(`::error file=${broken},`) && l.includes('title=etk yaml-syntax')), 'the unparsable file is among the most important');
    assert.equal(r.outputs.errors, '15');
    assert.equal(r.outputs.mode, 'all');
    const rows = r.summary.split('\n').filter((l) => l.startsWith('| ') && l.includes('❌ error'));
    assert.equal(rows.length, 15);
    assert.ok(r.summary.includes('GitHub shows at most 10 errors and 10 warnings of a step on the diff: the most important are annotated there; all 16 are listed here.'));
    // The log still lists every problem, shielded from workflow-command parsing.
    assert.match(r.stdout, /::stop-commands::([0-9a-f-]{36})\n[^]*\n::\1::\n/);
  });

  it('checks this repository\'s examples/ with mode all and its own config, clean', () => {
    // ETK_THREADS=2: half the files are judged by a worker thread started from the action's bundle.
    const r = runBuiltAction('check', { workspace: REPO, inputs: { config: 'examples/etk.config.json', mode: 'all' }, env: { ETK_THREADS: '2', ETK_DEBUG: 'threads' } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(r.outputs, { checked: '32', errors: '0', warnings: '0', 'new-errors': '0', 'new-warnings': '0', fixed: '0', mode: 'all', 'comment-url': '' });
    assert.match(r.summary, /^## etk check: ✔ 32 artifacts checked, no problems\n/);
    assert.deepEqual(commandLines(r.stdout), []);
    assert.equal(r.stderr, 'etk: 32 files on 2 thread(s)\n');
  });

  it('runs from a copy of the repository that has only the action and package.json (nothing installed, nothing else)', () => {
    const copy = tempDir({ prefix: 'etk-uses-' });
    copy.write('package.json', readFileSync(join(REPO, 'package.json')));
    copy.write('actions/check/action.yml', readFileSync(join(REPO, 'actions', 'check', 'action.yml')));
    copy.write('actions/check/dist/index.js', readFileSync(join(REPO, 'actions', 'check', 'dist', 'index.js')));
    const ws = checkoutWorkspace(s, 'refs/pull/1/merge', 1);
    const r = runBuiltAction('check', { workspace: ws.dir, event: pullRequest, from: copy.dir });
    assert.deepEqual(commandLines(r.stdout), [ERROR_LINE, WARNING_LINE, FAILED_LINE]);
    assert.deepEqual(r.outputs, OUTPUTS);
  });

  it('comment: true keeps one living comment: created on the first push, updated in place on the next (a local fake GitHub API), the token never printed', async () => {
    const TOKEN = 'ghs_e2e-token-never-printed';
    const gh = await startFakeGithub({ 1: [{ id: 5, body: 'LGTM' }] });
    try {
      const run = (ws: string) => runBuiltAction('check', { workspace: ws, event: pullRequest, inputs: { comment: 'true', 'github-token': TOKEN }, env: { GITHUB_API_URL: gh.url, GITHUB_SHA: s.mergeSha } });
      const first = run(checkoutWorkspace(s, 'refs/pull/1/merge', 1).dir);
      assert.equal(first.code, 1);
      assert.equal(first.outputs['comment-url'], 'https://github.com/o/r/pull/1#issuecomment-1000');
      // The next push fixes the warning: the same comment says so.
      const fixedWs = checkoutWorkspace(s, 'refs/pull/1/merge', 1);
      fixedWs.write(GUIDE, readFileSync(join(fixedWs.dir, GUIDE), 'utf8').replace('prerequisits: []\n', ''));
      fixedWs.git('commit', '-qam', 'fix the guide');
      const second = run(fixedWs.dir);
      assert.equal(second.outputs['comment-url'], 'https://github.com/o/r/pull/1#issuecomment-1000');
      const list = '/repos/octo-org/experiments/issues/1/comments';
      const requests = await gh.requests();
      assert.deepEqual(requests.map((r) => [r.method, r.url, r.authorization]), [
        ['GET', `${list}?per_page=100`, `Bearer ${TOKEN}`],
        ['POST', list, `Bearer ${TOKEN}`],
        ['GET', `${list}?per_page=100`, `Bearer ${TOKEN}`],
        ['PATCH', '/repos/octo-org/experiments/issues/comments/1000', `Bearer ${TOKEN}`],
      ]);
      const comments = await gh.comments(1);
      assert.deepEqual(comments.map((c) => c.id), [5, 1000]);
      const body = comments[1]!.body;
      assert.ok(body.startsWith(`${COMMENT_MARKER}\n## etk check: ✖ 1 new error, 0 new warnings in 1 of 3 changed artifacts\n`), body.slice(0, 300));
      assert.equal((requests[3]!.body as { body: string }).body, body);
      assert.ok(body.length <= 65_536);
      // Only in the runner's masking command (which the runner consumes: the log shows *** for it).
      for (const r of [first, second]) assert.deepEqual((r.stdout + r.stderr).split('\n').filter((l) => l.includes(TOKEN)), [`::add-mask::${TOKEN}`]);
    } finally {
      await gh.close();
    }
  });

  it('a wrong input fails the step with what to do, before any work', () => {
    const ws = checkoutWorkspace(s, 'refs/pull/1/merge', 1);
    const r = runBuiltAction('check', { workspace: ws.dir, event: pullRequest, inputs: { mode: 'everything' } });
    assert.equal(r.code, 1);
    assert.deepEqual(commandLines(r.stdout), ['::error::etk: input mode must be one of changed, all (found "everything")']);
    assert.deepEqual(r.outputs, {});
    const bad = runBuiltAction('check', { workspace: ws.dir, event: pullRequest, inputs: { config: 'nope/etk.config.json' } });
    assert.deepEqual(commandLines(bad.stdout), ['::error::etk: input config: nope/etk.config.json does not exist in the workspace%0A  fix: the path is relative to the workspace (GITHUB_WORKSPACE); check the repository out first (actions/checkout)']);
    assert.ok(!existsSync(join(ws.dir, 'data')), 'nothing written into the workspace');
  });
});
