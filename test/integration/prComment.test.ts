import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { COMMENT_MARKER, nextLink, upsertComment } from '../../src/action/github/prComment.ts';
import { startFakeGithub, type FakeGithub } from '../helpers/fakeGithub.ts';

const TOKEN = 'ghs_test-token-never-printed';
/** 150 comments of others: the listing takes two pages of 100. */
const OTHERS = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `a reviewer's comment ${i + 1}` }));

describe('the living pull request comment, against a local fake of the GitHub REST API', () => {
  let gh: FakeGithub;
  before(async () => {
    gh = await startFakeGithub({ 7: OTHERS });
  });
  after(() => gh.close());

  it('created once after reading every page, then updated in place (PATCH), never a second one; unchanged text is not written again', async () => {
    const target = () => ({ apiUrl: gh.url, repository: 'octo-org/experiments', number: 7, token: TOKEN });
    const first = await upsertComment(target(), '## etk check: ✖ 1 new error\n');
    assert.deepEqual(first, { action: 'created', id: 1000, url: 'https://github.com/o/r/pull/7#issuecomment-1000' });
    const second = await upsertComment(target(), '## etk check: ✔ no new problems\n');
    assert.deepEqual(second, { action: 'updated', id: 1000, url: 'https://github.com/o/r/pull/1#issuecomment-1000' });
    const third = await upsertComment(target(), '## etk check: ✔ no new problems\n');
    assert.equal(third.action, 'unchanged');

    const list = '/repos/octo-org/experiments/issues/7/comments';
    const requests = await gh.requests();
    assert.deepEqual(requests.map((r) => [r.method, r.url, r.body]), [
      ['GET', `${list}?per_page=100`, null],
      ['GET', `${list}?per_page=100&page=2`, null],
      ['POST', list, { body: `${COMMENT_MARKER}\n## etk check: ✖ 1 new error\n` }],
      ['GET', `${list}?per_page=100`, null],
      ['GET', `${list}?per_page=100&page=2`, null],
      ['PATCH', '/repos/octo-org/experiments/issues/comments/1000', { body: `${COMMENT_MARKER}\n## etk check: ✔ no new problems\n` }],
      ['GET', `${list}?per_page=100`, null],
      ['GET', `${list}?per_page=100&page=2`, null],
    ]);
    assert.ok(requests.every((r) => r.authorization === `Bearer ${TOKEN}`));
    const comments = await gh.comments(7);
    assert.equal(comments.length, 151);
    assert.equal(comments.filter((c) => c.body.includes(COMMENT_MARKER)).length, 1);
  });

  it('a refused write is a sentence with what to do, and never holds the token', async () => {
    await assert.rejects(upsertComment({ apiUrl: gh.url, repository: 'octo-org/nope', number: 7, token: TOKEN }, 'x', async (url, init) => {
      if ((init?.method ?? 'GET') === 'GET') return new Response('[]', { status: 200 });
      return new Response('{"message":"Resource not accessible by integration"}', { status: 403 });
    }), (err: Error) => {
      assert.match(err.message, /^POST http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/nope\/issues\/7\/comments answered HTTP 403: the token may not write pull request comments/);
      assert.ok(!err.message.includes(TOKEN));
      return true;
    });
  });

  it('follows only next links on the API origin', () => {
    assert.equal(nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"'), 'https://api.github.com/x?page=2');
    assert.equal(nextLink('<https://api.github.com/x?page=1>; rel="prev"'), null);
    assert.equal(nextLink(null), null);
  });
  it('a redirect or a Link to another host is not followed (nothing sent there); answers that are not JSON, a relative or repeating Link are sentences or handled, never a TypeError', async () => {
    const seen: string[] = [];
    const target = { apiUrl: 'https://api.example.test', repository: 'o/r', number: 3, token: TOKEN };
    const fake = (answer: (url: string, method: string) => Response): typeof fetch => async (url, init) => {
      seen.push(`${init?.method ?? 'GET'} ${String(url)}`);
      assert.equal(init?.redirect, 'manual', 'fetch must not follow redirects by itself');
      return answer(String(url), init?.method ?? 'GET');
    };
    const refuses = async (f: typeof fetch, pattern: RegExp) =>
      assert.rejects(upsertComment(target, 'x', f), (err: Error) => {
        assert.equal(err.name, 'UsageError', err.message);
        assert.match(err.message, pattern);
        assert.ok(!err.message.includes(TOKEN));
        return true;
      });
    await refuses(fake(() => new Response(null, { status: 307, headers: { location: 'https://evil.test/steal' } })), /pointed outside https:\/\/api\.example\.test/);
    assert.ok(seen.every((s) => s.includes('//api.example.test/')), seen.join('\n'));
    await refuses(fake(() => new Response('[]', { headers: { link: '<https://evil.test/x?page=2>; rel="next"' } })), /pointed outside/);
    await refuses(fake(() => new Response('<html>a proxy page</html>')), /answered HTTP 200 with something that is not JSON/);
    await refuses(fake((_, m) => (m === 'GET' ? new Response('[]') : new Response('', { status: 201 }))), /POST .* answered HTTP 201 with something that is not JSON/);
    seen.length = 0;
    // A relative next link, then one that points back at itself: each page read once.
    const ok = await upsertComment(target, 'x', fake((url, m) => {
      if (m === 'POST') return new Response('{"id": 9}', { status: 201 });
      if (url.includes('page=2')) return new Response('[]', { headers: { link: '</repos/o/r/issues/3/comments?per_page=100&page=2>; rel="next"' } });
      return new Response('[]', { headers: { link: '</repos/o/r/issues/3/comments?per_page=100&page=2>; rel="next"' } });
    }));
    assert.deepEqual(ok, { action: 'created', id: 9, url: null });
    assert.deepEqual(seen, [
      'GET https://api.example.test/repos/o/r/issues/3/comments?per_page=100',
      'GET https://api.example.test/repos/o/r/issues/3/comments?per_page=100&page=2',
      'POST https://api.example.test/repos/o/r/issues/3/comments',
    ]);
  });
});
