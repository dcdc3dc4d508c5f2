import type { Diagnostic } from '../../artifacts/diagnostic.ts';
import { fingerprints } from '../../artifacts/fingerprint.ts';
import { RULES } from '../../artifacts/ruleCatalog.ts';

/** The key of etk's fingerprint in SARIF's `partialFingerprints` (a new version if what it hashes changes). */
export const SARIF_FINGERPRINT = 'etkProblem/v1';

export interface SarifOptions {
  version: string;
  /** Head path -> base path of renamed files: a renamed file's problems keep their fingerprints. */
  renamedFrom?: ReadonlyMap<string, string>;
  /** Whether each problem is new against the base (`baselineState`), when a base is known. */
  isNew?: (d: Diagnostic) => boolean;
}

/** A repo-relative path as a relative URI reference (each segment percent-encoded). */
export function pathUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Problems as a SARIF 2.1.0 log, for GitHub code scanning (upload-sarif) and reviewdog: one run of
 * the tool etk with the rules it reported, each result at its file, line and column relative to
 * the repository top (%SRCROOT%), with the fingerprint of the new-problems logic
 * (src/artifacts/fingerprint.ts) in `partialFingerprints`, so code scanning tracks a problem across
 * commits as etk does: not by its line.
 */
export function renderSarif(diagnostics: readonly Diagnostic[], options: SarifOptions): string {
  const ids = fingerprints(diagnostics, options.renamedFrom);
  const ruleIds = [...new Set(diagnostics.map((d) => d.rule))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const info = (RULES as Record<string, { severity: string; description: string } | undefined>)[id];
    return {
      id,
      name: id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase()),
      shortDescription: { text: info?.description ?? id },
      defaultConfiguration: { level: info?.severity === 'warn' ? 'warning' : 'error' },
    };
  });
  const results = diagnostics.map((d, i) => ({
    ruleId: d.rule,
    ruleIndex: ruleIndex.get(d.rule)!,
    level: d.severity,
    message: { text: d.hint ? `${d.message}\nfix: ${d.hint}` : d.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathUri(d.file), uriBaseId: '%SRCROOT%' }, region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) } } }],
    partialFingerprints: { [SARIF_FINGERPRINT]: ids[i]! },
    ...(options.isNew ? { baselineState: options.isNew(d) ? 'new' : 'unchanged' } : {}),
  }));
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'etk', version: options.version, semanticVersion: options.version, rules } }, columnKind: 'utf16CodeUnits', results }],
  }, null, 2);
}
