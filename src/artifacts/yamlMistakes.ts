/**
 * The YAML mistakes people make most in frontmatter, found in the text of a block that failed to
 * parse, each with the exact edit that repairs it. Lines and columns are 1-based within the YAML.
 */
export interface YamlMistake {
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** `key: value` (optionally a list item's first key), with the value's start. */
const KEY_VALUE = /^(\s*(?:-\s+)?)([^\s:#'"[\]{}&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?):[ \t]+(.*)$/;

/**
 * The spaces a tab-indented line wants: under a line that opens a block (`key:`), two more than
 * it; else as many as the line above (a tab alone at the top level is one indent too many).
 */
function spacesFor(lines: readonly string[], i: number, lead: string): number {
  for (let j = i - 1; j >= 0; j--) {
    const above = lines[j]!.replace(/\r$/, '');
    if (above.trim() === '' || above.trim().startsWith('#')) continue;
    const indent = /^ */.exec(above)![0].length;
    if (above.includes('\t')) break;
    return /:\s*(#.*)?$/.test(above) ? indent + 2 : indent;
  }
  return lead.replace(/\t/g, '  ').length;
}

/** A line indented with a tab: YAML indents with spaces only. */
export function tabIndent(yaml: string): YamlMistake | undefined {
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lead = /^[ \t]*/.exec(lines[i]!)![0];
    if (!lead.includes('\t') || lines[i]!.trim() === '') continue;
    const spaces = spacesFor(lines, i, lead);
    const fixed = `${' '.repeat(spaces)}${lines[i]!.slice(lead.length).replace(/\r$/, '')}`;
    return {
      line: i + 1,
      column: lead.indexOf('\t') + 1,
      message: 'a tab indents this line; YAML indents with spaces only',
      hint: spaces === 0 ? `remove the tab: \`${fixed}\`` : `indent with ${spaces} spaces instead: \`${fixed}\``,
    };
  }
  return undefined;
}

/** `title: Unigram: 32k vocabulary`: a plain value holding ": ", which YAML reads as a second key. */
export function colonInPlainValue(yaml: string): YamlMistake | undefined {
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const m = KEY_VALUE.exec(line);
    if (!m) continue;
    const value = m[3]!.replace(/\s+#.*$/, '').trimEnd();
    if (/^["'[{|>&*!]/.test(value) || !/:(\s|$)/.test(value)) continue;
    const key = m[2]!.trimEnd();
    return {
      line: i + 1,
      column: line.length - m[3]!.length + 1,
      message: `the value of ${key} holds ": ", which YAML reads as the start of another field`,
      hint: `quote the value: ${m[1]!.trimStart()}${key}: ${JSON.stringify(value)}`,
    };
  }
  return undefined;
}

/** The edit that closes a quote or bracket left open on a `key: value` line. */
export function closingEdit(line: string, valueColumn: number): string | undefined {
  const text = line.replace(/\r$/, '').trimEnd();
  const value = text.slice(valueColumn - 1);
  const open = value[0];
  const close = open === '"' ? '"' : open === "'" ? "'" : open === '[' ? ']' : open === '{' ? '}' : undefined;
  if (close === undefined) return undefined;
  return `${text.trimStart()}${close}`;
}
