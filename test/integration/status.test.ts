import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXP, EXP2, NAMES, SUBDIR, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

const REPORT = artifactPath(NAMES.report!, EXP, SUBDIR.report);
const BASE_REPORT = artifactPath('20251102_1000_report_base.md', EXP2, SUBDIR.report);
const BAD = artifactPath(NAMES.assessment!);

function project() {
  const t = tempDir({ git: true });
  t.write('etk.config.json', '{}');
  t.write(manifestPath(), manifest());
  t.write(manifestPath(EXP2), manifest(EXP2).replace(/created: .*/, 'created: "2025-11-01T09:00:00Z"').replace(/updated: .*/, 'updated: "2025-11-02T09:00:00+09:00"').replace('status: active', 'status: complete'));
  // hmean has no own baseline: it comes from EXP2's latest report.
  t.write(REPORT, artifact('report', { id: 'r1' }));
  t.write(BASE_REPORT, artifact('report', { id: 'r0', exp: EXP2 }).replace('hmean: 0.91', 'hmean: 0.85').replace(/created: .*/, 'created: "2025-11-02T10:00:00Z"').replace(/updated: .*/, 'updated: "2025-11-02T10:00:00Z"').replace(/^baseline: .*\n/m, 'subtype: handoff\n'));
  t.write(BAD, artifact('assessment', { id: 'a1' }).replace('priority: high', 'priority: urgent'));
  t.git('add', '-A');
  t.git('commit', '-qm', 'corpus');
  return t;
}

describe('etk status', () => {
  it('without an index (a fresh clone): builds it and answers, saying so on stderr; --no-sync says how to build it (exit 2)', async () => {
    const t = project();
    const r = await cli(t.dir, 'status', '--no-sync');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /etk status reads the index, and there is none at data\/ops\/tracking\.db yet\n {2}fix: build it with etk sync\n/);
    const s = await cli(t.dir, 'status', '--format', 'json');
    assert.equal(s.code, 0, s.stderr);
    assert.match(s.stderr, /^etk status: built the index data\/ops\/tracking\.db \(5 files\) in \d+ ms\n$/);
    assert.deepEqual(JSON.parse(s.stdout), [
      { experiment_id: EXP, status: 'active', phase: null, updated: '2025-12-17T02:43:43Z', artifacts: 2, errors: 1, warnings: 0, name: 'Image enhancements' },
      { experiment_id: EXP2, status: 'complete', phase: null, updated: '2025-11-02T09:00:00+09:00', artifacts: 1, errors: 0, warnings: 0, name: 'Image enhancements' },
    ]);
  });

  it('one experiment: status, dates, artifacts by type, latest metrics against the baseline, open problems', async () => {
    const t = project();
    await cli(t.dir, 'sync');
    const r = await cli(t.dir, 'status', EXP, '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    assert.equal(s.status, 'active');
    assert.equal(s.created, '2025-12-17T02:43:43Z');
    assert.deepEqual(s.tags, ['ocr', 'image-processing']);
    assert.deepEqual(s.artifacts, { total: 2, by_type: { assessment: 1, report: 1 } });
    assert.deepEqual(s.metrics.map((m: { name: string; value: number; baseline: number; change: number; change_pct: number; unit: string | null }) => [m.name, m.value, m.baseline, m.change, m.change_pct, m.unit]), [
      ['hmean', 0.91, 0.85, 0.06, 7.06, null],
      ['latency_ms', 41, 45, -4, -8.89, 'ms'],
    ]);
    assert.deepEqual(s.problems.items.map((p: { file: string; line: number; rule: string }) => [p.file, p.line, p.rule]), [[BAD, 13, 'schema']]);
    assert.deepEqual([s.problems.errors, s.problems.warnings], [1, 0]);
    assert.equal(s.index.pending, 0);

    const text = await cli(t.dir, 'status', '20251217', '--format', 'table');
    assert.equal(text.code, 0);
    const out = text.stdout;
    assert.match(out, /^20251217_024343_image_enhancements {2}Image enhancements\n {2}status {5}active\n/);
    assert.match(out, / {2}artifacts {2}2: 1 assessment, 1 report\n/);
    assert.ok(out.includes('\n  latest metrics\n    metric      value  baseline  change\n    hmean        0.91      0.85   +0.06  (+7.06%)\n    latency_ms  41 ms        45      -4  (-8.89%)\n'), out);
    assert.match(out, /problems: 1 error, 0 warnings\n {4}.*20251218_0930_assessment_baseline-quality\.md:13:11 {2}error {4}priority must be one of critical, high, medium, low \(found "urgent"\) {2}schema\n/);
  });

  it('with --no-sync says when the index is behind the work tree (stderr); by default it brings it up to date first', async () => {
    const t = project();
    await cli(t.dir, 'sync');
    writeFileSync(join(t.dir, BAD), artifact('assessment', { id: 'a1' }));
    const r = await cli(t.dir, 'status', '--no-sync', '--format', 'csv');
    assert.equal(r.code, 0);
    assert.match(r.stderr, /the index is behind the work tree by 1 file \(last sync .*\); run etk sync, or etk status without --no-sync/);
    assert.match(r.stdout, /^experiment_id,status,phase,updated,artifacts,errors,warnings,name\r\n20251217_024343_image_enhancements,active,,2025-12-17T02:43:43Z,2,1,0,Image enhancements\r\n/, 'the index as it was');
    const s = await cli(t.dir, 'status', '--format', 'csv');
    assert.equal(s.stderr, '');
    assert.match(s.stdout, /\r\n20251217_024343_image_enhancements,active,,2025-12-17T02:43:43Z,2,0,0,Image enhancements\r\n/);
  });

  it('an unknown or ambiguous id, or csv for one experiment: exit 2', async () => {
    const t = project();
    await cli(t.dir, 'sync');
    const unknown = await cli(t.dir, 'status', '20251217_024343_image_enhancement5');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no experiment "20251217_024343_image_enhancement5" in the index \(did you mean "20251217_024343_image_enhancements"\?\)/);
    assert.equal((await cli(t.dir, 'status', '2025')).code, 2);
    assert.equal((await cli(t.dir, 'status', EXP, '--format', 'csv')).code, 2);
  });
});
