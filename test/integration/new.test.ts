import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXP, EXP2, ROOT, manifest, manifestPath, metadataManifest, metadataManifestPath } from '../helpers/corpus.ts';
import { cli, cliJson } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

interface NewJson {
  id: string;
  type: string;
  path: string;
  experiment: string;
  reason: string | null;
  placeholders: { line: number; column: number; field: string; message: string }[];
}

const DATASET_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  allOf: [
    { $ref: 'https://etk.invalid/schema/eds-1.0/common.json#/definitions/artifact' },
    {
      type: 'object',
      required: ['rows', 'license', 'source'],
      properties: { rows: { type: 'integer', minimum: 0 }, license: { enum: ['cc-by', 'internal'] }, source: { type: 'string' } },
    },
  ],
};

/** A manifest with other created/updated values. */
function dated(text: string, created: string, updated = created): string {
  return text.replace(/created: .*/, `created: "${created}"`).replace(/updated: .*/, `updated: "${updated}"`);
}

/** A git repository with two experiments (EXP active and updated last, EXP2 active). */
function project(config: Record<string, unknown> = {}) {
  const t = tempDir({ git: true });
  t.write('etk.config.json', JSON.stringify({ types: { dataset_card: { schema: 'schemas/dataset_card.json' } }, ...config }));
  t.write('schemas/dataset_card.json', JSON.stringify(DATASET_SCHEMA));
  t.write(manifestPath(), manifest());
  t.write(manifestPath(EXP2), dated(manifest(EXP2), '2025-11-01T09:00:00Z'));
  t.write(metadataManifestPath(), metadataManifest());
  t.write(metadataManifestPath(EXP2), metadataManifest(EXP2).replaceAll('2025-12-17T02:43:43Z', '2025-11-01T09:00:00Z'));
  return t;
}

async function newJson(cwd: string, ...args: string[]): Promise<NewJson> {
  const r = await cli(cwd, 'new', ...args, '--json');
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as NewJson;
}

/** Each placeholder and what a person would write instead. */
const FILL: Record<string, [RegExp, string][]> = {
  assessment: [[/<phase_0\|[^>]*>/, 'phase_2'], [/<critical\|[^>]*>/, 'high'], [/<integer>/, '4']],
  report: [[/<metric>: <number>/, 'hmean: 0.93'], [/<experiment id>/, EXP2], [/<improvement\|[^>]*>/, 'improvement']],
  guide: [[/commands: \[\]/, 'commands: ["python train.py"]']],
  script: [],
  plan: [],
  dataset_card: [[/<integer>/, '1200'], [/<cc-by\|internal>/, 'internal'], [/source: *\n/, 'source: "s3://bucket/receipts"\n']],
};

const PLACEHOLDER_FIELDS: Record<string, string[]> = {
  assessment: ['phase', 'priority', 'evidence_count'],
  report: ['baseline', 'comparison', 'metrics'],
  guide: ['commands'],
  script: [],
  plan: [],
  dataset_card: ['rows', 'license', 'source'],
};

