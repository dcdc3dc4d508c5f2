import { classifyPath } from '../artifacts/layout.ts';
import { rewriteFrontmatterValues, rewriteJsonValues, type LineChange } from './rewriteValues.ts';
import type { ValueChange } from './topLevelValueEdits.ts';

/** A file as the move reads it: repo-relative POSIX path, text without a BOM. */
export interface MoveInput {
  path: string;
  text: string;
  hadBom: boolean;
}

/** One file the move rewrites: where it is now, where it ends up, its new text and the lines that change. */
export interface FileRewrite {
  path: string;
  newPath: string;
  text: string;
  changes: LineChange[];
}

export interface MovePlan {
  oldId: string;
  newId: string;
  /** Repo-relative folders. */
  from: string;
  to: string;
  rewrites: FileRewrite[];
  /** Files that name the old id where etk does not rewrite it (prose, other keys), or could not (frontmatter that does not parse). */
  mentions: { path: string; why: string }[];
}

/** Keys that hold an experiment's own id in its metadata (README.md frontmatter and the JSON files). */
const METADATA_ID_KEYS = ['experiment_id', 'id'] as const;

/**
 * What renaming experiment `oldId` to `newId` changes, from the files under the experiments root:
 * in the experiment's own files `experiment_id` (and `id` in its README.md and metadata JSON) where
 * it names the old id, and in every Markdown file under the root a top-level `baseline` that names it.
 * Values are replaced in place (see rewriteValues). Pure: no disk, no git.
 */
export function planMove(input: { oldId: string; newId: string; root: string; files: readonly MoveInput[] }): MovePlan {
  const { oldId, newId, root } = input;
  const prefix = root === '' ? '' : `${root}/`;
  const from = `${prefix}${oldId}`;
  const to = `${prefix}${newId}`;
  const rewrites: FileRewrite[] = [];
  const mentions: MovePlan['mentions'] = [];
  const baseline: ValueChange = { keys: ['baseline'], from: oldId, to: newId };
  for (const f of input.files) {
    if (!f.text.includes(oldId)) continue;
    const placement = classifyPath(f.path, root);
    if (placement.kind === 'ignored') continue;
    const own = placement.experimentDir === oldId;
    const newPath = own ? `${to}${f.path.slice(from.length)}` : f.path;
    let result;
    if (placement.kind === 'metadata') {
      if (!own) continue;
      result = rewriteJsonValues(f.text, [{ keys: METADATA_ID_KEYS, from: oldId, to: newId }]);
    } else {
      const idKeys = placement.kind === 'manifest' ? METADATA_ID_KEYS : (['experiment_id'] as const);
      result = rewriteFrontmatterValues(f.text, own ? [{ keys: idKeys, from: oldId, to: newId }, baseline] : [baseline]);
    }
    if (result === null) {
      mentions.push({ path: f.path, why: placement.kind === 'metadata' ? 'it is not a JSON object that parses; edit it by hand' : 'its frontmatter does not parse; edit it by hand' });
      continue;
    }
    if (result.changes.length > 0) rewrites.push({ path: f.path, newPath, text: `${f.hadBom ? '\uFEFF' : ''}${result.text}`, changes: result.changes });
    if (result.text.includes(oldId)) mentions.push({ path: f.path, why: 'it still mentions the old id elsewhere (text or other fields), left as written' });
  }
  return { oldId, newId, from, to, rewrites, mentions };
}
