/** `3 files`, `1 file`: a count with its noun; `shown` is the count as printed (e.g. with separators). */
export function plural(n: number, one: string, many = `${one}s`, shown = String(n)): string {
  return `${shown} ${n === 1 ? one : many}`;
}
