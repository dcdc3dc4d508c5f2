import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { palette } from '../../cli/render/colors.ts';
import { renderText } from '../../cli/render/renderDiagnostics.ts';
import { EtkError, UsageError } from '../../errors.ts';
import { checkAnnotations } from '../checkAnnotations.ts';
import { headline, renderCheckSummary } from '../renderCheckSummary.ts';
import { parseBoolean, parseFailOn, parseMode, runCheck } from '../runCheck.ts';
import { upsertComment } from './prComment.ts';
import type { CHECK_OUTPUTS } from './actionSpec.ts';
import { blobUrl, configFromInput, currentEvent, input, runAction, workspace } from './runner.ts';
import { logLineSafe, terminalSafe } from '../../util/terminalSafe.ts';

const setOutput = (name: (typeof CHECK_OUTPUTS)[number], value: string | number) => core.setOutput(name, value);

/**
 * actions/check: judges the pull request's changed artifacts (or all), annotates the most important
 * problems on the diff, lists every one in the job summary, and fails the step per `fail-on`.
 */
export async function checkAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction(async () => {
    const cwd = workspace(env);
    const mode = parseMode(input('mode'), 'input mode');
    const failOn = parseFailOn(input('fail-on'), 'input fail-on');
    const gate = parseBoolean(input('gate'), false, 'input gate');
    const comment = parseBoolean(input('comment'), false, 'input comment');
    const token = input('github-token');
    if (token !== '') core.setSecret(token);
    if (comment && token === '') throw new UsageError('input comment is true but github-token is empty', 'pass github-token: ${{ github.token }} (the default) and give the job permissions: pull-requests: write');
    const config = await configFromInput(cwd);
    const event = currentEvent(env);
    const r = await runCheck({ config, cwd, mode, base: input('base'), event, failOn, gate });

    // Log lines hold file names: escaped, so none can end a line and start a workflow command.
    if (r.resolution && r.resolution.changes !== null) core.info(`etk: ${terminalSafe(r.resolution.note)}`);
    for (const n of r.notes) core.info(`etk: ${terminalSafe(n)}`);
    for (const n of r.validateNotes) core.info(`etk: ${terminalSafe(n.path)}: ${terminalSafe(n.message)}`);
    if (r.mode === 'changed' && r.judged.length > 0) {
      core.startGroup(`etk: ${r.judged.length} artifact${r.judged.length === 1 ? '' : 's'} checked`);
      core.info(r.judged.map(logLineSafe).join('\n'));
      core.endGroup();
    }

    // The most important new problems (and the gate's verdicts) as annotations on the diff...
    const annotations = checkAnnotations(r);
    if (annotations.length > 0) process.stdout.write(`${annotations.join('\n')}\n`);
    // ...and every one in the log, where no line is taken for a workflow command.
    if (r.diagnostics.length > 0) {
      const token = randomUUID();
      core.startGroup(`etk: all ${r.diagnostics.length} problems`);
      process.stdout.write(`::stop-commands::${token}\n${renderText(r.diagnostics, r.text, palette(false), true)}\n::${token}::\n`);
      core.endGroup();
    }
    core.info(`etk: ${headline(r)}`);

    const blob = blobUrl(env, env.GITHUB_SHA || null);
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderCheckSummary(r, { blobUrl: blob, annotated: true })).write();
    let commentUrl = '';
    if (comment) {
      if (event.number === null || !env.GITHUB_REPOSITORY) core.warning(`etk: comment is true, but the ${event.name ?? 'current'} event is not a pull request's: no comment written`);
      else {
        try {
          const c = await upsertComment({ apiUrl: env.GITHUB_API_URL || 'https://api.github.com', repository: env.GITHUB_REPOSITORY, number: event.number, token }, renderCheckSummary(r, { blobUrl: blob, annotated: true, target: 'comment' }));
          commentUrl = c.url ?? '';
          core.info(`etk: pull request comment ${c.action}${c.url ? ` (${c.url})` : ''}`);
        } catch (err) {
          // The check's verdict stands; a comment that could not be written is said, not fatal.
          core.warning(`etk: the pull request comment could not be written: ${err instanceof EtkError ? err.message : String(err)}`);
        }
      }
    }
    setOutput('checked', r.checked);
    setOutput('errors', r.errors);
    setOutput('warnings', r.warnings);
    setOutput('new-errors', r.newErrors);
    setOutput('new-warnings', r.newWarnings);
    setOutput('fixed', r.fixed.length);
    setOutput('mode', r.mode);
    setOutput('comment-url', commentUrl);
    if (r.failed) core.setFailed(`etk: ${headline(r)} (${r.failReasons.join('; ')}; fail-on: ${failOn}${gate ? ', gate on' : ''})`);
  });
}
