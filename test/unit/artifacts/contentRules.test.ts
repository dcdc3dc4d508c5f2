import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EDS_CONTENT, contentCheckFor, contentFindings, maskInlineCode, sectionKey } from '../../../src/artifacts/contentRules.ts';
import type { RuleSetting } from '../../../src/artifacts/ruleCatalog.ts';
import { RULES } from '../../../src/artifacts/ruleCatalog.ts';
import { SchemaSet } from '../../../src/artifacts/schemaSet.ts';
import { validateFile } from '../../../src/artifacts/validateFile.ts';
import { EXP, artifact, artifactPath, manifest, manifestPath } from '../../helpers/corpus.ts';

const CONTENT_IDS = ['prohibited-phrase', 'tutorial-phrase', 'emoji', 'required-section', 'prohibited-section'] as const;
const DEFAULTS = Object.fromEntries(Object.entries(RULES).map(([id, info]) => [id, info.severity])) as Record<string, RuleSetting>;
const with_ = (over: Record<string, RuleSetting>) => ({ ...DEFAULTS, ...over });
const ALL_ON = with_(Object.fromEntries(CONTENT_IDS.map((id) => [id, 'warn'])));

function find(body: string, rules: Record<string, RuleSetting> = DEFAULTS, data: Record<string, unknown> | null = { type: 'assessment' }, start = 1) {
  const check = contentCheckFor(rules);
  return check ? contentFindings(body, start, data, check) : [];
}
const at = (fs: ReturnType<typeof find>) => fs.map((f) => [f.line, f.column, f.rule]);

describe('content rules: defaults follow compliance-checker.py', () => {
  it('phrases warn, emoji and sections are off', () => {
    assert.equal(RULES['prohibited-phrase'].severity, 'warn');
    assert.equal(RULES['tutorial-phrase'].severity, 'warn');
    assert.equal(RULES.emoji.severity, 'off');
    assert.equal(RULES['required-section'].severity, 'off');
    assert.equal(RULES['prohibited-section'].severity, 'off');
  });

  it("every phrase the checker looks for is in one of the two lists, and the spec's tutorial phrases too", () => {
    const checker = ['you should', 'you can', 'you will', 'for example', 'it is important', 'tutorial', 'walkthrough', "let's", 'ready to begin', 'for more information'];
    const listed = [...Object.keys(EDS_CONTENT.phrases['prohibited-phrase']), ...Object.keys(EDS_CONTENT.phrases['tutorial-phrase'])];
    for (const p of checker) assert.ok(listed.includes(p), p);
    assert.deepEqual(Object.keys(EDS_CONTENT.phrases['tutorial-phrase']).sort(), ['guide to understanding', 'introduction to', 'tutorial', 'walkthrough']);
  });

  it('each listed phrase is found, with its own rule and hint', () => {
    for (const rule of ['prohibited-phrase', 'tutorial-phrase'] as const) {
      for (const [phrase, hint] of Object.entries(EDS_CONTENT.phrases[rule])) {
        const fs = find(`Line one.\nThen ${phrase} here.\n`);
        assert.deepEqual(at(fs), [[2, 6, rule]], phrase);
        assert.equal(fs[0]!.hint, hint);
        assert.ok(fs[0]!.message.includes(`"${phrase}"`), fs[0]!.message);
      }
    }
  });

  it('nothing to do when every content rule is off (no check compiled)', () => {
    assert.equal(contentCheckFor(with_(Object.fromEntries(CONTENT_IDS.map((id) => [id, 'off'])))), null);
    assert.deepEqual(find('You should run it 🚀\n', with_({ 'prohibited-phrase': 'off', 'tutorial-phrase': 'off' })), []);
  });

  it('compiles once per rule settings object', () => {
    const rules = with_({});
    assert.equal(contentCheckFor(rules), contentCheckFor(rules));
  });
});

