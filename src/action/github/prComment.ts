import { UsageError } from '../../errors.ts';

/** The hidden marker that finds etk's comment among a pull request's comments. */
export const COMMENT_MARKER = '<!-- etk-check: the living comment of the etk check action, updated in place -->';

export interface CommentTarget {
  /** GITHUB_API_URL (https://api.github.com, or a GitHub Enterprise server's). */
  apiUrl: string;
  /** owner/name. */
  repository: string;
  /** The pull request's number. */
  number: number;
  token: string;
}

export interface CommentOutcome {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string | null;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
}

/** The next page of a listing, from its Link header (`<url>; rel="next"`), or null. */
export function nextLink(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1]!;
  }
  return null;
}

const MAX_PAGES = 100;
const MAX_REDIRECTS = 5;

/**
 * Keeps one comment of etk on the pull request: lists the comments (every page, following the Link
 * header, never leaving the API's origin), finds the one with the marker, and updates it in place
 * (PATCH) when its text changed, or creates it (POST) when there is none. The token goes only to
 * the API's origin and is never part of an error message.
 */
export async function upsertComment(target: CommentTarget, markdown: string, fetchImpl: typeof fetch = fetch): Promise<CommentOutcome> {
  const api = target.apiUrl.replace(/\/+$/, '');
  const origin = new URL(api).origin;
  const body = `${COMMENT_MARKER}\n${markdown}`;
  const repo = target.repository.split('/').map(encodeURIComponent).join('/');
  const call = async (method: string, url: string, payload?: unknown): Promise<Response> => {
    for (let hops = 0; ; hops++) {
      if (new URL(url).origin !== origin) throw new UsageError(`the GitHub API pointed outside ${origin} (${method} ${new URL(url).origin}); not followed`, 'check GITHUB_API_URL');
      let res: Response;
      try {
        res = await fetchImpl(url, {
          method,
          headers: {
            Accept: 'application/vnd.github+json',
            Authorization: `Bearer ${target.token}`,
            'X-GitHub-Api-Version': '2022-11-28',
            'User-Agent': 'etk-check',
            ...(payload !== undefined ? { 'Content-Type': 'application/json' } : {}),
          },
          ...(payload !== undefined ? { body: JSON.stringify(payload) } : {}),
          // Redirects are followed here, on the API's origin only (fetch would follow them anywhere).
          redirect: 'manual',
          signal: AbortSignal.timeout(30_000),
        });
      } catch (err) {
        throw new UsageError(`${method} ${url} failed: ${(err as Error).message}`, 'check GITHUB_API_URL and the network of the runner');
      }
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location !== null && hops < MAX_REDIRECTS) {
        url = new URL(location, url).href;
        continue;
      }
      if (!res.ok) {
        const why = res.status === 401 || res.status === 403 || res.status === 404 ? ': the token may not write pull request comments (give the job `permissions: pull-requests: write`)' : '';
        throw new UsageError(`${method} ${url} answered HTTP ${res.status}${why}`);
      }
      return res;
    }
  };
  /** The answer's JSON, or a sentence saying it is not JSON. */
  const json = async (res: Response, method: string, url: string): Promise<unknown> => {
    try {
      return await res.json();
    } catch {
      throw new UsageError(`${method} ${url} answered HTTP ${res.status} with something that is not JSON`, 'check GITHUB_API_URL (it must be the REST API, e.g. https://api.github.com)');
    }
  };
  const comment = (v: unknown, method: string, url: string): IssueComment => {
    if (typeof v !== 'object' || v === null || typeof (v as IssueComment).id !== 'number') throw new UsageError(`${method} ${url} answered without a comment id`, 'check GITHUB_API_URL (it must be the REST API, e.g. https://api.github.com)');
    return v as IssueComment;
  };

  let url: string | null = `${api}/repos/${repo}/issues/${target.number}/comments?per_page=100`;
  let found: IssueComment | null = null;
  const listed = new Set<string>();
  for (let page = 0; url !== null && page < MAX_PAGES && found === null && !listed.has(url); page++) {
    listed.add(url);
    const res = await call('GET', url);
    const list = await json(res, 'GET', url);
    found = (Array.isArray(list) ? (list as IssueComment[]) : []).find((c) => typeof c?.body === 'string' && c.body.includes(COMMENT_MARKER) && typeof c.id === 'number') ?? null;
    const next = nextLink(res.headers.get('link'));
    url = next === null ? null : new URL(next, url).href;
  }
  if (found) {
    if (found.body === body) return { action: 'unchanged', id: found.id, url: found.html_url ?? null };
    const patch = `${api}/repos/${repo}/issues/comments/${found.id}`;
    const res = await call('PATCH', patch, { body });
    const c = (await json(res, 'PATCH', patch)) as IssueComment | null;
    return { action: 'updated', id: found.id, url: c?.html_url ?? found.html_url ?? null };
  }
  const post = `${api}/repos/${repo}/issues/${target.number}/comments`;
  const res = await call('POST', post, { body });
  const c = comment(await json(res, 'POST', post), 'POST', post);
  return { action: 'created', id: c.id, url: c.html_url ?? null };
}
