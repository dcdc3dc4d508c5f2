import { COMMON_SCHEMA, type JsonSchema } from '../artifacts/schemaSet.ts';

/** Fields etk new fills itself; never given a placeholder. */
const MANAGED = new Set(['ads_version', 'type', 'title', 'experiment_id', 'status', 'created', 'updated', 'tags', 'name', 'description']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Follows a `#/definitions/x` (or `common.json#/definitions/x`) reference inside `root` or the shared EDS schema. */
function deref(node: Obj, root: Obj, depth = 0): Obj {
  const ref = node.$ref;
  if (typeof ref !== 'string' || depth > 8) return node;
  const m = /^(.*)#\/definitions\/([^/]+)$/.exec(ref);
  if (!m) return node;
  const inCommon = m[1] !== '' && /common(\.json)?$/.test(m[1]!.replace(/^.*\//, ''));
  const defs = (inCommon ? (COMMON_SCHEMA.definitions as Obj) : (root.definitions as Obj | undefined)) ?? {};
  const target = defs[m[2]!];
  return isObj(target) ? deref(target, inCommon ? (COMMON_SCHEMA as Obj) : root, depth + 1) : node;
}

/** Required top-level fields and their schemas, through allOf (the shape of EDS type schemas). */
export function requiredFields(schema: JsonSchema): Map<string, Obj> {
  const out = new Map<string, Obj>();
  const visit = (node: Obj, depth: number) => {
    if (depth > 6) return;
    const props = isObj(node.properties) ? node.properties : {};
    // The `else` of an if/then/else is the usual case (a report without subtype: handoff needs its metrics).
    const required = [...(Array.isArray(node.required) ? node.required : []), ...(isObj(node.else) && Array.isArray(node.else.required) ? node.else.required : [])];
    for (const key of required) if (typeof key === 'string' && !out.has(key)) out.set(key, isObj(props[key]) ? deref(props[key] as Obj, schema) : {});
    for (const [key, sub] of Object.entries(props)) if (out.has(key) && isObj(sub) && Object.keys(out.get(key)!).length === 0) out.set(key, deref(sub, schema));
    if (Array.isArray(node.allOf)) for (const sub of node.allOf) if (isObj(sub) && typeof sub.$ref !== 'string') visit(sub, depth + 1);
  };
  visit(schema, 0);
  return out;
}

/**
 * A value the schema rejects and that says what belongs there: `<a|b|c>` for a choice, `<integer>`,
 * `<number>`, an empty list (rejected when at least one item is required), and an empty value where
 * text is expected. `etk validate` reports each at its own line until it is filled in.
 */
export function placeholderFor(prop: Obj): unknown {
  if (Array.isArray(prop.enum) && prop.enum.length > 0) return `<${prop.enum.map(String).join('|')}>`;
  const type = Array.isArray(prop.type) ? prop.type[0] : prop.type;
  switch (type) {
    case 'integer':
      return '<integer>';
    case 'number':
      return '<number>';
    case 'boolean':
      return '<true|false>';
    case 'object':
      return '<object>';
    case 'array':
      return [];
    default:
      return null;
  }
}

/** Placeholders for the required fields of `schema` that etk does not fill itself. */
export function typePlaceholders(schema: JsonSchema): [key: string, value: unknown][] {
  return [...requiredFields(schema)].filter(([key]) => !MANAGED.has(key)).map(([key, prop]) => [key, placeholderFor(prop)]);
}
