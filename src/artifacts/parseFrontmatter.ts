import matter from 'gray-matter';
import yaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { Finding } from './diagnostic.ts';
import { MAX_NESTING, yamlTooDeep } from './nestingTooDeep.ts';
import { closingEdit, colonInPlainValue, tabIndent } from './yamlMistakes.ts';

/** What parsing one artifact's text yields. Positions are 1-based file lines. */
export interface ParsedText {
  /** The frontmatter as plain data (strings, numbers, booleans, null, arrays, objects), or null when unusable. */
  data: Record<string, unknown> | null;
  /** The raw YAML between the fences (starts at line `yamlStartLine`). */
  yaml: string;
  /** File line of the first YAML line (the line after the opening fence). */
  yamlStartLine: number;
  /** Markdown after the closing fence. */
  body: string;
  /** File line where the body starts. */
  bodyStartLine: number;
  findings: Finding[];
}

/** Values an alias-expanded frontmatter may hold before it is treated as an alias bomb. */
export const MAX_FRONTMATTER_VALUES = 10_000;

const FENCE = /^---[ \t]*$/;

function refuseLanguage(language: string): () => never {
  return () => {
    throw new Error(`frontmatter language ${language} is not allowed`);
  };
}

/**
 * gray-matter options. Always passing options turns its content cache off; the YAML engine uses
 * js-yaml's CORE schema (no timestamps become Date objects, no custom tags), and every other
 * language, above all JavaScript, which gray-matter would eval, is refused.
 */
const MATTER_OPTIONS = {
  language: 'yaml',
  excerpt: false,
  engines: {
    yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object,
    js: refuseLanguage('js'),
    javascript: refuseLanguage('javascript'),
    coffee: refuseLanguage('coffee'),
    coffeescript: refuseLanguage('coffeescript'),
    json: refuseLanguage('json'),
    toml: refuseLanguage('toml'),
  },
} as const;

/** Counts values reachable from `root` (aliases counted every time they are reached), stopping at `limit`. */
function countValues(root: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > limit) return count;
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (v !== null && typeof v === 'object') {
      for (const x of Object.values(v)) stack.push(x);
    }
  }
  return count;
}

function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/**
 * Where an unclosed quote or bracket opens: parsers notice it only at the end of the input, but a
 * person needs the line where it starts. Checks each `key: value` line's value for an odd number of
 * unescaped double quotes, an unclosed single quote, or more [ { than ] }.
 */
function unclosedOpening(source: string): { line: number; column: number; message: string } | undefined {
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*(?:-\s+)?[^\s:#][^:#]*:\s+|\s*-\s+)(.*)$/.exec(lines[i]!.replace(/\r$/, ''));
    if (!m) continue;
    const value = m[2]!;
    const col = m[1]!.length + 1;
    if (value.startsWith('"')) {
      const body = value.slice(1).replace(/\\./g, '');
      if (!body.includes('"')) return { line: i + 1, column: col, message: 'this double-quoted value is never closed' };
    } else if (value.startsWith("'")) {
      const body = value.slice(1).replace(/''/g, '');
      if (!body.includes("'")) return { line: i + 1, column: col, message: 'this single-quoted value is never closed' };
    } else if (value.startsWith('[') || value.startsWith('{')) {
      const text = value.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '');
      const opens = (text.match(/[[{]/g) ?? []).length;
      const closes = (text.match(/[\]}]/g) ?? []).length;
      if (opens > closes) {
        // Flow collections may span lines: unclosed only if no later line closes it before the next key.
        let depth = opens - closes;
        for (let j = i + 1; j < lines.length && depth > 0; j++) {
          if (/^\S/.test(lines[j]!)) break;
          const t = lines[j]!.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '');
          depth += (t.match(/[[{]/g) ?? []).length - (t.match(/[\]}]/g) ?? []).length;
        }
        if (depth > 0) return { line: i + 1, column: col, message: `this ${value[0] === '[' ? 'list [' : 'mapping {'} is never closed` };
      }
    }
  }
  return undefined;
}

/** An unknown YAML tag (!!js/function, !custom) is reported at the tag itself. */
function tagPosition(source: string, reason: string | undefined): { line: number; column: number; message: string } | undefined {
  if (!reason || !/unknown tag/i.test(reason)) return undefined;
  const m = /!{1,2}[^\s,\]}]*/.exec(source);
  if (!m) return undefined;
  const at = lineColumnOf(source, m.index);
  return { line: at.line, column: at.column, message: `the YAML tag ${m[0]} is not allowed; etk reads plain YAML values only` };
}

