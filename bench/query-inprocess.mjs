#!/usr/bin/env node
// In-process timings of etk's query library on an existing index: the database is opened once
// (read-only, as the CLI does), then each call (build the SQL, prepare, run, rows as objects) is
// timed with process.hrtime. Prints one JSON object: { name: { medianMs, minMs, rows } }.
//
//   node --import tsx bench/query-inprocess.mjs <tracking.db> [runs] [filter]
//
// Imports the TypeScript sources (tsx's loader), so it measures the work tree, not dist/. The
// cases mirror the query group of bench/run.mjs: each predefined listing with default options, a
// --where over metrics and tags, compare of 3 experiments, every built-in named query, and a search
// for a common and a rare word. `filter` keeps the cases whose name contains it.
import { openForRead } from '../src/db/openDb.ts';
import { runCompare } from '../src/query/compare.ts';
import { loadRunGrid } from '../src/query/runs.ts';
import { listingQuery } from '../src/query/listings.ts';
import { BUILTIN_QUERIES, runNamedQuery } from '../src/query/namedQueries.ts';
import { runStatement } from '../src/query/runStatement.ts';
import { runSearch } from '../src/query/search.ts';

const [dbPath, runsArg = '21', filter = ''] = process.argv.slice(2);
if (!dbPath) {
  process.stderr.write('usage: node --import tsx bench/query-inprocess.mjs <tracking.db> [runs] [filter]\n');
  process.exit(2);
}
const RUNS = Number(runsArg);
const db = openForRead(dbPath);
const now = new Date();

/** Experiments with metrics, for compare: the first three by id. */
const compareIds = db.prepare('SELECT DISTINCT experiment_id AS id FROM metric_values ORDER BY 1 LIMIT 3').all().map((r) => r.id);

export const CASES = {
  'experiments': () => runStatement(db, listingQuery('experiments', { now })),
  'artifacts': () => runStatement(db, listingQuery('artifacts', { now })),
  'metrics --latest': () => runStatement(db, listingQuery('metrics', { now, latest: true })),
  'tags': () => runStatement(db, listingQuery('tags', { now })),
  'experiments --where metrics+tags': () =>
    runStatement(db, listingQuery('experiments', { now, where: 'metrics.hmean > 0.85 and (tags contains ocr or tags contains layout)' })),
  'compare 3 experiments': () => runCompare(db, compareIds, null),
  // etk compare of the same 3 experiments (every run of each), and etk query runs of every run.
  'runs grid of 3 experiments (etk compare)': () => ({ rows: loadRunGrid(db, { experiments: compareIds }).runs }),
  'runs grid of every run (etk query runs)': () => ({ rows: loadRunGrid(db, {}).runs }),
  ...Object.fromEntries(Object.keys(BUILTIN_QUERIES).map((name) => [`run ${name}`, () => runNamedQuery(db, { queries: {} }, name, now)])),
  'search common (homography)': () => runSearch(db, { text: 'homography', limit: 20 }),
  'search rare (tensorrt)': () => runSearch(db, { text: 'tensorrt', limit: 20 }),
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const out = {};
for (const [name, call] of Object.entries(CASES)) {
  if (filter && !name.includes(filter)) continue;
  let rows = call().rows.length; // warm-up (page cache, statement compilation paths)
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    rows = call().rows.length;
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  out[name] = { medianMs: median(ms), minMs: Math.min(...ms), rows };
}
db.close();
process.stdout.write(`${JSON.stringify({ runs: RUNS, compare: compareIds, results: out }, null, 2)}\n`);
