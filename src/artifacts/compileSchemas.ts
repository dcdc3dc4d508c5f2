import { Ajv, type Options, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import common from '../../schema/eds-common.schema.json' with { type: 'json' };
import { ConfigError } from '../errors.ts';

// ajv-formats is CommonJS; its module.exports is the plugin and also carries it as `default`.
const addFormats = ajvFormats.default;

export interface CompileRequest {
  statuses?: readonly string[] | undefined;
  /** Replacements for shared definitions (a profile's, e.g. strict's dateTime). */
  definitions?: Readonly<Record<string, unknown>> | undefined;
  schemas: Readonly<Record<string, { schema: Record<string, unknown>; source: string }>>;
}

/** One Ajv set up the way every etk schema is checked: strict, all errors, verbose, EDS keywords known. */
export function createAjv(statuses: readonly string[] | undefined, extra: Options = {}, definitions: Readonly<Record<string, unknown>> = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true, ...extra });
  addFormats(ajv, ['date-time']);
  ajv.addKeyword('x-fix');
  ajv.addKeyword('x-expected');
  const commonSchema = structuredClone(common) as typeof common;
  Object.assign(commonSchema.definitions, structuredClone(definitions));
  if (statuses) commonSchema.definitions.status.enum = [...statuses];
  ajv.addSchema(commonSchema);
  return ajv;
}

/** Compiles schemas at run time (custom statuses or types). A schema that does not compile is a config error. */
export function compileSchemas(req: CompileRequest): Record<string, ValidateFunction> {
  const ajv = createAjv(req.statuses, {}, req.definitions);
  const out: Record<string, ValidateFunction> = {};
  for (const [name, { schema, source }] of Object.entries(req.schemas)) {
    try {
      out[name] = ajv.compile(schema);
    } catch (err) {
      throw new ConfigError(`schema for type "${name}" (${source}) does not compile: ${(err as Error).message}`,
        `fix the schema; it may reference the shared EDS definitions as "${common.$id}#/definitions/artifact"`);
    }
  }
  return out;
}
