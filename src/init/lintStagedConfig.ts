/** Where a repository keeps its lint-staged configuration, and how etk can merge into it. */
export type LintStagedLocation =
  | { kind: 'package.json' }
  | { kind: 'json-file'; file: string }
  | { kind: 'other-file'; file: string }
  | { kind: 'none' };

/** lint-staged's own search order (package.json key first, then the rc and config files). */
export const LINT_STAGED_FILES = ['.lintstagedrc', '.lintstagedrc.json', '.lintstagedrc.yaml', '.lintstagedrc.yml', '.lintstagedrc.mjs', '.lintstagedrc.js', '.lintstagedrc.cjs', 'lint-staged.config.mjs', 'lint-staged.config.js', 'lint-staged.config.cjs'];

export function locateLintStaged(pkg: Record<string, unknown> | null, exists: (file: string) => boolean, readText: (file: string) => string): LintStagedLocation {
  if (pkg && typeof pkg['lint-staged'] === 'object' && pkg['lint-staged'] !== null) return { kind: 'package.json' };
  for (const file of LINT_STAGED_FILES) {
    if (!exists(file)) continue;
    if (file === '.lintstagedrc.json') return { kind: 'json-file', file };
    if (file === '.lintstagedrc') {
      // JSON or YAML without an extension: etk merges only JSON.
      try {
        JSON.parse(readText(file));
        return { kind: 'json-file', file };
      } catch {
        return { kind: 'other-file', file };
      }
    }
    return { kind: 'other-file', file };
  }
  return { kind: 'none' };
}

/**
 * Adds `command` for `glob` to a lint-staged config object, never removing anything: a string task
 * becomes a list, a list gets the command appended. Returns null when it is already there.
 */
export function mergeLintStaged(config: Record<string, unknown>, glob: string, command: string): Record<string, unknown> | null {
  const existing = config[glob];
  const has = (v: unknown) => v === command || (Array.isArray(v) && v.includes(command));
  if (has(existing)) return null;
  // Any task that already runs etk (validate, or the pre-commit hook) is taken as the user's own choice.
  for (const v of Object.values(config)) {
    const list = Array.isArray(v) ? v : [v];
    if (list.some((x) => typeof x === 'string' && /(^|\s)etk (validate|hook pre-commit)(\s|$)/.test(x))) return null;
  }
  const next = { ...config };
  if (existing === undefined) next[glob] = command;
  else if (typeof existing === 'string') next[glob] = [existing, command];
  else if (Array.isArray(existing)) next[glob] = [...existing, command];
  else return null; // a function or object: not ours to rewrite
  return next;
}
