import { execFileSync } from 'node:child_process';
import { ConfigError } from '../errors.ts';

/** The one place etk runs git. Always from the repository top, so every path git prints is top-relative. */
export interface GitOptions {
  cwd: string;
  input?: string | Buffer;
  /** Exit codes that are answers, not failures (git grep exits 1 for "no match"). */
  okCodes?: readonly number[];
  /**
   * Let git refresh .git/index when it can take the lock (as a plain `git status` does): needed for
   * the untracked cache to be written and used. Off by default (GIT_OPTIONAL_LOCKS=0).
   */
  optionalLocks?: boolean;
}

export class GitError extends ConfigError {}

export function execGit(args: readonly string[], options: GitOptions): Buffer {
  try {
    return execFileSync('git', ['--literal-pathspecs', '-c', 'core.quotePath=false', ...args], {
      cwd: options.cwd,
      input: options.input,
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_OPTIONAL_LOCKS: options.optionalLocks ? '1' : '0', LC_ALL: 'C' },
    });
  } catch (err) {
    const e = err as { code?: string; status?: number | null; stdout?: Buffer; stderr?: Buffer };
    if (e.code === 'ENOENT') throw new GitError('git is not installed or not on PATH', 'install git, or run etk without --staged outside a repository');
    if (e.status !== undefined && e.status !== null && options.okCodes?.includes(e.status)) return e.stdout ?? Buffer.alloc(0);
    const stderr = e.stderr?.toString('utf8').trim() ?? '';
    throw new GitError(`git ${args[0] ?? ''} failed${e.status ? ` (exit ${e.status})` : ''}: ${stderr || String(err)}`);
  }
}

/** The repository's top folder, or null outside a work tree. */
export function repoTop(cwd: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, LC_ALL: 'C' } })
      .toString('utf8')
      .replace(/\n$/, '');
  } catch {
    return null;
  }
}

/** Whether a git command exits 0 (for yes/no questions such as check-ignore). */
export function gitSucceeds(args: readonly string[], cwd: string): boolean {
  try {
    execFileSync('git', [...args], { cwd, stdio: 'ignore', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' } });
    return true;
  } catch {
    return false;
  }
}
