import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { EXP, artifact, artifactPath, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir, type TempDir } from '../helpers/tempRepo.ts';

/*
 * etk search over a real index: English word forms (Porter stems), Korean words with particles,
 * accented and Cyrillic words, prefixes and phrases. Each file says one thing, so each search's
 * answer is known.
 */
const FILES: Record<string, string> = {
  english: '# Distortion\n\nThe corrections were evaluated while running the detector twice.\n',
  korean: '# 오늘의 기록\n\n오늘 실험을 진행했다. 결과는 좋았다.\n',
  accented: '# Notes\n\nThe café résumé lists the naïve baseline.\n',
  russian: '# Заметки\n\nЭксперимент проведён на новых данных.\n',
  calibration: '# Camera\n\nCalibrations of the camera drift.\n',
};
const path = (name: string) => artifactPath(`20251218_0930_assessment_${name}.md`);

let t: TempDir;
before(async () => {
  t = tempDir({ git: true });
  t.write('etk.config.json', '{}');
  t.write('.gitignore', 'data/\n');
  t.write(manifestPath(), manifest(EXP));
  for (const [name, body] of Object.entries(FILES)) t.write(path(name), artifact('assessment', { id: `a-${name}`, body }));
  t.git('add', '-A');
  t.git('commit', '-qm', 'corpus');
  const r = await cli(t.dir, 'sync', '-q');
  assert.equal(r.code, 0, r.stderr);
});

async function search(...argv: string[]): Promise<{ files: string[]; snippets: string[] }> {
  const r = await cli(t.dir, 'search', ...argv, '--format', 'json');
  assert.equal(r.code, 0, `${argv.join(' ')}: ${r.stderr}`);
  const rows = JSON.parse(r.stdout) as { file_path: string; snippet: string }[];
  const names = Object.fromEntries(Object.keys(FILES).map((n) => [path(n), n]));
  return { files: rows.map((x) => names[x.file_path] ?? x.file_path).sort(), snippets: rows.map((x) => x.snippet) };
}

describe('etk search: word forms and scripts', () => {
  it('English word forms: correct finds corrections, evaluate evaluated, run running', async () => {
    assert.deepEqual((await search('correct')).files, ['english']);
    assert.deepEqual((await search('evaluate')).files, ['english']);
    assert.deepEqual((await search('run')).files, ['english']);
    assert.deepEqual((await search('calibration')).files, ['calibration']);
    assert.deepEqual((await search('correct')).snippets, ['# Distortion The **corrections** were evaluated while running the detector twice.'], 'the word as written is marked');
  });
  it('a Korean word finds the word with a particle (실험 in 실험을), a phrase of such words too', async () => {
    const r = await search('실험');
    assert.deepEqual(r.files, ['korean']);
    assert.match(r.snippets[0]!, /오늘 \*\*실험을\*\* 진행했다/);
    assert.deepEqual((await search('진행')).files, ['korean']);
    assert.deepEqual((await search('"실험 진행"')).files, ['korean']);
    assert.deepEqual((await search('"진행 실험"')).files, [], 'the phrase keeps its order');
  });
  it('accents are folded both ways; Cyrillic words match as written', async () => {
    assert.deepEqual((await search('cafe resume')).files, ['accented']);
    assert.deepEqual((await search('naive')).files, ['accented']);
    assert.deepEqual((await search('drift café', '--any')).files, ['accented', 'calibration']);
    assert.deepEqual((await search('эксперимент')).files, ['russian']);
    assert.deepEqual((await search('ЭКСПЕРИМЕНТ')).files, ['russian']);
  });
  it('prefixes: a prefix longer than the stem still finds the word (correcti*, evaluati*, calib*)', async () => {
    assert.deepEqual((await search('correcti*')).files, ['english']);
    assert.deepEqual((await search('evaluati*')).files, ['english']);
    assert.deepEqual((await search('calib*')).files, ['calibration']);
    assert.deepEqual((await search('calibrat*')).files, ['calibration']);
    assert.deepEqual((await search('детек*')).files, [], 'no Cyrillic word begins so');
    assert.deepEqual((await search('Экспер*')).files, ['russian']);
  });
  it('phrases match in order, word forms included; other words do not', async () => {
    assert.deepEqual((await search('"corrections were evaluated"')).files, ['english']);
    assert.deepEqual((await search('"correction were evaluating"')).files, ['english'], 'each word of a phrase matches its forms');
    assert.deepEqual((await search('"evaluated corrections"')).files, []);
    assert.deepEqual((await search('drift', '--any', 'café')).files, ['accented', 'calibration']);
  });
});

describe('etk search scores in a corpus of a few files', () => {
  it('a word most files hold still scores above 0 (bm25 weighs it near zero), and a title hit outranks a body hit', async () => {
    const r = await cli(t.dir, 'search', 'the', '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as { score: number; rank: number }[];
    assert.ok(rows.length >= 3);
    for (const row of rows) assert.ok(row.score > 0, `rank ${row.rank} scored ${row.score}`);
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1]!.score >= rows[i]!.score, 'best first');
  });
});
