import { existsSync } from 'node:fs';
import { openForWrite } from './openDb.ts';

/**
 * Makes tracking.db one self-contained file to publish or cache: every WAL frame checkpointed into
 * the main file, the journal switched back to DELETE (so no -wal/-shm file is needed beside it, and a
 * reader on read-only media can open it), and the connection closed. The next `etk sync` on the file
 * switches it to WAL again.
 */
export function checkpointAndClose(path: string): void {
  const { db } = openForWrite(path);
  try {
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    db.exec('PRAGMA journal_mode = DELETE');
  } finally {
    db.close();
  }
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${path}${suffix}`)) throw new Error(`${path}${suffix} is still there after the checkpoint: another process has the index open`);
  }
}
