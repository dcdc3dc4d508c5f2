import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DatabaseSync } from 'node:sqlite';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { EtkConfig } from '../config/loadConfig.ts';
import { openForRead } from '../db/openDb.ts';
import { readWorktreeFile } from '../discover/worktree.ts';
import { syncIndex } from '../sync/syncIndex.ts';
import { checkExperiment, renderReport } from './buildReport.ts';
import { loadReportData } from './loadReportData.ts';
import { watchRoot, type RootWatch } from './watchRoot.ts';

export interface LiveOptions {
  config: EtkConfig;
  dbPath: string;
  etkVersion: string;
  /** 0 picks a free port. */
  port: number;
  /** Sync the index from the work tree at start and whenever a Markdown file under the root changes. */
  sync: boolean;
  /** Progress lines (rebuilds, errors). */
  log: (line: string) => void;
  /** Quiet period after the last change before acting (ms). */
  debounceMs?: number;
}

export interface LiveDashboard {
  url: string;
  /** How many times the page was (re)built. */
  generation(): number;
  close(): Promise<void>;
}

const PAGE_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

/** On every response: no other page may frame the dashboard (clickjacking). */
const FRAME_HEADERS = { 'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'none'" };

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

/**
 * What the index was last synced from, and when: every sync commits a new `synced_at`, while
 * checkpoints and vacuums (which touch the files too) do not change it.
 */
function stampOf(db: DatabaseSync): string {
  const rows = db.prepare("SELECT key, value FROM etk_meta WHERE key IN ('synced_at', 'config_hash') ORDER BY key").all() as { key: string; value: string }[];
  return rows.map((r) => r.value).join(' ');
}

function currentStamp(dbPath: string): string {
  try {
    const db = openForRead(dbPath);
    try {
      return stampOf(db);
    } finally {
      db.close();
    }
  } catch {
    return '-';
  }
}

/** Markdown files and folders (no dot in the last segment) matter to a sync; editor swap files do not. */
export function affectsIndex(filename: string | null, dbRelative: string | null): boolean {
  if (filename === null) return true;
  const f = filename.split(sep).join('/');
  if (dbRelative !== null && (f === dbRelative || f.startsWith(`${dbRelative}-`))) return false;
  const last = f.slice(f.lastIndexOf('/') + 1);
  return f.endsWith('.md') || !last.includes('.');
}

/**
 * `etk dashboard` without --report: serves the report on 127.0.0.1 and keeps it current. A change
 * of a Markdown file under the experiments root runs an incremental sync (the same as `etk sync`);
 * any commit to the database (that sync, a git hook's, another `etk sync`) rebuilds the page, and
 * open pages reload themselves (server-sent events). Experiment pages are built on request.
 */
export async function startLiveDashboard(o: LiveOptions): Promise<LiveDashboard> {
  const debounce = o.debounceMs ?? 150;
  const top = o.config.top ?? o.config.projectDir;
  let html = '';
  let digest = '';
  let generation = 0;
  let built = '';
  const pages = new Map<string, string>();
  const clients = new Set<ServerResponse>();

  const grid = { directions: o.config.metrics, parameters: o.config.parameters };
  const pageOptions = { directions: o.config.metrics, generatedAt: new Date(), linkBase: '/files/', live: true, experimentLink: (id: string) => `/experiments/${encodeURIComponent(id)}` };

  function rebuild(): void {
    const started = performance.now();
    const db = openForRead(o.dbPath);
    let print: string;
    try {
      print = stampOf(db);
      html = renderReport(loadReportData(db, { grid }), { ...pageOptions, generatedAt: new Date() });
    } finally {
      db.close();
    }
    built = print;
    pages.clear();
    generation++;
    const next = createHash('sha256').update(html).digest('hex');
    if (generation > 1) o.log(`rebuilt the page in ${Math.round(performance.now() - started)} ms`);
    if (next !== digest) for (const c of clients) c.write(`event: rebuilt\ndata: ${generation}\n\n`);
    digest = next;
  }

  async function runSync(): Promise<void> {
    const r = await syncIndex({ config: o.config, dbPath: o.dbPath, etkVersion: o.etkVersion, source: 'worktree' });
    const p = r.plan;
    const changed = p.added.length + p.changed.length + p.removed.length;
    if (changed > 0) o.log(`synced ${changed} changed file${changed === 1 ? '' : 's'} in ${Math.round(r.ms)} ms`);
  }

  // One job at a time; a trigger during a job runs it again once it is done.
  let running: Promise<void> | null = null;
  let again: { sync: boolean } | null = null;
  let timer: NodeJS.Timeout | null = null;
  let pendingSync = false;
  function schedule(sync: boolean): void {
    pendingSync ||= sync;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const s = pendingSync;
      pendingSync = false;
      void run(s);
    }, debounce);
  }
  async function run(sync: boolean): Promise<void> {
    if (running) {
      again = { sync: (again?.sync ?? false) || sync };
      return;
    }
    running = (async () => {
      try {
        if (sync) await runSync();
        if (currentStamp(o.dbPath) !== built) rebuild();
      } catch (err) {
        o.log(`could not update the page (the last good one is still served): ${(err as Error).message}`);
      }
    })();
    await running;
    running = null;
    if (again) {
      const next = again;
      again = null;
      await run(next.sync);
    }
  }

  if (o.sync) await runSync();
  rebuild();

  const watchers: FSWatcher[] = [];
  let rootWatch: RootWatch | null = null;
  const stopped = (err: Error) => o.log(`watching stopped: ${err.message}`);
  const dbDir = dirname(o.dbPath);
  const dbName = basename(o.dbPath);
  watchers.push(watch(dbDir, (_event, file) => {
    if (file === null || file === dbName || file === `${dbName}-wal`) schedule(false);
  }));
  if (o.sync) {
    const rel = relative(o.config.rootAbs, o.dbPath);
    const dbRelative = rel.startsWith('..') ? null : rel.split(sep).join('/');
    rootWatch = watchRoot(o.config.rootAbs, (file) => {
      if (affectsIndex(file, dbRelative)) schedule(true);
    }, stopped);
  }
  for (const w of watchers) w.on('error', stopped);

  let port = o.port;
  const server = createServer((req, res) => handle(req, res));
  function handle(req: IncomingMessage, res: ServerResponse): void {
    for (const [k, v] of Object.entries(FRAME_HEADERS)) res.setHeader(k, v);
    // Only this machine, by name: a page on another site cannot reach the server through DNS rebinding.
    const host = req.headers.host ?? '';
    if (![`127.0.0.1:${port}`, `localhost:${port}`].includes(host)) {
      res.writeHead(403, TEXT).end('forbidden: open the address etk printed\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    // Only origin-form targets (/path?query) with valid percent-escapes; anything else is the client's mistake.
    let path: string;
    try {
      const target = req.url ?? '/';
      if (!target.startsWith('/') || target.startsWith('//')) throw new Error('not a path');
      path = new URL(target, `http://${host}`).pathname;
      decodeURIComponent(path);
    } catch {
      res.writeHead(400, TEXT).end('bad request: the address is not a path on this server\n');
      return;
    }
    try {
      if (path === '/' || path === '/index.html') {
        res.writeHead(200, PAGE_HEADERS).end(req.method === 'HEAD' ? undefined : html);
      } else if (path === '/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(`: etk dashboard, generation ${generation}\n\n`);
        clients.add(res);
        req.on('close', () => clients.delete(res));
      } else if (path.startsWith('/experiments/')) {
        const id = decodeURIComponent(path.slice('/experiments/'.length));
        let page = pages.get(id);
        if (page === undefined) {
          const db = openForRead(o.dbPath);
          try {
            page = renderReport(loadReportData(db, { experiment: checkExperiment(db, id), grid }), { ...pageOptions, generatedAt: new Date() });
          } finally {
            db.close();
          }
          pages.set(id, page);
        }
        res.writeHead(200, PAGE_HEADERS).end(req.method === 'HEAD' ? undefined : page);
      } else if (path.startsWith('/files/')) {
        serveFile(decodeURIComponent(path.slice('/files/'.length)), res);
      } else {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      }
    } catch (err) {
      if (!res.headersSent) res.writeHead(404, TEXT).end(`${(err as Error).message}\n`);
      else res.end();
    }
  }

  /** Only files the index knows, as plain text that the browser may not run or style. */
  function serveFile(file: string, res: ServerResponse): void {
    const db = openForRead(o.dbPath);
    let known: boolean;
    try {
      known = db.prepare('SELECT 1 FROM files WHERE path = ?').get(file) !== undefined;
    } finally {
      db.close();
    }
    if (!known) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not an indexed file\n');
      return;
    }
    // Only a regular file within the size limit, never through a link (see readWorktreeFile).
    const read = readWorktreeFile(join(top, ...file.split('/')), top, o.config.maxFileSize);
    if (read.unread || read.size !== undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(read.unread ? `not served: ${read.unread.rule}\n` : 'not served: larger than maxFileSize\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': "default-src 'none'; frame-ancestors 'none'", 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    res.end(read.bytes);
  }

  // A request line or headers Node cannot parse: 400, and the server goes on.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(o.port, '127.0.0.1', () => resolve());
    });
  } catch (err) {
    // Not serving (the port is taken): stop watching too, so that nothing keeps the process alive.
    if (timer) clearTimeout(timer);
    for (const w of watchers) w.close();
    rootWatch?.close();
    await running;
    throw err;
  }
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    generation: () => generation,
    async close() {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      rootWatch?.close();
      for (const c of clients) c.end();
      await running;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
