import { configuredZone } from '../authoring/fixStaged.ts';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { compareDiagnostics } from '../artifacts/diagnostic.ts';
import { BUILTIN_SCHEMAS } from '../artifacts/schemaSet.ts';
import { validateRepo, type ValidateOutcome } from '../artifacts/validateRepo.ts';
import { fixFiles, type FileFix } from '../authoring/fixFiles.ts';
import { isoWithOffset } from '../authoring/timestamps.ts';
import { loadConfig, type EtkConfig } from '../config/loadConfig.ts';
import { toPosix } from '../discover/worktree.ts';
import { UsageError } from '../errors.ts';
import { choiceOption, intOption, parse } from './args.ts';
import type { CliIO, Command } from './io.ts';
import { palette, useColor } from './render/colors.ts';
import { renderGithub, renderJson, renderText, summarize, summaryLine } from './render/renderDiagnostics.ts';
import { terminalSafe } from '../util/terminalSafe.ts';
import { renderSarif } from './render/renderSarif.ts';
import { VERSION } from './version.ts';

const HELP = `Usage: etk validate [paths...] [options]

Checks artifacts against the EDS v1.0 schemas and the naming/placement rules.
With no paths, every artifact under the experiments root is checked.

Options:
  --staged              judge what will be committed (the index), not the work tree
  --format FORMAT       text (default), json, github (workflow annotations), or sarif (SARIF
                        2.1.0 for code scanning and reviewdog, with stable fingerprints)
  --quiet, -q           report errors only
  --max-warnings N      exit 1 when there are more than N warnings
  --no-frame            text format without code frames
  --fix                 first repair what is unambiguous, and say what changed: timestamps to
                        ISO 8601 with offset, tags lowercase-hyphenated and deduplicated, a missing
                        ads_version, file names to the EDS pattern (git mv when git knows the file)
  --touch               with --fix: also set updated to now in the files named
  --no-rename           with --fix: leave file names alone (under lint-staged, which re-stages
                        the files by their old names)
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Exit codes: 0 clean, 1 invalid artifacts (or too many warnings), 2 usage or configuration error.

Examples:
  etk validate
  etk validate experiment_manager/experiments/20251217_024343_image_enhancements
  etk validate --staged --format json
  etk validate --format sarif > etk.sarif
  etk validate --fix
  etk validate --fix --touch experiment_manager/experiments/20251217_024343_image_enhancements/README.md
  etk validate --config examples/etk.config.json`;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check artifacts against EDS v1.0 (schemas, names, placement)',
  help: HELP,
  skippable: true,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('validate', argv, {
      staged: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      quiet: { type: 'boolean', short: 'q' },
      'max-warnings': { type: 'string' },
      'no-frame': { type: 'boolean' },
      fix: { type: 'boolean' },
      touch: { type: 'boolean' },
      'no-rename': { type: 'boolean' },
    });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const format = choiceOption('validate', 'format', values.format as string | undefined, ['text', 'json', 'github', 'sarif'] as const, 'text');
    const maxWarnings = intOption('validate', 'max-warnings', values['max-warnings'] as string | undefined);
    const config = await loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configFile: values.config as string } : {}) });
    const fix = values.fix === true || values.touch === true;
    if (!fix && values['no-rename']) throw new UsageError('etk validate: --no-rename goes with --fix', 'see etk validate --help');
    const request = { config, cwd: io.cwd, paths: positionals, staged: values.staged === true };
    const outcome = fix ? await validateAndFix(request, { touch: values.touch === true, rename: values['no-rename'] !== true, format, quiet: values.quiet === true }, io) : await validateRepo(request);

    const all = outcome.diagnostics;
    const shown = values.quiet ? all.filter((d) => d.severity === 'error') : all;
    const errPalette = palette(useColor(io.stderr, io.env));
    for (const note of outcome.notes) {
      if (note.level === 'error') io.stderr.write(`${errPalette.red('error')} ${terminalSafe(note.path)}: ${note.message}\n`);
      else if (!values.quiet) io.stderr.write(`${errPalette.dim('note')}  ${terminalSafe(note.path)}: ${note.message}\n`);
    }
    const summary = summarize(all, outcome.checked);
    if (format === 'json') io.stdout.write(`${renderJson(shown)}\n`);
    else if (format === 'sarif') io.stdout.write(`${renderSarif(shown, { version: VERSION })}\n`);
    else if (format === 'github') {
      if (shown.length > 0) io.stdout.write(`${renderGithub(shown)}\n`);
    } else {
      const c = palette(useColor(io.stdout, io.env));
      if (shown.length > 0) io.stdout.write(`${renderText(shown, outcome.text, c, values['no-frame'] !== true)}\n\n`);
      if (!values.quiet || summary.errors > 0) {
        const line = summaryLine(summary);
        io.stdout.write(`${summary.errors > 0 ? c.red(`✖ ${line}`) : summary.warnings > 0 ? c.yellow(`⚠ ${line}`) : c.green(`✔ ${line}`)}\n`);
      }
    }
    // The root exists (loadConfig checked) but holds nothing to judge: say so, a green line would hide it.
    if (positionals.length === 0 && outcome.checked === 0 && !values.quiet) {
      io.stderr.write(`${errPalette.yellow('warning')} 0 files checked under ${terminalSafe(config.root === '' ? '.' : config.root)}: it holds no Markdown. Is root right${config.source !== null ? ` (set in ${terminalSafe(config.source)})` : ' (the default; no etk.config.json)'}? etk new experiment "<name>" starts one.\n`);
    }
    if (outcome.notes.some((n) => n.level === 'error')) return 2;
    if (summary.errors > 0) return 1;
    if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
      if (format === 'text') io.stderr.write(`too many warnings: ${summary.warnings} (--max-warnings ${maxWarnings})\n`);
      return 1;
    }
    return 0;
  },
};

