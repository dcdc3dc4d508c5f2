import { loadConfig } from '../config/loadConfig.ts';
import { openForRead } from '../db/openDb.ts';
import { UsageError } from '../errors.ts';
import { resolveExperimentIds } from '../query/experimentIds.ts';
import type { QueryResult } from '../query/output.ts';
import { runSearch, searchQuery, type SearchOptions } from '../query/search.ts';
import { intOption, parse } from './args.ts';
import { DB_OPTION, dbPathFor } from './dbOption.ts';
import type { CliIO, Command } from './io.ts';
import { SYNC_HELP, SYNC_OPTIONS } from './syncOption.ts';
import { AS_OF_HELP, AS_OF_OPTION, indexToRead } from './asOfOption.ts';
import { emitResult, OUTPUT_HELP, OUTPUT_OPTIONS, outputFormat, refuseOutputOverIndex, showSql } from './outputOptions.ts';
import { palette, useColor } from './render/colors.ts';

const HELP = `Usage: etk search "<words>" [options]

Full-text search over every artifact's title and body, best matches first (bm25; a hit in the
title counts more). Each hit shows file:line of the first match and a snippet with the matched
words marked (**bold** outside a terminal).

Words match their English forms (correct finds correction, run finds running) and ignore accents;
a word in Korean, Chinese or Japanese also matches with what is attached to it (실험 finds 실험을).
Every word must occur (--any: at least one), "a quoted phrase" must occur as a phrase, a trailing
* matches a prefix (calib*). Quotes, AND/OR/NOT/NEAR, colons and brackets are ordinary text; --raw
passes FTS5's own query syntax through instead. Put -- before words that start with a dash:
etk search -- -fold.

Options:
  --type T               only artifacts of type T (repeatable)
  --experiment ID        only in experiment ID (an id, or a unique start or part; repeatable)
  --tag T                only artifacts carrying tag T (repeatable: all of them)
  --limit N              at most N hits (default 20)
  --any                  match any of the words instead of all
  --raw                  the words are an FTS5 query (AND, OR, NOT, NEAR(), column:, prefix*)
${OUTPUT_HELP}
  --show-sql             print the SQL and its parameters to stderr
${SYNC_HELP}
${AS_OF_HELP}
  --db PATH              use this database file instead of the configured one
  -c, --config FILE      use this etk.config.json
  -h, --help             show this help

Examples:
  etk search "affine trap"
  etk search calib* --type report --limit 5
  etk search '"perspective correction" homography' --format json
  etk search --raw 'title:drift NOT baseline'
  etk search homography --as-of v1.0`;

function renderHits(result: QueryResult, color: boolean): string {
  const c = palette(color);
  if (result.rows.length === 0) return 'no matches\n';
  const lines = result.rows.map((r) => {
    const where = c.cyan(`${r.file_path}:${r.line}`);
    return `${where}  ${c.dim(String(r.type ?? ''))}  ${c.bold(String(r.title))}\n    ${r.snippet}`;
  });
  return `${lines.join('\n')}\n(${result.rows.length} hit${result.rows.length === 1 ? '' : 's'})\n`;
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over titles and bodies, ranked, with file:line and snippets',
  help: HELP,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('search', argv, {
      ...DB_OPTION,
      ...OUTPUT_OPTIONS,
      type: { type: 'string', multiple: true },
      experiment: { type: 'string', multiple: true },
      tag: { type: 'string', multiple: true },
      limit: { type: 'string' },
      any: { type: 'boolean' },
      raw: { type: 'boolean' },
      'show-sql': { type: 'boolean' },
      ...SYNC_OPTIONS,
      ...AS_OF_OPTION,
    });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('etk search needs words to search for', 'etk search "affine trap"');
    const text = positionals.join(' ');
    const limit = intOption('search', 'limit', values.limit) ?? 20;
    if (limit < 1) throw new UsageError('etk search: --limit must be at least 1');
    const format = outputFormat('search', values, io);
    const color = format === 'table' && values.output === undefined && useColor(io.stdout, io.env);
    const config = await loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configFile: values.config } : {}) });
    const indexPath = dbPathFor(config, io.cwd, values.db);
    refuseOutputOverIndex('search', values, indexPath, io);
    const db = openForRead(await indexToRead('search', values, config, indexPath, io));
    try {
      const o: SearchOptions = { text, limit, raw: values.raw === true, any: values.any === true };
      if (values.type) o.types = values.type;
      if (values.tag) o.tags = values.tag;
      if (values.experiment) o.experiments = resolveExperimentIds(db, values.experiment);
      if (color) o.marks = ['\u001b[1;33m', '\u001b[22;39m'];
      if (values['show-sql']) showSql(io, searchQuery(o));
      const result = runSearch(db, o);
      emitResult('search', result, values, io, (r) => renderHits(r, color));
    } finally {
      db.close();
    }
    return 0;
  },
};
