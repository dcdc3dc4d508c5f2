import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli } from '../helpers/runCli.ts';
import { checkoutWorkspace, shallowFile } from '../helpers/prScenario.ts';
import { FIRST_REPORT, FIXME, NEW, OLD, RENAMED_FROM, RENAMED_TO, SECOND_REPORT, reviewScenario } from '../helpers/reviewScenario.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';
import { COMMENT_LIMIT, renderCheckSummary } from '../../src/action/renderCheckSummary.ts';

const s = reviewScenario();

interface Json {
  method: string;
  failed: boolean;
  failReasons: string[];
  newErrors: number;
  diagnostics: { file: string; rule: string; new: boolean; fingerprint: string; line: number }[];
  fixed: { file: string; rule: string }[];
  renamed: Record<string, string>;
  metricGate: { metric: string; line: number; outcome: string; checks: { kind: string; value: number; outcome: string }[]; history: number[] }[];
}

async function check(ws: TempDir, ...args: string[]): Promise<{ code: number; json: Json }> {
  const r = await cli(ws.dir, 'ci', 'check', '--format', 'json', ...args);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return { code: r.code, json: JSON.parse(r.stdout) as Json };
}

/** The problems as [file, rule, new] in order, and the fixed ones. */
const verdicts = (j: Json) => ({ problems: j.diagnostics.map((d) => [d.file, d.rule, d.new]), fixed: j.fixed.map((d) => [d.file, d.rule]) });

const EXPECTED = {
  problems: [[OLD, 'schema', false], [NEW, 'schema', true], [RENAMED_TO, 'unknown-key', false]],
  fixed: [[FIXME, 'schema']],
};

