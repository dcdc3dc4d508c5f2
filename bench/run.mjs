#!/usr/bin/env node
// etk benchmarks: median wall time and peak memory of whole CLI runs, side by side with a baseline.
//
//   npm run bench                         # current work tree vs HEAD, 7 runs per case
//   npm run bench -- --baseline e2d28d4   # vs any commit (its committed dist/ runs as is)
//   npm run bench -- --runs 11 --sizes 1000,10000 --json bench/out/results.json
//
// Cases: the floor (`node -e 0`: bare Node start-up), `etk --version` (start-up with the bundle
// loaded), the hook case (one staged file, `etk validate --staged`, and one file by path), and a
// whole-corpus `etk validate` for each corpus size. Corpora come from bench/gen-corpus.mjs (seeded)
// and are committed into a throwaway git repository under bench/out/. Runs are interleaved
// (current, baseline, current, ...) so machine noise hits both sides alike. Nothing is asserted:
// the numbers are for reading.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './gen-corpus.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(REPO, 'bench', 'out');

const { values } = parseArgs({
  options: {
    baseline: { type: 'string', default: 'HEAD' },
    runs: { type: 'string', default: '7' },
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '42' },
    json: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
const SIZES = values.sizes.split(',').map(Number);

const git = (args, cwd = REPO) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** The baseline's bin/ and dist/ as committed at the ref (dist/ is committed, so no build is needed). */
function checkoutBaseline(ref) {
  const sha = git(['rev-parse', '--short', ref]);
  const dir = join(OUT, `baseline-${sha}`);
  if (!existsSync(join(dir, 'bin', 'etk.js'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', '--format=tar', sha, 'bin', 'dist', 'package.json'], { cwd: REPO, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  return { label: `baseline ${sha}`, bin: join(dir, 'bin', 'etk.js') };
}

/** A committed corpus repository of `size` artifacts, reused across runs when the parameters match. */
function corpus(size) {
  const dir = join(OUT, `corpus-${size}-seed${values.seed}`);
  const stamp = join(dir, '.bench-stamp');
  const want = JSON.stringify({ size, seed: values.seed, generator: readFileSync(join(REPO, 'bench', 'gen-corpus.mjs'), 'utf8').length });
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    rmSync(dir, { recursive: true, force: true });
    generateCorpus({ artifacts: size, seed: Number(values.seed), out: dir });
    const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@etk.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@etk.invalid' };
    for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-qm', 'corpus', '--no-verify']]) {
      execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
    }
    writeFileSync(stamp, want);
  }
  // The hook case: one artifact changed and staged, as in a commit.
  const files = git(['ls-files', '--', 'experiment_manager/experiments/*/.metadata/*'], dir).split('\n');
  const one = files[Math.floor(files.length / 2)];
  const text = readFileSync(join(dir, one), 'utf8');
  writeFileSync(join(dir, one), text.includes('\nbench-touch\n') ? text : `${text}\nbench-touch\n`);
  git(['add', '--', one], dir);
  return { dir, one };
}

/** One run: wall seconds and peak RSS (KB) of the whole process. */
function measure(cmd, args, cwd) {
  const start = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%M', cmd, ...args], { cwd, encoding: 'utf8' })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rss = TIME ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const node = process.execPath;
const current = { label: 'current', bin: join(REPO, 'bin', 'etk.js') };
const baseline = checkoutBaseline(values.baseline);
const cases = [{ name: 'floor: node -e 0', floor: true, args: () => ['-e', '0'], cwd: REPO }];
cases.push({ name: 'etk --version (start-up)', args: (bin) => [bin, '--version'], cwd: REPO });
for (const size of SIZES) {
  const c = corpus(size);
  cases.push({ name: `validate --staged, 1 file of ${size}`, args: (bin) => [bin, 'validate', '--staged'], cwd: c.dir });
  cases.push({ name: `validate 1 file of ${size}`, args: (bin) => [bin, 'validate', c.one], cwd: c.dir });
  cases.push({ name: `validate all ${size}`, args: (bin) => [bin, 'validate', '--quiet'], cwd: c.dir });
}

console.log(`node ${process.version}, ${RUNS} runs per case, interleaved; current = work tree, ${baseline.label}`);
const results = [];
for (const c of cases) {
  const sides = c.floor ? [current] : [current, baseline];
  const samples = new Map(sides.map((s) => [s.label, []]));
  for (const s of sides) measure(node, c.args(s.bin), c.cwd); // warm-up (page cache, V8 compile cache)
  for (let i = 0; i < RUNS; i++) for (const s of sides) samples.get(s.label).push(measure(node, c.args(s.bin), c.cwd));
  const row = { case: c.name };
  for (const s of sides) {
    const xs = samples.get(s.label);
    row[s.label] = { medianMs: median(xs.map((x) => x.ms)), peakRssKb: Math.max(...xs.map((x) => x.rss)) };
  }
  results.push(row);
}

const floor = results[0].current.medianMs;
const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : '-');
const lines = [
  `| case | current ms (median) | ${baseline.label} ms | current / baseline | current - floor ms | peak RSS MB |`,
  '|---|---:|---:|---:|---:|---:|',
];
for (const r of results) {
  const cur = r.current;
  const base = r[baseline.label];
  lines.push(`| ${r.case} | ${fmt(cur.medianMs)} | ${base ? fmt(base.medianMs) : ''} | ${base ? (cur.medianMs / base.medianMs).toFixed(2) : ''} | ${r === results[0] ? '' : fmt(cur.medianMs - floor)} | ${fmt(cur.peakRssKb / 1024)} |`);
}
console.log(lines.join('\n'));
if (values.json) writeFileSync(values.json, `${JSON.stringify({ node: process.version, runs: RUNS, baseline: baseline.label, results }, null, 2)}\n`);
