import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { CHECK_INPUTS, CHECK_OUTPUTS, INDEX_INPUTS, INDEX_OUTPUTS } from '../../../src/action/github/actionSpec.ts';
import { REPO, readActionManifest } from '../../helpers/actionRunner.ts';

const ACTIONS = {
  check: { inputs: CHECK_INPUTS, outputs: CHECK_OUTPUTS, adapter: 'src/action/github/checkAction.ts' },
  index: { inputs: INDEX_INPUTS, outputs: INDEX_OUTPUTS, adapter: 'src/action/github/indexAction.ts' },
} as const;

const read = (path: string) => readFileSync(join(REPO, path), 'utf8');
const names = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[1]!);

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
  id?: string;
  run?: string;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; strategy?: { matrix?: Record<string, unknown> }; permissions?: Record<string, string> }>;
}

/** A step that runs one of etk's actions: `./actions/<name>` here, `<owner>/<repo>/actions/<name>@<ref>` elsewhere. */
function etkAction(uses: string | undefined): 'check' | 'index' | null {
  const m = /^(?:\.|[\w.<>-]+\/[\w.<>-]+)\/actions\/(check|index)(?:@\S+)?$/.exec(uses ?? '');
  return m ? (m[1] as 'check' | 'index') : null;
}

function checkSteps(where: string, steps: Step[]): number {
  let used = 0;
  for (const step of steps) {
    const action = etkAction(step.uses);
    if (!action) continue;
    used++;
    const declared = readActionManifest(action).inputs ?? {};
    for (const key of Object.keys(step.with ?? {})) assert.ok(Object.hasOwn(declared, key), `${where}: input ${key} is not declared by actions/${action}`);
    for (const [key, spec] of Object.entries(declared)) if (spec.required) assert.ok(step.with && key in step.with, `${where}: required input ${key} missing`);
    // Outputs read later in the job exist.
    if (step.id) {
      const outputs = readActionManifest(action).outputs ?? {};
      const text = JSON.stringify(steps);
      for (const out of names(new RegExp(`steps\\.${step.id}\\.outputs\\.([\\w-]+)`, 'g'), text)) assert.ok(Object.hasOwn(outputs, out), `${where}: output ${out} is not declared by actions/${action}`);
    }
  }
  return used;
}

