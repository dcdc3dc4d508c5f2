/**
 * The hook files etk installs. hooks/ in the package holds the same text (a test keeps them equal),
 * so users can read what will run before they run `etk init`.
 */
export const HOOK_FILES = {
  'pre-commit': 'lint-staged\n',
  'pre-commit.direct': 'etk hook pre-commit\n',
  'post-checkout': 'etk hook post-checkout "$@"\n',
  'post-merge': 'etk hook post-merge "$@"\n',
  'post-rewrite': 'etk hook post-rewrite "$@"\n',
} as const;

/**
 * The lint-staged task: `{root}` becomes the experiments root. One etk process validates the staged
 * artifacts and records them in the index (see `etk hook pre-commit`).
 */
export const LINT_STAGED_TEMPLATE = { '{root}/**/*.md': 'etk hook pre-commit' } as const;

export function lintStagedEntry(root: string): [glob: string, command: string] {
  const [glob, command] = Object.entries(LINT_STAGED_TEMPLATE)[0]!;
  return [root === '' ? '**/*.md' : glob.replace('{root}', root), command];
}
