import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { buildReport } from '../../src/report/buildReport.ts';
import { browserForFile } from '../helpers/browser.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

// Callbacks passed to page.evaluate run in the page; the project compiles without the DOM library.
declare const document: any;

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const OUTPUT = join(REPO, 'test-output');

const browser = browserForFile(OUTPUT);

describe('the comparison sections of examples/ in Chromium', () => {
  it('shows the grids with the index\'s numbers in light and dark, and saves their screenshots', async () => {
    const t = tempDir({ prefix: 'etk-compare-' });
    const dbPath = join(t.dir, 'tracking.db');
    const sync = await cli(REPO, 'sync', '--config', 'examples/etk.config.json', '--db', dbPath, '--quiet');
    assert.equal(sync.code, 0, sync.stderr);
    const db = new DatabaseSync(dbPath, { readOnly: true });
    let page: string;
    let multi: { experiment_id: string; n: number }[];
    try {
      page = buildReport(db, { generatedAt: new Date(0) });
      multi = db.prepare('SELECT experiment_id, COUNT(*) AS n FROM report_runs WHERE metric_count > 0 GROUP BY experiment_id HAVING n > 1 ORDER BY experiment_id').all() as typeof multi;
    } finally {
      db.close();
    }
    const file = t.write('report.html', page);
    for (const scheme of ['light', 'dark'] as const) {
      const p = await browser().newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      await p.goto(pathToFileURL(file).href);
      // One article per experiment with several runs, one row per run.
      const shown = await p.locator('#comparisons article.cmp').evaluateAll((els: any[]) => els.map((e) => [e.getAttribute('data-experiment'), e.querySelectorAll('tbody tr').length]));
      assert.deepEqual(shown.sort(), multi.map((m) => [m.experiment_id, m.n]));
      // The best of a column is marked in text, not by colour alone.
      assert.ok((await p.locator('#comparisons td.best .star').count()) > 0);
      // The sticky header would cover the sections in an element screenshot.
      await p.evaluate(() => document.querySelector('header.top')?.setAttribute('style', 'position:static'));
      await p.locator('#results').screenshot({ path: join(OUTPUT, `results-examples-${scheme}.png`) });
      await p.locator('#comparisons').screenshot({ path: join(OUTPUT, `comparisons-examples-${scheme}.png`) });
      assert.deepEqual(errors, []);
      await p.close();
    }
    writeFileSync(join(OUTPUT, 'comparisons-examples.html'), page);
  });
});
