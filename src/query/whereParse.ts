/**
 * The `--where` language: comparisons joined by `and` / `or`, negated by `not`, grouped by parentheses.
 *
 *   status = active and (metrics.accuracy > 0.9 or tags contains ocr)
 *   type in (report, assessment) and not fm.owner = "ci bot"
 *
 * Operators: = (or ==), !=, <, <=, >, >=, `in (a, b)`, `not in (...)`, `contains`. Values are bare
 * words (active, 0.9, 2025-01-31, 7d, perspective-correction) or quoted ('...' or "...", a quote
 * doubled inside). `and` binds tighter than `or`. Keywords are case-insensitive. Every node keeps the
 * column it starts at, so errors can point at it.
 */

export class WhereSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based column in the expression. */
    readonly column: number,
  ) {
    super(message);
  }
}

/**
 * Bounds that keep a pasted or generated expression from exhausting the stack, the memory or
 * SQLite's own limits (1,000 levels of expression depth, 32,766 parameters): each is far above what
 * a person writes, and each is a usage error pointing at the column where it was passed.
 */
export const WHERE_LIMITS = {
  /** Parentheses and `not`s inside each other. */
  depth: 64,
  /** Comparisons joined by and / or. */
  comparisons: 256,
  /** Values in all `in (...)` lists together. */
  values: 10_000,
  /** Tokens (words, values, operators, punctuation). */
  tokens: 100_000,
} as const;

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'contains';

export interface WhereValue {
  text: string;
  quoted: boolean;
  column: number;
}

export type WhereNode =
  | { kind: 'and' | 'or'; left: WhereNode; right: WhereNode }
  | { kind: 'not'; expr: WhereNode; column: number }
  | { kind: 'cmp'; field: string; fieldColumn: number; op: CompareOp; values: WhereValue[]; column: number };

type Token =
  | { t: 'word'; text: string; column: number }
  | { t: 'string'; text: string; column: number }
  | { t: 'op'; text: string; column: number }
  | { t: '(' | ')' | ','; column: number }
  | { t: 'end'; column: number };

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    const column = i + 1;
    if (tokens.length >= WHERE_LIMITS.tokens) throw new WhereSyntaxError(`the expression is too long: more than ${WHERE_LIMITS.tokens} words, values and symbols`, column);
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ t: ch, column });
      i++;
    } else if (ch === '"' || ch === "'") {
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= src.length) throw new WhereSyntaxError(`unclosed quote ${ch}`, column);
        if (src[j] === ch) {
          if (src[j + 1] === ch) {
            text += ch;
            j += 2;
            continue;
          }
          break;
        }
        text += src[j];
        j++;
      }
      tokens.push({ t: 'string', text, column });
      i = j + 1;
    } else if ('=<>!'.includes(ch)) {
      const two = src.slice(i, i + 2);
      const op = ['==', '!=', '<=', '>=', '<>'].includes(two) ? two : ch;
      if (op === '!') throw new WhereSyntaxError('"!" must be followed by "=" (use != or not)', column);
      tokens.push({ t: 'op', text: op === '==' ? '=' : op === '<>' ? '!=' : op, column });
      i += op.length;
    } else {
      const m = /^[^\s(),=<>!'"]+/.exec(src.slice(i)) as RegExpExecArray;
      tokens.push({ t: 'word', text: m[0], column });
      i += m[0].length;
    }
  }
  tokens.push({ t: 'end', column: src.length + 1 });
  return tokens;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'contains']);
const isKeyword = (tok: Token, kw: string) => tok.t === 'word' && tok.text.toLowerCase() === kw;

function describe(tok: Token): string {
  if (tok.t === 'end') return 'the end of the expression';
  if (tok.t === 'word' || tok.t === 'op') return `"${tok.text}"`;
  if (tok.t === 'string') return `the string "${tok.text}"`;
  return `"${tok.t}"`;
}

