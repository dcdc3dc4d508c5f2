import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createAjv } from '../../../src/artifacts/compileSchemas.ts';
import { BUILTIN_SCHEMAS, COMMON_SCHEMA_ID, DEFAULT_STATUSES, SchemaSet, knownKeysOf } from '../../../src/artifacts/schemaSet.ts';
import { ConfigError } from '../../../src/errors.ts';

const SCHEMA_DIR = new URL('../../../schema/', import.meta.url);
const ARTIFACT_REF = 'https://etk.invalid/schema/eds-1.0/common.json#/definitions/artifact';

const VALID = {
  ads_version: '1.0',
  type: 'assessment',
  experiment_id: '20251218_093000_ocr_baseline',
  status: 'active',
  created: '2025-12-18T09:30:00Z',
  updated: '2025-12-18T10:00:00Z',
  tags: ['ocr'],
  phase: 'phase_1',
  priority: 'high',
  evidence_count: 3,
};

describe('schema/*.json', () => {
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json')).sort();

  it('holds the shared definitions, the config schema and one schema per built-in type', () => {
    assert.ok(files.includes('eds-common.schema.json'));
    assert.ok(files.includes('etk.config.schema.json'));
    for (const [type, schema] of Object.entries(BUILTIN_SCHEMAS)) {
      assert.ok(files.includes(`${type}.schema.json`), type);
      const onDisk = JSON.parse(readFileSync(new URL(`${type}.schema.json`, SCHEMA_DIR), 'utf8')) as unknown;
      assert.deepEqual(schema, onDisk, type);
    }
  });

  it('runs Ajv in strict mode (an unknown keyword is refused)', () => {
    assert.throws(() => createAjv(undefined).compile({ type: 'string', 'x-unknown': true }), /strict mode: unknown keyword/);
  });

  for (const file of files) {
    it(`${file} compiles in strict mode`, () => {
      const schema = JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as { $id: string };
      const ajv = createAjv(undefined);
      if (schema.$id === COMMON_SCHEMA_ID) {
        // createAjv registers the shared definitions itself; compile every definition through a $ref.
        for (const name of Object.keys((schema as unknown as { definitions: object }).definitions)) {
          assert.equal(typeof ajv.compile({ $ref: `${COMMON_SCHEMA_ID}#/definitions/${name}` }), 'function', name);
        }
      } else {
        assert.equal(typeof ajv.compile(schema), 'function');
      }
    });
  }

  it('the config schema accepts a full config and refuses an unknown key', () => {
    const schema = JSON.parse(readFileSync(new URL('etk.config.schema.json', SCHEMA_DIR), 'utf8')) as object;
    const validate = createAjv(undefined).compile(schema);
    assert.equal(validate({ root: 'experiments', statuses: ['draft', 'final'], types: { dataset_card: { schema: 'schemas/dataset_card.json' } }, rules: { placement: 'warn' }, maxFileSize: 1000 }), true);
    assert.equal(validate({ roots: 'experiments' }), false);
    assert.equal(validate({ statuses: ['a', 'a'] }), false);
    assert.equal(validate({ types: { 'Bad-Name': { schema: 'x.json' } } }), false);
  });
});

