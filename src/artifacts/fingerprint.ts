import { createHash } from 'node:crypto';
import type { Diagnostic } from './diagnostic.js';

/**
 * A problem's identity across revisions: its file, rule and message with everything that moves
 * when unrelated lines move taken out (line and column numbers, "line 12" inside a message,
 * runs of white space). The field or key a problem is about is part of its message (`status must
 * be one of …`, `unknown field baseine …`), so two problems on different fields differ.
 * Never the line number: adding a line above an old problem must not make it new.
 */
export function problemKey(d: Pick<Diagnostic, 'file' | 'rule' | 'message'>, file: string = d.file): string {
  return `${file}\u0000${d.rule}\u0000${normaliseMessage(d.message)}`;
}

/** The message without positions: `line 12` / `lines 3-4` / `:12:5` become `line #`, white space collapsed. */
export function normaliseMessage(message: string): string {
  return message
    .replace(/\blines? \d+(?:\s*[-–]\s*\d+)?/g, 'line #')
    .replace(/:(\d+)(?::\d+)?\b/g, ':#')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Stable fingerprints, one per problem, in the order given: a hash of the problem's key plus its
 * occurrence among problems with the same key in the same file (ordered by line), so two identical
 * problems in one file are two fingerprints and a third one added is new.
 * `renamedFrom` maps a file's current path to the path it had on the base, so a renamed file keeps
 * its old problems' identity.
 */
export function fingerprints(problems: readonly Diagnostic[], renamedFrom: ReadonlyMap<string, string> = new Map()): string[] {
  const order = problems.map((d, i) => i).sort((a, b) => problems[a]!.line - problems[b]!.line || problems[a]!.column - problems[b]!.column || a - b);
  const seen = new Map<string, number>();
  const out: string[] = new Array<string>(problems.length);
  for (const i of order) {
    const d = problems[i]!;
    const key = problemKey(d, renamedFrom.get(d.file) ?? d.file);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    out[i] = createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  }
  return out;
}

export interface ProblemMatch<T extends Diagnostic = Diagnostic> {
  /** On the head and not on the base. */
  added: T[];
  /** On both (the head's copy, with its current line). */
  existing: T[];
  /** On the base and not on the head: fixed (or its file removed). */
  fixed: T[];
}

/**
 * Which of the head's problems are new, which were already on the base, and which the head fixed.
 * `renamedFrom` maps head paths to base paths (a file moved keeps its problems' identity).
 */
export function matchProblems<T extends Diagnostic>(base: readonly T[], head: readonly T[], renamedFrom: ReadonlyMap<string, string> = new Map()): ProblemMatch<T> {
  const baseIds = fingerprints(base);
  const headIds = fingerprints(head, renamedFrom);
  const onBase = new Set(baseIds);
  const onHead = new Set(headIds);
  return {
    added: head.filter((_, i) => !onBase.has(headIds[i]!)),
    existing: head.filter((_, i) => onBase.has(headIds[i]!)),
    fixed: base.filter((_, i) => !onHead.has(baseIds[i]!)),
  };
}
