import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { planInit, type InitOptions, type RepoFacts } from '../../../src/init/initRepo.ts';
import { locateLintStaged, mergeLintStaged } from '../../../src/init/lintStagedConfig.ts';
import { HOOK_FILES, LINT_STAGED_TEMPLATE, lintStagedEntry } from '../../../src/init/templates.ts';

describe('hooks/ holds exactly what etk init installs', () => {
  it('each hook file equals its template, and the lint-staged template too', () => {
    for (const [name, text] of Object.entries(HOOK_FILES)) {
      assert.equal(readFileSync(new URL(`../../../hooks/${name}`, import.meta.url), 'utf8'), text, name);
      // One line each, but lint-staged mode's pre-commit: lint-staged, then what sees the whole commit.
      assert.equal(text.trim().split('\n').length, name === 'pre-commit' ? 2 : 1, `${name}'s lines`);
      assert.doesNotMatch(text, /\bnpx\b/, `${name} does not pay for npx`);
    }
    assert.deepEqual(JSON.parse(readFileSync(new URL('../../../hooks/lint-staged.json', import.meta.url), 'utf8')), LINT_STAGED_TEMPLATE);
    assert.deepEqual(lintStagedEntry('docs/exps'), ['docs/exps/**/*.md', 'etk hook pre-commit']);
    assert.deepEqual(lintStagedEntry(''), ['**/*.md', 'etk hook pre-commit']);
  });
});

describe('mergeLintStaged', () => {
  it('adds, turns a string into a list, appends to a list, and never duplicates', () => {
    assert.deepEqual(mergeLintStaged({}, 'a/**/*.md', 'etk hook pre-commit'), { 'a/**/*.md': 'etk hook pre-commit' });
    assert.deepEqual(mergeLintStaged({ 'a/**/*.md': 'prettier --check' }, 'a/**/*.md', 'etk hook pre-commit'), { 'a/**/*.md': ['prettier --check', 'etk hook pre-commit'] });
    assert.deepEqual(mergeLintStaged({ 'a/**/*.md': ['x'] }, 'a/**/*.md', 'etk hook pre-commit'), { 'a/**/*.md': ['x', 'etk hook pre-commit'] });
    assert.equal(mergeLintStaged({ 'a/**/*.md': 'etk hook pre-commit' }, 'a/**/*.md', 'etk hook pre-commit'), null);
    assert.equal(mergeLintStaged({ '*.md': ['etk validate --staged'] }, 'a/**/*.md', 'etk hook pre-commit'), null, 'the user already runs etk on another glob');
  });
  it('finds the config where lint-staged would', () => {
    const files = new Set(['.lintstagedrc', 'lint-staged.config.js']);
    assert.deepEqual(locateLintStaged({ 'lint-staged': {} }, (f) => files.has(f), () => '{}'), { kind: 'package.json' });
    assert.deepEqual(locateLintStaged({}, (f) => files.has(f), () => '{"*.md": "x"}'), { kind: 'json-file', file: '.lintstagedrc' });
    assert.deepEqual(locateLintStaged({}, (f) => files.has(f), () => '"*.md": x'), { kind: 'other-file', file: '.lintstagedrc' });
    assert.deepEqual(locateLintStaged(null, () => false, () => ''), { kind: 'none' });
  });
});

const FACTS: RepoFacts = {
  top: '/repo',
  pkg: { name: 'x' },
  pkgText: '{"name":"x"}',
  installed: { husky: false, lintStaged: false },
  hooksPath: null,
  preCommitFramework: false,
  hookFiles: { 'pre-commit': null, 'post-checkout': null, 'post-merge': null, 'post-rewrite': null },
  lintStaged: { kind: 'none' },
  lintStagedConfig: null,
  etkConfig: false,
  dbIgnored: false,
  reportIgnored: false,
  nodeModulesIgnored: false,
};
const OPTS: InitOptions = { top: '/repo', root: 'exps', database: 'data/t.db', mode: 'lint-staged', install: true };
const what = (facts: Partial<RepoFacts>, opts: Partial<typeof OPTS> = {}) => planInit({ ...FACTS, ...facts }, { ...OPTS, ...opts }).map((c) => `${c.kind}: ${c.what}`);

