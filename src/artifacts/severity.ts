import type { Diagnostic, Finding } from './diagnostic.ts';
import type { RuleId, RuleSetting } from './ruleCatalog.ts';

/** Findings as diagnostics under the config's rule settings: `off` dropped, `warn` a warning, else an error. */
export function applySeverity(path: string, findings: readonly Finding[], rules: Readonly<Record<RuleId, RuleSetting>>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const setting = rules[f.rule as RuleId] ?? 'error';
    if (setting === 'off') continue;
    out.push({ file: path, line: f.line, column: f.column, rule: f.rule, severity: setting === 'warn' ? 'warning' : 'error', message: f.message, ...(f.hint ? { hint: f.hint } : {}) });
  }
  return out;
}
