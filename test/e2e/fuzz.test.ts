/**
 * Seeded fuzz: corpora of real-world-shaped mess in a real git repository, and every command a
 * person or CI runs on them. Each round writes a corpus (wrong types in every frontmatter field, odd
 * and unquoted timestamps, metrics as lists, strings, nulls and nests, YAML anchors and aliases, BOM,
 * CRLF and CR line ends, odd file names, empty files, binary junk, files without frontmatter,
 * duplicate ids, misplaced files), commits part of it, stages part, runs the commands, edits at
 * random, and runs them again. Every run must:
 *   - exit 0, 1 or 2, with no stack trace and no "internal error";
 *   - never print (or write into a report or CI output) the marker held by a file outside the
 *     repository that a symbolic link in the corpus points to;
 *   - after the edits, leave an incrementally synced index equal to a full rebuild (canonical dump).
 *
 * Replay or extend:  ETK_FUZZ_SEED=123 ETK_FUZZ_ROUNDS=50 node --test --import tsx test/e2e/fuzz.test.ts
 * (ETK_FUZZ_SEED: the first round's seed, the next rounds count up from it.) A failure names the
 * seed of its round; ETK_FUZZ_LOG=1 prints every command and its exit code. ETK_FUZZ_SYMLINK=0 leaves the link to the outside file out of the corpus.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { canonicalDump } from '../../src/db/canonicalDump.ts';
import { Rng } from '../helpers/gitScenario.ts';
import { cli, type CliResult } from '../helpers/runCli.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

const FIRST_SEED = Number(process.env.ETK_FUZZ_SEED ?? 20251207) >>> 0;
const ROUNDS = Number(process.env.ETK_FUZZ_ROUNDS ?? 3);
/** A symbolic link in the corpus to a file outside the repository (the other side of issue 14 guards it). */
const SYMLINK_TO_SECRET = process.env.ETK_FUZZ_SYMLINK !== '0';

const ROOT = 'experiment_manager/experiments';
const SUBDIRS = ['assessments', 'reports', 'guides', 'plans', 'scripts', 'random'];
const TYPES = ['assessment', 'report', 'guide', 'plan', 'script', 'experiment_manifest', 'nonsense', ''];

/** YAML values of every shape, wrong for most fields. */
const VALUES = [
  '"1.0"', '1.0', '1', '0', '-7', 'null', '~', '', '[]', '{}', 'true', 'no', '"yes"', 'on',
  '2025-01-01', '2025-12-17T02:43:43Z', '2025-12-17 02:43:43', '2025-12-17T02:43', '"2025-13-45T99:99:99Z"', '20251217', 'yesterday',
  '"2025-02-30"', '1e309', '-.inf', '.nan', '0x1F', "''", '"  "', '[a, b, [c, d]]', '{a: {b: {c: 1}}}', '[1, "two", null]',
  '"日本語 café 🎉"', '"<b>x</b> & \'q\'"', "'it''s'", '|\n  block\n  text', '>-\n  folded\n  text', '!!binary aGVsbG8=',
  '!!timestamp 2001-12-14t21:59:43.10-05:00', '!!str 42', '"\\u0000nul"', '-', '"- dash"', '*undefined_alias',
];
const METRICS = [
  '{hmean: 0.91, recall: 0.8}', '[0.9, 0.8]', '"0.9"', 'null', '{hmean: {value: 0.9, baseline: 0.8}}', '{hmean: 0.91, recall: "high", bad: [1], n: null, deep: {a: {b: 1}}}',
  '{"": 1, " ": 2}', '{hmean: 1e309, x: -.inf, y: .nan}', '\n  hmean: 0.5\n  recall: 0.4', '{constructor: 1, __proto__: 2, toString: 3}',
];
const FIELDS = ['ads_version', 'type', 'experiment_id', 'status', 'created', 'updated', 'tags', 'title', 'priority', 'artifact_id', 'id', 'baseline', 'author', 'phase', 'name', 'metrics'];
const WORDS = ['homography', 'corner', 'latency', 'receipt', 'baseline', 'drift', 'ocr', 'café', '日本', 'zebra'];
const SECRET_WORD = 'zanzibarquux';

