import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NAMES, artifact, artifactPath, manifest, manifestPath, metadataManifest, metadataManifestPath } from '../helpers/corpus.ts';
import { cli, cliJson, type JsonDiagnostic } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

const A = artifactPath(NAMES.assessment!);

function project(files: Record<string, string>) {
  const t = tempDir({ git: true });
  t.write('etk.config.json', '{}');
  t.write(manifestPath(), manifest());
  t.write(metadataManifestPath(), metadataManifest());
  for (const [p, c] of Object.entries(files)) t.write(p, c);
  return t;
}

async function diagnostics(files: Record<string, string>): Promise<JsonDiagnostic[]> {
  const t = project(files);
  return (await cliJson(t.dir, 'validate')).diagnostics;
}

function hintOf(ds: readonly JsonDiagnostic[], message: RegExp): string {
  const d = ds.find((x) => message.test(x.message));
  assert.ok(d, `no diagnostic matching ${message}: ${JSON.stringify(ds.map((x) => x.message))}`);
  return d.hint ?? '';
}

describe('hints that finish the job: the schema', () => {
  it('a missing enum field names its allowed values; a missing typed field its type', async () => {
    const ds = await diagnostics({ [A]: artifact('assessment').replace('priority: high\n', '').replace('evidence_count: 3\n', '').replace('status: active\n', '') });
    assert.equal(hintOf(ds, /missing required field priority/), 'add a line `priority: <value>` to the frontmatter, where <value> is one of: critical, high, medium, low');
    assert.equal(hintOf(ds, /missing required field status/), 'add a line `status: <value>` to the frontmatter, where <value> is one of: draft, active, complete, deprecated');
    assert.equal(hintOf(ds, /missing required field evidence_count/), 'add a line `evidence_count: <value>` to the frontmatter, where <value> is an integer');
  });

  it('a missing status lists the statuses the config declares', async () => {
    const t = project({ [A]: artifact('assessment').replace('status: active\n', '') });
    t.write('etk.config.json', '{"statuses": ["open", "closed"]}');
    const r = await cliJson(t.dir, 'validate');
    assert.match(hintOf(r.diagnostics, /missing required field status/), /where <value> is one of: open, closed$/);
  });

  it('an enum value that is wrong lists the allowed ones', async () => {
    const ds = await diagnostics({ [A]: artifact('assessment').replace('priority: high', 'priority: urgent') });
    assert.equal(hintOf(ds, /priority must be one of/), 'use one of: critical, high, medium, low');
  });

  it('etk validate --fix is named where it repairs: tags, a missing or unquoted ads_version, unreadable-form timestamps', async () => {
    const ds = await diagnostics({ [A]: artifact('assessment').replace('  - ocr\n', '  - Perspective Fix\n').replace('ads_version: "1.0"\n', '').replace('created: "2025-12-18T09:30:00Z"', 'created: 2025/12/18 09:30') });
    assert.match(hintOf(ds, /tags\[0\]/), /; etk validate --fix rewrites it as perspective-fix$/);
    assert.match(hintOf(ds, /missing required field ads_version/), /; etk validate --fix does this$/);
    assert.match(hintOf(ds, /^created must be/), /; etk validate --fix rewrites a date it can read/);
    const unquoted = await diagnostics({ [A]: artifact('assessment').replace('ads_version: "1.0"', 'ads_version: 1.0') });
    assert.match(hintOf(unquoted, /ads_version must be a string/), /; etk validate --fix does this$/);
  });

  it('the --fix named in a hint really repairs it', async () => {
    const t = project({ [A]: artifact('assessment').replace('  - ocr\n', '  - Perspective Fix\n').replace('ads_version: "1.0"\n', '').replace('created: "2025-12-18T09:30:00Z"', 'created: 2025/12/18 09:30') });
    t.write('etk.config.json', '{"timezone": "UTC"}');
    const r = await cli(t.dir, 'validate', '--fix');
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /✔ 3 files checked, no problems/);
  });
});

describe('hints that finish the job: YAML syntax', () => {
  const withLine = (from: string, to: string) => ({ [A]: artifact('assessment').replace(from, to) });

  it('an unquoted value holding ": " says so and gives the quoted line', async () => {
    const t = project(withLine('artifact_id: assessment-1\n', 'artifact_id: assessment-1\ntitle: Unigram: 32k vocabulary\n'));
    const r = await cli(t.dir, 'validate', '--no-frame');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /YAML syntax error: the value of title holds ": ", which YAML reads as the start of another field/);
    assert.match(r.stdout, /fix: quote the value: title: "Unigram: 32k vocabulary"\n/);
  });

  it('a tab in the indentation: the line with spaces instead', async () => {
    const ds = await diagnostics(withLine('  - ocr\n', '\t- ocr\n'));
    assert.equal(hintOf(ds, /a tab indents this line; YAML indents with spaces only/), 'indent with 2 spaces instead: `  - ocr`');
  });

  it('an unclosed quote or bracket: the line closed', async () => {
    const quote = await diagnostics(withLine('artifact_id: assessment-1\n', 'artifact_id: assessment-1\ntitle: "Unigram 32k\n'));
    assert.equal(hintOf(quote, /double-quoted value is never closed/), 'close it on this line: title: "Unigram 32k"');
    const list = await diagnostics(withLine('tags:\n  - ocr\n  - baseline\n', 'tags: [ocr, baseline\n'));
    assert.equal(hintOf(list, /list \[ is never closed/), 'close it on this line: tags: [ocr, baseline]');
  });
});

describe('hints that finish the job: file names', () => {
  const dir = A.slice(0, A.lastIndexOf('/'));

  it('a wrong name: the git mv to the EDS name, and that etk validate --fix renames it', async () => {
    const ds = await diagnostics({ [`${dir}/20251218_0930_assessment_Baseline Quality.md`]: artifact('assessment') });
    assert.equal(hintOf(ds, /file name/), `git mv -- '${dir}/20251218_0930_assessment_Baseline Quality.md' ${dir}/20251218_0930_assessment_baseline-quality.md, or etk validate --fix renames it`);
  });

  it('when the EDS name is taken, the hint suggests a free one (-2) and does not promise --fix', async () => {
    const ds = await diagnostics({
      [A]: artifact('assessment'),
      [`${dir}/20251218_0930_assessment_Baseline Quality.md`]: artifact('assessment', { id: 'assessment-2' }),
      [`${dir}/20251218_0930_assessment_baseline-quality-2.md`]: artifact('assessment', { id: 'assessment-3' }),
    });
    assert.equal(hintOf(ds, /file name/), `git mv -- '${dir}/20251218_0930_assessment_Baseline Quality.md' ${dir}/20251218_0930_assessment_baseline-quality-3.md`);
  });
});
