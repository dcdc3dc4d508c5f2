import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  DDL,
  SCHEMA_VERSION,
  configHash,
  dirtyRows,
  execGit,
  gitSucceeds,
  isEtkIndexFile,
  listSource,
  meta,
  openForRead,
  quickSourceFromIndex,
  shallowCommits,
  syncInto,
  updateProvenance
} from "./chunk-FHX5CIFV.js";
import {
  differingPaths,
  semanticDiff
} from "./chunk-APGHLKAF.js";
import {
  UsageError
} from "./chunk-3UJG7U6Z.js";

// src/history/asOfIndex.ts
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { backup, DatabaseSync } from "node:sqlite";

// src/history/resolveRevision.ts
function resolveRevision(top, rev, flag) {
  const out = execGit(["rev-parse", "--verify", "-q", "--end-of-options", `${rev}^{commit}`], { cwd: top, okCodes: [1, 128] }).toString("utf8").trim();
  if (!/^[0-9a-f]{40,64}$/.test(out)) {
    const typeOf = (name) => execGit(["cat-file", "-t", "--end-of-options", name], { cwd: top, okCodes: [1, 128] }).toString("utf8").trim();
    let type = typeOf(rev);
    if (type === "tag") type = typeOf(`${rev}^{}`);
    if (type === "blob" || type === "tree") {
      throw new UsageError(`${flag} ${rev}: is a ${type}, not a commit (${type === "blob" ? "a file's content" : "a folder's listing"}, which has no history of its own)`, "name a branch, a tag or a commit id that git log shows");
    }
    const shallow = shallowCommits(top).size > 0;
    throw new UsageError(
      `${flag} ${rev}: no such commit, branch or tag in this repository${shallow ? " (this is a shallow clone: older commits and other branches are not here)" : ""}`,
      shallow ? "fetch more history (git fetch --deepen 50, or git fetch --unshallow), or name a commit git log shows" : "name a branch, a tag or a commit id that git log shows"
    );
  }
  const tree = execGit(["rev-parse", `${out}^{tree}`], { cwd: top }).toString("utf8").trim();
  return { name: rev, commit: out, tree };
}

