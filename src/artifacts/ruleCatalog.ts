/** Every rule etk reports, its default severity and what it checks. The README's rule table mirrors this list (a test keeps them in step). */
export type RuleSetting = 'error' | 'warn' | 'off';

export interface RuleInfo {
  readonly severity: RuleSetting;
  readonly description: string;
}

export const RULES = {
  'file-too-large': { severity: 'error', description: 'file is larger than maxFileSize (default 5 MB)' },
  symlink: { severity: 'error', description: 'a file named like an artifact or metadata file is a symbolic link (or sits in a linked folder): never followed, only the link is indexed; the target is named only when it is inside the repository' },
  'not-regular-file': { severity: 'error', description: 'a FIFO, socket, device or folder is named like an artifact or metadata file: never opened' },
  unreadable: { severity: 'error', description: 'a file could not be read (permission denied, or gone while etk read it): indexed with this diagnostic, the other files are still read' },
  binary: { severity: 'error', description: 'file contains NUL bytes (not text)' },
  encoding: { severity: 'error', description: 'file is not valid UTF-8' },
  bom: { severity: 'warn', description: 'file starts with a UTF-8 byte order mark' },
  'line-endings': { severity: 'warn', description: 'file uses CRLF line endings' },
  'frontmatter-missing': { severity: 'error', description: 'file does not start with a --- frontmatter fence' },
  'frontmatter-language': { severity: 'error', description: 'opening fence names a language (---js); only YAML is read, nothing is evaluated' },
  'frontmatter-unclosed': { severity: 'error', description: 'no closing --- fence' },
  'frontmatter-empty': { severity: 'error', description: 'frontmatter has no fields' },
  'frontmatter-not-mapping': { severity: 'error', description: 'frontmatter is a list or a scalar, not key: value fields' },
  'yaml-syntax': { severity: 'error', description: 'frontmatter is not valid YAML' },
  'yaml-duplicate-key': { severity: 'error', description: 'a key appears twice in the frontmatter' },
  'yaml-depth': { severity: 'error', description: 'frontmatter nests deeper than 64 levels (measured before parsing)' },
  'yaml-alias-limit': { severity: 'error', description: 'YAML aliases expand to too many values (alias bomb)' },
  schema: { severity: 'error', description: 'a field is missing or has the wrong type or value (JSON Schema of the type)' },
  'unknown-type': { severity: 'error', description: '`type` is not a known artifact type' },
  'unknown-key': { severity: 'warn', description: 'an unknown field is one typo away from a known one ("did you mean priority?")' },
  'file-name': { severity: 'error', description: 'an artifact\'s file name is not YYYYMMDD_HHMM_{type}_{slug}.md with a known type and a slug ^[a-z0-9]+(-[a-z0-9]+)*$ of at most 50 characters (ALL-CAPS, camelCase, PascalCase, spaces named)' },
  placement: { severity: 'error', description: 'Markdown at an experiment\'s root other than README.md, or loose in the experiments root; an experiment_manifest outside README.md' },
  'type-folder': { severity: 'warn', description: 'an artifact is not in its type\'s folder under .metadata/ (reports in .metadata/reports/, …)' },
  'document-folder': { severity: 'warn', description: 'Markdown in an experiment folder EDS does not name (only .metadata/, artifacts/, outputs/, scripts/, docs/)' },
  'experiment-folder': { severity: 'warn', description: 'experiment folder name is not an experiment id (YYYYMMDD_HHMMSS_name)' },
  'experiment-id-mismatch': { severity: 'warn', description: 'frontmatter experiment_id differs from the folder the file is in' },
  'type-mismatch': { severity: 'warn', description: 'the type in the file name differs from `type`' },
  'duplicate-artifact-id': { severity: 'warn', description: 'artifact_id is used by another file in the repository' },
  'updated-before-created': { severity: 'warn', description: '`updated` is earlier than `created`' },
  'timestamp-offset': { severity: 'warn', description: '`created`/`updated` has a time but no zone (or an unknown abbreviation): read in the configured timezone' },
  'metric-value': { severity: 'warn', description: 'a report metric is neither a number nor {value: number} (indexed with no value)' },
  'metadata-json': { severity: 'error', description: 'an experiment metadata file (manifest.json, .metadata/manifest.json, state.json) is not a JSON object; its other metadata files still count' },
  'manifest-fields': { severity: 'warn', description: '.metadata/manifest.json lacks a field the spec requires (experiment_id, created, updated, phase, status, success_rate)' },
  'metadata-folder': { severity: 'warn', description: 'an experiment has no .metadata/ folder (reported at its README.md, else its first file)' },
  'baseline-missing': { severity: 'warn', description: "a report's baseline names an experiment that does not exist" },
  'prohibited-phrase': { severity: 'warn', description: 'an artifact\'s text has a user-oriented phrase ("you should", "for example", "let\'s", ...)' },
  'tutorial-phrase': { severity: 'warn', description: 'an artifact\'s text has a tutorial phrase ("tutorial", "walkthrough", "introduction to", ...)' },
  emoji: { severity: 'off', description: "an artifact's text has an emoji" },
  'required-section': { severity: 'off', description: 'an assessment, report or guide lacks a section the spec requires (a heading)' },
  'prohibited-section': { severity: 'off', description: 'an assessment has a Background, Motivation or Conceptual Overview section' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
