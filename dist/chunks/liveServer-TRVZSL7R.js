import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  checkExperiment,
  loadReportData,
  renderReport
} from "./chunk-QIIEJF7F.js";
import "./chunk-3VZMNHHN.js";
import "./chunk-TYSI2RHP.js";
import "./chunk-2YQUU2N3.js";
import {
  openForRead,
  readWorktreeFile,
  syncIndex
} from "./chunk-FHX5CIFV.js";
import "./chunk-KPMUO7AQ.js";
import "./chunk-APGHLKAF.js";
import "./chunk-PIUJR427.js";
import "./chunk-3UJG7U6Z.js";

// src/report/liveServer.ts
import { createHash } from "node:crypto";
import { watch as watch2 } from "node:fs";
import { createServer } from "node:http";
import { basename, dirname as dirname2, join, relative, sep } from "node:path";

// src/report/watchRoot.ts
import { existsSync, watch } from "node:fs";
import { dirname } from "node:path";
function nearestExisting(dir) {
  let d = dir;
  while (!existsSync(d) && dirname(d) !== d) d = dirname(d);
  return d;
}
function watchRoot(root, onChange, onError) {
  let watcher = null;
  let watching = "";
  let started = false;
  let closed = false;
  function attach() {
    if (closed) return;
    const dir = nearestExisting(root);
    if (dir === watching) return;
    watcher?.close();
    watching = dir;
    try {
      watcher = dir === root ? watch(root, { recursive: true }, (_event, file) => onChange(file === null ? null : String(file))) : watch(dir, () => attach());
    } catch (err) {
      watcher = null;
      onError(err);
      return;
    }
    watcher.on("error", onError);
    const late = started;
    started = true;
    if (dir === root && late) onChange(null);
    if (dir !== root && nearestExisting(root) !== dir) attach();
  }
  attach();
  return {
    close() {
      closed = true;
      watcher?.close();
      watcher = null;
    }
  };
}

