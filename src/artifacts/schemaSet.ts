import type { ErrorObject, ValidateFunction } from 'ajv';
import common from '../../schema/eds-common.schema.json' with { type: 'json' };
import manifest from '../../schema/experiment_manifest.schema.json' with { type: 'json' };
import assessment from '../../schema/assessment.schema.json' with { type: 'json' };
import report from '../../schema/report.schema.json' with { type: 'json' };
import guide from '../../schema/guide.schema.json' with { type: 'json' };
import script from '../../schema/script.schema.json' with { type: 'json' };
import plan from '../../schema/plan.schema.json' with { type: 'json' };
import edsManifest from '../../schema/manifest.schema.json' with { type: 'json' };
import { PRECOMPILED } from './precompiled.ts';

/** The built-in types of the eds-1.0 profile (schema/profiles/eds-1.0.json names the same files). */
export const BUILTIN_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  experiment_manifest: manifest,
  assessment,
  report,
  guide,
  plan,
  script,
  manifest: edsManifest,
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
  /** A profile's changes to the built-in types (null: the type is dropped) and to the shared definitions. */
  profile?: { types: Readonly<Record<string, JsonSchema | null>>; definitions: Readonly<Record<string, unknown>> } | undefined;
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

/** The built-in types after a profile's changes. */
function builtinsOf(options: SchemaSetOptions): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = { ...BUILTIN_SCHEMAS };
  for (const [name, schema] of Object.entries(options.profile?.types ?? {})) {
    if (schema === null) delete out[name];
    else out[name] = schema;
  }
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
    const builtin = builtinsOf(options);
    if (PRECOMPILED !== null && sameList(options.statuses, DEFAULT_STATUSES) && Object.keys(extra).length === 0 && options.profile === undefined) {
      return new SchemaSet(PRECOMPILED, extra, builtin);
    }
    const { compileSchemas } = await import('./compileSchemas.ts');
    const validators = compileSchemas({
          statuses: options.statuses,
          definitions: options.profile?.definitions,
          schemas: {
            [GENERIC_KEY]: { schema: GENERIC_SCHEMA, source: 'shared EDS fields' },
            ...Object.fromEntries(Object.entries(builtin).map(([n, s]) => [n, { schema: s, source: `built-in ${n} schema` }])),
            ...extra,
          },
        });
    return new SchemaSet(validators, extra, builtin);
  }

  private constructor(validators: Readonly<Record<string, ValidateFunction>>, extra: NonNullable<SchemaSetOptions['extraTypes']>, builtin: Readonly<Record<string, JsonSchema>>) {
    this.generic = { validate: validators[GENERIC_KEY]!, knownKeys: knownKeysOf(GENERIC_SCHEMA) };
    for (const name of [...Object.keys(builtin), ...Object.keys(extra)]) {
      const schema = builtin[name] ?? extra[name]!.schema;
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
