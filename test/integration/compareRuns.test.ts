import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { before, describe, it } from 'node:test';
import { buildReport } from '../../src/report/buildReport.ts';
import { ROOT, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

/**
 * Runs and their comparison, on two fixtures in one repository: a sweep (one experiment, 6 runs the
 * same day, parameters lr and batch, its own baseline) and a cross-experiment one (a detector
 * compared against the sweep's experiment, declared baselines on one metric only).
 */
const SWEEP = '20251218_090000_lr_sweep';
const DET = '20251219_090000_detector';
const LRS = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03];

function report(exp: string, name: string, created: string, fm: string): [string, string] {
  const path = `${ROOT}/${exp}/.metadata/reports/${name}`;
  return [path, `---\nads_version: "1.0"\ntype: report\ntitle: "${name.slice(14, -3)}"\nartifact_id: ${name.slice(0, -3)}\nexperiment_id: ${exp}\nstatus: complete\ncreated: "${created}"\nupdated: "${created}"\ntags: [sweep]\ncomparison: neutral\n${fm}---\n# Run\n\nNumbers.\n`];
}

const OUTPUT = fileURLToPath(new URL('../../test-output', import.meta.url));
const t = tempDir({ git: true });
const files: string[] = [];
before(() => {
  t.write('etk.config.json', '{"metrics": {"wer": {"direction": "lower"}}}\n');
  t.write('.gitignore', 'data/\n');
  t.write(manifestPath(SWEEP), manifest(SWEEP));
  t.write(manifestPath(DET), manifest(DET));
  LRS.forEach((lr, i) => {
    const batch = i % 2 === 0 ? 16 : 32;
    // hmean peaks at lr 0.001; wer (lower is better) falls with it.
    const hmean = [0.81, 0.84, 0.9, 0.87, 0.8, 0.7][i]!;
    const [path, text] = report(SWEEP, `20251218_${String(1000 + i * 100)}_report_lr-${i}.md`, `2025-12-18T${String(10 + i).padStart(2, '0')}:00:00Z`, `metrics:\n  hmean: ${hmean}\n  wer: ${(1 - hmean).toFixed(2)}\nbaseline: ${SWEEP}\nlr: ${lr}\nbatch: ${batch}\n`);
    t.write(path, text);
    files.push(path);
  });
  for (const [i, hmean] of [0.88, 0.93].entries()) {
    const [path, text] = report(DET, `20251219_${1000 + i * 100}_report_det-${i}.md`, `2025-12-19T1${i}:00:00Z`, `metrics:\n  hmean: ${hmean}\n  wer:\n    value: 0.1\n    baseline: 0.2\nbaseline: ${SWEEP}\nbackbone: ${i === 0 ? 'resnet18' : 'resnet50'}\n`);
    t.write(path, text);
    files.push(path);
  }
  t.git('add', '-A');
  t.git('commit', '-qm', 'fixtures');
});

const db = () => new DatabaseSync(join(t.dir, 'data/ops/tracking.db'), { readOnly: true });
const sql = <T = Record<string, unknown>>(q: string, ...p: string[]): T[] => {
  const d = db();
  try {
    return d.prepare(q).all(...p) as T[];
  } finally {
    d.close();
  }
};

async function json(...args: string[]): Promise<Record<string, unknown>[]> {
  const r = await cli(t.dir, ...args, '--format', 'json');
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
}

