/**
 * Per frontmatter field, every value it had and the commit that set it (pure). The input is the
 * file's (or experiment's) parsed fields at each commit that changed it, oldest first; a field's
 * "last change" is the commit where its value last differed from the one before, not where its line
 * last moved.
 */

export interface Revision {
  commit: string;
  author: string;
  date: string;
  /** The file's path at that commit (renames followed). */
  path: string;
  /** Parsed fields, or null when that revision could not be read (not text, broken YAML). */
  data: Record<string, unknown> | null;
  /** A shallow clone's oldest commit: what it shows may have been set earlier. */
  edge?: boolean;
}

export interface FieldValue {
  /** Undefined: the field was removed. */
  value: unknown;
  present: boolean;
  commit: string;
  author: string;
  date: string;
  path: string;
  /** Set at or before this commit: the history before it is not in this (shallow) clone. */
  atOrBefore?: boolean;
}

export interface FieldBlame extends FieldValue {
  field: string;
  /** Every value the field had, oldest first (the last one is the current). */
  history: FieldValue[];
}

/** `{metrics: {hmean: 0.9}}` -> `metrics.hmean`: objects are walked, lists and scalars are values. */
export function flattenFields(obj: Record<string, unknown>, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix === '' ? k : `${prefix}.${k}`;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) flattenFields(v as Record<string, unknown>, key, out);
    else out.set(key, v);
  }
  return out;
}

/** Whether `field` names `key` or an object holding it (`metrics` covers `metrics.hmean`). */
const covers = (field: string, key: string) => key === field || key.startsWith(`${field}.`);

export function fieldHistory(revisions: readonly Revision[], field?: string): FieldBlame[] {
  const current = new Map<string, string>();
  const history = new Map<string, FieldValue[]>();
  for (const r of revisions) {
    if (r.data === null) continue;
    const flat = flattenFields(r.data);
    const keys = new Set([...current.keys(), ...flat.keys()]);
    for (const key of keys) {
      if (field !== undefined && !covers(field, key)) continue;
      const present = flat.has(key);
      const text = present ? JSON.stringify(flat.get(key) ?? null) : '\u0000absent';
      if (current.get(key) === text) continue;
      if (!present && !current.has(key)) continue;
      current.set(key, text);
      const list = history.get(key) ?? [];
      list.push({ value: present ? flat.get(key) : undefined, present, commit: r.commit, author: r.author, date: r.date, path: r.path, ...(r.edge ? { atOrBefore: true } : {}) });
      history.set(key, list);
    }
  }
  return [...history].map(([key, list]) => ({ field: key, ...list[list.length - 1]!, history: list }));
}
