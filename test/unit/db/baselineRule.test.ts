import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { baselineRunSql } from '../../../src/db/baselineRule.ts';
import { DDL } from '../../../src/db/schema.ts';
import { tempDir } from '../../helpers/tempRepo.ts';

/**
 * The baseline rule's SQL against the rule as README states it, computed here in TypeScript, and
 * against schema version 7's SQL (kept below as a second oracle), on metric rows written straight into
 * a real index file: self-baselined experiments with many runs, equal created times, runs without a
 * created time, metrics that are not numbers (NULL), declared baselines, another experiment as the
 * baseline, a missing one, and reports outside any experiment.
 */
interface Row {
  metric_id: number;
  experiment_id: string | null;
  metric_name: string;
  metric_value: number | null;
  baseline_declared: number | null;
  timestamp: string | null;
  baseline_experiment: string | null;
  file_path: string;
}

/** Schema version 7's subquery, as it was: the same rule with COALESCE(timestamp, '') comparisons. */
const v7 = (what: string) => `(SELECT ${what} FROM metric_values b
    WHERE b.experiment_id = m.baseline_experiment AND b.metric_name = m.metric_name AND b.metric_value IS NOT NULL AND b.file_path <> m.file_path
      AND (b.experiment_id IS NOT m.experiment_id
        OR COALESCE(b.timestamp, '') < COALESCE(m.timestamp, '')
        OR (COALESCE(b.timestamp, '') = COALESCE(m.timestamp, '') AND b.file_path < m.file_path))
    ORDER BY b.timestamp DESC, b.file_path DESC LIMIT 1)`;

/** Later by created time (none is the earliest), then path. */
function later(a: Row, b: Row): number {
  if (a.timestamp !== b.timestamp) return a.timestamp === null ? -1 : b.timestamp === null ? 1 : a.timestamp < b.timestamp ? -1 : 1;
  return a.file_path < b.file_path ? -1 : a.file_path > b.file_path ? 1 : 0;
}

/** README's rule: the declared baseline, else the latest numeric run of the baseline experiment, never the report itself and, in its own experiment, only the runs before it. */
function reference(rows: Row[], m: Row): { value: number | null; path: string | null } {
  if (m.baseline_declared !== null) return { value: m.baseline_declared, path: null };
  if (m.baseline_experiment === null) return { value: null, path: null };
  const own = m.baseline_experiment === m.experiment_id;
  const runs = rows.filter((b) => b.experiment_id === m.baseline_experiment && b.metric_name === m.metric_name && b.metric_value !== null && b.file_path !== m.file_path && (!own || later(b, m) < 0));
  const best = runs.reduce<Row | null>((x, b) => (x === null || later(b, x) > 0 ? b : x), null);
  return { value: best?.metric_value ?? null, path: best?.file_path ?? null };
}

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function fixture(): Row[] {
  const rnd = random(20251218);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // Few distinct times, so many runs share one; null: a report without a created time.
  const times = [null, '2025-12-01 09:00:00', '2025-12-01 10:00:00', '2025-12-02 09:00:00', '2025-12-03 18:30:00', '2025-12-03 18:30:01'];
  const experiments: { id: string | null; baseline: () => string | null; runs: number }[] = [
    { id: 'exp_self', baseline: () => 'exp_self', runs: 70 },
    { id: 'exp_other', baseline: () => pick(['exp_self', 'exp_self', 'exp_missing', null]), runs: 20 },
    { id: 'exp_mixed', baseline: () => pick(['exp_mixed', 'exp_self']), runs: 30 },
    { id: null, baseline: () => pick(['exp_self', null]), runs: 6 },
  ];
  const rows: Row[] = [];
  for (const e of experiments) {
    for (let i = 0; i < e.runs; i++) {
      // Paths in an order unrelated to the created times, so the tie-break by path matters.
      const file_path = `root/${e.id ?? 'loose'}/r${String(Math.floor(rnd() * 1e6)).padStart(6, '0')}_${i}.md`;
      const timestamp = pick(times);
      const baseline_experiment = e.baseline();
      for (const metric_name of ['hmean', 'recall', 'latency_ms']) {
        if (rnd() < 0.15) continue; // not every run reports every metric
        rows.push({
          metric_id: rows.length + 1,
          experiment_id: e.id,
          metric_name,
          metric_value: rnd() < 0.2 ? null : Math.round(rnd() * 1000) / 1000, // null: hmean: high
          baseline_declared: rnd() < 0.1 ? Math.round(rnd() * 1000) / 1000 : null,
          timestamp,
          baseline_experiment,
          file_path,
        });
      }
    }
  }
  return rows;
}

