/**
 * A simulated GitHub Actions runner: runs a built action (actions/<name>/action.yml -> runs.main)
 * under this Node as a child process, the way the runner does: every declared input as INPUT_<NAME>
 * (its default when the workflow sets none), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the event
 * payload at GITHUB_EVENT_PATH, GITHUB_WORKSPACE as the current folder.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { tempDir } from './tempRepo.ts';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

export interface ActionManifest {
  name: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

export function readActionManifest(action: string, root = REPO): ActionManifest {
  return parseYaml(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as ActionManifest;
}

export interface RunnerResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The folder holding the runner's files (event.json, output, summary). */
  runnerDir: string;
}

/** GITHUB_OUTPUT's format (`name<<delimiter`, value lines, `delimiter`), as @actions/core writes it. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      outputs[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const eq = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
    }
  }
  return outputs;
}

export interface RunActionOptions {
  workspace: string;
  /** `with:` of the workflow step. */
  inputs?: Record<string, string>;
  event?: { name: string; payload: unknown };
  env?: Record<string, string>;
  /** The repository the action is used from (default: this one), as `uses: <owner>/<repo>/actions/<name>@<ref>` downloads it. */
  from?: string;
}

export function runBuiltAction(action: string, options: RunActionOptions): RunnerResult {
  const root = options.from ?? REPO;
  const manifest = readActionManifest(action, root);
  const declared = manifest.inputs ?? {};
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!Object.hasOwn(declared, name)) throw new Error(`the workflow passes input ${name}, which actions/${action}/action.yml does not declare`);
  }
  const runner = tempDir({ prefix: 'etk-runner-' });
  const outputFile = runner.write('output', '');
  const summaryFile = runner.write('summary.md', '');
  // The runner's own environment, never the one this test may itself run in (GitHub Actions).
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)) env[k] = v;
  }
  for (const [name, spec] of Object.entries(declared)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = options.inputs?.[name] ?? spec.default ?? '';
  }
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo-org/experiments',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: runner.dir,
    NO_COLOR: '1',
  });
  if (options.event) {
    env.GITHUB_EVENT_NAME = options.event.name;
    env.GITHUB_EVENT_PATH = runner.write('event.json', JSON.stringify(options.event.payload, null, 2));
  }
  Object.assign(env, options.env ?? {});
  const main = join(root, 'actions', action, manifest.runs.main);
  const r = spawnSync(process.execPath, [main], { cwd: options.workspace, env, encoding: 'utf8' });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    runnerDir: runner.dir,
  };
}

/** The workflow-command lines (`::error …`, `::warning …`) of a log. */
export function commandLines(stdout: string, kinds: readonly string[] = ['error', 'warning']): string[] {
  return stdout.split('\n').filter((l) => kinds.some((k) => l.startsWith(`::${k} `) || l.startsWith(`::${k}::`)));
}
