#!/usr/bin/env node
// Index an etk benchmark corpus with MarkdownDB (npm package `mddb`), for comparison with
// bench/baseline-rebuild.mjs and etk's own rebuild.
//
//   (cd bench/peers && npm install)        # once; builds the native sqlite3 addon (N-API)
//   node bench/peers/run-mddb.mjs <corpusDir> <dbPath>
//
// This does what the `mddb <folder>` CLI does (dist/src/bin/index.js), through the same library
// calls, with two differences: the database goes to <dbPath> instead of ./markdown.db, and the
// config is passed in ({}) instead of importing ./markdowndb.config.js. The folder indexed is
// <corpusDir>/experiment_manager/experiments, the same files the baseline reads.
//
// MarkdownDB also writes its JSON index to ./.markdowndb/files.json; this script changes the
// working directory to the directory of <dbPath> first, so that file lands next to the database.
// An existing file at <dbPath> is deleted first. Exits 1 on failure, 2 on bad usage.
//
// mddb 0.9.5 uses knex + sqlite3 (node-sqlite3 5.x, an N-API addon), so the same build loads in
// Node 20 and Node 24.

import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const ROOT = 'experiment_manager/experiments';

async function main(argv) {
  if (argv.length !== 2) {
    console.error('usage: node bench/peers/run-mddb.mjs <corpusDir> <dbPath>');
    return 2;
  }
  const folderPath = resolve(argv[0], ...ROOT.split('/'));
  const dbPath = resolve(argv[1]);

  let MarkdownDB;
  try {
    ({ MarkdownDB } = await import('mddb'));
  } catch (err) {
    console.error(
      `run-mddb: cannot load mddb (${err?.message ?? err}).\n` +
        'Install it first: (cd bench/peers && npm install). Its sqlite3 dependency is a native addon;\n' +
        'without a prebuilt binary it is compiled with node-gyp (needs python3, make and a C++ compiler).',
    );
    return 1;
  }

  mkdirSync(dirname(dbPath), { recursive: true });
  rmSync(dbPath, { force: true });
  process.chdir(dirname(dbPath)); // mddb writes .markdowndb/files.json relative to the cwd

  const client = await new MarkdownDB({ client: 'sqlite3', connection: { filename: dbPath } }).init();
  try {
    await client.indexFolder({
      folderPath,
      ignorePatterns: [/Excalidraw/, /\.obsidian/, /DS_Store/], // the CLI's defaults
      customConfig: {},
    });
  } finally {
    await client.db.destroy();
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(`run-mddb: ${err?.message ?? err}`);
  process.exitCode = 1;
}
