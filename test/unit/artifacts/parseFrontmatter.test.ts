import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_FRONTMATTER_VALUES, parseFrontmatter } from '../../../src/artifacts/parseFrontmatter.ts';

const rulesOf = (text: string) => parseFrontmatter(text).findings.map((f) => f.rule);
const at = (text: string, rule: string) => {
  const f = parseFrontmatter(text).findings.find((x) => x.rule === rule);
  assert.ok(f, `expected a ${rule} finding`);
  return [f.line, f.column];
};

describe('parseFrontmatter: fences', () => {
  it('splits frontmatter and body with the right line numbers', () => {
    const r = parseFrontmatter('---\ntitle: Hello\nstatus: active\n---\n# Heading\n\nText\n');
    assert.deepEqual(r.data, { title: 'Hello', status: 'active' });
    assert.equal(r.yaml, 'title: Hello\nstatus: active\n');
    assert.equal(r.yamlStartLine, 2);
    assert.equal(r.body, '# Heading\n\nText\n');
    assert.equal(r.bodyStartLine, 5);
    assert.deepEqual(r.findings, []);
  });

  it('accepts trailing spaces and tabs on both fences', () => {
    const r = parseFrontmatter('--- \t\na: 1\n---  \nbody');
    assert.deepEqual(r.data, { a: 1 });
    assert.equal(r.body, 'body');
    assert.equal(r.bodyStartLine, 4);
    assert.deepEqual(r.findings, []);
  });

  it('accepts a closing fence at the very end of the file', () => {
    const r = parseFrontmatter('---\na: 1\n---');
    assert.deepEqual(r.data, { a: 1 });
    assert.equal(r.body, '');
    assert.equal(r.bodyStartLine, 4);
  });

  it('does not end the frontmatter at indented dashes inside a block scalar', () => {
    const r = parseFrontmatter('---\na: |\n  ----\n  --- x\nb: 2\n---\nbody\n');
    assert.deepEqual(r.data, { a: '----\n--- x\n', b: 2 });
    assert.equal(r.bodyStartLine, 7);
  });

  it('reports a file without frontmatter and keeps the whole text as body', () => {
    const text = '# Title\n\n---\na: 1\n---\n';
    const r = parseFrontmatter(text);
    assert.equal(r.data, null);
    assert.equal(r.body, text);
    assert.equal(r.bodyStartLine, 1);
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column]), [['frontmatter-missing', 1, 1]]);
  });

  it('does not take ---- (a thematic break) as an opening fence', () => {
    assert.deepEqual(rulesOf('----\na: 1\n----\n'), ['frontmatter-missing']);
  });

  it('reports an empty file as missing frontmatter', () => {
    assert.deepEqual(rulesOf(''), ['frontmatter-missing']);
  });

  it('reports an unclosed frontmatter at 1:1', () => {
    for (const text of ['---\na: 1\n', '---\n', '---']) {
      const r = parseFrontmatter(text);
      assert.equal(r.data, null, JSON.stringify(text));
      assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column]), [['frontmatter-unclosed', 1, 1]]);
    }
  });

  it('reports empty and comment-only frontmatter as empty', () => {
    for (const text of ['---\n---\n', '---\n\n  \n---\n', '---\n# only a comment\n  # another\n---\nbody\n']) {
      const r = parseFrontmatter(text);
      assert.equal(r.data, null, JSON.stringify(text));
      assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column]), [['frontmatter-empty', 1, 1]], JSON.stringify(text));
    }
    assert.equal(parseFrontmatter('---\n# c\n---\nbody\n').body, 'body\n');
  });
});

describe('parseFrontmatter: line endings', () => {
  it('parses CRLF files and reports the first CRLF position', () => {
    const r = parseFrontmatter('---\r\ntitle: x\r\ntags: [a, b]\r\n---\r\nbody\r\n');
    assert.deepEqual(r.data, { title: 'x', tags: ['a', 'b'] });
    assert.equal(r.body, 'body\r\n');
    assert.equal(r.bodyStartLine, 5);
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column]), [['line-endings', 1, 4]]);
  });

  it('points at the first CRLF when only a later line has one', () => {
    const r = parseFrontmatter('---\ntitle: x\nab: 2\r\n---\n');
    assert.deepEqual(r.data, { title: 'x', ab: 2 });
    // The \r of "ab: 2\r\n" sits on line 3, after the 5 characters of "ab: 2".
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column]), [['line-endings', 3, 6]]);
  });

  it('reports CRLF even when the file has no frontmatter', () => {
    assert.deepEqual(rulesOf('# Title\r\n'), ['line-endings', 'frontmatter-missing']);
  });
});

