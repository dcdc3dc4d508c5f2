import { fillMetricsTable } from './metricsTable.ts';
import { LineCounter, Scalar, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import { ConfigError } from '../errors.ts';
import type { TemplateText } from './templateFiles.ts';

/** One frontmatter field etk fills in. */
export interface FieldSet {
  key: string;
  value: unknown;
  /** always: replace the template's value; ifMissing: only add it when the template has none; mergeList: the template's list items first, then these, deduplicated. */
  mode: 'always' | 'ifMissing' | 'mergeList';
  /** Write a string in double quotes (dates, names, titles: what every YAML reader takes as text). */
  quote?: boolean;
  /** Where to add it when the template lacks it: after this key (else after the field set before it, else first). */
  after?: string;
  /** mergeList: how the template's items are written (tags: lowercase-hyphenated, as --tag values are); '' keeps an item as it is. */
  normalize?: (item: string) => string;
}

export interface RenderInput {
  template: TemplateText;
  /** In the order fields should appear when they are added. */
  fields: readonly FieldSet[];
  /** `{{name}}` in the body becomes vars[name]; unknown names stay as written. */
  vars: Readonly<Record<string, string>>;
}

export interface Rendered {
  text: string;
  /** Top-level key -> [first, last] file line of its entry: which field a diagnostic's line belongs to. */
  keyLines: Map<string, [number, number]>;
}

function templateError(t: TemplateText, message: string): Error {
  return t.user ? new ConfigError(`template ${t.source}: ${message}`, 'a template is a Markdown file that starts with --- YAML fields --- (see the built-in ones in etk\'s templates/ folder)') : new Error(`${t.source}: ${message}`);
}

/** Splits `---\nyaml---\nbody` without judging the YAML. */
function split(t: TemplateText): { yaml: string; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(t.text);
  if (!m) throw templateError(t, 'it does not start with a --- frontmatter block closed by a --- line');
  return { yaml: m[1] ?? '', body: t.text.slice(m[0].length) };
}

function scalarNode(doc: Document, value: unknown, quote: boolean | undefined) {
  const node = doc.createNode(value);
  if (quote && isScalar(node) && typeof value === 'string') node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/** Tags and empty lists on one line ([a, b], []); other lists and maps one item per line. */
function flowFor(key: string, value: unknown, wasFlow: boolean): boolean {
  if (Array.isArray(value)) return value.length === 0 || (key === 'tags' && wasFlow) || (key === 'tags' && value.length <= 8);
  return false;
}

function setField(doc: Document, map: YAMLMap, f: FieldSet, placed: Set<string>): void {
  const index = map.items.findIndex((p) => isPair(p) && isScalar(p.key) && p.key.value === f.key);
  const pair = index === -1 ? undefined : (map.items[index] as Pair);
  if (pair && f.mode === 'ifMissing') return;
  let value = f.value;
  if (f.mode === 'mergeList') {
    const old = pair && isSeq(pair.value) ? (pair.value.toJSON() as unknown[]).filter((v): v is string => typeof v === 'string').map((v) => f.normalize?.(v) || v) : [];
    value = [...new Set([...old, ...(f.value as string[])])];
  }
  if (pair) {
    const old = pair.value;
    const isObject = value !== null && typeof value === 'object';
    if (isScalar(old) && !isObject) {
      old.value = value;
      // The style etk wants (plain falls back to quotes when the text would read as something else).
      old.type = f.quote && typeof value === 'string' ? Scalar.QUOTE_DOUBLE : Scalar.PLAIN;
      return;
    }
    const flow = (isSeq(old) || isMap(old)) && old.flow === true;
    const node = isObject ? doc.createNode(value, { flow: flowFor(f.key, value, flow) }) : scalarNode(doc, value, f.quote);
    const oldComment = isScalar(old) || isSeq(old) || isMap(old) ? old.comment : undefined;
    if (oldComment && isScalar(node)) node.comment = oldComment;
    pair.value = node;
    return;
  }
  if (value === undefined) return;
  const node = value !== null && typeof value === 'object' ? doc.createNode(value, { flow: flowFor(f.key, value, false) }) : scalarNode(doc, value, f.quote);
  const newPair = doc.createPair(f.key, node);
  // After the anchor key, else after the last field etk already placed, else first.
  const anchorKeys = [f.after, ...[...placed].reverse()].filter((k): k is string => k !== undefined);
  let at = 0;
  for (const k of anchorKeys) {
    const i = map.items.findIndex((p) => isPair(p) && isScalar(p.key) && p.key.value === k);
    if (i !== -1) {
      at = i + 1;
      break;
    }
  }
  // A template comment standing for this field ("# baseline: <experiment id> ...") goes when it is filled.
  const next = map.items[at] as Pair | undefined;
  const before = next && isScalar(next.key) ? next.key.commentBefore : undefined;
  if (next && isScalar(next.key) && before !== undefined && before !== null) {
    const kept = before.split('\n').filter((line) => !line.trimStart().startsWith(`${f.key}:`));
    next.key.commentBefore = kept.length > 0 ? kept.join('\n') : undefined;
  }
  map.items.splice(at, 0, newPair);
}

/** Fills a template: its frontmatter edited as a YAML document (comments and order kept), its body's {{variables}} replaced. */
export function renderTemplate(input: RenderInput): Rendered {
  const t = input.template;
  const { yaml, body } = split(t);
  const doc = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) throw templateError(t, `its frontmatter is not valid YAML: ${doc.errors[0]!.message}`);
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) doc.contents = doc.createNode({}) as never;
  const map = doc.contents;
  if (!isMap(map) || map.flow) throw templateError(t, 'its frontmatter must be key: value lines');
  const placed = new Set<string>();
  for (const f of input.fields) {
    setField(doc, map, f, placed);
    placed.add(f.key);
  }
  const yamlOut = doc.toString({ lineWidth: 0, flowCollectionPadding: false, nullStr: '' });
  const withVars = body.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (all, name: string) => (Object.hasOwn(input.vars, name) ? input.vars[name]! : all)).replace(/\n{3,}/g, '\n\n');
  const metrics = input.fields.findLast((f) => f.key === 'metrics' && f.mode === 'always')?.value; // given on the command line
  const filled = metrics !== null && typeof metrics === 'object' && !Array.isArray(metrics) ? fillMetricsTable(withVars, metrics as Record<string, unknown>) : withVars;
  const text = `---\n${yamlOut}---\n${filled}`;

  const counter = new LineCounter();
  const reparsed = parseDocument(yamlOut, { lineCounter: counter });
  const keyLines = new Map<string, [number, number]>();
  if (isMap(reparsed.contents)) {
    for (const p of reparsed.contents.items) {
      if (!isScalar(p.key) || !p.key.range) continue;
      const end = (p.value as { range?: [number, number, number] } | null)?.range?.[1] ?? p.key.range[1];
      keyLines.set(String(p.key.value), [counter.linePos(p.key.range[0]).line + 1, counter.linePos(Math.max(p.key.range[0], end - 1)).line + 1]);
    }
  }
  return { text, keyLines };
}
