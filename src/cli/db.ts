import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { loadConfig } from '../config/loadConfig.ts';
import { DatabaseSync } from 'node:sqlite';
import { busyTimeoutMs, openForRead } from '../db/openDb.ts';
import { inspectCommand, migrateCommand } from './dbMigrate.ts';
import { checkDatabase, counts, meta } from '../db/inspect.ts';
import { ConfigError, UsageError } from '../errors.ts';
import { inspectDb } from '../db/dbObjects.ts';
import { execGit } from '../git/execGit.ts';
import { planSync } from '../sync/planSync.ts';
import { listSource, type SourceKind } from '../sync/sourceFiles.ts';
import { parse } from './args.ts';
import { DB_OPTION, dbPathFor } from './dbOption.ts';
import type { CliIO, Command } from './io.ts';

const HELP = `Usage: etk db <info|inspect|migrate|check|vacuum> [options]

  info      where the index is, its schema version, what it reflects (work tree, index or a
            commit, and which), whether it is behind, and what it holds
  inspect   any SQLite file, etk's or another tool's: every table, view, index and trigger, row
            counts, foreign keys, and for each whether etk owns it, would move it aside, or leaves
            it as it is (reads only)
  migrate   make room for etk in a database another tool made: back it up (verified), move its
            objects whose names etk needs aside as legacy_* with every row, index and trigger, and
            create etk's tables; --dry-run prints the plan and writes nothing
  check     SQLite integrity and foreign-key checks, the full-text index against its table,
            file count vs row count (exit 1 on any problem)
  vacuum    compact the database file (and checkpoint its write-ahead log)

Options:
  --json                machine-readable output (info, inspect, check)
  --format table|json   the same, as for other listings (inspect)
  --dry-run             migrate: print what would move and write nothing
  --db PATH             use this database file instead of the configured one
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Examples:
  etk db info
  etk db inspect --db data/ops/tracking.db
  etk db migrate --dry-run
  etk db check --db out/tracking.db
  etk db vacuum`;

const SUBCOMMANDS = ['info', 'inspect', 'migrate', 'check', 'vacuum'];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
function sizeOf(path: string): number {
  let total = 0;
  for (const s of ['', '-wal']) {
    try {
      total += statSync(`${path}${s}`).size;
    } catch {
      /* absent */
    }
  }
  return total;
}