describe('etk new <type>: round trip through etk validate', () => {
  for (const type of Object.keys(FILL)) {
    it(`${type}: valid except its placeholders, reported at their lines; filled in, it is clean`, async () => {
      const t = project();
      const created = await newJson(t.dir, type, 'A title: with punctuation & Ünïcödé');
      assert.equal(created.experiment, EXP);
      assert.match(created.path, new RegExp(`^${ROOT}/${EXP}/\\.metadata/[a-z_]+/\\d{8}_\\d{4}_${type}_a-title-with-punctuation-unicode\\.md$`));
      // Each type in its own folder of .metadata/ (a plan in plans/).
      if (type !== 'dataset_card') assert.ok(created.path.includes(`/.metadata/${type}s/`), created.path);
      const text = readFileSync(join(t.dir, created.path), 'utf8');
      assert.match(text, /^title: "A title: with punctuation & Ünïcödé"$/m, 'the title as written');

      const v = await cliJson(t.dir, 'validate');
      const byLine = (a: [string, number, number, string], b: [string, number, number, string]) => a[1] - b[1] || a[2] - b[2];
      assert.deepEqual(v.diagnostics.map((d): [string, number, number, string] => [d.file, d.line, d.column, d.rule]).sort(byLine), created.placeholders.map((p): [string, number, number, string] => [created.path, p.line, p.column, p.field === 'metrics' ? 'metric-value' : 'schema']).sort(byLine), 'validate reports exactly the placeholders');
      assert.deepEqual(created.placeholders.map((p) => p.field), PLACEHOLDER_FIELDS[type]);
      const lines = text.split('\n');
      for (const p of created.placeholders) assert.match(lines[p.line - 1]!, new RegExp(`^\\s*[^:]*${p.field === 'metrics' ? '<metric>' : p.field}`), `line ${p.line} holds ${p.field}`);
      assert.equal(v.code, created.placeholders.length > 0 ? 1 : 0);

      let filled = text;
      for (const [re, value] of FILL[type]!) filled = filled.replace(re, value);
      writeFileSync(join(t.dir, created.path), filled);
      const after = await cliJson(t.dir, 'validate');
      assert.deepEqual(after.diagnostics, []);
      assert.equal(after.code, 0);
    });
  }

  it('options fill the fields: no placeholders left, and validate is clean', async () => {
    const t = project();
    const runs = [
      ['assessment', 'Quality', '--phase', 'phase_1', '--priority', 'critical', '--evidence-count', '3', '--tag', 'OCR', '--tag', 'ocr'],
      ['report', 'Results', '--metric', 'hmean=0.91', '--metric', 'latency_ms=41.5', '--baseline', EXP2, '--comparison', 'improvement'],
      ['guide', 'Train', '--command', 'python train.py --cfg a.yaml', '--command', 'echo "a: b"', '--prerequisite', 'CUDA 12'],
      ['script', 'Warp', '--dependency', 'numpy', '--set', 'owner=kim', '--set', 'reviewers=[a, b]'],
      ['dataset_card', 'Receipts', '--set', 'rows=1200', '--set', 'license=cc-by', '--set', 'source=s3://x'],
    ];
    for (const args of runs) assert.deepEqual((await newJson(t.dir, ...args)).placeholders, [], args.join(' '));
    const v = await cliJson(t.dir, 'validate');
    assert.deepEqual(v.diagnostics, []);
    const report = readdirSync(join(t.dir, ROOT, EXP, '.metadata/reports'));
    const text = readFileSync(join(t.dir, ROOT, EXP, '.metadata/reports', report[0]!), 'utf8');
    assert.match(text, /metrics:\n {2}hmean: 0\.91\n {2}latency_ms: 41\.5\nbaseline: 20251101_090000_text_detection\ncomparison: improvement\n/);
    assert.doesNotMatch(text, /<experiment id>/, 'the template comment standing for baseline went when it was filled');
    assert.match(text, /## Metrics\n\n\| metric \| value \|\n\|---\|---\|\n\| hmean \| 0\.91 \|\n\| latency_ms \| 41\.5 \|\n\n## /, 'the body\'s Metrics table has the metrics given');
  });

  it('a bad option value is refused before anything is written (exit 2)', async () => {
    const t = project();
    for (const args of [
      ['assessment', 'X', '--priority', 'urgent'],
      ['report', 'X', '--metric', 'hmean=high'],
      ['report', 'X', '--baseline', 'not-an-id'],
      ['report', 'X', '--phase', 'phase_1'],
      ['guide', 'X', '--status', 'done'],
      ['script', 'X', '--tag', '日本'],
      ['widget', 'X'],
      ['report', '報告'],
    ]) {
      const r = await cli(t.dir, 'new', ...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, 'no stack trace');
    }
    assert.match((await cli(t.dir, 'new', 'assessment', 'X', '--priority', 'urgent')).stderr, /--priority: priority must be one of critical, high, medium, low \(found "urgent"\)/);
    assert.match((await cli(t.dir, 'new', 'reprot', 'X')).stderr, /unknown type "reprot" \(did you mean report\?\)/);
    assert.deepEqual(readdirSync(join(t.dir, ROOT, EXP, '.metadata')), ['manifest.json'], 'nothing written');
  });

  it('malformed --metric and --set, a title on two lines: a clear error (exit 2), never a crash, an empty name or a value silently dropped', async () => {
    const t = project();
    for (const [args, message] of [
      [['report', 'X', '--metric', ' =1'], /--metric takes NAME=VALUE \(found " =1"\)/],
      [['report', 'X', '--metric', 'a=0x10'], /--metric a needs a number \(found "0x10"\)/],
      [['report', 'X', '--metric', 'a=1', '--metric', 'a=2'], /--metric a is given twice/],
      [['script', 'X', '--set', ' =1'], /--set takes NAME=VALUE/],
      [['script', 'X', '--set', 'x=*a'], /--set x: the value is not valid YAML/],
      [['script', 'X', '--set', 'owner=kim', '--set', 'owner=lee'], /owner is given twice \(--set owner and --set owner\)/],
      [['script', 'X', '--dependency', 'numpy', '--set', 'dependencies=[scipy]'], /dependencies is given twice \(--dependency and --set dependencies\)/],
      [['script', 'Two\n# lines'], /the title must be one line of text \(found "Two\\n# lines"\)/],
      [['experiment', 'Two\nlines'], /the name must be one line of text/],
    ] as [string[], RegExp][]) {
      const r = await cli(t.dir, 'new', ...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
    }
    const ok = await newJson(t.dir, 'report', 'Decimals', '--metric', 'a=-.5', '--metric', 'b=1e-3', '--metric', 'c=+2.');
    assert.match(readFileSync(join(t.dir, ok.path), 'utf8'), /metrics:\n {2}a: -0\.5\n {2}b: 0\.001\n {2}c: 2\n/);
    assert.equal(readdirSync(join(t.dir, ROOT, EXP, '.metadata/reports')).length, 1, 'only the valid one was written');
  });

  it('text output: the path, which experiment and why, and each placeholder with its line', async () => {
    const t = project();
    const r = await cli(t.dir, 'new', 'assessment', 'Baseline quality', '--priority', 'high');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, new RegExp(`^✔ created assessment ${ROOT}/${EXP}/\\.metadata/assessments/\\d{8}_\\d{4}_assessment_baseline-quality\\.md$`));
    assert.equal(lines[1], `  in ${EXP} (the most recently updated active experiment, from tracking.db)`, 'the index, built first');
    assert.equal(lines[2], '  fill in these 2 placeholders (etk validate reports them until you do):');
    assert.match(lines[3]!, /^ {4}10:8 {3}phase must be one of phase_0, .* \(found the placeholder <phase_0\|phase_1\|phase_2\|phase_3\|phase_4>\)$/);
    assert.match(lines[4]!, /^ {4}12:17 {2}evidence_count must be an integer \(found the placeholder <integer>\)$/);
  });
});

describe('etk new experiment', () => {
  it('names with spaces, capitals, punctuation and Unicode: the id, the manifest and the folders, valid at once', async () => {
    const t = project();
    const r = await newJson(t.dir, 'experiment', 'Überprüfung', 'der Straße:', 'Receipt Layout!', '--tag', 'Image Processing', '--description', 'Why: "quotes" too', '--set', 'owner=kim');
    assert.match(r.id, /^\d{8}_\d{6}_uberprufung_der_strasse_receipt_layout$/);
    assert.equal(r.path, `${ROOT}/${r.id}/README.md`);
    const text = readFileSync(join(t.dir, r.path), 'utf8');
    assert.match(text, /^name: "Überprüfung der Straße: Receipt Layout!"$/m);
    assert.match(text, /^description: "Why: \\"quotes\\" too"$/m);
    assert.match(text, /^tags: \[image-processing\]$/m);
    assert.match(text, /^owner: kim$/m, '--set works for experiments too');
    assert.match(text, /^created: "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)"$/m);
    assert.match(text, /\n# Überprüfung der Straße: Receipt Layout!\n\nWhy: "quotes" too\n\n## Goal/);
    assert.deepEqual(readdirSync(join(t.dir, ROOT, r.id, '.metadata')).sort(), ['assessments', 'guides', 'manifest.json', 'plans', 'reports', 'scripts']);
    // The spec's mandatory .metadata/manifest.json with its required fields; success_rate not known yet.
    const m = JSON.parse(readFileSync(join(t.dir, ROOT, r.id, '.metadata', 'manifest.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(m), ['experiment_id', 'name', 'status', 'phase', 'created', 'updated', 'success_rate']);
    assert.deepEqual([m.experiment_id, m.name, m.status, m.success_rate], [r.id, 'Überprüfung der Straße: Receipt Layout!', 'active', null]);
    assert.match(text, new RegExp(`^created: "${String(m.created)}"$`, 'm'), 'the same creation time as the README');
    assert.deepEqual((await cliJson(t.dir, 'validate')).diagnostics, []);
    // A new experiment is the most recently updated one: the next artifact goes there.
    assert.equal((await newJson(t.dir, 'script', 'S')).experiment, r.id);
  });

  it('a name with nothing usable for an id is a clear error (exit 2)', async () => {
    const t = project();
    const r = await cli(t.dir, 'new', 'experiment', '日本語の実験');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /the name "日本語の実験" leaves nothing for the experiment id/);
    assert.match(r.stderr, /fix: /);
  });
});

describe('etk new: which experiment', () => {
  it('the current folder\'s experiment, from anywhere inside it', async () => {
    const t = project();
    t.write(`${ROOT}/${EXP2}/.metadata/reports/.keep`, '');
    const r = await newJson(join(t.dir, ROOT, EXP2, '.metadata/reports'), 'script', 'Here');
    assert.equal(r.experiment, EXP2);
    assert.equal(r.reason, 'the experiment of the current folder');
  });

  it('--experiment: an id, or a unique part of one; a wrong one is an error with a suggestion', async () => {
    const t = project();
    assert.equal((await newJson(t.dir, 'script', 'A', '--experiment', EXP2)).experiment, EXP2);
    assert.equal((await newJson(t.dir, 'script', 'B', '--experiment', 'text_detection')).experiment, EXP2);
    const r = await cli(t.dir, 'new', 'script', 'C', '--experiment', '20251217_024343_image_enhancemnts');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no experiment "20251217_024343_image_enhancemnts" under .* \(did you mean "20251217_024343_image_enhancements"\?\)/);
    const empty = await cli(t.dir, 'new', 'script', 'D', '--experiment', '');
    assert.equal(empty.code, 2, 'an empty --experiment is not a part of every id');
    assert.match(empty.stderr, /an experiment id is empty/);
  });

  it('--baseline takes what --experiment takes: a unique part writes the whole id; none or several is the same error', async () => {
    const t = project();
    const made = await newJson(t.dir, 'report', 'R', '--experiment', EXP, '--baseline', 'text_det');
    assert.match(readFileSync(join(t.dir, made.path), 'utf8'), new RegExp(`\nbaseline: ${EXP2}\n`));
    const none = await cli(t.dir, 'new', 'report', 'S', '--experiment', EXP, '--baseline', 'text_detektion');
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--baseline: no experiment "text_detektion" under .*experiments/);
    const several = await cli(t.dir, 'new', 'report', 'T', '--experiment', EXP, '--baseline', '2025');
    assert.equal(several.code, 2);
    assert.match(several.stderr, /--baseline: experiment "2025" is ambiguous: /);
  });

  it('the most recently updated active one: a complete one is skipped; from tracking.db brought up to date first (--no-sync: as it is, plus experiments made since)', async () => {
    const t = project();
    t.write(manifestPath('20251220_000000_done'), dated(manifest('20251220_000000_done').replace('status: active', 'status: complete'), '2025-12-20T00:00:00Z', '2026-01-01T00:00:00Z'));
    assert.equal((await newJson(t.dir, 'script', 'A')).experiment, EXP);
    assert.equal((await cli(t.dir, 'sync')).code, 0);
    // EXP2 updated most recently, in a file the index has not seen: with --no-sync the index's answer stands.
    writeFileSync(join(t.dir, manifestPath(EXP2)), dated(manifest(EXP2), '2025-11-01T09:00:00Z', '2025-12-31T00:00:00Z'));
    const fromDb = await newJson(t.dir, 'script', 'B', '--no-sync');
    assert.deepEqual([fromDb.experiment, fromDb.reason], [EXP, 'the most recently updated active experiment, from tracking.db']);
    assert.equal((await newJson(t.dir, 'script', 'C')).experiment, EXP2, 'the index brought up to date first');
    const made = await newJson(t.dir, 'experiment', 'Newest');
    const stale = await newJson(t.dir, 'script', 'D', '--no-sync');
    assert.deepEqual([stale.experiment, stale.reason], [made.id, 'the most recently updated active experiment, from tracking.db, and 1 experiment made since the last sync']);
    const next = await newJson(t.dir, 'script', 'E');
    assert.deepEqual([next.experiment, next.reason], [made.id, 'the most recently updated active experiment, from tracking.db']);
  });

  it('no experiments, or none active, or outside a repository: a clear error, exit 2', async () => {
    const empty = tempDir({ git: true });
    let r = await cli(empty.dir, 'new', 'report', 'X');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /there are no experiments under experiment_manager\/experiments yet\n {2}fix: create one first: etk new experiment "<name>"/);

    const done = tempDir({ git: true });
    done.write(manifestPath(), manifest().replace('status: active', 'status: complete'));
    r = await cli(done.dir, 'new', 'report', 'X');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /none of the 1 experiments under .* is active/);

    const outside = tempDir();
    for (const args of [['experiment', 'X'], ['report', 'X']]) {
      r = await cli(outside.dir, 'new', ...args);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /etk new works inside a git repository/);
    }
    assert.deepEqual(readdirSync(outside.dir), []);
  });
});