// src/history/asOfIndex.ts
var ASOF_CACHE_SIZE = 4;
var ASOF_GRACE_MS = 3e4;
var handedOut = [];
function handOut(file) {
  const i = handedOut.indexOf(file);
  if (i >= 0) handedOut.splice(i, 1);
  handedOut.push(file);
  if (handedOut.length > 2) handedOut.shift();
}
function asOfCacheDir(dbPath) {
  return `${dbPath}-asof`;
}
function cacheSize(env) {
  const v = env.ETK_ASOF_CACHE;
  return v !== void 0 && /^\d+$/.test(v) && Number(v) >= 1 ? Number(v) : ASOF_CACHE_SIZE;
}
function usable(path, config, etkVersion) {
  if (!isEtkIndexFile(path)) return null;
  let db = null;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    if (Number(db.prepare("PRAGMA user_version").get().user_version) !== SCHEMA_VERSION) return null;
    const m = meta(db);
    return m.config_hash === configHash(config) && m.etk_version === etkVersion && m.source === "rev" ? m : null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
function touch(file) {
  try {
    const now = /* @__PURE__ */ new Date();
    utimesSync(file, now, now);
    return true;
  } catch {
    return false;
  }
}
async function asOfIndex(req) {
  const { config } = req;
  const flag = req.flag ?? "--as-of";
  if (config.top === null) throw new UsageError(`${flag} reads git's history, and ${config.projectDir} is not inside a git repository`, "run it inside your repository");
  const top = config.top;
  const revision = resolveRevision(top, req.rev, flag);
  const cacheDir = asOfCacheDir(req.dbPath);
  const writable = prepareCacheDir(cacheDir);
  if (indexIsAt(req.dbPath, revision, config, req.etkVersion, req.provenance !== false)) return { path: req.dbPath, revision, how: "current", read: 0 };
  const cachedFile = join(cacheDir, `${revision.tree}.db`);
  const env = req.env ?? process.env;
  const cached = writable === null ? touch(cachedFile) ? usable(cachedFile, config, req.etkVersion) : null : existsSync(cachedFile) ? usable(cachedFile, config, req.etkVersion) : null;
  if (cached !== null && (writable === null || req.provenance === false || cached.provenance_head === revision.commit)) {
    const file2 = cachedFile;
    if (req.provenance !== false && cached.provenance_head !== revision.commit) {
      const db = new DatabaseSync(file2);
      try {
        db.exec("BEGIN IMMEDIATE");
        updateProvenance(db, { top, root: config.root }, revision.commit, false);
        db.prepare("UPDATE etk_meta SET value = ? WHERE key = 'commit'").run(revision.commit);
        db.exec("COMMIT");
      } finally {
        if (db.isTransaction) db.exec("ROLLBACK");
        db.close();
      }
    }
    if (writable === null) {
      handOut(file2);
      evict(cacheDir, cacheSize(env));
    }
    return { path: file2, revision, how: "cached", read: 0 };
  }
  const dir = writable === null ? cacheDir : privateTempDir();
  const file = join(dir, `${revision.tree}.db`);
  const warning = writable === null ? void 0 : `cannot keep the snapshot in ${cacheDir} (${writable}); made it in a temporary folder, removed when etk exits (make the index folder writable to cache it)`;
  const tmp = join(dir, `${revision.tree}.${process.pid}.${Date.now()}.tmp`);
  const fromIndex = existsSync(req.dbPath) && statSync(req.dbPath).size > 0 && isEtkIndexFile(req.dbPath);
  try {
    let db;
    if (fromIndex) {
      await copyIndex(req.dbPath, tmp);
      db = new DatabaseSync(tmp);
      db.exec("PRAGMA journal_mode = DELETE");
      if (Number(db.prepare("PRAGMA user_version").get().user_version) !== SCHEMA_VERSION) {
        db.close();
        rmSync(tmp, { force: true });
        db = freshDb(tmp);
      }
    } else db = freshDb(tmp);
    let read = 0;
    try {
      db.exec("PRAGMA foreign_keys = ON");
      const spec = { kind: "rev", rev: revision.commit, revTree: revision.tree, top, base: top, root: config.root, scope: config.root, maxFileSize: config.maxFileSize };
      const m = new Map(Object.entries(meta(db)));
      const quick = m.get("config_hash") === configHash(config) && m.get("etk_version") === req.etkVersion ? quickSourceFromIndex(spec, m, () => dirtyRows(db)) : null;
      const source = quick ? { ...quick, quickFrom: m.get("base_tree") ?? "" } : { ...listSource(spec), candidates: null, quickFrom: null };
      const outcome = await syncInto(db, { config, dbPath: tmp, etkVersion: req.etkVersion, source: "rev", rev: revision.commit, provenance: req.provenance !== false }, spec, source);
      read = outcome.plan.added.length + outcome.plan.changed.length;
    } finally {
      db.close();
    }
    renameSync(tmp, file);
    if (writable === null) {
      handOut(file);
      evict(dir, cacheSize(env));
    }
    return { path: file, revision, how: fromIndex ? "derived" : "built", read, ...warning !== void 0 ? { warning } : {} };
  } catch (err) {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
    throw err;
  }
}
function indexIsAt(path, revision, config, etkVersion, provenance) {
  if (!existsSync(path) || statSync(path).size === 0 || !isEtkIndexFile(path)) return false;
  let db = null;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    if (Number(db.prepare("PRAGMA user_version").get().user_version) !== SCHEMA_VERSION) return false;
    const m = meta(db);
    const clean = (m.dirty_absent ?? "[]") === "[]" && db.prepare("SELECT 1 FROM files WHERE dirty = 1 LIMIT 1").get() === void 0;
    return clean && m.base_tree === revision.tree && m.config_hash === configHash(config) && m.etk_version === etkVersion && (!provenance || m.provenance_head === revision.commit);
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
async function copyIndex(from, to) {
  const source = new DatabaseSync(from, { readOnly: true });
  try {
    const wal = `${from}-wal`;
    const walEmpty = () => !existsSync(wal) || statSync(wal).size === 0;
    if (walEmpty()) {
      source.exec("BEGIN");
      try {
        source.prepare("SELECT COUNT(*) FROM etk_meta").get();
        if (walEmpty()) {
          copyFileSync(from, to);
          return;
        }
      } finally {
        source.exec("ROLLBACK");
      }
    }
    await backup(source, to, { rate: 1 << 30 });
  } finally {
    source.close();
  }
}
function prepareCacheDir(dir) {
  try {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, ".gitignore"))) writeFileSync(join(dir, ".gitignore"), "# etk --as-of snapshots: a cache, safe to delete, never committed\n*\n");
    accessSync(dir, constants.W_OK);
    return null;
  } catch (err) {
    const e = err;
    return e.code ?? e.message;
  }
}
var temporary = [];
function privateTempDir() {
  const dir = mkdtempSync(join(tmpdir(), "etk-asof-"));
  if (temporary.length === 0) process.on("exit", () => temporary.forEach((d) => rmSync(d, { recursive: true, force: true })));
  temporary.push(dir);
  return dir;
}
function freshDb(path) {
  const db = new DatabaseSync(path);
  db.exec(DDL);
  db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  return db;
}
function evict(dir, keep) {
  const mtime = (p) => {
    try {
      return statSync(p).mtimeMs;
    } catch {
      return null;
    }
  };
  const remove = (p) => {
    try {
      rmSync(p, { force: true });
    } catch {
    }
  };
  const names = readdirSync(dir);
  const entries = names.filter((n) => n.endsWith(".db")).map((n) => join(dir, n)).map((p) => ({ p, t: mtime(p) })).filter((e) => e.t !== null).sort((a, b) => b.t - a.t);
  const kept = entries.filter((e) => handedOut.includes(e.p)).length;
  let room = Math.max(0, keep - kept);
  for (const { p } of entries) {
    if (handedOut.includes(p)) continue;
    if (room > 0) {
      room--;
      continue;
    }
    const t = mtime(p);
    if (t !== null && Date.now() - t >= ASOF_GRACE_MS) remove(p);
  }
  for (const n of names) {
    const p = join(dir, n);
    const t = n.endsWith(".tmp") ? mtime(p) : null;
    if (t !== null && Date.now() - t > 36e5) remove(p);
  }
}