export const dbCommand: Command = {
  name: 'db',
  summary: 'look into, migrate, check or compact the index (info, inspect, migrate, check, vacuum)',
  help: HELP,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('db', argv, { ...DB_OPTION, json: { type: 'boolean' }, format: { type: 'string' }, 'dry-run': { type: 'boolean' } });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const sub = positionals[0];
    if (sub === undefined || !SUBCOMMANDS.includes(sub) || positionals.length > 1) {
      throw new UsageError(sub === undefined ? `etk db needs a subcommand: ${SUBCOMMANDS.join(', ')}` : `etk db: unknown subcommand "${positionals.join(' ')}"`, 'see etk db --help');
    }
    if (values.format !== undefined && values.format !== 'table' && values.format !== 'json') throw new UsageError(`etk db: --format must be table or json (found "${values.format}")`);
    if (values['dry-run'] && sub !== 'migrate') throw new UsageError(`etk db ${sub} takes no --dry-run (it is for migrate)`);
    const json = values.json === true || values.format === 'json';
    const config = await loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configFile: values.config as string } : {}), requireRoot: false });
    const path = dbPathFor(config, io.cwd, values.db);
    const shown = relative(io.cwd, path) || path;
    if (sub === 'inspect') return inspectCommand(path, shown, json, io);
    if (sub === 'migrate') return migrateCommand(path, shown, values['dry-run'] === true, json, io);

    if (sub === 'vacuum') {
      const before = sizeOf(path);
      // Only etk's index, at this etk's schema version (openForRead says so otherwise): VACUUM keeps
      // every row of every table, but another tool's file is that tool's to compact.
      const probe = openForRead(path);
      let foreign: string[];
      try {
        foreign = inspectDb(probe).objects.filter((o) => o.owner === 'other' && o.type === 'table').map((o) => o.name);
      } finally {
        probe.close();
      }
      // VACUUM renumbers the rowids of tables without an INTEGER PRIMARY KEY: another tool that
      // keys anything on them (an external-content full-text index) would point at other rows.
      if (foreign.length > 0) throw new ConfigError(`${shown} also holds another tool's tables (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''}); VACUUM may renumber their rows, so etk does not compact this file`, 'compact it with the tool that owns those tables, or keep etk\'s index in a file of its own (--db)');
      const db = new DatabaseSync(path, { timeout: busyTimeoutMs() });
      try {
        db.exec('VACUUM');
        db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
      io.stdout.write(`✔ ${shown}: ${mb(before)} -> ${mb(sizeOf(path))}\n`);
      return 0;
    }

    const db = openForRead(path);
    try {
      if (sub === 'check') {
        const result = checkDatabase(db);
        if (json) io.stdout.write(`${JSON.stringify({ database: path, ok: result.problems.length === 0, checks: result.checks }, null, 2)}\n`);
        else {
          for (const c of result.checks) io.stdout.write(`${c.ok ? '✔' : '✖'} ${c.name}: ${c.detail}\n`);
          if (result.problems.length > 0) io.stdout.write(`${shown} has problems; it is a cache of the Markdown: rebuild it with etk sync --force\n`);
        }
        return result.problems.length === 0 ? 0 : 1;
      }

      // info
      const m = meta(db);
      const c = counts(db);
      let behind: string | null = null;
      let pending: number | null = null;
      if (config.top !== null && m.source) {
        const head = execGit(['rev-parse', '-q', '--verify', 'HEAD'], { cwd: config.top, okCodes: [1] }).toString('utf8').trim();
        if (m.source !== 'rev' && m.commit && head && m.commit !== head) behind = `recorded ${m.commit.slice(0, 12)}, HEAD is ${head.slice(0, 12)}`;
        if (m.source !== 'rev') {
          const base = config.top;
          const { listing } = listSource({ kind: m.source as SourceKind, top: config.top, base, root: config.root, scope: config.root, maxFileSize: config.maxFileSize });
          const indexed = new Map((db.prepare('SELECT path, blob FROM files').all() as { path: string; blob: string }[]).map((r) => [r.path, r.blob]));
          const plan = planSync(indexed, listing, config.root);
          pending = plan.added.length + plan.changed.length + plan.removed.length;
        }
      }
      const info = { database: path, sizeBytes: sizeOf(path), schemaVersion: Number(m.schema_version ?? 0), etkVersion: m.etk_version ?? null, source: m.source ?? null, commit: m.commit || null, dirty: m.dirty === '1', syncedAt: m.synced_at ?? null, behindHead: behind, pendingFiles: pending, counts: c };
      if (json) {
        io.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
        return 0;
      }
      const reflects = m.source === 'rev' ? `commit ${m.commit?.slice(0, 12)}` : m.source === 'index' ? `the git index${m.commit ? ` on ${m.commit.slice(0, 12)}` : ''}` : `the work tree${m.commit ? ` on ${m.commit.slice(0, 12)}${m.dirty === '1' ? ' with changes' : ''}` : ''}`;
      const lines = [
        `database     ${shown} (${mb(info.sizeBytes)}, schema v${info.schemaVersion}, written by etk ${info.etkVersion})`,
        `reflects     ${reflects}, synced ${info.syncedAt}`,
        `freshness    ${pending === null ? 'unknown outside git' : pending === 0 ? (behind ? `up to date (synced on ${m.commit!.slice(0, 12)}; HEAD is now ${behind.slice(behind.lastIndexOf(' ') + 1)} with the same files)` : 'up to date') : `${pending} file${pending === 1 ? '' : 's'} changed since the last sync: run etk sync`}`,
        `experiments  ${c.experiments}`,
        `artifacts    ${Object.values(c.artifacts).reduce((a, b) => a + b, 0)} (${Object.entries(c.artifacts).map(([t, n]) => `${n} ${t}`).join(', ')})`,
        `tags         ${c.tags} distinct`,
        `metrics      ${c.metrics} values`,
        `problems     ${c.errors} errors, ${c.warnings} warnings${c.unparsed ? `, ${c.unparsed} files that do not parse` : ''}`,
      ];
      io.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
