import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/**
 * The real path of `path`: of its nearest existing ancestor with the rest appended, symlinks
 * resolved, a dangling one included (it is where a write would land).
 */
function realish(path: string, depth = 0): string {
  let head = path;
  const rest: string[] = [];
  for (;;) {
    try {
      const real = realpathSync(head);
      return rest.length === 0 ? real : `${real}/${rest.reverse().join('/')}`;
    } catch {
      try {
        if (depth < 40 && lstatSync(head).isSymbolicLink()) {
          const target = resolve(dirname(head), readlinkSync(head));
          return realish(rest.length === 0 ? target : `${target}/${[...rest].reverse().join('/')}`, depth + 1);
        }
      } catch {
        /* not there at all: go up */
      }
      const up = dirname(head);
      if (up === head) return path;
      rest.push(head.slice(up.length).replace(/^[\\/]/, ''));
      head = up;
    }
  }
}

/** Whether `path` lies inside the folder `dir` once symlinks on the way are followed. */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(realish(dir), realish(path));
  return rel !== '' && rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel);
}
