import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { EXP, NAMES, ROOT, SUBDIR, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

const DB = 'data/ops/tracking.db';
const REPORT = artifactPath(NAMES.report!, EXP, SUBDIR.report);
// The same file stem in another folder of the same experiment: `<experiment>/<stem>` collided.
const SAME_STEM = `${ROOT}/${EXP}/artifacts/${NAMES.report!}`;
// A second file declaring the report's artifact_id.
const SAME_ID = artifactPath('20251218_0931_report_second-look.md', EXP, SUBDIR.report);

function repo(): TempDir {
  const t = tempDir({ git: true });
  t.write('etk.config.json', '{}');
  t.write('.gitignore', 'data/\n');
  t.write(manifestPath(), manifest(EXP));
  t.write(REPORT, artifact('report', { id: 'r-shared' }));
  t.write(SAME_STEM, artifact('report', { id: 'r-other' }));
  t.write(SAME_ID, artifact('report', { id: 'r-shared' }));
  t.git('add', '-A');
  t.git('commit', '-qm', 'colliding ids');
  return t;
}

function rows(t: TempDir, sql: string): Record<string, unknown>[] {
  const db = new DatabaseSync(join(t.dir, DB), { readOnly: true });
  try {
    return db.prepare(sql).all().map((r) => ({ ...r }));
  } finally {
    db.close();
  }
}

const under = (p: string) => p.slice(ROOT.length + 1);

describe('artifact identity: one unique id per file', () => {
  it('colliding derived and declared ids: artifact_id is the path under the root, joins return one row per file', async () => {
    const t = repo();
    const r = await cli(t.dir, 'sync');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(rows(t, 'SELECT artifact_id, declared_artifact_id FROM artifacts WHERE type = \'report\' ORDER BY artifact_id'), [
      { artifact_id: under(REPORT), declared_artifact_id: 'r-shared' },
      { artifact_id: under(SAME_ID), declared_artifact_id: 'r-shared' },
      { artifact_id: under(SAME_STEM), declared_artifact_id: 'r-other' },
    ].sort((a, b) => (a.artifact_id < b.artifact_id ? -1 : 1)));
    // Each report has 2 tags and 2 metrics: a join on artifact_id that fanned out would give 4 or more per file.
    assert.deepEqual(
      rows(t, `SELECT a.file_path, COUNT(*) AS n FROM artifacts a JOIN tags t ON t.artifact_id = a.artifact_id WHERE a.type = 'report' GROUP BY a.file_path ORDER BY 1`),
      [REPORT, SAME_ID, SAME_STEM].sort().map((file_path) => ({ file_path, n: 2 })),
    );
    assert.deepEqual(
      rows(t, `SELECT a.file_path, COUNT(*) AS n FROM artifacts a JOIN metric_values m ON m.artifact_id = a.artifact_id JOIN artifact_metadata md ON md.artifact_id = a.artifact_id GROUP BY a.file_path ORDER BY 1`),
      [REPORT, SAME_ID, SAME_STEM].sort().map((file_path) => ({ file_path, n: 2 })),
    );
    assert.deepEqual(rows(t, 'SELECT COUNT(*) AS n FROM metrics m JOIN artifacts a USING (artifact_id)'), [{ n: 6 }]);
    // The declared duplicate stays a diagnostic, on both files.
    assert.deepEqual(
      rows(t, "SELECT file FROM diagnostics WHERE rule = 'duplicate-artifact-id' ORDER BY 1").map((x) => x.file),
      [REPORT, SAME_ID].sort(),
    );
  });

  it('etk query and etk search show the unique id; --where declared_id finds files by the id they declare', async () => {
    const t = repo();
    assert.equal((await cli(t.dir, 'sync', '-q')).code, 0);
    const q = await cli(t.dir, 'query', 'artifacts', '--where', 'declared_id = r-shared', '--sort', 'id', '--format', 'json');
    assert.equal(q.code, 0, q.stderr);
    const listed = JSON.parse(q.stdout) as Record<string, unknown>[];
    assert.deepEqual(listed.map((x) => [x.artifact_id, x.declared_artifact_id]), [[under(REPORT), 'r-shared'], [under(SAME_ID), 'r-shared']]);
    const s = await cli(t.dir, 'search', 'perspective', '--type', 'report', '--format', 'json');
    assert.equal(s.code, 0, s.stderr);
    assert.deepEqual((JSON.parse(s.stdout) as Record<string, unknown>[]).map((x) => x.artifact_id).sort(), [REPORT, SAME_ID, SAME_STEM].map(under).sort());
  });

  it('removing one of two declared duplicates clears the other\'s error; the ids of the rest do not change', async () => {
    const t = repo();
    assert.equal((await cli(t.dir, 'sync', '-q')).code, 0);
    const before = rows(t, 'SELECT file_path, artifact_id FROM artifacts ORDER BY 1');
    t.git('rm', '-q', SAME_ID);
    t.git('commit', '-qm', 'drop the duplicate');
    assert.equal((await cli(t.dir, 'sync', '-q')).code, 0);
    assert.deepEqual(rows(t, "SELECT file FROM diagnostics WHERE rule = 'duplicate-artifact-id'"), []);
    assert.deepEqual(rows(t, 'SELECT file_path, artifact_id FROM artifacts ORDER BY 1'), before.filter((x) => x.file_path !== SAME_ID));
  });
});
