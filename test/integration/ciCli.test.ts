import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { cli } from '../helpers/runCli.ts';
import { EXP, EXP2, artifact, artifactPath, manifestPath } from '../helpers/corpus.ts';
import { ASSESSMENT, GUIDE, REPORT, checkoutWorkspace, prScenario } from '../helpers/prScenario.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

const s = prScenario();

interface CheckJson {
  mode: string;
  method: string | null;
  base: string | null;
  notes: string[];
  checked: number;
  errors: number;
  warnings: number;
  failed: boolean;
  diagnostics: { file: string; rule: string; severity: string }[];
  metrics: { file: string; metric: string; baseline: number | null }[];
}

async function checkJson(cwd: string, ...args: string[]): Promise<{ code: number; json: CheckJson; stderr: string }> {
  const r = await cli(cwd, 'ci', 'check', '--format', 'json', ...args);
  return { code: r.code, json: JSON.parse(r.stdout) as CheckJson, stderr: r.stderr };
}

/** The PR head's workspace with a commit on top, made by `change`. */
function headWorkspace(change?: (ws: TempDir) => void): TempDir {
  const ws = checkoutWorkspace(s, 'refs/pull/1/head', null);
  if (change) {
    change(ws);
    ws.git('add', '-A');
    ws.git('commit', '-q', '-m', 'more');
  }
  return ws;
}

