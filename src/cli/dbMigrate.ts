import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { inspectDb, keptObjects, type Inspection } from '../db/dbObjects.ts';
import { busyTimeoutMs, CorruptDatabaseError, openForWrite, previewOpen, readOnlyLookError } from '../db/openDb.ts';
import { SCHEMA_VERSION } from '../db/schema.ts';
import { ConfigError } from '../errors.ts';
import type { CliIO } from './io.ts';
import { renderInspection, syncVerdict } from './render/renderInspection.ts';
import { describeMigration, describeMoves } from './render/renderMigration.ts';

function needFile(path: string): void {
  if (!existsSync(path)) throw new ConfigError(`there is no database at ${path}`, 'check the path (--db, or "database" in etk.config.json); `etk sync` creates etk\'s index there');
  if (!statSync(path).isFile()) throw new ConfigError(`${path} is not a file`, 'point --db at an SQLite database file');
}

function readInspection(path: string): Inspection {
  needFile(path);
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { readOnly: true, timeout: busyTimeoutMs() });
  } catch (err) {
    throw new ConfigError(`cannot open ${path}: ${(err as Error).message}`, 'check the path and its permissions');
  }
  try {
    return inspectDb(db);
  } catch (err) {
    if (/not a database|malformed|encrypted/i.test((err as Error).message)) throw new CorruptDatabaseError(path, (err as Error).message);
    if (/locked|busy/i.test((err as Error).message)) throw new ConfigError(`${path} is locked by another process (${(err as Error).message})`, 'try again when that process is done');
    throw readOnlyLookError(path, err) ?? err;
    throw err;
  } finally {
    db.close();
  }
}

/** `etk db inspect`: reads any SQLite file and says what etk would do with each object. */
export function inspectCommand(path: string, shown: string, json: boolean, io: CliIO): number {
  const i = readInspection(path);
  if (json) {
    io.stdout.write(`${JSON.stringify({ database: path, userVersion: i.userVersion, etkIndex: i.etkIndex, etkSchemaVersion: SCHEMA_VERSION, sync: syncVerdict(i), objects: i.objects }, null, 2)}\n`);
  } else io.stdout.write(renderInspection(shown, i));
  return 0;
}

/** `etk db migrate [--dry-run]`: the one command that moves another tool's objects, rows and all. */
export function migrateCommand(path: string, shown: string, dryRun: boolean, json: boolean, io: CliIO): number {
  needFile(path);
  const preview = previewOpen(path, { migrate: 'explicit' });
  if (preview.state === 'missing') {
    io.stdout.write(`${shown} is empty: nothing to migrate; \`etk sync\` creates etk's index in it\n`);
    return 0;
  }
  if (preview.state === 'newer') throw new ConfigError(`the index ${path} has schema version ${preview.inspection!.userVersion}, newer than this etk supports (${SCHEMA_VERSION}); nothing was written`, 'upgrade etk');
  if (preview.state === 'current') {
    if (json) io.stdout.write(`${JSON.stringify({ database: path, dryRun, migrated: false, reason: 'already etk\'s index' }, null, 2)}\n`);
    else io.stdout.write(`✔ ${shown} is already etk's index (schema version ${SCHEMA_VERSION}): nothing to migrate\n`);
    return 0;
  }
  const inspection = preview.inspection!;
  if (dryRun) {
    if (json) {
      io.stdout.write(`${JSON.stringify({ database: path, dryRun: true, moves: preview.moves, kept: keptObjects(inspection).filter((o) => o.type === 'table').map((o) => o.name), upgrade: inspection.etkIndex }, null, 2)}\n`);
      return 0;
    }
    io.stdout.write(`etk db migrate would, in one transaction:\n  back ${shown} up to ${shown}.bak-<time> (and read the copy back)\n`);
    for (const line of describeMoves(preview.moves, inspection)) io.stdout.write(`  ${line}\n`);
    io.stdout.write(`  create etk's tables (schema version ${SCHEMA_VERSION})\nnothing written (--dry-run)\n`);
    return 0;
  }
  const opened = openForWrite(path, { migrate: 'explicit' });
  opened.db.close();
  const done = opened.migrated;
  if (json) {
    io.stdout.write(`${JSON.stringify({ database: path, dryRun: false, migrated: true, backup: done?.backup ?? null, moved: done?.moved ?? [], kept: done?.kept ?? [] }, null, 2)}\n`);
    return 0;
  }
  for (const line of done ? describeMigration(done, shown, (p) => relative(io.cwd, p) || p) : [`created etk's tables in ${shown}`]) io.stdout.write(`✔ ${line}\n`);
  io.stdout.write('next: `etk sync` fills the index from the files\n');
  return 0;
}
