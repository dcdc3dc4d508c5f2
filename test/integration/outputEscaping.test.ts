import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAction } from '../../src/action/github/checkAction.ts';
import { terminalSafe } from '../../src/util/terminalSafe.ts';
import { shellQuote } from '../../src/util/shellQuote.ts';
import { ROOT, EXP, artifact, manifest, manifestPath } from '../helpers/corpus.ts';
import { cli } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempRepo.ts';

/** A file name and values made to act on a terminal or a GitHub runner: they must only be shown. */
const FORGED = '::error file=forged.md,line=1::forged by a file name';
const NAME = `20251218_0930_assessment_x\n${FORGED}\n.md`;
const PATH = `${ROOT}/${EXP}/.metadata/assessments/${NAME}`;
const ESC = '\x1b[2J\x1b]0;owned\x07';

function repo() {
  const t = tempDir({ git: true });
  t.write('etk.config.json', '{}');
  t.write(manifestPath(), manifest());
  // A wrong value holding ESC sequences (in the message and the code frame), in a file named with newlines.
  t.write(PATH, artifact('assessment').replace('priority: high', 'priority: "urgent\u202e"'));
  t.write(`${ROOT}/${EXP}/.metadata/assessments/20251218_0932_assessment_esc.md`, artifact('assessment', { id: 'esc' }).replace('priority: high', `priority: "urgent${ESC}"`));
  t.write(`${ROOT}/${EXP}/.metadata/assessments/20251218_0931_assessment_nul.md`, `---\ntitle: a\0b\n---\n`);
  return t;
}

/** Lines a GitHub runner would take for a workflow command (it trims leading blanks). */
const commandLines = (out: string) => out.split(/\r?\n/).filter((l) => /^\s*::/.test(l));

function assertInert(out: string): void {
  assert.doesNotMatch(out, /[\x00-\x08\x0b-\x1f\x7f]/, 'no raw control character');
  for (const l of commandLines(out)) assert.doesNotMatch(l, /^\s*::error file=forged\.md/, 'no forged command');
}

describe('text from files is shown, never acted on', () => {
  it('terminalSafe and shellQuote', () => {
    assert.equal(terminalSafe(`a${ESC}\0\r\nb\u202e\tc`), 'a\\x1b[2J\\x1b]0;owned\\x07\\0\\r\\nb\\u202e\tc');
    assert.equal(shellQuote('a\nb'), "$'a\\nb'");
    assert.equal(shellQuote("it's"), `'it'\\''s'`);
    assert.equal(shellQuote("x\x1b'"), "$'x\\x1b\\''");
  });

  it('etk validate in text, github and json: escaped messages, code frames and names; annotations one per diagnostic', async () => {
    const t = repo();
    const text = await cli(t.dir, 'validate');
    assert.equal(text.code, 1);
    assertInert(text.stdout + text.stderr);
    assert.deepEqual(commandLines(text.stdout), []);
    assert.ok(text.stdout.includes('urgent\\x1b[2J'), 'the code frame shows the line escaped');
    assert.ok(text.stdout.includes('urgent\\u202e'), 'the message shows the value escaped');
    // The rename hint can be pasted: the name with its newlines, quoted $'...'.
    assert.ok(text.stdout.includes(`git mv -- $'${PATH.replaceAll('\n', '\\n')}'`), text.stdout);

    const github = await cli(t.dir, 'validate', '--format', 'github');
    assertInert(github.stdout + github.stderr);
    const lines = commandLines(github.stdout);
    const json = JSON.parse((await cli(t.dir, 'validate', '--format', 'json')).stdout) as unknown[];
    assert.equal(lines.length, json.length, github.stdout);
    for (const l of lines) assert.match(l, /^::(error|warning) file=[^\n]*?,line=\d+,col=\d+,title=etk [a-z-]+::/);
    assert.ok(lines.some((l) => l.includes('x%0A%3A%3Aerror file=forged.md%2Cline=1%3A%3Aforged')), 'the name is escaped as a property');
  });

  it('etk ci check in every format', async () => {
    const t = repo();
    for (const format of ['text', 'github', 'json', 'sarif']) {
      const r = await cli(t.dir, 'ci', 'check', '--mode', 'all', '--format', format);
      assert.equal(r.code, 1);
      assertInert(r.stdout + r.stderr);
    }
  });

  it('the check action: annotations, notes, the list of checked files and the full log between stop-commands', async () => {
    const t = repo();
    t.git('add', '-A');
    t.git('commit', '-qm', 'forged');
    const saved = { ...process.env };
    const write = process.stdout.write.bind(process.stdout);
    let out = '';
    process.stdout.write = ((s: string | Uint8Array) => {
      out += typeof s === 'string' ? s : Buffer.from(s).toString();
      return true;
    }) as typeof process.stdout.write;
    try {
      Object.assign(process.env, { GITHUB_WORKSPACE: t.dir, INPUT_MODE: 'all', 'INPUT_FAIL-ON': 'none', INPUT_BASE: '', INPUT_CONFIG: '', GITHUB_EVENT_NAME: 'push' });
      delete process.env.GITHUB_STEP_SUMMARY;
      delete process.env.GITHUB_OUTPUT;
      await checkAction(process.env);
    } finally {
      process.stdout.write = write;
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
      process.exitCode = 0;
    }
    assertInert(out);
    // Outside the stop-commands block, only etk's own commands; inside, nothing counts until the token.
    const start = /^::stop-commands::([0-9a-f-]{36})$/m.exec(out);
    assert.ok(start, out);
    const end = out.indexOf(`\n::${start[1]}::\n`);
    assert.ok(end > start.index);
    const outside = out.slice(0, start.index) + out.slice(end);
    for (const l of commandLines(outside)) assert.match(l, /^::(error|warning|group|endgroup|stop-commands|set-output)\b|^::[0-9a-f-]{36}::$/, l);
  });
});
