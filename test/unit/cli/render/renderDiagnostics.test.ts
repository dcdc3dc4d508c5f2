import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from '../../../../src/artifacts/diagnostic.ts';
import { palette } from '../../../../src/cli/render/colors.ts';
import { codeFrame, escapeData, escapeProperty, renderGithub, renderJson, renderText, summarize, summaryLine } from '../../../../src/cli/render/renderDiagnostics.ts';

const plain = palette(false);

const diag = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  file: 'exp/.metadata/a.md',
  line: 3,
  column: 5,
  rule: 'schema',
  severity: 'error',
  message: 'status must be one of active, complete, deprecated (found "done")',
  hint: 'use one of: active, complete, deprecated',
  ...over,
});

describe('summarize', () => {
  it('counts errors, warnings and distinct files', () => {
    const ds = [diag(), diag({ line: 4 }), diag({ file: 'b.md', severity: 'warning' }), diag({ file: 'b.md' })];
    assert.deepEqual(summarize(ds, 42), { errors: 3, warnings: 1, filesWithProblems: 2, checked: 42 });
  });

  it('is all zero (but the checked count) without diagnostics', () => {
    assert.deepEqual(summarize([], 7), { errors: 0, warnings: 0, filesWithProblems: 0, checked: 7 });
  });
});

describe('summaryLine', () => {
  it('uses plurals', () => {
    assert.equal(summaryLine({ errors: 3, warnings: 1, filesWithProblems: 2, checked: 42 }), '3 errors, 1 warning in 2 of 42 files');
    assert.equal(summaryLine({ errors: 0, warnings: 2, filesWithProblems: 1, checked: 5 }), '0 errors, 2 warnings in 1 of 5 files');
  });

  it('uses singulars', () => {
    assert.equal(summaryLine({ errors: 1, warnings: 0, filesWithProblems: 1, checked: 1 }), '1 error, 0 warnings in 1 of 1 file');
  });

  it('has its own wording for the clean case', () => {
    assert.equal(summaryLine({ errors: 0, warnings: 0, filesWithProblems: 0, checked: 42 }), '42 files checked, no problems');
    assert.equal(summaryLine({ errors: 0, warnings: 0, filesWithProblems: 0, checked: 1 }), '1 file checked, no problems');
    assert.equal(summaryLine({ errors: 0, warnings: 0, filesWithProblems: 0, checked: 0 }), '0 files checked, no problems');
  });
});

describe('codeFrame', () => {
  it('shows a line of context on each side and a caret under the column', () => {
    const frame = codeFrame('---\nstatus: done\ntags: [a]\n---\n', 2, 9, plain);
    assert.equal(
      frame,
      [
        '      1 | ---',
        '    > 2 | status: done',
        '        |         ^',
        '      3 | tags: [a]',
      ].join('\n'),
    );
  });

  it('puts the caret under the right character after tabs', () => {
    const text = 'a\n\tkey:\tvalue\nc';
    // Column 7 is the "v" of "value": tab, k, e, y, :, tab, v.
    const lines = codeFrame(text, 2, 7, plain).split('\n');
    const src = lines[1]!;
    const caret = lines[2]!;
    assert.equal(src, '    > 2 |   key:  value');
    assert.equal(caret.indexOf('^'), src.indexOf('value'));
    assert.equal(caret, '        |         ^');
  });

  it('clips the context at the first and last lines', () => {
    assert.deepEqual(codeFrame('only', 1, 1, plain).split('\n'), ['    > 1 | only', '        | ^']);
    assert.deepEqual(codeFrame('a\nb', 2, 2, plain).split('\n'), ['      1 | a', '    > 2 | b', '        |  ^']);
  });

  it('pads the gutter to the widest line number', () => {
    const text = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');
    assert.deepEqual(codeFrame(text, 10, 1, plain).split('\n'), ['       9 | line 9', '    > 10 | line 10', '         | ^', '      11 | line 11']);
  });

  it('handles CRLF text', () => {
    assert.deepEqual(codeFrame('a\r\nbc\r\nd', 2, 2, plain).split('\n'), ['      1 | a', '    > 2 | bc', '        |  ^', '      3 | d']);
  });

  it('colours the caret red and the context dim', () => {
    const c = palette(true);
    const frame = codeFrame('a\nb\nc', 2, 1, c);
    assert.ok(frame.includes(c.red('^')));
    assert.ok(frame.includes(c.dim('  1 | a')));
    assert.ok(frame.includes(c.bold('> 2 |')));
  });
});