describe('the baseline rule (src/db/baselineRule.ts)', () => {
  const t = tempDir();
  const db = new DatabaseSync(join(t.dir, 'tracking.db'), { enableForeignKeyConstraints: false });
  db.exec(DDL);
  const rows = fixture();
  const insert = db.prepare('INSERT INTO metric_values (metric_id, artifact_id, experiment_id, metric_name, metric_value, baseline_declared, unit, timestamp, baseline_experiment, file_path) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)');
  db.exec('BEGIN');
  for (const r of rows) insert.run(r.metric_id, r.file_path, r.experiment_id, r.metric_name, r.metric_value, r.baseline_declared, r.timestamp, r.baseline_experiment, r.file_path);
  db.exec('COMMIT');
  db.exec('ANALYZE');
  const all = <T>(sql: string, ...params: string[]) => (db.prepare(sql).all(...params) as T[]).map((r) => ({ ...r }));

  it('gives every metric row the baseline README states, the same as schema version 7 did', () => {
    const expected = rows.map((m) => ({ metric_id: m.metric_id, ...reference(rows, m) }));
    // The fixture reaches every case the rule distinguishes, so the comparison below is not vacuous.
    const self = rows.filter((m) => m.baseline_declared === null && m.baseline_experiment === m.experiment_id && m.experiment_id !== null);
    const byId = new Map(expected.map((e) => [e.metric_id, e]));
    const found = (m: Row) => byId.get(m.metric_id)!.path !== null;
    assert.ok(self.some((m) => found(m) && rows.some((b) => b.file_path === byId.get(m.metric_id)!.path && b.timestamp === m.timestamp && b.timestamp !== null)), 'a run measured against one with the same created time');
    assert.ok(self.some((m) => m.timestamp === null && found(m)), 'a run without a created time measured against another');
    assert.ok(self.some((m) => m.timestamp !== null && found(m) && rows.find((b) => b.file_path === byId.get(m.metric_id)!.path)!.timestamp === null), 'a run whose baseline has no created time');
    assert.ok(self.some((m) => !found(m)), 'a first run without a baseline');
    assert.ok(rows.some((m) => m.baseline_declared === null && m.baseline_experiment !== m.experiment_id && found(m)), 'another experiment as the baseline');
    assert.ok(rows.some((m) => m.baseline_declared !== null), 'a declared baseline');

    const view = all<{ metric_id: number; baseline_value: number | null }>('SELECT metric_id, baseline_value FROM metrics ORDER BY metric_id');
    assert.deepEqual(view, expected.map((e) => ({ metric_id: e.metric_id, baseline_value: e.value })));
    // etk compare's form: the baseline run's path too (runMetricsQuery), undeclared baselines only.
    const runs = all<{ metric_id: number; path: string | null }>(`SELECT m.metric_id, ${baselineRunSql('m', 'b.file_path')} AS path FROM metric_values m WHERE m.baseline_declared IS NULL ORDER BY m.metric_id`);
    assert.deepEqual(runs, expected.filter((e) => rows[e.metric_id - 1]!.baseline_declared === null).map((e) => ({ metric_id: e.metric_id, path: e.path })));
    const old = all(`SELECT m.metric_id, COALESCE(m.baseline_declared, ${v7('b.metric_value')}) AS baseline_value FROM metric_values m ORDER BY m.metric_id`);
    assert.deepEqual(view, old);
  });

  it("looks each baseline up along idx_metrics_experiment, with a range on the report's time, never scanning or sorting", () => {
    const plan = all<{ detail: string }>('EXPLAIN QUERY PLAN SELECT * FROM metrics WHERE experiment_id = ?', 'exp_self').map((r) => r.detail);
    assert.deepEqual(plan.filter((d) => /\bSCAN\b|TEMP B-TREE/.test(d)), [], plan.join('\n'));
    assert.ok(plan.some((d) => /SEARCH b USING (COVERING )?INDEX idx_metrics_experiment \(experiment_id=\? AND metric_name=\? AND timestamp<\?\)/.test(d)), plan.join('\n'));
    assert.ok(plan.some((d) => /SEARCH b USING (COVERING )?INDEX idx_metrics_experiment \(experiment_id=\? AND metric_name=\? AND timestamp=\? AND file_path<\?\)/.test(d)), plan.join('\n'));
  });
});
