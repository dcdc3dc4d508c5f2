import type { SQLInputValue } from 'node:sqlite';

/** A piece of SQL with the parameters of its `?` placeholders, in order. Joining keeps them aligned. */
export interface Frag {
  sql: string;
  params: SQLInputValue[];
}

export const frag = (sql: string, ...params: SQLInputValue[]): Frag => ({ sql, params });

/** `sql` with each `{}` replaced by the next fragment, parameters concatenated in text order. */
export function fill(template: string, ...parts: Frag[]): Frag {
  const pieces = template.split('{}');
  if (pieces.length !== parts.length + 1) throw new Error(`fill: ${pieces.length - 1} slots for ${parts.length} fragments`);
  let sql = pieces[0] as string;
  const params: SQLInputValue[] = [];
  parts.forEach((p, i) => {
    sql += p.sql + (pieces[i + 1] as string);
    params.push(...p.params);
  });
  return { sql, params };
}

export function joinFrags(parts: readonly Frag[], sep: string): Frag {
  return { sql: parts.map((p) => p.sql).join(sep), params: parts.flatMap((p) => p.params) };
}

/** `(?, ?, ?)` for a list of values. */
export function inList(values: readonly SQLInputValue[]): Frag {
  return { sql: `(${values.map(() => '?').join(', ')})`, params: [...values] };
}
