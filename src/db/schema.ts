import { baselineRunSql } from './baselineRule.ts';
import { RUN_PARAMETERS_SQL } from './runParameters.ts';

/**
 * tracking.db, schema version 8 (version 7's metrics view computed a self-baselined run's baseline
 * with a scan of the experiment's later runs, quadratic in its runs, though with the same answers;
 * version 6's baseline rule could take a run whose metric is not a
 * number as the baseline, leaving the metric none; version 5 lacked either the provenance table, who changed each file first
 * and last from git's history, or the report_runs view, as the two were added side by side; version 4
 * lacked both, and its metrics view could take a report's own values as its baseline when the report
 * named its own experiment; version 3 lacked the views that mirror the seed repository's
 * schema.sql: artifact_tags and the v_* views; version 2 took a declared artifact_id as the key, which two files
 * can share, searched exact word forms only and did not read experiment metadata from manifest.json
 * and state.json; version 1 lacked the covering indexes that keep `etk query` fast; an older file is
 * backed up and rebuilt by the next sync). Starts from the roadmap's DDL (same table and column names, so its
 * example SQL runs unchanged) and fixes its flaws:
 * - every base table holds per-file facts only, keyed by the file's path, so an incremental sync is
 *   "replace the rows of the changed files" and always equals a rebuild; facts that depend on other
 *   files (an experiment without a manifest, a metric's baseline from another experiment) are views,
 *   and cross-file diagnostics are recomputed in the same transaction as every sync;
 * - full-text search is an external-content FTS5 table over `artifacts(title, content)` keyed by an
 *   explicit INTEGER PRIMARY KEY (stable across VACUUM), kept in step by the writer;
 * - `artifacts.artifact_id` is unique: the file's path under the experiments root, a fact of the file
 *   alone, so joins on it never fan out; the declared id stays in declared_artifact_id;
 * - tags belong to artifacts as well as to experiments (scope 'experiment' for the manifest's tags);
 * - the whole frontmatter is kept as JSON (`artifacts.frontmatter`), so custom fields are queryable
 *   with json_extract;
 * - no CHECK constraint rejects what validation accepts (custom types and statuses), and an artifact
 *   that does not parse is still a row, with its diagnostics.
 */
export const SCHEMA_VERSION = 8;

