/**
 * Text from files (names, values, lines) made safe to print on one line of a terminal or a CI log:
 * control characters (ESC, NUL, CR, LF, ... and C1), DEL and bidirectional overrides are shown as
 * escapes (\x1b, \0, \n, \u202e) instead of acting. Tabs stay. So a file name cannot move the
 * cursor, recolour the screen, or start a line of its own (a forged GitHub workflow command).
 */
export function terminalSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, escapeChar);
}

const NAMED: Record<string, string> = { '\0': '\\0', '\n': '\\n', '\r': '\\r', '\x1b': '\\x1b' };

function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/**
 * terminalSafe, for a line that starts with text from a file: GitHub runners take any log line whose
 * first non-blank characters are `::` for a workflow command, so a leading `::` is escaped too.
 */
export function logLineSafe(s: string): string {
  const safe = terminalSafe(s);
  return /^\s*::/.test(safe) ? safe.replace(':', '\\x3a') : safe;
}
