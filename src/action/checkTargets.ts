import { classifyPath } from '../artifacts/layout.ts';

/** What a set of changed paths means for the check. Pure. */
export interface CheckTargets {
  /** Changed artifacts (added or modified, still present) under the experiments root, sorted. */
  paths: string[];
  /** Experiments the change removed files of (and added none to): reports naming them as baseline must be re-judged. */
  removedExperiments: string[];
  /** Paths the change removed under the root. */
  removed: string[];
}

export function checkTargets(changes: ReadonlyMap<string, string | null>, root: string): CheckTargets {
  const paths: string[] = [];
  const removed: string[] = [];
  const removedExperiments = new Set<string>();
  for (const [path, blob] of changes) {
    const placement = classifyPath(path, root);
    if (placement.kind === 'ignored') continue;
    if (blob === null) {
      removed.push(path);
      // Any file etk reads makes its folder an experiment: removing one may remove the experiment.
      if (placement.experimentDir !== null) removedExperiments.add(placement.experimentDir);
    } else paths.push(path);
  }
  // A folder the change also adds to or edits in still exists.
  for (const p of paths) {
    const placement = classifyPath(p, root);
    if (placement.kind !== 'ignored' && placement.experimentDir !== null) removedExperiments.delete(placement.experimentDir);
  }
  return { paths: paths.sort(), removed: removed.sort(), removedExperiments: [...removedExperiments].sort() };
}

/** A config file as git sees it: its repo-relative path and, for package.json, the key etk reads. */
export interface ConfigFile {
  path: string;
  /** Only this key of the JSON file matters (package.json's "etk"). */
  key?: string;
}

/**
 * The first configuration file (etk.config.json, the `etk` key of package.json, a custom type's
 * schema) that the change modified, or null. Any of these can change the verdict on every artifact.
 * `readAtBase` gives a file's text at the base commit (null when absent there).
 */
export function changedConfigFile(files: readonly ConfigFile[], changes: ReadonlyMap<string, string | null>, readAtBase: (path: string) => string | null, readNow: (path: string) => string | null): string | null {
  for (const f of files) {
    if (!changes.has(f.path)) continue;
    if (f.key === undefined) return f.path;
    const pick = (text: string | null) => {
      if (text === null) return undefined;
      try {
        return JSON.stringify((JSON.parse(text) as Record<string, unknown>)[f.key!]);
      } catch {
        return '\0unparseable';
      }
    };
    if (pick(readAtBase(f.path)) !== pick(readNow(f.path))) return `${f.path} (its "${f.key}" key)`;
  }
  return null;
}
