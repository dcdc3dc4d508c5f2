/**
 * A repository shaped like a real team's EDS v1.0 experiments (7 experiments, about 80 Markdown files), written by
 * us from the patterns the published standard and issue 12 describe: artifacts in `.metadata/<type>s/` (and folders
 * below them), Markdown deliverables in `artifacts/`, `outputs/`, `scripts/`, `docs/`, README.md files everywhere,
 * experiment metadata in `manifest.json`, `.metadata/manifest.json` and `state.json`, every timestamp form the real
 * files use, and the files the published checker rejects.
 *
 * Every Markdown file carries its expected verdict, written by hand from the published rules (never computed by
 * etk): `checker` is what `compliance-checker.py <file>` exits with (pass 0, fail 1); `verdict` is
 *   - `accepted`: the published tools, in the scope they run on, all accept it: the checker and the naming hook run
 *     on `<experiment>/.metadata/**.md` except README.md (their hooks select exactly those files); the frontmatter
 *     schema (validation-rules.json) with created/updated not checked (the checker checks no date at all) and the
 *     spec's type list (which has `plan`); the slug rules (`^[a-z0-9]+(-[a-z0-9]+)*$`, at most 50); the placement
 *     rules (a type in its own `.metadata/` folder; only README.md and state.json at an experiment's root;
 *     `artifacts/`, `outputs/`, `scripts/`, `docs/` hold documents);
 *   - `rejected-by-checker`: a `.metadata/` file the checker fails (with its reason);
 *   - `other`: the checker passes it (or does not run on it) but another published rule, or etk's own, objects.
 * Deterministic: no clock, no randomness.
 */
import type { TempDir } from './tempRepo.ts';

export const REAL_ROOT = 'experiment_manager/experiments';

export type Verdict = 'accepted' | 'rejected-by-checker' | 'other';

export interface RealShapeFile {
  /** Repository-relative POSIX path. */
  path: string;
  content: string;
  /** The real-world pattern the file reproduces. */
  pattern: string;
  /** `python3 compliance-checker.py <file>`: pass (exit 0) or fail (exit 1). */
  checker: 'pass' | 'fail';
  verdict: Verdict;
  /** Why, for `rejected-by-checker` and `other`. */
  reason?: string;
  /** For `rejected-by-checker`: the field (or `frontmatter`) the checker objects to, which etk's error must name. */
  field?: string;
}

export interface RealShapeExperiment {
  id: string;
  /** What `etk query experiments` should show once metadata is read where it lives (undefined: nothing to expect). */
  name?: string;
  status?: string;
  /** Where the expected name/status come from. */
  source: string;
}

export interface RealShapeCorpus {
  markdown: RealShapeFile[];
  /** manifest.json / .metadata/manifest.json / state.json: path -> JSON text (each valid against its published schema). */
  metadata: Record<string, string>;
  experiments: RealShapeExperiment[];
  /** A word only a document in `<experiment>/artifacts/` contains, and that document's path. */
  searchWord: { word: string; path: string };
}

const E1 = '20251129_173500_perspective_correction_implementation';
const E2 = '20251217_024343_image_enhancements_implementation';
const E3 = '20251218_185000_text_detection_tuning';
const E4 = '20251201_090000_background_normalization';
const E5 = '20251205_140000_receipt_layout_baseline';
const E6 = '20251210_110000_ocr_postprocessing';
const E7 = '20251220_101500_dataset_cleanup';
export const REAL_EXPERIMENTS = [E1, E2, E3, E4, E5, E6, E7] as const;

/** The timestamp forms real files use (each line ends with \n). */
const TS = {
  /** The spec's own form, unquoted (a plain YAML string). */
  kst: (c: string, u: string) => `created: ${c} (KST)\nupdated: ${u} (KST)\n`,
  /** The spec's form, quoted. */
  kstQuoted: (c: string, u: string) => `created: "${c} (KST)"\nupdated: "${u} (KST)"\n`,
  /** RFC 3339 in +09:00 from `YYYY-MM-DD HH:MM`, quoted. */
  rfcKst: (c: string, u: string) => `created: "${c.replace(' ', 'T')}:00+09:00"\nupdated: "${u.replace(' ', 'T')}:00+09:00"\n`,
  /** RFC 3339, quoted. */
  rfc: (c: string, u: string) => `created: "${c}"\nupdated: "${u}"\n`,
  /** Unquoted `2025-12-18 18:50:00+09:00`: YAML 1.1 (PyYAML) reads a timestamp, not a string. */
  yaml: (c: string, u: string) => `created: ${c}\nupdated: ${u}\n`,
  /** ISO 8601 without an offset (ambiguous zone). */
  naive: (c: string, u: string) => `created: "${c}"\nupdated: "${u}"\n`,
};

const tagLines = (tags: readonly string[]) => (tags.length === 0 ? 'tags: []\n' : `tags:\n${tags.map((t) => `  - ${t}\n`).join('')}`);

function head(type: string, exp: string, status: string, times: string, tags: readonly string[]): string {
  return `ads_version: "1.0"\ntype: ${type}\nexperiment_id: ${exp}\nstatus: ${status}\n${times}${tagLines(tags)}`;
}

const doc = (yaml: string, body: string) => `---\n${yaml}---\n\n${body}`;

