import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUILTIN_SCHEMAS } from '../../../src/artifacts/schemaSet.ts';
import { placeholderFor, requiredFields, typePlaceholders } from '../../../src/authoring/placeholders.ts';
import { renderTemplate } from '../../../src/authoring/renderTemplate.ts';

describe('typed placeholders', () => {
  it('the required fields of each built-in type, past the shared ones etk fills itself', () => {
    assert.deepEqual(typePlaceholders(BUILTIN_SCHEMAS.assessment!), [['phase', '<phase_0|phase_1|phase_2|phase_3|phase_4>'], ['priority', '<critical|high|medium|low>'], ['evidence_count', '<integer>']]);
    assert.deepEqual(typePlaceholders(BUILTIN_SCHEMAS.report!), [['metrics', '<object>'], ['baseline', null], ['comparison', '<improvement|regression|neutral>']]);
    assert.deepEqual(typePlaceholders(BUILTIN_SCHEMAS.guide!), [['commands', []], ['prerequisites', []]]);
    assert.deepEqual([...requiredFields(BUILTIN_SCHEMAS.experiment_manifest!).keys()], ['experiment_id', 'name']);
  });

  it('a value of the wrong kind for each expected type; empty where text is expected', () => {
    assert.equal(placeholderFor({ type: 'number' }), '<number>');
    assert.equal(placeholderFor({ type: ['boolean', 'null'] }), '<true|false>');
    assert.equal(placeholderFor({ type: 'string' }), null);
    assert.equal(placeholderFor({ enum: [1, 2] }), '<1|2>');
    assert.equal(placeholderFor({}), null);
  });
});

describe('renderTemplate', () => {
  const template = { text: '---\n# kept comment\ntitle: ""\npriority: <critical|high|medium|low>  # how urgent\ntags: [a]\n---\n# {{title}} ({{nope}})\n\n\n{{empty}}\n\nend\n', source: 'test', user: true };

  it('fills fields in place (comments kept), adds missing ones in order, merges tags, fills the body', () => {
    const r = renderTemplate({
      template,
      fields: [
        { key: 'ads_version', value: '1.0', mode: 'ifMissing', quote: true },
        { key: 'type', value: 'assessment', mode: 'always' },
        { key: 'title', value: 'A: "b"', mode: 'always', quote: true },
        { key: 'priority', value: 'high', mode: 'always' },
        { key: 'tags', value: ['b', 'a'], mode: 'mergeList' },
        { key: 'evidence_count', value: 3, mode: 'always' },
      ],
      vars: { title: 'A: "b"', empty: '' },
    });
    assert.equal(r.text, '---\nads_version: "1.0"\ntype: assessment\n# kept comment\ntitle: "A: \\"b\\""\npriority: high # how urgent\ntags: [a, b]\nevidence_count: 3\n---\n# A: "b" ({{nope}})\n\nend\n');
    assert.deepEqual(Object.fromEntries(r.keyLines), { ads_version: [2, 2], type: [3, 3], title: [5, 5], priority: [6, 6], tags: [7, 7], evidence_count: [8, 8] });
  });

  it('ifMissing keeps the template\'s value', () => {
    const r = renderTemplate({ template, fields: [{ key: 'priority', value: 'low', mode: 'ifMissing' }], vars: {} });
    assert.match(r.text, /^priority: <critical\|high\|medium\|low> # how urgent$/m);
  });
});
