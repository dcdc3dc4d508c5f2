import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { EXP, NAMES, ROOT, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { dumpDb } from '../helpers/gitScenario.ts';
import { cli, type JsonDiagnostic } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

const ONLY_MANIFEST = '20251201_100000_only_manifest';
const ONLY_STATE = '20251202_100000_only_state';
const ONLY_README = '20251203_100000_only_readme';
const ALL = '20251204_100000_all_three';
const BROKEN = '20251205_100000_broken_json';

const at = (exp: string, file: string) => `${ROOT}/${exp}/${file}`;

function corpus() {
  const t = tempDir({ git: true });
  t.write('etk.config.json', '{}');
  // EXP: a README manifest and a report whose baseline is the experiment that has only state.json.
  t.write(manifestPath(), manifest());
  t.write(artifactPath(NAMES.report!, EXP, 'reports'), artifact('report', { id: 'r1' }).replace(/^baseline: .*$/m, `baseline: ${ONLY_STATE}`));
  t.write(at(ONLY_MANIFEST, 'manifest.json'), JSON.stringify({ experiment_id: ONLY_MANIFEST, title: 'From manifest.json', status: 'paused', intention: 'Try a lighter detector', created_at: '2025-12-01T10:00:00+09:00' }, null, 2));
  t.write(at(ONLY_STATE, 'state.json'), JSON.stringify({ id: ONLY_STATE, timestamp: '2025-12-02 10:00 (KST)', type: 'perf', intention: 'Measure latency', status: 'incomplete', phase: 'phase_2' }, null, 2));
  t.write(manifestPath(ONLY_README), manifest(ONLY_README).replace('name: Image enhancements', 'name: From the README'));
  t.write(manifestPath(ALL), manifest(ALL).replace('name: Image enhancements', 'name: README name').replace('status: active', 'status: active\nphase: phase_0').replace('updated: "2025-12-17T02:43:43Z"', 'updated: "2025-12-04T01:00:00Z"'));
  t.write(at(ALL, 'manifest.json'), JSON.stringify({ name: 'manifest.json name', status: 'active', phase: 'phase_1', description: 'from manifest.json', updated_at: '2025-12-05T00:00:00Z' }));
  t.write(at(ALL, '.metadata/manifest.json'), JSON.stringify({ experiment_id: ALL, name: '.metadata name', created: '2025-12-04T10:00:00Z', updated: '2025-12-06T00:00:00Z', phase: 'phase_2', status: 'active', success_rate: 0.5, goal: 'from .metadata/manifest.json' }));
  t.write(at(ALL, 'state.json'), JSON.stringify({ id: ALL, name: 'state name', status: 'complete', phase: 'phase_3', updated: '2025-12-07T09:00:00+09:00' }));
  t.write(manifestPath(BROKEN), manifest(BROKEN).replace('name: Image enhancements', 'name: Broken JSON, README still read'));
  t.write(at(BROKEN, 'state.json'), '{\n  "status": "active",\n  "phase": "phase_1"\n  "updated": "2025-12-05T00:00:00Z"\n}\n');
  t.git('add', '-A');
  t.git('commit', '-qm', 'corpus');
  return t;
}

type Row = Record<string, unknown>;
async function experiments(dir: string): Promise<Map<string, Row>> {
  const r = await cli(dir, 'query', 'experiments', '--format', 'json');
  assert.equal(r.code, 0, r.stderr);
  return new Map((JSON.parse(r.stdout) as Row[]).map((e) => [e.experiment_id as string, e]));
}

function view(dir: string, id: string): Row {
  const db = new DatabaseSync(join(dir, 'data/ops/tracking.db'), { readOnly: true });
  try {
    return db.prepare('SELECT * FROM experiments WHERE experiment_id = ?').get(id) as Row;
  } finally {
    db.close();
  }
}

describe('experiment metadata from manifest.json, .metadata/manifest.json, state.json and README.md', () => {
  it('each source alone gives name, status and phase; conflicting sources merge by the documented precedence', async () => {
    const t = corpus();
    const s = await cli(t.dir, 'sync');
    assert.equal(s.code, 0, s.stderr);
    const e = await experiments(t.dir);
    assert.deepEqual([e.get(ONLY_MANIFEST)?.name, e.get(ONLY_MANIFEST)?.status, e.get(ONLY_MANIFEST)?.created_at], ['From manifest.json', 'paused', '2025-12-01 01:00:00']);
    assert.equal(view(t.dir, ONLY_MANIFEST).description, 'Try a lighter detector');
    assert.deepEqual([e.get(ONLY_STATE)?.name, e.get(ONLY_STATE)?.status, e.get(ONLY_STATE)?.phase, e.get(ONLY_STATE)?.created_at], [ONLY_STATE, 'incomplete', 'phase_2', '2025-12-02 01:00:00']);
    assert.deepEqual([e.get(ONLY_README)?.name, e.get(ONLY_README)?.status], ['From the README', 'active']);
    // Descriptive facts: README first; live facts: state.json first.
    const all = view(t.dir, ALL);
    assert.deepEqual(
      { name: all.name, description: all.description, created: all.created, status: all.status, phase: all.phase, updated: all.updated, updated_at: all.updated_at },
      { name: 'README name', description: 'from .metadata/manifest.json', created: '2025-12-17T02:43:43Z', status: 'complete', phase: 'phase_3', updated: '2025-12-07T09:00:00+09:00', updated_at: '2025-12-07 00:00:00' },
    );
    assert.equal(all.metadata_sources, 'README.md, .metadata/manifest.json, manifest.json, state.json');

    const st = await cli(t.dir, 'status', ALL, '--format', 'json');
    const one = JSON.parse(st.stdout) as Row;
    assert.deepEqual([one.name, one.status, one.phase, one.updated], ['README name', 'complete', 'phase_3', '2025-12-07T09:00:00+09:00']);
    const list = await cli(t.dir, 'status', '--format', 'json');
    const rows = new Map((JSON.parse(list.stdout) as Row[]).map((r) => [r.experiment_id, r]));
    assert.deepEqual([rows.get(ONLY_STATE)?.status, rows.get(ONLY_STATE)?.phase, rows.get(ONLY_STATE)?.artifacts], ['incomplete', 'phase_2', 0], 'metadata files are not artifacts');
  });

  it('a malformed JSON file is a metadata-json error at its line and column; the sync succeeds and the README still counts', async () => {
    const t = corpus();
    const s = await cli(t.dir, 'sync');
    assert.equal(s.code, 0, s.stderr);
    const broken = view(t.dir, BROKEN);
    assert.deepEqual([broken.name, broken.status, broken.phase], ['Broken JSON, README still read', 'active', null]);
    const v = await cli(t.dir, 'validate', '--format', 'json');
    const found = (JSON.parse(v.stdout) as JsonDiagnostic[]).filter((d) => d.rule === 'metadata-json');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.file, at(BROKEN, 'state.json'));
    assert.equal(found[0]!.line, 4, 'the line of the missing comma');
    assert.equal(found[0]!.column, 3);
    assert.equal(found[0]!.severity, 'error');
    const db = new DatabaseSync(join(t.dir, 'data/ops/tracking.db'), { readOnly: true });
    const stored = db.prepare("SELECT line, \"column\", severity FROM file_diagnostics WHERE rule = 'metadata-json'").all();
    db.close();
    assert.deepEqual(stored.map((r) => ({ ...r })), [{ line: 4, column: 3, severity: 'error' }], 'validate and sync agree');
  });

  it('a baseline naming an experiment that has only state.json exists: no baseline-missing', async () => {
    const t = corpus();
    const v = await cli(t.dir, 'validate', '--format', 'json');
    assert.equal((JSON.parse(v.stdout) as JsonDiagnostic[]).filter((d) => d.rule === 'baseline-missing').length, 0);
    const one = await cli(t.dir, 'validate', artifactPath(NAMES.report!, EXP, 'reports'), '--format', 'json');
    assert.equal((JSON.parse(one.stdout) as JsonDiagnostic[]).filter((d) => d.rule === 'baseline-missing').length, 0, 'judged alone (the catalog scan) too');
    await cli(t.dir, 'sync');
    const db = new DatabaseSync(join(t.dir, 'data/ops/tracking.db'), { readOnly: true });
    assert.equal((db.prepare("SELECT COUNT(*) AS n FROM file_diagnostics WHERE rule = 'baseline-missing'").get() as { n: number }).n, 0);
    db.close();
    // Removing that experiment's only file removes the experiment: now the baseline is missing.
    t.git('rm', '-q', at(ONLY_STATE, 'state.json'));
    await cli(t.dir, 'sync');
    const after = new DatabaseSync(join(t.dir, 'data/ops/tracking.db'), { readOnly: true });
    assert.equal((after.prepare("SELECT COUNT(*) AS n FROM file_diagnostics WHERE rule = 'baseline-missing'").get() as { n: number }).n, 1);
    after.close();
  });

  it('deleting manifest.json: the incremental sync clears its facts and equals a rebuild', async () => {
    const t = corpus();
    await cli(t.dir, 'sync');
    assert.equal(view(t.dir, ONLY_MANIFEST).name, 'From manifest.json');
    rmSync(join(t.dir, at(ONLY_MANIFEST, 'manifest.json')));
    t.write(at(ALL, 'state.json'), JSON.stringify({ status: 'active' }));
    const s = await cli(t.dir, 'sync');
    assert.equal(s.code, 0, s.stderr);
    assert.equal(view(t.dir, ONLY_MANIFEST), undefined, 'no file left: no experiment');
    const all = view(t.dir, ALL);
    assert.deepEqual([all.status, all.phase], ['active', 'phase_2'], 'state.json now has no phase: .metadata/manifest.json is next');
    const incremental = dumpDb(join(t.dir, 'data/ops/tracking.db'));
    await cli(t.dir, 'sync', '--force');
    assert.equal(dumpDb(join(t.dir, 'data/ops/tracking.db')), incremental);
  });

  it('experiment-level rules: metadata-folder at the README (validate and sync agree), manifest-fields at .metadata/manifest.json', async () => {
    const t = corpus();
    t.write(at(ONLY_README, '.metadata/manifest.json'), '\n  {"experiment_id": "x", "status": "active"}\n');
    const v = await cli(t.dir, 'validate', '--format', 'json');
    const diags = JSON.parse(v.stdout) as JsonDiagnostic[];
    const folder = diags.filter((d) => d.rule === 'metadata-folder').map((d) => [d.file, d.line, d.severity]).sort();
    assert.deepEqual(folder, [
      [at(ONLY_MANIFEST, 'manifest.json'), 1, 'warning'],
      [at(ONLY_STATE, 'state.json'), 1, 'warning'],
      [manifestPath(BROKEN), 1, 'warning'],
    ]);
    const fields = diags.filter((d) => d.rule === 'manifest-fields');
    assert.deepEqual(fields.map((d) => [d.file, d.line, d.column, d.severity]), [[at(ONLY_README, '.metadata/manifest.json'), 2, 3, 'warning']]);
    assert.match(fields[0]!.message, /lacks fields EDS v1\.0 requires: created, updated, phase, success_rate/);
    await cli(t.dir, 'sync');
    const db = new DatabaseSync(join(t.dir, 'data/ops/tracking.db'), { readOnly: true });
    const stored = (db.prepare("SELECT file_path, line, severity FROM file_diagnostics WHERE rule = 'metadata-folder' ORDER BY file_path").all() as { file_path: string; line: number; severity: string }[]).map((r) => [r.file_path, r.line, r.severity]);
    db.close();
    assert.deepEqual(stored, folder);
    // Adding a .metadata/ file to an experiment clears its finding in the next (incremental) sync.
    t.write(at(ONLY_STATE, '.metadata/manifest.json'), JSON.stringify({ experiment_id: ONLY_STATE, created: '2025-12-02', updated: '2025-12-02', phase: 'p', status: 'active', success_rate: 1 }));
    await cli(t.dir, 'sync');
    const again = new DatabaseSync(join(t.dir, 'data/ops/tracking.db'), { readOnly: true });
    const left = (again.prepare("SELECT file_path FROM file_diagnostics WHERE rule IN ('metadata-folder', 'manifest-fields') ORDER BY file_path").all() as { file_path: string }[]).map((r) => r.file_path);
    again.close();
    assert.deepEqual(left, [manifestPath(BROKEN), at(ONLY_MANIFEST, 'manifest.json'), at(ONLY_README, '.metadata/manifest.json')].sort());
    const incremental = dumpDb(join(t.dir, 'data/ops/tracking.db'));
    await cli(t.dir, 'sync', '--force');
    assert.equal(dumpDb(join(t.dir, 'data/ops/tracking.db')), incremental);
  });
});