describe('etk compare and etk query runs', () => {
  it('the report_runs view has every report with its parameters', async () => {
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    const runs = sql<{ file_path: string; parameters: string; metric_count: number }>('SELECT file_path, parameters, metric_count FROM report_runs ORDER BY file_path');
    assert.deepEqual(runs.map((r) => r.file_path), [...files].sort());
    const first = runs.find((r) => r.file_path === files[0])!;
    assert.deepEqual(JSON.parse(first.parameters), { lr: 0.0001, batch: 16 });
    assert.equal(first.metric_count, 2);
  });

  it('a sweep: values, baselines and deltas equal SQL over the index; never its own baseline; best by direction', async () => {
    const rows = await json('compare', SWEEP);
    assert.equal(rows.length, 6);
    assert.deepEqual(rows.map((r) => r.file_path), files.slice(0, 6));
    assert.deepEqual(rows.map((r) => r['param.lr']), LRS);
    for (const r of rows) {
      const [v] = sql<{ metric_value: number; baseline_value: number | null }>("SELECT metric_value, baseline_value FROM metrics WHERE file_path = ? AND metric_name = 'hmean'", String(r.file_path));
      assert.equal(r.hmean, v!.metric_value);
      assert.equal(r['hmean baseline'], v!.baseline_value);
      assert.equal(r['hmean Δ'], v!.baseline_value === null ? null : Math.round((v!.metric_value - v!.baseline_value) * 1e9) / 1e9);
    }
    // Self-baselined: the first run has none, each later one is measured against the run before it.
    assert.equal(rows[0]!['hmean baseline'], null);
    for (let i = 1; i < 6; i++) assert.equal(rows[i]!['hmean baseline'], rows[i - 1]!.hmean);
    const [best] = sql<{ v: number }>("SELECT MAX(metric_value) AS v FROM metric_values WHERE experiment_id = ? AND metric_name = 'hmean'", SWEEP);
    const [bestWer] = sql<{ v: number }>("SELECT MIN(metric_value) AS v FROM metric_values WHERE experiment_id = ? AND metric_name = 'wer'", SWEEP);
    const starred = rows.filter((r) => String(r.best ?? '').split(', ').includes('hmean'));
    assert.deepEqual(starred.map((r) => r.hmean), [best!.v]);
    assert.deepEqual(rows.filter((r) => String(r.best ?? '').includes('wer')).map((r) => r.wer), [bestWer!.v]);
  });

  it('across experiments: a run and an experiment together; a declared baseline wins, else the baseline experiment\'s latest run', async () => {
    const rows = await json('compare', 'det-1', 'lr_sweep', '--metric', 'hmean', '--metric', 'wer');
    assert.deepEqual(rows.map((r) => r.file_path), [files[7], ...files.slice(0, 6)]);
    const det = rows[0]!;
    const [latest] = sql<{ metric_value: number }>("SELECT metric_value FROM metric_values WHERE experiment_id = ? AND metric_name = 'hmean' ORDER BY timestamp DESC LIMIT 1", SWEEP);
    assert.equal(det['hmean baseline'], latest!.metric_value);
    assert.equal(det['wer baseline'], 0.2);
    assert.equal(det['param.backbone'], 'resnet50');
    const table = await cli(t.dir, 'compare', DET, '--format', 'table');
    assert.match(table.stdout, /hmean ↑/);
    assert.match(table.stdout, /wer ↓/);
    assert.match(table.stdout, new RegExp(`#2: values declared in the report \\(against ${SWEEP}\\); the latest run 20251218_1500_report_lr-5\\.md of ${SWEEP}`));
  });

  it('etk query runs filters with --where over runs and their parameters', async () => {
    const rows = await json('query', 'runs', '--where', 'fm.lr >= 0.001 and metrics.hmean > 0.85');
    const expected = sql<{ file_path: string }>("SELECT r.file_path FROM report_runs r WHERE json_extract(r.parameters, '$.lr') >= 0.001 AND EXISTS (SELECT 1 FROM metric_values m WHERE m.file_path = r.file_path AND m.metric_name = 'hmean' AND m.metric_value > 0.85) ORDER BY r.experiment_id, r.created_at");
    assert.deepEqual(rows.map((r) => r.file_path), expected.map((r) => r.file_path));
    assert.ok(expected.length >= 2);
  });

  it('says what is wrong, exit 2: an unknown or ambiguous run', async () => {
    const none = await cli(t.dir, 'compare', 'nothing-like-it');
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no experiment or report "nothing-like-it" in the index/);
    const many = await cli(t.dir, 'compare', 'report_lr');
    assert.equal(many.code, 2);
    assert.match(many.stderr, /"report_lr" is in the paths of 6 reports/);
    const metric = await cli(t.dir, 'compare', SWEEP, '--metric', 'f1');
    assert.equal(metric.code, 2);
    assert.match(metric.stderr, /no run compared here reports "f1"/);
    const runs = await cli(t.dir, 'query', 'runs', '--metric', 'hmaen');
    assert.equal(runs.code, 2);
    assert.match(runs.stderr, /etk query runs: no run listed here reports "hmaen"/);
    assert.equal((await cli(t.dir, 'query', 'runs', '--where', 'fm.lr > 1000', '--metric', 'hmaen')).code, 0, 'no run listed: an empty answer, not an error');
  });

  it('the report: a comparison per experiment with the grid, a sweep chart, and run-by-run trend axes for same-day runs', () => {
    const d = db();
    let page: string;
    let own: string;
    try {
      page = buildReport(d, { generatedAt: new Date(0), grid: { directions: { wer: 'lower' } } });
      own = buildReport(d, { experiment: SWEEP, generatedAt: new Date(0) });
    } finally {
      d.close();
    }
    const section = page.slice(page.indexOf('<section id="comparisons"'), page.indexOf('<section id="timeline"'));
    assert.match(section, new RegExp(`<article class="cmp" data-experiment="${SWEEP}">`));
    assert.match(section, new RegExp(`<article class="cmp" data-experiment="${DET}">`));
    assert.equal((section.match(/<tr data-run=/g) ?? []).length, 8);
    assert.match(section, /data-sweep="lr"/);
    assert.match(section, /<strong>hmean<\/strong>: #3 report_lr-2, 0\.9/);
    // Same-day runs: the trend charts step run by run instead of piling up on a time axis.
    assert.match(page, /aria-label="hmean by run"/);
    assert.match(page, /runs in order, Dec 18, 2025 \(UTC\)|runs in order \(UTC/);
    // Latest results: one row per experiment with results.
    const results = page.slice(page.indexOf('<section id="results"'), page.indexOf('<section id="comparisons"'));
    assert.equal((results.match(/<tr data-experiment=/g) ?? []).length, 2);
    // The experiment's page lists every run.
    assert.equal((own.match(/<tr data-run=/g) ?? []).length, 6);
    // Kept for a look (and the browser screenshots of the e2e test).
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, 'comparisons-sweep.html'), page);
  });
  it('odd metrics: a run whose metric is not a number is never a baseline; metrics named like the fixed columns get columns of their own', async () => {
    const ODD = '20251220_090000_odd_metrics';
    t.write(manifestPath(ODD), manifest(ODD));
    const odd = [
      report(ODD, '20251220_1000_report_odd-0.md', '2025-12-20T10:00:00Z', `metrics:\n  hmean: 0.8\nbaseline: ${ODD}\n`),
      report(ODD, '20251220_1100_report_odd-1.md', '2025-12-20T11:00:00Z', `metrics:\n  hmean: n/a\nbaseline: ${ODD}\n`),
      report(ODD, '20251220_1200_report_odd-2.md', '2025-12-20T12:00:00Z', `metrics:\n  hmean: 0.85\n  title: 0.5\n  best: 3\n  hmean baseline: 7\nbaseline: ${ODD}\n`),
    ];
    for (const [path, text] of odd) t.write(path, text);
    t.git('add', '-A');
    t.git('commit', '-qm', 'odd metrics');
    const rows = await json('compare', ODD);
    const last = rows[2]!;
    assert.equal(last['hmean baseline'], 0.8, 'the run with hmean n/a is skipped');
    assert.equal(last['hmean Δ'], 0.05);
    const [v] = sql<{ baseline_value: number | null }>("SELECT baseline_value FROM metrics WHERE file_path = ? AND metric_name = 'hmean'", odd[2]![0]);
    assert.equal(v!.baseline_value, 0.8, 'the metrics view follows the same rule');
    assert.equal(last.title, 'report_odd-2');
    assert.equal(last['metric.title'], 0.5);
    assert.equal(last['metric.best'], 3);
    assert.equal(last['metric.hmean baseline'], 7);
    assert.equal(last.best, 'hmean');
    const csv = await cli(t.dir, 'compare', ODD, '--format', 'csv');
    const header = csv.stdout.split('\n')[0]!.split(',');
    assert.equal(new Set(header).size, header.length, `a column twice: ${header.join(',')}`);
  });

  it('a metric that is not a number: the warning says what the index holds, a row with no value', async () => {
    const file = `${ROOT}/20251220_090000_odd_metrics/.metadata/reports/20251220_1100_report_odd-1.md`;
    const [row] = sql<{ metric_value: number | null }>("SELECT metric_value FROM metric_values WHERE file_path = ? AND metric_name = 'hmean'", file);
    assert.ok(row, 'the metric is indexed');
    assert.equal(row.metric_value, null);
    const [d] = sql<{ message: string }>("SELECT message FROM diagnostics WHERE file = ? AND rule = 'metric-value'", file);
    assert.match(d!.message, /indexed with no value \(metric_value NULL\)/);
    assert.doesNotMatch(d!.message, /not indexed/);
  });

  it('a baseline experiment the index does not have: the grid says so, not that it has no run', async () => {
    const LOST = '20251221_090000_lost_baseline';
    t.write(manifestPath(LOST), manifest(LOST));
    for (const [i, v] of [0.7, 0.75].entries()) {
      const [path, text] = report(LOST, `20251221_${1000 + i * 100}_report_lost-${i}.md`, `2025-12-21T1${i}:00:00Z`, `metrics:\n  hmean: ${v}\nbaseline: 20990101_000000_no_such_experiment\n`);
      t.write(path, text);
    }
    t.git('add', '-A');
    t.git('commit', '-qm', 'a missing baseline');
    const table = await cli(t.dir, 'compare', LOST, '--format', 'table');
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /#1: none \(no experiment 20990101_000000_no_such_experiment is in the index/);
    assert.doesNotMatch(table.stdout, /has no run with these metrics/);
    // An existing baseline experiment without the metric keeps the other wording.
    const det = await cli(t.dir, 'compare', SWEEP, '--format', 'table');
    assert.doesNotMatch(det.stdout, /is in the index/);
  });
});
