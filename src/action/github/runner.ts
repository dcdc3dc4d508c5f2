import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { loadConfig, type EtkConfig } from '../../config/loadConfig.ts';
import { EtkError, UsageError } from '../../errors.ts';
import { eventFromEnv, type CiEvent } from '../ciEvent.ts';
import type { CheckInput, IndexInput } from './actionSpec.ts';

/** Where the action works: GITHUB_WORKSPACE (the checkout), else the current folder. */
export function workspace(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.GITHUB_WORKSPACE || process.cwd());
}

/** The event that started the run (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH). */
export function currentEvent(env: NodeJS.ProcessEnv = process.env): CiEvent {
  return eventFromEnv(env, (m) => core.warning(`etk: ${m}`));
}

/** `https://github.com/<owner>/<repo>/blob/<sha>/`, for links to files in the summary. */
export function blobUrl(env: NodeJS.ProcessEnv, sha: string | null): string | undefined {
  if (!env.GITHUB_REPOSITORY || !sha) return undefined;
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/blob/${sha}/`;
}

/** An input by its declared name; '' when not set. */
export function input(name: CheckInput | IndexInput): string {
  return core.getInput(name, { trimWhitespace: true });
}

/** Runs an action's body: etk's own errors fail the step with their fix; anything else is a bug report. */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    if (err instanceof EtkError) {
      core.setFailed(`${err.message.startsWith('etk') ? err.message : `etk: ${err.message}`}${err.hint ? `\n  fix: ${err.hint}` : ''}`);
      return;
    }
    const e = err as Error;
    core.setFailed(`etk: internal error: ${e?.stack ?? String(err)}\nThis is a bug in etk; please report it.`);
  }
}

/** The configuration the `config` input names (relative to the workspace), else the one found from the workspace up. */
export async function configFromInput(cwd: string): Promise<EtkConfig> {
  const file = input('config');
  if (file !== '' && !existsSync(resolve(cwd, file))) {
    throw new UsageError(`input config: ${file} does not exist in the workspace`, 'the path is relative to the workspace (GITHUB_WORKSPACE); check the repository out first (actions/checkout)');
  }
  return loadConfig({ cwd, ...(file !== '' ? { configFile: file } : {}) });
}