// src/history/loadSnapshots.ts
function fileMap(db) {
  const st = db.prepare("SELECT path, blob FROM files");
  st.setReturnArrays(true);
  return new Map(st.all());
}
function loadSnapshots(a, b) {
  const filesA = fileMap(a.db);
  const filesB = fileMap(b.db);
  const paths = JSON.stringify(differingPaths(filesA, filesB));
  const touched = /* @__PURE__ */ new Set();
  for (const side of [a, b]) {
    for (const r of side.db.prepare("SELECT DISTINCT experiment_id FROM files WHERE experiment_id IS NOT NULL AND path IN (SELECT value FROM json_each(?))").all(paths)) touched.add(r.experiment_id);
  }
  const exps = JSON.stringify([...touched]);
  const load = (side, files) => {
    const { db } = side;
    const tags = /* @__PURE__ */ new Map();
    for (const r of db.prepare("SELECT file_path, tag_name FROM tags WHERE file_path IN (SELECT value FROM json_each(?)) ORDER BY tag_name").all(paths)) {
      const list = tags.get(r.file_path) ?? [];
      list.push(r.tag_name);
      tags.set(r.file_path, list);
    }
    const artifacts = db.prepare("SELECT a.file_path AS path, a.experiment_id, f.kind, a.type, a.title, a.status, a.declared_artifact_id AS declared_id FROM artifacts a JOIN files f ON f.path = a.file_path WHERE a.file_path IN (SELECT value FROM json_each(?))").all(paths).map((r) => ({ ...r, tags: tags.get(r.path) ?? [] }));
    const experiments = db.prepare("SELECT experiment_id, name, status FROM experiments ORDER BY experiment_id").all();
    const metrics = db.prepare(
      `SELECT experiment_id, metric_name AS metric, metric_value AS value, baseline_value AS baseline, unit, file_path AS path FROM latest_metrics
         WHERE experiment_id IN (SELECT value FROM json_each(?1))
            OR experiment_id IN (SELECT DISTINCT experiment_id FROM metric_values WHERE baseline_experiment IN (SELECT value FROM json_each(?1)))`
    ).all(exps);
    const problems = db.prepare(`SELECT file, line, "column", rule, severity, message, hint FROM diagnostics WHERE file IN (SELECT value FROM json_each(?)) OR scope = 'cross' ORDER BY file, line, "column", rule`).all(paths).map((r) => {
      const d = r;
      const { hint, ...rest } = d;
      return hint === null ? rest : { ...rest, hint };
    });
    return { label: side.label, commit: side.commit, files, artifacts, experiments, metrics, problems };
  };
  return [load(a, filesA), load(b, filesB)];
}

