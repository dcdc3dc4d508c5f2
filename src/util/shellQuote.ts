/** A word for a POSIX shell: as is when it holds only safe characters, else in single quotes (nothing inside them expands). */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./@%+=:,-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", "'\\''")}'`;
}
