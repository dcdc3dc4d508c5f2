import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { IndexParts } from '../../src/action/indexParts.ts';
import { runIndex } from '../../src/action/runIndex.ts';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { checkoutWorkspace, prScenario } from '../helpers/prScenario.ts';

const s = prScenario();

describe('runIndex with its parts injected (the seam for named queries and the report)', () => {
  it('writes each query as JSON and CSV under a safe, unique name, and the report with the link base for the commit', async () => {
    const ws = checkoutWorkspace(s, 'refs/heads/main', 1);
    const config = await loadConfig({ cwd: ws.dir });
    const seen: { generatedAt?: Date; linkBase?: string }[] = [];
    const parts: IndexParts = {
      runNamedQueries: (db) => {
        const n = Number((db.prepare('SELECT COUNT(*) AS n FROM artifacts').get() as { n: number }).n);
        return [
          { name: 'count', columns: ['n'], rows: [{ n }] },
          { name: 'Count', columns: ['n'], rows: [] },
          { name: '../escape', columns: ['n'], rows: [] },
        ];
      },
      formatRows: (r, format) => (format === 'json' ? JSON.stringify(r.rows) : `${r.columns.join(',')}\r\n${r.rows.map((x) => r.columns.map((c) => String(x[c])).join(',')).join('\r\n')}`),
      buildReport: (_db, options) => {
        seen.push(options);
        return '<!doctype html><title>report</title>';
      },
    };
    const at = new Date('2026-01-02T03:04:05Z');
    const r = await runIndex({ config, etkVersion: 'test', cwd: ws.dir, outDir: 'site/etk', generatedAt: at, parts, linkBase: (commit) => `https://example.invalid/blob/${commit}/` });
    assert.deepEqual(readdirSync(r.resultsDir).sort(), ['.etk-results', 'Count-2.csv', 'Count-2.json', 'count.csv', 'count.json', 'escape.csv', 'escape.json'].sort());
    assert.equal(readFileSync(join(r.resultsDir, 'count.json'), 'utf8'), '[{"n":5}]\n');
    assert.equal(readFileSync(join(r.resultsDir, 'count.csv'), 'utf8'), 'n\r\n5\n');
    assert.deepEqual(r.queries.map((q) => [q.name, q.rows]), [['count', 1], ['Count', 0], ['../escape', 0]]);
    assert.equal(r.reportPath, join(ws.dir, 'site', 'etk', 'report.html'));
    // The report gets the configured metric directions and run parameters (none configured here).
    assert.deepEqual(seen, [{ generatedAt: at, linkBase: `https://example.invalid/blob/${r.commit}/`, grid: { directions: {}, parameters: undefined } }]);

    // Without a link base for the commit, links are relative from the report's folder to the repository top.
    seen.length = 0;
    await runIndex({ config, etkVersion: 'test', cwd: ws.dir, outDir: 'site/etk', generatedAt: at, parts });
    assert.equal(seen[0]?.linkBase, '../../');
  });

  it('replaces its own results/ on every run, but never deletes a results/ folder of someone else\'s files', async () => {
    const ws = checkoutWorkspace(s, 'refs/heads/main', 1);
    const config = await loadConfig({ cwd: ws.dir });
    const parts: IndexParts = {
      runNamedQueries: () => [{ name: 'q', columns: ['n'], rows: [] }],
      formatRows: () => '[]',
      buildReport: () => '<!doctype html><title>report</title>',
    };
    const first = await runIndex({ config, etkVersion: 'test', cwd: ws.dir, outDir: 'out', parts });
    writeFileSync(join(first.resultsDir, 'stale.json'), '[]');
    const second = await runIndex({ config, etkVersion: 'test', cwd: ws.dir, outDir: 'out', parts });
    assert.deepEqual(readdirSync(second.resultsDir).sort(), ['.etk-results', 'q.csv', 'q.json'], 'the stale file of a run before is gone');

    mkdirSync(join(ws.dir, 'mine', 'results'), { recursive: true });
    writeFileSync(join(ws.dir, 'mine', 'results', 'model-scores.csv'), 'precious\n');
    await assert.rejects(runIndex({ config, etkVersion: 'test', cwd: ws.dir, outDir: 'mine', parts }), (err: Error) => {
      assert.match(err.message, /already holds files etk did not write/);
      return true;
    });
    assert.equal(readFileSync(join(ws.dir, 'mine', 'results', 'model-scores.csv'), 'utf8'), 'precious\n');
  });
});
