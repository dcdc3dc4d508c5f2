import type { ValidateFunction } from 'ajv';

/**
 * Validators generated at build time by Ajv's standalone code from schema/ (scripts/build.mjs
 * replaces this module in the bundle): one per built-in type, `$generic` (the shared fields), and `config` for
 * etk.config.json. Null when running from source: schemas are then compiled.
 */
export const PRECOMPILED: Readonly<Record<string, ValidateFunction>> | null = null;