function experimentId(rng: Rng): string {
  const valid = `2025${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}_${String(rng.int(0, 23)).padStart(2, '0')}${String(rng.int(0, 59)).padStart(2, '0')}00_${rng.pick(['fuzz', 'ocr', 'text_det', 'a'])}`;
  return rng.chance(0.85) ? valid : rng.pick(['not_an_id', '20251301_000000_bad_month', '2025-01-01_x', 'ünï_exp', '-dash_exp']);
}

function fileName(rng: Rng, type: string): string {
  const normal = `2025${String(rng.int(10, 12))}${String(rng.int(10, 28))}_${String(rng.int(10, 23))}${String(rng.int(10, 59))}_${type || 'assessment'}_${rng.pick(WORDS.slice(0, 6))}-${rng.int(1, 99)}.md`;
  if (rng.chance(0.6)) return normal;
  return rng.pick(['with space.md', `quote'"s.md`, 'ünïcödé 日本.md', '-leading-dash.md', '--help.md', 'CAPS.MD', 'no-extension', '.hidden.md', 'README.md', 'emoji 🎉.md', 'x'.repeat(120) + '.md']);
}

function frontmatter(rng: Rng, exp: string, type: string, ids: string[]): string {
  const lines: string[] = [];
  if (rng.chance(0.2)) lines.push('anchor_base: &base {x: 1, y: [1, 2]}');
  for (const field of FIELDS) {
    if (rng.chance(0.25)) continue;
    let value: string;
    if (field === 'metrics') value = rng.pick(METRICS);
    else if (rng.chance(0.5)) {
      // A plausible value, so that files get past the first errors.
      value = { ads_version: '"1.0"', type, experiment_id: exp, status: rng.pick(['active', 'complete', 'deprecated', 'draft']), created: '"2025-12-18T09:30:00Z"', updated: '2025-12-18 10:00', tags: `[${rng.subset(WORDS, 0.3).join(', ')}]`, title: rng.pick(WORDS), priority: 'high', artifact_id: rng.pick(ids), id: rng.pick(ids), baseline: exp, author: 'kim', phase: 'phase_1', name: 'Fuzz' }[field] ?? rng.pick(VALUES);
    } else value = rng.pick(VALUES);
    if (rng.chance(0.05)) value = '*base';
    lines.push(`${field}: ${value}`);
  }
  if (rng.chance(0.1)) lines.push(lines[rng.int(0, Math.max(0, lines.length - 1))] ?? 'dup: 1'); // a duplicate key
  return lines.join('\n');
}

function body(rng: Rng): string {
  const heads = ['# Title', '## Summary', '## Results', '## 1. Failure Clusters (by type)', '## Next steps'];
  return rng.subset(heads, 0.6).map((h) => `${h}\n\n${rng.subset(WORDS, 0.4).join(' ')} ${rng.int(0, 1e6)}\n`).join('\n');
}

function lineEnds(rng: Rng, text: string): Buffer {
  const ends = rng.pick(['\n', '\n', '\r\n', '\r']);
  const bom = rng.chance(0.15) ? '\uFEFF' : '';
  return Buffer.from(bom + text.replace(/\n/g, ends), 'utf8');
}

