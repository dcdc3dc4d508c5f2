import type { ErrorObject, ValidateFunction } from 'ajv';
import common from '../../schema/eds-common.schema.json' with { type: 'json' };
import manifest from '../../schema/experiment_manifest.schema.json' with { type: 'json' };
import assessment from '../../schema/assessment.schema.json' with { type: 'json' };
import report from '../../schema/report.schema.json' with { type: 'json' };
import guide from '../../schema/guide.schema.json' with { type: 'json' };
import script from '../../schema/script.schema.json' with { type: 'json' };
import { PRECOMPILED } from './precompiled.ts';

export const BUILTIN_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  experiment_manifest: manifest,
  assessment,
  report,
  guide,
  script,
};

export const COMMON_SCHEMA: JsonSchema = common;
export const COMMON_SCHEMA_ID: string = common.$id;
export const DEFAULT_STATUSES: readonly string[] = common.definitions.status.enum;
/** The shared fields only: what a file without a known `type` is checked against. */
export const GENERIC_SCHEMA: JsonSchema = {
  $id: COMMON_SCHEMA_ID.replace(/common\.json$/, 'generic.json'),
  $ref: `${COMMON_SCHEMA_ID}#/definitions/artifact`,
};

export type JsonSchema = Record<string, unknown>;

/** Key of the shared-fields validator; `$` cannot start a type name, so no custom type collides with it. */
export const GENERIC_KEY = '$generic';

export interface TypeSchema {
  validate: ValidateFunction;
  /** Top-level property names the schema knows (for "did you mean"). */
  knownKeys: ReadonlySet<string>;
}

export interface SchemaSetOptions {
  statuses?: readonly string[] | undefined;
  /** Extra types: name -> already-loaded schema (and where it came from, for messages). */
  extraTypes?: Readonly<Record<string, { schema: JsonSchema; source: string }>>;
}

/** Top-level property names of a schema, through allOf and $ref into the shared artifact definition. */
export function knownKeysOf(schema: unknown, depth = 0, out = new Set<string>()): Set<string> {
  if (depth > 8 || schema === null || typeof schema !== 'object') return out;
  const s = schema as JsonSchema;
  if (s.properties && typeof s.properties === 'object') for (const k of Object.keys(s.properties)) out.add(k);
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = s[key];
    if (Array.isArray(list)) for (const sub of list) knownKeysOf(sub, depth + 1, out);
  }
  if (typeof s.$ref === 'string' && s.$ref.endsWith('#/definitions/artifact')) knownKeysOf(common.definitions.artifact, depth + 1, out);
  return out;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]) => a === undefined || (a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * The validators of every known type. The built CLI ships them precompiled (Ajv standalone code,
 * generated at build time from the same schemas), so a hook run pays no schema compilation; a config
 * with its own statuses or types compiles at run time.
 */
export class SchemaSet {
  private readonly types = new Map<string, TypeSchema>();
  readonly generic: TypeSchema;

  /** Loads Ajv (a separate chunk of the bundle) only when something must be compiled. */
  static async load(options: SchemaSetOptions = {}): Promise<SchemaSet> {
    const extra = options.extraTypes ?? {};
    if (PRECOMPILED !== null && sameList(options.statuses, DEFAULT_STATUSES) && Object.keys(extra).length === 0) {
      return new SchemaSet(PRECOMPILED, extra);
    }
    const { compileSchemas } = await import('./compileSchemas.ts');
    const validators = compileSchemas({
          statuses: options.statuses,
          schemas: {
            [GENERIC_KEY]: { schema: GENERIC_SCHEMA, source: 'shared EDS fields' },
            ...Object.fromEntries(Object.entries(BUILTIN_SCHEMAS).map(([n, s]) => [n, { schema: s, source: `built-in ${n} schema` }])),
            ...extra,
          },
        });
    return new SchemaSet(validators, extra);
  }

  private constructor(validators: Readonly<Record<string, ValidateFunction>>, extra: NonNullable<SchemaSetOptions['extraTypes']>) {
    this.generic = { validate: validators[GENERIC_KEY]!, knownKeys: knownKeysOf(GENERIC_SCHEMA) };
    for (const name of [...Object.keys(BUILTIN_SCHEMAS), ...Object.keys(extra)]) {
      const schema = BUILTIN_SCHEMAS[name] ?? extra[name]!.schema;
      this.types.set(name, { validate: validators[name]!, knownKeys: knownKeysOf(schema) });
    }
  }

  get(type: string): TypeSchema | undefined {
    return this.types.get(type);
  }

  typeNames(): string[] {
    return [...this.types.keys()];
  }
}

export type { ErrorObject };
