// The freshness check's `git status`, started by bin/etk.js before the bundle loads, so that git
// walks the work tree on one core while Node parses etk and reads the configuration on the other.
// The bundle (src/sync/sourceFiles.ts) runs the same arguments itself when no prefetch is there
// or it cannot be used; both import STATUS_ARGS from here. Plain JavaScript: bin/ runs on any Node.
import { execFile } from 'node:child_process';

/** After execGit's own `--literal-pathspecs -c core.quotePath=false`. */
export const STATUS_ARGS = ['-c', 'core.untrackedCache=true', 'status', '--porcelain=v2', '--branch', '-z', '--untracked-files=normal', '--no-renames'];

var KEY = Symbol.for('etk.statusPrefetch');

/** Starts `git status` in `cwd` (never throws; a failure is a null result and the check runs it again). */
export function startStatusPrefetch(cwd) {
  var result = new Promise(function (resolve) {
    try {
      execFile(
        'git',
        ['--literal-pathspecs', '-c', 'core.quotePath=false'].concat(STATUS_ARGS),
        { cwd: cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024, env: Object.assign({}, process.env, { GIT_OPTIONAL_LOCKS: '1', LC_ALL: 'C' }) },
        function (err, stdout) {
          resolve(err ? null : stdout);
        }
      );
    } catch (e) {
      resolve(null);
    }
  });
  globalThis[KEY] = { cwd: cwd, result: result };
}

/** The prefetch, once (null when none was started); later calls get null. */
export function takeStatusPrefetch() {
  var p = globalThis[KEY];
  globalThis[KEY] = undefined;
  return p || null;
}
