import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
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
    assert.deepEqual(readdirSync(r.resultsDir).sort(), ['Count-2.csv', 'Count-2.json', 'count.csv', 'count.json', 'escape.csv', 'escape.json'].sort());
    assert.equal(readFileSync(join(r.resultsDir, 'count.json'), 'utf8'), '[{"n":5}]\n');
    assert.equal(readFileSync(join(r.resultsDir, 'count.csv'), 'utf8'), 'n\r\n5\n');
    assert.deepEqual(r.queries.map((q) => [q.name, q.rows]), [['count', 1], ['Count', 0], ['../escape', 0]]);
    assert.equal(r.reportPath, join(ws.dir, 'site', 'etk', 'report.html'));
    assert.deepEqual(seen, [{ generatedAt: at, linkBase: `https://example.invalid/blob/${r.commit}/` }]);

    // Without a link base for the commit, links are relative from the report's folder to the repository top.
    seen.length = 0;
    await runIndex({ config, etkVersion: 'test', cwd: ws.dir, outDir: 'site/etk', generatedAt: at, parts });
    assert.equal(seen[0]?.linkBase, '../../');
  });
});
