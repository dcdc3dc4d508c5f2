import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ROOT, TYPE_LINES } from '../helpers/corpus.ts';
import { parseCsv } from '../helpers/csv.ts';
import { runCli } from '../../src/cli/main.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

/*
 * etk query / etk search against a real repository synced into a real tracking.db. The corpus is
 * small and every value in it is chosen, so each filter's answer is known exactly:
 *
 *   A 20250101_090000_alpha  active      tags ocr, alpha   report r-a1 hmean 0.80 (2025-01-05)
 *   B 20250201_090000_beta   complete    tags ocr          report r-b1 hmean 0.85 (2025-02-03, baseline A)
 *                                                          report r-b2 hmean 0.90, latency 40 (own baseline 45) (2025-02-10, baseline A)
 *   C 20250301_090000_gamma  deprecated  tags geometry     report r-c1 hmean 0.70 (2025-03-05, baseline B)
 *   D 20250401_090000_delta  (no manifest: no status)      assessment d-1 (tags ocr, geometry)
 *   plus an assessment in A about "affine trap" (title and body) and a guide in B mentioning it once.
 */
const A = '20250101_090000_alpha';
const B = '20250201_090000_beta';
const C = '20250301_090000_gamma';
const D = '20250401_090000_delta';
const SUB: Record<string, string> = { report: 'reports', assessment: 'assessments', guide: 'guides' };

function manifest(exp: string, name: string, status: string, created: string, tags: string[], extra = ''): [string, string] {
  const body = `---\nads_version: "1.0"\ntype: experiment_manifest\nexperiment_id: ${exp}\nname: ${name}\nstatus: ${status}\ncreated: "${created}"\nupdated: "${created}"\ntags: [${tags.join(', ')}]\n${extra}---\n# ${name}\n`;
  return [`${ROOT}/${exp}/README.md`, body];
}