describe('etk new: templates', () => {
  it('a template from the config replaces etk\'s for its type; its placeholders are reported too', async () => {
    const t = project({ templates: { report: 'tpl/report.md' } });
    t.write('tpl/report.md', '---\nowner: <who>\nmetrics: {}\ncomparison: <improvement|regression|neutral>\nreviewed: false\n---\n# {{title}} in {{experiment_id}}\n\nOur own {{unknown}} skeleton.\n');
    const r = await newJson(t.dir, 'report', 'Mine');
    const text = readFileSync(join(t.dir, r.path), 'utf8');
    assert.match(text, /^---\nads_version: "1.0"\ntype: report\ntitle: "Mine"\nexperiment_id: 20251217_024343_image_enhancements\nstatus: active\ncreated: ".*"\nupdated: ".*"\ntags: \[\]\nowner: <who>\nmetrics: \{\}\nbaseline:\ncomparison: <improvement\|regression\|neutral>\nreviewed: false\n---\n# Mine in 20251217_024343_image_enhancements\n\nOur own \{\{unknown\}\} skeleton\.\n$/);
    assert.deepEqual(r.placeholders.map((p) => p.field), ['baseline', 'comparison']);
    // Other types keep etk's template.
    assert.match(readFileSync(join(t.dir, (await newJson(t.dir, 'guide', 'G')).path), 'utf8'), /## Command Sequence/);
  });

  it('a template\'s own tags are written lowercase-hyphenated like --tag values, and the file is valid', async () => {
    const t = project({ templates: { script: 'tpl/script.md' } });
    t.write('tpl/script.md', '---\ntags: [Team Vision, OCR]\ndependencies: []\n---\n# {{title}}\n');
    const r = await newJson(t.dir, 'script', 'Tagged', '--tag', 'ocr', '--tag', 'Extra');
    assert.match(readFileSync(join(t.dir, r.path), 'utf8'), /^tags: \[team-vision, ocr, extra\]$/m);
    assert.deepEqual((await cliJson(t.dir, 'validate')).diagnostics, []);
  });

  it('a template that is not Markdown with frontmatter, or names an unknown type, is a configuration error', async () => {
    const bad = project({ templates: { report: 'tpl/report.md' } });
    bad.write('tpl/report.md', '# no frontmatter\n');
    const r = await cli(bad.dir, 'new', 'report', 'X');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /template .*tpl\/report\.md: it does not start with a --- frontmatter block/);

    const unknown = project({ templates: { reprot: 'tpl/report.md' } });
    unknown.write('tpl/report.md', '---\na: 1\n---\n');
    const u = await cli(unknown.dir, 'new', 'report', 'X');
    assert.equal(u.code, 2);
    assert.match(u.stderr, /templates: "reprot" is not an artifact type \(did you mean "report"\?\)/);
  });
});
