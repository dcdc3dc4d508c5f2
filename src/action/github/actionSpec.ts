/**
 * The inputs each action reads and the outputs it sets: the adapters read inputs only through these
 * lists, and a test holds them equal to actions/<name>/action.yml.
 */
export const CHECK_INPUTS = ['config', 'base', 'mode', 'fail-on', 'gate', 'comment', 'github-token'] as const;
export const CHECK_OUTPUTS = ['checked', 'errors', 'warnings', 'new-errors', 'new-warnings', 'fixed', 'mode', 'comment-url'] as const;

export const INDEX_INPUTS = ['config', 'previous-db', 'out-dir', 'upload', 'artifact-name', 'retention-days'] as const;
export const INDEX_OUTPUTS = ['db-path', 'results-dir', 'report-path', 'artifact-id', 'artifact-url', 'report-artifact-id', 'report-artifact-url'] as const;

export type CheckInput = (typeof CHECK_INPUTS)[number];
export type IndexInput = (typeof INDEX_INPUTS)[number];