function doc(type: string, exp: string, o: { id: string; created: string; slug: string; tags: string[]; typeLines: string; title?: string; body?: string; status?: string }): [string, string] {
  const stamp = o.created.slice(0, 16).replace(/[-:]/g, '').replace('T', '_');
  const path = `${ROOT}/${exp}/.metadata/${SUB[type]}/${stamp}_${type}_${o.slug}.md`;
  const fm = [
    'ads_version: "1.0"', `type: ${type}`, `experiment_id: ${exp}`, `artifact_id: ${o.id}`, ...(o.title ? [`title: ${o.title}`] : []),
    `status: ${o.status ?? 'active'}`, `created: "${o.created}"`, `updated: "${o.created}"`, `tags: [${o.tags.join(', ')}]`,
  ].join('\n');
  return [path, `---\n${fm}\n${o.typeLines}---\n${o.body ?? `# ${o.id}\n\nNothing to see.\n`}`];
}

const report = (hmean: number, baseline: string | null, extraMetrics = '') =>
  `metrics:\n  hmean: ${hmean}\n${extraMetrics}${baseline ? `baseline: ${baseline}\n` : ''}comparison: improvement\n`;

const AFFINE_BODY = '# Affine trap analysis\n\nThe affine trap: an affine warp hides the problem.\n\nMore on the affine trap later.\n';
const GUIDE_BODY = '# Running it\n\nStep one.\n\nStep two.\n\nBeware the affine fallback.\n';

const FILES: [string, string][] = [
  manifest(A, 'Alpha', 'active', '2025-01-01T09:00:00Z', ['ocr', 'alpha'], 'owner: kim\npriority_score: 3\n'),
  manifest(B, 'Beta', 'complete', '2025-02-01T09:00:00Z', ['ocr'], 'owner: lee\npriority_score: 7\n'),
  manifest(C, 'Gamma', 'deprecated', '2025-03-01T09:00:00Z', ['geometry']),
  doc('report', A, { id: 'r-a1', created: '2025-01-05T10:00:00Z', slug: 'first', tags: ['ocr'], typeLines: report(0.8, null) }),
  doc('report', B, { id: 'r-b1', created: '2025-02-03T10:00:00Z', slug: 'second', tags: ['ocr'], typeLines: report(0.85, A) }),
  doc('report', B, { id: 'r-b2', created: '2025-02-10T10:00:00Z', slug: 'third', tags: ['ocr', 'latency'], typeLines: report(0.9, A, '  latency:\n    value: 40\n    baseline: 45\n    unit: ms\n') }),
  doc('report', C, { id: 'r-c1', created: '2025-03-05T10:00:00Z', slug: 'fourth', tags: ['geometry'], typeLines: report(0.7, B), status: 'complete' }),
  doc('assessment', A, { id: 'a-affine', created: '2025-01-03T10:00:00Z', slug: 'affine', tags: ['geometry'], typeLines: TYPE_LINES.assessment as string, title: 'Affine trap analysis', body: AFFINE_BODY }),
  doc('guide', B, { id: 'g-run', created: '2025-02-04T10:00:00Z', slug: 'run', tags: ['howto'], typeLines: TYPE_LINES.guide as string, body: GUIDE_BODY }),
  doc('assessment', D, { id: 'd-1', created: '2025-04-02T10:00:00Z', slug: 'orphan', tags: ['ocr', 'geometry'], typeLines: TYPE_LINES.assessment as string }),
];

let t: TempDir;
before(async () => {
  t = tempDir({ git: true });
  t.write('etk.config.json', JSON.stringify({
    queries: {
      'ocr-reports': { description: 'reports tagged ocr', from: 'artifacts', type: 'report', tag: 'ocr', sort: 'created' },
      'beat-baseline': { sql: "SELECT artifact_id, metric_name, metric_value - baseline_value AS delta FROM metrics WHERE metric_value > baseline_value ORDER BY artifact_id, metric_name" },
      'in-b': { from: 'metrics', experiment: '20250201', latest: true },
      active: { sql: 'SELECT 42 AS answer' },
    },
  }));
  t.write('.gitignore', 'data/\n');
  for (const [p, c] of FILES) t.write(p, c);
  t.git('add', '-A');
  t.git('commit', '-qm', 'corpus');
  const r = await cli(t.dir, 'sync', '-q');
  assert.equal(r.code, 0, r.stderr);
});


async function json(...argv: string[]): Promise<Record<string, unknown>[]> {
  const r = await cli(t.dir, ...argv, '--format', 'json');
  assert.equal(r.code, 0, `${argv.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
const read = (p: string) => readFileSync(join(t.dir, p), 'utf8');
const col = (rows: Record<string, unknown>[], c: string) => rows.map((r) => r[c]);
/** artifact_id in the index is the path under the root: the fixture's declared id of each, for readable expectations. */
const DECLARED = new Map(FILES.map(([p, c]) => [p.slice(ROOT.length + 1), /^artifact_id: (.+)$/m.exec(c)?.[1]]));
const declared = (key: unknown) => DECLARED.get(key as string) ?? key;
const ids = (rows: Record<string, unknown>[]) => rows.map((r) => declared(r.artifact_id));

/** The CLI on a pretend terminal `columns` wide (stdout a TTY, so the format is a table). */
async function onTerminal(columns: number | undefined, ...argv: string[]): Promise<string> {
  let stdout = '';
  const code = await runCli(argv, { cwd: t.dir, env: { ...process.env, NO_COLOR: '1' }, stdout: { write: (s: string) => (stdout += s), isTTY: true, ...(columns !== undefined ? { columns } : {}) }, stderr: { write: () => true, isTTY: false } });
  assert.equal(code, 0);
  return stdout;
}

describe('etk query on a terminal', () => {
  it('times carry their zone (UTC) in a table; JSON keeps the stored form', async () => {
    const out = await onTerminal(undefined, 'query', 'experiments');
    assert.match(out, /2025-02-01 09:00:00 UTC/);
    assert.doesNotMatch(out, /\d{2}:\d{2}:\d{2}(?! UTC)\s/);
  });

  it('a table fits the terminal: titles and names are cut with …, ids and paths never; a wide or absent terminal gets it whole', async () => {
    const whole = await onTerminal(undefined, 'query', 'artifacts');
    const width = Math.max(...whole.split('\n').map((l) => l.length));
    const title = /^title +/m.exec(whole.split('\n')[0]!.replace(/^.*?(title +).*$/, '$1'))![0].length - 2;
    assert.ok(title > 14, `the corpus has titles to cut (${title})`);
    const cut = title - 12;
    const narrow = await onTerminal(width - cut, 'query', 'artifacts');
    for (const l of narrow.split('\n')) assert.ok(l.length <= width - cut, `${l.length} > ${width - cut}: ${l}`);
    assert.match(narrow, /…/);
    for (const line of whole.split('\n').slice(2, -2)) {
      const path = /\S+\.md/.exec(line)?.[0];
      if (path) assert.ok(narrow.includes(path), `path ${path} kept whole`);
    }
    assert.equal(await onTerminal(width + 40, 'query', 'artifacts'), whole);
  });
});

describe('etk query experiments', () => {
  it('lists every experiment, newest first, with counts and tags', async () => {
    const rows = await json('query', 'experiments');
    assert.deepEqual(col(rows, 'experiment_id'), [C, B, A, D], 'D has no created: last');
    const b = rows.find((r) => r.experiment_id === B) as Record<string, unknown>;
    assert.equal(b.artifact_count, 3, 'two reports and a guide: the README.md manifest is the experiment, not one of its artifacts');
    const status = JSON.parse((await cli(t.dir, 'status', B, '--format', 'json')).stdout) as { artifacts: { total: number } };
    assert.equal(status.artifacts.total, b.artifact_count, 'etk status counts the same');
    assert.equal(b.tags, 'howto,latency,ocr');
    assert.equal(b.created_at, '2025-02-01 09:00:00');
    assert.equal(rows[3]?.status, null, 'D has no manifest');
  });
  it('filters by status (several: any), tag (several: all), since and until', async () => {
    assert.deepEqual(col(await json('query', 'experiments', '--status', 'active'), 'experiment_id'), [A]);
    assert.deepEqual(col(await json('query', 'experiments', '--status', 'active', '--status', 'deprecated'), 'experiment_id'), [C, A]);
    assert.deepEqual(col(await json('query', 'experiments', '--tag', 'ocr'), 'experiment_id'), [B, A, D]);
    assert.deepEqual(col(await json('query', 'experiments', '--tag', 'ocr', '--tag', 'geometry'), 'experiment_id'), [A, D]);
    assert.deepEqual(col(await json('query', 'experiments', '--tag', 'OCR', '--status', 'complete'), 'experiment_id'), [B]);
    assert.deepEqual(col(await json('query', 'experiments', '--since', '2025-02-01T09:00:00Z', '--until', '2025-03-01T09:00:00Z'), 'experiment_id'), [C, B]);
  });
  it('counts, sorts and limits', async () => {
    const r = await cli(t.dir, 'query', 'experiments', '--count', '--tag', 'ocr', '--format', 'table');
    assert.equal(r.stdout, '3\n');
    assert.deepEqual(await json('query', 'experiments', '--count'), [{ count: 4 }]);
    assert.deepEqual(col(await json('query', 'experiments', '--sort', 'name'), 'name'), [D, 'Alpha', 'Beta', 'Gamma'], 'an experiment without a manifest is named by its id');
    assert.deepEqual(col(await json('query', 'experiments', '--sort', 'artifacts:desc,name', '--limit', '2'), 'experiment_id'), [B, A]);
  });
  it('--where: OR across metrics and tags, AND binding tighter, not, in, fm.<key>', async () => {
    const where = async (e: string) => col(await json('query', 'experiments', '--where', e), 'experiment_id');
    // latest hmean per experiment: A 0.80, B 0.90 (r-b2), C 0.70
    assert.deepEqual(await where('metrics.hmean >= 0.85'), [B]);
    assert.deepEqual(await where('metrics.hmean > 0.85 or tags contains geometry'), [C, B, A, D]);
    assert.deepEqual(await where('metrics.hmean > 0.85 or tags contains geometry and status = active'), [B, A]);
    assert.deepEqual(await where('(metrics.hmean > 0.85 or tags contains geometry) and status = active'), [A]);
    assert.deepEqual(await where('not status = active'), [C, B, D], 'a missing status is "not active"');
    assert.deepEqual(await where('status != active'), [C, B, D]);
    assert.deepEqual(await where('status in (active, complete)'), [B, A]);
    assert.deepEqual(await where('status not in (active, complete)'), [C, D]);
    assert.deepEqual(await where('fm.owner = kim or fm.priority_score > 5'), [B, A]);
    assert.deepEqual(await where('name contains ET'), [B]);
    assert.deepEqual(await where('metrics.hmean.delta > 0'), [B], "B's latest beats A's 0.80; C is below B's latest");
    assert.deepEqual(await where('metrics.hmean.baseline = 0.9'), [C]);
    assert.deepEqual(await where('created = 2025-02-01T09:00:00Z or artifacts > 3'), [B]);
  });
  it('--show-sql prints the statement and its parameters on stderr', async () => {
    const r = await cli(t.dir, 'query', 'experiments', '--status', 'active', '--where', 'fm.owner = kim', '--show-sql', '--format', 'json');
    assert.equal(r.code, 0);
    assert.match(r.stderr, /FROM experiments e\nWHERE e\.status IN \(\?\)\n {2}AND json_extract\(e\.frontmatter, \?\) = \?/);
    assert.match(r.stderr, /-- parameters: \?1 = 'active', \?2 = '\$\."owner"', \?3 = 'kim'/);
    assert.equal(JSON.parse(r.stdout).length, 1);
  });
});

describe('etk query artifacts, metrics, tags, compare', () => {
  it('artifacts by experiment (a unique prefix is enough), type, tag and --recent', async () => {
    assert.deepEqual(ids(await json('query', 'artifacts', '--experiment', '20250201', '--type', 'report')), ['r-b2', 'r-b1']);
    assert.deepEqual(ids(await json('query', 'artifacts', '--type', 'assessment', '--tag', 'geometry', '--sort', 'created')), ['a-affine', 'd-1']);
    assert.deepEqual(await json('query', 'artifacts', '--recent', '7d'), [], 'the corpus is from 2025');
    assert.deepEqual(ids(await json('query', 'artifacts', '--where', 'type = report and title contains R-B', '--sort', 'id:desc')), ['r-b2', 'r-b1']);
  });
  it('metrics with baseline values and deltas, --latest and --name', async () => {
    const rows = await json('query', 'metrics', '--name', 'hmean');
    assert.deepEqual(rows.map((r) => [declared(r.artifact_id), r.metric_value, r.baseline_value, r.delta]), [
      ['r-a1', 0.8, null, null],
      ['r-b1', 0.85, 0.8, 0.05],
      ['r-b2', 0.9, 0.8, 0.1],
      ['r-c1', 0.7, 0.9, -0.2],
    ]);
    const latest = await json('query', 'metrics', '--experiment', B, '--latest');
    assert.deepEqual(latest.map((r) => [r.metric_name, r.metric_value, r.baseline_value, r.unit]), [['hmean', 0.9, 0.8, null], ['latency', 40, 45, 'ms']]);
    assert.deepEqual(ids(await json('query', 'metrics', '--where', 'delta < 0')), ['r-b2', 'r-c1']);
  });
  it('tags with counts over experiments and artifacts', async () => {
    const rows = await json('query', 'tags');
    assert.deepEqual(rows[0], { tag: 'ocr', experiments: 3, artifacts: 4, uses: 6 });
    assert.deepEqual(rows.find((r) => r.tag === 'geometry'), { tag: 'geometry', experiments: 3, artifacts: 3, uses: 4 });
    assert.deepEqual(await json('query', 'tags', '--experiment', C), [{ tag: 'geometry', experiments: 1, artifacts: 1, uses: 2 }]);
  });
  it('compare: latest values side by side with deltas against the first or --baseline', async () => {
    const rows = await json('query', 'compare', A, B, C);
    assert.deepEqual(rows[0], { metric: 'hmean', unit: null, [A]: 0.8, [B]: 0.9, [C]: 0.7, [`${B} Δ`]: 0.1, [`${C} Δ`]: -0.1 });
    const vsC = await json('query', 'compare', A, '--baseline', C);
    assert.deepEqual(vsC[0], { metric: 'hmean', unit: null, [C]: 0.7, [A]: 0.8, [`${A} Δ`]: 0.1 });
  });
  it('unknown and ambiguous experiments are usage errors that name the candidates', async () => {
    const unknown = await cli(t.dir, 'query', 'artifacts', '--experiment', '20250201_090000_betta');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no experiment "20250201_090000_betta" in the index \(did you mean "20250201_090000_beta"\?\)/);
    const ambiguous = await cli(t.dir, 'query', 'compare', '2025');
    assert.equal(ambiguous.code, 2);
    assert.match(ambiguous.stderr, /experiment "2025" is ambiguous: 20250101_090000_alpha, /);
  });
  it('refuses flags that do not apply, bad --sort and bad --where with the column', async () => {
    const r1 = await cli(t.dir, 'query', 'experiments', '--type', 'report');
    assert.equal(r1.code, 2);
    assert.match(r1.stderr, /--type does not apply here/);
    const r2 = await cli(t.dir, 'query', 'experiments', '--sort', 'stauts');
    assert.match(r2.stderr, /cannot sort experiments by "stauts" \(did you mean "status"\?\)/);
    const r3 = await cli(t.dir, 'query', 'artifacts', '--where', 'type = report and metrics.hmean > lots');
    assert.equal(r3.code, 2);
    assert.match(r3.stderr, /--where: expected a number, found "lots" \(column 35\)\n {2}type = report and metrics\.hmean > lots\n {36}\^/);
    assert.doesNotMatch(r1.stderr + r2.stderr + r3.stderr, /internal error|at .*\.ts:\d+/);
  });
});

describe('etk query sql and run', () => {
  it('runs the roadmap\'s usage examples unchanged', async () => {
    const seed = [
      `SELECT\n    experiment_id,\n    name,\n    created_at,\n    (SELECT COUNT(*) FROM artifacts WHERE experiment_id = e.experiment_id) as artifact_count\nFROM experiments e\nWHERE status = 'active'\nORDER BY created_at DESC`,
      `SELECT DISTINCT e.*\nFROM experiments e\nJOIN tags t ON e.experiment_id = t.experiment_id\nWHERE t.tag_name IN ('perspective-correction', 'image-processing')`,
      `SELECT\n    m.metric_name,\n    AVG(m.metric_value) as avg_value,\n    MIN(m.metric_value) as min_value,\n    MAX(m.metric_value) as max_value,\n    COUNT(*) as sample_count\nFROM metrics m\nWHERE m.timestamp > datetime('now', '-30 days')\nGROUP BY m.metric_name\nORDER BY avg_value DESC`,
    ];
    assert.deepEqual(await json('query', 'sql', seed[0] as string), [{ experiment_id: A, name: 'Alpha', created_at: '2025-01-01 09:00:00', artifact_count: 3 }]);
    assert.deepEqual(await json('query', 'sql', seed[1] as string), []);
    assert.deepEqual(await json('query', 'sql', seed[2] as string), []);
    assert.deepEqual(await json('query', 'sql', (seed[2] as string).replace("'-30 days'", "'-100 years'")), [
      { metric_name: 'latency', avg_value: 40, min_value: 40, max_value: 40, sample_count: 1 },
      { metric_name: 'hmean', avg_value: 0.8125, min_value: 0.7, max_value: 0.9, sample_count: 4 },
    ]);
  });
  it('gives SQLite\'s message for a bad statement, exit 2', async () => {
    const r = await cli(t.dir, 'query', 'sql', 'SELECT nope FROM experiments');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /etk query sql: no such column: nope/);
  });
  it('refuses writes and leaves the file as it was', async () => {
    const db = join(t.dir, 'data/ops/tracking.db');
    const before = readFileSync(db);
    const r = await cli(t.dir, 'query', 'sql', 'DELETE FROM files');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /refused: DELETE statements/);
    assert.ok(readFileSync(db).equals(before));
  });
  it('lists named queries: the built-in ones and the config\'s, which win on a name clash', async () => {
    const rows = await json('query', 'run');
    assert.deepEqual(col(rows, 'name'), ['active', 'beat-baseline', 'in-b', 'latest-metrics', 'most-active', 'ocr-reports', 'problems', 'recent', 'tags']);
    assert.equal(rows.find((r) => r.name === 'active')?.origin, 'config');
  });
  it('runs named queries of both kinds', async () => {
    assert.deepEqual(await json('query', 'run', 'active'), [{ answer: 42 }]);
    assert.deepEqual(ids(await json('query', 'run', 'ocr-reports')), ['r-a1', 'r-b1', 'r-b2']);
    assert.deepEqual((await json('query', 'run', 'beat-baseline')).map((r) => ({ ...r, artifact_id: declared(r.artifact_id) })), [{ artifact_id: 'r-b1', metric_name: 'hmean', delta: 0.04999999999999993 }, { artifact_id: 'r-b2', metric_name: 'hmean', delta: 0.09999999999999998 }]);
    assert.deepEqual(col(await json('query', 'run', 'in-b'), 'metric_name'), ['hmean', 'latency']);
    const missing = await cli(t.dir, 'query', 'run', 'ocr-report');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no named query "ocr-report" \(did you mean "ocr-reports"\?\)/);
  });
});

describe('output files', () => {
  it('CSV, JSON and NDJSON exports parse back to the same rows', async () => {
    const rows = await json('query', 'metrics');
    mkdirSync(join(t.dir, 'out'), { recursive: true }); // --output makes no folders
    for (const file of ['out/m.csv', 'out/m.json', 'out/m.ndjson']) {
      const r = await cli(t.dir, 'query', 'metrics', '--output', file);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, new RegExp(`wrote ${rows.length} rows to ${file.replace('.', '\\.')}`));
    }
    assert.deepEqual(JSON.parse(read('out/m.json')), rows);
    assert.deepEqual(read('out/m.ndjson').trim().split('\n').map((l) => JSON.parse(l)), rows);
    const csv = parseCsv(read('out/m.csv'));
    const header = csv[0] as string[];
    assert.deepEqual(header, Object.keys(rows[0] as object));
    assert.deepEqual(csv.slice(1), rows.map((r) => header.map((h) => (r[h] === null ? '' : String(r[h])))));
  });

  it('never writes the result over the index', async () => {
    const db = join(t.dir, 'data/ops/tracking.db');
    const before = readFileSync(db);
    for (const target of ['data/ops/tracking.db', 'data/ops/tracking.db-wal', './data/ops/../ops/tracking.db']) {
      const r = await cli(t.dir, 'query', 'sql', 'SELECT 1 AS one', '--format', 'json', '--output', target);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /is the index itself/);
    }
    const s = await cli(t.dir, 'search', 'affine', '--output', 'data/ops/tracking.db', '--format', 'json');
    assert.equal(s.code, 2);
    assert.ok(readFileSync(db).equals(before));
  });
});

describe('always current: query and search sync first, --no-sync opts out', () => {
  it('brings the index up to date with the work tree before answering; --no-sync answers from it as it is; --sync is accepted', async () => {
    const t2 = tempDir({ git: true });
    t2.write('etk.config.json', '{}');
    t2.write('.gitignore', 'data/\n');
    for (const [p, c] of FILES.slice(0, 4)) t2.write(p, c);
    t2.git('add', '-A');
    t2.git('commit', '-qm', 'corpus');
    assert.equal((await cli(t2.dir, 'sync', '-q')).code, 0);
    const [path, text] = FILES[3] as [string, string];
    t2.write(path, text.replace('hmean: 0.8', 'hmean: 0.99').replace('# r-a1', '# r-a1 mentions zebrafish'));
    const stale = await cli(t2.dir, 'query', 'metrics', '--name', 'hmean', '--no-sync', '--format', 'json');
    assert.deepEqual(JSON.parse(stale.stdout).map((r: Record<string, unknown>) => r.metric_value), [0.8], 'with --no-sync: the index as the last sync left it');
    assert.equal(JSON.parse((await cli(t2.dir, 'search', 'zebrafish', '--no-sync', '--format', 'json')).stdout).length, 0);
    const fresh = await cli(t2.dir, 'query', 'metrics', '--name', 'hmean', '--format', 'json');
    assert.equal(fresh.code, 0, fresh.stderr);
    assert.equal(fresh.stderr, '');
    assert.deepEqual(JSON.parse(fresh.stdout).map((r: Record<string, unknown>) => r.metric_value), [0.99]);
    t2.write(path, text.replace('# r-a1', '# r-a1 mentions okapi'));
    const found = await cli(t2.dir, 'search', 'okapi', '--format', 'json');
    assert.deepEqual(ids(JSON.parse(found.stdout)), ['r-a1']);
    t2.write(path, text.replace('# r-a1', '# r-a1 mentions gnu'));
    const alias = await cli(t2.dir, 'search', 'gnu', '--sync', '--format', 'json');
    assert.deepEqual(ids(JSON.parse(alias.stdout)), ['r-a1'], '--sync, the former opt-in, still works');
  });
});

describe('etk search', () => {
  it('ranks a title hit with repeated body hits first, with the line of the first body hit', async () => {
    const rows = await json('search', 'affine');
    assert.deepEqual(ids(rows), ['a-affine', 'g-run']);
    assert.deepEqual(col(rows, 'rank'), [1, 2]);
    assert.ok((rows[0]?.score as number) > (rows[1]?.score as number));
    const guide = rows[1] as Record<string, unknown>;
    const lines = readFileSync(join(t.dir, guide.file_path as string), 'utf8').split('\n');
    assert.match(lines[(guide.line as number) - 1] as string, /affine fallback/);
    assert.match(guide.snippet as string, /Beware the \*\*affine\*\* fallback/);
    const first = rows[0] as Record<string, unknown>;
    assert.match(readFileSync(join(t.dir, first.file_path as string), 'utf8').split('\n')[(first.line as number) - 1] as string, /^# Affine trap analysis/);
  });
  it('all words by default, any with --any, phrases, prefixes and filters', async () => {
    assert.deepEqual(ids(await json('search', 'affine', 'fallback')), ['g-run']);
    assert.deepEqual(ids(await json('search', 'affine fallback', '--any')).sort(), ['a-affine', 'g-run']);
    assert.deepEqual(ids(await json('search', '"affine trap"')), ['a-affine']);
    assert.deepEqual(ids(await json('search', 'fallb*')), ['g-run']);
    assert.deepEqual(ids(await json('search', 'affine', '--type', 'guide')), ['g-run']);
    assert.deepEqual(ids(await json('search', 'affine', '--experiment', '20250101')), ['a-affine']);
    assert.deepEqual(ids(await json('search', 'affine', '--tag', 'howto')), ['g-run']);
    assert.deepEqual(ids(await json('search', 'affine', '--limit', '1')), ['a-affine']);
  });
  it('treats FTS5 syntax in user text as words, and --raw as syntax', async () => {
    for (const text of ['affine AND', 'NEAR(affine', '"affine', 'affine)', 'title:affine', 'affine OR nothing', '^affine', '-affine', '--affine']) {
      const r = await cli(t.dir, 'search', '--format', 'json', '--', text);
      assert.equal(r.code, 0, `${text}: ${r.stderr}`);
      assert.ok(Array.isArray(JSON.parse(r.stdout)));
    }
    assert.deepEqual(ids(await json('search', '--raw', 'affine NOT fallback')), ['a-affine']);
    const bad = await cli(t.dir, 'search', '--raw', 'affine AND (');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /etk search: fts5: syntax error/);
    const nothing = await cli(t.dir, 'search', '"()"');
    assert.equal(nothing.code, 2);
    assert.match(nothing.stderr, /nothing to search for/);
  });
  it('prints hits as file:line with a snippet on a terminal', async () => {
    const r = await cli(t.dir, 'search', 'fallback', '--format', 'table');
    assert.equal(r.code, 0);
    const guide = FILES.find(([p]) => p.includes('_guide_'))?.[0] as string;
    assert.equal(r.stdout, `${guide}:21  guide  Running it\n    # Running it Step one. Step two. Beware the affine **fallback**.\n(1 hit)\n`);
  });
  it('says clearly when there is no index yet', async () => {
    const r = await cli(t.dir, 'search', 'x', '--db', 'nowhere.db');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /there is no index at .*nowhere\.db yet\n {2}fix: build it with `etk sync`/);
  });
});
