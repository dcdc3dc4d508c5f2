import { compareDiagnostics, type Diagnostic } from '../artifacts/diagnostic.ts';

/** GitHub shows at most this many error and this many warning annotations per step (and drops the rest silently). */
export const ANNOTATIONS_PER_SEVERITY = 10;

/**
 * How much a rule matters, most first: a file etk cannot read at all, then frontmatter that does not
 * parse, then wrong values, identity and cross-file problems, naming and placement, and last the
 * cosmetic ones. Rules not listed (a custom one) sit with the schema errors.
 */
const RULE_ORDER = [
  'encoding', 'binary', 'file-too-large',
  'frontmatter-missing', 'frontmatter-language', 'frontmatter-unclosed', 'frontmatter-empty', 'frontmatter-not-mapping',
  'yaml-syntax', 'yaml-duplicate-key', 'yaml-alias-limit',
  'unknown-type', 'schema',
  'duplicate-artifact-id', 'experiment-id-mismatch', 'type-mismatch', 'updated-before-created', 'baseline-missing',
  'placement', 'experiment-folder', 'file-name',
  'unknown-key', 'bom', 'line-endings',
];
const rank = (rule: string) => {
  const i = RULE_ORDER.indexOf(rule);
  return i === -1 ? RULE_ORDER.indexOf('schema') : i;
};

/**
 * The `limit` most important diagnostics of one severity: the worst problem of every file first (so
 * the annotations reach as many files as possible), files with worse problems before others, then
 * each file's second problem, and so on. Returned in file and line order.
 */
export function mostImportant(diagnostics: readonly Diagnostic[], limit = ANNOTATIONS_PER_SEVERITY): Diagnostic[] {
  if (diagnostics.length <= limit) return [...diagnostics].sort(compareDiagnostics);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const byImportance = (a: Diagnostic, b: Diagnostic) => rank(a.rule) - rank(b.rule) || compareDiagnostics(a, b);
  const files = [...byFile.values()].map((list) => list.sort(byImportance)).sort((a, b) => byImportance(a[0]!, b[0]!));
  const picked: Diagnostic[] = [];
  for (let round = 0; picked.length < limit; round++) {
    const layer = files.filter((list) => list.length > round).map((list) => list[round]!);
    if (layer.length === 0) break;
    picked.push(...layer.sort(byImportance).slice(0, limit - picked.length));
  }
  return picked.sort(compareDiagnostics);
}

/** The annotations to emit: the most important errors and warnings, at most 10 of each. */
export function pickAnnotations(diagnostics: readonly Diagnostic[], limit = ANNOTATIONS_PER_SEVERITY): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  return {
    errors: mostImportant(diagnostics.filter((d) => d.severity === 'error'), limit),
    warnings: mostImportant(diagnostics.filter((d) => d.severity === 'warning'), limit),
  };
}
