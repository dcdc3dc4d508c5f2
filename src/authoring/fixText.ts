import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Pair, type Scalar } from 'yaml';
import { parseFrontmatter } from '../artifacts/parseFrontmatter.ts';
import { normalizeTag } from './slugs.ts';
import { ISO_DATE_TIME, normalizeTimestamp } from './timestamps.ts';

/** One rewrite, at the file line it concerns. */
export interface FixChange {
  line: number;
  message: string;
}

export interface FixOptions {
  /** --touch: set `updated` to this ISO date-time. */
  touch?: string | undefined;
  /** This machine's offset at a date (for timestamps written without one); injectable for tests. */
  localOffset?: (d: Date) => number;
  /** How the assumed offset is named (default: this machine's). */
  offsetLabel?: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const QUOTABLE = new Set(['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE']);

/** A tag written plain when YAML reads it back as that same string, else double-quoted. */
function tagText(tag: string): string {
  const back = parseDocument(tag).toJS() as unknown;
  return back === tag ? tag : JSON.stringify(tag);
}

function pairOf(items: readonly unknown[], key: string): Pair | undefined {
  return items.find((p): p is Pair => isScalar((p as Pair).key) && ((p as Pair).key as Scalar).value === key);
}

/**
 * The unambiguous repairs of one file's frontmatter, as edits of its text: everything else, the
 * body, comments, quoting and order included, stays byte for byte. Returns null for a file whose
 * frontmatter does not parse (it is never touched), and no changes when nothing needs repair, so
 * running it twice changes nothing the second time.
 * - `created`/`updated` in another timestamp form -> ISO 8601 with offset, quoted;
 * - tags -> lowercase-hyphenated, duplicates removed (a tag with nothing usable stays as written);
 * - a missing `ads_version` -> `"1.0"` (the first line); an unquoted `1.0` -> `"1.0"`;
 * - with `touch`, `updated` set to it.
 */
export function fixText(text: string, options: FixOptions = {}): { text: string; changes: FixChange[] } | null {
  const parsed = parseFrontmatter(text);
  if (parsed.data === null) return null;
  const yamlStart = text.indexOf('\n') + 1;
  const yaml = parsed.yaml;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.flow) return null;
  const items = doc.contents.items;
  const lineOf = (offset: number) => counter.linePos(offset).line + parsed.yamlStartLine - 1;
  const edits: Edit[] = [];
  /** Changes at yaml offsets (turned into lines of the fixed file at the end). */
  const changes: { at: number; message: string }[] = [];
  const source = (s: Scalar) => yaml.slice(s.range![0], s.range![1]);

  // Timestamps.
  for (const key of ['created', 'updated'] as const) {
    const pair = pairOf(items, key);
    const v = pair?.value;
    if (!isScalar(v) || !v.range || !QUOTABLE.has(String(v.type))) continue;
    if (key === 'updated' && options.touch !== undefined) {
      if (v.range[0] === v.range[1]) {
        // `updated:` with no value: the empty scalar sits where the next token starts; write after the colon.
        const colon = yaml.indexOf(':', (pair!.key as Scalar).range![1]);
        edits.push({ start: colon + 1, end: colon + 1, text: ` ${JSON.stringify(options.touch)}` });
        changes.push({ at: colon, message: `updated: (empty) -> "${options.touch}" (--touch)` });
        continue;
      }
      edits.push({ start: v.range[0], end: v.range[1], text: JSON.stringify(options.touch) });
      changes.push({ at: v.range[0], message: `updated: ${source(v)} -> "${options.touch}" (--touch)` });
      continue;
    }
    if (typeof v.value !== 'string' || ISO_DATE_TIME.test(v.value)) continue;
    const n = normalizeTimestamp(v.value, options.localOffset);
    if (n === null) continue;
    edits.push({ start: v.range[0], end: v.range[1], text: JSON.stringify(n.value) });
    changes.push({ at: v.range[0], message: `${key}: ${source(v)} -> "${n.value}"${n.assumedOffset ? ` (no offset was written: assumed ${options.offsetLabel ?? "this machine's"}, ${n.assumedOffset})` : ''}` });
  }
  if (options.touch !== undefined && pairOf(items, 'updated') === undefined) {
    const after = pairOf(items, 'created') ?? (items[items.length - 1] as Pair | undefined);
    const end = after ? lineEnd(yaml, (after.value as Scalar | null)?.range?.[2] ?? (after.key as Scalar).range![2]) : 0;
    edits.push({ start: end, end, text: `updated: "${options.touch}"${eol}` });
    changes.push({ at: end, message: `added updated: "${options.touch}" (--touch)` });
  }