describe('content rules: phrases', () => {
  it('any case, whole words only, spaces or tabs between the words, either apostrophe', () => {
    assert.deepEqual(at(find('YOU SHOULD\nyou\tcan\nLet’s go\nyou  will\n')), [
      [1, 1, 'prohibited-phrase'],
      [2, 1, 'prohibited-phrase'],
      [3, 1, 'prohibited-phrase'],
      [4, 1, 'prohibited-phrase'],
    ]);
    assert.deepEqual(find('tutorials, you shoulder it, bayou can, walkthroughs, letters\n'), []);
  });

  it('once per phrase per line, each phrase of a line on its own, lines offset by the body start', () => {
    const fs = find('intro\nYou should, you should, and for example a tutorial.\n', DEFAULTS, { type: 'report' }, 9);
    assert.deepEqual(at(fs), [
      [10, 1, 'prohibited-phrase'],
      [10, 29, 'prohibited-phrase'],
      [10, 43, 'tutorial-phrase'],
    ]);
  });

  it('a phrase broken over two lines is not one phrase (as the checker reads it)', () => {
    assert.deepEqual(find('you\nshould\n'), []);
  });

  it('CRLF bodies: same lines and columns', () => {
    assert.deepEqual(at(find('a\r\nb you can\r\n')), [[2, 3, 'prohibited-phrase']]);
  });

  it('turning one phrase rule off leaves the other', () => {
    assert.deepEqual(at(find('you can read the tutorial\n', with_({ 'prohibited-phrase': 'off' }))), [[1, 18, 'tutorial-phrase']]);
    assert.deepEqual(at(find('you can read the tutorial\n', with_({ 'tutorial-phrase': 'off' }))), [[1, 1, 'prohibited-phrase']]);
  });

  it('headings are prose too', () => {
    assert.deepEqual(at(find('## A walkthrough\n')), [[1, 6, 'tutorial-phrase']]);
  });
});

describe('content rules: code is not prose', () => {
  it('fenced blocks (``` and ~~~, up to 3 spaces in, a longer closing fence) are skipped', () => {
    const body = ['```bash', 'echo "you should"', '```', '   ~~~', 'for example', '~~~~', '````', '```', 'you can', '````', 'you will'].join('\n');
    assert.deepEqual(at(find(body)), [[11, 1, 'prohibited-phrase']]);
  });

  it('an unclosed fence runs to the end of the body', () => {
    assert.deepEqual(find('```\nyou should\n'), []);
  });

  it('inline code is skipped; an unmatched backtick is literal text', () => {
    assert.deepEqual(at(find('run `you can` or ``x ` you will`` then you should\n')), [[1, 40, 'prohibited-phrase']]);
    assert.deepEqual(at(find('a ` then you can\n')), [[1, 10, 'prohibited-phrase']]);
  });

  it('maskInlineCode keeps columns', () => {
    assert.equal(maskInlineCode('a `b` c'), 'a     c');
    assert.equal(maskInlineCode('a ``b`c`` d'), 'a         d');
    assert.equal(maskInlineCode('a ` b'), 'a ` b');
    assert.equal(maskInlineCode('``a` b'), '``a` b');
  });
});

describe('content rules: emoji', () => {
  const on = with_({ emoji: 'warn' });

  it('off by default', () => {
    assert.deepEqual(find('done 🚀\n'), []);
  });

  it('finds emoji of the spec (🚀 ✅ 📊 🎯), a pictograph with U+FE0F, keycaps, flags and ZWJ sequences', () => {
    for (const e of ['🚀', '✅', '📊', '🎯', '⚠️', '1️⃣', '🇰🇷', '👩‍💻', '👍🏽']) {
      const fs = find(`ok ${e} done\n`, on);
      assert.deepEqual(at(fs), [[1, 4, 'emoji']], e);
      assert.match(fs[0]!.message, new RegExp(`^emoji ${e}:`, 'u'), e);
    }
  });

  it('symbols that read as text are not emoji: © ® ™ ↔ → ✔ ✓ ★', () => {
    assert.deepEqual(find('© ® ™ A ↔ B → C ✔ ✓ ★\n', on), []);
  });

  it('once per line, with how many more; not in code', () => {
    const fs = find('🚀 a ✅ b 🎯\n`🚀`\n```\n📊\n```\n', on);
    assert.deepEqual(at(fs), [[1, 1, 'emoji']]);
    assert.match(fs[0]!.message, /\(and 2 more on this line\)/);
  });

  it('emoji and phrases in one pass', () => {
    assert.deepEqual(at(find('🚀 you can\n', on)), [
      [1, 4, 'prohibited-phrase'],
      [1, 1, 'emoji'],
    ]);
  });
});

