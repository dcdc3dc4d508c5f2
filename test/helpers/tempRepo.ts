import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temporary folder, optionally a real git repository, removed when the test file ends. */
export interface TempDir {
  dir: string;
  write(path: string, content: string | Uint8Array): string;
  git(...args: string[]): string;
}

const made: string[] = [];
// Removed when the test file's process ends (a node:test `after` registered inside the first test
// would only run when that test ends, leaving later tests' folders behind).
process.on('exit', () => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

export function tempDir(options: { git?: boolean; prefix?: string } = {}): TempDir {
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'etk-test-'));
  made.push(dir);
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'etk test', GIT_AUTHOR_EMAIL: 'test@etk.invalid', GIT_COMMITTER_NAME: 'etk test', GIT_COMMITTER_EMAIL: 'test@etk.invalid', GIT_CONFIG_NOSYSTEM: '1', HOME: dir },
    });
  if (options.git) {
    git('init', '-q', '-b', 'main');
    git('config', 'commit.gpgsign', 'false');
  }
  return {
    dir,
    git,
    write(path: string, content: string | Uint8Array) {
      const abs = join(dir, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
      return abs;
    },
  };
}
