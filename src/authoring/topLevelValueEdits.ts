import yaml from 'js-yaml';
import { isMap, isScalar, parseDocument, type Pair, type Scalar } from 'yaml';

/** A value to replace: at a top-level key named in `keys`, a string value equal to `from` becomes `to`. */
export interface ValueChange {
  keys: readonly string[];
  from: string;
  to: string;
}

/** Replace source[start, end) with text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  key: string;
}

/** `to` written as the old value was: plain when every YAML reader reads it back as the same string, else quoted alike. */
function written(type: Scalar['type'], to: string): string | null {
  if (type === 'QUOTE_DOUBLE') return JSON.stringify(to);
  if (type === 'QUOTE_SINGLE') return `'${to.replace(/'/g, "''")}'`;
  if (type !== 'PLAIN') return null; // block scalars: not rewritten
  let back: unknown;
  try {
    back = yaml.load(to, { schema: yaml.CORE_SCHEMA });
  } catch {
    back = undefined;
  }
  // YAML 1.1 readers (PyYAML) take digits with underscores for a number: 20251008_101500_2 is quoted.
  const numberIn11 = /^[-+]?[0-9][0-9_.:]*$/.test(to);
  return back === to && parseDocument(to).toJS() === to && !numberIn11 ? to : JSON.stringify(to);
}

/**
 * The edits that replace chosen top-level string values of a YAML mapping (frontmatter) or a JSON
 * object (JSON is YAML's flow syntax, so one parser gives the exact ranges of both). Only the value's
 * own characters change; keys, comments, spacing and the rest stay byte for byte. Null when the text
 * is not one mapping that parses.
 */
export function topLevelValueEdits(source: string, changes: readonly ValueChange[]): TextEdit[] | null {
  const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const edits: TextEdit[] = [];
  for (const item of doc.contents.items as Pair[]) {
    if (!isScalar(item.key) || typeof item.key.value !== 'string' || !isScalar(item.value) || !item.value.range) continue;
    const key = item.key.value;
    const value = item.value;
    const range = item.value.range;
    const change = changes.find((c) => c.keys.includes(key) && value.value === c.from);
    if (change === undefined) continue;
    const text = written(value.type, change.to);
    if (text === null) continue;
    edits.push({ start: range[0], end: range[1], text, key });
  }
  return edits;
}
