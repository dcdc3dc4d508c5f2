import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXP, EXP2, NAMES, ROOT, SUBDIR, artifact, artifactPath, manifest, manifestPath, metadataManifest, metadataManifestPath } from '../helpers/corpus.ts';
import { cliJson } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

/**
 * Each case is one defect: the file it lives in, the exit code of `etk validate`, and the exact
 * diagnostics of that file as [rule, line, column]. Line numbers count from the builders in
 * test/helpers/corpus.ts: 1 `---`, 2 ads_version, 3 type, 4 experiment_id, 5 status, 6 created,
 * 7 updated, 8 tags:, 9-10 tag items, 11 artifact_id, 12.. the type's own fields.
 */
interface Case {
  name: string;
  files: Record<string, string | Uint8Array>;
  target: string;
  config?: object;
  code: number;
  expect: [rule: string, line: number, column: number][];
  message?: string;
}

const A = artifactPath(NAMES.assessment!);
const R = artifactPath(NAMES.report!, EXP, SUBDIR.report);
const G = artifactPath(NAMES.guide!, EXP, SUBDIR.guide);
const assess = (from: string, to: string) => artifact('assessment').replace(from, to);
const report = (from: string, to: string) => artifact('report').replace(from, to);

const cases: Case[] = [
  { name: 'enum value not allowed', files: { [A]: assess('priority: high', 'priority: urgent') }, target: A, code: 1, expect: [['schema', 13, 11]], message: 'priority must be one of critical, high, medium, low (found "urgent")' },
  { name: 'required field missing', files: { [A]: assess('evidence_count: 3\n', '') }, target: A, code: 1, expect: [['schema', 1, 1]], message: 'missing required field evidence_count (required for type assessment)' },
  { name: 'phase out of range', files: { [A]: assess('phase: phase_1', 'phase: phase_9') }, target: A, code: 1, expect: [['schema', 12, 8]], message: 'phase must be one of phase_0, phase_1, phase_2, phase_3, phase_4' },
  { name: 'negative evidence_count', files: { [A]: assess('evidence_count: 3', 'evidence_count: -1') }, target: A, code: 1, expect: [['schema', 14, 17]], message: 'evidence_count must be >= 0 (found -1)' },
  { name: 'fractional evidence_count', files: { [A]: assess('evidence_count: 3', 'evidence_count: 2.5') }, target: A, code: 1, expect: [['schema', 14, 17]], message: 'evidence_count must be an integer (found 2.5, a number)' },
  { name: 'unquoted ads_version becomes a number', files: { [A]: assess('ads_version: "1.0"', 'ads_version: 1.0') }, target: A, code: 1, expect: [['schema', 2, 14]], message: 'ads_version must be a string (found 1.0, an integer)' },
  { name: 'ads_version not MAJOR.MINOR', files: { [A]: assess('ads_version: "1.0"', 'ads_version: "v1"') }, target: A, code: 1, expect: [['schema', 2, 14]], message: 'ads_version must be a MAJOR.MINOR version string (found "v1")' },
  { name: 'status not in the set', files: { [A]: assess('status: active', 'status: wip') }, target: A, code: 1, expect: [['schema', 5, 9]], message: 'status must be one of draft, active, complete, deprecated (found "wip")' },
  { name: 'unquoted date without time stays a string: midnight, valid', files: { [A]: assess('created: "2025-12-18T09:30:00Z"', 'created: 2025-12-18') }, target: A, code: 0, expect: [] },
  { name: 'strict profile: a date alone is not RFC 3339', files: { [A]: assess('created: "2025-12-18T09:30:00Z"', 'created: 2025-12-18') }, config: { profile: 'strict' }, target: A, code: 1, expect: [['schema', 6, 10]], message: 'created must be an RFC 3339 date-time with offset (found "2025-12-18")' },
  { name: "the spec's own timestamp form", files: { [A]: assess('created: "2025-12-18T09:30:00Z"', 'created: 2025-12-18 09:30 (KST)') }, target: A, code: 0, expect: [] },
  { name: 'a zone abbreviation etk does not know', files: { [A]: assess('created: "2025-12-18T09:30:00Z"', 'created: 2025-12-18 09:30 (XYZ)') }, target: A, code: 0, expect: [['timestamp-offset', 6, 10]], message: 'the zone "XYZ" is not one etk knows' },
  { name: 'date-time without offset: a warning', files: { [A]: assess('created: "2025-12-18T09:30:00Z"', 'created: "2025-12-18T09:30:00"') }, target: A, code: 0, expect: [['timestamp-offset', 6, 10]], message: 'created has no time zone' },
  { name: 'strict profile: date-time without offset is an error', files: { [A]: assess('created: "2025-12-18T09:30:00Z"', 'created: "2025-12-18T09:30:00"') }, config: { profile: 'strict' }, target: A, code: 1, expect: [['schema', 6, 10], ['timestamp-offset', 6, 10]] },
  { name: 'impossible month', files: { [A]: assess('created: "2025-12-18T09:30:00Z"', 'created: "2025-13-18T09:30:00Z"') }, target: A, code: 1, expect: [['schema', 6, 10]] },
  { name: 'updated before created', files: { [A]: assess('updated: "2025-12-18T10:00:00Z"', 'updated: "2025-12-17T10:00:00Z"') }, target: A, code: 0, expect: [['updated-before-created', 7, 10]] },
  { name: 'tag with capitals and a space', files: { [A]: assess('  - baseline', '  - Bad Tag') }, target: A, code: 1, expect: [['schema', 10, 5]], message: 'tags[1] must be lowercase letters, digits and hyphens (found "Bad Tag")' },
  { name: 'duplicate tag points at the repeat (strict profile)', files: { [A]: assess('  - baseline', '  - ocr') }, config: { profile: 'strict' }, target: A, code: 1, expect: [['schema', 10, 5]], message: 'tags lists "ocr" twice' },
  { name: 'tags is a string, not a list', files: { [A]: assess('tags:\n  - ocr\n  - baseline\n', 'tags: ocr\n') }, target: A, code: 1, expect: [['schema', 8, 7]], message: 'tags must be a list' },
  { name: 'experiment_id differs from the folder', files: { [A]: assess(`experiment_id: ${EXP}`, `experiment_id: ${EXP2}`) }, target: A, code: 0, expect: [['experiment-id-mismatch', 4, 16]] },
  { name: 'experiment_id malformed', files: { [A]: assess(`experiment_id: ${EXP}`, 'experiment_id: exp1') }, target: A, code: 1, expect: [['schema', 4, 16]] },
  { name: 'unknown type with a suggestion', files: { [A]: assess('type: assessment', 'type: asessment') }, target: A, code: 1, expect: [['unknown-type', 3, 7]], message: 'did you mean assessment?' },
  { name: 'type missing', files: { [A]: assess('type: assessment\n', '') }, target: A, code: 1, expect: [['schema', 1, 1]], message: 'missing required field type' },
  { name: 'file name type differs from type', files: { [artifactPath('20251218_0930_report_baseline-quality.md')]: artifact('assessment') }, target: artifactPath('20251218_0930_report_baseline-quality.md'), code: 0, expect: [['type-mismatch', 3, 7]] },
  { name: 'camelCase slug', files: { [artifactPath('20251218_0930_assessment_baselineQuality.md')]: artifact('assessment') }, target: artifactPath('20251218_0930_assessment_baselineQuality.md'), code: 1, expect: [['file-name', 1, 1]], message: 'camelCase' },
  { name: 'ALL-CAPS name', files: { [artifactPath('BASELINE_QUALITY.md')]: artifact('assessment') }, target: artifactPath('BASELINE_QUALITY.md'), code: 1, expect: [['file-name', 1, 1]] },
  { name: 'space in the slug', files: { [artifactPath('20251218_0930_assessment_baseline quality.md')]: artifact('assessment') }, target: artifactPath('20251218_0930_assessment_baseline quality.md'), code: 1, expect: [['file-name', 1, 1]], message: 'spaces' },
  { name: 'slug over 50 characters', files: { [artifactPath(`20251218_0930_assessment_${'a'.repeat(51)}.md`)]: artifact('assessment') }, target: artifactPath(`20251218_0930_assessment_${'a'.repeat(51)}.md`), code: 1, expect: [['file-name', 1, 1]], message: '51 characters' },
  { name: 'impossible date in the name', files: { [artifactPath('20251340_0930_assessment_x.md')]: artifact('assessment') }, target: artifactPath('20251340_0930_assessment_x.md'), code: 1, expect: [['file-name', 1, 1]], message: 'not a real date' },
  { name: 'artifact at the experiment root', files: { [`${ROOT}/${EXP}/${NAMES.assessment}`]: artifact('assessment') }, target: `${ROOT}/${EXP}/${NAMES.assessment}`, code: 1, expect: [['placement', 1, 1]] },
  { name: 'a README.md is exempt from artifact rules, whatever it holds', files: { [manifestPath()]: artifact('assessment') }, target: manifestPath(), code: 0, expect: [] },
  { name: 'no frontmatter', files: { [A]: '# Just a heading\n' }, target: A, code: 1, expect: [['frontmatter-missing', 1, 1]] },
  { name: 'frontmatter never closed', files: { [A]: '---\nads_version: "1.0"\n# heading\n' }, target: A, code: 1, expect: [['frontmatter-unclosed', 1, 1]] },
  { name: 'empty frontmatter', files: { [A]: '---\n---\n# x\n' }, target: A, code: 1, expect: [['frontmatter-empty', 1, 1]] },
  { name: 'comment-only frontmatter', files: { [A]: '---\n# nothing\n---\n# x\n' }, target: A, code: 1, expect: [['frontmatter-empty', 1, 1]] },
  { name: 'JavaScript frontmatter is refused, not evaluated', files: { [A]: '---js\n{ title: (() => { throw new Error("evaluated") })() }\n---\n' }, target: A, code: 1, expect: [['frontmatter-language', 1, 4]] },
  { name: 'YAML syntax error (unclosed quote)', files: { [A]: assess('status: active', 'status: "active') }, target: A, code: 1, expect: [['yaml-syntax', 5, 9]], message: 'this double-quoted value is never closed' },
  { name: 'YAML syntax error (bad indentation)', files: { [A]: assess('  - baseline', ' - baseline') }, target: A, code: 1, expect: [['yaml-syntax', 10, 1]] },
  { name: 'duplicate key', files: { [A]: assess('evidence_count: 3\n', 'evidence_count: 3\npriority: low\n') }, target: A, code: 1, expect: [['yaml-duplicate-key', 15, 1]] },
  { name: 'alias bomb', files: { [A]: assess('evidence_count: 3\n', 'evidence_count: 3\n' + 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n') }, target: A, code: 1, expect: [['yaml-alias-limit', 16, 8]] },
  { name: 'frontmatter is a list', files: { [A]: '---\n- a\n- b\n---\n' }, target: A, code: 1, expect: [['frontmatter-not-mapping', 2, 1]] },
  { name: 'NUL byte: binary file', files: { [A]: Buffer.concat([Buffer.from('---\nads_version: "1.0"\nx: '), Buffer.from([0]), Buffer.from('\n---\n')]) }, target: A, code: 1, expect: [['binary', 3, 4]] },
  { name: 'Latin-1 byte: not UTF-8', files: { [A]: Buffer.concat([Buffer.from(artifact('assessment').split('# A assessment')[0]! + '# Caf'), Buffer.from([0xe9]), Buffer.from('\nmore\n')]) }, target: A, code: 1, expect: [['encoding', 16, 6]], message: 'byte 0xe9' },
  { name: 'file over the size limit', config: { maxFileSize: 1000 }, files: { [A]: assess('# A assessment', `# A assessment\n${'x'.repeat(2000)}`) }, target: A, code: 1, expect: [['file-too-large', 1, 1]] },
  { name: 'BOM is a warning, the file is still read', files: { [A]: `\uFEFF${artifact('assessment')}` }, target: A, code: 0, expect: [['bom', 1, 1]] },
  { name: 'CRLF line endings are a warning', files: { [A]: artifact('assessment').replace(/\n/g, '\r\n') }, target: A, code: 0, expect: [['line-endings', 1, 4]] },
  { name: 'duplicate artifact_id across files', files: { [A]: artifact('assessment', { id: 'same-id' }), [G]: artifact('guide', { id: 'same-id' }) }, target: A, code: 0, expect: [['duplicate-artifact-id', 11, 14]] },
  { name: 'baseline experiment does not exist', files: { [R]: report(`baseline: ${EXP2}`, 'baseline: 20240101_000000_nowhere') }, target: R, code: 0, expect: [['baseline-missing', 18, 11]] },
  { name: 'typo in a key: did you mean', files: { [A]: assess('priority: high', 'priorty: high') }, target: A, code: 1, expect: [['schema', 1, 1], ['unknown-key', 13, 1]], message: 'did you mean priority?' },
  { name: 'metric that is not a number', files: { [R]: report('hmean: 0.91', 'hmean: high') }, target: R, code: 0, expect: [['metric-value', 13, 10]], message: 'metric hmean is not a number nor {value: number}' },
  { name: 'metric object without value', files: { [R]: report('    value: 41\n', '') }, target: R, code: 0, expect: [['metric-value', 15, 5]], message: 'metric latency_ms is not a number' },
  { name: 'comparison not allowed', files: { [R]: report('comparison: improvement', 'comparison: better') }, target: R, code: 1, expect: [['schema', 19, 13]] },
  { name: 'guide with no commands', files: { [G]: artifact('guide').replace('commands:\n  - python train.py\n', 'commands: []\n') }, target: G, code: 1, expect: [['schema', 12, 11]], message: 'commands must have at least 1 item' },
  { name: 'experiment folder is not an id', files: { [`${ROOT}/image-stuff/README.md`]: manifest('20251217_024343_image_enhancements') }, target: `${ROOT}/image-stuff/README.md`, code: 0, expect: [['experiment-folder', 1, 1]] },
  { name: 'manifest without name', files: { [manifestPath(EXP2)]: manifest(EXP2).replace('name: Image enhancements\n', '') }, target: manifestPath(EXP2), code: 1, expect: [['schema', 1, 1]], message: 'missing required field name (required for type experiment_manifest)' },
];

describe('etk validate: one defect at a time, exact positions', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const t = tempDir();
      t.write('etk.config.json', JSON.stringify(c.config ?? {}));
      t.write(manifestPath(), manifest());
      t.write(manifestPath(EXP2), manifest(EXP2));
      t.write(metadataManifestPath(), metadataManifest());
      t.write(metadataManifestPath(EXP2), metadataManifest(EXP2));
      for (const [path, content] of Object.entries(c.files)) t.write(path, content);
      const { code, diagnostics } = await cliJson(t.dir, 'validate');
      const mine = diagnostics.filter((d) => d.file === c.target);
      const others = diagnostics.filter((d) => d.file !== c.target && !Object.hasOwn(c.files, d.file));
      assert.deepEqual(others, [], 'only the defective file has problems');
      assert.deepEqual(mine.map((d) => [d.rule, d.line, d.column]), c.expect, JSON.stringify(mine, null, 1));
      assert.equal(code, c.code);
      if (c.message) assert.ok(mine.some((d) => d.message.includes(c.message!)), `a message includes ${c.message}: ${mine.map((d) => d.message).join(' | ')}`);
      for (const d of mine) {
        assert.ok(d.hint && d.hint.length > 0, `every diagnostic says how to fix it (${d.rule})`);
      }
    });
  }
  it('has at least 30 distinct defects', () => {
    assert.ok(cases.length >= 30);
    assert.equal(new Set(cases.map((c) => c.name)).size, cases.length);
  });
});