describe('etk ci check', () => {
  it('--base: the merge base with the base, text by default, exit 1 on errors, --summary writes the Markdown', async () => {
    const ws = headWorkspace();
    mkdirSync(join(ws.dir, 'out')); // --summary makes no folders
    const r = await cli(ws.dir, 'ci', 'check', '--base', s.baseSha, '--summary', 'out/summary.md');
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, `note  compared HEAD ${s.headSha.slice(0, 12)} with ${s.forkPoint.slice(0, 12)}, the merge base of HEAD and the base ${s.baseSha.slice(0, 12)}, fetched from the remote\n`);
    assert.match(r.stdout, new RegExp(`^${ASSESSMENT}\n  13:11   error    priority must be one of`));
    assert.match(r.stdout, /\n✖ 1 new error, 1 new warning in 2 of 3 changed artifacts \(failed: 1 new error\)\n$/);
    const summary = readFileSync(join(ws.dir, 'out', 'summary.md'), 'utf8');
    assert.match(summary, /^## etk check: ✖ 1 new error, 1 new warning in 2 of 3 changed artifacts\n/);
    assert.ok(summary.includes('### Metrics of the changed reports'));
    assert.ok(!summary.includes('GitHub shows at most'), 'no annotations were emitted');
  });

  it('--format json and --format github; --fail-on decides the exit code', async () => {
    const ws = headWorkspace();
    const j = await checkJson(ws.dir, '--base', s.baseSha, '--fail-on', 'none');
    assert.equal(j.code, 0);
    for (const k of ['newErrors', 'newWarnings', 'failOn', 'gate', 'failReasons', 'experiments', 'fixed', 'renamed', 'metricGate'] as const) delete (j.json as unknown as Record<string, unknown>)[k];
    assert.deepEqual({ ...j.json, diagnostics: j.json.diagnostics.map((d) => [d.file, d.rule, d.severity]), metrics: j.json.metrics.map((m) => [m.metric, m.baseline]) }, {
      mode: 'changed', method: 'merge-base', base: s.forkPoint,
      notes: [`compared HEAD ${s.headSha.slice(0, 12)} with ${s.forkPoint.slice(0, 12)}, the merge base of HEAD and the base ${s.baseSha.slice(0, 12)}, fetched from the remote`],
      checked: 3, errors: 1, warnings: 1, failed: false,
      diagnostics: [[ASSESSMENT, 'schema', 'error'], [GUIDE, 'unknown-key', 'warning']],
      metrics: [['hmean', 0.85], ['latency_ms', 45]],
    });
    const g = await cli(ws.dir, 'ci', 'check', '--base', s.baseSha, '--format', 'github', '--fail-on', 'warning');
    assert.equal(g.code, 1);
    assert.deepEqual(g.stdout.split('\n').map((l) => l.slice(0, 16)), ['::error file=exp', '::warning file=e', 'etk: 1 new error', '']);
  });

  it("a change of the configuration checks every artifact, and says so", async () => {
    const ws = headWorkspace((w) => w.write('etk.config.json', '{ "rules": { "unknown-key": "off" } }\n'));
    const j = await checkJson(ws.dir, '--base', s.baseSha);
    assert.equal(j.json.mode, 'all');
    assert.deepEqual(j.json.notes.slice(1), ['the configuration changed (etk.config.json), so every artifact was checked']);
    assert.equal(j.json.checked, 6);
    assert.deepEqual([j.json.errors, j.json.warnings], [1, 0]);
  });

  it("removing an experiment re-judges the reports that name it as baseline, though they did not change", async () => {
    // The folder goes with every file in it (a README.md alone leaving would leave the experiment).
    const ws = headWorkspace((w) => w.git('rm', '-q', '-r', manifestPath(EXP2).replace(/\/README\.md$/, '')));
    const j = await checkJson(ws.dir, '--base', 'HEAD~1');
    assert.equal(j.code, 0);
    assert.equal(j.json.mode, 'changed');
    // The report whose baseline it was.
    assert.deepEqual(j.json.notes.slice(1), [`1 other file naming a removed experiment (${EXP2}) checked too`]);
    assert.equal(j.json.checked, 1);
    assert.deepEqual(j.json.diagnostics.map((d) => [d.file, d.rule]), [[REPORT, 'baseline-missing']]);
  });

  it("a PR head that merged main in is not taken for GitHub's merge commit: the merge base with the base is used", async () => {
    const ws = headWorkspace();
    ws.git('fetch', '-q', 'origin', `+${s.baseSha}:refs/remotes/origin/main`);
    ws.git('merge', '-q', '--no-ff', '-m', 'merge main into pr', 'origin/main');
    const head = ws.git('rev-parse', 'HEAD').trim();
    const event = ws.write('event.json', JSON.stringify({ pull_request: { base: { ref: 'main', sha: s.baseSha }, head: { ref: 'pr', sha: head } } }));
    const r = await cli(ws.dir, 'ci', 'check', '--format', 'json');
    assert.equal(JSON.parse(r.stdout).mode, 'all', 'no event and no base: a merge at HEAD says nothing, so everything is checked');
    const { runCli } = await import('../../src/cli/main.ts');
    let out = '';
    const code = await runCli(['ci', 'check', '--format', 'json'], { cwd: ws.dir, env: { ...process.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }, stdout: { write: (x: string) => (out += x) }, stderr: { write: () => true } });
    const json = JSON.parse(out) as CheckJson;
    assert.equal(code, 1);
    assert.equal(json.method, 'merge-base');
    assert.equal(json.base, s.baseSha);
    assert.equal(json.checked, 3, 'all three files of the PR, not only the merge');
  });

  it('--no-fetch: a missing base is not fetched; every artifact is checked, and it says why', async () => {
    const ws = headWorkspace();
    const j = await checkJson(ws.dir, '--base', s.baseSha, '--no-fetch');
    assert.equal(j.json.mode, 'all');
    assert.deepEqual(j.json.notes, [`the base ${s.baseSha} is not in this clone (fetching is off), so every artifact was checked`]);
    assert.equal(j.json.checked, 6);
  });

  it('a branch name as base is fetched into its remote-tracking ref', async () => {
    const ws = headWorkspace();
    const j = await checkJson(ws.dir, '--base', 'main');
    assert.equal(j.json.method, 'merge-base');
    assert.equal(j.json.base, s.forkPoint);
    assert.equal(ws.git('rev-parse', 'origin/main').trim(), s.baseSha);
  });

  it('usage errors exit 2 with what to do', async () => {
    const ws = headWorkspace();
    for (const [args, message] of [
      [[], /^etk ci needs a subcommand: check or index\n {2}fix: see etk ci --help\n$/],
      [['check', '--out', 'x'], /--out is an option of etk ci index/],
      [['index'], /etk ci index needs --out DIR/],
      [['check', '--mode', 'some'], /--mode must be one of changed, all \(found "some"\)/],
      [['check', 'file.md'], /etk ci check takes no paths/],
    ] as const) {
      const r = await cli(ws.dir, 'ci', ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });
});

describe('etk ci index', () => {
  it('writes tracking.db (one file), every named query as JSON and CSV, and a Markdown summary', async () => {
    const ws = checkoutWorkspace(s, 'refs/heads/main', null);
    ws.write(artifactPath('20251230_0900_assessment_uncommitted.md', EXP), artifact('assessment', { id: 'wip' }));
    const r = await cli(ws.dir, 'ci', 'index', '--out', 'public/etk', '--summary', 'public/summary.md');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^✔ public\/etk\/tracking\.db: 5 artifacts in 2 experiments \(rebuilt: new index, \d+ ms\)\n/);
    const out = join(ws.dir, 'public', 'etk');
    assert.ok(existsSync(join(out, 'tracking.db')) && !existsSync(join(out, 'tracking.db-wal')));
    assert.ok(readdirSync(join(out, 'results')).includes('problems.csv'));
    assert.match(readFileSync(join(ws.dir, 'public', 'summary.md'), 'utf8'), /^## etk index: 5 artifacts in 2 experiments \(1 error, 0 warnings recorded\)/);
    const again = await cli(ws.dir, 'ci', 'index', '--out', 'public/etk2', '--previous-db', 'public/etk/tracking.db');
    assert.match(again.stdout, /^✔ public\/etk2\/tracking\.db: 5 artifacts in 2 experiments \(0 added, 0 changed, 0 removed, \d+ ms\)\n/);
  });

  it("another tool's tracking.db in the output folder is never replaced by a previous database or a cache miss", async () => {
    const ws = checkoutWorkspace(s, 'refs/heads/main', null);
    mkdirSync(join(ws.dir, 'ops'));
    const theirs = new DatabaseSync(join(ws.dir, 'ops', 'tracking.db'));
    theirs.exec("CREATE TABLE runs (note TEXT); INSERT INTO runs VALUES ('keep me')");
    theirs.close();
    const bytes = readFileSync(join(ws.dir, 'ops', 'tracking.db'));
    for (const prev of ['.cache/none.db', 'ops/other.db']) {
      if (prev === 'ops/other.db') ws.write(prev, 'anything');
      const r = await cli(ws.dir, 'ci', 'index', '--out', 'ops', '--previous-db', prev);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, /ops\/tracking\.db is not an index etk made, and etk ci index would replace it\n {2}fix: choose another output folder/);
      assert.deepEqual(readFileSync(join(ws.dir, 'ops', 'tracking.db')), bytes);
    }
  });

  it('an output path the file system refuses is a usage error that names it, never a stack trace', async () => {
    const ws = checkoutWorkspace(s, 'refs/heads/main', null);
    ws.write('taken', 'a file\n');
    mkdirSync(join(ws.dir, 'folder.md'));
    for (const [args, message] of [
      [['index', '--out', 'taken'], /^etk: cannot write \S+\/taken: a part of the path is a file, not a folder\n {2}fix: choose another path\n$/],
      [['index', '--out', 'taken/etk'], /^etk: cannot write \S+\/taken\/etk: a part of the path is a file, not a folder\n/],
      [['check', '--summary', 'folder.md'], /^etk: cannot write \S+\/folder\.md: it is a folder\n {2}fix: give the path of a file in it, not of the folder\n$/],
    ] as const) {
      const r = await cli(ws.dir, 'ci', ...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr.replace(/^note .*\n/gm, ''), message);
    }
    assert.deepEqual(readdirSync(ws.dir).filter((f) => f.includes('etk-tmp')), []);
  });

  it('with no commit to index (a new repository, or no repository), says so and writes nothing', async () => {
    const fresh = tempDir({ git: true });
    fresh.write('etk.config.json', '{}\n');
    fresh.write('experiment_manager/experiments/.keep', '');
    const none = tempDir();
    none.write('etk.config.json', '{}\n');
    none.write('experiment_manager/experiments/.keep', '');
    for (const [t, why] of [[fresh, 'this repository has no commit yet\n {2}fix: commit the experiment docs first'], [none, 'this is not inside a git repository\n {2}fix: run it in a git checkout']] as const) {
      const r = await cli(t.dir, 'ci', 'index', '--out', 'out');
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, new RegExp(`^etk: the index is built from the commit checked out \\(HEAD\\), and ${why}`));
      assert.ok(!existsSync(join(t.dir, 'out')));
    }
  });
});
