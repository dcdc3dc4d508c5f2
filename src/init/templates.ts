/**
 * After lint-staged (which passes no deleted paths, and hides the output of a task that succeeds):
 * the whole commit, deletions and renames included, with its warnings and one summary line.
 */
export const SUMMARY_LINE = 'etk hook summary\n';

/**
 * The hook files etk installs. hooks/ in the package holds the same text (a test keeps them equal),
 * so users can read what will run before they run `etk init`.
 */
export const HOOK_FILES = {
  'pre-commit': `lint-staged\n${SUMMARY_LINE}`,
  'pre-commit.direct': 'etk hook pre-commit\n',
  'post-commit': resyncLine('post-commit'),
  'post-checkout': resyncLine('post-checkout'),
  'post-merge': resyncLine('post-merge'),
  'post-rewrite': resyncLine('post-rewrite'),
} as const;

/**
 * A resync hook never fails git: when etk is not installed the line says so (one line) and the hook
 * exits 0; an old Node is handled by etk's start-up guard the same way (bin/etk.js).
 */
function resyncLine(name: string): string {
  return `command -v etk >/dev/null 2>&1 && etk hook ${name} "$@" || echo "etk: ${name}: etk is not installed here (npm install adds it); the next etk command brings the index up to date" >&2\n`;
}

/** What etk init wrote before: replaced by the current line when found alone in a hook file. */
export const OLD_HOOK_FILES: Record<string, string> = {
  'post-checkout': 'etk hook post-checkout "$@"\n',
  'post-merge': 'etk hook post-merge "$@"\n',
  'post-rewrite': 'etk hook post-rewrite "$@"\n',
};

/**
 * The lint-staged task: `{root}` becomes the experiments root. One etk process validates the staged
 * artifacts and records them in the index (see `etk hook pre-commit`).
 */
export const LINT_STAGED_TEMPLATE = { '{root}/**/*.md': 'etk hook pre-commit' } as const;

export function lintStagedEntry(root: string): [glob: string, command: string] {
  const [glob, command] = Object.entries(LINT_STAGED_TEMPLATE)[0]!;
  return [root === '' ? '**/*.md' : glob.replace('{root}', root), command];
}
