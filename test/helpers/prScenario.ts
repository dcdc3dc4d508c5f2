/**
 * A pull request in real git: an "origin" repository with a main branch and a PR branch, main moving
 * on after the fork, and GitHub's refs/pull/1/merge (the PR merged into main's tip) and
 * refs/pull/1/head. Workspaces are made the ways CI checks a PR out.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXP, EXP2, NAMES, SUBDIR, artifact, artifactPath, manifest, manifestPath } from './corpus.ts';
import { tempDir, type TempDir } from './tempRepo.ts';

export const ASSESSMENT = artifactPath(NAMES.assessment!);
export const REPORT = artifactPath(NAMES.report!, EXP, SUBDIR.report);
export const GUIDE = artifactPath(NAMES.guide!, EXP, SUBDIR.guide);
/** In the baseline experiment: the report the PR's report is compared with. */
export const BASE_REPORT = artifactPath('20251102_1000_report_baseline-run.md', EXP2, SUBDIR.report);
/** Added on main after the PR forked, with an error: never the PR's to answer for. */
export const MAIN_LATER = artifactPath('20251105_1000_assessment_later-on-main.md', EXP2);

export interface PrScenario {
  origin: TempDir;
  /** file:// URL of the origin (git honours --depth only over a transport). */
  url: string;
  /** main's tip when the PR forked. */
  forkPoint: string;
  /** main's tip now (the PR's base.sha). */
  baseSha: string;
  /** The PR branch's tip (head.sha). */
  headSha: string;
  /** refs/pull/1/merge. */
  mergeSha: string;
  payload: Record<string, unknown>;
}

export interface PrSteps {
  /** Main's files before the fork (committed for you). */
  main: (origin: TempDir) => void;
  /** The PR branch's change (committed for you). */
  pr: (origin: TempDir) => void;
  /** Main moving on after the fork (committed for you). */
  later: (origin: TempDir) => void;
}

export function prScenario(): PrScenario {
  return prScenarioFrom({
    main: (origin) => {
      origin.write('etk.config.json', '{}\n');
      origin.write(manifestPath(), manifest());
      origin.write(manifestPath(EXP2), manifest(EXP2).replace('name: Image enhancements', 'name: Text detection'));
      origin.write(ASSESSMENT, artifact('assessment'));
      origin.write(BASE_REPORT, artifact('report', { exp: EXP2, id: 'report-base' }).replace('hmean: 0.91', 'hmean: 0.85').replace(`baseline: ${EXP2}\n`, 'subtype: handoff\n'));
    },
    pr: (origin) => {
      origin.write(ASSESSMENT, artifact('assessment').replace('priority: high', 'priority: urgent'));
      origin.write(REPORT, artifact('report', { id: 'report-1' }));
      origin.write(GUIDE, artifact('guide', { id: 'guide-1', extra: 'prerequisits: []\n' }));
    },
    later: (origin) => origin.write(MAIN_LATER, artifact('assessment', { exp: EXP2, id: 'later-1' }).replace('evidence_count: 3\n', '')),
  });
}

/** The scenario's git history from its steps: main, the PR branch, main moving on, GitHub's merge ref. */
export function prScenarioFrom(steps: PrSteps): PrScenario {
  const origin = tempDir({ git: true, prefix: 'etk-origin-' });
  steps.main(origin);
  origin.git('add', '-A');
  origin.git('commit', '-q', '-m', 'main: two experiments');
  const forkPoint = origin.git('rev-parse', 'HEAD').trim();

  origin.git('checkout', '-q', '-b', 'pr');
  steps.pr(origin);
  origin.git('add', '-A');
  origin.git('commit', '-q', '-m', 'pr: a report, a guide, a broken assessment');
  const headSha = origin.git('rev-parse', 'HEAD').trim();

  origin.git('checkout', '-q', 'main');
  steps.later(origin);
  origin.git('add', '-A');
  origin.git('commit', '-q', '-m', 'main: moves on after the fork');
  const baseSha = origin.git('rev-parse', 'HEAD').trim();

  origin.git('checkout', '-q', '--detach', baseSha);
  origin.git('merge', '-q', '--no-ff', '-m', `Merge ${headSha} into ${baseSha}`, headSha);
  const mergeSha = origin.git('rev-parse', 'HEAD').trim();
  origin.git('update-ref', 'refs/pull/1/merge', mergeSha);
  origin.git('update-ref', 'refs/pull/1/head', headSha);
  origin.git('checkout', '-q', 'main');

  const payload = {
    action: 'synchronize',
    number: 1,
    pull_request: {
      number: 1,
      state: 'open',
      title: 'A report, a guide, a broken assessment',
      merge_commit_sha: mergeSha,
      head: { label: 'octo-org:pr', ref: 'pr', sha: headSha, repo: { full_name: 'octo-org/experiments' } },
      base: { label: 'octo-org:main', ref: 'main', sha: baseSha, repo: { full_name: 'octo-org/experiments' } },
    },
    repository: { full_name: 'octo-org/experiments', default_branch: 'main' },
  };
  return { origin, url: `file://${origin.dir}`, forkPoint, baseSha, headSha, mergeSha, payload };
}

/** A workspace as actions/checkout makes it: an empty repo, origin set, `git fetch --depth=N origin <ref>`, detached checkout. */
export function checkoutWorkspace(s: PrScenario, ref: string, depth: number | null): TempDir {
  const ws = tempDir({ git: true, prefix: 'etk-ws-' });
  ws.git('remote', 'add', 'origin', s.url);
  ws.git('fetch', '-q', '--no-tags', ...(depth !== null ? [`--depth=${depth}`] : []), 'origin', `+${ref}:refs/remotes/pull/checkout`);
  ws.git('checkout', '-q', '--detach', 'refs/remotes/pull/checkout');
  return ws;
}

/** A workspace with no history at all: the PR head's files in a fresh one-commit repository, no remote. */
export function noHistoryWorkspace(s: PrScenario): TempDir {
  const ws = tempDir({ git: true, prefix: 'etk-ws-' });
  const files = s.origin.git('ls-tree', '-r', '-z', '--name-only', s.headSha).split('\0').filter(Boolean);
  for (const f of files) writeFileSync(ws.write(f, ''), s.origin.git('show', `${s.headSha}:${f}`));
  ws.git('add', '-A');
  ws.git('commit', '-q', '-m', 'imported');
  return ws;
}

export function shallowFile(ws: TempDir): string {
  return join(ws.dir, '.git', 'shallow');
}
