import { relative } from 'node:path';
import type { EtkConfig } from '../config/loadConfig.ts';
import { asOfIndex } from '../history/asOfIndex.ts';
import { UsageError } from '../errors.ts';
import type { CliIO } from './io.ts';
import { currentIndex } from './syncOption.ts';
import { VERSION } from './version.ts';

/** `--as-of REV` for every command that answers from the index (query, search, status, dashboard --report). */
export const AS_OF_OPTION = { 'as-of': { type: 'string' } } as const;

export const AS_OF_HELP = `  --as-of REV            answer as of a commit, tag or branch: what a fresh clone at REV would
                         answer (derived from the index and the files that differ; cached)`;

/**
 * The index file a command should read: the current one (brought up to date unless --no-sync), or
 * with --as-of a snapshot of the files as REV holds them (see asOfIndex); `needsProvenance`: the
 * question reads the provenance table (a snapshot walks git log for it only then).
 */
export async function indexToRead(command: string, values: Record<string, unknown>, config: EtkConfig, dbPath: string, io: CliIO, needsProvenance = false): Promise<string> {
  const rev = values['as-of'] as string | undefined;
  if (rev === undefined) {
    await currentIndex(command, values, config, dbPath, io);
    return dbPath;
  }
  if (rev === '') throw new UsageError(`etk ${command}: --as-of needs a commit, tag or branch`, `e.g. etk ${command} --as-of v1.0 (or HEAD~20, main, a commit id)`);
  const snap = await asOfIndex({ config, dbPath, rev, etkVersion: VERSION, env: io.env, provenance: needsProvenance });
  if (snap.warning !== undefined) io.stderr.write(`etk ${command}: --as-of ${rev}: ${snap.warning}\n`);
  if (snap.how === 'derived' || snap.how === 'built') {
    io.stderr.write(`etk ${command}: as of ${rev} (${snap.revision.commit.slice(0, 12)}): ${snap.how === 'derived' ? `derived from the index, ${snap.read} file${snap.read === 1 ? '' : 's'} read again` : `built from ${snap.read} files`}${snap.warning === undefined ? `, kept in ${relative(io.cwd, snap.path) || snap.path}` : ''}\n`);
  }
  return snap.path;
}