describe('parseFrontmatter: languages are refused, never evaluated', () => {
  const g = globalThis as { __pwned?: unknown };

  for (const fence of ['---js', '---javascript', '--- js', '---coffee']) {
    it(`refuses ${JSON.stringify(fence)} without running it`, () => {
      delete g.__pwned;
      const text = `${fence}\n{ title: (globalThis.__pwned = true, (() => { throw new Error('evaluated'); })()) }\n---\nbody\n`;
      const r = parseFrontmatter(text);
      assert.equal(g.__pwned, undefined);
      assert.equal(r.data, null);
      assert.equal(r.body, text);
      assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column]), [['frontmatter-language', 1, 4]]);
      assert.match(r.findings[0]!.message, new RegExp(`"${fence.replace(/^---\s*/, '')}"`));
    });
  }

  it('does not run js-yaml JavaScript tags either', () => {
    delete g.__pwned;
    const r = parseFrontmatter('---\nf: !!js/function "function () { globalThis.__pwned = true }"\n---\n');
    assert.equal(g.__pwned, undefined);
    assert.equal(r.data, null);
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line]), [['yaml-syntax', 2]]);
  });
});

describe('parseFrontmatter: YAML errors', () => {
  it('reports a syntax error where the bad token starts', () => {
    // file line 3 is "key: @bad"; the @ is column 6.
    assert.deepEqual(at('---\ntitle: x\nkey: @bad\n---\n', 'yaml-syntax'), [3, 6]);
    const r = parseFrontmatter('---\ntitle: x\nkey: @bad\n---\n');
    assert.equal(r.data, null);
    assert.equal(r.findings.length, 1);
    assert.match(r.findings[0]!.message, /^YAML syntax error: /);
    assert.doesNotMatch(r.findings[0]!.message, /at line \d+/);
  });

  it('reports a line without a colon at that line, not where js-yaml gives up', () => {
    // js-yaml stops at line 4 ("e: f"); the defect is "c d" on file line 3.
    const r = parseFrontmatter('---\na: b\nc d\ne: f\n---\n');
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column, f.message]), [
      ['yaml-syntax', 3, 1, 'YAML syntax error: Implicit map keys need to be followed by map values'],
    ]);
  });

  it('reports a bad escape at its backslash', () => {
    // file line 2 is 'a: "x\q"': the backslash is column 6.
    assert.deepEqual(at('---\na: "x\\q"\n---\n', 'yaml-syntax'), [2, 6]);
  });

  it("falls back to js-yaml's position for errors only js-yaml reports", () => {
    const r = parseFrontmatter('---\na: &x 1\nb: *y\n---\n');
    assert.equal(r.data, null);
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column, f.message]), [['yaml-syntax', 3, 6, 'YAML syntax error: unidentified alias "y"']]);
  });

  it('reports a tab used as indentation on its own line', () => {
    assert.deepEqual(at('---\ntitle: x\n\tb: 1\n---\n', 'yaml-syntax'), [3, 1]);
  });

  it('keeps file positions right when the opening fence has trailing blanks', () => {
    assert.deepEqual(at('--- \t\ntitle: x\nkey: @bad\n---\n', 'yaml-syntax'), [3, 6]);
  });

  it('reports a duplicate key at its second occurrence', () => {
    const r = parseFrontmatter('---\na: 1\nb: 2\na: 3\n---\n');
    assert.equal(r.data, null);
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column]), [['yaml-duplicate-key', 4, 1]]);
  });

  it('reports a nested duplicate key at its own column', () => {
    assert.deepEqual(at('---\nm:\n  x: 1\n  y: 2\n  x: 3\n---\n', 'yaml-duplicate-key'), [5, 3]);
  });
});

describe('parseFrontmatter: shapes', () => {
  it('refuses a list as frontmatter', () => {
    const r = parseFrontmatter('---\n- a\n- b\n---\n');
    assert.equal(r.data, null);
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column]), [['frontmatter-not-mapping', 2, 1]]);
    assert.match(r.findings[0]!.message, /found a list/);
  });

  it('refuses a scalar as frontmatter', () => {
    const r = parseFrontmatter('---\njust some text\n---\n');
    assert.equal(r.data, null);
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column]), [['frontmatter-not-mapping', 2, 1]]);
    assert.match(r.findings[0]!.message, /found a string/);
    assert.match(parseFrontmatter('---\n42\n---\n').findings[0]!.message, /found a number/);
  });

  it('keeps unquoted timestamps and dates as strings, not Date objects', () => {
    const r = parseFrontmatter('---\ncreated: 2025-12-17T19:00:00Z\nupdated: 2025-12-17T19:00:00+09:00\nday: 2025-12-17\n---\n');
    assert.deepEqual(r.data, { created: '2025-12-17T19:00:00Z', updated: '2025-12-17T19:00:00+09:00', day: '2025-12-17' });
    assert.equal(typeof r.data!.created, 'string');
    assert.equal(typeof r.data!.day, 'string');
  });

  it('reads YAML 1.2 core scalars (no yes/no booleans)', () => {
    const r = parseFrontmatter('---\nv: 1.0\nn: 3\nt: true\nyes_word: yes\nnothing: ~\n---\n');
    assert.deepEqual(r.data, { v: 1, n: 3, t: true, yes_word: 'yes', nothing: null });
  });

  it('allows a small harmless alias', () => {
    const r = parseFrontmatter('---\nbase: &b {x: 1}\nother: *b\n---\n');
    assert.deepEqual(r.data, { base: { x: 1 }, other: { x: 1 } });
    assert.deepEqual(r.findings, []);
  });

  it('refuses an alias bomb and points at the first alias', () => {
    const bomb = [
      '---',
      'title: bomb',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '---',
      '',
    ].join('\n');
    // Expands to 10^5 scalars, far over the limit.
    assert.ok(MAX_FRONTMATTER_VALUES < 100_000);
    const r = parseFrontmatter(bomb);
    assert.equal(r.data, null);
    // First alias: "*a" on file line 4, after "b: &b [" (7 characters).
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column]), [['yaml-alias-limit', 4, 8]]);
  });

  it('accepts aliases that expand to exactly the limit and refuses one value more', () => {
    // Values counted: the root map, a's list and its 12 items, b's list, 768 copies of a's list
    // (13 values each) and c: 1 + 13 + 1 + 768 * 13 + 1 = 10 000.
    assert.equal(MAX_FRONTMATTER_VALUES, 10_000);
    const yaml = `a: &a [${Array(12).fill('1').join(', ')}]\nb: [${Array(768).fill('*a').join(', ')}]\nc: 1\n`;
    const under = parseFrontmatter(`---\n${yaml}---\n`);
    assert.deepEqual(under.findings, []);
    assert.equal((under.data!.b as unknown[]).length, 768);
    const over = parseFrontmatter(`---\n${yaml}d: 1\n---\n`);
    assert.equal(over.data, null);
    assert.deepEqual(over.findings.map((f) => [f.rule, f.line, f.column]), [['yaml-alias-limit', 3, 5]]);
  });
});

