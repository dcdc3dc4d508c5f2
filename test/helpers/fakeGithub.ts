/**
 * A local fake of the GitHub REST API's issue comments, on 127.0.0.1, in a worker thread (so it
 * answers while the test's own thread waits on a child process). It records every request
 * (method, path with query, Authorization header, JSON body) and keeps comments per issue,
 * paginated 100 a page with a Link header as GitHub does.
 */
import { Worker } from 'node:worker_threads';

export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | null;
  body: unknown;
}

export interface FakeGithub {
  url: string;
  /** Every request so far. */
  requests(): Promise<RecordedRequest[]>;
  /** The comments of an issue now. */
  comments(issue: number): Promise<{ id: number; body: string }[]>;
  close(): Promise<void>;
}

const WORKER = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const comments = new Map(Object.entries(workerData.seed).map(([k, v]) => [Number(k), v]));
let nextId = 1000;
const requests = [];
const server = http.createServer((req, res) => {
  let data = '';
  req.on('data', (c) => (data += c));
  req.on('end', () => {
    const body = data === '' ? null : JSON.parse(data);
    requests.push({ method: req.method, url: req.url, authorization: req.headers.authorization ?? null, body });
    const u = new URL(req.url, 'http://127.0.0.1');
    const send = (status, json, headers = {}) => { res.writeHead(status, { 'content-type': 'application/json', ...headers }); res.end(JSON.stringify(json)); };
    let m = /^\\/repos\\/([^/]+)\\/([^/]+)\\/issues\\/(\\d+)\\/comments$/.exec(u.pathname);
    if (m && req.method === 'GET') {
      const list = comments.get(Number(m[3])) ?? [];
      const per = Number(u.searchParams.get('per_page') ?? 30);
      const page = Number(u.searchParams.get('page') ?? 1);
      const headers = {};
      if (page * per < list.length) headers.link = '<http://' + req.headers.host + u.pathname + '?per_page=' + per + '&page=' + (page + 1) + '>; rel="next", <http://' + req.headers.host + u.pathname + '?per_page=' + per + '&page=' + Math.ceil(list.length / per) + '>; rel="last"';
      return send(200, list.slice((page - 1) * per, page * per).map((c) => ({ ...c, html_url: 'https://github.com/o/r/pull/' + m[3] + '#issuecomment-' + c.id })), headers);
    }
    if (m && req.method === 'POST') {
      const c = { id: nextId++, body: body.body };
      comments.set(Number(m[3]), [...(comments.get(Number(m[3])) ?? []), c]);
      return send(201, { ...c, html_url: 'https://github.com/o/r/pull/' + m[3] + '#issuecomment-' + c.id });
    }
    m = /^\\/repos\\/([^/]+)\\/([^/]+)\\/issues\\/comments\\/(\\d+)$/.exec(u.pathname);
    if (m && req.method === 'PATCH') {
      for (const list of comments.values()) for (const c of list) if (c.id === Number(m[3])) { c.body = body.body; return send(200, { ...c, html_url: 'https://github.com/o/r/pull/1#issuecomment-' + c.id }); }
      return send(404, { message: 'Not Found' });
    }
    send(404, { message: 'Not Found' });
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (msg) => {
  if (msg === 'requests') parentPort.postMessage({ requests });
  else if (typeof msg === 'object' && msg.comments !== undefined) parentPort.postMessage({ comments: comments.get(msg.comments) ?? [] });
  else if (msg === 'close') server.close(() => parentPort.postMessage({ closed: true }));
});
`;

/** Starts the fake with `seed` comments per issue number. */
export async function startFakeGithub(seed: Record<number, { id: number; body: string }[]> = {}): Promise<FakeGithub> {
  const worker = new Worker(WORKER, { eval: true, workerData: { seed } });
  const ask = <T>(msg: unknown, key: string): Promise<T> =>
    new Promise((resolve) => {
      const on = (m: Record<string, unknown>) => {
        if (key in m) {
          worker.off('message', on);
          resolve(m[key] as T);
        }
      };
      worker.on('message', on);
      if (msg !== null) worker.postMessage(msg);
    });
  const port = await ask<number>(null, 'port');
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => ask<RecordedRequest[]>('requests', 'requests'),
    comments: (issue) => ask({ comments: issue }, 'comments'),
    close: async () => {
      await ask('close', 'closed');
      await worker.terminate();
    },
  };
}
