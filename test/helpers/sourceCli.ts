import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliResult } from './runCli.ts';

/** src/cli/entry.ts, the CLI's process edge, run from source (the tsx loader by absolute URL: any cwd works). */
export const SOURCE_ENTRY = fileURLToPath(new URL('../../src/cli/entry.ts', import.meta.url));
export const TSX_LOADER = import.meta.resolve('tsx');

/** node arguments that start the CLI from source. */
export function sourceCliArgs(args: readonly string[]): string[] {
  return ['--import', TSX_LOADER, SOURCE_ENTRY, ...args];
}

/**
 * Runs the CLI from source in a child process: for what only a process of its own shows (its own
 * stdout as /dev/stdout, a file size limit, another user). `wrap` prefixes the command in `sh -c`
 * (e.g. `ulimit -f 100;`), `asUser` runs it as that uid/gid through setpriv.
 */
export function spawnCli(cwd: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; wrap?: string; asUser?: number } = {}): CliResult {
  const env = { ...process.env, NO_COLOR: '1', ...options.env };
  let command = process.execPath;
  let argv = sourceCliArgs(args);
  if (options.wrap !== undefined) {
    argv = ['-c', `${options.wrap} exec "$0" "$@"`, command, ...argv];
    command = 'sh';
  }
  if (options.asUser !== undefined) {
    argv = [`--reuid=${options.asUser}`, `--regid=${options.asUser}`, '--clear-groups', command, ...argv];
    command = 'setpriv';
  }
  const r = spawnSync(command, argv, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
