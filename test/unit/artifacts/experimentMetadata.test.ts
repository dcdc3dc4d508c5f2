import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PRECEDENCE, factsOf, metadataTime, readMetadataFile } from '../../../src/artifacts/experimentMetadata.ts';
import { experimentAnchor, experimentFindings } from '../../../src/artifacts/experimentRules.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('metadataTime', () => {
  it('reads the forms real metadata files use, as UTC', () => {
    assert.equal(metadataTime('2025-12-17T02:43:43Z'), '2025-12-17 02:43:43');
    assert.equal(metadataTime('2025-12-17T11:43:43+09:00'), '2025-12-17 02:43:43');
    assert.equal(metadataTime('2025-12-17 11:43 (KST)'), '2025-12-17 02:43:00');
    assert.equal(metadataTime('2025-12-17 11:43:10+0900'), '2025-12-17 02:43:10');
    assert.equal(metadataTime('2025-12-17T02:43:43.123456'), '2025-12-17 02:43:43', 'no offset: read in the default timezone, UTC');
    assert.equal(metadataTime('2025-12-17T11:43:43', 'Asia/Seoul'), '2025-12-17 02:43:43', 'no offset: read in the configured timezone');
    assert.equal(metadataTime('1765939423'), '2025-12-17 02:43:43', 'epoch seconds as written text');
    assert.equal(metadataTime(1e20), null);
    assert.equal(metadataTime('2025-12-17'), '2025-12-17 00:00:00');
    assert.equal(metadataTime(1765939423), '2025-12-17 02:43:43');
    assert.equal(metadataTime(1765939423000), '2025-12-17 02:43:43');
  });
  it('null for what it cannot read', () => {
    for (const v of ['yesterday', '2025-13-45T00:00:00Z', '2025-12-17 02:43 (XYZ)', '', null, {}, true]) assert.equal(metadataTime(v), null, String(v));
  });
});

describe('readMetadataFile', () => {
  it('reads each fact from the keys real files use', () => {
    const r = readMetadataFile(bytes(JSON.stringify({ id: 'x', title: 'T', intention: 'I', status: 'weird', current_phase: 2, timestamp: '2025-01-01T00:00:00Z', last_updated: '2025-01-02T00:00:00Z', custom: [1] })), 'state.json');
    assert.deepEqual(r.findings, []);
    const f = r.facts!;
    assert.deepEqual([f.experimentId, f.name, f.description, f.status, f.phase, f.created, f.updated, metadataTime(f.created), metadataTime(f.updated)], ['x', 'T', 'I', 'weird', '2', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z', '2025-01-01 00:00:00', '2025-01-02 00:00:00']);
    assert.deepEqual(JSON.parse(f.data).custom, [1]);
    assert.deepEqual([f.describeRank, f.liveRank], [PRECEDENCE.describe.indexOf('state.json') + 1, 1]);
  });
  it('malformed JSON: metadata-json at the line and column where parsing stopped, no facts, no exception', () => {
    const r = readMetadataFile(bytes('{\n  "a": 1,\n  "b": 2,\n}\n'), 'manifest.json');
    assert.equal(r.facts, null);
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column]), [['metadata-json', 4, 1]]);
    assert.match(r.findings[0]!.message, /^manifest\.json is not valid JSON: /);
    assert.doesNotMatch(r.findings[0]!.message, /position \d+/);
    const truncated = readMetadataFile(bytes('{"a": '), 'state.json');
    assert.deepEqual(truncated.findings.map((f) => [f.rule, f.line]), [['metadata-json', 1]]);
  });
  it('a list, a scalar or binary bytes are findings too', () => {
    assert.match(readMetadataFile(bytes('\n[1, 2]'), 'state.json').findings[0]!.message, /holds a list, not an object/);
    assert.deepEqual(readMetadataFile(bytes('\n[1, 2]'), 'state.json').findings.map((f) => [f.line, f.column]), [[2, 1]]);
    assert.equal(readMetadataFile(bytes('"text"'), 'state.json').findings[0]!.rule, 'metadata-json');
    assert.equal(readMetadataFile(new Uint8Array([0x7b, 0, 0x7d]), 'state.json').findings[0]!.rule, 'binary');
  });
  it('manifest-fields only for .metadata/manifest.json; the documented spellings count', () => {
    const partial = JSON.stringify({ experiment_id: 'x', created_at: '2025-01-01', updated: '2025-01-01', status: 'active' });
    const r = readMetadataFile(bytes(partial), '.metadata/manifest.json');
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column]), [['manifest-fields', 1, 1]]);
    assert.match(r.findings[0]!.message, /lacks fields EDS v1\.0 requires: phase, success_rate$/);
    assert.ok(r.facts, 'the facts are still read');
    assert.deepEqual(readMetadataFile(bytes(partial), 'manifest.json').findings, []);
  });
  it('README frontmatter facts use the same keys', () => {
    const f = factsOf({ name: 'N', description: 'D', status: 'active', created: '2025-12-17 02:43 (KST)' }, 'README.md');
    assert.deepEqual([f.name, f.description, f.status, metadataTime(f.created), f.describeRank], ['N', 'D', 'active', '2025-12-16 17:43:00', 1]);
  });
});

describe('experimentFindings', () => {
  const E = '20251217_024343_a';
  it('metadata-folder for an experiment without files under .metadata/, at its README.md, else its first file', () => {
    const found = experimentFindings([
      { path: `r/${E}/state.json`, kind: 'metadata', experimentDir: E },
      { path: `r/${E}/README.md`, kind: 'manifest', experimentDir: E },
      { path: 'r/20251217_024343_b/state.json', kind: 'metadata', experimentDir: '20251217_024343_b' },
      { path: 'r/20251217_024343_b/artifacts/x.md', kind: 'document', experimentDir: '20251217_024343_b' },
      { path: 'r/20251217_024343_c/.metadata/manifest.json', kind: 'metadata', experimentDir: '20251217_024343_c' },
      { path: 'r/notes/x.md', kind: 'document', experimentDir: 'notes' },
    ]);
    assert.deepEqual([...found.keys()].sort(), [`r/${E}/README.md`, 'r/20251217_024343_b/artifacts/x.md']);
    assert.equal(found.get(`r/${E}/README.md`)![0]!.rule, 'metadata-folder');
  });
  it('the anchor is the README.md when there is one', () => {
    assert.equal(experimentAnchor([{ path: 'a/z/README.md', kind: 'manifest', experimentDir: 'z' }, { path: 'a/z/Aaa.md', kind: 'misplaced', experimentDir: 'z' }]), 'a/z/README.md');
  });
});