function content(rng: Rng, exp: string, type: string, ids: string[]): Buffer {
  const kind = rng.weighted({ normal: 12, none: 1, empty: 1, binary: 1, unclosed: 1, emptyFm: 1, listFm: 1, scalarFm: 1 });
  switch (kind) {
    case 'normal':
      return lineEnds(rng, `---\n${frontmatter(rng, exp, type, ids)}\n---\n${body(rng)}`);
    case 'none':
      return lineEnds(rng, body(rng));
    case 'empty':
      return Buffer.alloc(0);
    case 'binary':
      return Buffer.from(Array.from({ length: rng.int(1, 400) }, () => rng.int(0, 255)));
    case 'unclosed':
      return lineEnds(rng, `---\n${frontmatter(rng, exp, type, ids)}\n${body(rng)}`);
    case 'emptyFm':
      return lineEnds(rng, `---\n---\n${body(rng)}`);
    case 'listFm':
      return lineEnds(rng, `---\n- a\n- b\n---\n${body(rng)}`);
    default:
      return lineEnds(rng, `---\njust a string\n---\n${body(rng)}`);
  }
}

interface Round {
  t: TempDir;
  rng: Rng;
  seed: number;
  marker: string;
  exps: string[];
  ids: string[];
  files: string[];
}

/** One messy file at a random place: mostly where EDS puts it, sometimes misplaced. */
function addFile(r: Round): void {
  const { rng } = r;
  const exp = rng.pick(r.exps);
  const type = rng.pick(TYPES);
  const where = rng.weighted({ metadata: 10, manifest: 2, rootOfExp: 1, repoTop: 1, experimentsTop: 1, deep: 1 });
  const name = fileName(rng, type);
  const path =
    where === 'metadata' ? `${ROOT}/${exp}/.metadata/${rng.pick(SUBDIRS)}/${name}`
    : where === 'manifest' ? `${ROOT}/${exp}/README.md`
    : where === 'rootOfExp' ? `${ROOT}/${exp}/${name}`
    : where === 'repoTop' ? name.replace(/^\.+/, 'x')
    : where === 'experimentsTop' ? `${ROOT}/${name}`
    : `${ROOT}/${exp}/.metadata/a/b/c/${name}`;
  if (path === 'README.md' || path === 'etk.config.json' || path === '.gitignore') return;
  r.t.write(path, content(rng, exp, where === 'manifest' ? 'experiment_manifest' : type, r.ids));
  if (!r.files.includes(path)) r.files.push(path);
}

function makeRound(seed: number): Round {
  const rng = new Rng(seed);
  const t = tempDir({ git: true, prefix: 'etk-fuzz-' });
  const outside = tempDir({ prefix: 'etk-fuzz-outside-' });
  const marker = `SECRET${seed.toString(36).toUpperCase()}MARK${rng.int(1e5, 1e6)}`;
  const secretFile = outside.write('notes.md', `---\nads_version: "1.0"\ntype: assessment\ntitle: ${SECRET_WORD} ${marker}\ntags: [${marker.toLowerCase()}]\n---\n# ${SECRET_WORD}\n\n${marker} ${SECRET_WORD}\n`);
  t.write('etk.config.json', '{}\n');
  t.write('.gitignore', 'data/\nout/\n');
  const exps = Array.from({ length: rng.int(2, 4) }, () => experimentId(rng));
  const ids = ['dup-1', 'dup-1', 'a-1', '', ' ', '__proto__', ...exps];
  const r: Round = { t, rng, seed, marker, exps, ids, files: [] };
  for (const exp of exps) {
    t.write(`${ROOT}/${exp}/README.md`, content(rng, exp, 'experiment_manifest', ids));
    r.files.push(`${ROOT}/${exp}/README.md`);
  }
  for (let i = rng.int(15, 30); i > 0; i--) addFile(r);
  if (SYMLINK_TO_SECRET) {
    const link = join(t.dir, ROOT, exps[0] as string, '.metadata', 'assessments', '20251218_0930_assessment_outside.md');
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(secretFile, link);
    const linkDir = join(t.dir, ROOT, exps[0] as string, '.metadata', 'linked');
    symlinkSync(outside.dir, linkDir);
  }
  return r;
}