describe('planInit', () => {
  it('a bare repository gets everything', () => {
    assert.deepEqual(what({}), [
      'run: npm install --save-dev husky@^9 lint-staged@^17',
      'package-json: package.json: scripts.prepare = "husky" (installs the hooks on every npm install)',
      'run: husky: git config core.hooksPath .husky/_ (and its hook stubs)',
      'write: .husky/pre-commit: lint-staged; etk hook summary',
      'write: .husky/post-commit: etk hook post-commit "$@" (one line and exit 0 when etk cannot run)',
      'write: .husky/post-checkout: etk hook post-checkout "$@" (one line and exit 0 when etk cannot run)',
      'write: .husky/post-merge: etk hook post-merge "$@" (one line and exit 0 when etk cannot run)',
      'write: .husky/post-rewrite: etk hook post-rewrite "$@" (one line and exit 0 when etk cannot run)',
      'package-json: package.json: lint-staged "exps/**/*.md": "etk hook pre-commit"',
      'write: etk.config.json: root exps, database data/t.db',
      'write: .gitignore: data/t.db*, data/report.html, node_modules/',
      'sync: build the index data/t.db (etk sync)',
    ]);
  });

  it('node_modules/ goes into .gitignore only when etk init installs into it and it is not ignored yet', () => {
    const gitignore = (facts: Partial<RepoFacts>, opts: Partial<typeof OPTS> = {}) => what(facts, opts).filter((w) => w.includes('.gitignore'));
    const done = { dbIgnored: true, reportIgnored: true };
    assert.deepEqual(gitignore({ ...done, nodeModulesIgnored: true }), []);
    assert.deepEqual(gitignore({ ...done }, { install: false }), []);
    assert.deepEqual(gitignore({ ...done }), ['write: .gitignore: node_modules/']);
    assert.deepEqual(gitignore({ ...done, installed: { husky: true, lintStaged: true } }), []);
    // The report the README's first hour writes beside the index: ignored unless it is already.
    assert.deepEqual(gitignore({ dbIgnored: true, nodeModulesIgnored: true }), ['write: .gitignore: data/report.html']);
    assert.deepEqual(gitignore({ nodeModulesIgnored: true }, { database: 'tracking.db' }), ['write: .gitignore: tracking.db*, report.html']);
  });

  it('a set-up repository gets only the sync', () => {
    const done = what({
      installed: { husky: true, lintStaged: true },
      pkg: { scripts: { prepare: 'husky' } },
      hooksPath: '.husky/_',
      hookFiles: { 'pre-commit': HOOK_FILES['pre-commit'], 'post-commit': HOOK_FILES['post-commit'], 'post-checkout': HOOK_FILES['post-checkout'], 'post-merge': HOOK_FILES['post-merge'], 'post-rewrite': HOOK_FILES['post-rewrite'] },
      lintStaged: { kind: 'package.json' },
      lintStagedConfig: { 'exps/**/*.md': 'etk hook pre-commit' },
      etkConfig: true,
      dbIgnored: true,
      reportIgnored: true,
    });
    assert.deepEqual(done, ['sync: build the index data/t.db (etk sync)']);
  });

  it('direct mode needs no lint-staged; --no-install advises instead of running npm', () => {
    const direct = what({}, { mode: 'direct', install: false });
    assert.ok(direct.includes('advice: install husky@^9 yourself: npm install --save-dev husky@^9 (--no-install was given); its "prepare" script then turns the hooks on (or run npx husky)'));
    assert.ok(!direct.some((l) => l.startsWith('run: ')), 'husky is not there to run');
    assert.ok(direct.includes('write: .husky/pre-commit: etk hook pre-commit'));
    assert.ok(!direct.some((l) => l.includes('lint-staged')));
  });

  it('another hooks path or the pre-commit framework: advice, and no hook wiring', () => {
    for (const facts of [{ hooksPath: '.githooks' }, { preCommitFramework: true }]) {
      const plan = what(facts);
      assert.equal(plan[0]!.startsWith('advice: '), true);
      assert.ok(!plan.some((l) => l.startsWith('write: .husky') || l.startsWith('run: ')), plan.join('\n'));
      assert.ok(plan.includes('write: etk.config.json: root exps, database data/t.db'));
    }
  });

  it('a JS lint-staged config is advised, not rewritten; an existing prepare script is extended', () => {
    const plan = what({ lintStaged: { kind: 'other-file', file: 'lint-staged.config.js' }, pkg: { scripts: { prepare: 'tsc' } } });
    assert.ok(plan.includes('advice: lint-staged is configured in lint-staged.config.js, which etk does not rewrite: add "exps/**/*.md": "etk hook pre-commit" to it'));
    assert.ok(plan.includes('package-json: package.json: scripts.prepare "tsc" -> "tsc && husky"'));
  });
});

