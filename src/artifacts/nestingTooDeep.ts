/** Nesting etk reads in frontmatter and metadata JSON: far beyond any real document, well before a parser's recursion runs out of stack. */
export const MAX_NESTING = 64;

/** 1-based line and column of the character where nesting first goes past the limit. */
export interface DeepAt {
  line: number;
  column: number;
}

/**
 * Where JSON text first nests deeper than `max` ([ and { outside strings), or null. A linear scan
 * with no recursion: run before JSON.parse so that no parser or serializer ever sees such nesting.
 */
export function jsonTooDeep(text: string, max = MAX_NESTING): DeepAt | null {
  let depth = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      lineStart = i + 1;
    } else if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      if (++depth > max) return { line, column: i - lineStart + 1 };
    } else if (ch === ']' || ch === '}') depth--;
  }
  return null;
}

/** Characters after which a quote opens a quoted YAML scalar (elsewhere it is part of a plain one: it's). */
const VALUE_START = new Set([':', '-', '[', '{', ',', '?', '']);

/**
 * Where YAML text first nests deeper than `max`, or null: block levels (indentation, and `- ` items
 * opened on one line) plus flow levels ([ and { outside quotes and comments). Linear, no recursion;
 * block scalars (| >) are skipped. It may count a level more than a parser would, never fewer.
 */
export function yamlTooDeep(text: string, max = MAX_NESTING): DeepAt | null {
  return yamlDepthBound(text) <= max ? null : yamlTooDeepScan(text, max);
}

/** yamlTooDeep without the quick bound (exported for its test). */
export function yamlTooDeepScan(text: string, max: number): DeepAt | null {
  const lines = text.split('\n');
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | null = null;
  /** Indentation of the line that opened a block scalar: more indented (or blank) lines are its text. */
  let scalarParent: number | null = null;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!.replace(/\r$/, '');
    const indent = /^ */.exec(raw)![0].length;
    const blank = raw.trim() === '';
    if (scalarParent !== null) {
      if (blank || indent > scalarParent) continue;
      scalarParent = null;
    }
    let i = 0;
    let block = indents.length;
    if (quote === null && flow === 0) {
      if (blank || raw[indent] === '#') continue;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      block = indents.length;
      i = indent;
      // `- - - x`: each item marker on the line opens a level.
      if (block > max) return { line: n + 1, column: i + 1 };
      while (raw[i] === '-' && (raw[i + 1] === ' ' || i + 1 === raw.length)) {
        if (++block > max) return { line: n + 1, column: i + 1 };
        i += 1;
        while (raw[i] === ' ') i++;
      }
    }
    let prev = '';
    for (; i < raw.length; i++) {
      const ch = raw[i]!;
      if (quote === '"') {
        if (ch === '\\') i++;
        else if (ch === '"') quote = null;
        continue;
      }
      if (quote === "'") {
        if (ch === "'" && raw[i + 1] === "'") i++;
        else if (ch === "'") quote = null;
        continue;
      }
      if (ch === ' ' || ch === '\t') continue;
      if (ch === '#' && (i === 0 || raw[i - 1] === ' ' || raw[i - 1] === '\t')) break;
      if ((ch === '"' || ch === "'") && VALUE_START.has(prev)) quote = ch;
      else if (ch === '[' || ch === '{') {
        if (block + ++flow > max) return { line: n + 1, column: i + 1 };
      } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
      prev = ch;
    }
    if (quote === null && flow === 0 && /(?:^|[:\-]\s)\s*[|>][0-9+-]*\s*(?:#.*)?$/.test(raw.slice(indent))) scalarParent = indent;
  }
  return null;
}

/**
 * An upper bound of what yamlTooDeep counts, in one cheap pass: a level is opened only by a line
 * (its indentation), an item marker (`-` before a space or the line's end) or a [ or {, so their
 * total bounds the depth. Real frontmatter stays far below the limit and skips the full scan.
 */
function yamlDepthBound(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 91 || c === 123) n++; // \n [ {
    else if (c === 45) {
      const next = text.charCodeAt(i + 1); // NaN past the end
      if (next !== next || next === 32 || next === 10 || next === 13) n++; // - before a space, line end or text end
    }
  }
  return n;
}
