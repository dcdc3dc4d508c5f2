import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { openForRead } from '../../src/db/openDb.ts';
import { buildReport } from '../../src/report/buildReport.ts';
import { startLiveDashboard } from '../../src/report/liveServer.ts';
import { EXP, EXP2, NAMES, SUBDIR, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

const DB = 'data/ops/tracking.db';
const R = artifactPath(NAMES.report!, EXP, SUBDIR.report);
const BAD = artifactPath('20251218_1000_assessment_broken.md');

/** Two experiments, a report with metrics against a baseline experiment, and one invalid file. */
async function syncedRepo(): Promise<TempDir> {
  const t = tempDir({ git: true });
  t.write('etk.config.json', '{}');
  t.write('.gitignore', 'data/\nout/\n*.html\n');
  t.write(manifestPath(), manifest(EXP));
  t.write(manifestPath(EXP2), manifest(EXP2).replace('name: Image enhancements', 'name: Text detection'));
  t.write(artifactPath(NAMES.assessment!), artifact('assessment'));
  t.write(R, artifact('report', { id: 'r-1' }));
  t.write(artifactPath('20251102_1000_report_detector-baseline.md', EXP2, SUBDIR.report), artifact('report', { exp: EXP2, id: 'r-2' }).replace('hmean: 0.91', 'hmean: 0.88').replace(`baseline: ${EXP2}\n`, 'subtype: handoff\n'));
  t.write(BAD, artifact('assessment', { id: 'bad-1' }).replace('priority: high', 'priority: urgent'));
  t.git('add', '-A');
  t.git('commit', '-qm', 'corpus');
  const r = await cli(t.dir, 'sync');
  assert.equal(r.code, 0, r.stderr);
  return t;
}

function db(t: TempDir): DatabaseSync {
  return new DatabaseSync(join(t.dir, DB), { readOnly: true });
}

function one(t: TempDir, sql: string): number {
  const d = db(t);
  try {
    return Number((d.prepare(sql).get() as { n: number }).n);
  } finally {
    d.close();
  }
}

/** The JSON the page embeds for its tables and search. */
function embedded(page: string): { exps: unknown[][]; arts: unknown[][]; latest: unknown[][]; problems: unknown[][]; linkBase: string; live?: boolean } {
  const m = /<script type="application\/json" id="etk-data">([^<]*)<\/script>/.exec(page);
  assert.ok(m, 'the page embeds its data');
  return JSON.parse(m[1]!);
}

function stat(page: string, label: string): number {
  const m = new RegExp(`data-stat="${label}"><span class="num">([\\d,]+)</span>`).exec(page);
  assert.ok(m, `stat ${label}`);
  return Number(m[1]!.replace(/,/g, ''));
}

describe('etk dashboard --report', () => {
  it('writes one self-contained page whose numbers are the index\'s', async () => {
    const t = await syncedRepo();
    const r = await cli(t.dir, 'dashboard', '--report', 'report.html');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^✔ report\.html: the report of the index \(\d+ KB\) in \d+ ms\n$/);
    const page = readFileSync(join(t.dir, 'report.html'), 'utf8');
    assert.match(page, /^<!doctype html>/);
    for (const id of ['overview', 'timeline', 'trends', 'tags', 'compliance', 'experiments', 'artifacts', 'metrics']) assert.match(page, new RegExp(`<section id="${id}"`), id);
    assert.equal(stat(page, 'experiments'), one(t, 'SELECT COUNT(*) AS n FROM experiments'));
    assert.equal(stat(page, 'artifacts'), one(t, 'SELECT COUNT(*) AS n FROM artifacts'));
    assert.equal(stat(page, 'metric values'), one(t, 'SELECT COUNT(*) AS n FROM metric_values'));
    assert.equal(stat(page, 'errors'), one(t, "SELECT COUNT(*) AS n FROM diagnostics WHERE severity = 'error'"));
    assert.ok(stat(page, 'errors') > 0, 'the broken file shows');
    const data = embedded(page);
    assert.equal(data.exps.length, 2);
    assert.equal(data.arts.length, one(t, 'SELECT COUNT(*) AS n FROM artifacts'));
    assert.equal(data.latest.length, one(t, 'SELECT COUNT(*) AS n FROM latest_metrics'));
    assert.equal(data.problems.length, one(t, 'SELECT COUNT(*) AS n FROM diagnostics'));
    assert.equal(data.linkBase, '');
    // Charts are SVG drawn at build time; nothing is fetched from anywhere.
    assert.match(page, /<svg[^>]*class="plot-/);
    assert.doesNotMatch(page, /<script[^>]+src=|<link[^>]+href=|@import|url\(http|https?:\/\/(?!www\.w3\.org)/);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-[^"]+connect-src &#39;none&#39;/);
    // The heatmap cell of the broken file's experiment and rule.
    assert.ok(new RegExp(`<rect(?=[^>]*data-experiment="${EXP}")(?=[^>]*data-rule="schema")[^>]*tabindex="0"`).test(page), 'a keyboard-reachable heatmap cell');
    assert.deepEqual(readdirSync(t.dir).filter((f) => f.endsWith('.etk-tmp')), [], 'no temporary file is left');
  });

  it('links the files relative to where the report is written', async () => {
    const t = await syncedRepo();
    mkdirSync(join(t.dir, 'out', 'site'), { recursive: true }); // --report makes no folders
    const r = await cli(join(t.dir, 'experiment_manager'), 'dashboard', '--report', '../out/site/report.html');
    assert.equal(r.code, 0, r.stderr);
    const page = readFileSync(join(t.dir, 'out', 'site', 'report.html'), 'utf8');
    assert.equal(embedded(page).linkBase, '../../');
    assert.ok(page.includes(`href="../../experiment_manager/experiments/${EXP}/`), 'recent activity links up to the repository top');
  });

  it('writes an experiment\'s own page with --experiment, and names the closest id for a wrong one', async () => {
    const t = await syncedRepo();
    const r = await cli(t.dir, 'dashboard', '--report', 'exp.html', '--experiment', EXP);
    assert.equal(r.code, 0, r.stderr);
    const page = readFileSync(join(t.dir, 'exp.html'), 'utf8');
    assert.match(page, /<h1>Image enhancements<\/h1>/);
    assert.match(page, new RegExp(`<dt>Compared with</dt><dd><code>${EXP2}</code>`));
    const data = embedded(page);
    assert.equal(data.arts.length, one(t, `SELECT COUNT(*) AS n FROM artifacts WHERE experiment_id = '${EXP}'`));
    assert.equal(data.latest.length, one(t, `SELECT COUNT(*) AS n FROM latest_metrics WHERE experiment_id = '${EXP}'`));
    assert.match(page, /<figure class="chart" data-metric="hmean">/);

    const wrong = await cli(t.dir, 'dashboard', '--report', 'x.html', '--experiment', `${EXP}x`);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, new RegExp(`no experiment "${EXP}x" in the index \\(did you mean "${EXP}"\\?\\)`));
    // The rule of --experiment everywhere: a unique part of an id names it; an ambiguous one lists the candidates.
    const part = await cli(t.dir, 'dashboard', '--report', 'part.html', '--experiment', 'text_detection');
    assert.equal(part.code, 0, part.stderr);
    assert.match(readFileSync(join(t.dir, 'part.html'), 'utf8'), new RegExp(`<code>${EXP2}</code>`));
    const several = await cli(t.dir, 'dashboard', '--report', 'x.html', '--experiment', '2025');
    assert.equal(several.code, 2);
    assert.match(several.stderr, /experiment "2025" is ambiguous: /);
  });

  it('says what to do without an index (--no-sync), and refuses options of the live page with --report', async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{}');
    const r = await cli(t.dir, 'dashboard', '--report', 'r.html', '--no-sync');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /there is no index at .*tracking\.db yet\n {2}fix: build it with `etk sync`/);
    const both = await cli(t.dir, 'dashboard', '--report', 'r.html', '--port', '9000');
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--port is for the live page/);
    const exp = await cli(t.dir, 'dashboard', '--experiment', EXP);
    assert.equal(exp.code, 2);
    assert.match(exp.stderr, /--experiment needs --report FILE/);
  });

  it('--report naming a folder, or under a file, is a usage error that names the path', async () => {
    const t = await syncedRepo();
    t.write('out/keep.txt', 'x');
    const folder = await cli(t.dir, 'dashboard', '--report', 'out');
    assert.equal(folder.code, 2, folder.stderr);
    assert.match(folder.stderr, /^etk: cannot write \S+\/out: it is a folder\n {2}fix: give the path of a file in it, not of the folder\n$/);
    const under = await cli(t.dir, 'dashboard', '--report', 'out/keep.txt/report.html');
    assert.equal(under.code, 2, under.stderr);
    assert.match(under.stderr, /^etk: cannot write \S+\/out\/keep\.txt\/report\.html: a part of the path is a file, not a folder\n/);
    assert.deepEqual(readdirSync(join(t.dir, 'out')), ['keep.txt'], 'no temporary file is left');
  });

  it('is the same page for the same index and time (buildReport)', async () => {
    const t = await syncedRepo();
    const d = openForRead(join(t.dir, DB));
    try {
      const at = new Date('2026-01-02T03:04:00Z');
      const a = buildReport(d, { generatedAt: at });
      assert.equal(buildReport(d, { generatedAt: at }), a);
      assert.ok(a.includes('Generated 2026-01-02 03:04 UTC'));
      assert.notEqual(buildReport(d, { generatedAt: at, experiment: EXP }), a);
    } finally {
      d.close();
    }
  });
});

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function until(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out waiting for ${what}`);
}

describe('etk dashboard (live)', () => {
  it('serves the page, the indexed files only, and rebuilds when a Markdown file changes', async () => {
    const t = await syncedRepo();
    const config = await loadConfig({ cwd: t.dir });
    const logs: string[] = [];
    const live = await startLiveDashboard({ config, dbPath: join(t.dir, DB), etkVersion: 'test', port: 0, sync: true, log: (l) => logs.push(l), debounceMs: 30 });
    try {
      assert.match(live.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const home = await get(live.url);
      assert.equal(home.status, 200);
      assert.match(home.type, /^text\/html/);
      assert.match(home.body, /connect-src &#39;self&#39;/);
      assert.equal(embedded(home.body).live, true);
      assert.equal(embedded(home.body).linkBase, '/files/');

      const file = await get(`${live.url}files/${R}`);
      assert.equal(file.status, 200);
      assert.match(file.type, /^text\/plain/);
      assert.equal(file.body, readFileSync(join(t.dir, R), 'utf8'));
      assert.equal((await get(`${live.url}files/etk.config.json`)).status, 404, 'only files the index knows');
      assert.equal((await get(`${live.url}files/..%2F..%2Fetc%2Fpasswd`)).status, 404);
      assert.equal((await get(live.url, { host: 'attacker.example:80' })).status, 403, 'DNS rebinding: wrong Host');
      assert.equal((await get(live.url, {}, 'POST')).status, 405);
      const page = await get(`${live.url}experiments/${EXP}`);
      assert.equal(page.status, 200);
      assert.match(page.body, /<h1>Image enhancements<\/h1>/);
      assert.equal((await get(`${live.url}experiments/nope`)).status, 404);

      // A page listening for rebuilds, then an edit of a title.
      const events: string[] = [];
      const stream = request(`${live.url}events`, (res) => res.on('data', (c: Buffer) => events.push(c.toString('utf8'))));
      stream.end();
      await until('the event stream', () => events.length > 0);
      const before = live.generation();
      t.write(R, artifact('report', { id: 'r-1', extra: 'title: Renamed while served\n' }));
      await until('a rebuild', () => live.generation() > before);
      assert.ok((await get(live.url)).body.includes('Renamed while served'));
      await until('the reload event', () => events.join('').includes('event: rebuilt'));
      assert.ok(logs.some((l) => /synced 1 changed file/.test(l)), logs.join('\n'));
      stream.destroy();
    } finally {
      await live.close();
    }
  });

  it('waits for an experiments root that does not exist yet (right after etk init), and syncs what appears in it', async () => {
    const t = tempDir({ git: true });
    t.write('etk.config.json', '{}');
    const config = await loadConfig({ cwd: t.dir, requireRoot: false });
    const logs: string[] = [];
    const live = await startLiveDashboard({ config, dbPath: join(t.dir, DB), etkVersion: 'test', port: 0, sync: true, log: (l) => logs.push(l), debounceMs: 30 });
    try {
      assert.equal(embedded((await get(live.url)).body).arts.length, 0);
      const before = live.generation();
      t.write(manifestPath(), manifest(EXP));
      await until('a rebuild with the first experiment', () => live.generation() > before);
      t.write(R, artifact('report', { id: 'r-1', extra: 'title: Written into the new root\n' }));
      await until('the report on the page', async () => (await get(live.url)).body.includes('Written into the new root'));
      assert.equal(one(t, 'SELECT COUNT(*) AS n FROM artifacts'), 2);
      assert.ok(!logs.some((l) => /watching stopped/.test(l)), logs.join('\n'));
    } finally {
      await live.close();
    }
  });

  it('with sync off, follows the database that another etk sync writes', async () => {
    const t = await syncedRepo();
    const config = await loadConfig({ cwd: t.dir });
    const live = await startLiveDashboard({ config, dbPath: join(t.dir, DB), etkVersion: 'test', port: 0, sync: false, log: () => {}, debounceMs: 30 });
    try {
      const before = live.generation();
      t.write(R, artifact('report', { id: 'r-1', extra: 'title: Changed then synced\n' }));
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(live.generation(), before, 'a file change alone does not touch the index');
      assert.equal((await cli(t.dir, 'sync')).code, 0);
      await until('a rebuild', () => live.generation() > before);
      assert.ok((await get(live.url)).body.includes('Changed then synced'));
    } finally {
      await live.close();
    }
  });
});
