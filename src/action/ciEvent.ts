import { readFileSync } from 'node:fs';

/**
 * What a CI run says about the change under test, read from the GitHub event payload (the JSON file
 * at GITHUB_EVENT_PATH). `readEvent` is pure; `eventFromEnv` reads the file.
 */
export interface CiEvent {
  /** GITHUB_EVENT_NAME: pull_request, pull_request_target, push, merge_group, ... (null outside GitHub). */
  name: string | null;
  /** The pull request's number, when the event has one. */
  number: number | null;
  /** The commit the change is measured against: the PR's base, a merge group's base, a push's `before`. */
  baseSha: string | null;
  /** The base branch name (`main`), when known. */
  baseRef: string | null;
  /** The tip of the change itself: the PR's head commit, a merge group's head, a push's `after`. */
  headSha: string | null;
}

export const NO_EVENT: CiEvent = { name: null, number: null, baseSha: null, baseRef: null, headSha: null };

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const ZERO = /^0+$/;

function obj(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}
function sha(v: unknown): string | null {
  return typeof v === 'string' && SHA.test(v) && !ZERO.test(v) ? v : null;
}
function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/** Reads the fields etk uses from an event payload; anything missing or malformed is null. */
export function readEvent(name: string | null | undefined, payload: unknown): CiEvent {
  const p = obj(payload);
  const event: CiEvent = { ...NO_EVENT, name: str(name) };
  if (!p) return event;
  const pr = obj(p.pull_request);
  if (pr) {
    const base = obj(pr.base);
    const head = obj(pr.head);
    return {
      ...event,
      number: typeof pr.number === 'number' ? pr.number : typeof p.number === 'number' ? p.number : null,
      baseSha: sha(base?.sha),
      baseRef: str(base?.ref),
      headSha: sha(head?.sha),
    };
  }
  const group = obj(p.merge_group);
  if (group) {
    return { ...event, baseSha: sha(group.base_sha), baseRef: str(group.base_ref)?.replace(/^refs\/heads\//, '') ?? null, headSha: sha(group.head_sha) };
  }
  if ('before' in p || 'after' in p) {
    return { ...event, baseSha: sha(p.before), baseRef: str(p.ref)?.replace(/^refs\/heads\//, '') ?? null, headSha: sha(p.after) };
  }
  return event;
}

/**
 * The event of the current GitHub Actions run (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH), or NO_EVENT
 * elsewhere. An unreadable payload is reported through `warn` and treated as no payload.
 */
export function eventFromEnv(env: NodeJS.ProcessEnv, warn: (message: string) => void): CiEvent {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { ...NO_EVENT, name: env.GITHUB_EVENT_NAME || null };
  let payload: unknown = null;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    warn(`cannot read the event payload ${path}: ${(err as Error).message}`);
  }
  return readEvent(env.GITHUB_EVENT_NAME, payload);
}