export function parseWhere(src: string): WhereNode {
  const tokens = tokenize(src);
  let pos = 0;
  let depth = 0;
  let comparisons = 0;
  let valueCount = 0;
  const peek = () => tokens[pos] as Token;
  const next = () => tokens[pos++] as Token;

  function value(): WhereValue {
    const tok = next();
    if (++valueCount > WHERE_LIMITS.values) throw new WhereSyntaxError(`too many values: at most ${WHERE_LIMITS.values} in all the in (...) lists together`, tok.column);
    if (tok.t === 'string') return { text: tok.text, quoted: true, column: tok.column };
    if (tok.t === 'word' && !KEYWORDS.has(tok.text.toLowerCase())) return { text: tok.text, quoted: false, column: tok.column };
    throw new WhereSyntaxError(`expected a value, found ${describe(tok)}`, tok.column);
  }

  function list(): WhereValue[] {
    const open = next();
    if (open.t !== '(') throw new WhereSyntaxError(`expected "(" after in, found ${describe(open)}`, open.column);
    const values = [value()];
    for (;;) {
      const tok = next();
      if (tok.t === ')') return values;
      if (tok.t !== ',') throw new WhereSyntaxError(`expected "," or ")" in the list, found ${describe(tok)}`, tok.column);
      values.push(value());
    }
  }

  function comparison(): WhereNode {
    const fieldTok = next();
    if (++comparisons > WHERE_LIMITS.comparisons) throw new WhereSyntaxError(`too many comparisons: at most ${WHERE_LIMITS.comparisons} joined by and / or`, fieldTok.column);
    if (fieldTok.t !== 'word' || KEYWORDS.has(fieldTok.text.toLowerCase())) {
      throw new WhereSyntaxError(`expected a field name (status, type, created, tags, metrics.<name>, fm.<key>...), found ${describe(fieldTok)}`, fieldTok.column);
    }
    const opTok = peek();
    let op: CompareOp;
    if (opTok.t === 'op') {
      next();
      op = opTok.text as CompareOp;
    } else if (isKeyword(opTok, 'in')) {
      next();
      return { kind: 'cmp', field: fieldTok.text, fieldColumn: fieldTok.column, op: 'in', values: list(), column: opTok.column };
    } else if (isKeyword(opTok, 'not') && isKeyword(tokens[pos + 1] as Token, 'in')) {
      pos += 2;
      return { kind: 'cmp', field: fieldTok.text, fieldColumn: fieldTok.column, op: 'not in', values: list(), column: opTok.column };
    } else if (isKeyword(opTok, 'contains')) {
      next();
      op = 'contains';
    } else {
      throw new WhereSyntaxError(`expected an operator (=, !=, <, <=, >, >=, in, not in, contains) after ${fieldTok.text}, found ${describe(opTok)}`, opTok.column);
    }
    return { kind: 'cmp', field: fieldTok.text, fieldColumn: fieldTok.column, op, values: [value()], column: opTok.column };
  }

  function nested<T>(tok: Token, parse: () => T): T {
    if (++depth > WHERE_LIMITS.depth) throw new WhereSyntaxError(`nested too deeply: at most ${WHERE_LIMITS.depth} levels of parentheses and not`, tok.column);
    const inner = parse();
    depth--;
    return inner;
  }

  function primary(): WhereNode {
    const tok = peek();
    if (tok.t === '(') {
      next();
      const inner = nested(tok, orExpr);
      const close = next();
      if (close.t !== ')') throw new WhereSyntaxError(`expected ")" to close the "(" at column ${tok.column}, found ${describe(close)}`, close.column);
      return inner;
    }
    if (isKeyword(tok, 'not')) {
      next();
      return { kind: 'not', expr: nested(tok, primary), column: tok.column };
    }
    return comparison();
  }

  function andExpr(): WhereNode {
    let left = primary();
    while (isKeyword(peek(), 'and')) {
      next();
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  }

  function orExpr(): WhereNode {
    let left = andExpr();
    while (isKeyword(peek(), 'or')) {
      next();
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  }

  if (peek().t === 'end') throw new WhereSyntaxError('the expression is empty', 1);
  const tree = orExpr();
  const rest = peek();
  if (rest.t !== 'end') throw new WhereSyntaxError(`expected "and", "or" or the end, found ${describe(rest)}`, rest.column);
  return tree;
}

/** Characters shown on each side of the column in a long expression. */
const CONTEXT = 40;

/** The expression (around `column`, when it is long) with a caret under `column`, for error messages. */
export function pointAt(src: string, column: number): string {
  const at = Math.max(0, column - 1);
  if (src.length <= 2 * CONTEXT + 20) return `  ${src}\n  ${' '.repeat(at)}^`;
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(src.length, at + CONTEXT);
  const head = start > 0 ? '…' : '';
  return `  ${head}${src.slice(start, end)}${end < src.length ? '…' : ''}\n  ${' '.repeat(head.length + at - start)}^`;
}
