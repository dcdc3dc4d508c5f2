import type { Finding } from './diagnostic.ts';
import { DEFAULT_LAYOUT, EXPERIMENT_ID, type LayoutRules } from './layout.ts';

/** Rule ids experimentFindings reports. */
export const EXPERIMENT_RULES = ['metadata-folder'] as const;

/** A file as experiment-level rules see it. */
export interface ExperimentFile {
  path: string;
  /** Placement kind (manifest, artifact, document, metadata, misplaced). */
  kind: string;
  experimentDir: string | null;
}

/**
 * The file an experiment's own findings are reported at: its README.md, else its first file in
 * path order. Every experiment etk knows has at least one file, so there is always one.
 */
export function experimentAnchor(files: readonly ExperimentFile[]): string {
  const readme = files.find((f) => f.kind === 'manifest');
  if (readme) return readme.path;
  return [...files].map((f) => f.path).sort()[0]!;
}

/**
 * Experiment-level rules of the spec, over all the files of some experiments (grouped by folder):
 * `metadata-folder` when a folder named like an experiment holds nothing under `.metadata/`. A
 * folder exists in git only through its files, so "has a .metadata/ folder" is "has a file in it".
 * Pure; the findings are keyed by the anchor file's path.
 */
export function experimentFindings(files: readonly ExperimentFile[], layout: LayoutRules = DEFAULT_LAYOUT): Map<string, Finding[]> {
  const byExperiment = new Map<string, ExperimentFile[]>();
  for (const f of files) {
    if (f.experimentDir === null || !EXPERIMENT_ID.test(f.experimentDir)) continue;
    const list = byExperiment.get(f.experimentDir);
    if (list) list.push(f);
    else byExperiment.set(f.experimentDir, [f]);
  }
  const out = new Map<string, Finding[]>();
  const folder = `/${layout.metadataFolder}/`;
  for (const [id, list] of byExperiment) {
    if (list.some((f) => f.path.includes(`${id}${folder}`))) continue;
    const anchor = experimentAnchor(list);
    const finding: Finding = {
      line: 1,
      column: 1,
      rule: 'metadata-folder',
      message: `experiment ${id} has no ${layout.metadataFolder}/ folder (EDS v1.0 keeps every experiment's artifacts and manifest there)`,
      hint: `create ${id}/${layout.metadataFolder}/ with its artifacts (etk new assessment ...) or a ${layout.metadataFolder}/manifest.json`,
    };
    const found = out.get(anchor);
    if (found) found.push(finding);
    else out.set(anchor, [finding]);
  }
  return out;
}
