import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { yamlTooDeep } from './nestingTooDeep.ts';

export interface Located {
  line: number;
  column: number;
  /** Source text of the value, e.g. `1.0` where the parsed value is the number 1. */
  source?: string;
}

/**
 * Finds where paths of the frontmatter sit in the file. Built lazily, only for files that have a
 * problem: js-yaml parses every file fast, the `yaml` package's CST gives exact node ranges.
 */
export class YamlPositions {
  private readonly doc;
  private readonly counter = new LineCounter();

  constructor(
    private readonly yamlText: string,
    /** File line of the YAML's first line. */
    private readonly startLine: number,
  ) {
    // Too deep to parse safely (parseFrontmatter reported it): no positions, everything at the first line.
    this.doc = parseDocument(yamlTooDeep(yamlText) ? '' : yamlText, { lineCounter: this.counter, uniqueKeys: false, prettyErrors: false });
  }

  private at(offset: number): { line: number; column: number } {
    const p = this.counter.linePos(offset);
    return { line: p.line + this.startLine - 1, column: p.col };
  }

  private walk(path: readonly string[]): { value: Node | null; key: Node | null } {
    let node: unknown = this.doc.contents;
    let key: Node | null = null;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === seg);
        if (!pair) return { value: null, key: null };
        key = (pair.key as Node) ?? null;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(seg)];
        if (item === undefined) return { value: null, key: null };
        key = null;
        node = item;
      } else {
        return { value: null, key: null };
      }
    }
    return { value: (node as Node) ?? null, key };
  }

  /** Position of the value at `path` (falls back to its key, then to the nearest ancestor that exists). */
  value(path: readonly string[]): Located {
    for (let n = path.length; n >= 0; n--) {
      const { value, key } = this.walk(path.slice(0, n));
      const node = value?.range ? value : key;
      if (node?.range) {
        const [start, end] = node.range;
        return { ...this.at(start), source: this.yamlText.slice(start, end).trimEnd() };
      }
      if (n === 0) break;
    }
    return { line: this.startLine - 1, column: 1 };
  }

  /** Position of the key at `path`. */
  key(path: readonly string[]): Located {
    const { key } = this.walk(path);
    if (key?.range) return this.at(key.range[0]);
    return this.value(path);
  }
}
