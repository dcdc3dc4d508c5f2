import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { loadConfig } from '../config/loadConfig.ts';
import { openForRead } from '../db/openDb.ts';
import { UsageError } from '../errors.ts';
import { blameExperiment, blameFile, type BlameResult } from '../history/blame.ts';
import type { FieldValue } from '../history/fieldHistory.ts';
import { resolveRevision } from '../history/resolveRevision.ts';
import { resolveExperimentIds } from '../query/experimentIds.ts';
import { parse } from './args.ts';
import { DB_OPTION, dbPathFor } from './dbOption.ts';
import type { CliIO, Command } from './io.ts';
import { currentIndex, SYNC_OPTIONS } from './syncOption.ts';

const HELP = `Usage: etk blame <file|experiment> [field] [options]

Per frontmatter field, its value and the commit, author and date where that value was last set
(not where its line last moved), following the file through renames. For an experiment (its id,
or a unique start or part of one): its status, merged from its metadata files as the index merges
them, and the latest value of each metric of its reports, over time, through renames of its folder
(etk mv). A value a merge took from a branch is credited to the branch commit that set it.

  field                  one field only; a dotted name reaches inside (metrics.hmean); an
                         object's name covers everything in it (metrics)
  --history              every value each field had, oldest first, with its commit
  --rev REV              up to this commit, tag or branch (default HEAD)
  -f, --format F         text (default) or json
  --db PATH              the index, to find an experiment by a part of its id
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Values from a shallow clone's oldest commit are marked "≤": set at or before that commit (the
history before it is not in the clone; git fetch --unshallow brings it).

Examples:
  etk blame experiment_manager/experiments/20251217_024343_image_enhancements/README.md status
  etk blame 20251217_024343 --history
  etk blame reports/20251218_0930_report_first-results.md metrics.hmean --history --format json`;

const day = (iso: string) => iso.slice(0, 16).replace('T', ' ');
const show = (v: FieldValue) => (v.present ? (typeof v.value === 'string' ? v.value : JSON.stringify(v.value)) : '(removed)');
const commitOf = (v: FieldValue) => `${v.atOrBefore ? '≤' : ''}${v.commit.slice(0, 12)}`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length))).join('  ').trimEnd()).join('\n');
}

export function renderBlame(r: BlameResult, history: boolean): string {
  const head = `${r.target}: ${r.revisions} revision${r.revisions === 1 ? '' : 's'}${r.shallow ? ' (shallow clone: ≤ marks values set at or before the oldest commit here)' : ''}`;
  if (r.fields.length === 0) return `${head}\nno frontmatter fields in any revision\n`;
  if (!history) return `${head}\n${table([['field', 'value', 'commit', 'author', 'date'], ...r.fields.map((f) => [f.field, show(f), commitOf(f), f.author, day(f.date)])])}\n`;
  const blocks = r.fields.map((f) => `${f.field}\n${table(f.history.map((v) => ['  ' + show(v), commitOf(v), v.author, day(v.date), v.path === r.target ? '' : v.path]))}`);
  return `${head}\n\n${blocks.join('\n\n')}\n`;
}

export const blameCommand: Command = {
  name: 'blame',
  summary: 'who set each frontmatter field (or an experiment\'s status and metrics), when, and every value it had',
  help: HELP,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('blame', argv, { ...DB_OPTION, history: { type: 'boolean' }, rev: { type: 'string' }, format: { type: 'string', short: 'f' }, ...SYNC_OPTIONS });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const [target, field, ...extra] = positionals;
    if (target === undefined || target === '') throw new UsageError('etk blame needs a file or an experiment', 'etk blame <file|experiment> [field], e.g. etk blame 20251217_024343 status');
    if (extra.length > 0) throw new UsageError(`etk blame: unexpected argument "${extra[0]}"`, 'one file or experiment, and at most one field');
    const format = (values.format as string | undefined) ?? 'text';
    if (!['text', 'json'].includes(format)) throw new UsageError(`etk blame: --format must be text or json (found "${format}")`);
    const configFile = values.config !== undefined ? { configFile: values.config as string } : {};
    // A file's blame reads only git: the experiments root need not exist (an experiment's does, below).
    const config = await loadConfig({ cwd: io.cwd, ...configFile, requireRoot: false });
    if (config.top === null) throw new UsageError(`etk blame reads git's history, and ${config.projectDir} is not inside a git repository`, 'run it inside your repository');
    const top = config.top;
    const rev = (values.rev as string | undefined) ?? 'HEAD';
    const commit = resolveRevision(top, rev, '--rev').commit;
    let result: BlameResult;
    const abs = resolve(io.cwd, target);
    const inRepo = relative(top, abs);
    const looksLikeFile = (existsSync(abs) && statSync(abs).isFile()) || /\.(md|json)$/i.test(target) || target.includes('/');
    if (looksLikeFile) {
      if (inRepo.startsWith('..') || isAbsolute(inRepo)) throw new UsageError(`etk blame: ${target} is outside the repository ${top}`, 'name a file inside it');
      const path = inRepo.split(sep).join('/');
      result = blameFile(top, path, field, commit);
      if (result.revisions === 0) throw new UsageError(`etk blame: ${path} has no commits up to ${rev} (git log shows none)`, 'commit it first, or check the path (git log --follow -- <path>)');
    } else {
      // Finding an experiment needs its root: a missing one is the usual configuration error.
      await loadConfig({ cwd: io.cwd, ...configFile });
      const dbPath = dbPathFor(config, io.cwd, values.db);
      await currentIndex('blame', values, config, dbPath, io);
      const db = openForRead(dbPath);
      let id: string;
      try {
        id = resolveExperimentIds(db, [target])[0]!;
      } finally {
        db.close();
      }
      result = blameExperiment(top, config.root, id, field, commit);
      if (result.revisions === 0) throw new UsageError(`etk blame: experiment ${id} has no commits up to ${rev}`, 'commit its files first');
    }
    if (field !== undefined && result.fields.length === 0) throw new UsageError(`etk blame: ${result.target} never had a field "${field}"`, 'etk blame without a field lists the fields it had');
    io.stdout.write(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderBlame(result, values.history === true));
    return 0;
  },
};