// src/report/liveServer.ts
var PAGE_HEADERS = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff", "referrer-policy": "no-referrer" };
var FRAME_HEADERS = { "x-frame-options": "DENY", "content-security-policy": "frame-ancestors 'none'" };
var TEXT = { "content-type": "text/plain; charset=utf-8" };
function stampOf(db) {
  const rows = db.prepare("SELECT key, value FROM etk_meta WHERE key IN ('synced_at', 'config_hash') ORDER BY key").all();
  return rows.map((r) => r.value).join(" ");
}
function currentStamp(dbPath) {
  try {
    const db = openForRead(dbPath);
    try {
      return stampOf(db);
    } finally {
      db.close();
    }
  } catch {
    return "-";
  }
}
function affectsIndex(filename, dbRelative) {
  if (filename === null) return true;
  const f = filename.split(sep).join("/");
  if (dbRelative !== null && (f === dbRelative || f.startsWith(`${dbRelative}-`))) return false;
  const last = f.slice(f.lastIndexOf("/") + 1);
  return f.endsWith(".md") || !last.includes(".");
}
async function startLiveDashboard(o) {
  const debounce = o.debounceMs ?? 150;
  const top = o.config.top ?? o.config.projectDir;
  let html = "";
  let digest = "";
  let generation = 0;
  let built = "";
  const pages = /* @__PURE__ */ new Map();
  const clients = /* @__PURE__ */ new Set();
  const grid = { directions: o.config.metrics, parameters: o.config.parameters };
  const pageOptions = { directions: o.config.metrics, generatedAt: /* @__PURE__ */ new Date(), linkBase: "/files/", live: true, experimentLink: (id) => `/experiments/${encodeURIComponent(id)}` };
  function rebuild() {
    const started = performance.now();
    const db = openForRead(o.dbPath);
    let print;
    try {
      print = stampOf(db);
      html = renderReport(loadReportData(db, { grid }), { ...pageOptions, generatedAt: /* @__PURE__ */ new Date() });
    } finally {
      db.close();
    }
    built = print;
    pages.clear();
    generation++;
    const next = createHash("sha256").update(html).digest("hex");
    if (generation > 1) o.log(`rebuilt the page in ${Math.round(performance.now() - started)} ms`);
    if (next !== digest) for (const c of clients) c.write(`event: rebuilt
data: ${generation}

`);
    digest = next;
  }
  async function runSync() {
    const r = await syncIndex({ config: o.config, dbPath: o.dbPath, etkVersion: o.etkVersion, source: "worktree" });
    const p = r.plan;
    const changed = p.added.length + p.changed.length + p.removed.length;
    if (changed > 0) o.log(`synced ${changed} changed file${changed === 1 ? "" : "s"} in ${Math.round(r.ms)} ms`);
  }
  let running = null;
  let again = null;
  let timer = null;
  let pendingSync = false;
  function schedule(sync) {
    pendingSync ||= sync;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const s = pendingSync;
      pendingSync = false;
      void run(s);
    }, debounce);
  }
  async function run(sync) {
    if (running) {
      again = { sync: (again?.sync ?? false) || sync };
      return;
    }
    running = (async () => {
      try {
        if (sync) await runSync();
        if (currentStamp(o.dbPath) !== built) rebuild();
      } catch (err) {
        o.log(`could not update the page (the last good one is still served): ${err.message}`);
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
  const watchers = [];
  let rootWatch = null;
  const stopped = (err) => o.log(`watching stopped: ${err.message}`);
  const dbDir = dirname2(o.dbPath);
  const dbName = basename(o.dbPath);
  watchers.push(watch2(dbDir, (_event, file) => {
    if (file === null || file === dbName || file === `${dbName}-wal`) schedule(false);
  }));
  if (o.sync) {
    const rel = relative(o.config.rootAbs, o.dbPath);
    const dbRelative = rel.startsWith("..") ? null : rel.split(sep).join("/");
    rootWatch = watchRoot(o.config.rootAbs, (file) => {
      if (affectsIndex(file, dbRelative)) schedule(true);
    }, stopped);
  }
  for (const w of watchers) w.on("error", stopped);
  let port = o.port;
  const server = createServer((req, res) => handle(req, res));
  function handle(req, res) {
    for (const [k, v] of Object.entries(FRAME_HEADERS)) res.setHeader(k, v);
    const host = req.headers.host ?? "";
    if (![`127.0.0.1:${port}`, `localhost:${port}`].includes(host)) {
      res.writeHead(403, TEXT).end("forbidden: open the address etk printed\n");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let path;
    try {
      const target = req.url ?? "/";
      if (!target.startsWith("/") || target.startsWith("//")) throw new Error("not a path");
      path = new URL(target, `http://${host}`).pathname;
      decodeURIComponent(path);
    } catch {
      res.writeHead(400, TEXT).end("bad request: the address is not a path on this server\n");
      return;
    }
    try {
      if (path === "/" || path === "/index.html") {
        res.writeHead(200, PAGE_HEADERS).end(req.method === "HEAD" ? void 0 : html);
      } else if (path === "/events") {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
        res.write(`: etk dashboard, generation ${generation}

`);
        clients.add(res);
        req.on("close", () => clients.delete(res));
      } else if (path.startsWith("/experiments/")) {
        const id = decodeURIComponent(path.slice("/experiments/".length));
        let page = pages.get(id);
        if (page === void 0) {
          const db = openForRead(o.dbPath);
          try {
            page = renderReport(loadReportData(db, { experiment: checkExperiment(db, id), grid }), { ...pageOptions, generatedAt: /* @__PURE__ */ new Date() });
          } finally {
            db.close();
          }
          pages.set(id, page);
        }
        res.writeHead(200, PAGE_HEADERS).end(req.method === "HEAD" ? void 0 : page);
      } else if (path.startsWith("/files/")) {
        serveFile(decodeURIComponent(path.slice("/files/".length)), res);
      } else {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      }
    } catch (err) {
      if (!res.headersSent) res.writeHead(404, TEXT).end(`${err.message}
`);
      else res.end();
    }
  }
  function serveFile(file, res) {
    const db = openForRead(o.dbPath);
    let known;
    try {
      known = db.prepare("SELECT 1 FROM files WHERE path = ?").get(file) !== void 0;
    } finally {
      db.close();
    }
    if (!known) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not an indexed file\n");
      return;
    }
    const read = readWorktreeFile(join(top, ...file.split("/")), top, o.config.maxFileSize);
    if (read.unread || read.size !== void 0) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(read.unread ? `not served: ${read.unread.rule}
` : "not served: larger than maxFileSize\n");
      return;
    }
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "content-security-policy": "default-src 'none'; frame-ancestors 'none'", "x-content-type-options": "nosniff", "cache-control": "no-store" });
    res.end(read.bytes);
  }
  server.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
    else socket.destroy();
  });
  try {
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(o.port, "127.0.0.1", () => resolve());
    });
  } catch (err) {
    if (timer) clearTimeout(timer);
    for (const w of watchers) w.close();
    rootWatch?.close();
    await running;
    throw err;
  }
  port = server.address().port;
  return {
    url: `http://127.0.0.1:${port}/`,
    generation: () => generation,
    async close() {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      rootWatch?.close();
      for (const c of clients) c.end();
      await running;
      const closed = new Promise((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    }
  };
}
export {
  affectsIndex,
  startLiveDashboard
};