describe('renderText', () => {
  it('groups by file with position, severity, message, rule, frame and fix', () => {
    const ds = [diag({ line: 2, column: 9 }), diag({ file: 'b.md', line: 1, column: 1, severity: 'warning', rule: 'bom', message: 'BOM', hint: undefined })];
    const texts: Record<string, string> = { 'exp/.metadata/a.md': '---\nstatus: done\n---\n' };
    const out = renderText(ds, (f) => texts[f], plain);
    assert.equal(
      out,
      [
        'exp/.metadata/a.md',
        '  2:9     error    status must be one of active, complete, deprecated (found "done")  schema',
        '      1 | ---',
        '    > 2 | status: done',
        '        |         ^',
        '      3 | ---',
        '    fix: use one of: active, complete, deprecated',
        '',
        'b.md',
        '  1:1     warning  BOM  bom',
      ].join('\n'),
    );
  });

  it('leaves frames out when asked', () => {
    const out = renderText([diag()], () => 'x\ny\nz\n', plain, false);
    assert.doesNotMatch(out, /\|/);
  });
});

describe('renderJson', () => {
  it('keeps exactly file, line, column, rule, severity, message and hint', () => {
    const withExtra = { ...diag(), source: '1.0', extra: true } as Diagnostic;
    const parsed = JSON.parse(renderJson([withExtra, diag({ hint: undefined, severity: 'warning' }), diag({ hint: '' })])) as Record<string, unknown>[];
    assert.equal(parsed.length, 3);
    assert.deepEqual(Object.keys(parsed[0]!), ['file', 'line', 'column', 'rule', 'severity', 'message', 'hint']);
    assert.deepEqual(parsed[0], {
      file: 'exp/.metadata/a.md',
      line: 3,
      column: 5,
      rule: 'schema',
      severity: 'error',
      message: 'status must be one of active, complete, deprecated (found "done")',
      hint: 'use one of: active, complete, deprecated',
    });
    assert.deepEqual(Object.keys(parsed[1]!), ['file', 'line', 'column', 'rule', 'severity', 'message']);
    assert.deepEqual(Object.keys(parsed[2]!), ['file', 'line', 'column', 'rule', 'severity', 'message']);
  });

  it('renders an empty list as []', () => {
    assert.deepEqual(JSON.parse(renderJson([])), []);
  });
});

describe('GitHub annotations', () => {
  it('escapes %, CR and LF in data, % first', () => {
    assert.equal(escapeData('100% done\r\nnext'), '100%25 done%0D%0Anext');
    assert.equal(escapeData('literal %0A'), 'literal %250A');
    assert.equal(escapeData('a: b, c'), 'a: b, c');
  });

  it('also escapes : and , in properties', () => {
    assert.equal(escapeProperty('dir/a:b,c%.md'), 'dir/a%3Ab%2Cc%25.md');
    assert.equal(escapeProperty('x\ny'), 'x%0Ay');
  });

  it('renders one workflow command per diagnostic', () => {
    const out = renderGithub([
      diag({ file: 'exp/.metadata/a:b,c.md', line: 3, column: 5, message: 'value 100% off\nsecond line', hint: 'fix: it' }),
      diag({ file: 'b.md', line: 1, column: 1, severity: 'warning', rule: 'bom', message: 'BOM', hint: undefined }),
    ]);
    assert.equal(
      out,
      [
        '::error file=exp/.metadata/a%3Ab%2Cc.md,line=3,col=5,title=etk schema::value 100%25 off%0Asecond line%0Afix: fix: it',
        '::warning file=b.md,line=1,col=1,title=etk bom::BOM',
      ].join('\n'),
    );
  });

  it('renders nothing for no diagnostics', () => {
    assert.equal(renderGithub([]), '');
  });
});
