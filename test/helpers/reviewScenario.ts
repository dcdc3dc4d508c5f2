/**
 * A pull request for the review features (new problems only, the metric gate): main holds legacy
 * problems and a report; the PR keeps an old problem (moving its line), adds a new one, renames a
 * file with an old problem, fixes one, and adds a report whose metrics are worse than the previous
 * report's, one within its tolerance and one beyond. Main moves on; refs/pull/1/merge merges them.
 */
import { EXP, EXP2, artifact, artifactPath, manifest, manifestPath } from './corpus.ts';
import { prScenarioFrom, type PrScenario } from './prScenario.ts';

export const CONFIG = JSON.stringify({ metrics: { hmean: { tolerance: '0.5%' }, latency_ms: { direction: 'lower', tolerance: 2 } } }, null, 2);
export const OLD = artifactPath('20251218_0930_assessment_old-problem.md');
export const NEW = artifactPath('20251219_0930_assessment_new-problem.md');
export const FIXME = artifactPath('20251218_0930_assessment_fixed-here.md');
export const RENAMED_FROM = artifactPath('20251218_0930_guide_how-to-train.md', EXP, 'guides');
export const RENAMED_TO = artifactPath('20251218_0930_guide_how-to-evaluate.md', EXP, 'guides');
export const FIRST_REPORT = artifactPath('20251218_0930_report_first-results.md', EXP, 'reports');
export const SECOND_REPORT = artifactPath('20251219_1000_report_second-results.md', EXP, 'reports');
export const BASE_REPORT = artifactPath('20251102_1000_report_baseline-run.md', EXP2, 'reports');

export function reviewScenario(): PrScenario {
  return prScenarioFrom({
    main: (o) => {
      o.write('etk.config.json', `${CONFIG}\n`);
      o.write(manifestPath(), manifest());
      o.write(manifestPath(EXP2), manifest(EXP2).replace('name: Image enhancements', 'name: Text detection'));
      o.write(BASE_REPORT, artifact('report', { exp: EXP2, id: 'report-base' }).replace('hmean: 0.91', 'hmean: 0.85').replace(`baseline: ${EXP2}\n`, 'subtype: handoff\n'));
      o.write(FIRST_REPORT, artifact('report', { id: 'report-1' }));
      o.write(OLD, artifact('assessment', { id: 'old-1' }).replace('priority: high', 'priority: urgent'));
      o.write(FIXME, artifact('assessment', { id: 'fixme-1' }).replace('evidence_count: 3\n', ''));
      o.write(RENAMED_FROM, artifact('guide', { id: 'guide-1', extra: 'prerequisits: []\n' }));
    },
    pr: (o) => {
      o.write(OLD, artifact('assessment', { id: 'old-1' }).replace('priority: high', 'priority: urgent').replace('  - baseline\n', '  - baseline\n  - legacy\n'));
      o.write(NEW, artifact('assessment', { id: 'new-1' }).replace('priority: high', 'priority: someday'));
      o.write(FIXME, artifact('assessment', { id: 'fixme-1' }));
      o.git('mv', RENAMED_FROM, RENAMED_TO);
      o.write(SECOND_REPORT, artifact('report', { id: 'report-2' }).replace(/created: "[^"]+"/, 'created: "2025-12-19T10:00:00Z"').replace(/updated: "[^"]+"/, 'updated: "2025-12-19T10:00:00Z"').replace('hmean: 0.91', 'hmean: 0.907').replace('value: 41\n    baseline: 45', 'value: 45\n    baseline: 50'));
    },
    later: (o) => o.write(artifactPath('20251105_1000_assessment_later-on-main.md', EXP2), artifact('assessment', { exp: EXP2, id: 'later-1' })),
  });
}
