import { dirname, relative } from 'node:path';
import * as core from '@actions/core';
import { UsageError } from '../../errors.ts';
import { VERSION } from '../../cli/version.ts';
import { renderIndexSummary, type PublishedArtifact } from '../renderIndexSummary.ts';
import { runIndex } from '../runIndex.ts';
import { artifactUrl, defaultUploader, filesUnder, type UploadRequest, type Uploader } from '../upload.ts';
import type { INDEX_OUTPUTS } from './actionSpec.ts';
import { blobUrl, configFromInput, input, runAction, workspace } from './runner.ts';
import { terminalSafe } from '../../util/terminalSafe.ts';

const setOutput = (name: (typeof INDEX_OUTPUTS)[number], value: string | number) => core.setOutput(name, value);

function booleanInput(name: 'upload', value: string): boolean {
  if (/^(true|yes|on|1|)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new UsageError(`input ${name} must be true or false (found "${value}")`);
}

function retention(value: string): number | undefined {
  if (value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 90) throw new UsageError(`input retention-days must be a whole number from 1 to 90 (found "${value}")`);
  return Number(value);
}

/**
 * actions/index: rebuilds tracking.db at HEAD (incrementally from `previous-db`), runs every named
 * query to JSON and CSV, builds the HTML report, and uploads the database with the results as one
 * artifact and the report as a single unzipped HTML file.
 */
export async function indexAction(env: NodeJS.ProcessEnv = process.env, uploader: Uploader = defaultUploader(env)): Promise<void> {
  await runAction(async () => {
    const cwd = workspace(env);
    const config = await configFromInput(cwd);
    const wantUpload = booleanInput('upload', input('upload'));
    const name = input('artifact-name') || 'etk-index';
    const retentionDays = retention(input('retention-days'));
    const outDir = input('out-dir') || 'etk-out';
    const previous = input('previous-db');

    const r = await runIndex({ config, etkVersion: VERSION, cwd, outDir, linkBase: (commit) => blobUrl(env, commit), ...(previous !== '' ? { previousDb: previous } : {}) });
    for (const n of r.notes) core.info(`etk: ${terminalSafe(n)}`);
    core.info(`etk: ${r.counts.artifacts} artifacts in ${r.counts.experiments} experiments -> ${relative(cwd, r.dbPath)} (${r.sync.rebuild ? `rebuilt: ${r.sync.rebuild}` : `${r.sync.added} added, ${r.sync.changed} changed, ${r.sync.removed} removed`}, ${r.sync.ms} ms)`);
    for (const q of r.queries) core.info(`etk: query ${q.name}: ${q.rows} rows -> ${relative(cwd, q.json)}, ${relative(cwd, q.csv)}`);

    setOutput('db-path', r.dbPath);
    setOutput('results-dir', r.resultsDir);
    setOutput('report-path', r.reportPath);

    let uploaded: { data: PublishedArtifact; report: PublishedArtifact } | null = null;
    if (wantUpload) {
      const files = [r.dbPath, ...filesUnder(r.resultsDir)];
      const upload = async (req: UploadRequest) => {
        try {
          return await uploader(req);
        } catch (err) {
          throw new UsageError(`uploading the artifact ${req.name} failed: ${(err as Error).message}`, 'run it in a GitHub Actions job (the artifact service needs the runner\'s token), or set upload: false and upload out-dir with actions/upload-artifact');
        }
      };
      const data = await upload({ name, files, rootDirectory: dirname(r.dbPath), ...(retentionDays !== undefined ? { retentionDays } : {}) });
      const dataArtifact = { name: data.name, id: data.id, url: artifactUrl(env, data.id) };
      const rep = await upload({ name: `${name}-report.html`, files: [r.reportPath], rootDirectory: dirname(r.dbPath), single: true, ...(retentionDays !== undefined ? { retentionDays } : {}) });
      const reportArtifact = { name: rep.name, id: rep.id, url: artifactUrl(env, rep.id) };
      uploaded = { data: dataArtifact, report: reportArtifact };
      setOutput('artifact-id', dataArtifact.id);
      setOutput('artifact-url', dataArtifact.url ?? '');
      setOutput('report-artifact-id', reportArtifact.id);
      setOutput('report-artifact-url', reportArtifact.url ?? '');
      core.info(`etk: uploaded ${name} (id ${data.id}, ${data.size} bytes) and ${reportArtifact.name} (id ${reportArtifact.id})`);
    }
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderIndexSummary(r, { cwd, uploaded })).write();
  });
}
