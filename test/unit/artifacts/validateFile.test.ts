import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveTitle } from '../../../src/artifacts/validateFile.ts';

const PATH = 'experiments/20251217_024343_image_enhancements/.metadata/assessments/20251218_0930_assessment_baseline-run.md';

describe('deriveTitle', () => {
  it('uses the frontmatter title, trimmed', () => {
    assert.equal(deriveTitle({ title: '  CLAHE before detection  ' }, '# Heading\n', PATH), 'CLAHE before detection');
  });

  it('ignores a blank or non-string title', () => {
    assert.equal(deriveTitle({ title: '   ' }, '# Heading\n', PATH), 'Heading');
    assert.equal(deriveTitle({ title: 42 }, '# Heading\n', PATH), 'Heading');
    assert.equal(deriveTitle({ title: ['a'] }, '# Heading\n', PATH), 'Heading');
  });

  it('takes the first level-1 heading of the body', () => {
    const body = 'Intro text\n\n## Not this\n#NotAHeading\n# First heading\n\n# Second heading\n';
    assert.equal(deriveTitle({}, body, PATH), 'First heading');
    assert.equal(deriveTitle(null, body, PATH), 'First heading');
  });

  it('strips a closing sequence and surrounding blanks from the heading', () => {
    assert.equal(deriveTitle(null, '#   Spaced title   \n', PATH), 'Spaced title');
    assert.equal(deriveTitle(null, '# Closed title ##\n', PATH), 'Closed title');
    assert.equal(deriveTitle(null, '#\tTabbed\n', PATH), 'Tabbed');
    assert.equal(deriveTitle(null, '# Issue #42 fixed\n', PATH), 'Issue #42 fixed');
  });

  it('does not use a level-2 heading', () => {
    assert.equal(deriveTitle(null, '## Sub\n', PATH), 'baseline run');
  });

  it("falls back to the file name's slug, humanized", () => {
    assert.equal(deriveTitle(null, 'no heading here\n', PATH), 'baseline run');
    assert.equal(deriveTitle({ status: 'active' }, '', 'x/.metadata/20251218_0930_dataset_card_coco-val-subset.md'), 'coco val subset');
  });

  it('humanizes the whole base name when it is not an EDS name', () => {
    assert.equal(deriveTitle(null, '', 'x/.metadata/my_notes-draft.md'), 'my notes draft');
    assert.equal(deriveTitle(null, '', 'exp/README.md'), 'README');
    assert.equal(deriveTitle(null, '', 'loose.MD'), 'loose');
  });
});

describe('deriveTitle: CommonMark headings', () => {
  it('keeps a # that is part of the text', () => {
    assert.equal(deriveTitle(null, '# C#\n', 'x.md'), 'C#');
    assert.equal(deriveTitle(null, '# Why F#\n', 'x.md'), 'Why F#');
    assert.equal(deriveTitle(null, '# Closed heading ##\n', 'x.md'), 'Closed heading');
  });
  it('skips headings inside fenced code', () => {
    assert.equal(deriveTitle(null, '```sh\n# install deps\n```\n# Real title\n', 'x.md'), 'Real title');
    assert.equal(deriveTitle(null, '~~~\n# not this\n~~~\n\n# This\n', 'x.md'), 'This');
  });
  it('allows up to three spaces of indent, not four', () => {
    assert.equal(deriveTitle(null, '   # Indented\n', 'x.md'), 'Indented');
    assert.equal(deriveTitle(null, '    # code block\n# Real\n', 'x.md'), 'Real');
  });
});