/** Rules whose findings --fix may repair (the repair itself decides what is unambiguous). */
const FIXABLE = new Set(['schema', 'file-name', 'type-mismatch', 'timestamp-offset']);

/**
 * --fix: validate, repair the files that have fixable findings (every judged file with --touch),
 * say what changed, then validate again what the user asked for (renamed files by their new name).
 */
async function validateAndFix(request: { config: EtkConfig; cwd: string; paths: string[]; staged: boolean }, options: { touch: boolean; rename: boolean; format: string; quiet: boolean }, io: CliIO): Promise<ValidateOutcome> {
  const { config } = request;
  if (request.staged) throw new UsageError('etk validate: --fix repairs files in the work tree and does not go with --staged', 'name the files instead (lint-staged passes them): etk validate --fix <files>');
  if (options.touch && request.paths.length === 0) throw new UsageError('etk validate: --touch sets updated in the files you name; name them', 'e.g. etk validate --fix --touch <file.md>');
  const first = await validateRepo(request);
  const base = config.top ?? config.projectDir;
  const candidates = options.touch ? first.results.map((r) => r.path) : [...new Set(first.diagnostics.filter((d) => FIXABLE.has(d.rule) && (options.rename || d.rule === 'schema')).map((d) => d.file))];
  const knownTypes = [...Object.keys(BUILTIN_SCHEMAS), ...Object.keys(config.extraTypes)];
  const fixes = fixFiles({ top: config.top, base, root: config.root, maxFileSize: config.maxFileSize, knownTypes, paths: candidates, touch: options.touch ? isoWithOffset(new Date()) : undefined, rename: options.rename, ...configuredZone(config) });
  const out = options.format === 'text' ? io.stdout : io.stderr;
  const nothing = fixes.every((f) => f.changes.length === 0 && f.renamedTo === undefined);
  if (!(nothing && options.quiet && fixes.length === 0)) out.write(renderFixes(fixes));
  if (nothing) return first;
  const renamed = new Map(fixes.filter((f) => f.renamedTo !== undefined).map((f) => [f.path, f.renamedTo!]));
  // A duplicate artifact_id's message names the other file: after a rename, judge everything again.
  if (renamed.size > 0 && first.diagnostics.some((d) => d.rule === 'duplicate-artifact-id')) {
    const paths = request.paths.map((p) => {
      const rel = toPosix(relative(base, isAbsolute(p) ? p : resolve(request.cwd, p)));
      const to = renamed.get(rel);
      return to === undefined ? p : join(base, to);
    });
    return validateRepo({ ...request, paths });
  }
  // Otherwise only the changed files are judged again (against the whole repository, as always).
  const changed = fixes.filter((f) => f.changes.length > 0 || f.renamedTo !== undefined);
  const again = await validateRepo({ ...request, paths: changed.map((f) => join(base, f.renamedTo ?? f.path)) });
  const stale = new Set(changed.map((f) => f.path));
  const diagnostics = [...first.diagnostics.filter((d) => !stale.has(d.file)), ...again.diagnostics].sort(compareDiagnostics);
  const judged = new Set(again.results.map((r) => r.path));
  return {
    ...first,
    diagnostics,
    results: [...first.results.filter((r) => !stale.has(r.path)), ...again.results],
    text: (path) => (judged.has(path) ? again.text(path) : first.text(path)),
  };
}

/** What --fix changed, per file, and a summary line. */
export function renderFixes(fixes: readonly FileFix[]): string {
  const lines: string[] = [];
  let changes = 0;
  let files = 0;
  for (const f of fixes) {
    const n = f.changes.length + (f.renamedTo !== undefined ? 1 : 0);
    if (n > 0) files++;
    changes += n;
    lines.push(`${n > 0 ? 'fixed' : 'not fixed'} ${f.path}`);
    const width = Math.max(0, ...f.changes.map((c) => String(c.line).length));
    for (const c of f.changes) lines.push(`  ${String(c.line).padStart(width)}  ${c.message}`);
    if (f.renamedTo !== undefined) lines.push(`  ${' '.repeat(width)}  renamed to ${f.renamedTo.slice(f.renamedTo.lastIndexOf('/') + 1)} (${f.renamedWith})`);
    for (const note of f.notes) lines.push(`  ${' '.repeat(width)}  ${note}`);
  }
  lines.push(changes === 0 ? 'nothing to fix' : `✔ fixed ${changes} thing${changes === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n\n`;
}