describe('action.yml files', () => {
  for (const [name, spec] of Object.entries(ACTIONS)) {
    it(`actions/${name}: runs on node24 from a committed bundle; its inputs and outputs are exactly the ones the code uses`, () => {
      const m = readActionManifest(name);
      assert.equal(m.runs.using, 'node24');
      assert.equal(m.runs.main, 'dist/index.js');
      assert.ok(existsSync(join(REPO, 'actions', name, m.runs.main)), 'the bundle is committed');
      assert.deepEqual(Object.keys(m.inputs ?? {}).sort(), [...spec.inputs].sort());
      assert.deepEqual(Object.keys(m.outputs ?? {}).sort(), [...spec.outputs].sort());
      for (const [input, s] of Object.entries(m.inputs ?? {})) {
        assert.ok(s.description && s.description.length > 20, `${input} is described`);
        assert.equal(typeof (s.default ?? ''), 'string', `${input}'s default is a string`);
      }
      // The adapter reads exactly its declared inputs and sets exactly its declared outputs, by literal name.
      const adapter = read(spec.adapter);
      assert.deepEqual([...new Set(names(/\binput\('([\w-]+)'\)/g, adapter))].sort(), [...spec.inputs].filter((i) => i !== 'config').sort());
      assert.deepEqual([...new Set(names(/\bsetOutput\('([\w-]+)'/g, adapter))].sort(), [...spec.outputs].sort());
    });
  }

  it('only src/action/github/runner.ts reads inputs, and only src/action/github/ imports @actions/*', () => {
    const files = readdirSync(join(REPO, 'src'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => join(e.parentPath, e.name).slice(REPO.length).replace(/^\//, ''));
    for (const f of files) {
      const text = read(f);
      if (/getInput|getBooleanInput|getMultilineInput|process\.env\.INPUT_/.test(text)) assert.equal(f, 'src/action/github/runner.ts', `${f} reads inputs`);
      if (/from '@actions\//.test(text)) assert.ok(f.startsWith('src/action/github/'), `${f} imports @actions/*`);
      if (/import\('@actions\/artifact'\)/.test(text)) assert.equal(f, 'src/action/upload.ts');
    }
    const runner = read('src/action/github/runner.ts');
    assert.match(runner, /core\.getInput\(name/);
    // config is read in one place for both actions.
    assert.match(runner, /input\('config'\)/);
  });
});

describe('workflows', () => {
  const dir = join(REPO, '.github', 'workflows');
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();

  it('parse, and every step that uses etk\'s actions passes only declared inputs and reads only declared outputs', () => {
    assert.deepEqual(files, ['ci.yml', 'examples.yml']);
    let used = 0;
    for (const f of files) {
      const wf = parseYaml(readFileSync(join(dir, f), 'utf8')) as Workflow;
      assert.ok(wf.on && wf.jobs, `${f} has on: and jobs:`);
      for (const [job, j] of Object.entries(wf.jobs)) used += checkSteps(`${f} ${job}`, j.steps);
    }
    assert.equal(used, 2);
  });

  it('ci.yml tests on Node 22 and 24 and fails on a stale dist/ or action bundle', () => {
    const wf = parseYaml(readFileSync(join(dir, 'ci.yml'), 'utf8')) as Workflow;
    const test = wf.jobs.test!;
    assert.deepEqual(test.strategy?.matrix?.node, [22, 24]);
    const script = test.steps.map((s) => s.run ?? '').join('\n');
    assert.match(script, /npm ci/);
    assert.match(script, /npm test/);
    // npm test runs on the node@24 devDependency; a plain `node --test` step runs on the matrix's Node.
    const own = test.steps.find((s) => /^node --test /m.test(s.run ?? ''));
    assert.ok(own, 'a step runs tests on the runner\'s own Node (not through npm)');
    for (const f of (own.run ?? '').match(/test\/\S+\.test\.ts/g) ?? []) assert.ok(existsSync(join(REPO, f)), `${f} exists`);
    assert.match(script, /npm run bundle\n[^]*git diff --exit-code[^\n]* dist actions\/check\/dist actions\/index\/dist/);
  });

  it('examples.yml checks pull requests and indexes main with the actions of this checkout, on examples/', () => {
    const wf = parseYaml(readFileSync(join(dir, 'examples.yml'), 'utf8')) as Workflow & { jobs: Record<string, { if?: string }> };
    const on = wf.on as Record<string, unknown>;
    assert.ok('pull_request' in on && 'push' in on);
    assert.deepEqual((on.push as { branches: string[] }).branches, ['main']);
    const { check, index } = wf.jobs;
    assert.equal(check?.if, "github.event_name == 'pull_request'");
    assert.equal(index?.if, "github.event_name != 'pull_request'");
    assert.ok(check!.steps.some((s) => s.uses === './actions/check' && s.with?.config === 'examples/etk.config.json'));
    const idx = index!.steps.find((s) => s.uses === './actions/index')!;
    assert.equal(idx.with?.config, 'examples/etk.config.json');
    const cache = index!.steps.find((s) => s.uses?.startsWith('actions/cache@'))!;
    assert.equal(cache.with?.path, `${idx.with?.['out-dir']}/tracking.db`);
    assert.equal(idx.with?.['previous-db'], cache.with?.path);
  });
});

describe('README workflows', () => {
  it('every YAML example that uses etk\'s actions parses and passes only declared inputs', () => {
    const readme = read('README.md');
    const blocks = [...readme.matchAll(/```yaml\n([^]*?)```/g)].map((m) => m[1]!).filter((b) => /\/actions\/(check|index)@/.test(b));
    assert.ok(blocks.length >= 2, 'the GitHub Actions section has copy-paste workflows');
    let used = 0;
    for (const block of blocks) {
      for (const doc of parseAllDocuments(block)) {
        assert.deepEqual(doc.errors, []);
        const js = doc.toJS() as Workflow | Step[];
        if (Array.isArray(js)) used += checkSteps('README steps', js);
        else for (const [job, j] of Object.entries(js.jobs ?? {})) used += checkSteps(`README ${job}`, j.steps);
      }
    }
    assert.equal(used, 3);
  });
});
