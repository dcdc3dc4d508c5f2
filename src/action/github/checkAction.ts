import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { palette } from '../../cli/render/colors.ts';
import { renderGithub, renderText } from '../../cli/render/renderDiagnostics.ts';
import { pickAnnotations } from '../pickAnnotations.ts';
import { headline, renderCheckSummary } from '../renderCheckSummary.ts';
import { parseFailOn, parseMode, runCheck } from '../runCheck.ts';
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
    const config = await configFromInput(cwd);
    const event = currentEvent(env);
    const r = await runCheck({ config, cwd, mode, base: input('base'), event, failOn });

    // Log lines hold file names: escaped, so none can end a line and start a workflow command.
    if (r.resolution && r.resolution.changes !== null) core.info(`etk: ${terminalSafe(r.resolution.note)}`);
    for (const n of r.notes) core.info(`etk: ${terminalSafe(n)}`);
    for (const n of r.validateNotes) core.info(`etk: ${terminalSafe(n.path)}: ${terminalSafe(n.message)}`);
    if (r.mode === 'changed' && r.judged.length > 0) {
      core.startGroup(`etk: ${r.judged.length} artifact${r.judged.length === 1 ? '' : 's'} checked`);
      core.info(r.judged.map(logLineSafe).join('\n'));
      core.endGroup();
    }

    // The most important problems as annotations on the diff (GitHub shows 10 of each severity)...
    const picked = pickAnnotations(r.diagnostics);
    const annotations = [...picked.errors, ...picked.warnings];
    if (annotations.length > 0) process.stdout.write(`${renderGithub(annotations)}\n`);
    // ...and every one in the log, where no line is taken for a workflow command.
    if (r.diagnostics.length > 0) {
      const token = randomUUID();
      core.startGroup(`etk: all ${r.diagnostics.length} problems`);
      process.stdout.write(`::stop-commands::${token}\n${renderText(r.diagnostics, r.text, palette(false), true)}\n::${token}::\n`);
      core.endGroup();
    }
    core.info(`etk: ${headline(r)}`);

    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderCheckSummary(r, { blobUrl: blobUrl(env, env.GITHUB_SHA || null), annotated: true })).write();
    setOutput('checked', r.checked);
    setOutput('errors', r.errors);
    setOutput('warnings', r.warnings);
    setOutput('mode', r.mode);
    if (r.failed) core.setFailed(`etk: ${headline(r)} (fail-on: ${failOn})`);
  });
}
