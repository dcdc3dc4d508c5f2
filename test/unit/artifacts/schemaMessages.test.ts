import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fieldName, pointerToPath, schemaFindings } from '../../../src/artifacts/schemaMessages.ts';
import { PROFILES } from '../../../src/artifacts/profile.ts';
import { SchemaSet } from '../../../src/artifacts/schemaSet.ts';
import type { Finding } from '../../../src/artifacts/diagnostic.ts';
import type { Located } from '../../../src/artifacts/yamlPositions.ts';

describe('pointerToPath', () => {
  it('maps the empty pointer to the root', () => {
    assert.deepEqual(pointerToPath(''), []);
  });

  it('splits segments and keeps numeric ones as strings', () => {
    assert.deepEqual(pointerToPath('/metrics/hmean/value'), ['metrics', 'hmean', 'value']);
    assert.deepEqual(pointerToPath('/tags/2'), ['tags', '2']);
  });

  it('unescapes ~1 to / and ~0 to ~, in that order', () => {
    assert.deepEqual(pointerToPath('/metrics/a~1b/c~0d'), ['metrics', 'a/b', 'c~d']);
    // "~01" is an escaped "~" followed by "1", not an escaped "/".
    assert.deepEqual(pointerToPath('/~01'), ['~1']);
  });

  it('keeps empty segments', () => {
    assert.deepEqual(pointerToPath('/'), ['']);
    assert.deepEqual(pointerToPath('/a//b'), ['a', '', 'b']);
  });
});

describe('fieldName', () => {
  it('joins keys with dots and indexes with brackets', () => {
    assert.equal(fieldName(['metrics', 'hmean', 'value']), 'metrics.hmean.value');
    assert.equal(fieldName(['tags', '2']), 'tags[2]');
    assert.equal(fieldName(['commands', '0', 'name']), 'commands[0].name');
    assert.equal(fieldName(['matrix', '1', '0']), 'matrix[1][0]');
  });

  it('does not bracket a leading numeric segment', () => {
    assert.equal(fieldName(['2024']), '2024');
  });

  it('is empty for the root', () => {
    assert.equal(fieldName([]), '');
  });
});

