import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EtkConfig } from '../config/loadConfig.ts';
import { BUILTIN_SCHEMAS } from '../artifacts/schemaSet.ts';
import { ConfigError } from '../errors.ts';

/** A template's text and where it came from (for messages). */
export interface TemplateText {
  text: string;
  source: string;
  /** True for the user's own template (config "templates"): its mistakes are configuration errors. */
  user: boolean;
}

let packageTemplates: string | undefined;

/**
 * etk's own templates/ folder: next to package.json, found by walking up from this module (which is
 * src/authoring/ when run from source, dist/ or dist/chunks/ in the bundle).
 */
export function builtinTemplateDir(): string {
  if (packageTemplates !== undefined) return packageTemplates;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'templates', 'report.md')) && existsSync(join(dir, 'package.json'))) return (packageTemplates = join(dir, 'templates'));
    dir = dirname(dir);
  }
  throw new Error('etk cannot find its templates/ folder (is the package complete?)');
}

/** The template for `type`: the config's, else etk's own, else the generic one for configured types. */
export function loadTemplate(type: string, config: Pick<EtkConfig, 'templates'>): TemplateText {
  const own = config.templates[type];
  if (own !== undefined) {
    try {
      return { text: readFileSync(own, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), source: own, user: true };
    } catch (err) {
      throw new ConfigError(`cannot read the template for ${type}, ${own}: ${(err as Error).message}`, 'fix the path under "templates" in etk.config.json');
    }
  }
  const file = join(builtinTemplateDir(), `${Object.hasOwn(BUILTIN_SCHEMAS, type) ? type : 'custom'}.md`);
  return { text: readFileSync(file, 'utf8'), source: `etk's template ${Object.hasOwn(BUILTIN_SCHEMAS, type) ? type : 'custom'}.md`, user: false };
}
