import { parseFrontmatter } from '../artifacts/parseFrontmatter.ts';
import { topLevelValueEdits, type TextEdit, type ValueChange } from './topLevelValueEdits.ts';

/** One changed line of a file, as it reads before and after. */
export interface LineChange {
  line: number;
  before: string;
  after: string;
}

export interface Rewritten {
  text: string;
  changes: LineChange[];
}

function lineAt(text: string, offset: number): { line: number; start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  if (text[end - 1] === '\r') end--;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
  return { line, start, end };
}

/** Applies edits (offsets into `text`, none overlapping) and says which lines changed. */
function applyEdits(text: string, edits: readonly TextEdit[]): Rewritten {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  // The new values hold no line breaks: line n before is line n after.
  const changes: LineChange[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const at = lineAt(text, e.start);
    if (changes.some((c) => c.line === at.line)) continue;
    const shift = edits.filter((x) => x.start < at.start).reduce((n, x) => n + x.text.length - (x.end - x.start), 0);
    const after = lineAt(out, at.start + shift);
    changes.push({ line: at.line, before: text.slice(at.start, at.end), after: out.slice(after.start, after.end) });
  }
  return { text: out, changes };
}

const readsBack = (data: Record<string, unknown> | null, edits: readonly TextEdit[], changes: readonly ValueChange[]) =>
  data !== null && edits.every((e) => changes.some((c) => c.keys.includes(e.key) && data[e.key] === c.to));

/**
 * A Markdown file with the chosen top-level frontmatter values replaced (see topLevelValueEdits);
 * the body and everything else stay byte for byte. Null when the frontmatter does not parse or the
 * result would not read back as intended (the file is then left alone); no changes when no value matches.
 */
export function rewriteFrontmatterValues(text: string, changes: readonly ValueChange[]): Rewritten | null {
  const parsed = parseFrontmatter(text);
  if (parsed.data === null) return null;
  const yamlStart = text.indexOf('\n') + 1;
  if (text.slice(yamlStart, yamlStart + parsed.yaml.length) !== parsed.yaml) return null;
  const edits = topLevelValueEdits(parsed.yaml, changes);
  if (edits === null) return null;
  if (edits.length === 0) return { text, changes: [] };
  const shifted = edits.map((e) => ({ ...e, start: e.start + yamlStart, end: e.end + yamlStart }));
  const result = applyEdits(text, shifted);
  return readsBack(parseFrontmatter(result.text).data, edits, changes) ? result : null;
}

/**
 * A JSON file with the chosen top-level values replaced, its formatting kept. Null when it is not a
 * JSON object or the result would not read back as intended.
 */
export function rewriteJsonValues(text: string, changes: readonly ValueChange[]): Rewritten | null {
  let before: unknown;
  try {
    before = JSON.parse(text);
  } catch {
    return null;
  }
  if (before === null || typeof before !== 'object' || Array.isArray(before)) return null;
  const edits = topLevelValueEdits(text, changes);
  if (edits === null) return null;
  if (edits.length === 0) return { text, changes: [] };
  const result = applyEdits(text, edits);
  let after: Record<string, unknown> | null = null;
  try {
    after = JSON.parse(result.text) as Record<string, unknown>;
  } catch {
    return null;
  }
  return readsBack(after, edits, changes) ? result : null;
}