/** The first error the `yaml` package reports, with its 1-based position in the YAML text. */
function firstYamlError(source: string): { line: number; column: number; message: string } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const err = doc.errors[0];
  if (!err) return undefined;
  const at = lineCounter.linePos(err.pos[0]);
  return { line: at.line, column: at.col, message: err.message.replace(/ at line \d+, column \d+.*$/s, '') };
}

/** Splits the frontmatter from the body and parses it; every defect is a finding, never an exception. */
export function parseFrontmatter(text: string): ParsedText {
  const findings: Finding[] = [];
  const empty = (body: string): ParsedText => ({ data: null, yaml: '', yamlStartLine: 2, body, bodyStartLine: 1, findings });

  const crlf = text.indexOf('\r\n');
  if (crlf !== -1) {
    findings.push({
      ...lineColumnOf(text, crlf),
      rule: 'line-endings',
      message: 'file uses CRLF (Windows) line endings',
      hint: 'convert to LF, e.g. set `* text=auto eol=lf` in .gitattributes, or run dos2unix on the file',
    });
  }

  const firstBreak = text.indexOf('\n');
  const firstLine = (firstBreak === -1 ? text : text.slice(0, firstBreak)).replace(/\r$/, '');
  if (!FENCE.test(firstLine)) {
    const language = /^---\s*([A-Za-z][\w-]*)\s*$/.exec(firstLine)?.[1];
    if (language !== undefined) {
      findings.push({
        line: 1,
        column: 4,
        rule: 'frontmatter-language',
        message: `frontmatter fence names the language "${language}"; etk reads YAML only and never evaluates frontmatter`,
        hint: 'write the opening fence as a bare --- and the fields as YAML',
      });
    } else {
      findings.push({
        line: 1,
        column: 1,
        rule: 'frontmatter-missing',
        message: 'file has no YAML frontmatter (the first line must be ---)',
        hint: 'start the file with a --- line, the fields (ads_version, type, status, created, updated, tags, ...), and a closing --- line',
      });
    }
    return empty(text);
  }

  // Find the closing fence: the next line that is exactly --- (trailing blanks allowed).
  let lineNo = 1;
  let closeStart = -1;
  let closeEnd = -1;
  let pos = firstBreak;
  while (pos !== -1) {
    const start = pos + 1;
    const next = text.indexOf('\n', start);
    lineNo++;
    const line = (next === -1 ? text.slice(start) : text.slice(start, next)).replace(/\r$/, '');
    if (FENCE.test(line)) {
      closeStart = start;
      closeEnd = next === -1 ? text.length : next + 1;
      break;
    }
    pos = next;
  }
  if (closeStart === -1) {
    findings.push({
      line: 1,
      column: 1,
      rule: 'frontmatter-unclosed',
      message: 'frontmatter opened at line 1 is never closed',
      hint: 'add a line with --- after the last frontmatter field',
    });
    return empty(text);
  }
  const closeLine = lineNo;
  const yamlText = firstBreak === -1 ? '' : text.slice(firstBreak + 1, closeStart);
  const body = text.slice(closeEnd);
  const result: ParsedText = { data: null, yaml: yamlText, yamlStartLine: 2, body, bodyStartLine: closeLine + 1, findings };

  if (!/^[ \t]*[^\s#]/m.test(yamlText)) {
    findings.push({
      line: 1,
      column: 1,
      rule: 'frontmatter-empty',
      message: 'frontmatter is empty',
      hint: 'add the EDS fields between the fences: ads_version, type, status, created, updated, tags',
    });
    return result;
  }

  // A line starting with --- (but not a bare fence) inside the block would end the YAML document,
  // and gray-matter would cut the frontmatter there: report it instead of guessing.
  const marker = /^(---|\.\.\.)(?=[^\n]*\S)[^\n]*$/m.exec(yamlText);
  if (marker) {
    const at = lineColumnOf(yamlText, marker.index);
    findings.push({
      line: at.line + 1,
      column: 1,
      rule: 'yaml-syntax',
      message: `"${marker[0].trim()}" inside the frontmatter starts a new YAML document`,
      hint: 'close the frontmatter with a line that is exactly ---, and indent or quote text that begins with ---',
    });
    return result;
  }

  // Nesting is measured before any parser recurses into it (deep enough nesting runs one out of stack,
  // at a point that depends on the thread): a finding at the first character past the limit.
  const deep = yamlTooDeep(yamlText);
  if (deep) {
    findings.push({
      line: deep.line + 1,
      column: deep.column,
      rule: 'yaml-depth',
      message: `frontmatter nests deeper than ${MAX_NESTING} levels here; etk does not parse it`,
      hint: 'flatten the frontmatter: fields, lists and small maps; put deep data in a file the artifact links to',
    });
    return result;
  }

  let data: unknown;
  try {
    // gray-matter splits the block we located (so its fence rules cannot disagree with ours).
    data = matter(text.slice(0, closeEnd), MATTER_OPTIONS).data;
  } catch (err) {
    const e = err as { name?: string; reason?: string; message?: string; mark?: { line: number; column: number } };
    if (e.name === 'YAMLException' && e.mark) {
      // The engine saw the rest of the opening line first, so mark.line (0-based) is file line - 1.
      const duplicate = /duplicated mapping key/.test(e.reason ?? '');
      // js-yaml notices a problem where it stops; the `yaml` package names where it starts (the
      // opening quote of an unclosed string, say), which is what a person needs to see.
      const unclosed = duplicate ? undefined : unclosedOpening(yamlText);
      const mistake = duplicate || unclosed ? undefined : (tabIndent(yamlText) ?? colonInPlainValue(yamlText));
      const precise = duplicate ? undefined : (unclosed ?? mistake ?? tagPosition(yamlText, e.reason) ?? firstYamlError(yamlText));
      const closing = unclosed ? closingEdit(yamlText.split('\n')[unclosed.line - 1] ?? '', unclosed.column) : undefined;
      findings.push({
        line: precise ? precise.line + 1 : e.mark.line + 1,
        column: precise ? precise.column : e.mark.column + 1,
        rule: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
        message: duplicate ? 'this key appears twice in the frontmatter' : `YAML syntax error: ${precise?.message ?? e.reason ?? 'cannot parse'}`,
        hint: duplicate
          ? 'keep one of the two entries (YAML keys must be unique)'
          : mistake !== undefined
            ? mistake.hint
            : closing !== undefined
              ? `close it on this line: ${closing}`
              : /tag/.test(precise?.message ?? '')
            ? 'remove the !tag and write the value as plain YAML'
            : 'check indentation, unbalanced quotes and brackets, and a missing space after ":" on this line',
      });
    } else {
      findings.push({ line: 2, column: 1, rule: 'yaml-syntax', message: `frontmatter cannot be read: ${e.message ?? String(err)}`, hint: 'write the frontmatter as plain YAML key: value fields' });
    }
    return result;
  }

  // gray-matter turns a `null` document into {}: a frontmatter with no fields is empty either way.
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 0) data = null;
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    findings.push({
      line: 2,
      column: 1,
      rule: data === null || data === undefined ? 'frontmatter-empty' : 'frontmatter-not-mapping',
      message: data === null || data === undefined ? 'frontmatter is empty' : `frontmatter must be key: value fields, found ${Array.isArray(data) ? 'a list' : `a ${typeof data}`}`,
      hint: 'write each field on its own line as key: value',
    });
    return result;
  }

  if (countValues(data, MAX_FRONTMATTER_VALUES) > MAX_FRONTMATTER_VALUES) {
    const anchors = new Set([...yamlText.matchAll(/&([^\s,\[\]{}]+)/g)].map((m) => m[1]));
    const alias = [...yamlText.matchAll(/\*([^\s,\[\]{}]+)/g)].find((m) => anchors.has(m[1]));
    const at = alias?.index !== undefined ? lineColumnOf(yamlText, alias.index) : { line: 1, column: 1 };
    findings.push({
      line: at.line + 1,
      column: at.column,
      rule: 'yaml-alias-limit',
      message: `frontmatter expands to more than ${MAX_FRONTMATTER_VALUES} values through YAML aliases`,
      hint: 'write the values out instead of nesting aliases (&anchor / *alias)',
    });
    return result;
  }
  result.data = data as Record<string, unknown>;
  return result;
}