const ASSESSMENT = (phase: string, priority: string, evidence: number) => `phase: ${phase}\npriority: ${priority}\nevidence_count: ${evidence}\n`;
const REPORT = (metrics: Record<string, number>, baseline: string, comparison: string) =>
  `metrics:\n${Object.entries(metrics).map(([k, v]) => `  ${k}: ${v}\n`).join('')}baseline: "${baseline}"\ncomparison: ${comparison}\n`;
const GUIDE = (commands: readonly string[], prerequisites: readonly string[]) =>
  `commands:\n${commands.map((c) => `  - "${c}"\n`).join('')}${prerequisites.length === 0 ? 'prerequisites: []\n' : `prerequisites:\n${prerequisites.map((p) => `  - "${p}"\n`).join('')}`}`;
const SCRIPT = (deps: readonly string[]) => `dependencies:\n${deps.map((d) => `  - ${d}\n`).join('')}`;

const assessmentBody = (title: string, cluster: string) => `# ${title}

## Failure Clusters

| cluster | count | share |
|---|---|---|
| ${cluster} | 14 | 0.41 |
| low contrast | 9 | 0.26 |
| other | 11 | 0.33 |

## Evidence Samples

- receipt_0042
- receipt_0117
- receipt_0230

## Root Cause Analysis

- hypothesis: ${cluster} dominates the misses on dark scans

## Next Actions

1. \`python scripts/run_eval.py --subset dark\`
`;

const reportBody = (title: string, metric: string) => `# ${title}

## Metrics

| metric | value | baseline |
|---|---|---|
| ${metric} | 0.912 | 0.884 |

## Baseline Comparison

| run | ${metric} |
|---|---|
| baseline | 0.884 |
| this | 0.912 |

## Statistical Analysis

- paired bootstrap, 1000 draws: p = 0.03
`;

const guideBody = (title: string, command: string) => `# ${title}

## Command Sequence

1. \`${command}\`
2. \`python scripts/run_eval.py --out outputs/\`

## Expected Outputs

- outputs/eval.json

## Validation Steps

- \`python -m json.tool outputs/eval.json\`
`;

const planBody = (title: string) => `# ${title}

| step | command | done when |
|---|---|---|
| 1 | \`python scripts/prepare.py\` | data split written |
| 2 | \`python scripts/run_eval.py\` | hmean reported |
`;

const plain = (title: string, text: string) => `# ${title}\n\n${text}\n`;

/** 50 and 51 characters. */
const SLUG50 = 'adaptive-histogram-equalization-tile-size-sweep-v2';
const SLUG51 = 'adaptive-histogram-equalization-tile-size-sweep-v10';

