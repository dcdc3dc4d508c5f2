import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cli, cliJson } from '../helpers/runCli.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const ROOT = 'experiment_manager/experiments';
const OLD = '20251008_101500_image_enhancements';
const NEW = '20251008_101500_image_pipeline';
const RECEIPT = '20251201_160000_receipt_layout';

/** Every file under a folder, path -> text. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = join(e.parentPath, e.name);
    out.set(relative(dir, abs), readFileSync(abs, 'utf8'));
  }
  return out;
}

/** The examples corpus committed in a fresh repository. */
function exampleRepo(): TempDir {
  const t = tempDir({ git: true });
  cpSync(join(EXAMPLES, 'experiment_manager'), join(t.dir, 'experiment_manager'), { recursive: true });
  cpSync(join(EXAMPLES, 'etk.config.json'), join(t.dir, 'etk.config.json'));
  t.git('add', '-A');
  t.git('commit', '-q', '-m', 'corpus');
  return t;
}

describe('etk mv', () => {
  it('--dry-run prints the folder, each file and the lines that change, and writes nothing', async () => {
    const t = exampleRepo();
    const before = snapshot(t.dir);
    const r = await cli(t.dir, 'mv', 'image_enh', 'image_pipeline', '--dry-run');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^would move ${ROOT}/${OLD}/ -> ${ROOT}/${NEW}/ \\(git mv\\)$`, 'm'));
    assert.match(r.stdout, new RegExp(`^  ${ROOT}/${OLD}/README.md\\n    4  - experiment_id: ${OLD}\\n       \\+ experiment_id: ${NEW}$`, 'm'));
    assert.match(r.stdout, new RegExp(`^  ${ROOT}/20251020_113000_document_binarization/.metadata/reports/20251028_1500_report_sauvola-vs-clahe.md\\n    25  - baseline: ${OLD}\\n        \\+ baseline: ${NEW}$`, 'm'));
    assert.match(r.stdout, /^would rewrite 11 files \(14 lines\); nothing written$/m);
    // Prose that names the old id is reported, not rewritten.
    assert.match(r.stdout, new RegExp(`^note  ${ROOT}/20251020_113000_document_binarization/README.md names ${OLD}: it still mentions`, 'm'));
    assert.deepEqual(snapshot(t.dir), before);
    assert.equal(t.git('status', '--porcelain'), '');
  });

  it('moves the folder with git mv, rewrites only the id values, stages it all, and leaves validate and the index clean', async () => {
    const t = exampleRepo();
    assert.equal((await cli(t.dir, 'sync', '-q')).code, 0);
    t.git('commit', '-q', '--allow-empty', '-m', 'index built');
    const before = snapshot(join(t.dir, ROOT));
    const r = await cli(t.dir, 'mv', '20251008_101500_image_enhancements', NEW);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^✔ rewrote 11 files \(14 lines\); staged: review with git diff --staged, then commit$/m);
    assert.match(r.stdout, /^✔ data\/ops\/tracking\.db updated \(\d+ files\)$/m);
    assert.equal(existsSync(join(t.dir, ROOT, OLD)), false);

    // Byte for byte: each file equals the old one with exactly the id values replaced.
    const after = snapshot(join(t.dir, ROOT));
    const moved = (p: string) => (p.startsWith(`${OLD}/`) ? `${NEW}${p.slice(OLD.length)}` : p);
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].map(moved).sort());
    for (const [path, text] of before) {
      const own = path.startsWith(`${OLD}/`);
      const expected = text.replace(new RegExp(`^(${own ? 'experiment_id|baseline' : 'baseline'}): ${OLD}$`, 'gm'), `$1: ${NEW}`);
      assert.equal(after.get(moved(path)), expected, path);
    }
    assert.ok(after.get('20251020_113000_document_binarization/README.md')!.includes(`\`${OLD}\` remains the reference`));

    // Staged as one change: renames plus the baselines of other experiments, nothing unstaged.
    const status = t.git('status', '--porcelain', '--untracked-files=no');
    assert.match(status, new RegExp(`^R  ${ROOT}/${OLD}/README.md -> ${ROOT}/${NEW}/README.md$`, 'm'));
    assert.match(status, new RegExp(`^M  ${ROOT}/20251027_143000_perspective_correction/.metadata/reports/20251118_0945_report_final-results.md$`, 'm'));
    assert.doesNotMatch(status, /^.[MD]/m);

    const v = await cliJson(t.dir, 'validate');
    assert.equal(v.code, 0, v.stderr);
    assert.deepEqual(v.diagnostics.filter((d) => d.rule === 'experiment-id-mismatch' || d.rule === 'baseline-missing'), []);
    // The index followed (read directly, so no command's own freshness check can mask it).
    const db = new DatabaseSync(join(t.dir, 'data/ops/tracking.db'), { readOnly: true });
    const ids = (db.prepare('SELECT DISTINCT experiment_id AS id FROM files WHERE experiment_id IS NOT NULL').all() as { id: string }[]).map((e) => e.id);
    db.close();
    assert.ok(ids.includes(NEW) && !ids.includes(OLD), ids.join(', '));
  });

  it('rewrites experiment_id and id in the JSON metadata, keeping their formatting', async () => {
    const t = exampleRepo();
    const dir = `${ROOT}/${RECEIPT}`;
    const manifest = `{"experiment_id":"${RECEIPT}","created":"2025-12-01T16:00:00+09:00",\n\t"id" :  "${RECEIPT}",  "parent": "${RECEIPT}"}`;
    const top = `{\r\n  "experiment_id": "${RECEIPT}"\r\n}\r\n`;
    t.write(`${dir}/.metadata/manifest.json`, manifest);
    t.write(`${dir}/manifest.json`, top);
    t.git('add', '-A');
    t.git('commit', '-q', '-m', 'metadata');
    const state = readFileSync(join(t.dir, dir, 'state.json'), 'utf8');
    const r = await cli(t.dir, 'mv', 'receipt', 'receipts');
    assert.equal(r.code, 0, r.stderr);
    const NEWR = '20251201_160000_receipts';
    const read = (p: string) => readFileSync(join(t.dir, ROOT, NEWR, p), 'utf8');
    assert.equal(read('state.json'), state.replace(`"id": "${RECEIPT}"`, `"id": "${NEWR}"`));
    assert.equal(read('.metadata/manifest.json'), `{"experiment_id":"${NEWR}","created":"2025-12-01T16:00:00+09:00",\n\t"id" :  "${NEWR}",  "parent": "${RECEIPT}"}`);
    assert.equal(read('manifest.json'), top.replace(RECEIPT, NEWR));
    assert.match(r.stdout, /^  experiment_manager\/experiments\/20251201_160000_receipts\/\.metadata\/manifest\.json\n    1  - \{"experiment_id"/m);
    // The custom key that names the old id is reported, not rewritten.
    assert.match(r.stdout, /^note  .*\/\.metadata\/manifest\.json names 20251201_160000_receipt_layout: it still mentions/m);
  });

  it('renames an experiment git does not track with a plain rename, and says when there is no index yet', async () => {
    const t = exampleRepo();
    const id = '20260102_090000_scratch';
    t.write(`${ROOT}/${id}/README.md`, `---\nads_version: "1.0"\ntype: experiment_manifest\nexperiment_id: ${id}\n---\n# Scratch\n`);
    t.write(`${ROOT}/${id}/.metadata/reports/20260102_1000_report_first.md`, `---\nexperiment_id: ${id}\ntype: report\n---\n`);
    const r = await cli(t.dir, 'mv', 'scratch', '20260103_100000_scratch_two');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\(rename\)$/m);
    assert.match(r.stdout, /^no index at data\/ops\/tracking\.db yet: etk sync builds it$/m);
    assert.equal(readFileSync(join(t.dir, ROOT, '20260103_100000_scratch_two/README.md'), 'utf8'), `---\nads_version: "1.0"\ntype: experiment_manifest\nexperiment_id: 20260103_100000_scratch_two\n---\n# Scratch\n`);
    assert.equal(t.git('status', '--porcelain', '--untracked-files=all'), `?? ${ROOT}/20260103_100000_scratch_two/.metadata/reports/20260102_1000_report_first.md\n?? ${ROOT}/20260103_100000_scratch_two/README.md\n`);
  });

  it('refuses, writing nothing, when the target exists, a touched file has uncommitted changes, the id is unknown or ambiguous', async () => {
    const t = exampleRepo();
    const before = () => snapshot(t.dir);
    let snap = before();
    const refused = async (args: string[], message: RegExp) => {
      const r = await cli(t.dir, 'mv', ...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /\n {2}fix: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      assert.deepEqual(before(), snap);
    };
    await refused(['image_enhancements', '20251020_113000_document_binarization'], new RegExp(`etk mv: ${ROOT}/20251020_113000_document_binarization already exists`));
    await refused(['image_enhancements', OLD], /already has that id/);
    await refused(['image_enhancements', 'Image Pipeline'], /neither an experiment id.*\n {2}fix: e\.g\. etk mv 20251008_101500_image_enhancements image_pipeline/);
    await refused(['imag_enhancemnts', 'x'], /no experiment "imag_enhancemnts" under experiment_manager\/experiments \(did you mean "20251008_101500_image_enhancements"\?\)/);
    await refused(['2025', 'x'], /experiment "2025" is ambiguous/);
    await refused(['image_enhancements'], /takes two arguments/);

    // A baseline in another experiment, edited and not committed.
    const other = `${ROOT}/20251027_143000_perspective_correction/.metadata/reports/20251118_0945_report_final-results.md`;
    t.write(other, `${readFileSync(join(t.dir, other), 'utf8')}\nMore notes.\n`);
    snap = before();
    await refused(['image_enhancements', 'image_pipeline'], new RegExp(`a file the move would touch has uncommitted changes: ${other}\\n {2}fix: commit or stash them first`));
    t.git('checkout', '--', other);
    // A staged file inside the experiment.
    t.write(`${ROOT}/${OLD}/.metadata/guides/new.md`, '# new\n');
    t.git('add', '-A');
    snap = before();
    await refused(['image_enhancements', 'image_pipeline'], /uncommitted changes: .*\/guides\/new\.md/);
  });

  it('outside a git repository: exit 2 and nothing written', async () => {
    const t = tempDir();
    cpSync(join(EXAMPLES, 'experiment_manager'), join(t.dir, 'experiment_manager'), { recursive: true });
    const r = await cli(t.dir, 'mv', 'image_enhancements', 'image_pipeline');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^etk mv works inside a git repository, and .* is not in one\n {2}fix: cd into your repository/);
    assert.ok(existsSync(join(t.dir, ROOT, OLD)));
  });

  it('is listed in etk --help, and etk mv --help has an example', async () => {
    assert.match((await cli(process.cwd(), '--help')).stdout, /^ {2}mv +rename an experiment/m);
    const h = await cli(process.cwd(), 'mv', '--help');
    assert.equal(h.code, 0);
    assert.match(h.stdout, /\nExamples:\n {2}etk mv 20251008_101500_image_enhancements image_pipeline --dry-run\n/);
  });
});
