/**
 * A copy of `data` with `value` at `path` (object keys, list indexes as digits), or null when a
 * step on the way is not an object or list. The original is not changed.
 */
export function withValueAt(data: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> | null {
  if (path.length === 0) return null;
  const copy = structuredClone(data);
  let at: unknown = copy;
  for (const step of path.slice(0, -1)) {
    if (at === null || typeof at !== 'object') return null;
    at = (at as Record<string, unknown>)[step];
  }
  if (at === null || typeof at !== 'object') return null;
  (at as Record<string, unknown>)[path[path.length - 1]!] = value;
  return copy;
}
