/**
 * A word for a shell command a person pastes: as is when it holds only safe characters, else in
 * single quotes (nothing inside them expands). A word with control characters (a newline in a file
 * name) is written $'...' with escapes instead, so the pasted command names exactly that file and
 * the terminal shows no raw control character (bash, zsh, ksh and POSIX.1-2024 sh read it).
 */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./@%+=:,-]+$/.test(word)) return word;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f-\x9f]/.test(word)) {
    const escape = (c: string) => {
      const code = c.charCodeAt(0);
      if (c === '\n' || c === '\t' || c === '\r') return c === '\n' ? '\\n' : c === '\t' ? '\\t' : '\\r';
      return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    };
    // eslint-disable-next-line no-control-regex
    return `$'${word.replace(/[\\']/g, (c) => `\\${c}`).replace(/[\x00-\x1f\x7f-\x9f]/g, escape)}'`;
  }
  return `'${word.replaceAll("'", "'\\''")}'`;
}
