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

let asUserCache: string | null | undefined;

/**
 * Why the CLI cannot run as another user here, or null when it can: it needs root and setpriv, and
 * the user must be able to read this checkout (a clone inside a private folder, as mktemp -d makes,
 * is closed to it). Tests that need another user skip with this reason.
 */
export function cannotRunAsUser(uid = 65534): string | null {
  if (asUserCache !== undefined) return asUserCache;
  if (process.getuid?.() !== 0) asUserCache = 'needs root to run as another user';
  else if (spawnSync('setpriv', ['--version'], { encoding: 'utf8' }).status !== 0) asUserCache = 'needs setpriv to run as another user';
  else {
    const r = spawnCli('/', ['--version'], { asUser: uid });
    asUserCache = r.code === 0 ? null : `user ${uid} cannot read this checkout (a parent folder is private), so running etk as another user cannot be simulated here`;
  }
  return asUserCache;
}
