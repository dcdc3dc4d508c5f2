import { existsSync, watch, type FSWatcher } from 'node:fs';
import { dirname } from 'node:path';

export interface RootWatch {
  close(): void;
}

/** The folder itself when it exists, else the closest existing folder above it. */
function nearestExisting(dir: string): string {
  let d = dir;
  while (!existsSync(d) && dirname(d) !== d) d = dirname(d);
  return d;
}

/**
 * Watches a folder tree (the experiments root) for changes: `onChange` gets the changed path
 * relative to the root, or null when it cannot say which. A root that does not exist yet (right
 * after `etk init`, before the first experiment) is waited for: the closest existing folder above
 * it is watched until the root appears, then the root is watched and `onChange(null)` reports
 * whatever it already holds (node's recursive watch of a missing folder would fail silently).
 */
export function watchRoot(root: string, onChange: (file: string | null) => void, onError: (err: Error) => void): RootWatch {
  let watcher: FSWatcher | null = null;
  let watching = '';
  let started = false;
  let closed = false;

  function attach(): void {
    if (closed) return;
    const dir = nearestExisting(root);
    if (dir === watching) return;
    watcher?.close();
    watching = dir;
    try {
      watcher = dir === root
        ? watch(root, { recursive: true }, (_event, file) => onChange(file === null ? null : String(file)))
        : watch(dir, () => attach()); // not there yet: wait one level at a time, from the closest folder down
    } catch (err) {
      watcher = null;
      onError(err as Error);
      return;
    }
    watcher.on('error', onError);
    const late = started;
    started = true;
    // The root appeared after the start: what it already holds is news.
    if (dir === root && late) onChange(null);
    // A folder may have appeared between the existence check and the watch.
    if (dir !== root && nearestExisting(root) !== dir) attach();
  }
  attach();

  return {
    close() {
      closed = true;
      watcher?.close();
      watcher = null;
    },
  };
}
