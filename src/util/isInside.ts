import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';

/** The real path of `path`, or of its nearest existing ancestor with the rest appended (symlinks resolved). */
function realish(path: string): string {
  let head = path;
  const rest: string[] = [];
  for (;;) {
    try {
      const real = realpathSync(head);
      return rest.length === 0 ? real : `${real}/${rest.reverse().join('/')}`;
    } catch {
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
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
