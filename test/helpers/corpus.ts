/** Builders for EDS artifacts: valid by default, so each test states only the defect it is about. */
export const ROOT = 'experiment_manager/experiments';
export const EXP = '20251217_024343_image_enhancements';
export const EXP2 = '20251101_090000_text_detection';

export function manifestPath(exp = EXP): string {
  return `${ROOT}/${exp}/README.md`;
}

export function artifactPath(name: string, exp = EXP, sub = 'assessments'): string {
  return `${ROOT}/${exp}/.metadata/${sub}/${name}`;
}

export function manifest(exp = EXP, extra = ''): string {
  return `---
ads_version: "1.0"
type: experiment_manifest
experiment_id: ${exp}
name: Image enhancements
status: active
created: "2025-12-17T02:43:43Z"
updated: "2025-12-17T02:43:43Z"
tags: [ocr, image-processing]
${extra}---
# Image enhancements

Why we try CLAHE before detection.
`;
}

/** Frontmatter lines shared by artifacts (each line ends with \n). */
export function commonLines(type: string, exp = EXP): string {
  return `ads_version: "1.0"
type: ${type}
experiment_id: ${exp}
status: active
created: "2025-12-18T09:30:00Z"
updated: "2025-12-18T10:00:00Z"
tags:
  - ocr
  - baseline
`;
}

export const TYPE_LINES: Record<string, string> = {
  assessment: 'phase: phase_1\npriority: high\nevidence_count: 3\n',
  report: `metrics:\n  hmean: 0.91\n  latency_ms:\n    value: 41\n    baseline: 45\n    unit: ms\nbaseline: ${EXP2}\ncomparison: improvement\n`,
  guide: 'commands:\n  - python train.py\nprerequisites:\n  - CUDA 12\n',
  script: 'dependencies:\n  - opencv-python\n',
};

export function artifact(type: string, opts: { exp?: string; extra?: string; id?: string; body?: string } = {}): string {
  const id = opts.id ?? `${type}-1`;
  return `---\n${commonLines(type, opts.exp)}artifact_id: ${id}\n${TYPE_LINES[type] ?? ''}${opts.extra ?? ''}---\n${opts.body ?? `# A ${type}\n\nSome text about perspective correction.\n`}`;
}

export const NAMES: Record<string, string> = {
  assessment: '20251218_0930_assessment_baseline-quality.md',
  report: '20251218_0930_report_first-results.md',
  guide: '20251218_0930_guide_how-to-train.md',
  script: '20251218_0930_script_preprocess.md',
};

export const SUBDIR: Record<string, string> = { assessment: 'assessments', report: 'reports', guide: 'guides', script: 'scripts' };

/** `<experiment>/.metadata/manifest.json` with every field EDS v1.0 requires of it. */
export function metadataManifestPath(exp = EXP): string {
  return `${ROOT}/${exp}/.metadata/manifest.json`;
}

export function metadataManifest(exp = EXP): string {
  return `${JSON.stringify({ experiment_id: exp, created: '2025-12-17T02:43:43Z', updated: '2025-12-17T02:43:43Z', phase: 'phase_1', status: 'active', success_rate: 0.9 }, null, 2)}\n`;
}
