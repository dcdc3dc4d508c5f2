import { execFileSync } from 'node:child_process';
import { EXP, EXP2, NAMES, SUBDIR, artifact, artifactPath, manifest, manifestPath } from './corpus.ts';
import { tempDir, type TempDir } from './tempRepo.ts';

/**
 * A repository with a scripted history for the history commands: three authors, edits of status,
 * metrics and tags, renames (a file and a move between folders), a problem that appears and is fixed
 * after lines were added above it, a branch merged back, a deletion and a tag. Each commit is named
 * in `commits` (label -> id).
 */
export const REPORT = artifactPath(NAMES.report!, EXP, SUBDIR.report);
export const ASSESSMENT = artifactPath(NAMES.assessment!);
export const ASSESSMENT_MOVED = artifactPath('20251218_0930_assessment_quality-review.md');
export const BASE_REPORT = artifactPath('20251102_1000_report_base.md', EXP2, SUBDIR.report);
export const GUIDE = artifactPath(NAMES.guide!, EXP, SUBDIR.guide);
export const SCRIPT_DOC = artifactPath('20251219_1200_script_prepare.md', EXP, SUBDIR.script);
export const SCRIPT_MOVED = artifactPath('20251219_1200_script_prepare-data.md', EXP, SUBDIR.script);

export interface HistoryRepo extends TempDir {
  commits: Record<string, string>;
  /** Commits with an author of our choosing and a committer time one minute after the last. */
  commit(label: string, author: string, message?: string): string;
}

const report = (hmean: number, extra = '') => artifact('report', { id: 'r1', extra }).replace('hmean: 0.91', `hmean: ${hmean}`);

export function historyRepo(): HistoryRepo {
  const t = tempDir({ git: true });
  let clock = Date.parse('2026-01-05T09:00:00Z') / 1000;
  const commits: Record<string, string> = {};
  const commit = (label: string, author: string, message = label) => {
    clock += 60;
    const date = `${clock} +0000`;
    execFileSync('git', ['add', '-A'], { cwd: t.dir });
    execFileSync('git', ['commit', '-qm', message, '--allow-empty'], {
      cwd: t.dir,
      env: { ...process.env, GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: `${author}@etk.invalid`, GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: `${author}@etk.invalid`, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1', HOME: t.dir },
    });
    commits[label] = t.git('rev-parse', 'HEAD').trim();
    return commits[label];
  };
  t.write('etk.config.json', '{}\n');
  t.write('.gitignore', 'data/\n');
  t.write(manifestPath(), manifest(EXP));
  t.write(ASSESSMENT, artifact('assessment', { id: 'a1' }));
  t.write(REPORT, report(0.91));
  commit('start', 'kim');

  t.write(REPORT, report(0.93));
  t.write(manifestPath(EXP2), manifest(EXP2).replace('status: active', 'status: complete'));
  t.write(BASE_REPORT, artifact('report', { id: 'r0', exp: EXP2 }).replace('hmean: 0.91', 'hmean: 0.85').replace(/^baseline: .*\n/m, 'subtype: handoff\n'));
  commit('metrics', 'lee');

  t.git('mv', ASSESSMENT, ASSESSMENT_MOVED);
  t.write(REPORT, report(0.93).replace('  - baseline\n', '  - baseline\n  - clahe\n'));
  commit('rename', 'kim');

  t.write(ASSESSMENT_MOVED, artifact('assessment', { id: 'a1' }).replace('priority: high', 'priority: urgent').replace('phase: phase_1', 'phase: later'));
  t.write(SCRIPT_DOC, artifact('script', { id: 's1' }));
  commit('problem', 'lee');
  t.git('tag', 'v1');

  t.git('checkout', '-q', '-b', 'feature');
  t.write(GUIDE, artifact('guide', { id: 'g1' }));
  commit('guide', 'ana');
  t.git('checkout', '-q', 'main');
  t.write(manifestPath(), manifest(EXP).replace('status: active', 'status: complete'));
  commit('complete', 'kim');
  execFileSync('git', ['merge', '-q', '--no-ff', '--no-edit', 'feature'], { cwd: t.dir, env: { ...process.env, GIT_AUTHOR_NAME: 'kim', GIT_AUTHOR_EMAIL: 'kim@etk.invalid', GIT_COMMITTER_NAME: 'kim', GIT_COMMITTER_EMAIL: 'kim@etk.invalid', GIT_AUTHOR_DATE: `${(clock += 60)} +0000`, GIT_COMMITTER_DATE: `${clock} +0000`, HOME: t.dir } });
  commits.merge = t.git('rev-parse', 'HEAD').trim();

  // The problem is fixed, with lines added above it; the guide goes; the script moves folders.
  t.write(ASSESSMENT_MOVED, artifact('assessment', { id: 'a1' }).replace('phase: phase_1', 'phase: later').replace('ads_version: "1.0"\n', 'ads_version: "1.0"\n# reviewed\n# twice\n'));
  t.git('rm', '-q', GUIDE);
  t.git('mv', SCRIPT_DOC, SCRIPT_MOVED);
  t.write(REPORT, report(0.95).replace('  - baseline\n', '  - clahe\n'));
  commit('fix', 'lee');
  return Object.assign(t, { commits, commit });
}