/** Runs with the GitHub event of the PR in the environment (in-process: process.env is what the CLI reads). */
async function withEvent<T>(body: () => Promise<T>): Promise<T> {
  const runner = tempDir({ prefix: 'etk-event-' });
  const saved = { name: process.env.GITHUB_EVENT_NAME, path: process.env.GITHUB_EVENT_PATH };
  process.env.GITHUB_EVENT_NAME = 'pull_request';
  process.env.GITHUB_EVENT_PATH = runner.write('event.json', JSON.stringify(s.payload));
  try {
    return await body();
  } finally {
    for (const [k, v] of [['GITHUB_EVENT_NAME', saved.name], ['GITHUB_EVENT_PATH', saved.path]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * The SARIF 2.1.0 fields GitHub code scanning (upload-sarif) requires and reads, checked one by one
 * (the official JSON schema is in no package this project has, and there is no network here).
 */
function assertSarif(text: string): { uri: string; ruleId: string; fingerprint: string; baselineState?: string }[] {
  const log = JSON.parse(text) as Record<string, any>;
  assert.equal(log.version, '2.1.0');
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.ok(Array.isArray(log.runs) && log.runs.length === 1);
  const run = log.runs[0];
  assert.equal(typeof run.tool.driver.name, 'string');
  assert.match(run.tool.driver.version, /^\d+\.\d+\.\d+/);
  const rules = run.tool.driver.rules as { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[];
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length, 'rule ids are unique');
  for (const r of rules) {
    assert.ok(r.id.length > 0 && r.shortDescription.text.length > 0);
    assert.ok(['none', 'note', 'warning', 'error'].includes(r.defaultConfiguration.level));
  }
  return (run.results as any[]).map((r) => {
    assert.equal(rules[r.ruleIndex]!.id, r.ruleId, 'ruleIndex points at the rule');
    assert.ok(['none', 'note', 'warning', 'error'].includes(r.level));
    assert.ok(typeof r.message.text === 'string' && r.message.text.length > 0);
    assert.equal(r.locations.length, 1);
    const loc = r.locations[0].physicalLocation;
    assert.ok(!/^[a-z]+:|^\//i.test(loc.artifactLocation.uri), 'a URI relative to the checkout');
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.ok(Number.isInteger(loc.region.startLine) && loc.region.startLine >= 1);
    assert.ok(Number.isInteger(loc.region.startColumn) && loc.region.startColumn >= 1);
    const fps = Object.entries(r.partialFingerprints as Record<string, unknown>);
    assert.ok(fps.length === 1 && typeof fps[0]![1] === 'string');
    if (r.baselineState !== undefined) assert.ok(['new', 'unchanged', 'updated', 'absent'].includes(r.baselineState));
    return { uri: decodeURIComponent(loc.artifactLocation.uri), ruleId: r.ruleId, fingerprint: fps[0]![1] as string, ...(r.baselineState ? { baselineState: r.baselineState } : {}) };
  });
}

/** Every Markdown table row has as many cells as its header (escaped pipes are not cell breaks). */
function assertTables(md: string): void {
  const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
  let header = 0;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      header = 0;
      continue;
    }
    if (header === 0) header = cells(line);
    else assert.equal(cells(line), header, `a table row with the wrong number of cells: ${line}`);
  }
}

describe('review: new problems only, the metric gate', () => {
  const full = checkoutWorkspace(s, 'refs/pull/1/head', null);

  it('full history, --base main: only the new error fails; the old one (its line moved) and the renamed file\'s are already there; the fixed one is progress', async () => {
    const { code, json } = await check(full, '--base', 'main');
    assert.equal(code, 1);
    assert.equal(json.method, 'merge-base');
    assert.deepEqual(verdicts(json), EXPECTED);
    assert.deepEqual(json.renamed, { [RENAMED_TO]: RENAMED_FROM });
    assert.deepEqual(json.failReasons, ['1 new error']);
    const text = await cli(full.dir, 'ci', 'check', '--base', 'main');
    assert.match(text.stdout, /\n✖ 1 new error, 0 new warnings in 1 of 5 changed artifacts; 2 problems were already there, 1 problem fixed \(failed: 1 new error\)\n$/);
    assert.ok(text.stdout.indexOf(NEW) < text.stdout.indexOf('2 problems were already there (on the base'), text.stdout);
  });

  it("GitHub's merge commit in a depth-1 clone gives the same verdicts as the full history", async () => {
    const ws = checkoutWorkspace(s, 'refs/pull/1/merge', 1);
    assert.ok(readFileSync(shallowFile(ws), 'utf8').length > 0);
    const { json } = await withEvent(() => check(ws));
    assert.equal(json.method, 'merge-commit');
    assert.deepEqual(verdicts(json), EXPECTED);
  });

  it('fail-on: errors counts the old error too, never passes; the old names still work', async () => {
    const errors = await check(full, '--base', 'main', '--fail-on', 'errors');
    assert.deepEqual([errors.code, errors.json.failReasons], [1, ['2 errors']]);
    const never = await check(full, '--base', 'main', '--fail-on', 'never');
    assert.deepEqual([never.code, never.json.failReasons], [0, []]);
    const none = await check(full, '--base', 'main', '--fail-on', 'none');
    assert.equal(none.code, 0);
    const bad = await cli(full.dir, 'ci', 'check', '--fail-on', 'new');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--fail-on must be one of new-errors, errors, warnings, never \(found "new"\)/);
  });

  it('a PR with only an old violation passes with new-errors and says what was already there', async () => {
    const ws = checkoutWorkspace(s, 'refs/pull/1/head', null);
    ws.git('rm', '-q', NEW);
    ws.git('commit', '-q', '-m', 'drop the new problem');
    const r = await cli(ws.dir, 'ci', 'check', '--base', 'main', '--summary', 'summary.md');
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /⚠ 4 changed artifacts checked, no new problems; 2 problems were already there, 1 problem fixed\n$/);
    const md = readFileSync(join(ws.dir, 'summary.md'), 'utf8');
    assert.ok(md.includes('**Passed** (fail-on: new-errors).'), md);
    assert.ok(md.includes('<summary>2 problems were already there (on the base, not new in this change, not failing it)</summary>'), md);
    assert.ok(md.includes('### Fixed (1)'), md);
    assert.ok(!md.includes('### New problems'), md);
  });

  it('--gate: latency worse than the previous report beyond its tolerance fails, hmean worse within it passes and says so', async () => {
    const { code, json } = await check(full, '--base', 'main', '--gate', '--fail-on', 'never');
    assert.equal(code, 1);
    assert.deepEqual(json.failReasons, ['1 metric worse beyond tolerance']);
    const second = json.metricGate.filter((m) => (m as unknown as { file: string }).file === SECOND_REPORT);
    assert.deepEqual(second.map((m) => [m.metric, m.outcome, m.checks.map((c) => [c.kind, c.value, c.outcome]), m.history]), [
      ['hmean', 'within tolerance', [['baseline', 0.85, 'pass'], ['previous', 0.91, 'within tolerance']], [0.91, 0.907]],
      ['latency_ms', 'fail', [['baseline', 50, 'pass'], ['previous', 41, 'fail']], [41, 45]],
    ]);
    // The same report without --gate: shown, not failing.
    assert.equal((await check(full, '--base', 'main', '--fail-on', 'never')).code, 0);

    const g = await cli(full.dir, 'ci', 'check', '--base', 'main', '--gate', '--fail-on', 'never', '--format', 'github');
    const gateLines = g.stdout.split('\n').filter((l) => l.includes('etk metric gate'));
    const lines = readFileSync(join(full.dir, SECOND_REPORT), 'utf8').split('\n');
    const hmeanLine = lines.indexOf('  hmean: 0.907') + 1;
    const latencyLine = lines.indexOf('    value: 45') + 1;
    assert.ok(hmeanLine > 0 && latencyLine > hmeanLine);
    assert.deepEqual(gateLines, [
      `::notice file=${SECOND_REPORT},line=${hmeanLine},title=etk metric gate%3A hmean::hmean 0.907 against 0.91, the previous report ${FIRST_REPORT}: Δ -0.003 (-0.3%25), tolerance 0.5%25 = 0.00455, higher is better: worse, within the tolerance`,
      `::error file=${SECOND_REPORT},line=${latencyLine},title=etk metric gate%3A latency_ms::latency_ms 45 ms against 41 ms, the previous report ${FIRST_REPORT}: Δ +4 ms (+9.8%25), tolerance 2, lower is better: worse beyond the tolerance`,
    ]);
  });

  it('etk diff origin/main --gate gives the verdict etk ci check --base main --gate gives (exit 1, same metrics and outcomes); refuses two revisions', async () => {
    const ci = await check(full, '--base', 'main', '--gate', '--fail-on', 'never');
    const d = await cli(full.dir, 'diff', 'origin/main', '--gate', '--format', 'json');
    assert.equal(d.code, 1, d.stderr);
    const j = JSON.parse(d.stdout) as { gateFailed: boolean; metricGate: Json['metricGate'] };
    assert.equal(j.gateFailed, true);
    const shape = (g: Json['metricGate']) => g.map((m) => [(m as unknown as { file: string }).file, m.metric, m.line, m.outcome, m.checks.map((c) => [c.kind, c.value, c.outcome])]);
    assert.deepEqual(shape(j.metricGate), shape(ci.json.metricGate));
    const text = await cli(full.dir, 'diff', 'origin/main', '--gate');
    assert.equal(text.code, 1);
    assert.match(text.stdout, new RegExp(`\\nMetric gate: failed\\n(.*\\n)*  ✖ ${SECOND_REPORT.replace(/[.]/g, '\\.')}:\\d+  latency_ms 45 ms against 41 ms, the previous report .*: worse beyond the tolerance\\n`));
    // A machine format: stdout is the data, the reason for exit 1 is one line on stderr.
    const sarif = await cli(full.dir, 'ci', 'check', '--base', 'main', '--gate', '--fail-on', 'never', '--format', 'sarif');
    assert.equal(sarif.code, 1);
    assert.equal(sarif.stderr, 'etk ci check: failed: 1 metric worse beyond tolerance (SARIF holds the problems; --format text, github or --summary show the metric gate)\n');
    const two = await cli(full.dir, 'diff', 'origin/main', 'HEAD', '--gate');
    assert.equal(two.code, 2);
    assert.match(two.stderr, /etk diff --gate judges the work tree against <from>/);
  });

  it('the summary: changed experiments, metrics old → new with Δ, Δ%, verdict, gate and sparkline; well-formed tables; the comment fits its limit with an "n more" line', async () => {
    await cli(full.dir, 'ci', 'check', '--base', 'main', '--gate', '--summary', 'summary.md');
    const md = readFileSync(join(full.dir, 'summary.md'), 'utf8');
    assertTables(md);
    assert.ok(md.startsWith('## etk check: ✖ 1 new error, 0 new warnings in 1 of 5 changed artifacts; 2 problems were already there, 1 problem fixed\n'), md);
    assert.ok(md.includes('**Failed** (fail-on: new-errors, metric gate on): 1 new error; 1 metric worse beyond tolerance.'), md);
    assert.ok(md.includes('**Changed experiments (1):** <code>20251217_024343_image_enhancements</code>.'), md);
    assert.ok(md.includes(`| previous: <code>${FIRST_REPORT}</code> | 41 ms → 45 ms | +4 | +9.8% | regression (lower is better) | ✖ worse beyond 2 |  |`), md);
    assert.ok(md.includes('| baseline (declared) | 50 ms → 45 ms | -5 | -10.0% | improvement (lower is better) | ✔ better | ▁█ 41–45 |'), md);
    assert.ok(md.includes('| ≈ worse, within 0.5% |'), md);

    // A comment of a huge check stays under GitHub's limit and says how much is left out.
    const { json } = await check(full, '--base', 'main');
    const many = Array.from({ length: 3000 }, (_, i) => ({ file: `${NEW.replace('.md', '')}-${i}.md`, line: i + 1, column: 1, rule: 'schema', severity: 'error' as const, message: `priority must be one of critical, high, medium, low (found "x${i}")` }));
    const huge = renderCheckSummary({ ...(json as unknown as Parameters<typeof renderCheckSummary>[0]), diagnostics: many, added: many, existing: [], fixed: [], gate: [], metrics: [], history: new Map(), notes: [], validateNotes: [], experiments: [], resolution: null, failReasons: ['3000 new errors'] }, { target: 'comment' });
    assert.ok(huge.length <= COMMENT_LIMIT, String(huge.length));
    assert.match(huge, /… and \d+ more problems, not shown here \(a comment holds at most 65,536 characters\): the check's job summary and log list every one\./);
    assertTables(huge);
  });

  it('SARIF: valid for code scanning; fingerprints of the old problems equal the base\'s (the renamed file\'s too), the new one is new', async () => {
    const head = await cli(full.dir, 'ci', 'check', '--base', 'main', '--format', 'sarif');
    assert.equal(head.code, 1, head.stderr);
    const results = assertSarif(head.stdout);
    assert.deepEqual(results.map((r) => [r.uri, r.ruleId, r.baselineState]), [[OLD, 'schema', 'unchanged'], [NEW, 'schema', 'new'], [RENAMED_TO, 'unknown-key', 'unchanged']]);

    const main = checkoutWorkspace(s, 'refs/heads/main', null);
    main.git('checkout', '-q', '--detach', s.forkPoint);
    const base = await cli(main.dir, 'validate', '--format', 'sarif');
    assert.equal(base.code, 1, base.stderr);
    const onBase = new Map(assertSarif(base.stdout).map((r) => [r.uri, r.fingerprint]));
    assert.equal(results[0]!.fingerprint, onBase.get(OLD), 'the old problem keeps its fingerprint though its line moved');
    assert.equal(results[2]!.fingerprint, onBase.get(RENAMED_FROM), 'the renamed file keeps its problem\'s fingerprint');
    assert.ok(![...onBase.values()].includes(results[1]!.fingerprint));
  });
});