describe('content rules: sections', () => {
  const on = with_({ 'required-section': 'warn', 'prohibited-section': 'warn' });
  const ASSESSMENT = '# Title\n\n## Failure Clusters\n\n## Evidence Samples\n\n## Root Cause Analysis\n\n## Next Actions\n';

  it('heading names match the spec names: any case, space, _ or - alike, numbering, emphasis, a trailing colon or (...) dropped', () => {
    for (const h of ['Failure Clusters', 'failure_clusters', 'Failure-Clusters', 'FAILURE  CLUSTERS', '1. Failure Clusters', '2.1 Failure clusters', '3) Failure Clusters', '**Failure Clusters**', 'Failure Clusters:', 'Failure Clusters (by type)']) {
      assert.equal(sectionKey(h), 'failure_clusters', h);
    }
    assert.notEqual(sectionKey('Failure Clusters Summary'), 'failure_clusters');
    assert.notEqual(sectionKey('Background normalization'), 'background');
  });

  it('an assessment with every required section passes; each missing one is a finding at 1:1', () => {
    assert.deepEqual(find(ASSESSMENT, on), []);
    const fs = find('# Title\n\n### failure-clusters\n\n## next actions ##\n', on);
    assert.deepEqual(fs.map((f) => [f.line, f.column, f.rule, f.message]), [
      [1, 1, 'required-section', 'assessment has no "Evidence Samples" section'],
      [1, 1, 'required-section', 'assessment has no "Root Cause Analysis" section'],
    ]);
    assert.match(fs[0]!.hint!, /## Evidence Samples/);
  });

  it('reports and guides have their own sections; a handoff report is exempt; other types have none', () => {
    assert.deepEqual(find('# R\n', on, { type: 'report' }).map((f) => f.message), ['report has no "Metrics Table" section', 'report has no "Baseline Comparison" section', 'report has no "Statistical Analysis" section']);
    assert.deepEqual(find('# R\n', on, { type: 'report', subtype: 'handoff' }), []);
    assert.equal(find('# G\n', on, { type: 'guide' }).length, 3);
    assert.deepEqual(find('# S\n', on, { type: 'script' }), []);
    assert.deepEqual(find('# X\n', on, { type: 'nope' }), []);
    assert.deepEqual(find('# X\n', on, null), []);
    assert.deepEqual(find('# X\n', on, { type: 'constructor' }), [], 'type names are not looked up on the prototype');
  });

  it("an assessment's Background, Motivation and Conceptual Overview are findings at the heading", () => {
    const fs = find(`${ASSESSMENT}\n  ## Background\n\n## Conceptual overview:\n\n# Motivation\n`, on);
    assert.deepEqual(at(fs), [
      [11, 3, 'prohibited-section'],
      [13, 1, 'prohibited-section'],
      [15, 1, 'prohibited-section'],
    ]);
    assert.equal(fs[0]!.message, '"Background" section: EDS v1.0 does not allow it in an assessment');
    assert.deepEqual(find('## Background\n', on, { type: 'report', subtype: 'handoff' }), []);
  });

  it('headings inside fenced code do not count', () => {
    const fs = find('```\n## Failure Clusters\n## Background\n```\n## Evidence Samples\n## Root Cause Analysis\n## Next Actions\n', on);
    assert.deepEqual(at(fs), [[1, 1, 'required-section']]);
  });

  it('off by default', () => {
    assert.deepEqual(find('## Background\n'), []);
  });
});

describe('content rules through validateFile: artifacts only', async () => {
  const schemas = await SchemaSet.load({});
  const env = (rules: Record<string, RuleSetting> = DEFAULTS) => ({ root: 'experiment_manager/experiments', schemas, maxFileSize: 5 * 1024 * 1024, rules });
  const path = artifactPath('20251218_0930_assessment_baseline-quality.md');
  const text = artifact('assessment', { body: '# A\n\nYou should rerun it.\n' });

  it('points at the file line of the phrase (the body starts after the frontmatter)', () => {
    const r = validateFile({ path, bytes: Buffer.from(text) }, env())!;
    const line = text.split('\n').indexOf('You should rerun it.') + 1;
    assert.deepEqual(r.findings.map((f) => [f.line, f.column, f.rule]), [[line, 1, 'prohibited-phrase']]);
    assert.equal(r.bodyStartLine + 2, line);
  });

  it('the config turning the rules off means no findings', () => {
    const r = validateFile({ path, bytes: Buffer.from(text) }, env(with_({ 'prohibited-phrase': 'off' })))!;
    assert.deepEqual(r.findings, []);
  });

  it("an experiment's README.md is not judged for content", () => {
    const r = validateFile({ path: manifestPath(), bytes: Buffer.from(manifest(EXP).replace('Why we try', 'You should try')) }, env(ALL_ON))!;
    assert.deepEqual(r.findings, []);
  });

  it('files without frontmatter are still read for content (lines from 1)', () => {
    const r = validateFile({ path, bytes: Buffer.from('# A\nfor example\n') }, env())!;
    assert.deepEqual(r.findings.map((f) => [f.line, f.rule]).sort(), [[1, 'frontmatter-missing'], [2, 'prohibited-phrase']]);
  });
});