/** Random edits: rewrite, delete, rename, add; stage some. */
function edit(r: Round): void {
  const { rng, t } = r;
  for (let i = rng.int(3, 10); i > 0; i--) {
    const op = rng.weighted({ rewrite: 4, remove: 2, rename: 2, add: 3 });
    const path = rng.pick(r.files);
    const abs = join(t.dir, path);
    if (op === 'add' || !existsSync(abs)) {
      addFile(r);
    } else if (op === 'rewrite') {
      const exp = r.exps.find((e) => path.includes(e)) ?? rng.pick(r.exps);
      writeFileSync(abs, content(rng, exp, rng.pick(TYPES), r.ids));
    } else if (op === 'remove') {
      rmSync(abs, { force: true });
    } else {
      const to = join(dirname(path), fileName(rng, rng.pick(TYPES)));
      if (!existsSync(join(t.dir, to))) {
        renameSync(abs, join(t.dir, to));
        r.files.push(to);
      }
    }
  }
}

function check(r: Round, res: CliResult, argv: readonly string[]): void {
  const what = `seed ${r.seed} (replay: ETK_FUZZ_SEED=${r.seed} ETK_FUZZ_ROUNDS=1): etk ${argv.join(' ')}`;
  assert.ok([0, 1, 2].includes(res.code), `${what}: exit ${res.code}\n${res.stderr}`);
  for (const [name, text] of [['stdout', res.stdout], ['stderr', res.stderr]] as const) {
    assert.doesNotMatch(text, /internal error|This is a bug in etk/, `${what}: ${name}: ${text.slice(0, 2000)}`);
    assert.doesNotMatch(text, /\n\s+at [^\n]*[:(]\d+:\d+\)?\n/, `${what}: a stack trace on ${name}: ${text.slice(0, 2000)}`);
    assert.ok(!text.includes(r.marker), `${what}: the outside file's marker on ${name}`);
  }
}

async function run(r: Round, ...argv: string[]): Promise<CliResult> {
  const res = await cli(r.t.dir, ...argv);
  if (process.env.ETK_FUZZ_LOG === '1') process.stderr.write(`seed ${r.seed}: exit ${res.code}: etk ${argv.join(' ')}\n`);
  check(r, res, argv);
  return res;
}

/** Every file under `dir` (a report, CI output, an index) must not hold the marker. */
function assertNoMarkerIn(r: Round, dir: string): void {
  if (!existsSync(dir)) return;
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  // Raw bytes: SQLite stores text as it is, so an indexed marker shows in the database file too.
  for (const file of statSync(dir).isDirectory() ? walk(dir) : [dir]) assert.ok(!readFileSync(file).includes(r.marker), `seed ${r.seed}: the marker is in ${file}`);
}

function dumpOf(path: string): string {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return canonicalDump(db);
  } finally {
    db.close();
  }
}

