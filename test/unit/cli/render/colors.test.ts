import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { palette, useColor } from '../../../../src/cli/render/colors.ts';

const TTY = { isTTY: true };
const PIPE = { isTTY: false };

describe('useColor', () => {
  it('colours a terminal and not a pipe by default', () => {
    assert.equal(useColor(TTY, {}), true);
    assert.equal(useColor(PIPE, {}), false);
    assert.equal(useColor({}, {}), false);
  });

  it('turns colour off for TERM=dumb', () => {
    assert.equal(useColor(TTY, { TERM: 'dumb' }), false);
    assert.equal(useColor(TTY, { TERM: 'xterm-256color' }), true);
  });

  it('NO_COLOR (non-empty) turns colour off, even on a terminal', () => {
    assert.equal(useColor(TTY, { NO_COLOR: '1' }), false);
    assert.equal(useColor(TTY, { NO_COLOR: 'anything' }), false);
  });

  it('an empty NO_COLOR is ignored (no-color.org)', () => {
    assert.equal(useColor(TTY, { NO_COLOR: '' }), true);
  });

  it('FORCE_COLOR turns colour on for pipes and dumb terminals', () => {
    assert.equal(useColor(PIPE, { FORCE_COLOR: '1' }), true);
    assert.equal(useColor(PIPE, { FORCE_COLOR: '3' }), true);
    assert.equal(useColor(TTY, { FORCE_COLOR: '1', TERM: 'dumb' }), true);
  });

  it('FORCE_COLOR=0 or false turns colour off, even on a terminal (as Node and supports-color read it)', () => {
    assert.equal(useColor(PIPE, { FORCE_COLOR: '0' }), false);
    assert.equal(useColor(TTY, { FORCE_COLOR: '0' }), false);
    assert.equal(useColor(TTY, { FORCE_COLOR: 'false' }), false);
  });

  it('reads process.env when no env is given', () => {
    const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
    try {
      delete process.env.FORCE_COLOR;
      process.env.NO_COLOR = '1';
      assert.equal(useColor(TTY), false);
      delete process.env.NO_COLOR;
      process.env.FORCE_COLOR = '1';
      assert.equal(useColor(PIPE), true);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe('palette', () => {
  it('is the identity when disabled', () => {
    const c = palette(false);
    for (const f of Object.values(c)) assert.equal(f('text'), 'text');
  });

  it('wraps text in ANSI SGR codes with the matching reset when enabled', () => {
    const c = palette(true);
    assert.equal(c.red('x'), '\u001b[31mx\u001b[39m');
    assert.equal(c.yellow('x'), '\u001b[33mx\u001b[39m');
    assert.equal(c.green('x'), '\u001b[32mx\u001b[39m');
    assert.equal(c.cyan('x'), '\u001b[36mx\u001b[39m');
    assert.equal(c.bold('x'), '\u001b[1mx\u001b[22m');
    assert.equal(c.dim('x'), '\u001b[2mx\u001b[22m');
    assert.equal(c.underline('x'), '\u001b[4mx\u001b[24m');
  });
});
