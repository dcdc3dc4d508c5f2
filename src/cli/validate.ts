import { validateRepo } from '../artifacts/validateRepo.ts';
import { loadConfig } from '../config/loadConfig.ts';
import { choiceOption, intOption, parse } from './args.ts';
import type { CliIO, Command } from './io.ts';
import { palette, useColor } from './render/colors.ts';
import { renderGithub, renderJson, renderText, summarize, summaryLine } from './render/renderDiagnostics.ts';

const HELP = `Usage: etk validate [paths...] [options]

Checks artifacts against the EDS v1.0 schemas and the naming/placement rules.
With no paths, every artifact under the experiments root is checked.

Options:
  --staged              judge what will be committed (the index), not the work tree
  --format FORMAT       text (default), json, or github (workflow annotations)
  --quiet, -q           report errors only
  --max-warnings N      exit 1 when there are more than N warnings
  --no-frame            text format without code frames
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Exit codes: 0 clean, 1 invalid artifacts (or too many warnings), 2 usage or configuration error.

Examples:
  etk validate
  etk validate experiment_manager/experiments/20251217_024343_image_enhancements
  etk validate --staged --format json
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
    });
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const format = choiceOption('validate', 'format', values.format as string | undefined, ['text', 'json', 'github'] as const, 'text');
    const maxWarnings = intOption('validate', 'max-warnings', values['max-warnings'] as string | undefined);
    const config = await loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configFile: values.config as string } : {}) });
    const outcome = await validateRepo({ config, cwd: io.cwd, paths: positionals, staged: values.staged === true });

    const all = outcome.diagnostics;
    const shown = values.quiet ? all.filter((d) => d.severity === 'error') : all;
    const errPalette = palette(useColor(io.stderr, io.env));
    for (const note of outcome.notes) {
      if (note.level === 'error') io.stderr.write(`${errPalette.red('error')} ${note.path}: ${note.message}\n`);
      else if (!values.quiet) io.stderr.write(`${errPalette.dim('note')}  ${note.path}: ${note.message}\n`);
    }
    const summary = summarize(all, outcome.checked);
    if (format === 'json') io.stdout.write(`${renderJson(shown)}\n`);
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
    if (outcome.notes.some((n) => n.level === 'error')) return 2;
    if (summary.errors > 0) return 1;
    if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
      if (format === 'text') io.stderr.write(`too many warnings: ${summary.warnings} (--max-warnings ${maxWarnings})\n`);
      return 1;
    }
    return 0;
  },
};