/** What a person and CI run, on whatever state the corpus is in. */
async function everyCommand(r: Round, step: string): Promise<void> {
  const { rng, t } = r;
  await run(r, 'validate');
  await run(r, 'validate', '--format', 'json');
  await run(r, 'validate', '--format', 'github');
  await run(r, 'validate', '--staged');
  await run(r, 'sync');
  await run(r, 'query', 'experiments', '-f', 'json');
  await run(r, 'query', 'artifacts', '-f', 'csv');
  await run(r, 'query', 'metrics', '-f', 'json');
  await run(r, 'query', 'tags', '-f', 'ndjson');
  await run(r, 'query', 'experiments', '--where', rng.pick(['status = active or tags contains ocr', 'metrics.hmean > 0.5', 'fm.title contains a', 'created > 2025-01-01', 'not type in (report, guide)']), '-f', 'json');
  await run(r, 'query', 'compare', ...r.exps.slice(0, 2), '-f', 'json');
  await run(r, 'compare', ...r.exps.slice(0, 2));
  await run(r, 'query', 'runs', '--where', rng.pick(['fm.lr > 0.001', 'status = active', 'metrics.hmean > 0.5']), '-f', 'json');
  await run(r, 'search', rng.pick(WORDS), '-f', 'json');
  await run(r, 'search', SECRET_WORD, '-f', 'json');
  await run(r, 'search', SECRET_WORD);
  await run(r, 'status');
  await run(r, 'status', '-f', 'json');
  await run(r, 'status', r.exps[0] as string);
  await run(r, 'diff', 'HEAD', '--format', 'json');
  await run(r, 'query', 'tags', '--as-of', 'HEAD', '-f', 'json');
  await run(r, 'blame', r.exps[0] as string, '--format', 'json');
  await run(r, 'db', 'info');
  await run(r, 'db', 'check');
  mkdirSync(join(t.dir, 'out'), { recursive: true });
  await run(r, 'dashboard', '--report', `out/report-${step}.html`);
  await run(r, 'ci', 'check', '--format', 'json');
  await run(r, 'ci', 'check', '--base', 'HEAD', '--gate', '--format', rng.pick(['sarif', 'github', 'text']));
  await run(r, 'validate', '--format', 'sarif');
  await run(r, 'diff', 'HEAD', '--gate');
  await run(r, 'mv', r.exps[0] as string, 'renamed by fuzz', '--dry-run');
  await run(r, 'ci', 'index', '--out', `out/ci-${step}`);
  assertNoMarkerIn(r, join(t.dir, 'out'));
}

async function fuzzRound(seed: number): Promise<void> {
  const r = makeRound(seed);
  const { t, rng } = r;
  t.git('add', '-A');
  t.git('commit', '-qm', 'messy corpus');
  await everyCommand(r, 'first');
  // The mess is indexed (an invalid file is still a row), not skipped wholesale.
  const listed = JSON.parse((await run(r, 'query', 'artifacts', '-f', 'json')).stdout) as unknown[];
  assert.ok(listed.length >= r.exps.length, `seed ${seed}: only ${listed.length} artifacts indexed`);
  // The statements a person types, on the messy index (each in its own process: few of them).
  await run(r, 'query', 'sql', 'SELECT file_path, frontmatter, content FROM artifacts', '-f', 'json');
  await run(r, 'query', 'run', 'problems', '-f', 'csv');

  for (let step = 1; step <= 2; step++) {
    edit(r);
    if (rng.chance(0.5)) t.git('add', '-A');
    else for (const p of rng.subset(r.files, 0.3)) if (existsSync(join(t.dir, p))) t.git('add', '--', p);
    if (rng.chance(0.5)) t.git('commit', '-qm', `edit ${step}`, '--allow-empty');
    await everyCommand(r, `step${step}`);
    // Incremental (just synced by everyCommand) equals a rebuild from nothing, and --force.
    const incremental = dumpOf(join(t.dir, 'data/ops/tracking.db'));
    await run(r, 'sync', '--db', `data/rebuild-${step}.db`);
    assert.equal(dumpOf(join(t.dir, `data/rebuild-${step}.db`)), incremental, `seed ${seed}: step ${step}: incremental sync differs from a rebuild`);
    await run(r, 'sync', '--force');
    assert.equal(dumpOf(join(t.dir, 'data/ops/tracking.db')), incremental, `seed ${seed}: step ${step}: sync --force differs from the incremental sync`);
    await run(r, 'sync', '--staged', '--db', `data/staged-${step}.db`);
  }
  assertNoMarkerIn(r, join(t.dir, 'data'));
}

describe(`fuzz: ${ROUNDS} messy corpora from seed ${FIRST_SEED}${SYMLINK_TO_SECRET ? ', with a link to an outside file' : ''}`, () => {
  for (let i = 0; i < ROUNDS; i++) {
    const seed = (FIRST_SEED + i) >>> 0;
    it(`seed ${seed}`, async () => {
      await fuzzRound(seed);
    });
  }
});
