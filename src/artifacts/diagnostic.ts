export type Severity = 'error' | 'warning';

/** Validation findings are plain data; only renderers turn them into text. */
export interface Diagnostic {
  /** Repo-relative POSIX path. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  rule: string;
  severity: Severity;
  message: string;
  /** How to fix it. */
  hint?: string;
}

/** A finding before the config decides its severity (or drops it). */
export type Finding = Omit<Diagnostic, 'severity' | 'file'>;

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