  // ads_version.
  const ads = pairOf(items, 'ads_version');
  if (ads === undefined) {
    edits.push({ start: 0, end: 0, text: `ads_version: "1.0"${eol}` });
    changes.push({ at: 0, message: 'added ads_version: "1.0"' });
  } else if (isScalar(ads.value) && ads.value.range && ads.value.type === 'PLAIN' && /^[0-9]+\.[0-9]+$/.test(source(ads.value))) {
    const written = source(ads.value);
    edits.push({ start: ads.value.range[0], end: ads.value.range[1], text: `"${written}"` });
    changes.push({ at: ads.value.range[0], message: `ads_version: ${written} -> "${written}" (a version is text: unquoted, 1.10 would read as 1.1)` });
  }

  // Tags.
  const tags = pairOf(items, 'tags')?.value;
  if (isSeq(tags) && tags.range && tags.items.every((i) => isScalar(i) && i.range && QUOTABLE.has(String(i.type)))) {
    const seen = new Set<string>();
    const result: { item: Scalar; text: string | null; was: string }[] = [];
    const notes: string[] = [];
    for (const item of tags.items as Scalar[]) {
      const was = source(item);
      const raw = typeof item.value === 'string' ? item.value : was;
      const norm = normalizeTag(raw);
      if (norm === '') {
        result.push({ item, text: was, was });
        continue;
      }
      if (seen.has(norm)) {
        result.push({ item, text: null, was });
        notes.push(`removed the duplicate ${was}`);
        continue;
      }
      seen.add(norm);
      const text = item.value === norm ? was : tagText(norm);
      if (text !== was) notes.push(`${was} -> ${text}`);
      result.push({ item, text, was });
    }
    if (notes.length > 0) {
      const edit = tags.flow ? flowEdits(result) : blockEdits(yaml, result);
      if (edit !== null) {
        edits.push(...edit);
        changes.push({ at: tags.range[0], message: `tags: ${notes.join(', ')}` });
      }
    }
  }

  if (edits.length === 0) return { text, changes: [] };
  edits.sort((a, b) => b.start - a.start);
  for (let i = 1; i < edits.length; i++) if (edits[i]!.end > edits[i - 1]!.start) return { text, changes: [] }; // overlapping: do nothing
  let out = yaml;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  const fixed = text.slice(0, yamlStart) + out + text.slice(yamlStart + yaml.length);
  // Belt and braces: a repair that would make the file unreadable is not made.
  if (parseFrontmatter(fixed).data === null) return { text, changes: [] };
  // Lines in the fixed file: shifted by the lines edits before them added or removed.
  const lines = (t: string) => t.split('\n').length - 1;
  const shift = (at: number) => edits.filter((e) => e.start < at).reduce((n, e) => n + lines(e.text) - lines(yaml.slice(e.start, e.end)), 0);
  const located = changes.map((c) => ({ line: lineOf(c.at) + shift(c.at), message: c.message }));
  located.sort((a, b) => a.line - b.line);
  return { text: fixed, changes: located };
}

/** Offset just past the end of the line holding `offset`. */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/**
 * Flow list: each changed item rewritten in place; a duplicate removed with the separator before it
 * (from the end of the item before it), so comments, line breaks and spacing elsewhere stay.
 */
function flowEdits(result: { item: Scalar; text: string | null; was: string }[]): Edit[] {
  const edits: Edit[] = [];
  for (const [i, r] of result.entries()) {
    const [start, end] = r.item.range!;
    if (r.text === null) edits.push({ start: result[i - 1]!.item.range![1], end, text: '' }); // never the first: it is kept
    else if (r.text !== r.was) edits.push({ start, end, text: r.text });
  }
  return edits;
}

/** Block list: each changed item rewritten in place, each duplicate's whole `- item` line removed. */
function blockEdits(yaml: string, result: { item: Scalar; text: string | null; was: string }[]): Edit[] | null {
  const edits: Edit[] = [];
  for (const r of result) {
    const [start, end] = r.item.range!;
    if (r.text !== null) {
      if (r.text !== r.was) edits.push({ start, end, text: r.text });
      continue;
    }
    const lineStart = yaml.lastIndexOf('\n', start - 1) + 1;
    const stop = lineEnd(yaml, end);
    if (!/^[ \t]*-[ \t]+$/.test(yaml.slice(lineStart, start)) || !/^[ \t]*(#[^\n]*)?\r?\n?$/.test(yaml.slice(end, stop))) return null;
    edits.push({ start: lineStart, end: stop, text: '' });
  }
  return edits;
}
