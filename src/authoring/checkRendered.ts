import { relative } from 'node:path';
import type { Diagnostic } from '../artifacts/diagnostic.ts';
import { applySeverity, schemasFor } from '../artifacts/validateRepo.ts';
import { validateFile } from '../artifacts/validateFile.ts';
import type { EtkConfig } from '../config/loadConfig.ts';
import { toPosix } from '../discover/worktree.ts';
import { ConfigError, UsageError } from '../errors.ts';
import type { Rendered } from './renderTemplate.ts';
import type { TemplateText } from './templateFiles.ts';

/** A field left for the user: where it is and what belongs there. */
export interface Placeholder {
  line: number;
  column: number;
  field: string;
  message: string;
  hint?: string;
}

/** Options naming the fields the user gave, for messages about a bad value ("--priority"). */
export type GivenKeys = ReadonlyMap<string, string>;

/** Repo-relative POSIX path of an absolute path (the way validation names files). */
export function repoPath(config: EtkConfig, abs: string): string {
  return toPosix(relative(config.top ?? config.projectDir, abs));
}

/**
 * Validates a rendered document in memory before anything is written. Problems in fields the user
 * or etk filled in are errors (a bad --priority, a tag with no usable characters): nothing is
 * written. Problems in fields the template left are its placeholders: returned, to be shown.
 * A problem that belongs to no field (a required field missing) is the template's fault.
 */
export async function checkRendered(config: EtkConfig, absPath: string, rendered: Rendered, template: TemplateText, given: GivenKeys): Promise<Placeholder[]> {
  const path = repoPath(config, absPath);
  const schemas = await schemasFor(config);
  const result = validateFile({ path, bytes: Buffer.from(rendered.text, 'utf8') }, { root: config.root, schemas, maxFileSize: config.maxFileSize, rules: config.rules });
  if (result === null) throw new Error(`${path} is not inside the experiments root ${config.root}`);
  const diagnostics: Diagnostic[] = applySeverity(path, result.findings, config.rules);
  const fieldAt = (line: number): string | undefined => {
    for (const [key, [first, last]] of rendered.keyLines) if (line >= first && line <= last) return key;
    return undefined;
  };
  const placeholders: Placeholder[] = [];
  const userErrors: string[] = [];
  const templateErrors: string[] = [];
  for (const d of diagnostics) {
    const field = fieldAt(d.line);
    if (field === undefined) {
      templateErrors.push(`${d.message}${d.hint ? ` (${d.hint})` : ''}`);
    } else if (given.has(field)) {
      if (d.severity === 'error') userErrors.push(`${given.get(field)}: ${d.message}${d.hint ? `; ${d.hint}` : ''}`);
    } else {
      placeholders.push({ line: d.line, column: d.column, field, message: d.message, ...(d.hint ? { hint: d.hint } : {}) });
    }
  }
  if (userErrors.length > 0) throw new UsageError(`nothing was written: ${userErrors.join('\n  ')}`);
  if (templateErrors.length > 0) {
    const message = `the template ${template.source} does not give a valid ${path.replace(/^.*\//, '')}: ${templateErrors.join('; ')}`;
    if (template.user) throw new ConfigError(message, 'add the missing fields to your template (placeholders like <integer> are fine)');
    throw new Error(message);
  }
  return placeholders;
}
