/** Every rule etk reports, its default severity and what it checks. The README's rule table mirrors this list (a test keeps them in step). */
export type RuleSetting = 'error' | 'warn' | 'off';

export interface RuleInfo {
  readonly severity: RuleSetting;
  readonly description: string;
}

export const RULES = {
  'file-too-large': { severity: 'error', description: 'file is larger than maxFileSize (default 5 MB)' },
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
  'yaml-alias-limit': { severity: 'error', description: 'YAML aliases expand to too many values (alias bomb)' },
  schema: { severity: 'error', description: 'a field is missing or has the wrong type or value (JSON Schema of the type)' },
  'unknown-type': { severity: 'error', description: '`type` is not a known artifact type' },
  'unknown-key': { severity: 'warn', description: 'an unknown field is one typo away from a known one ("did you mean priority?")' },
  'file-name': { severity: 'error', description: 'artifact file name is not YYYYMMDD_HHMM_{type}_{slug}.md (slug: a-z, 0-9, -, at most 50)' },
  placement: { severity: 'error', description: 'artifacts live under <experiment>/.metadata/; README.md is the only Markdown at the experiment root' },
  'experiment-folder': { severity: 'error', description: 'experiment folder name is not an experiment id (YYYYMMDD_HHMMSS_name)' },
  'experiment-id-mismatch': { severity: 'error', description: 'frontmatter experiment_id differs from the folder the file is in' },
  'type-mismatch': { severity: 'error', description: 'the type in the file name differs from `type` (README.md must be experiment_manifest)' },
  'duplicate-artifact-id': { severity: 'error', description: 'artifact_id is used by another file in the repository' },
  'updated-before-created': { severity: 'error', description: '`updated` is earlier than `created`' },
  'metadata-json': { severity: 'error', description: 'an experiment metadata file (manifest.json, .metadata/manifest.json, state.json) is not a JSON object; its other metadata files still count' },
  'manifest-fields': { severity: 'warn', description: '.metadata/manifest.json lacks a field the spec requires (experiment_id, created, updated, phase, status, success_rate)' },
  'metadata-folder': { severity: 'warn', description: 'an experiment has no .metadata/ folder (reported at its README.md, else its first file)' },
  'baseline-missing': { severity: 'warn', description: "a report's baseline names an experiment that does not exist" },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
