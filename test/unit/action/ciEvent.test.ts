import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventFromEnv, NO_EVENT, readEvent } from '../../../src/action/ciEvent.ts';
import { tempDir } from '../../helpers/tempRepo.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('readEvent', () => {
  it('pull_request: base and head commits, base branch, number', () => {
    const e = readEvent('pull_request', { number: 7, pull_request: { number: 7, base: { ref: 'main', sha: A }, head: { ref: 'pr', sha: B } } });
    assert.deepEqual(e, { name: 'pull_request', number: 7, baseSha: A, baseRef: 'main', headSha: B });
  });

  it('merge_group: the queue entry against its base', () => {
    const e = readEvent('merge_group', { merge_group: { base_sha: A, head_sha: B, base_ref: 'refs/heads/main' } });
    assert.deepEqual(e, { name: 'merge_group', number: null, baseSha: A, baseRef: 'main', headSha: B });
  });

  it("push: `before` is the base; a new branch's all-zero before is no base", () => {
    assert.equal(readEvent('push', { ref: 'refs/heads/main', before: A, after: B }).baseSha, A);
    const created = readEvent('push', { ref: 'refs/heads/topic', before: '0'.repeat(40), after: B });
    assert.deepEqual(created, { name: 'push', number: null, baseSha: null, baseRef: 'topic', headSha: B });
  });

  it('anything malformed is null, never a guess', () => {
    assert.deepEqual(readEvent(undefined, null), NO_EVENT);
    assert.deepEqual(readEvent('pull_request', { pull_request: { base: { sha: 'not-a-sha' }, head: 42 } }), { ...NO_EVENT, name: 'pull_request' });
    assert.deepEqual(readEvent('workflow_dispatch', { inputs: {} }), { ...NO_EVENT, name: 'workflow_dispatch' });
  });
});

describe('eventFromEnv', () => {
  it('reads GITHUB_EVENT_PATH; an unreadable payload is a warning and no payload', () => {
    const t = tempDir();
    const path = t.write('event.json', JSON.stringify({ pull_request: { base: { sha: A, ref: 'main' }, head: { sha: B } } }));
    assert.equal(eventFromEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path }, () => assert.fail('no warning')).baseSha, A);
    const warnings: string[] = [];
    const broken = t.write('broken.json', '{');
    assert.deepEqual(eventFromEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: broken }, (m) => warnings.push(m)), { ...NO_EVENT, name: 'pull_request' });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^cannot read the event payload .*broken\.json: /);
    assert.deepEqual(eventFromEnv({}, () => assert.fail('no warning')), NO_EVENT);
  });
});
