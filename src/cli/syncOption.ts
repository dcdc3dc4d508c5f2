import type { EtkConfig } from '../config/loadConfig.ts';
import { ensureCurrent, type CurrentOutcome } from '../sync/ensureCurrent.ts';
import type { CliIO } from './io.ts';
import { VERSION } from './version.ts';

/**
 * `--no-sync` for every command that answers from the index: by default the index is first brought
 * up to date with the work tree (see ensureCurrent). `--sync`, the former opt-in, is kept as a no-op.
 */
export const SYNC_OPTIONS = { sync: { type: 'boolean' }, 'no-sync': { type: 'boolean' } } as const;

export const SYNC_HELP = `  --no-sync              answer from the index as it is; by default etk first checks the work
                         tree against it (git status) and syncs what changed, or builds it`;

/** Brings the index up to date before answering, unless --no-sync; null when it did not look. */
export async function currentIndex(command: string, values: Record<string, unknown>, config: EtkConfig, dbPath: string, io: CliIO): Promise<CurrentOutcome | null> {
  if (values['no-sync'] === true) return null;
  return ensureCurrent({ command, config, dbPath, explicitDb: typeof values.db === 'string' && values.db !== '', etkVersion: VERSION, cwd: io.cwd, stderr: io.stderr });
}
