import { resolve } from 'node:path';
import type { EtkConfig } from '../config/loadConfig.ts';

/** `--db PATH`: every command that touches the index takes it; it overrides the configured path. */
export const DB_OPTION = { db: { type: 'string' } } as const;

export function dbPathFor(config: EtkConfig, cwd: string, flag: unknown): string {
  return typeof flag === 'string' && flag !== '' ? resolve(cwd, flag) : config.databaseAbs;
}
