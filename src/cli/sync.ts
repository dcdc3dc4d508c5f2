import { relative } from 'node:path';
import { loadConfig } from '../config/loadConfig.ts';
import { UsageError } from '../errors.ts';
import { checkConflicts, syncIndex, type SyncOutcome } from '../sync/syncIndex.ts';
import { parse } from './args.ts';
import { DB_OPTION, dbPathFor } from './dbOption.ts';
import type { CliIO, Command } from './io.ts';
import { VERSION } from './version.ts';
import { palette, useColor } from './render/colors.ts';
import { plural } from '../util/plural.ts';
import { describeMigration, describeMoves } from './render/renderMigration.ts';

const HELP = `Usage: etk sync [experiment_id] [options]

Brings the index (tracking.db) in line with the Markdown, incrementally: git says which files
changed since the last sync (by blob id), only those are re-read, and everything is applied in one
transaction. The result always equals a full rebuild.

What to index:
  (default)             the work tree: what you see, uncommitted and untracked files included
  --staged              the git index: what the next commit will contain (for the pre-commit hook)
  --rev REV             a commit, e.g. HEAD or origin/main (for CI)
  experiment_id         only that experiment's folder

Options:
  --all                 re-read every file (full rebuild into the existing database)
  --force               drop etk's own tables and rebuild (a damaged file is moved to
                        tracking.db.damaged-<time> first; another tool's tables are never touched)
  --dry-run             print the plan (added, changed, removed, renamed) and write nothing, anywhere
  --check-conflicts     compare the index with what the files would produce; list every drift (exit 1 if any)
  --json                print a JSON summary
  -q, --quiet           print nothing when all goes well (for hooks)
  --db PATH             use this database file instead of the configured one
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Examples:
  etk sync
  etk sync --staged
  etk sync --rev HEAD --db out/tracking.db
  etk sync 20251217_024343_image_enhancements --dry-run
  etk sync --check-conflicts`;


function describeSource(o: SyncOutcome): string {
  const commit = o.state.commit ? o.state.commit.slice(0, 12) : null;
  if (o.state.kind === 'rev') return `commit ${commit}`;
  if (o.state.kind === 'index') return `the git index${commit ? ` (on ${commit})` : ''}`;
  return `the work tree${commit ? ` (${commit}${o.state.dirty ? ' + changes' : ''})` : ''}`;
}

