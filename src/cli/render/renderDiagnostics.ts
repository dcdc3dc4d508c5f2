import type { Diagnostic } from '../../artifacts/diagnostic.ts';
import type { Palette } from './colors.ts';
import { plural } from '../../util/plural.ts';
import { logLineSafe, terminalSafe } from '../../util/terminalSafe.ts';


export interface Summary {
  errors: number;
  warnings: number;
  filesWithProblems: number;
  checked: number;
}

export function summarize(diagnostics: readonly Diagnostic[], checked: number): Summary {
  const files = new Set<string>();
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    files.add(d.file);
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings, filesWithProblems: files.size, checked };
}

export function summaryLine(s: Summary): string {
  if (s.errors === 0 && s.warnings === 0) return `${plural(s.checked, 'file')} checked, no problems`;
  return `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} in ${s.filesWithProblems} of ${plural(s.checked, 'file')}`;
}

/** Two lines of context and a caret under the column. */
export function codeFrame(text: string, line: number, column: number, c: Palette): string {
  const lines = text.split(/\r?\n/);
  const from = Math.max(1, line - 1);
  const to = Math.min(lines.length, line + 1);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const src = terminalSafe((lines[n - 1] ?? '').replace(/\t/g, '  '));
    const gutter = `${n === line ? '>' : ' '} ${String(n).padStart(width)} |`;
    out.push(n === line ? `${c.bold(gutter)} ${src}` : c.dim(`${gutter} ${src}`));
    if (n === line) {
      const prefix = terminalSafe((lines[n - 1] ?? '').slice(0, Math.max(0, column - 1))).replace(/[^\t]/g, ' ').replace(/\t/g, '  ');
      out.push(`${' '.repeat(width + 2)} ${c.dim('|')} ${prefix}${c.red('^')}`);
    }
  }
  return out.map((l) => `    ${l}`).join('\n');
}

/** Text for people: grouped by file, `line:col  severity  message  rule`, a code frame, a fix hint. */
export function renderText(diagnostics: readonly Diagnostic[], text: (file: string) => string | undefined, c: Palette, frames = true): string {
  const out: string[] = [];
  let current = '';
  for (const d of diagnostics) {
    if (d.file !== current) {
      if (current !== '') out.push('');
      out.push(c.underline(logLineSafe(d.file)));
      current = d.file;
    }
    const sev = d.severity === 'error' ? c.red('error  ') : c.yellow('warning');
    out.push(`  ${c.dim(`${d.line}:${d.column}`.padEnd(7))} ${sev}  ${terminalSafe(d.message)}  ${c.dim(d.rule)}`);
    const source = frames ? text(d.file) : undefined;
    if (source !== undefined) out.push(codeFrame(source, d.line, d.column, c));
    if (d.hint) out.push(`    ${c.cyan('fix:')} ${terminalSafe(d.hint)}`);
  }
  return out.join('\n');
}

export function renderJson(diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify(
    diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, rule: d.rule, severity: d.severity, message: d.message, ...(d.hint ? { hint: d.hint } : {}) })),
    null,
    2,
  );
}

/** GitHub workflow command escaping: data escapes %, CR, LF; properties also : and ,. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const kind = d.severity === 'error' ? 'error' : 'warning';
      const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(`etk ${d.rule}`)}`;
      return `::${kind} ${props}::${escapeData(d.message + (d.hint ? `\nfix: ${d.hint}` : ''))}`;
    })
    .join('\n');
}
