import profile from '../../schema/profiles/eds-1.0.json' with { type: 'json' };
import strict from '../../schema/profiles/strict.json' with { type: 'json' };
import strictReport from '../../schema/strict/report.schema.json' with { type: 'json' };
import { DEFAULT_STATUSES, type JsonSchema, type SchemaSetOptions } from './schemaSet.ts';
import type { RuleId, RuleSetting } from './ruleCatalog.ts';
/** The built-in profile's type -> `.metadata/` folder (null: a type that lives elsewhere, e.g. manifests). */
export const TYPE_FOLDERS: Readonly<Record<string, string | null>> = Object.fromEntries(
  Object.entries(profile.types).map(([type, t]) => [type, t.folder]),
);

export type ProfileName = 'eds-1.0' | 'strict';

/** A built-in profile as the code uses it: its statuses, rule severities and changes to the built-in schemas. */
export interface Profile {
  statuses: readonly string[];
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** undefined: the built-in schemas as they are (eds-1.0). */
  schemas: SchemaSetOptions['profile'];
}

/** Schema files a profile names, by their path relative to schema/profiles/ (JSON imports are static). */
const SCHEMA_FILES: Readonly<Record<string, JsonSchema>> = { '../strict/report.schema.json': strictReport };

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  'eds-1.0': { statuses: DEFAULT_STATUSES, rules: profile.rules, schemas: undefined },
  strict: {
    statuses: DEFAULT_STATUSES,
    rules: strict.rules as Partial<Record<RuleId, RuleSetting>>,
    schemas: {
      types: Object.fromEntries(Object.entries(strict.types).map(([type, t]) => [type, t === null ? null : SCHEMA_FILES[t.schema]!])),
      definitions: strict.definitions,
    },
  },
};
