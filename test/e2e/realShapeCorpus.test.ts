import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { before, describe, test } from 'node:test';
import { realShapeCorpus, writeRealShapeCorpus, REAL_EXPERIMENTS, REAL_ROOT, type RealShapeCorpus } from '../helpers/realShapeCorpus.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

const BIN = fileURLToPath(new URL('../../bin/etk.js', import.meta.url));

interface Diagnostic {
  file: string;
  line: number;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
}

function etk(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `file pattern -> rule -> message` lines (quoted values and experiment ids elided), each with its count. */
function grouped(corpus: RealShapeCorpus, diagnostics: readonly Diagnostic[]): string {
  const pattern = new Map(corpus.markdown.map((f) => [f.path, f.pattern]));
  const lines = new Map<string, number>();
  for (const d of diagnostics) {
    const message = d.message.replace(/"[^"]*"/g, '"…"').replace(/[0-9]{8}_[0-9]{6}_[a-z0-9_]+/g, '<experiment>');
    const key = `${pattern.get(d.file) ?? d.file} -> ${d.rule} -> ${message}`;
    lines.set(key, (lines.get(key) ?? 0) + 1);
  }
  return [...lines].map(([k, n]) => `  ${n} × ${k}`).sort().join('\n');
}

describe('a repository shaped like a real team\'s (7 experiments, 85 Markdown files), judged by the built CLI', () => {
  let t: TempDir;
  let corpus: RealShapeCorpus;
  let diagnostics: Diagnostic[];
  let validateCode: number | null;

  before(() => {
    t = tempDir({ git: true, prefix: 'etk-real-shape-' });
    corpus = writeRealShapeCorpus(t);
    const r = etk(t.dir, ['validate', '--format', 'json']);
    validateCode = r.code;
    diagnostics = JSON.parse(r.stdout) as Diagnostic[];
  });

  test('the corpus is the intended shape, and the same every time', () => {
    assert.deepEqual(realShapeCorpus(), realShapeCorpus(), 'deterministic');
    assert.equal(corpus.markdown.length, 85);
    assert.equal(new Set(corpus.markdown.map((f) => f.path)).size, corpus.markdown.length, 'paths are unique');
    assert.deepEqual(corpus.experiments.map((e) => e.id), [...REAL_EXPERIMENTS]);
    const count = (v: string) => corpus.markdown.filter((f) => f.verdict === v).length;
    assert.deepEqual([count('accepted'), count('rejected-by-checker'), count('other')], [62, 10, 13]);
    for (const f of corpus.markdown) {
      if (f.verdict !== 'accepted') assert.ok(f.reason, `${f.path} says why it is ${f.verdict}`);
      if (f.verdict === 'rejected-by-checker') assert.ok(f.checker === 'fail' && f.field, `${f.path}: the checker fails it on a named field`);
    }
    // One experiment folder has no README.md.
    const withReadme = REAL_EXPERIMENTS.filter((e) => corpus.markdown.some((f) => f.path === `${REAL_ROOT}/${e}/README.md`));
    assert.equal(withReadme.length, 6);
  });

  test('etk validate raises no error on any file the published checker, schema, naming and placement rules accept', () => {
    const accepted = new Set([...corpus.markdown.filter((f) => f.verdict === 'accepted').map((f) => f.path), ...Object.keys(corpus.metadata)]);
    const falseErrors = diagnostics.filter((d) => d.severity === 'error' && accepted.has(d.file));
    const files = new Set(falseErrors.map((d) => d.file));
    assert.equal(falseErrors.length, 0, `${falseErrors.length} error(s) on ${files.size} of ${accepted.size} accepted files (pattern -> rule -> message):\n${grouped(corpus, falseErrors)}\n`);
  });

  test('etk validate raises at least one error on every file the published checker rejects, naming what the checker names', () => {
    assert.equal(validateCode, 1, 'exit 1: the corpus has invalid files');
    const missed: string[] = [];
    for (const f of corpus.markdown.filter((x) => x.verdict === 'rejected-by-checker')) {
      const named = new RegExp(`\\b${f.field!}\\b`);
      const errors = diagnostics.filter((d) => d.file === f.path && d.severity === 'error');
      if (!errors.some((d) => named.test(`${d.rule} ${d.message}`))) {
        missed.push(`${f.pattern}: ${f.path}: the checker says "${f.reason}"; etk: ${errors.map((d) => `${d.rule}: ${d.message}`).join('; ') || 'no error'}`);
      }
    }
    assert.deepEqual(missed, []);
  });

  test('etk sync, then etk query experiments lists every experiment folder; etk search finds a word of a document in artifacts/', () => {
    const sync = etk(t.dir, ['sync']);
    assert.equal(sync.code, 0, sync.stderr);
    const q = etk(t.dir, ['query', 'experiments', '--format', 'json']);
    assert.equal(q.code, 0, q.stderr);
    const rows = JSON.parse(q.stdout) as { experiment_id: string }[];
    assert.deepEqual(rows.map((r) => r.experiment_id).sort(), [...REAL_EXPERIMENTS].sort());
    const s = etk(t.dir, ['search', corpus.searchWord.word, '--format', 'json']);
    assert.equal(s.code, 0, s.stderr);
    const hits = JSON.parse(s.stdout) as { file_path: string }[];
    assert.deepEqual(hits.map((h) => h.file_path), [corpus.searchWord.path]);
  });

  // Fails until etk reads experiment metadata where it lives (manifest.json, .metadata/manifest.json, state.json).
  test('etk query experiments shows each experiment\'s name and status from manifest.json, .metadata/manifest.json, state.json or README.md', () => {
    const sync = etk(t.dir, ['sync']);
    assert.equal(sync.code, 0, sync.stderr);
    const q = etk(t.dir, ['query', 'experiments', '--format', 'json']);
    assert.equal(q.code, 0, q.stderr);
    const rows = new Map((JSON.parse(q.stdout) as { experiment_id: string; name: string | null; status: string | null }[]).map((r) => [r.experiment_id, r]));
    const wrong: string[] = [];
    for (const e of corpus.experiments) {
      const row = rows.get(e.id);
      if (e.name !== undefined && row?.name !== e.name) wrong.push(`${e.id}: name ${JSON.stringify(row?.name)}, expected ${JSON.stringify(e.name)} (${e.source})`);
      if (e.status !== undefined && row?.status !== e.status) wrong.push(`${e.id}: status ${JSON.stringify(row?.status)}, expected ${JSON.stringify(e.status)} (${e.source})`);
    }
    assert.deepEqual(wrong, []);
  });

  // Fails until every document gets a unique id in the index (derived ids collide: README.md in many folders,
  // summary.md in artifacts/ and outputs/, one report stem in reports/ and reports/archive/).
  test('etk query artifacts lists every Markdown document of the experiments (and the root README.md) once, each with its own artifact_id', () => {
    const sync = etk(t.dir, ['sync']);
    assert.equal(sync.code, 0, sync.stderr);
    const q = etk(t.dir, ['query', 'artifacts', '--format', 'json']);
    assert.equal(q.code, 0, q.stderr);
    const rows = JSON.parse(q.stdout) as { artifact_id: string; file_path: string }[];
    // README.md files are indexed everywhere, the experiments root's own included.
    const inExperiments = corpus.markdown.filter((f) => REAL_EXPERIMENTS.some((e) => f.path.includes(`/${e}/`)) || f.path === `${REAL_ROOT}/README.md`).map((f) => f.path);
    assert.deepEqual(rows.map((r) => r.file_path).sort(), inExperiments.sort());
    const ids = rows.map((r) => r.artifact_id);
    const declared = ['label-audit']; // declared twice on purpose: a diagnostic, not two rows with one id
    const collisions = ids.filter((id, i) => ids.indexOf(id) !== i && !declared.includes(id));
    assert.deepEqual(collisions, []);
  });
});
