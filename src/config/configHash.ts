import { createHash } from 'node:crypto';
import { EDS_CONTENT } from '../artifacts/contentRules.ts';
import { BUILTIN_SCHEMAS, COMMON_SCHEMA } from '../artifacts/schemaSet.ts';
import type { EtkConfig } from './loadConfig.ts';

/** Everything in the configuration that changes what a file's rows are; a change means a rebuild. */
export function configHash(config: EtkConfig): string {
  const material = {
    root: config.root,
    profile: config.profile,
    timezone: config.timezone,
    statuses: config.statuses ?? null,
    types: config.extraTypes,
    rules: config.rules,
    maxFileSize: config.maxFileSize,
    schemas: [COMMON_SCHEMA, BUILTIN_SCHEMAS],
    content: EDS_CONTENT,
  };
  return createHash('sha256').update(JSON.stringify(material)).digest('hex').slice(0, 16);
}
