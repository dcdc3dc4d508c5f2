import { zoneOffsetAt } from '../artifacts/timestamp.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_SCHEMAS } from '../artifacts/schemaSet.ts';
import type { EtkConfig } from '../config/loadConfig.ts';
import { execGit } from '../git/execGit.ts';
import { splitZ } from '../git/parseZ.ts';
import { fixFiles, type FileFix } from './fixFiles.ts';
import { isoWithOffset } from './timestamps.ts';

/**
 * `etk hook pre-commit --fix`: repairs the staged artifacts whose work-tree file is exactly what is
 * staged (so fixing the file and staging it again adds nothing else to the commit; under
 * lint-staged that is every staged file), then stages the repaired files. Partially staged files are
 * left alone and named. Never renames: the commit's paths are the ones you staged.
 */
/** The configured timezone as --fix's assumed offset, when the config sets one (else this machine's). */
export function configuredZone(config: EtkConfig): { localOffset?: (d: Date) => number; offsetLabel?: string } {
  if (!config.timezoneConfigured) return {};
  return { localOffset: (d) => zoneOffsetAt(config.timezone, d.getTime()), offsetLabel: `the configured timezone ${config.timezone}` };
}

export function fixStaged(config: EtkConfig, top: string, staged: readonly string[], touch: boolean): { fixes: FileFix[]; partial: string[] } {
  if (staged.length === 0) return { fixes: [], partial: [] };
  const unstaged = new Set(splitZ(execGit(['diff', '--name-only', '-z', '--no-renames', '--', config.root === '' ? '.' : config.root], { cwd: top })));
  const partial = staged.filter((p) => unstaged.has(p));
  const candidates = staged.filter((p) => !unstaged.has(p) && existsSync(join(top, p)));
  const fixes = fixFiles({
    top,
    base: top,
    root: config.root,
    maxFileSize: config.maxFileSize,
    knownTypes: [...Object.keys(BUILTIN_SCHEMAS), ...Object.keys(config.extraTypes)],
    paths: candidates,
    touch: touch ? isoWithOffset(new Date()) : undefined,
    rename: false,
    ...configuredZone(config),
  });
  const changed = fixes.filter((f) => f.changes.length > 0).map((f) => f.path);
  if (changed.length > 0) execGit(['add', '--', ...changed], { cwd: top });
  return { fixes, partial };
}
