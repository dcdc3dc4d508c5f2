import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { before, describe, it } from 'node:test';
import { buildReport } from '../../src/report/buildReport.ts';
import { LIMITS } from '../../src/report/limits.ts';
import { loadReportData } from '../../src/report/loadReportData.ts';
import { ROOT, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

/**
 * An experiment's own page at size: one experiment with more runs and metrics than the page's budget
 * (LIMITS.page*), its runs varying one parameter (lr) and measured against the run before them.
 */
const EXP = '20251218_090000_long_sweep';
const RUNS = LIMITS.pageRuns + 20;
const METRICS = LIMITS.pageMetrics + 8;
const LRS = [0.03, 0.0001, 0.01, 0.001, 0.003];

const t = tempDir({ git: true });
before(async () => {
  t.write('.gitignore', 'data/\n');
  t.write(manifestPath(EXP), manifest(EXP));
  for (let i = 0; i < RUNS; i++) {
    const name = `20251218_${1000 + i}_report_run-${i}.md`;
    const created = `2025-12-${String(1 + Math.floor(i / 24)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z`;
    // Metric j is reported by every run up to j runs short of the last: m00 the most reported.
    const metrics = Array.from({ length: METRICS }, (_, j) => j).filter((j) => i < RUNS - j).map((j) => `  m${String(j).padStart(2, '0')}: ${(0.5 + ((i * 7 + j * 13) % 97) / 200).toFixed(4)}`);
    t.write(`${ROOT}/${EXP}/.metadata/reports/${name}`, `---\nads_version: "1.0"\ntype: report\ntitle: "Run ${i}"\nartifact_id: ${name.slice(0, -3)}\nexperiment_id: ${EXP}\nstatus: complete\ncreated: "${created}"\nupdated: "${created}"\ntags: [sweep]\ncomparison: neutral\nmetrics:\n${metrics.join('\n')}\nbaseline: ${EXP}\nlr: ${LRS[i % LRS.length]}\n---\n# Run\n\nNumbers.\n`);
  }
  t.git('add', '-A');
  t.git('commit', '-qm', 'fixture');
  const sync = await cli(t.dir, 'sync', '--quiet');
  assert.equal(sync.code, 0, sync.stderr);
});

const open = () => new DatabaseSync(join(t.dir, 'data/ops/tracking.db'), { readOnly: true });

/** The experiment's own page, built from the index. */
function experimentPage(): string {
  const db = open();
  try {
    return buildReport(db, { experiment: EXP, generatedAt: new Date(0) });
  } finally {
    db.close();
  }
}

describe("an experiment's own page keeps its budget", () => {
  it('shows the latest runs, the most reported metrics and a few charts, and says what it left out and how to see it all', () => {
    const page = experimentPage();
    const grid = page.slice(page.indexOf('<table class="grid"'), page.indexOf('</table>', page.indexOf('<table class="grid"')));
    const rows = [...grid.matchAll(/<tr data-run="([^"]+)"/g)].map((m) => m[1]!);
    assert.equal(rows.length, LIMITS.pageRuns);
    assert.ok(rows.at(-1)!.endsWith(`report_run-${RUNS - 1}.md`) && rows[0]!.endsWith(`report_run-${RUNS - LIMITS.pageRuns}.md`), 'the latest runs, oldest first');
    const columns = [...grid.matchAll(/<th scope="col" class="n" data-metric="([^"]+)"/g)].map((m) => m[1]!);
    assert.deepEqual(columns, Array.from({ length: LIMITS.pageMetrics }, (_, j) => `m${String(j).padStart(2, '0')}`), 'the most reported metrics');
    const charts = (page.match(/<figure class="chart"/g) ?? []).length;
    assert.equal(charts, LIMITS.pageComparisonCharts + LIMITS.pageTrendCharts);
    const note = /<p class="note" data-omitted>(.*?)<\/p>/s.exec(page)?.[1] ?? '';
    assert.match(note, new RegExp(`the latest ${LIMITS.pageRuns} of ${RUNS} runs`));
    assert.match(note, new RegExp(`the ${LIMITS.pageMetrics} most reported of ${METRICS} metrics`));
    assert.match(note, new RegExp(`<code>etk compare ${EXP}</code>.*<code>etk query runs --experiment ${EXP}</code>`));
    assert.ok(Buffer.byteLength(page) < 2 * 1024 * 1024, `${Buffer.byteLength(page)} bytes`);
  });

  it("reads each run's metrics once: the page's metric rows equal the metrics and latest_metrics views", () => {
    const db = open();
    try {
      const data = loadReportData(db, { experiment: EXP });
      const view = db.prepare('SELECT metric_name, metric_value, baseline_value, timestamp, file_path FROM metrics WHERE experiment_id = ? ORDER BY timestamp, file_path, metric_name').all(EXP) as Record<string, unknown>[];
      assert.deepEqual(data.metrics.map((m) => [m.name, m.value, m.baseline, m.time, m.path]), view.map((r) => [r.metric_name, r.metric_value, r.baseline_value, r.timestamp, r.file_path]));
      const latest = db.prepare('SELECT metric_name, metric_value, baseline_value, file_path FROM latest_metrics WHERE experiment_id = ? ORDER BY metric_name').all(EXP) as Record<string, unknown>[];
      assert.deepEqual(data.latest.map((m) => [m.name, m.value, m.baseline, m.path]), latest.map((r) => [r.metric_name, r.metric_value, r.baseline_value, r.file_path]));
    } finally {
      db.close();
    }
  });

  it('orders each metric across the runs by the one parameter they vary, the best runs only', () => {
    const page = experimentPage();
    const fig = /<figure class="chart" data-metric="m00" data-order="lr">.*?<\/figure>/s.exec(page)?.[0];
    assert.ok(fig, 'the chart of m00 is ordered by lr');
    assert.match(fig, new RegExp(`ordered by lr; the ${LIMITS.chartRuns} best of ${LIMITS.pageRuns} runs`));
    // The y axis lists the runs by lr, ascending.
    const lrs = [...fig.matchAll(/<text[^>]*>lr = ([0-9.e-]+) ·/g)].map((m) => Number(m[1]));
    assert.equal(lrs.length, LIMITS.chartRuns);
    assert.deepEqual(lrs, [...lrs].sort((a, b) => a - b));
    assert.ok(new Set(lrs).size > 1);
  });
});
