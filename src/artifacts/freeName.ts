/**
 * `name` in `dir`, or the first of `stem-2.md`, `stem-3.md`, ... that no file holds, so a suggested
 * rename never lands on another file. `exists` answers for repo-relative paths; `self` (the file
 * being renamed) does not count as taken.
 */
export function freeName(dir: string, name: string, exists: ((path: string) => boolean) | undefined, self: string): string {
  if (exists === undefined) return name;
  const at = (n: string) => (dir === '' ? n : `${dir}/${n}`);
  const taken = (n: string) => at(n) !== self && exists(at(n));
  if (!taken(name)) return name;
  const stem = name.replace(/\.md$/, '');
  for (let i = 2; i < 1000; i++) {
    const candidate = `${stem}-${i}.md`;
    if (!taken(candidate)) return candidate;
  }
  return name;
}