// src/history/diffRevisions.ts
function defaultBranch(top) {
  const remote = execGit(["symbolic-ref", "-q", "--short", "refs/remotes/origin/HEAD"], { cwd: top, okCodes: [1, 128] }).toString("utf8").trim();
  if (remote !== "") return remote;
  for (const b of ["main", "master"]) if (gitSucceeds(["rev-parse", "--verify", "-q", `refs/heads/${b}`], top)) return b;
  return null;
}
function mergeBaseWithDefault(top, flag) {
  const branch = defaultBranch(top);
  if (branch === null) throw new UsageError(`${flag}: cannot tell this repository's default branch (no origin/HEAD, main or master)`, "name the revisions: etk diff <from> [<to>], e.g. etk diff v1.0 HEAD");
  const base = execGit(["merge-base", "HEAD", branch], { cwd: top, okCodes: [1, 128] }).toString("utf8").trim();
  if (!/^[0-9a-f]{40,64}$/.test(base)) {
    const shallow = shallowCommits(top).size > 0;
    throw new UsageError(`${flag}: HEAD and ${branch} have no common commit here${shallow ? " (this is a shallow clone: the history that joins them is not here)" : ""}`, shallow ? "fetch more history (git fetch --deepen 50, or --unshallow), or name the revisions" : "name the revisions: etk diff <from> [<to>]");
  }
  return { rev: base, label: `merge base with ${branch}` };
}
async function diffRevisions(req) {
  const open = async (s) => {
    if ("worktree" in s) return { path: req.dbPath, label: "work tree", commit: null };
    const snap = await asOfIndex({ config: req.config, dbPath: req.dbPath, rev: s.rev, etkVersion: req.etkVersion, flag: req.flag, provenance: false });
    if (snap.warning !== void 0) req.warn?.(`${req.flag} ${s.rev}: ${snap.warning}`);
    return { path: snap.path, label: s.label ?? s.rev, commit: snap.revision.commit };
  };
  const a = await open(req.from);
  const b = await open(req.to);
  const dbA = openForRead(a.path);
  try {
    const dbB = openForRead(b.path);
    try {
      const [sa, sb] = loadSnapshots({ db: dbA, label: a.label, commit: a.commit }, { db: dbB, label: b.label, commit: b.commit });
      return semanticDiff(sa, sb);
    } finally {
      dbB.close();
    }
  } finally {
    dbA.close();
  }
}

export {
  resolveRevision,
  asOfIndex,
  defaultBranch,
  mergeBaseWithDefault,
  diffRevisions
};
