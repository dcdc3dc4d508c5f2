#!/usr/bin/env node
// Near-limit baseline for a full index rebuild: the least work a rebuild can do with the same
// libraries etk uses, written as one plain script with no etk code. etk's rebuild is measured
// against it.
//
//   node bench/baseline-rebuild.mjs <corpusDir> <dbPath>
//
// Steps: walk <corpusDir>/experiment_manager/experiments for *.md files; read each file; parse
// its frontmatter with gray-matter + js-yaml 4 (CORE_SCHEMA, so dates stay strings; an options
// object is always passed, which turns gray-matter's cache off); validate it with Ajv against the
// project's schemas (schema/*.json); then write everything into a fresh node:sqlite database in
// ONE transaction with prepared statements: artifacts, tags, metrics (reports) and the external-
// content FTS5 table artifacts_fts, filled with one insert per artifact.
//
// Journal: rollback journal (journal_mode=DELETE, the default; WAL off). On a fresh database the
// journal stays almost empty, since pages beyond the original size are not journaled, whereas WAL
// would write every page twice (once to the WAL, once at checkpoint). synchronous=NORMAL.
//
// An existing file at <dbPath> (and its -journal/-wal/-shm) is deleted first. Prints nothing but
// errors; exits 1 on failure, 2 on bad usage. Needs Node >= 22.13 (node:sqlite).

import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import matter from 'gray-matter';
import jsyaml from 'js-yaml';

const ROOT = 'experiment_manager/experiments';
const SCHEMA_DIR = new URL('../schema/', import.meta.url);
const addFormats = ajvFormats.default ?? ajvFormats;

const readJson = (name) => JSON.parse(readFileSync(new URL(name, SCHEMA_DIR), 'utf8'));

/** Every *.md under dir (dot-directories such as .metadata included), sorted for stable ids. */
function listMarkdown(dir) {
  const out = [];
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith('.md')) out.push(join(e.parentPath, e.name));
  }
  return out.sort();
}

/** Ajv set up as the brief says; type validators are compiled on first use. */
function makeValidators() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv, ['date-time']);
  ajv.addKeyword('x-fix');
  ajv.addKeyword('x-expected');
  ajv.addSchema(readJson('eds-common.schema.json'));
  const byType = new Map();
  return (type) => {
    let v = byType.get(type);
    if (v === undefined) {
      v = null; // unknown type: no schema, the artifact is invalid
      if (typeof type === 'string' && /^[a-z_]+$/.test(type)) {
        try {
          v = ajv.compile(readJson(`${type}.schema.json`));
        } catch (err) {
          if (err.code !== 'ENOENT') throw err;
        }
      }
      byType.set(type, v);
    }
    return v;
  };
}

const SCHEMA_SQL = `
CREATE TABLE artifacts (
  id INTEGER PRIMARY KEY,
  file_path TEXT UNIQUE,
  artifact_id TEXT,
  experiment_id TEXT,
  type TEXT,
  title TEXT,
  status TEXT,
  created_at TEXT,
  updated_at TEXT,
  frontmatter TEXT,
  content TEXT,
  valid INTEGER
);
CREATE TABLE tags (file_path TEXT, tag_name TEXT);
CREATE TABLE metrics (
  file_path TEXT,
  experiment_id TEXT,
  metric_name TEXT,
  metric_value REAL,
  baseline_value REAL,
  unit TEXT,
  timestamp TEXT
);
CREATE VIRTUAL TABLE artifacts_fts USING fts5(title, content, content='artifacts', content_rowid='id');
`;

// SQLite binds only null, numbers, bigints, strings and buffers.
const text = (v) => (typeof v === 'string' ? v : v == null ? null : String(v));
const num = (v) => (typeof v === 'number' ? v : null);

const yamlOptions = { engines: { yaml: (s) => jsyaml.load(s, { schema: jsyaml.CORE_SCHEMA }) } };

function main(argv) {
  if (argv.length !== 2) {
    console.error('usage: node bench/baseline-rebuild.mjs <corpusDir> <dbPath>');
    return 2;
  }
  const [corpusDir, dbPath] = argv;
  const files = listMarkdown(join(corpusDir, ...ROOT.split('/')));
  const validatorFor = makeValidators();

  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const db = new DatabaseSync(dbPath);
  try {
    db.exec('PRAGMA journal_mode=DELETE; PRAGMA synchronous=NORMAL;');
    db.exec(SCHEMA_SQL);
    const insArtifact = db.prepare(
      'INSERT INTO artifacts (id, file_path, artifact_id, experiment_id, type, title, status, created_at, updated_at, frontmatter, content, valid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insTag = db.prepare('INSERT INTO tags (file_path, tag_name) VALUES (?, ?)');
    const insMetric = db.prepare(
      'INSERT INTO metrics (file_path, experiment_id, metric_name, metric_value, baseline_value, unit, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insFts = db.prepare('INSERT INTO artifacts_fts (rowid, title, content) VALUES (?, ?, ?)');

    db.exec('BEGIN');
    let id = 0;
    for (const abs of files) {
      const src = readFileSync(abs, 'utf8');
      const filePath = sep === '/' ? relative(corpusDir, abs) : relative(corpusDir, abs).split(sep).join('/');
      let fm;
      let content;
      let valid = 0;
      try {
        const parsed = matter(src, yamlOptions);
        fm = parsed.data;
        content = parsed.content;
      } catch {
        fm = null; // unparseable frontmatter: indexed as invalid, body is the whole file
        content = src;
      }
      if (fm !== null && (typeof fm !== 'object' || Array.isArray(fm))) fm = null;
      if (fm !== null) {
        const validate = validatorFor(fm.type);
        valid = validate !== null && validate(fm) ? 1 : 0;
      }
      const f = fm ?? {};
      const title = text(f.title ?? (f.type === 'experiment_manifest' ? f.name : null));
      const experimentId = text(f.experiment_id);
      id++;
      insArtifact.run(
        id, filePath, text(f.artifact_id), experimentId, text(f.type), title, text(f.status),
        text(f.created), text(f.updated), fm === null ? null : JSON.stringify(fm), content, valid,
      );
      insFts.run(id, title, content);
      if (Array.isArray(f.tags)) for (const t of f.tags) insTag.run(filePath, text(t));
      if (f.type === 'report' && f.metrics !== null && typeof f.metrics === 'object') {
        const timestamp = text(f.created);
        for (const name of Object.keys(f.metrics)) {
          const m = f.metrics[name];
          if (m !== null && typeof m === 'object') insMetric.run(filePath, experimentId, name, num(m.value), num(m.baseline), text(m.unit), timestamp);
          else insMetric.run(filePath, experimentId, name, num(m), null, null, timestamp);
        }
      }
    }
    db.exec('COMMIT');
  } catch (err) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw err;
  } finally {
    db.close();
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  console.error(`baseline-rebuild: ${err?.message ?? err}`);
  process.exitCode = 1;
}