describe('parseFrontmatter: no shared state between calls', () => {
  it('returns independent objects for texts that share the same frontmatter', () => {
    const fm = '---\ntitle: Shared\ntags: [a, b]\nmetrics: {hmean: 0.9}\n---\n';
    const one = parseFrontmatter(`${fm}# One\n`);
    const two = parseFrontmatter(`${fm}# Two\n`);
    assert.equal(one.body, '# One\n');
    assert.equal(two.body, '# Two\n');
    assert.notEqual(one.data, two.data);
    (one.data!.tags as string[]).push('mutated');
    (one.data!.metrics as Record<string, number>).hmean = 0;
    one.data!.title = 'Changed';
    assert.deepEqual(two.data, { title: 'Shared', tags: ['a', 'b'], metrics: { hmean: 0.9 } });
  });

  it('returns a fresh object when the very same text is parsed twice', () => {
    const text = '---\ntitle: Same\ntags: [a]\n---\n';
    const one = parseFrontmatter(text);
    (one.data!.tags as string[]).push('mutated');
    const two = parseFrontmatter(text);
    assert.deepEqual(two.data, { title: 'Same', tags: ['a'] });
  });
});

describe('parseFrontmatter: regressions found in review', () => {
  const findings = (text: string) => parseFrontmatter(text).findings.map((f) => [f.rule, f.line, f.column]);

  it('a line starting with --- inside the block is reported, not silently cut by gray-matter', () => {
    const r = parseFrontmatter('---\ntitle: x\n--- # end of fields\nstatus: active\n---\nbody\n');
    assert.equal(r.data, null);
    assert.deepEqual(findings('---\ntitle: x\n--- # end of fields\nstatus: active\n---\nbody\n'), [['yaml-syntax', 3, 1]]);
    assert.deepEqual(findings('---\ntitle: x\n----\n---\n'), [['yaml-syntax', 3, 1]]);
  });

  it('unclosed quotes and brackets point at where they open', () => {
    assert.deepEqual(findings('---\ntitle: "unclosed\nstatus: active\n---\n'), [['yaml-syntax', 2, 8]]);
    assert.deepEqual(findings("---\ntitle: 'unclosed\nstatus: active\n---\n"), [['yaml-syntax', 2, 8]]);
    assert.deepEqual(findings('---\nstatus: active\ntags: [a, b\n---\n'), [['yaml-syntax', 3, 7]]);
  });

  it('a flow list spread over lines is not mistaken for an unclosed one', () => {
    const r = parseFrontmatter('---\ntags: [a,\n  b]\n---\n');
    assert.deepEqual(r.findings, []);
    assert.deepEqual(r.data, { tags: ['a', 'b'] });
  });

  it('a null or {} frontmatter is empty', () => {
    assert.deepEqual(findings('---\nnull\n---\n'), [['frontmatter-empty', 2, 1]]);
    assert.deepEqual(findings('---\n~\n---\n'), [['frontmatter-empty', 2, 1]]);
    assert.deepEqual(findings('---\n{}\n---\n'), [['frontmatter-empty', 2, 1]]);
  });

  it('an unknown tag is reported at the tag', () => {
    const r = parseFrontmatter('---\nfn: !!js/function "function () { return 1 }"\n---\n');
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.column]), [['yaml-syntax', 2, 5]]);
    assert.match(r.findings[0]!.hint ?? '', /remove the !tag/);
  });

  it('the alias-bomb finding points at an alias of a defined anchor, not at a * in text', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]'];
    assert.deepEqual(findings(`---\nnote: see *.md files\n${bomb.join('\n')}\n---\n`), [['yaml-alias-limit', 4, 8]]);
  });
});