describe('SchemaSet', () => {
  it('knows the built-in types and validates with the default statuses', async () => {
    const set = await SchemaSet.load();
    assert.deepEqual(set.typeNames(), Object.keys(BUILTIN_SCHEMAS));
    assert.deepEqual(DEFAULT_STATUSES, ['draft', 'active', 'complete', 'deprecated']);
    const validate = set.get('assessment')!.validate;
    for (const status of DEFAULT_STATUSES) assert.equal(validate({ ...VALID, status }), true, status);
    assert.equal(validate({ ...VALID, status: 'final' }), false);
    assert.equal(set.get('nope'), undefined);
  });

  it('custom statuses replace the accepted set, for every type and the generic schema', async () => {
    const set = await SchemaSet.load({ statuses: ['draft', 'final'] });
    const validate = set.get('assessment')!.validate;
    assert.equal(validate({ ...VALID, status: 'draft' }), true);
    assert.equal(validate({ ...VALID, status: 'final' }), true);
    assert.equal(validate({ ...VALID, status: 'active' }), false);
    const enumError = validate.errors?.find((e) => e.keyword === 'enum');
    assert.deepEqual(enumError?.params, { allowedValues: ['draft', 'final'] });
    assert.equal(set.generic.validate({ ...VALID, type: 'whatever', status: 'draft' }), true);
    assert.equal(set.generic.validate({ ...VALID, type: 'whatever', status: 'active' }), false);
  });

  it('custom statuses do not leak into a later default set', async () => {
    await SchemaSet.load({ statuses: ['final'] });
    const set = await SchemaSet.load();
    assert.equal(set.get('assessment')!.validate({ ...VALID, status: 'active' }), true);
    assert.equal(set.get('assessment')!.validate({ ...VALID, status: 'final' }), false);
  });

  it('the generic schema checks only the shared fields', async () => {
    const set = await SchemaSet.load();
    const { phase: _a, priority: _b, evidence_count: _c, ...shared } = VALID;
    assert.equal(set.generic.validate({ ...shared, type: 'unknown_kind', anything: 1 }), true);
    assert.equal(set.generic.validate({ ...shared, type: 'unknown_kind', created: 'yesterday' }), false);
    assert.deepEqual([...set.generic.knownKeys].sort(), ['ads_version', 'artifact_id', 'created', 'experiment_id', 'status', 'tags', 'title', 'type', 'updated']);
  });

  it("knownKeys of a built-in type include its own and the shared fields", async () => {
    const set = await SchemaSet.load();
    const keys = set.get('assessment')!.knownKeys;
    for (const k of ['phase', 'priority', 'evidence_count', 'ads_version', 'tags', 'experiment_id']) assert.ok(keys.has(k), k);
    assert.equal(keys.has('metrics'), false);
  });

  describe('extra types', () => {
    const datasetCard = {
      $id: 'https://example.invalid/dataset_card.json',
      allOf: [
        { $ref: ARTIFACT_REF },
        {
          type: 'object',
          required: ['rows'],
          properties: {
            type: { const: 'dataset_card' },
            rows: { type: 'integer', minimum: 0 },
            license: { type: 'string' },
          },
        },
      ],
    };
    const { phase: _p, priority: _q, evidence_count: _e, ...shared } = VALID;
    const card = { ...shared, type: 'dataset_card', rows: 120 };

    it('compile with a $ref to the shared artifact definition', async () => {
      const set = await SchemaSet.load({ extraTypes: { dataset_card: { schema: datasetCard, source: 'schemas/dataset_card.json' } } });
      assert.deepEqual(set.typeNames(), [...Object.keys(BUILTIN_SCHEMAS), 'dataset_card']);
      const t = set.get('dataset_card')!;
      assert.equal(t.validate(card), true);
      // Its own required field and the shared ones are both enforced.
      const { rows: _r, ...noRows } = card;
      assert.equal(t.validate(noRows), false);
      assert.deepEqual(t.validate.errors?.map((e) => [e.keyword, (e.params as { missingProperty?: string }).missingProperty]), [['required', 'rows']]);
      const { tags: _t, ...noTags } = card;
      assert.equal(t.validate(noTags), false);
      assert.equal(t.validate({ ...card, status: 'bogus' }), false);
    });

    it('have knownKeys with both their own and the shared properties', async () => {
      const set = await SchemaSet.load({ extraTypes: { dataset_card: { schema: datasetCard, source: 'x' } } });
      assert.deepEqual(
        [...set.get('dataset_card')!.knownKeys].sort(),
        ['ads_version', 'artifact_id', 'created', 'experiment_id', 'license', 'rows', 'status', 'tags', 'title', 'type', 'updated'],
      );
      assert.deepEqual(set.get('dataset_card')!.knownKeys, knownKeysOf(datasetCard));
    });

    it('use the custom statuses too', async () => {
      const set = await SchemaSet.load({ statuses: ['draft'], extraTypes: { dataset_card: { schema: datasetCard, source: 'x' } } });
      assert.equal(set.get('dataset_card')!.validate({ ...card, status: 'draft' }), true);
      assert.equal(set.get('dataset_card')!.validate(card), false);
    });

    it('a schema that does not compile is a ConfigError naming the type and source', async () => {
      const broken = { type: 'object', properties: { rows: { type: 'integr' } } };
      await assert.rejects(SchemaSet.load({ extraTypes: { dataset_card: { schema: broken, source: 'schemas/broken.json' } } }), (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.equal(err.exitCode, 2);
        assert.match(err.message, /^schema for type "dataset_card" \(schemas\/broken\.json\) does not compile: /);
        assert.match(err.hint ?? '', /#\/definitions\/artifact/);
        return true;
      });
    });

    it('an unresolvable $ref is a ConfigError', async () => {
      const dangling = { allOf: [{ $ref: 'https://etk.invalid/schema/eds-1.0/common.json#/definitions/nope' }] };
      await assert.rejects(SchemaSet.load({ extraTypes: { x_card: { schema: dangling, source: 'x.json' } } }), ConfigError);
    });

    it('an unknown keyword is refused (strict mode applies to extra schemas)', async () => {
      const sloppy = { type: 'object', requried: ['rows'] };
      await assert.rejects(SchemaSet.load({ extraTypes: { x_card: { schema: sloppy, source: 'x.json' } } }), ConfigError);
    });
  });
});

describe('SchemaSet: custom type names cannot replace the shared-fields validator', () => {
  it('a type called generic is just another type', async () => {
    const set = await SchemaSet.load({ extraTypes: { generic: { schema: { type: 'object' }, source: 'x' } } });
    assert.equal(set.generic.validate({}), false, 'the shared fields stay required for files without a known type');
    assert.equal(set.get('generic')!.validate({}), true);
  });
});
