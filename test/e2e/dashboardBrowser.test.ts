import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserForFile } from '../helpers/browser.ts';
import { EXP, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { writeRealShapeCorpus } from '../helpers/realShapeCorpus.ts';
import { tempDir } from '../helpers/tempRepo.ts';

// Callbacks passed to page.evaluate run in the page; the project compiles without the DOM library.
declare const document: any;
declare function getComputedStyle(el: any): any;

const BIN = fileURLToPath(new URL('../../bin/etk.js', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const OUTPUT = join(REPO, 'test-output');

function etk(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(r.status, 0, `etk ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function query<T = Record<string, unknown>>(dbPath: string, sql: string, ...params: string[]): T[] {
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
const count = (dbPath: string, sql: string, ...params: string[]) => Number(query<{ n: number }>(dbPath, sql, ...params)[0]!.n);

/** Everything a page does that it must not: console errors, failed scripts, requests, dialogs. */
interface Watch {
  errors: string[];
  requests: string[];
  dialogs: string[];
}

async function open(chromium: Browser, file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; watch: Watch }> {
  const page = await chromium.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
  const url = pathToFileURL(file).href;
  const watch: Watch = { errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watch.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.errors.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url() !== url) watch.requests.push(r.url());
  });
  // Anything but the page itself is refused (and recorded above), so a leak cannot even succeed.
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('.count')?.textContent !== '');
  return { page, watch };
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
const matching = async (page: Page, table: string) => Number(await page.locator(`#count-${table}`).getAttribute('data-matching'));

const browser = browserForFile(OUTPUT);

describe('the report of examples/ in Chromium', () => {
  const t = tempDir({ prefix: 'etk-dashboard-' });
  const db = join(t.dir, 'tracking.db');
  const report = join(t.dir, 'report.html');

  it('shows every section with the index\'s numbers, makes no request and logs no error', async () => {
    etk(REPO, 'sync', '--config', 'examples/etk.config.json', '--db', db, '--quiet');
    etk(REPO, 'dashboard', '--config', 'examples/etk.config.json', '--db', db, '--report', report);
    const { page, watch } = await open(browser(), report);

    assert.equal(await text(page, 'h1'), 'Experiment report');
    assert.deepEqual(await page.locator('main h2').allInnerTexts(), ['Overview', 'Latest results', 'Comparisons', 'Timeline', 'Metric trends', 'Tags', 'Compliance', 'Experiments', 'Artifacts', 'Latest metrics']);
    const stat = async (label: string) => Number((await page.locator(`[data-stat="${label}"] .num`).innerText()).replace(/,/g, ''));
    assert.equal(await stat('experiments'), count(db, 'SELECT COUNT(*) AS n FROM experiments'));
    assert.equal(await stat('artifacts'), count(db, 'SELECT COUNT(*) AS n FROM artifacts'));
    assert.equal(await stat('reports'), count(db, "SELECT COUNT(*) AS n FROM artifacts WHERE type = 'report'"));
    assert.equal(await stat('metric values'), count(db, 'SELECT COUNT(*) AS n FROM metric_values'));
    assert.equal(await stat('tags'), count(db, 'SELECT COUNT(DISTINCT tag_name) AS n FROM tags'));
    assert.equal(await stat('errors'), 0);
    for (const { status, n } of query<{ status: string; n: number }>(db, 'SELECT status, COUNT(*) AS n FROM experiments GROUP BY status')) {
      assert.equal(Number(await text(page, `table[data-crosstab="Experiments by status"] td[data-status="${status}"]`)), n, `experiments ${status}`);
    }
    for (const { type, n } of query<{ type: string; n: number }>(db, 'SELECT type, COUNT(*) AS n FROM artifacts GROUP BY type')) {
      const row = page.locator('table[data-crosstab="Artifacts by type and status"] tbody tr').filter({ has: page.locator(`th:text-is("${type}")`) });
      assert.equal(Number(await row.locator('td[data-total]').innerText()), n, `artifacts of type ${type}`);
    }
    // Charts: one timeline bar per experiment, one trend chart per metric (at most 12).
    const metricNames = count(db, 'SELECT COUNT(DISTINCT metric_name) AS n FROM metric_values');
    assert.equal(await page.locator('#timeline svg[aria-label="Experiment timeline"] g[aria-label="bar"] rect').count(), count(db, 'SELECT COUNT(*) AS n FROM experiments'));
    assert.equal(await page.locator('#trends figure[data-metric]').count(), Math.min(12, metricNames));
    assert.equal(await page.locator('#tags .tag').count(), count(db, 'SELECT COUNT(DISTINCT tag_name) AS n FROM tags'));
    assert.match(await text(page, '#compliance [data-ok]'), /No problems recorded/);
    // Tables: filled from the embedded data.
    assert.equal(await matching(page, 'experiments'), count(db, 'SELECT COUNT(*) AS n FROM experiments'));
    assert.equal(await matching(page, 'artifacts'), count(db, 'SELECT COUNT(*) AS n FROM artifacts'));
    assert.equal(await matching(page, 'metrics'), count(db, 'SELECT COUNT(*) AS n FROM latest_metrics'));
    assert.equal(await page.locator('#table-artifacts tbody tr').count(), Math.min(50, count(db, 'SELECT COUNT(*) AS n FROM artifacts')));

    // Looks: Δ % never wraps; each experiment's table swatch has the colour of its timeline bar.
    const pct = page.locator('#table-metrics tbody td:nth-child(6)').first();
    assert.equal(await pct.evaluate((el: any) => getComputedStyle(el).whiteSpace), 'nowrap');
    const swatches = await page.locator('#table-experiments tbody button[data-exp] .sw').evaluateAll((els: any[]) => els.map((e) => [e.parentElement.getAttribute('data-exp'), getComputedStyle(e).backgroundColor]));
    assert.equal(swatches.length, count(db, 'SELECT COUNT(*) AS n FROM experiments'));
    assert.equal(new Set(swatches.map((s: string[]) => s[1])).size, swatches.length, 'one colour per experiment');

    await page.screenshot({ path: join(OUTPUT, 'dashboard-examples.png'), fullPage: true });
    assert.deepEqual(watch.errors, []);
    assert.deepEqual(watch.requests, []);
    await page.close();
  });

  it('filters by tag, search and experiment, and sorts, as the data says', async () => {
    const { page, watch } = await open(browser(), report);
    const tag = 'perspective-correction';
    await page.locator(`.tag[data-tag="${tag}"]`).click();
    assert.equal(await page.locator(`.tag[data-tag="${tag}"]`).getAttribute('aria-pressed'), 'true');
    assert.equal(await matching(page, 'artifacts'), count(db, 'SELECT COUNT(*) AS n FROM tags WHERE tag_name = ?', tag));
    assert.equal(await matching(page, 'experiments'), count(db, 'SELECT COUNT(DISTINCT experiment_id) AS n FROM tags WHERE tag_name = ?', tag));
    assert.match(await text(page, '#active-filters'), /tag: perspective-correction/);
    await page.locator('#active-filters button').click();
    assert.equal(await matching(page, 'artifacts'), count(db, 'SELECT COUNT(*) AS n FROM artifacts'));

    // Search: every term must appear in a row's title, type, status, path, experiment or tags.
    await page.locator('#q').fill('homography');
    await page.waitForFunction(() => document.querySelector('#active-filters')?.textContent?.includes('homography'));
    const rows = query<{ title: string; type: string; status: string; file_path: string; name: string; tags: string | null }>(
      db,
      'SELECT a.title, a.type, a.status, a.file_path, e.name, (SELECT group_concat(tag_name, \' \') FROM tags t WHERE t.file_path = a.file_path) AS tags FROM artifacts a LEFT JOIN experiments e ON e.experiment_id = a.experiment_id',
    );
    const expected = rows.filter((r) => [r.title, r.type, r.status, r.file_path, r.name, r.tags ?? ''].join(' ').toLowerCase().includes('homography')).length;
    assert.ok(expected > 0);
    assert.equal(await matching(page, 'artifacts'), expected);
    await page.locator('#q').fill('');
    await page.waitForFunction(() => !document.querySelector('#active-filters')?.textContent);

    // An experiment's name filters every table to it.
    const [exp] = query<{ experiment_id: string; name: string }>(db, 'SELECT experiment_id, name FROM experiments ORDER BY experiment_id LIMIT 1');
    await page.locator(`#table-experiments button[data-exp="${exp!.experiment_id}"]`).click();
    assert.equal(await matching(page, 'experiments'), 1);
    assert.equal(await matching(page, 'artifacts'), count(db, 'SELECT COUNT(*) AS n FROM artifacts WHERE experiment_id = ?', exp!.experiment_id));
    assert.equal(await matching(page, 'metrics'), count(db, 'SELECT COUNT(*) AS n FROM latest_metrics WHERE experiment_id = ?', exp!.experiment_id));
    await page.locator('#active-filters button').click();

    // Sort experiments by their number of files, most first.
    const files = page.locator('#table-experiments th[data-key="artifacts"]');
    await files.locator('button').click();
    assert.equal(await files.getAttribute('aria-sort'), 'descending');
    const most = count(db, 'SELECT MAX(n) AS n FROM (SELECT COUNT(*) AS n FROM artifacts GROUP BY experiment_id)');
    assert.equal(Number(await page.locator('#table-experiments tbody tr').first().locator('td').nth(4).innerText()), most);
    // A select filter.
    await page.locator('[data-table="artifacts"] select[data-filter="type"]').selectOption('guide');
    assert.equal(await matching(page, 'artifacts'), count(db, "SELECT COUNT(*) AS n FROM artifacts WHERE type = 'guide'"));
    assert.deepEqual(watch.errors, []);
    assert.deepEqual(watch.requests, []);
    await page.close();
  });

  it('reaches every filter with the keyboard, and Enter on a tag filters', async () => {
    const { page } = await open(browser(), report, 'dark');
    const reached = new Set<string>();
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press('Tab');
      const what = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'body';
        if (el.id === 'q') return 'search';
        if (el.matches('.tag[data-tag]')) return 'tag';
        if (el.matches('select[data-filter]')) return `select:${el.closest('[data-table]')?.getAttribute('data-table')}:${el.getAttribute('data-filter')}`;
        if (el.matches('th button')) return `sort:${el.closest('[data-table]')?.getAttribute('data-table')}`;
        if (el.matches('button[data-exp]')) return 'experiment';
        return el.tagName.toLowerCase();
      });
      reached.add(what);
    }
    for (const want of ['search', 'tag', 'select:experiments:status', 'select:artifacts:type', 'select:artifacts:status', 'select:metrics:metric', 'sort:experiments', 'sort:artifacts', 'sort:metrics', 'experiment']) {
      assert.ok(reached.has(want), `Tab reaches ${want} (reached: ${[...reached].join(', ')})`);
    }
    const first = page.locator('.tag[data-tag]').first();
    await first.focus();
    await page.keyboard.press('Enter');
    assert.equal(await first.getAttribute('aria-pressed'), 'true');
    const tag = (await first.getAttribute('data-tag'))!;
    assert.equal(await matching(page, 'artifacts'), count(db, 'SELECT COUNT(*) AS n FROM tags WHERE tag_name = ?', tag));
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q', '/ jumps to the search box');
    await page.screenshot({ path: join(OUTPUT, 'dashboard-examples-dark.png'), fullPage: false });
    await page.close();
  });
});

describe('a corpus with script payloads in every field, in Chromium', () => {
  const ALERT = '<script>alert(1)</script>';
  const IMG = '"><img src=x onerror=alert(1)>';
  const t = tempDir({ git: true, prefix: 'etk-payload-' });
  const db = join(t.dir, 'data', 'ops', 'tracking.db');
  const report = join(t.dir, 'report.html');

  it('shows the payloads as text: no dialog, no script, no element they describe', async () => {
    t.write('etk.config.json', '{}');
    t.write(manifestPath(), manifest(EXP).replace('name: Image enhancements', `name: '${ALERT}'`).replace('tags: [ocr, image-processing]', `tags: ["${ALERT.replace(/"/g, '\\"')}", "${IMG.replace(/"/g, '\\"')}", ocr]`) + `\n${ALERT}\n`);
    const report1 = artifact('report', { id: `r-${IMG}`, body: `# ${ALERT}\n\n${IMG} </script> \u2028 \u2029\n` })
      .replace('hmean: 0.91', `"${IMG.replace(/"/g, '\\"')}": 0.91\n  "</script><script>alert(2)</script>":\n    value: 3\n    unit: "${ALERT}"`)
      .replace('tags:\n', `title: "</script><script>alert(3)</script>\u2028"\ntags:\n  - "onerror=alert(4)"\n`);
    t.write(artifactPath(`20251218_0930_report_${IMG.replace(/[/"]/g, '')}.md`, EXP, 'reports'), report1);
    t.write(artifactPath('20251218_0930_assessment_javascript-link.md'), artifact('assessment', { extra: 'title: "javascript:alert(5)"\n' }).replace('priority: high', `priority: "${IMG.replace(/"/g, '\\"')}"`));
    t.git('add', '-A');
    t.git('commit', '-qm', 'payloads');
    etk(t.dir, 'sync', '--quiet');
    assert.ok(count(db, 'SELECT COUNT(*) AS n FROM diagnostics') > 0, 'the payload corpus has problems for the heatmap');
    etk(t.dir, 'dashboard', '--report', report);
    const { page, watch } = await open(browser(), report);
    const exposed = await page.evaluate(() => {
      const onAttrs = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`));
      const hrefs = [...document.querySelectorAll('[href]')].map((a) => a.getAttribute('href') ?? '').filter((h) => /^\s*javascript:/i.test(h));
      return { images: document.querySelectorAll('img').length, scripts: document.querySelectorAll('script').length, onAttrs, hrefs, text: document.body.innerText };
    });
    assert.equal(exposed.images, 0, 'no <img> from a payload');
    assert.equal(exposed.scripts, 2, 'only the data block and the page script');
    assert.deepEqual(exposed.onAttrs, []);
    assert.deepEqual(exposed.hrefs, []);
    assert.ok(exposed.text.includes(ALERT), 'the manifest name shows as text');
    assert.ok(exposed.text.includes('</script><script>alert(3)</script>'), 'the title shows as text');

    // Use the page: search for a payload, pick a payload tag, list a heatmap cell by keyboard.
    await page.locator('#q').fill('<img src=x');
    await page.waitForFunction(() => document.querySelector('#active-filters')?.textContent?.includes('img'));
    assert.ok((await matching(page, 'artifacts')) > 0);
    await page.locator('#q').fill('');
    await page.waitForFunction(() => !document.querySelector('#active-filters')?.textContent);
    await page.locator('.tag[data-tag]').filter({ hasText: 'onerror' }).first().click();
    assert.ok((await matching(page, 'artifacts')) >= 1);
    await page.locator('#active-filters button').click();
    const cell = page.locator('.heat-cell').first();
    await cell.focus();
    await page.keyboard.press('Enter');
    const [exp, rule] = [await cell.getAttribute('data-experiment'), await cell.getAttribute('data-rule')];
    const listed = count(db, 'SELECT COUNT(*) AS n FROM diagnostics d JOIN files f ON f.path = d.file WHERE f.experiment_id = ? AND d.rule = ?', exp!, rule!);
    assert.equal(await matching(page, 'problems'), listed);
    assert.match(await text(page, '#table-problems tbody td.path a'), /\.md:\d+:\d+$/, 'the cell lists file:line:column');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'table-problems', 'focus moves to the list');
    await page.screenshot({ path: join(OUTPUT, 'dashboard-payloads.png'), fullPage: true });

    // The experiment's own page, too.
    etk(t.dir, 'dashboard', '--report', join(t.dir, 'exp.html'), '--experiment', EXP);
    const expPage = await open(browser(), join(t.dir, 'exp.html'));
    assert.equal(await expPage.page.locator('img').count(), 0);
    assert.equal(await text(expPage.page, 'h1'), ALERT);
    await expPage.page.close();

    assert.deepEqual(watch.dialogs, [], 'no dialog opened');
    assert.deepEqual(expPage.watch.dialogs, []);
    assert.deepEqual(watch.errors, [], 'no script was refused or failed');
    assert.deepEqual(expPage.watch.errors, []);
    assert.deepEqual(watch.requests, [], 'no request (not even for x)');
    await page.close();
  });
});

describe('etk dashboard served live (the built CLI), in Chromium', () => {
  it('prints its address, serves the page, reloads it when a file changes, and stops on SIGTERM', async () => {
    const t = tempDir({ git: true, prefix: 'etk-live-' });
    t.write('etk.config.json', '{}');
    t.write('.gitignore', 'data/\n');
    t.write(manifestPath(), manifest(EXP));
    const file = artifactPath('20251218_0930_assessment_first.md');
    t.write(file, artifact('assessment', { extra: 'title: Before the edit\n' }));
    t.git('add', '-A');
    t.git('commit', '-qm', 'corpus');
    const child = spawn(process.execPath, [BIN, 'dashboard', '--port', '0'], { cwd: t.dir, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      for (let i = 0; i < 200 && !/serving http/.test(out); i++) await new Promise((r) => setTimeout(r, 50));
      const url = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      assert.ok(url, `the address is printed (stdout: ${out}, stderr: ${err})`);
      const page = await browser().newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(url);
      await page.waitForFunction(() => document.querySelector('#count-artifacts')?.textContent !== '');
      assert.ok((await page.locator('#table-artifacts').innerText()).includes('Before the edit'));
      await page.locator('#q').fill('before');
      t.write(file, artifact('assessment', { extra: 'title: After the edit\n' }));
      // The page reloads itself (server-sent event), keeping its filters.
      await page.waitForFunction(() => document.querySelector('#table-artifacts')?.textContent?.includes('After the edit') || document.querySelector('#count-artifacts')?.textContent?.startsWith('0 '), undefined, { timeout: 15_000 });
      assert.equal(await page.locator('#q').inputValue(), 'before', 'the search survives the reload');
      await page.locator('#q').fill('');
      await page.waitForFunction(() => document.querySelector('#table-artifacts')?.textContent?.includes('After the edit'), undefined, { timeout: 15_000 });
      // The experiment's own page and a file, from the live page's links.
      await page.locator(`a[href="/experiments/${EXP}"]`).first().click();
      await page.waitForURL(`${url}experiments/${EXP}`);
      assert.equal(await text(page, 'h1'), 'Image enhancements');
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, err);
  });
});

describe('the report of a repository shaped like a real team\'s, in Chromium', () => {
  it('custom statuses widen the overview\'s tables, never the page: nothing scrolls sideways at 1280 px but the tables themselves', async () => {
    const t = tempDir({ git: true, prefix: 'etk-dashboard-real-' });
    writeRealShapeCorpus(t);
    t.write('etk.config.json', '{}\n');
    etk(t.dir, 'sync', '--quiet');
    const report = join(t.dir, 'report.html');
    etk(t.dir, 'dashboard', '--report', report);
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(pathToFileURL(report).href);
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth, columns: document.querySelectorAll('[data-crosstab="Artifacts by type and status"] thead th').length }));
      assert.ok(widths.columns >= 7, `${widths.columns} columns: the fixture has custom statuses`);
      assert.ok(widths.page <= widths.view, `the page is ${widths.page} px wide in a ${widths.view} px window`);
    } finally {
      await page.close();
    }
  });
});