describe('schemaFindings (with real Ajv errors)', () => {
  let schemas: SchemaSet;
  let strict: SchemaSet;
  /** A team's own type with a strict metric shape (number, or {value, baseline?, unit?}), for messages about nested values. */
  const MEASURED = {"$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://etk.invalid/schema/eds-1.0/measured_report.json", "title": "EDS v1.0 report", "definitions": {"metricObject": {"type": "object", "required": ["value"], "properties": {"value": {"type": "number"}, "baseline": {"type": "number"}, "unit": {"type": "string"}}}}, "allOf": [{"$ref": "common.json#/definitions/artifact"}, {"type": "object", "required": ["metrics", "comparison"], "properties": {"type": {"const": "measured_report"}, "metrics": {"type": "object", "additionalProperties": {"if": {"type": "object"}, "then": {"$ref": "#/definitions/metricObject"}, "else": {"type": "number", "x-fix": "a metric is a number, or an object {value, baseline?, unit?}, e.g. hmean: 0.91 or latency_ms: {value: 41, unit: ms}"}}}, "comparison": {"type": "string", "enum": ["improvement", "regression", "neutral"]}}}]} as Record<string, unknown>;
  before(async () => {
    schemas = await SchemaSet.load({ extraTypes: { measured_report: { schema: MEASURED, source: 'test' } } });
    strict = await SchemaSet.load({ profile: PROFILES.strict.schemas });
  });

  const VALID_COMMON = {
    ads_version: '1.0',
    experiment_id: '20251218_093000_ocr_baseline',
    status: 'active',
    created: '2025-12-18T09:30:00Z',
    updated: '2025-12-18T10:00:00Z',
    tags: ['ocr', 'baseline'],
  };
  const ASSESSMENT = { ...VALID_COMMON, type: 'assessment', phase: 'phase_1', priority: 'high', evidence_count: 3 };

  /** A locate stub: a fixed position (and optional source text) per path; 999:999 for paths a test did not expect. */
  function locator(table: Record<string, Located>) {
    const asked: string[] = [];
    const locate = (path: readonly string[]): Located => {
      const key = path.join('.');
      asked.push(key);
      return table[key] ?? { line: 999, column: 999 };
    };
    return { locate, asked };
  }

  function run(type: string, data: Record<string, unknown>, table: Record<string, Located>, set = schemas): Finding[] {
    const validate = set.get(type)!.validate;
    assert.equal(validate(data), false, 'the data must be invalid for this test');
    const findings = schemaFindings(validate.errors ?? [], { type, locate: locator(table).locate });
    for (const f of findings) {
      assert.equal(f.rule, 'schema');
      assert.equal(typeof f.hint, 'string');
      assert.ok(f.hint!.length > 0, `finding without a hint: ${f.message}`);
    }
    return findings;
  }
  const brief = (f: Finding) => ({ line: f.line, column: f.column, message: f.message, hint: f.hint });

  it('accepts the baseline data (sanity check for the other tests)', () => {
    assert.equal(schemas.get('assessment')!.validate(ASSESSMENT), true);
  });

  it('enum: lists the allowed values and the found value', () => {
    const f = run('assessment', { ...ASSESSMENT, priority: 'urgent' }, { priority: { line: 9, column: 11, source: 'urgent' } });
    assert.deepEqual(f.map(brief), [
      { line: 9, column: 11, message: 'priority must be one of critical, high, medium, low (found "urgent")', hint: 'use one of: critical, high, medium, low' },
    ]);
  });

  it('required at the root: line 1, column 1, with the type', () => {
    const { tags: _drop, ...noTags } = ASSESSMENT;
    const f = run('assessment', noTags, {});
    assert.deepEqual(f.map(brief), [
      { line: 1, column: 1, message: 'missing required field tags (required for type assessment)', hint: 'add a line `tags: ...` to the frontmatter' },
    ]);
  });

  it('required: one finding per missing field', () => {
    const { phase: _p, priority: _q, ...rest } = ASSESSMENT;
    const f = run('assessment', rest, {});
    assert.deepEqual(f.map((x) => x.message), [
      'missing required field phase (required for type assessment)',
      'missing required field priority (required for type assessment)',
    ]);
  });

  it('required inside an object: at the object, naming the field', () => {
    const data = { ...VALID_COMMON, type: 'measured_report', comparison: 'neutral', metrics: { latency_ms: { unit: 'ms' } } };
    const f = run('measured_report', data, { 'metrics.latency_ms': { line: 8, column: 5 } });
    assert.deepEqual(f.map(brief), [
      { line: 8, column: 5, message: 'metrics.latency_ms is missing required field value', hint: 'add a line `value: ...` under metrics.latency_ms' },
    ]);
  });

  it('type: integer given as a string', () => {
    const f = run('assessment', { ...ASSESSMENT, evidence_count: '3' }, { evidence_count: { line: 10, column: 17, source: '"3"' } });
    assert.deepEqual(f.map(brief), [
      { line: 10, column: 17, message: 'evidence_count must be an integer (found "3", a string)', hint: 'write a whole number, e.g. evidence_count: 3' },
    ]);
  });

  it('type: a number quoted as written in the file, with the schema hint', () => {
    // ads_version: 1.0 parses to the number 1; the message shows the source text.
    const f = run('assessment', { ...ASSESSMENT, ads_version: 1 }, { ads_version: { line: 2, column: 14, source: '1.0' } });
    assert.equal(f.length, 1);
    assert.deepEqual(brief(f[0]!), {
      line: 2,
      column: 14,
      message: 'ads_version must be a string (found 1.0, an integer)',
      hint: 'write the EDS version as a quoted MAJOR.MINOR string, e.g. ads_version: "1.0"; etk validate --fix does this',
    });
  });

  it('type: suggests quoting a scalar where a string is expected', () => {
    const f = run('assessment', { ...ASSESSMENT, title: 2025 }, { title: { line: 4, column: 8, source: '2025' } });
    assert.deepEqual(f.map(brief), [{ line: 4, column: 8, message: 'title must be a string (found 2025, an integer)', hint: 'quote the value: title: "2025"' }]);
  });

  it('type: a scalar where a list is expected gets a list hint', () => {
    const f = run('assessment', { ...ASSESSMENT, tags: 'ocr' }, { tags: { line: 7, column: 7, source: 'ocr' } });
    assert.deepEqual(f.map(brief), [
      { line: 7, column: 7, message: 'tags must be a list (found "ocr", a string)', hint: 'write tags as a list, e.g. tags: [a, b] or one "- item" per line' },
    ]);
  });

  it('type: an object where a scalar is expected says what was found', () => {
    const f = run('assessment', { ...ASSESSMENT, title: { a: 1 } }, { title: { line: 4, column: 3, source: 'a: 1' } });
    assert.deepEqual(f.map((x) => x.message), ['title must be a string (found an object)']);
  });

  it('pattern: uses the x-expected wording and the x-fix hint', () => {
    const f = run('assessment', { ...ASSESSMENT, tags: ['ocr', 'Image_Processing'] }, { 'tags.1': { line: 9, column: 5, source: 'Image_Processing' } });
    assert.deepEqual(f.map(brief), [
      {
        line: 9,
        column: 5,
        message: 'tags[1] must be lowercase letters, digits and hyphens (found "Image_Processing")',
        hint: 'tags are lowercase letters, digits and hyphens, e.g. perspective-correction; etk validate --fix rewrites it as image-processing',
      },
    ]);
  });

  it('one finding per location: a date failing both pattern and format yields one finding (strict profile)', () => {
    const validate = strict.get('assessment')!.validate;
    validate({ ...ASSESSMENT, created: '2025-12-17' });
    const keywords = (validate.errors ?? []).filter((e) => e.instancePath === '/created').map((e) => e.keyword).sort();
    assert.deepEqual(keywords, ['format', 'pattern']);
    const f = run('assessment', { ...ASSESSMENT, created: '2025-12-17' }, { created: { line: 5, column: 10, source: '2025-12-17' } }, strict);
    assert.deepEqual(f.map(brief), [
      {
        line: 5,
        column: 10,
        message: 'created must be an RFC 3339 date-time with offset (found "2025-12-17")',
        hint: 'use an RFC 3339 date-time with offset in quotes, e.g. "2025-12-17T02:43:00+09:00" (etk validate --fix rewrites other forms)',
      },
    ]);
  });

  it('format: a well-shaped but impossible date-time uses the same wording', () => {
    const f = run('assessment', { ...ASSESSMENT, updated: '2025-13-45T25:00:00Z' }, { updated: { line: 6, column: 10 } }, strict);
    assert.deepEqual(f.map((x) => [x.line, x.column, x.message]), [[6, 10, 'updated must be an RFC 3339 date-time with offset (found "2025-13-45T25:00:00Z")']]);
  });

  it('uniqueItems: names the value and points at the later duplicate', () => {
    const table = { tags: { line: 7, column: 7 }, 'tags.0': { line: 8, column: 5 }, 'tags.1': { line: 9, column: 5 }, 'tags.2': { line: 10, column: 5 } };
    const f = run('assessment', { ...ASSESSMENT, tags: ['ocr', 'baseline', 'ocr'] }, table, strict);
    assert.deepEqual(f.map(brief), [{ line: 10, column: 5, message: 'tags lists "ocr" twice (items 1 and 3)', hint: 'remove the duplicate; etk validate --fix removes it' }]);
  });

  it('minItems: uses the schema hint', () => {
    const data = { ...VALID_COMMON, type: 'guide', commands: [], prerequisites: [] };
    const f = run('guide', data, { commands: { line: 8, column: 11, source: '[]' } });
    assert.deepEqual(f.map(brief), [
      { line: 8, column: 11, message: 'commands must have at least 1 item', hint: 'list at least one command, e.g. commands: ["python train.py --config base.yaml"]' },
    ]);
  });

  it('minimum: states the bound and the found value', () => {
    const f = run('assessment', { ...ASSESSMENT, evidence_count: -2 }, { evidence_count: { line: 10, column: 17, source: '-2' } });
    assert.deepEqual(f.map(brief), [{ line: 10, column: 17, message: 'evidence_count must be >= 0 (found -2)', hint: 'use a value >= 0' }]);
  });

  it('const: a type that does not match the schema', () => {
    const f = run('assessment', { ...ASSESSMENT, type: 'report' }, { type: { line: 3, column: 7, source: 'report' } });
    assert.deepEqual(f.map((x) => [x.line, x.column, x.message]), [[3, 7, 'type must be "assessment" (found "report")']]);
  });

  it('drops if/then/else noise and keeps the specific error with its hint', () => {
    const data = { ...VALID_COMMON, type: 'measured_report', comparison: 'neutral', metrics: { hmean: 'high' } };
    const validate = schemas.get('measured_report')!.validate;
    validate(data);
    assert.ok((validate.errors ?? []).some((e) => e.keyword === 'if'), 'Ajv reports an if error too');
    const f = run('measured_report', data, { 'metrics.hmean': { line: 6, column: 10, source: 'high' } });
    assert.deepEqual(f.map(brief), [
      {
        line: 6,
        column: 10,
        message: 'metrics.hmean must be a number (found "high", a string)',
        hint: 'a metric is a number, or an object {value, baseline?, unit?}, e.g. hmean: 0.91 or latency_ms: {value: 41, unit: ms}',
      },
    ]);
  });

  it('reports several independent problems, each at its own position', () => {
    const data = { ...ASSESSMENT, status: 'done', priority: 'urgent', evidence_count: -1 };
    const f = run('assessment', data, {
      status: { line: 4, column: 9 },
      priority: { line: 9, column: 11 },
      evidence_count: { line: 10, column: 17 },
    });
    const got = f.map((x) => [x.line, x.column, x.message]).sort((a, b) => (a[0] as number) - (b[0] as number));
    assert.deepEqual(got, [
      [4, 9, 'status must be one of draft, active, complete, deprecated (found "done")'],
      [9, 11, 'priority must be one of critical, high, medium, low (found "urgent")'],
      [10, 17, 'evidence_count must be >= 0 (found -1)'],
    ]);
  });

  it('uses the type given in the context for root required errors', () => {
    const validate = schemas.generic.validate;
    assert.equal(validate({}), false);
    const f = schemaFindings(validate.errors ?? [], { type: '(none)', locate: () => ({ line: 999, column: 999 }) });
    assert.deepEqual(
      f.map((x) => [x.line, x.column, x.message]),
      ['ads_version', 'type', 'experiment_id', 'status', 'created', 'updated', 'tags'].map((k) => [1, 1, `missing required field ${k} (required for type (none))`]),
    );
  });
});

describe('schemaFindings: uniqueItems over plain string items (Ajv reports i and j the other way round)', () => {
  it('names the earlier item first and points at the later one', async () => {
    const set = await SchemaSet.load({ extraTypes: { files_list: { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string' }, uniqueItems: true } } }, source: 'test' } } });
    const validate = set.get('files_list')!.validate;
    assert.equal(validate({ files: ['a', 'b', 'a'] }), false);
    const asked: string[] = [];
    const findings = schemaFindings(validate.errors ?? [], { type: 'files_list', locate: (p) => { asked.push(p.join('.')); return { line: p.length === 2 ? 10 + Number(p[1]) : 1, column: 5 }; } });
    assert.deepEqual(findings.map((f) => [f.message, f.line]), [['files lists "a" twice (items 1 and 3)', 12]]);
  });
});