describe('planInit: existing hooks', () => {
  it('a pre-commit hook that already runs lint-staged (even through npx) gets only etk hook summary after it; one that runs etk too is left as it is', () => {
    const plan = planInit({ ...FACTS, hookFiles: { ...FACTS.hookFiles, 'pre-commit': 'npx lint-staged\n' } }, OPTS);
    const change = plan.find((c) => c.kind === 'write' && c.file === '.husky/pre-commit');
    assert.deepEqual(change && change.kind === 'write' ? change.content : null, 'npx lint-staged\netk hook summary\n');
    const done = what({ hookFiles: { ...FACTS.hookFiles, 'pre-commit': 'npx lint-staged\netk hook summary\n' } });
    assert.ok(!done.some((l) => l.startsWith('write: .husky/pre-commit')), done.join('\n'));
  });
  it("etk's earlier resync line (which failed git when etk could not run) is replaced", () => {
    const plan = planInit({ ...FACTS, hookFiles: { ...FACTS.hookFiles, 'post-merge': 'etk hook post-merge "$@"\n' } }, OPTS);
    const change = plan.find((c) => c.kind === 'write' && c.file === '.husky/post-merge');
    assert.deepEqual(change && change.kind === 'write' ? change.content : null, HOOK_FILES['post-merge']);
  });
  it('someone else\'s hook gets etk\'s line appended, byte for byte after theirs', () => {
    const plan = planInit({ ...FACTS, hookFiles: { ...FACTS.hookFiles, 'post-merge': 'npm install' } }, OPTS);
    const change = plan.find((c) => c.kind === 'write' && c.file === '.husky/post-merge');
    assert.deepEqual(change && change.kind === 'write' ? change.content : null, `npm install\n${HOOK_FILES['post-merge']}`);
  });
});

describe('etk init --help', () => {
  it('describes the hooks and the lint-staged entry init really writes', async () => {
    const { initCommand } = await import('../../../src/cli/init.ts');
    const plan = planInit(FACTS, OPTS);
    for (const c of plan) {
      if (c.kind === 'write' && c.file === '.husky/pre-commit') assert.ok(initCommand.help.includes(`.husky/pre-commit: ${c.content.trim()}`), c.content);
    }
    const direct = planInit(FACTS, { ...OPTS, mode: 'direct' }).find((c) => c.kind === 'write' && c.file === '.husky/pre-commit');
    assert.ok(direct?.kind === 'write' && initCommand.help.includes(`--mode direct: ${direct.content.trim()}`));
    const lintStaged = plan.find((c) => c.what.startsWith('package.json: lint-staged'))!.what;
    const command = /: "([^"]+)"$/.exec(lintStaged)![1]!;
    assert.ok(initCommand.help.includes(`"<root>/**/*.md": "${command}"`), lintStaged);
    assert.doesNotMatch(initCommand.help, /etk sync --staged|etk validate --staged/);
  });
});