export const syncCommand: Command = {
  name: 'sync',
  summary: 'update the SQLite index (tracking.db) from the Markdown, incrementally by git',
  help: HELP,
  skippable: true,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('sync', argv, {
      ...DB_OPTION,
      staged: { type: 'boolean' },
      rev: { type: 'string' },
      all: { type: 'boolean' },
      force: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'check-conflicts': { type: 'boolean' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`etk sync takes at most one experiment id (found ${positionals.length} arguments)`, 'see etk sync --help');
    if (values.staged && values.rev !== undefined) throw new UsageError('etk sync: --staged and --rev cannot be combined', 'index either the git index (--staged) or a commit (--rev)');
    // --staged runs in the pre-commit hook: a repository with no experiment yet must still commit.
    const config = await loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configFile: values.config as string } : {}), requireRoot: values.staged !== true });
    const dbPath = dbPathFor(config, io.cwd, values.db);
    const shownDb = relative(io.cwd, dbPath) || dbPath;
    const err = palette(useColor(io.stderr, io.env));
    const req = {
      config,
      dbPath,
      etkVersion: VERSION,
      source: values.staged ? ('index' as const) : values.rev !== undefined ? ('rev' as const) : ('worktree' as const),
      ...(values.rev !== undefined ? { rev: values.rev as string } : {}),
      ...(positionals[0] !== undefined ? { experiment: positionals[0] } : {}),
      all: values.all === true,
      force: values.force === true,
      dryRun: values['dry-run'] === true,
      ...(io.stderr.isTTY && !values.json
        ? { onProgress: (done: number, total: number) => {
            if (total >= 500) io.stderr.write(done === 0 ? `etk: indexing ${total} files…\n` : '');
          } }
        : {}),
    };

    if (values['check-conflicts']) {
      const report = await checkConflicts(req);
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ database: dbPath, files: report.files, staleConfig: report.staleConfig, drift: report.drift }, null, 2)}\n`);
      } else {
        if (report.staleConfig) io.stdout.write(`${report.staleConfig}\n`);
        for (const d of report.drift) {
          const what = d.kind === 'missing' ? 'missing from the index' : d.kind === 'stale' ? 'in the index, but no longer in the files' : `differs (${d.tables.join(', ')})`;
          io.stdout.write(`${d.path}: ${what}\n`);
        }
        io.stdout.write(report.drift.length === 0 && !report.staleConfig
          ? `✔ ${shownDb} matches the files (${plural(report.files, 'file')})\n`
          : `✖ ${plural(report.drift.length, 'file')} drifted from the Markdown; run etk sync to repair (the Markdown wins)\n`);
      }
      return report.drift.length > 0 || report.staleConfig ? 1 : 0;
    }

    const o = await syncIndex(req);
    if (o.damagedMovedTo) io.stderr.write(`${err.yellow('note')}  ${shownDb} was damaged: moved to ${relative(io.cwd, o.damagedMovedTo)} and rebuilt\n`);
    if (o.migrated) for (const line of describeMigration(o.migrated, shownDb, (p) => relative(io.cwd, p))) io.stderr.write(`${err.yellow('note')}  ${line}\n`);
    const p = o.plan;
    if (values.json) {
      io.stdout.write(`${JSON.stringify({
        database: dbPath,
        source: o.state,
        dryRun: o.dryRun,
        rebuild: o.rebuild,
        added: p.added, changed: p.changed, removed: p.removed, renamed: p.renamed, unchanged: p.unchanged,
        listed: o.listed, files: o.files, errors: o.errors, warnings: o.warnings, ms: Math.round(o.ms),
      }, null, 2)}\n`);
      return 0;
    }
    if (o.dryRun) {
      const renamedTo = new Set(p.renamed.map((r) => r.to));
      const renamedFrom = new Set(p.renamed.map((r) => r.from));
      if (o.wouldMigrate) {
        io.stdout.write(`${shownDb} is not etk's index yet: a sync would first back it up and make room for etk's tables\n`);
        for (const line of describeMoves(o.wouldMigrate.moves, o.wouldMigrate.inspection!)) io.stdout.write(`  ${line}\n`);
      }
      io.stdout.write(`plan for ${shownDb} from ${describeSource(o)}${o.rebuild ? ` (rebuild: ${o.rebuild})` : ''}:\n`);
      for (const r of p.renamed) io.stdout.write(`  renamed  ${r.from} -> ${r.to}\n`);
      for (const x of p.added) if (!renamedTo.has(x)) io.stdout.write(`  added    ${x}\n`);
      for (const x of p.changed) io.stdout.write(`  changed  ${x}\n`);
      for (const x of p.removed) if (!renamedFrom.has(x)) io.stdout.write(`  removed  ${x}\n`);
      io.stdout.write(`${plural(p.added.length - p.renamed.length, 'file')} to add, ${p.changed.length} to change, ${p.removed.length - p.renamed.length} to remove, ${p.renamed.length} renamed, ${p.unchanged} unchanged; nothing written\n`);
      return 0;
    }
    if (values.quiet) return 0;
    const changes = p.added.length + p.changed.length + p.removed.length;
    const counts = `${p.added.length - p.renamed.length} added, ${p.changed.length} changed, ${p.removed.length - p.renamed.length} removed${p.renamed.length ? `, ${p.renamed.length} renamed` : ''}`;
    const problems = o.errors + o.warnings > 0 ? `; ${plural(o.errors, 'error')}, ${plural(o.warnings, 'warning')} recorded` : '';
    io.stdout.write(changes === 0 && !o.rebuild
      ? `✔ ${shownDb} is up to date with ${describeSource(o)} (${plural(o.files, 'file')})${problems}\n`
      : `✔ ${shownDb} ← ${describeSource(o)}: ${counts}${o.rebuild ? ` (rebuilt: ${o.rebuild})` : ''} in ${Math.round(o.ms)} ms; ${plural(o.files, 'file')}${problems}\n`);
    return 0;
  },
};
