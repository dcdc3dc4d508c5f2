import type { ErrorObject } from 'ajv';
import type { Finding } from './diagnostic.ts';
import type { Located } from './yamlPositions.ts';
import { slugify } from './layout.ts';

/** JSON pointer (`/metrics/a~1b/0`) to path segments. */
export function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `metrics.hmean.value`, `tags[2]`. */
export function fieldName(path: readonly string[]): string {
  let out = '';
  for (const seg of path) {
    if (/^\d+$/.test(seg) && out !== '') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** A template placeholder etk new leaves for the user: the whole value is `<...>` (`<integer>`, `<critical|high|medium|low>`). */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && /^<[^<>\n]+>$/.test(value);
}

/** How a found value is quoted in a message: strings as JSON strings, other scalars as written in the file. */
function describe(value: unknown, source: string | undefined): string {
  if (isPlaceholder(value)) return `the placeholder ${value}`;
  if (typeof value !== 'string' && typeof value !== 'object' && source !== undefined && source !== '') {
    return source.length > 60 ? `${source.slice(0, 57)}...` : source;
  }
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object (key: value fields)',
  null: 'empty',
};

/** Keywords whose errors only repeat what a more specific error already says. */
const NOISE = new Set(['if', 'allOf', 'anyOf', 'oneOf', '$ref']);

export interface SchemaErrorContext {
  /** The artifact's type, for "required for type X". */
  type: string;
  /** Where a path's value sits (and its source text). */
  locate: (path: readonly string[]) => Located;
  /**
   * The schema's errors for the frontmatter with a value at `path` that no schema accepts: they
   * say what a missing field must hold (its allowed values, its type, its form).
   */
  probe?: (path: readonly string[]) => readonly ErrorObject[];
}

/** A value no EDS schema accepts for any field (not in an enum, matching no pattern). */
export const PROBE_VALUE = '\u0000etk-probe';

/** What a missing field must hold, from the schema's complaint about a probe value there: "one of: a, b" or "a list". */
function expectedFor(path: readonly string[], probe: SchemaErrorContext['probe']): string | undefined {
  if (probe === undefined) return undefined;
  const pointer = `/${path.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
  const errs = probe(path).filter((e) => e.instancePath === pointer && !NOISE.has(e.keyword));
  const enumErr = errs.find((e) => e.keyword === 'enum');
  if (enumErr) return `one of: ${(enumErr.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}`;
  const typeErr = errs.find((e) => e.keyword === 'type');
  if (typeErr) return String((typeErr.params as { type: string }).type).split(',').map((t) => TYPE_WORDS[t] ?? t).join(' or ');
  const shaped = errs.find((e) => e.keyword === 'pattern' || e.keyword === 'format');
  const expected = (shaped?.parentSchema as Record<string, unknown> | undefined)?.['x-expected'];
  return typeof expected === 'string' ? expected : undefined;
}

/** What etk validate --fix repairs of a schema finding, said in the hint (see src/authoring/fixText.ts). */
function fixNote(path: readonly string[], keyword: string, data: unknown): string | undefined {
  const [field] = path;
  if (field === 'ads_version' && path.length === 1 && (keyword === 'required' || (keyword === 'type' && typeof data === 'number'))) return 'etk validate --fix does this';
  if (field === 'tags' && path.length === 2 && keyword === 'pattern' && typeof data === 'string' && slugify(data, Number.MAX_SAFE_INTEGER) !== '') {
    return `etk validate --fix rewrites it as ${slugify(data, Number.MAX_SAFE_INTEGER)}`;
  }
  if (field === 'tags' && path.length === 1 && keyword === 'uniqueItems') return 'etk validate --fix removes it';
  if ((field === 'created' || field === 'updated') && path.length === 1 && keyword === 'pattern') return 'etk validate --fix rewrites a date it can read (2025/12/17 14:30, Dec 17 2025) as ISO 8601';
  return undefined;
}

/** Turns Ajv errors into findings a person can act on: one per field, at the field's own line. */
export function schemaFindings(errors: readonly ErrorObject[], ctx: SchemaErrorContext): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const err of errors) {
    if (NOISE.has(err.keyword)) continue;
    const path = pointerToPath(err.instancePath);
    const parent = err.parentSchema as Record<string, unknown> | undefined;
    const hintFromSchema = parent?.['x-fix'];
    const expected = parent?.['x-expected'];
    let hint = typeof hintFromSchema === 'string' ? hintFromSchema : undefined;
    let message: string;
    let at: { line: number; column: number };

    if (err.keyword === 'required') {
      const missing = (err.params as { missingProperty: string }).missingProperty;
      const full = [...path, missing];
      const key = `required:${full.join('\u0000')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (path.length === 0) {
        at = { line: 1, column: 1 };
        message = `missing required field ${missing} (required for type ${ctx.type})`;
      } else {
        at = ctx.locate(path);
        message = `${fieldName(path)} is missing required field ${missing}`;
      }
      const expected = expectedFor(full, ctx.probe);
      hint = `add a line \`${missing}: ${expected === undefined ? '...' : '<value>'}\`${path.length === 0 ? ' to the frontmatter' : ` under ${fieldName(path)}`}${expected === undefined ? '' : `, where <value> is ${expected}`}`;
      const fix = fixNote(full, 'required', undefined);
      if (fix !== undefined) hint += `; ${fix}`;
      findings.push({ ...at, rule: 'schema', message, hint });
      continue;
    }

    // One finding per location: the first (most specific) error wins, e.g. pattern before format.
    const key = `value:${path.join('\u0000')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const located = ctx.locate(path);
    at = { line: located.line, column: located.column };
    const name = fieldName(path) || 'frontmatter';
    const found = describe(err.data, located.source);
    const p = err.params as Record<string, unknown>;
    switch (err.keyword) {
      case 'enum': {
        const allowed = (p.allowedValues as unknown[]).map(String);
        message = `${name} must be one of ${allowed.join(', ')} (found ${found})`;
        hint ??= `use one of: ${allowed.join(', ')}`;
        break;
      }
      case 'const':
        message = `${name} must be ${JSON.stringify(p.allowedValue)} (found ${found})`;
        break;
      case 'type': {
        const want = String(p.type)
          .split(',')
          .map((t) => TYPE_WORDS[t] ?? t)
          .join(' or ');
        message = typeof err.data === 'object' || err.data === undefined ? `${name} must be ${want} (found ${kindOf(err.data)})` : isPlaceholder(err.data) ? `${name} must be ${want} (found ${found})` : `${name} must be ${want} (found ${found}, ${kindOf(err.data)})`;
        if (!hint && String(p.type) === 'string' && located.source !== undefined && typeof err.data !== 'object') {
          hint = `quote the value: ${path[path.length - 1] ?? name}: "${located.source}"`;
        }
        if (!hint && String(p.type) === 'array') hint = `write ${name} as a list, e.g. ${name}: [a, b] or one "- item" per line`;
        if (!hint && String(p.type) === 'integer') hint = `write a whole number, e.g. ${path[path.length - 1] ?? name}: ${Math.max(0, Math.round(Number(err.data)) || 0)}`;
        hint ??= `write ${name} as ${want}`;
        break;
      }
      case 'pattern':
      case 'format':
        message = typeof expected === 'string' ? `${name} must be ${expected} (found ${found})` : `${name} has an invalid format (found ${found})`;
        if (err.keyword === 'pattern' && !hint) hint = `match the pattern ${String(p.pattern)}`;
        break;
      case 'uniqueItems': {
        // Ajv's i and j come in either order depending on the item schema: name the earlier first.
        const first = Math.min(p.i as number, p.j as number);
        const later = Math.max(p.i as number, p.j as number);
        message = `${name} lists ${describe((err.data as unknown[])[first], undefined)} twice (items ${first + 1} and ${later + 1})`;
        at = ctx.locate([...path, String(later)]);
        hint ??= 'remove the duplicate';
        break;
      }
      case 'minItems':
        message = `${name} must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
        break;
      case 'maxItems':
        message = `${name} must have at most ${String(p.limit)} items`;
        break;
      case 'minLength':
        message = p.limit === 1 ? `${name} must not be empty` : `${name} must be at least ${String(p.limit)} characters long`;
        break;
      case 'maxLength':
        message = `${name} must be at most ${String(p.limit)} characters long`;
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        message = `${name} must be ${String(p.comparison)} ${String(p.limit)} (found ${found})`;
        hint ??= `use a value ${String(p.comparison)} ${String(p.limit)}`;
        break;
      case 'additionalProperties':
        message = `${name} has an unexpected field ${String(p.additionalProperty)}`;
        at = ctx.locate([...path, String(p.additionalProperty)]);
        break;
      default:
        message = `${name} ${err.message ?? 'is invalid'}${err.data !== undefined ? ` (found ${found})` : ''}`;
    }
    hint ??= 'see the EDS v1.0 schema for this type in etk\'s schema/ folder';
    const fix = fixNote(path, err.keyword, err.data);
    if (fix !== undefined && !hint.includes('etk validate --fix')) hint += `; ${fix}`;
    if (isPlaceholder(err.data)) hint = `fill in the placeholder: ${hint}`;
    findings.push({ ...at, rule: 'schema', message, hint });
  }
  return findings;
}