export function realShapeCorpus(root = REAL_ROOT): RealShapeCorpus {
  const md: RealShapeFile[] = [];
  const at = (exp: string, rel: string) => `${root}/${exp}/${rel}`;
  const ok = (exp: string, rel: string, pattern: string, content: string, checker: 'pass' | 'fail' = 'pass') =>
    md.push({ path: at(exp, rel), content, pattern, checker, verdict: 'accepted' });
  // Each rejected file has exactly the one defect the checker names (RFC 3339 times, a status etk knows today), so
  // etk's error must be about that field, not about anything else in the file.
  const rejected = (exp: string, rel: string, pattern: string, field: string, reason: string, content: string) =>
    md.push({ path: at(exp, rel), content, pattern, checker: 'fail', verdict: 'rejected-by-checker', reason, field });
  const other = (exp: string, rel: string, pattern: string, reason: string, content: string, checker: 'pass' | 'fail' = 'pass') =>
    md.push({ path: at(exp, rel), content, pattern, checker, verdict: 'other', reason });

  // The experiments root's own README (not an experiment's).
  md.push({ path: `${root}/README.md`, content: plain('Experiments', 'One folder per experiment, named YYYYMMDD_HHMMSS_name.'), pattern: 'README.md of the experiments root', checker: 'pass', verdict: 'accepted' });

  // ── E1: README frontmatter + .metadata/manifest.json; every artifact type; nested report folder.
  ok(E1, 'README.md', 'experiment README with experiment_manifest frontmatter', doc(
    `ads_version: "1.0"\ntype: experiment_manifest\nexperiment_id: ${E1}\nname: Perspective correction implementation\nstatus: complete\n${TS.kst('2025-11-29 17:35', '2025-12-02 10:00')}${tagLines(['perspective-correction', 'ocr-preprocessing'])}`,
    plain('Perspective correction implementation', 'Four-point warp before detection.')));
  ok(E1, '.metadata/assessments/20251129_1800_assessment_corner-detection-failures.md', 'assessment, spec timestamp (KST) unquoted', doc(
    head('assessment', E1, 'complete', TS.kst('2025-11-29 18:00', '2025-11-29 19:10'), ['phase-1', 'perspective-correction']) + ASSESSMENT('phase_1', 'high', 12),
    assessmentBody('Corner detection failures', 'missed corners')));
  ok(E1, '.metadata/assessments/20251130_0915_assessment_homography-drift.md', 'assessment, RFC 3339 with offset', doc(
    head('assessment', E1, 'complete', TS.rfc('2025-11-30T09:15:00+09:00', '2025-11-30T11:00:00+09:00'), ['homography']) + ASSESSMENT('phase_2', 'medium', 0),
    assessmentBody('Homography drift', 'drifting homography')));
  ok(E1, '.metadata/reports/20251201_1400_report_perspective-baseline-v1.md', 'report, metrics an object of numbers, baseline a folder without README', doc(
    head('report', E1, 'complete', TS.rfc('2025-12-01T14:00:00Z', '2025-12-01T15:30:00Z'), ['perspective-correction', 'baseline']) + REPORT({ hmean: 0.912, precision: 0.931, recall: 0.894 }, E5, 'improvement'),
    reportBody('Perspective baseline v1', 'hmean')));
  ok(E1, '.metadata/reports/20251202_1000_report_handoff-to-enhancements.md', 'report subtype handoff without metrics/baseline/comparison', doc(
    head('report', E1, 'complete', TS.kst('2025-12-02 10:00', '2025-12-02 10:20'), ['handoff']) + 'subtype: handoff\n',
    plain('Handoff to enhancements', '- next experiment: image enhancements\n- open item: glare on glossy receipts')));
  ok(E1, '.metadata/reports/archive/20251130_1200_report_first-pass.md', 'report in a folder below reports/, unquoted YAML timestamp', doc(
    head('report', E1, 'deprecated', TS.yaml('2025-11-30 12:00:00+09:00', '2025-11-30 12:40:00+09:00'), ['perspective-correction']) + REPORT({ hmean: 0.861 }, E5, 'neutral'),
    reportBody('First pass', 'hmean')));
  ok(E1, '.metadata/guides/20251201_0900_guide_warp-commands.md', 'guide, emoji in the body (emoji rule off in the checker)', doc(
    head('guide', E1, 'active', TS.kst('2025-12-01 09:00', '2025-12-01 09:30'), ['commands']) + GUIDE(['python scripts/warp.py --in data/raw'], ['Python 3.11+', 'opencv-python installed']),
    guideBody('Warp commands ✅', 'python scripts/warp.py --in data/raw')));
  ok(E1, '.metadata/guides/README.md', 'README.md inside .metadata/, no frontmatter', plain('Guides', 'Command sequences for this experiment.'));
  ok(E1, '.metadata/plans/20251129_1740_plan_perspective-rollout.md', 'type plan', doc(
    head('plan', E1, 'complete', TS.kst('2025-11-29 17:40', '2025-11-29 17:50'), ['plan']),
    planBody('Perspective rollout')));
  ok(E1, '.metadata/scripts/20251201_1100_script_warp-batch.md', 'script artifact in .metadata/scripts/', doc(
    head('script', E1, 'active', TS.rfc('2025-12-01T11:00:00+09:00', '2025-12-01T11:00:00+09:00'), ['script']) + SCRIPT(['numpy', 'opencv-python']),
    '# Warp batch\n\n```python\n# input: data/raw/*.jpg\n# output: data/warped/\n```\n'));
  other(E1, '.metadata/assessments/20251130_1300_assessment_skew-angles.md', 'tags: []',
    'validation-rules.json: tags needs at least one item (minItems 1); the checker accepts an empty list', doc(
      head('assessment', E1, 'complete', TS.kst('2025-11-30 13:00', '2025-11-30 13:30'), []) + ASSESSMENT('phase_1', 'low', 4),
      assessmentBody('Skew angles', 'steep skew')));
  ok(E1, 'artifacts/perspective-results-summary.md', 'deliverable in artifacts/, no frontmatter', plain('Perspective results', 'hmean rose from 0.884 to 0.912 on the dark subset.'), 'fail');
  ok(E1, 'outputs/debug/warp-debug-notes.md', 'document in a folder below outputs/, no frontmatter', plain('Warp debug notes', '- receipt_0042: corner 3 off by 14 px'), 'fail');
  ok(E1, 'scripts/README.md', 'README.md in scripts/', plain('Scripts', '| script | does |\n|---|---|\n| warp.py | four-point warp |'));

  // ── E2: manifest.json + state.json at the root; README without frontmatter; nested .metadata/ folders; documents.
  ok(E2, 'README.md', 'experiment README without frontmatter', plain('Image enhancements implementation', 'CLAHE, sharpening and glare removal before detection.'));
  ok(E2, '.metadata/assessments/20251217_0300_assessment_background-noise.md', 'assessment, spec timestamp (KST) quoted', doc(
    head('assessment', E2, 'active', TS.kstQuoted('2025-12-17 03:00', '2025-12-17 17:05'), ['phase-1', 'background-normalization', 'ocr-preprocessing']) + ASSESSMENT('phase_1', 'critical', 23),
    assessmentBody('Background noise', 'textured background')));
  ok(E2, '.metadata/assessments/phase-1/20251217_1200_assessment_clahe-artifacts.md', 'assessment in a folder below assessments/', doc(
    head('assessment', E2, 'active', TS.kst('2025-12-17 12:00', '2025-12-17 12:45'), ['phase-1', 'clahe']) + ASSESSMENT('phase_1', 'high', 7),
    assessmentBody('CLAHE artifacts', 'halo artifacts')));
  ok(E2, '.metadata/assessments/phase-1/20251217_1300_assessment_glare-regions.md', 'ISO 8601 without an offset', doc(
    head('assessment', E2, 'active', TS.naive('2025-12-17T13:00:00', '2025-12-17T14:00:00'), ['phase-1', 'glare']) + ASSESSMENT('phase_1', 'medium', 5),
    assessmentBody('Glare regions', 'specular glare')));
  ok(E2, '.metadata/reports/20251218_1850_report_clahe-vs-baseline.md', 'report, unquoted YAML timestamp with offset', doc(
    head('report', E2, 'active', TS.yaml('2025-12-18 18:50:00+09:00', '2025-12-18 19:20:00+09:00'), ['clahe', 'baseline']) + REPORT({ hmean: 0.927, precision: 0.94, recall: 0.915, latency_ms: 41 }, E1, 'improvement'),
    reportBody('CLAHE vs baseline', 'hmean')));
  ok(E2, '.metadata/reports/archive/20251218_1850_report_clahe-vs-baseline.md', 'same file stem as another report (derived id collision)', doc(
    head('report', E2, 'deprecated', TS.yaml('2025-12-18 18:50:00+09:00', '2025-12-18 18:55:00+09:00'), ['clahe']) + REPORT({ hmean: 0.919 }, E1, 'improvement'),
    reportBody('CLAHE vs baseline (superseded)', 'hmean')));
  ok(E2, '.metadata/reports/20251218_1900_report_sharpening-sweep.md', 'report, regression; prohibited phrase in the body (a warning in the checker)', doc(
    head('report', E2, 'active', TS.rfc('2025-12-18T19:00:00+09:00', '2025-12-18T21:00:00+09:00'), ['sharpening']) + REPORT({ hmean: 0.871, cer: 0.062 }, E1, 'regression'),
    reportBody('Sharpening sweep', 'hmean') + '\nFor example, kernel 5 halves recall on thin fonts.\n'));
  ok(E2, '.metadata/reports/20251219_0800_report_handoff-phase-2.md', 'report subtype handoff', doc(
    head('report', E2, 'active', TS.kst('2025-12-19 08:00', '2025-12-19 08:00'), ['handoff', 'phase-2']) + 'subtype: handoff\n',
    plain('Handoff phase 2', '- carry over: glare mask\n- drop: sharpening')));
  ok(E2, '.metadata/guides/20251217_1500_guide_enhancement-testing-commands.md', 'guide with prerequisites: []', doc(
    head('guide', E2, 'active', TS.kst('2025-12-17 15:00', '2025-12-17 15:10'), ['commands']) + GUIDE(['python scripts/enhance.py --clahe', 'python scripts/run_eval.py'], []),
    guideBody('Enhancement testing commands', 'python scripts/enhance.py --clahe')));
  ok(E2, `.metadata/guides/20251218_1000_guide_${SLUG50}.md`, 'slug of exactly 50 characters', doc(
    head('guide', E2, 'active', TS.kst('2025-12-18 10:00', '2025-12-18 10:00'), ['clahe']) + GUIDE(['python scripts/sweep.py --tiles 4,8,16'], ['GPU with 8 GB']),
    guideBody('Tile size sweep', 'python scripts/sweep.py --tiles 4,8,16')));
  ok(E2, '.metadata/plans/20251217_0250_plan_enhancement-phases.md', 'type plan', doc(
    head('plan', E2, 'active', TS.kst('2025-12-17 02:50', '2025-12-17 02:55'), ['plan', 'phase-1']),
    planBody('Enhancement phases')));
  ok(E2, '.metadata/plans/20251217_0255_plan_phase-2-scope.md', 'type plan, status draft', doc(
    head('plan', E2, 'draft', TS.kst('2025-12-17 02:55', '2025-12-17 02:55'), ['plan', 'phase-2']),
    planBody('Phase 2 scope')));
  other(E2, `.metadata/reports/20251218_1100_report_${SLUG51}.md`, 'slug of 51 characters', 'naming rules: a slug has at most 50 characters', doc(
    head('report', E2, 'active', TS.kst('2025-12-18 11:00', '2025-12-18 11:00'), ['clahe']) + REPORT({ hmean: 0.924 }, E1, 'improvement'),
    reportBody('Tile size sweep v10', 'hmean')));
  other(E2, '.metadata/reports/20251218_1200_report_glare--removal.md', 'slug with --', 'naming hook: the slug is ^[a-z0-9]+(-[a-z0-9]+)*$ (no empty part between hyphens)', doc(
    head('report', E2, 'active', TS.kst('2025-12-18 12:00', '2025-12-18 12:00'), ['glare']) + REPORT({ hmean: 0.915 }, E1, 'improvement'),
    reportBody('Glare removal', 'hmean')));
  other(E2, '.metadata/assessments/20251218_1300_assessment_incident_report_ocr_drift.md', 'slug with underscores after a known type', 'naming hook: underscores are only the delimiters around the type; the slug incident_report_ocr_drift has more', doc(
    head('assessment', E2, 'active', TS.kst('2025-12-18 13:00', '2025-12-18 13:00'), ['incident']) + ASSESSMENT('phase_2', 'high', 3),
    assessmentBody('OCR drift incident', 'drift')));
  other(E2, '.metadata/assessments/20251218_1310_incident_report_detector_drift.md', 'name whose type part is not a known type', 'naming hook: the type in the name is one of assessment, report, guide, script, manifest, plan', doc(
    head('assessment', E2, 'active', TS.kst('2025-12-18 13:10', '2025-12-18 13:10'), ['incident']) + ASSESSMENT('phase_2', 'high', 2),
    assessmentBody('Detector drift incident', 'drift')));
  other(E2, '.metadata/reports/FINAL_REPORT.md', 'ALL-CAPS name in .metadata/', 'naming hook: ALL-CAPS file names are prohibited', doc(
    head('report', E2, 'active', TS.kst('2025-12-19 09:00', '2025-12-19 09:00'), ['final']) + REPORT({ hmean: 0.93 }, E1, 'improvement'),
    reportBody('Final report', 'hmean')));
  other(E2, '.metadata/guides/runEnhancement.md', 'camelCase name in .metadata/', 'naming hook: camelCase file names are prohibited', doc(
    head('guide', E2, 'active', TS.kst('2025-12-19 09:10', '2025-12-19 09:10'), ['commands']) + GUIDE(['python scripts/enhance.py'], ['CUDA 12']),
    guideBody('Run enhancement', 'python scripts/enhance.py')));
  other(E2, '.metadata/guides/EnhancementGuide.md', 'PascalCase name in .metadata/', 'naming hook: PascalCase file names are prohibited', doc(
    head('guide', E2, 'active', TS.kst('2025-12-19 09:20', '2025-12-19 09:20'), ['commands']) + GUIDE(['python scripts/enhance.py --all'], ['CUDA 12']),
    guideBody('Enhancement guide', 'python scripts/enhance.py --all')));
  other(E2, '.metadata/assessments/glare analysis.md', 'name with spaces in .metadata/', 'naming hook: spaces in file names are prohibited', doc(
    head('assessment', E2, 'active', TS.kst('2025-12-19 09:30', '2025-12-19 09:30'), ['glare']) + ASSESSMENT('phase_2', 'medium', 6),
    assessmentBody('Glare analysis', 'specular glare')));
  ok(E2, 'artifacts/README.md', 'README.md in artifacts/ with partial frontmatter', doc('title: Deliverables\ntags: [deliverables]\n', plain('Deliverables', 'Curated results of this experiment.')));
  ok(E2, 'artifacts/enhancement-summary.md', 'deliverable in artifacts/ with partial frontmatter (no type)', doc(
    'title: Enhancement summary\ncreated: 2025-12-19 10:00:00+09:00\ntags: [clahe, summary]\n',
    plain('Enhancement summary', 'CLAHE with 8x8 tiles removes most vignetting on phone photos; glare stays.')), 'fail');
  ok(E2, 'artifacts/FINAL_RESULTS.md', 'ALL-CAPS deliverable in artifacts/', plain('Final results', '| variant | hmean |\n|---|---|\n| clahe | 0.927 |'), 'fail');
  ok(E2, 'artifacts/summary.md', 'same file stem in artifacts/ and outputs/ (derived id collision)', plain('Summary', 'Deliverable summary.'), 'fail');
  ok(E2, 'outputs/summary.md', 'same file stem in artifacts/ and outputs/ (derived id collision)', plain('Summary', 'Intermediate summary.'), 'fail');
  ok(E2, 'outputs/comparison notes.md', 'document with a space in its name in outputs/', plain('Comparison notes', 'clahe vs none: +0.043 hmean'), 'fail');
  ok(E2, 'outputs/clahe_grid_search.md', 'document with underscores and partial frontmatter in outputs/', doc(
    'created: 2025-12-18 16:00:00+09:00\nstatus: draft\n', plain('CLAHE grid search', '| clip | tiles | hmean |\n|---|---|---|\n| 2.0 | 8 | 0.927 |')), 'fail');
  ok(E2, 'scripts/enhance_batch.md', 'Markdown in scripts/, no frontmatter', plain('enhance_batch', 'Runs scripts/enhance.py over data/raw.'), 'fail');
  ok(E2, 'docs/pipeline-overview.md', 'document in docs/, no frontmatter', plain('Pipeline overview', 'raw -> warp -> clahe -> detect -> recognise'), 'fail');
  ok(E2, 'docs/README.md', 'README.md in docs/', plain('Docs', 'Design notes.'));
  ok(E2, 'docs/architecture/README.md', 'README.md in a folder below docs/', plain('Architecture', 'Two stages: detection, recognition.'));

  // ── E3: .metadata/manifest.json; README with partial frontmatter; checker rejections; a type in another's folder.
  ok(E3, 'README.md', 'experiment README with partial frontmatter (no type)', doc('title: Text detection tuning\nstatus: deprecated\n', plain('Text detection tuning', 'DBNet threshold and box merging.')));
  ok(E3, '.metadata/assessments/20251218_1900_assessment_dbnet-threshold-misses.md', 'assessment, unquoted YAML timestamp', doc(
    head('assessment', E3, 'complete', TS.yaml('2025-12-18 19:00:00+09:00', '2025-12-18 20:00:00+09:00'), ['dbnet', 'threshold']) + ASSESSMENT('phase_0', 'high', 18),
    assessmentBody('DBNet threshold misses', 'faint text')));
  ok(E3, '.metadata/reports/20251219_1000_report_threshold-sweep.md', 'report with baseline another experiment', doc(
    head('report', E3, 'complete', TS.kst('2025-12-19 10:00', '2025-12-19 10:30'), ['dbnet']) + REPORT({ hmean: 0.934, box_thresh: 0.6 }, E2, 'improvement'),
    reportBody('Threshold sweep', 'hmean')));
  rejected(E3, '.metadata/reports/20251219_1100_report_box-merging.md', 'report missing baseline', 'baseline', 'Missing required field for type report: baseline', doc(
    head('report', E3, 'complete', TS.rfcKst('2025-12-19 11:00', '2025-12-19 11:00'), ['dbnet']) + 'metrics:\n  hmean: 0.929\ncomparison: neutral\n',
    reportBody('Box merging', 'hmean')));
  rejected(E3, '.metadata/guides/20251219_1200_guide_tuning-commands.md', 'guide missing prerequisites', 'prerequisites', 'Missing required field for type guide: prerequisites', doc(
    head('guide', E3, 'complete', TS.rfcKst('2025-12-19 12:00', '2025-12-19 12:00'), ['commands']) + 'commands:\n  - "python scripts/tune.py"\n',
    guideBody('Tuning commands', 'python scripts/tune.py')));
  rejected(E3, '.metadata/assessments/20251219_1300_assessment_small-text.md', 'evidence_count negative', 'evidence_count', 'Invalid evidence_count: -1 (must be non-negative integer)', doc(
    head('assessment', E3, 'complete', TS.rfcKst('2025-12-19 13:00', '2025-12-19 13:00'), ['small-text']) + ASSESSMENT('phase_1', 'medium', -1),
    assessmentBody('Small text', 'tiny glyphs')));
  ok(E3, '.metadata/plans/20251218_1855_plan_tuning-grid.md', 'type plan', doc(
    head('plan', E3, 'complete', TS.kst('2025-12-18 18:55', '2025-12-18 18:58'), ['plan']),
    planBody('Tuning grid')));
  ok(E3, '.metadata/plans/archive/20251218_1856_plan_old-grid.md', 'plan in a folder below plans/, deprecated', doc(
    head('plan', E3, 'deprecated', TS.kst('2025-12-18 18:56', '2025-12-18 18:56'), ['plan']),
    planBody('Old grid')));
  other(E3, '.metadata/reports/20251219_1400_assessment_threshold-outliers.md', 'assessment in reports/', 'placement rules: an assessment belongs in .metadata/assessments/ (the issue: a warning)', doc(
    head('assessment', E3, 'complete', TS.kst('2025-12-19 14:00', '2025-12-19 14:00'), ['dbnet']) + ASSESSMENT('phase_1', 'low', 2),
    assessmentBody('Threshold outliers', 'outliers')));
  ok(E3, 'outputs/threshold-sweep-raw.md', 'document in outputs/, no frontmatter', plain('Threshold sweep raw', '| thresh | hmean |\n|---|---|\n| 0.5 | 0.921 |\n| 0.6 | 0.934 |'), 'fail');

  // ── E4: state.json only; README without frontmatter; checker rejections.
  ok(E4, 'README.md', 'experiment README without frontmatter', plain('Background normalization', 'Divide by a blurred copy to flatten lighting.'));
  ok(E4, '.metadata/assessments/20251201_1000_assessment_shadow-gradients.md', 'assessment, RFC 3339 UTC', doc(
    head('assessment', E4, 'active', TS.rfc('2025-12-01T01:00:00Z', '2025-12-01T02:00:00Z'), ['shadows']) + ASSESSMENT('phase_3', 'high', 9),
    assessmentBody('Shadow gradients', 'hand shadows')));
  ok(E4, '.metadata/reports/20251202_1000_report_normalization-gain.md', 'report, baseline an experiment with a README', doc(
    head('report', E4, 'active', TS.rfc('2025-12-02T10:00:00+09:00', '2025-12-02T10:00:00+09:00'), ['background-normalization']) + REPORT({ hmean: 0.903, precision: 0.917 }, E1, 'neutral'),
    reportBody('Normalization gain', 'hmean')));
  ok(E4, '.metadata/guides/20251202_1100_guide_normalize-commands.md', 'guide', doc(
    head('guide', E4, 'active', TS.kst('2025-12-02 11:00', '2025-12-02 11:00'), ['commands']) + GUIDE(['python scripts/normalize.py --sigma 25'], ['opencv-python']),
    guideBody('Normalize commands', 'python scripts/normalize.py --sigma 25')));
  rejected(E4, '.metadata/assessments/20251202_1200_assessment_uneven-light.md', 'missing experiment_id', 'experiment_id', 'Missing required field: experiment_id', doc(
    `ads_version: "1.0"\ntype: assessment\nstatus: active\n${TS.rfcKst('2025-12-02 12:00', '2025-12-02 12:00')}${tagLines(['lighting'])}${ASSESSMENT('phase_3', 'medium', 4)}`,
    assessmentBody('Uneven light', 'uneven light')));
  rejected(E4, '.metadata/reports/20251202_1300_report_illumination.md', 'missing tags', 'tags', 'Missing required field: tags', doc(
    `ads_version: "1.0"\ntype: report\nexperiment_id: ${E4}\nstatus: active\n${TS.rfcKst('2025-12-02 13:00', '2025-12-02 13:00')}${REPORT({ hmean: 0.899 }, E1, 'neutral')}`,
    reportBody('Illumination', 'hmean')));
  rejected(E4, '.metadata/assessments/20251202_1400_assessment_paper-texture.md', 'status not in the list', 'status', 'Invalid status: in-progress', doc(
    head('assessment', E4, 'in-progress', TS.rfcKst('2025-12-02 14:00', '2025-12-02 14:00'), ['texture']) + ASSESSMENT('phase_3', 'low', 1),
    assessmentBody('Paper texture', 'paper grain')));
  rejected(E4, '.metadata/notes.md', 'Markdown without frontmatter in .metadata/', 'frontmatter', 'No YAML frontmatter found', plain('Notes', '- try sigma 35'));
  ok(E4, 'outputs/normalization-log.md', 'document in outputs/, no frontmatter', plain('Normalization log', '- sigma 25: 0.903'), 'fail');

  // ── E5: no README; manifest.json at the root; the baseline of E1's reports.
  ok(E5, 'outputs/layout-baseline-numbers.md', 'document in outputs/ of an experiment without README', plain('Layout baseline numbers', '| split | hmean |\n|---|---|\n| val | 0.884 |'), 'fail');
  ok(E5, 'artifacts/layout-baseline.md', 'deliverable in artifacts/ with partial frontmatter', doc('title: Layout baseline\ntags: []\n', plain('Layout baseline', 'DBNet, no preprocessing.')), 'fail');
  ok(E5, '.metadata/reports/20251205_1500_report_layout-baseline.md', 'report in an experiment without README', doc(
    head('report', E5, 'complete', TS.kst('2025-12-05 15:00', '2025-12-05 15:00'), ['baseline']) + 'subtype: handoff\n',
    plain('Layout baseline', '- hmean 0.884 on val')));

  // ── E6: only a README (no frontmatter) and documents.
  ok(E6, 'README.md', 'experiment README without frontmatter, the only metadata', plain('OCR postprocessing', 'Lexicon-based correction after recognition.'));
  ok(E6, 'artifacts/postprocessing-findings.md', 'deliverable in artifacts/, no frontmatter', plain('Postprocessing findings', 'A receipt lexicon corrects 31% of character errors; 교정 helps Korean menu items too.'), 'fail');
  ok(E6, 'artifacts/ocrCorrections.md', 'camelCase deliverable in artifacts/', plain('OCR corrections', '- 0 -> O in words'), 'fail');
  ok(E6, 'artifacts/PostprocessingSummary.md', 'PascalCase deliverable in artifacts/', plain('Postprocessing summary', 'cer 0.062 -> 0.043'), 'fail');
  ok(E6, 'docs/spell correction.md', 'document with a space in its name in docs/', plain('Spell correction', 'SymSpell, edit distance 2.'), 'fail');
  ok(E6, 'docs/correction-rules.md', 'document in docs/ with partial frontmatter', doc('title: Correction rules\ntags: [Spelling, rules]\n', plain('Correction rules', '| from | to |\n|---|---|\n| 0 | O |')), 'fail');
  other(E6, 'NOTES.md', 'Markdown at the experiment root besides README.md', 'placement rules: only README.md and state.json at an experiment\'s root (the checker is not run there: it fails it for the missing frontmatter)',
    plain('Notes', '- lexicon from receipts 2024'), 'fail');

  // ── E7: only a README with frontmatter; duplicates and checker rejections.
  ok(E7, 'README.md', 'experiment README with experiment_manifest frontmatter, status draft', doc(
    `ads_version: "1.0"\ntype: experiment_manifest\nexperiment_id: ${E7}\nname: Dataset cleanup\nstatus: draft\n${TS.kst('2025-12-20 10:15', '2025-12-20 18:00')}${tagLines(['dataset'])}`,
    plain('Dataset cleanup', 'Label noise and duplicates in the training set.')));
  ok(E7, '.metadata/assessments/20251220_1100_assessment_label-noise.md', 'assessment with artifact_id', doc(
    head('assessment', E7, 'draft', TS.kst('2025-12-20 11:00', '2025-12-20 11:00'), ['label-noise']) + 'artifact_id: label-noise\n' + ASSESSMENT('phase_0', 'high', 40),
    assessmentBody('Label noise', 'wrong transcription')));
  other(E7, '.metadata/assessments/20251220_1200_assessment_duplicate-images.md', 'declared artifact_id that another file declares too',
    'etk\'s own cross-file rule: artifact_id label-audit is declared twice (the published tools do not look; the issue keeps it a diagnostic)', doc(
      head('assessment', E7, 'draft', TS.kst('2025-12-20 12:00', '2025-12-20 12:00'), ['duplicates']) + 'artifact_id: label-audit\n' + ASSESSMENT('phase_0', 'medium', 12),
      assessmentBody('Duplicate images', 'near duplicates')));
  other(E7, '.metadata/reports/20251220_1300_report_label-audit.md', 'declared artifact_id that another file declares too',
    'etk\'s own cross-file rule: artifact_id label-audit is declared twice (the published tools do not look; the issue keeps it a diagnostic)', doc(
      head('report', E7, 'draft', TS.kst('2025-12-20 13:00', '2025-12-20 13:00'), ['label-audit']) + 'artifact_id: label-audit\nsubtype: handoff\n',
      plain('Label audit', '- 412 labels fixed')));
  rejected(E7, '.metadata/reports/20251220_1400_report_cleanup-metrics.md', 'type not in the list', 'type', 'Invalid type: incident_report', doc(
    head('incident_report', E7, 'active', TS.rfcKst('2025-12-20 14:00', '2025-12-20 14:00'), ['incident']),
    plain('Cleanup metrics', '- 3% of images dropped')));
  rejected(E7, '.metadata/assessments/20251220_1500_assessment_folder-ids.md', 'malformed experiment_id', 'experiment_id', 'Invalid experiment_id format: 2025-12-20_dataset_cleanup', doc(
    head('assessment', E7, 'active', TS.rfcKst('2025-12-20 15:00', '2025-12-20 15:00'), ['ids']).replace(`experiment_id: ${E7}`, 'experiment_id: 2025-12-20_dataset_cleanup') + ASSESSMENT('phase_0', 'low', 1),
    assessmentBody('Folder ids', 'ids')));
  rejected(E7, '.metadata/assessments/20251220_1600_assessment_tag-case.md', 'tags not lowercase', 'tags', 'Invalid tag format: Label-Noise (must be lowercase with hyphens)', doc(
    head('assessment', E7, 'active', TS.rfcKst('2025-12-20 16:00', '2025-12-20 16:00'), ['Label-Noise', 'dataset']) + ASSESSMENT('phase_0', 'low', 2),
    assessmentBody('Tag case', 'case')));
  ok(E7, '.metadata/guides/20251220_1700_guide_cleanup-commands.md', 'guide', doc(
    head('guide', E7, 'draft', TS.kst('2025-12-20 17:00', '2025-12-20 17:00'), ['commands']) + GUIDE(['python scripts/dedupe.py --phash 8', 'python scripts/relabel.py'], ['imagehash installed']),
    guideBody('Cleanup commands', 'python scripts/dedupe.py --phash 8')));
  ok(E7, '.metadata/scripts/20251220_1800_script_dedupe.md', 'script artifact', doc(
    head('script', E7, 'draft', TS.yaml('2025-12-20 18:00:00+09:00', '2025-12-20 18:00:00+09:00'), ['dedupe']) + SCRIPT(['imagehash', 'pillow']),
    '# Dedupe\n\n```python\n# input: data/train/\n# output: outputs/duplicates.csv\n```\n'));
  ok(E7, 'outputs/cleanup-stats.md', 'document in outputs/, no frontmatter', plain('Cleanup stats', '| kind | count |\n|---|---|\n| duplicate | 1210 |'), 'fail');

  // Experiment metadata where real repositories keep it (each file valid against its published schema).
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  const metadata: Record<string, string> = {
    [at(E1, '.metadata/manifest.json')]: json({
      experiment_id: E1, name: 'Perspective correction implementation', status: 'complete', created_at: '2025-11-29T17:35:00+09:00', updated_at: '2025-12-02T10:00:00+09:00',
      intention: 'Warp receipts to a fronto-parallel view before detection', tasks: [{ id: 'task_001', description: 'corner detection', status: 'done', completed_at: '2025-11-30T09:00:00+09:00' }],
    }),
    [at(E2, 'manifest.json')]: json({
      experiment_id: E2, name: 'Image enhancements implementation', status: 'active', created_at: '2025-12-17T02:43:43+09:00', updated_at: '2025-12-19T08:00:00+09:00',
      intention: 'Raise hmean on dark and glossy receipts with CLAHE and glare removal',
      tasks: [{ id: 'task_001', description: 'CLAHE sweep', status: 'done' }, { id: 'task_002', description: 'glare mask', status: 'in_progress' }],
      artifacts: [{ path: '.metadata/reports/20251219_0800_report_handoff-phase-2.md', type: 'report', subtype: 'handoff' }],
    }),
    [at(E2, 'state.json')]: json({
      id: E2, timestamp: '2025-12-19T08:00:00+09:00', type: 'image_enhancement', intention: 'Raise hmean on dark and glossy receipts', status: 'active',
      artifacts: [{ path: '.metadata/reports/20251218_1850_report_clahe-vs-baseline.md', type: 'report', timestamp: '2025-12-18T18:50:00+09:00' }],
    }),
    [at(E3, '.metadata/manifest.json')]: json({
      experiment_id: E3, name: 'Text detection tuning', status: 'deprecated', created_at: '2025-12-18T18:50:00+09:00', updated_at: '2025-12-19T14:00:00+09:00',
      intention: 'Tune the DBNet thresholds and box merging', tasks: [{ id: 'task_001', description: 'threshold sweep', status: 'done' }],
    }),
    [at(E4, 'state.json')]: json({
      id: E4, timestamp: '2025-12-02T14:00:00+09:00', type: 'preprocessing', intention: 'Flatten uneven lighting before detection', status: 'active', open_questions: ['sigma per resolution?'],
    }),
    [at(E5, 'manifest.json')]: json({
      experiment_id: E5, name: 'Receipt layout baseline', status: 'complete', created_at: '2025-12-05T14:00:00+09:00',
      intention: 'DBNet without preprocessing, the reference for later experiments', tasks: [],
    }),
  };

  const experiments: RealShapeExperiment[] = [
    { id: E1, name: 'Perspective correction implementation', status: 'complete', source: 'README.md frontmatter and .metadata/manifest.json (they agree)' },
    { id: E2, name: 'Image enhancements implementation', status: 'active', source: 'manifest.json (state.json agrees on status)' },
    { id: E3, name: 'Text detection tuning', status: 'deprecated', source: '.metadata/manifest.json (README frontmatter agrees on status)' },
    { id: E4, status: 'active', source: 'state.json (no name anywhere)' },
    { id: E5, name: 'Receipt layout baseline', status: 'complete', source: 'manifest.json (no README)' },
    { id: E6, source: 'nothing: a README without frontmatter' },
    { id: E7, name: 'Dataset cleanup', status: 'draft', source: 'README.md frontmatter' },
  ];

  return { markdown: md, metadata, experiments, searchWord: { word: 'vignetting', path: at(E2, 'artifacts/enhancement-summary.md') } };
}

/** Writes the corpus into a temp repository and commits it; returns the corpus. */
export function writeRealShapeCorpus(t: TempDir, root = REAL_ROOT): RealShapeCorpus {
  const corpus = realShapeCorpus(root);
  for (const f of corpus.markdown) t.write(f.path, f.content);
  for (const [path, text] of Object.entries(corpus.metadata)) t.write(path, text);
  t.git('add', '-A');
  t.git('commit', '-q', '-m', 'a real-shaped experiments corpus');
  return corpus;
}