export const DDL = `
CREATE TABLE etk_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- Every file etk indexed, with git's blob id of the content it read (the sync plan diffs these).
CREATE TABLE files (
  path          TEXT PRIMARY KEY,
  blob          TEXT NOT NULL,
  size          INTEGER NOT NULL,
  kind          TEXT NOT NULL,            -- manifest | artifact | document | metadata | misplaced
  experiment_id TEXT,                     -- the experiment folder, or NULL when loose in the root
  dirty         INTEGER NOT NULL DEFAULT 0 -- 1: content differs from etk_meta.base_tree (uncommitted)
) WITHOUT ROWID;
CREATE INDEX idx_files_experiment ON files(experiment_id, kind);
CREATE INDEX idx_files_dirty ON files(path) WHERE dirty = 1;

-- One row per indexed Markdown file, manifests included; a file that does not parse is a row too.
CREATE TABLE artifacts (
  id            INTEGER PRIMARY KEY,      -- explicit rowid: the FTS key, stable across VACUUM
  artifact_id   TEXT NOT NULL UNIQUE,     -- the file's path under the experiments root (unique, per file)
  experiment_id TEXT,                     -- the folder the file is in
  type          TEXT,
  title         TEXT NOT NULL,
  file_path     TEXT NOT NULL UNIQUE REFERENCES files(path) ON DELETE CASCADE,
  status        TEXT,
  created_at    TIMESTAMP,              -- UTC 'YYYY-MM-DD HH:MM:SS' (sorts and compares with datetime())
  updated_at    TIMESTAMP,
  ads_version   TEXT,
  declared_artifact_id TEXT,              -- frontmatter artifact_id as written, NULL when absent (may repeat)
  baseline      TEXT,                     -- report baseline experiment id, if any
  parse_error   TEXT,                     -- rule id when the file could not be read or parsed
  errors        INTEGER NOT NULL,         -- per-file error count (cross-file ones: see diagnostics)
  warnings      INTEGER NOT NULL,
  body_line     INTEGER NOT NULL,         -- file line where content starts
  yaml_line     INTEGER NOT NULL,         -- file line where frontmatter_yaml starts
  -- Large columns last: reading the small ones above never walks their overflow pages.
  frontmatter   TEXT,                     -- the whole frontmatter as JSON (NULL if it did not parse)
  frontmatter_yaml TEXT NOT NULL,         -- its YAML text, for positions of cross-file findings
  content       TEXT NOT NULL             -- the Markdown body (full-text indexed with title)
);
CREATE INDEX idx_artifacts_experiment ON artifacts(experiment_id);
CREATE INDEX idx_artifacts_type ON artifacts(type);
CREATE INDEX idx_artifacts_status ON artifacts(status);
CREATE INDEX idx_artifacts_created ON artifacts(created_at);
-- Covers etk query artifacts (its columns in its default order): the listing never reads the table,
-- whose rows are large because the body is stored inline.
CREATE INDEX idx_artifacts_listing ON artifacts(created_at DESC, file_path, artifact_id, declared_artifact_id, experiment_id, type, status, title, updated_at, errors, warnings);
-- Cross-file rules look these up for the files a sync touched.
CREATE INDEX idx_artifacts_declared_id ON artifacts(declared_artifact_id) WHERE declared_artifact_id IS NOT NULL;
CREATE INDEX idx_artifacts_baseline ON artifacts(baseline) WHERE baseline IS NOT NULL;

CREATE TABLE artifact_metadata (
  file_path      TEXT PRIMARY KEY REFERENCES artifacts(file_path) ON DELETE CASCADE,
  artifact_id    TEXT NOT NULL,
  phase          TEXT,
  priority       TEXT,
  evidence_count INTEGER,
  metrics        TEXT,   -- JSON object, as written
  baseline       TEXT,
  comparison     TEXT,
  commands       TEXT,   -- JSON array
  prerequisites  TEXT,   -- JSON array
  dependencies   TEXT,   -- JSON array
  name           TEXT,   -- experiment_manifest
  description    TEXT    -- experiment_manifest
) WITHOUT ROWID;

-- Experiment metadata, one row per file that holds some: state.json, .metadata/manifest.json,
-- manifest.json, and the README.md frontmatter. The experiments view merges them by rank
-- (src/artifacts/experimentMetadata.ts PRECEDENCE; 1 wins): describe_rank for name, description and
-- created, live_rank for status, phase and updated.
CREATE TABLE experiment_sources (
  file_path     TEXT PRIMARY KEY REFERENCES files(path) ON DELETE CASCADE,
  experiment_id TEXT NOT NULL,            -- the folder the file is in
  source        TEXT NOT NULL,            -- README.md | .metadata/manifest.json | manifest.json | state.json
  describe_rank INTEGER NOT NULL,
  live_rank     INTEGER NOT NULL,
  declared_experiment_id TEXT,            -- experiment_id (or id) as written
  name          TEXT,
  status        TEXT,                     -- as written (not limited to the profile's statuses)
  description   TEXT,                     -- description, intention, goal, ...
  phase         TEXT,
  created       TEXT,                     -- as written
  updated       TEXT,
  created_at    TIMESTAMP,                -- UTC 'YYYY-MM-DD HH:MM:SS', when the written form could be read
  updated_at    TIMESTAMP,
  data          TEXT NOT NULL             -- the whole object as JSON
) WITHOUT ROWID;
CREATE INDEX idx_experiment_sources ON experiment_sources(experiment_id);

CREATE TABLE tags (
  tag_id        INTEGER PRIMARY KEY,
  experiment_id TEXT,
  tag_name      TEXT NOT NULL,
  file_path     TEXT NOT NULL REFERENCES artifacts(file_path) ON DELETE CASCADE,
  artifact_id   TEXT NOT NULL,
  scope         TEXT NOT NULL,            -- 'experiment' (the manifest's tags) or 'artifact'
  UNIQUE(file_path, tag_name)
);
-- Both cover the tag counts and an experiment's tag list (no lookups into the table).
CREATE INDEX idx_tags_experiment ON tags(experiment_id, tag_name, scope);
CREATE INDEX idx_tags_name ON tags(tag_name, experiment_id, scope);

-- One row per report metric, as written in that report.
CREATE TABLE metric_values (
  metric_id           INTEGER PRIMARY KEY,
  artifact_id         TEXT NOT NULL,
  experiment_id       TEXT,
  metric_name         TEXT NOT NULL,
  metric_value        REAL,
  baseline_declared   REAL,               -- the metric's own {baseline: ...}
  unit                TEXT,
  timestamp           TIMESTAMP,          -- the report's created
  baseline_experiment TEXT,               -- the report's baseline
  file_path           TEXT NOT NULL REFERENCES artifacts(file_path) ON DELETE CASCADE
);
CREATE INDEX idx_metrics_experiment ON metric_values(experiment_id, metric_name, timestamp, file_path);
CREATE INDEX idx_metrics_artifact ON metric_values(artifact_id);
CREATE INDEX idx_metrics_file ON metric_values(file_path);

CREATE TABLE file_diagnostics (
  id        INTEGER PRIMARY KEY,
  file_path TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
  line      INTEGER NOT NULL,
  "column"  INTEGER NOT NULL,
  rule      TEXT NOT NULL,
  severity  TEXT NOT NULL,                -- error | warning
  message   TEXT NOT NULL,
  hint      TEXT,
  scope     TEXT NOT NULL                 -- 'file' (from the file alone) or 'cross' (duplicate ids, baselines)
);
CREATE INDEX idx_diagnostics_file ON file_diagnostics(file_path);

-- Per file of the last commit (not uncommitted edits), its first and last change in git's history
-- (renames followed; src/history/provenance.ts): commit, author name, author date as written (ISO
-- 8601 with its zone), committer time (Unix seconds, orders changes). NULL commit: unknown, the
-- change is older than what a shallow clone holds. Filled by the sync's own walk of git log.
CREATE TABLE provenance (
  path          TEXT PRIMARY KEY,
  first_commit  TEXT,
  first_author  TEXT,
  first_date    TEXT,
  first_time    INTEGER,
  last_commit   TEXT,
  last_author   TEXT,
  last_date     TEXT,
  last_time     INTEGER
) WITHOUT ROWID;
CREATE INDEX idx_provenance_last_author ON provenance(last_author);

-- Porter stems of unicode61 tokens: English word forms match (correct, correction); other scripts are
-- stored as unicode61 reads them (search matches Hangul and CJK words as prefixes).
CREATE VIRTUAL TABLE artifacts_fts USING fts5(
  title, content,
  content='artifacts', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2'
);
-- Kept in step by etk's writer (src/db/writeRows.ts), not by triggers: a large sync refills the
-- whole index with one 'rebuild' command, several times faster than row by row.

-- Experiments: one per folder that holds indexed files (Markdown or metadata), with or without
-- metadata. Each fact comes from the best-ranked source that has it (experiment_sources); updated
-- is the latest any source names (a README edited after state.json was written is newer).
CREATE VIEW experiments AS
SELECT
  f.experiment_id                                   AS experiment_id,
  COALESCE((SELECT s.name FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.name IS NOT NULL ORDER BY s.describe_rank LIMIT 1), f.experiment_id) AS name,
  (SELECT s.description FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.description IS NOT NULL ORDER BY s.describe_rank LIMIT 1) AS description,
  (SELECT s.status FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.status IS NOT NULL ORDER BY s.live_rank LIMIT 1) AS status,
  (SELECT s.created_at FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.created IS NOT NULL ORDER BY s.describe_rank LIMIT 1) AS created_at,
  (SELECT s.updated_at FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.updated IS NOT NULL ORDER BY s.updated_at IS NULL, s.updated_at DESC, s.live_rank LIMIT 1) AS updated_at,
  a.ads_version                                     AS ads_version,
  a.file_path                                       AS manifest_path,
  a.frontmatter                                     AS frontmatter,
  (SELECT s.phase FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.phase IS NOT NULL ORDER BY s.live_rank LIMIT 1) AS phase,
  (SELECT s.created FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.created IS NOT NULL ORDER BY s.describe_rank LIMIT 1) AS created,
  (SELECT s.updated FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.updated IS NOT NULL ORDER BY s.updated_at IS NULL, s.updated_at DESC, s.live_rank LIMIT 1) AS updated,
  (SELECT group_concat(s.source, ', ') FROM (SELECT source FROM experiment_sources WHERE experiment_id = f.experiment_id ORDER BY describe_rank) s) AS metadata_sources
FROM (SELECT DISTINCT experiment_id FROM files WHERE experiment_id IS NOT NULL) f
LEFT JOIN files fm ON fm.experiment_id = f.experiment_id AND fm.kind = 'manifest'
LEFT JOIN artifacts a ON a.file_path = fm.path;

-- Metrics with the effective baseline (src/db/baselineRule.ts): the metric's own declared
-- baseline, else the same metric in the baseline experiment's latest run, never the report itself
-- (a report that names its own experiment is compared with that experiment's run before it).
CREATE VIEW metrics AS
SELECT
  m.metric_id, m.artifact_id, m.experiment_id, m.metric_name, m.metric_value,
  COALESCE(m.baseline_declared, ${baselineRunSql('m', 'b.metric_value')}) AS baseline_value,
  m.unit, m.timestamp, m.baseline_experiment, m.file_path
FROM metric_values m;

-- Runs: every report is a run of its experiment, with its parameters (the frontmatter's scalar
-- fields the standard does not define, as a JSON object: backbone, lr, gpu ...).
CREATE VIEW report_runs AS
SELECT
  a.artifact_id                                     AS run_id,
  a.experiment_id                                   AS experiment_id,
  a.title                                           AS title,
  a.file_path                                       AS file_path,
  a.created_at                                      AS created_at,
  a.status                                          AS status,
  a.baseline                                        AS baseline_experiment,
  (SELECT COUNT(*) FROM metric_values v WHERE v.file_path = a.file_path) AS metric_count,
  ${RUN_PARAMETERS_SQL}                             AS parameters
FROM artifacts a
WHERE a.type = 'report';

CREATE VIEW diagnostics AS
SELECT file_path AS file, line, "column", rule, severity, message, hint, scope FROM file_diagnostics;

CREATE VIEW active_experiments AS
SELECT e.*, (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id) AS artifact_count
FROM experiments e WHERE e.status = 'active';

-- The latest value of each metric per experiment.
CREATE VIEW latest_metrics AS
SELECT experiment_id, metric_name, metric_value, baseline_value, unit, timestamp, artifact_id, file_path
FROM (
  SELECT m.*, ROW_NUMBER() OVER (PARTITION BY m.experiment_id, m.metric_name ORDER BY m.timestamp DESC, m.file_path DESC) AS rn
  FROM metrics m
) WHERE rn = 1;

-- The views of the seed repository's schema.sql (database/schema.sql of the EDS v1.0 tooling), over
-- etk's tables, so queries written for it keep working where the meaning is the same.
-- artifact_tags: every tag of every indexed file (schema.sql: artifact_id, tag_name).
CREATE VIEW artifact_tags AS
SELECT artifact_id, tag_name FROM tags;

CREATE VIEW v_active_experiments AS
SELECT
  e.experiment_id, e.name, e.description, e.created_at, e.updated_at,
  (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id) AS artifact_count,
  (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id AND a.type = 'assessment') AS assessment_count,
  (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id AND a.type = 'report') AS report_count,
  (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id AND a.type = 'guide') AS guide_count,
  (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id AND a.type = 'script') AS script_count
FROM experiments e WHERE e.status = 'active';

CREATE VIEW v_recent_activity AS
SELECT a.experiment_id, e.name, a.artifact_id, a.title, a.type, a.updated_at
FROM artifacts a JOIN experiments e ON e.experiment_id = a.experiment_id
ORDER BY a.updated_at DESC LIMIT 50;

CREATE VIEW v_experiment_stats AS
SELECT
  COUNT(*) AS total_experiments,
  COUNT(CASE WHEN status = 'active' THEN 1 END) AS active_count,
  COUNT(CASE WHEN status = 'complete' THEN 1 END) AS complete_count,
  COUNT(CASE WHEN status = 'deprecated' THEN 1 END) AS deprecated_count
FROM experiments;

-- One row per experiment; unlike schema.sql's join, counts do not multiply by tags.
CREATE VIEW v_artifact_stats AS
SELECT
  e.experiment_id, e.name,
  (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id) AS total_artifacts,
  (SELECT AVG(m.evidence_count) FROM artifacts a JOIN artifact_metadata m ON m.file_path = a.file_path WHERE a.experiment_id = e.experiment_id AND a.type = 'assessment') AS avg_evidence_count,
  (SELECT COUNT(DISTINCT t.tag_name) FROM tags t WHERE t.experiment_id = e.experiment_id) AS tag_count
FROM experiments e;

-- Marks the file as etk's from its creation on (a sync adds the rest of etk_meta).
INSERT INTO etk_meta (key, value) VALUES ('schema_version', '${SCHEMA_VERSION}');
`;
