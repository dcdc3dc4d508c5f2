import { basename, relative } from 'node:path';
import { cell } from './renderCheckSummary.ts';
import type { IndexResult } from './runIndex.ts';
import { plural } from '../util/plural.ts';

export interface PublishedArtifact {
  name: string;
  id: number;
  url: string | null;
}

export interface IndexSummaryOptions {
  /** Paths are shown relative to this folder (the workspace). */
  cwd: string;
  uploaded?: { data: PublishedArtifact; report: PublishedArtifact } | null;
}


function link(a: PublishedArtifact): string {
  return a.url ? `[<code>${cell(a.name)}</code>](${a.url})` : `<code>${cell(a.name)}</code> (id ${a.id})`;
}

function rel(cwd: string, path: string): string {
  const r = relative(cwd, path);
  return r.startsWith('..') || r === '' ? path : r;
}

/** The index job's summary: counts, how the sync went, what was published where, each named query. */
export function renderIndexSummary(r: IndexResult, options: IndexSummaryOptions): string {
  const c = r.counts;
  const problems = c.errors + c.warnings > 0 ? ` (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')} recorded)` : '';
  const out = [`## etk index: ${plural(c.artifacts, 'artifact')} in ${plural(c.experiments, 'experiment')}${problems}`, ''];
  const commit = r.commit ? `commit <code>${r.commit.slice(0, 12)}</code>` : 'HEAD';
  const how = r.sync.rebuild
    ? `rebuilt (${cell(r.sync.rebuild)})`
    : `${r.start === 'restored' || r.start === 'in-place' ? 'updated from the previous database' : 'built'}: ${r.sync.added} added, ${r.sync.changed} changed, ${r.sync.removed} removed`;
  out.push(`Indexed ${commit}, ${how}, in ${r.sync.ms} ms.`, '');
  for (const n of r.notes) out.push(`> **Note:** ${cell(n)}.`, '');

  out.push('| Output | Where |', '|---|---|');
  const up = options.uploaded;
  out.push(`| Database and query results | ${up ? link(up.data) : `<code>${cell(rel(options.cwd, r.dbPath))}</code>, <code>${cell(rel(options.cwd, r.resultsDir))}/</code>`} |`);
  out.push(`| HTML report | ${up ? link(up.report) : `<code>${cell(rel(options.cwd, r.reportPath))}</code>`} |`);
  out.push('');

  if (r.queries.length > 0) {
    out.push('### Named queries', '', '| Query | Rows | Files |', '|---|---:|---|');
    for (const q of r.queries) out.push(`| ${cell(q.name)} | ${q.rows} | <code>results/${cell(basename(q.json))}</code>, <code>results/${cell(basename(q.csv))}</code> |`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
