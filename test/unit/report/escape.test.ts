import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeAttr, escapeText, hrefFor, jsonForScript, wellFormed } from '../../../src/report/escape.ts';
import { html, raw } from '../../../src/report/html.ts';

const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '</script><script>alert(1)</script>', '<!--', '&amp; &lt;'];

describe('escapeText', () => {
  it('turns &, < and > into character references, and leaves the rest', () => {
    assert.equal(escapeText('<script>alert("x")</script> & more'), '&lt;script&gt;alert("x")&lt;/script&gt; &amp; more');
    assert.equal(escapeText('plain – ünïcode ✔'), 'plain – ünïcode ✔');
    assert.equal(escapeText('&lt;'), '&amp;lt;', 'an existing reference is escaped again, so it shows as written');
  });

  it('leaves no tag-opening character in any payload', () => {
    for (const p of PAYLOADS) assert.doesNotMatch(escapeText(p), /[<>]/, p);
  });
});

describe('escapeAttr', () => {
  it('also escapes both quotes, so a value cannot end its attribute', () => {
    assert.equal(escapeAttr(`"><img src=x onerror='alert(1)'>`), '&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;');
    for (const p of PAYLOADS) assert.doesNotMatch(escapeAttr(p), /["'<>]/, p);
  });
});

describe('jsonForScript', () => {
  it('gives the value back through JSON.parse', () => {
    const value = { title: '</script><script>alert(1)</script>', tags: ['<b>', 'a&b'], line: '\u2028\u2029', n: [1, 0.5, null], nested: { '<key>': '>' } };
    assert.deepEqual(JSON.parse(jsonForScript(value)), value);
  });

  it('contains no <, >, &, U+2028 or U+2029 (so no </script> or <!-- can end the element)', () => {
    const text = jsonForScript({ a: '</script><!-- <script>', b: 'x\u2028y\u2029z', c: 'a&b' });
    assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
    assert.ok(text.includes('\\u003c/script\\u003e'));
    assert.ok(text.includes('\\u2028') && text.includes('\\u2029'));
  });

  it('is also a valid JavaScript expression with the same value', () => {
    const value = { s: 'line\u2028separator', t: '</script>' };
    assert.deepEqual(new Function(`return ${jsonForScript(value)}`)(), value);
  });

  it('refuses a value JSON cannot hold', () => {
    assert.throws(() => jsonForScript(undefined), TypeError);
  });
});

describe('hrefFor', () => {
  it('percent-encodes each segment: spaces, #, ?, quotes and non-ASCII stay part of the name', () => {
    assert.equal(hrefFor('exp/a b#c?.md'), 'exp/a%20b%23c%3F.md');
    assert.equal(hrefFor('exp/"><img>.md', '../'), '../exp/%22%3E%3Cimg%3E.md');
    assert.equal(hrefFor('exp/한글.md', '/files/'), '/files/exp/%ED%95%9C%EA%B8%80.md');
  });

  it('never makes a scheme out of a file name', () => {
    assert.equal(hrefFor('javascript:alert(1)/README.md'), 'javascript%3Aalert(1)/README.md');
    assert.doesNotMatch(hrefFor('javascript:alert(1)'), /^[a-z]+:/i);
  });

  it('survives lone surrogates (encodeURIComponent would throw)', () => {
    assert.equal(wellFormed('a\uD800b'), 'a\uFFFDb');
    assert.equal(wellFormed('ok \uD83D\uDE00'), 'ok \uD83D\uDE00');
    assert.equal(hrefFor('x/\uDC00.md'), 'x/%EF%BF%BD.md');
  });
});

describe('html``', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const title = '"><script>alert(1)</script>';
    assert.equal(html`<a title="${title}">${title}</a>`.value, '<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>');
  });

  it('keeps SafeHtml as it is, joins arrays and prints nothing for null, undefined and false', () => {
    const items = ['<a>', raw('<b>ok</b>'), html`<i>${'<x>'}</i>`];
    assert.equal(html`${items}|${null}|${undefined}|${false}|${0}`.value, '&lt;a&gt;<b>ok</b><i>&lt;x&gt;</i>||||0');
  });
});
