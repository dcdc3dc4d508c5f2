#!/usr/bin/env node
// Seeded generator for synthetic EDS v1.0 corpora (benchmarks and stress tests).
//
//   node bench/gen-corpus.mjs --artifacts 1000 --seed 42 --out bench/out/corpus-1k [--invalid-ratio 0.0]
//
// Writes <out>/etk.config.json and <out>/experiment_manager/experiments/<id>/...
// Each experiment has about 10 files: its README.md manifest (which counts as
// one artifact) plus 9 artifacts of every type under .metadata/. The same seed
// and options always produce a byte-identical corpus.
//
// --invalid-ratio r gives round(r * artifacts) files exactly one defect each.
// Defects are chosen round-robin from DEFECT_KINDS. generateCorpus() returns
// the list of defective files so that tests can check them.
//
// Node builtins only; no Math.random and no wall-clock time.

import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const ROOT = 'experiment_manager/experiments';
export const CONFIG = { root: ROOT, database: 'data/ops/tracking.db' };
export const DEFECT_KINDS = [
  'bad-priority', // priority: "urgent" (assessments only)
  'missing-evidence-count', // evidence_count removed (assessments only)
  'bad-tag', // tag "Bad Tag" added
  'no-offset', // created: YYYY-MM-DDTHH:MM:SS (unquoted UTC wall time, no zone: a timestamp-offset warning; --fix adds the zone)
  'camelcase-filename', // slug part of the file name in camelCase
  'updated-before-created', // updated earlier than created
];

const FILES_PER_EXPERIMENT = 10;
// Artifact types for slots 1..9 of each experiment (slot 0 is README.md).
const SLOT_TYPES = ['assessment', 'report', 'guide', 'assessment', 'report', 'script', 'report', 'assessment', 'report'];
const TYPE_DIR = { assessment: 'assessments', report: 'reports', guide: 'guides', script: 'scripts' };
const START_MS = Date.UTC(2022, 0, 3, 9, 0, 0);
const END_MS = Date.UTC(2025, 9, 31, 18, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------- PRNG ----

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedToInt(seed) {
  if (typeof seed === 'number' && Number.isFinite(seed)) return Math.trunc(seed) >>> 0;
  const s = String(seed);
  if (/^-?\d+$/.test(s)) return Number(s) >>> 0;
  let h = 0x811c9dc5; // FNV-1a for non-numeric seeds
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seedToInt(seed));
  }
  float(min = 0, max = 1) {
    return min + (max - min) * this.next();
  }
  int(min, max) {
    // inclusive
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }
  weighted(pairs) {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = this.next() * total;
    for (const [v, w] of pairs) {
      if ((r -= w) < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  }
  sample(arr, n) {
    const copy = arr.slice();
    this.shuffle(copy);
    return copy.slice(0, Math.min(n, copy.length));
  }
  shuffle(arr) {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [arr[i], arr[j]] = [arr[j], arr[i]];
    }
    return arr;
  }
}

// ------------------------------------------------------------ vocabulary --

const SLUG_WORDS = [
  'image', 'enhancement', 'perspective', 'correction', 'text', 'detection', 'backbone', 'receipt', 'layout',
  'binarization', 'denoise', 'deskew', 'dewarp', 'clahe', 'contrast', 'ocr', 'recognition', 'crnn', 'dbnet',
  'svtr', 'attention', 'decoder', 'tokenizer', 'lexicon', 'augmentation', 'synthetic', 'fonts', 'thermal',
  'paper', 'invoice', 'table', 'line', 'grouping', 'key', 'value', 'linking', 'distillation', 'quantization',
  'pruning', 'onnx', 'tensorrt', 'batching', 'resize', 'crop', 'rotation', 'angle', 'classifier', 'korean',
  'latin', 'multilingual', 'charset', 'postprocess', 'threshold', 'polygon', 'curved', 'mask', 'segmentation',
  'focal', 'loss', 'scheduler', 'warmup', 'ema', 'mixup', 'cutout', 'blur', 'shadow', 'glare', 'jpeg',
];

const PROSE_WORDS = [
  'the', 'the', 'the', 'a', 'a', 'of', 'of', 'to', 'to', 'and', 'and', 'in', 'in', 'on', 'for', 'with', 'from',
  'by', 'at', 'is', 'is', 'was', 'are', 'were', 'we', 'we', 'this', 'that', 'it', 'not', 'only', 'more', 'less',
  'than', 'after', 'before', 'when', 'while', 'each', 'every', 'most', 'some', 'both', 'again', 'still',
  'receipt', 'receipts', 'image', 'images', 'photo', 'scan', 'page', 'line', 'lines', 'box', 'boxes', 'region',
  'text', 'character', 'characters', 'font', 'stroke', 'contrast', 'shadow', 'glare', 'blur', 'noise', 'edge',
  'corner', 'corners', 'contour', 'homography', 'perspective', 'correction', 'affine', 'transform', 'warp',
  'rotation', 'skew', 'crop', 'resize', 'CLAHE', 'histogram', 'equalisation', 'threshold', 'binarization',
  'DBNet', 'backbone', 'detector', 'recognizer', 'decoder', 'model', 'checkpoint', 'epoch', 'batch', 'learning',
  'rate', 'schedule', 'loss', 'gradient', 'validation', 'test', 'split', 'dataset', 'annotation', 'label',
  'labels', 'precision', 'recall', 'hmean', 'latency', 'throughput', 'memory', 'GPU', 'CPU', 'inference',
  'baseline', 'experiment', 'run', 'runs', 'seed', 'variance', 'result', 'results', 'metric', 'metrics',
  'improves', 'drops', 'increases', 'reduces', 'matches', 'exceeds', 'recovers', 'breaks', 'merges', 'splits',
  'shows', 'suggests', 'confirms', 'explains', 'measured', 'evaluated', 'trained', 'tuned', 'sampled', 'fixed',
  'small', 'large', 'thin', 'faded', 'dense', 'sparse', 'noisy', 'clean', 'stable', 'slow', 'fast', 'cheap',
  'robust', 'consistent', 'visible', 'missing', 'wrong', 'better', 'worse', 'similar', 'clear', 'uneven',
  'pipeline', 'stage', 'step', 'config', 'setting', 'parameter', 'window', 'kernel', 'grid', 'tile', 'clip',
  'limit', 'budget', 'error', 'errors', 'failure', 'case', 'cases', 'subset', 'merchant', 'total', 'footer',
  'header', 'item', 'items', 'column', 'table', 'layout', 'field', 'value', 'key', 'link', 'export', 'ONNX',
];

const TAG_POOL = [
  'ocr', 'image-processing', 'perspective-correction', 'baseline', 'clahe', 'dbnet', 'text-detection',
  'text-recognition', 'layout', 'receipts', 'augmentation', 'latency', 'deployment', 'onnx', 'training',
  'evaluation', 'failure-analysis', 'annotation', 'reproducibility', 'geometry', 'binarization', 'backbone',
  'key-value', 'line-grouping', 'synthetic-data', 'quantization', 'distillation', 'small-text', 'on-device',
];

const OWNERS = ['kim', 'lee', 'park', 'choi', 'jung', 'kang', 'yoon', 'han'];
const DATASETS = ['receipts-v1', 'receipts-v2', 'receipts-v2-layout', 'invoices-kr', 'synth-receipts-500k'];
const GPUS = ['T4', 'A10G', 'A100', 'L4', 'RTX-4090'];
const OFFSETS = [
  [540, 70],
  [0, 20],
  [-300, 10],
]; // minutes, weight
const PACKAGES = [
  'opencv-python>=4.10', 'numpy', 'torch==2.4.1', 'torchvision', 'onnx>=1.16', 'onnxruntime-gpu>=1.19',
  'shapely', 'pyclipper', 'albumentations', 'scikit-image', 'pandas', 'ocr-eval==0.6.2', 'tqdm', 'pyyaml',
];
const PREREQS = [
  'receipts-v2 downloaded to data/receipts-v2',
  'Python 3.11 virtualenv with requirements installed',
  'CUDA 12.1 and a GPU with at least 16 GB of memory',
  'DBNet checkpoint from the baseline experiment',
  'Perspective-corrected images in out/warped',
  'Access to the shared annotation bucket',
  'Label Studio 1.13 or newer',
];
const COMMAND_TEMPLATES = [
  (w) => `python -m ocr.${w} --config configs/${w}.yaml --split test`,
  (w) => `python tools/train.py configs/dbnet/${w}.yaml --seed 0`,
  (w) => `python tools/eval.py configs/dbnet/${w}.yaml --ckpt work_dirs/${w}/latest.pth`,
  (w) => `python -m ocr.perspective --in data/receipts-v2/test --out out/${w}`,
  (w) => `python -m ocr.export_onnx --config configs/${w}.yaml --opset 17`,
  (w) => `make eval EXP=${w}`,
];

// Metric profiles: every experiment picks one, so its reports share metric names.
const METRICS = {
  hmean: { base: 0.84, hi: true, digits: 3 },
  precision: { base: 0.87, hi: true, digits: 3 },
  recall: { base: 0.82, hi: true, digits: 3 },
  f1: { base: 0.8, hi: true, digits: 3 },
  accuracy: { base: 0.88, hi: true, digits: 3 },
  field_f1: { base: 0.74, hi: true, digits: 3 },
  line_grouping_acc: { base: 0.87, hi: true, digits: 3 },
  cer: { base: 0.062, hi: false, digits: 4 },
  wer: { base: 0.141, hi: false, digits: 4 },
  latency_ms: { base: 42, hi: false, digits: 1, unit: 'ms' },
  memory_mb: { base: 910, hi: false, digits: 0, unit: 'MB' },
  throughput_fps: { base: 24, hi: true, digits: 1, unit: 'fps' },
};
const PROFILES = [
  ['hmean', 'precision', 'recall', 'latency_ms', 'memory_mb'],
  ['cer', 'wer', 'accuracy', 'latency_ms', 'throughput_fps'],
  ['field_f1', 'line_grouping_acc', 'hmean', 'latency_ms', 'memory_mb'],
  ['f1', 'precision', 'recall', 'throughput_fps', 'latency_ms'],
];

// --------------------------------------------------------------- helpers --

const q = (s) => JSON.stringify(String(s)); // YAML double-quoted scalar (ASCII-safe)
const pad = (n, w = 2) => String(n).padStart(w, '0');

/** Wall-clock parts of instant `ms` in a fixed UTC offset (minutes). */
function wall(ms, offsetMin) {
  const d = new Date(ms + offsetMin * 60_000);
  return {
    Y: d.getUTCFullYear(), M: pad(d.getUTCMonth() + 1), D: pad(d.getUTCDate()),
    h: pad(d.getUTCHours()), m: pad(d.getUTCMinutes()), s: pad(d.getUTCSeconds()),
  };
}
function isoWithOffset(ms, offsetMin) {
  const w = wall(ms, offsetMin);
  let off = 'Z';
  if (offsetMin !== 0) {
    const a = Math.abs(offsetMin);
    off = `${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
  }
  return `${w.Y}-${w.M}-${w.D}T${w.h}:${w.m}:${w.s}${off}`;
}
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const camel = (words) => words.map((w, i) => (i === 0 ? w : capitalize(w))).join('');

function round(v, digits) {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

// ------------------------------------------------------------------ prose --

function sentence(rng, min = 6, max = 16) {
  const n = rng.int(min, max);
  const words = new Array(n);
  for (let i = 0; i < n; i++) words[i] = rng.pick(PROSE_WORDS);
  return capitalize(words.join(' ')) + '.';
}

function wrap(text, width = 68) {
  const out = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

function paragraph(rng) {
  const n = rng.int(2, 4);
  const s = [];
  for (let i = 0; i < n; i++) s.push(sentence(rng));
  return wrap(s.join(' '));
}

function bulletList(rng) {
  const n = rng.int(2, 5);
  const lines = [];
  const ordered = rng.chance(0.3);
  for (let i = 0; i < n; i++) {
    const s = sentence(rng, 4, 9);
    lines.push(`${ordered ? `${i + 1}.` : '-'} ${s}`);
  }
  return lines;
}

function codeBlock(rng, type, ctx) {
  if (type === 'guide') {
    return ['```bash', ...ctx.commands.slice(0, 4), '```'];
  }
  const w = rng.pick(SLUG_WORDS);
  const clip = rng.int(1, 4);
  const grid = rng.pick([4, 8, 16]);
  return [
    '```python',
    'import cv2, numpy as np',
    'from ocr_eval import evaluate',
    '',
    `def run_${w}(img, clip=${clip}.0, grid=${grid}):`,
    '    lab = cv2.cvtColor(img, cv2.COLOR_BGR2LAB)',
    `    return evaluate("dbnet_r${rng.pick([18, 50])}", preprocess=lab)`,
    '```',
  ];
}

function metricsTable(metrics) {
  const lines = ['| metric | value | baseline |', '|--------|-------|----------|'];
  for (const [name, m] of metrics) {
    const v = typeof m === 'number' ? m : m.value;
    const b = typeof m === 'number' || m.baseline === undefined ? '-' : m.baseline;
    lines.push(`| ${name} | ${v} | ${b} |`);
  }
  return lines;
}

const SECTIONS = ['Context', 'Method', 'Findings', 'Results', 'Observations', 'Discussion', 'Notes', 'Next steps', 'Open questions'];

function body(rng, title, type, ctx) {
  const target = rng.int(26, 64); // every block is <= 8 lines, so the body stays within 20..80 lines
  const lines = [`# ${title}`, ''];
  lines.push(...paragraph(rng), '');
  if (type === 'report' && ctx.metrics) lines.push(...metricsTable(ctx.metrics), '');
  if (type === 'guide' || type === 'script') lines.push(...codeBlock(rng, type, ctx), '');
  const sections = rng.sample(SECTIONS, SECTIONS.length);
  let si = 0;
  while (lines.length < target) {
    if (si < sections.length && rng.chance(0.45)) lines.push(`## ${sections[si++]}`, '');
    if (rng.chance(0.3)) lines.push(...bulletList(rng), '');
    else lines.push(...paragraph(rng), '');
  }
  return lines.join('\n');
}

// -------------------------------------------------------------- planning --

function planExperiments(rng, artifacts) {
  const count = Math.ceil(artifacts / FILES_PER_EXPERIMENT);
  const span = END_MS - START_MS;
  const step = count > 1 ? span / count : 0;
  const exps = [];
  let prev = START_MS - 1000;
  for (let e = 0; e < count; e++) {
    let t = START_MS + step * e + rng.float(0, 0.8) * step;
    t = Math.floor(t / 1000) * 1000;
    if (t <= prev) t = prev + 1000; // ids must strictly increase so they are unique
    prev = t;
    const offset = rng.weighted(OFFSETS);
    const words = rng.sample(SLUG_WORDS, rng.int(2, 3));
    const w = wall(t, offset);
    const id = `${w.Y}${w.M}${w.D}_${w.h}${w.m}${w.s}_${words.join('_')}`;
    const age = (count - e) / count; // 1 = oldest, ~0 = newest
    const status =
      age < 0.2
        ? rng.weighted([['active', 80], ['complete', 20]])
        : rng.weighted([['complete', 88], ['deprecated', 7], ['active', 5]]);
    const nFiles = Math.min(FILES_PER_EXPERIMENT, artifacts - e * FILES_PER_EXPERIMENT);
    exps.push({
      index: e, id, start: t, offset, words, status, nFiles,
      owner: rng.pick(OWNERS),
      dataset: rng.pick(DATASETS),
      profile: rng.pick(PROFILES),
      baseline: e === 0 ? null : undefined, // resolved below
      level: 0, // relative quality level, drifts upward over time
    });
  }
  for (const exp of exps) {
    if (exp.index > 0) {
      const lo = Math.max(0, exp.index - 8);
      exp.baseline = exps[rng.int(lo, exp.index - 1)];
    }
    // bounded so that long baseline chains do not push ratios to 1.0 or latencies to 0
    exp.level = exp.index === 0 ? 0 : Math.min(0.1, Math.max(-0.03, exp.baseline.level + rng.float(-0.01, 0.03)));
  }
  return exps;
}

function metricValue(name, level, rng, jitter) {
  const m = METRICS[name];
  const noise = rng.float(-jitter, jitter);
  let v;
  if (m.hi) v = m.base * (1 + level + noise);
  else v = m.base * (1 - level - noise);
  if (m.digits >= 3) v = Math.min(v, 0.999);
  return round(Math.max(v, m.digits >= 3 ? 0.001 : 0.1), m.digits);
}

function planReportMetrics(rng, exp, k) {
  const comparison = rng.weighted([['improvement', 60], ['neutral', 20], ['regression', 20]]);
  const n = rng.int(2, 5);
  const names = exp.profile.slice(0, n);
  const metrics = [];
  const baseLevel = exp.baseline ? exp.baseline.level : 0;
  names.forEach((name, i) => {
    const m = METRICS[name];
    const baseline = metricValue(name, baseLevel, rng, 0);
    let value;
    if (i === 0) {
      // primary metric decides the comparison
      const mag = comparison === 'neutral' ? rng.float(-0.001, 0.001) : rng.float(0.012, 0.05) + 0.002 * k;
      const sign = comparison === 'regression' ? -1 : 1;
      const better = baseline * (1 + (m.hi ? 1 : -1) * sign * mag);
      value = round(m.digits >= 3 ? Math.min(better, 0.999) : better, m.digits);
      if (comparison !== 'neutral' && value === baseline) value = round(baseline + (m.hi ? sign : -sign) * 10 ** -m.digits, m.digits);
      metrics.push([name, m.unit ? { value, baseline, unit: m.unit } : { value, baseline }]);
      return;
    }
    value = metricValue(name, exp.level + 0.004 * k, rng, 0.01);
    const form = rng.weighted([['plain', 30], ['object', 70]]);
    if (form === 'plain' && !m.unit) metrics.push([name, value]);
    else if (exp.baseline || rng.chance(0.5)) metrics.push([name, m.unit ? { value, baseline, unit: m.unit } : { value, baseline }]);
    else metrics.push([name, m.unit ? { value, unit: m.unit } : { value }]);
  });
  return { comparison, metrics };
}

function yamlMetrics(metrics) {
  const out = ['metrics:'];
  for (const [name, m] of metrics) {
    if (typeof m === 'number') {
      out.push(`  ${name}: ${m}`);
      continue;
    }
    out.push(`  ${name}:`);
    out.push(`    value: ${m.value}`);
    if (m.baseline !== undefined) out.push(`    baseline: ${m.baseline}`);
    if (m.unit !== undefined) out.push(`    unit: ${q(m.unit)}`);
  }
  return out;
}

function artifactStatus(rng, exp) {
  if (exp.status === 'deprecated') return rng.weighted([['deprecated', 85], ['complete', 15]]);
  if (exp.status === 'active') return rng.weighted([['active', 60], ['complete', 40]]);
  return rng.weighted([['complete', 92], ['deprecated', 8]]);
}

/** Builds all file descriptions (not yet rendered) for the corpus. */
function planFiles(rng, exps) {
  const files = [];
  let aid = 0;
  for (const exp of exps) {
    const expFiles = [];
    const usedNames = new Set();
    let t = exp.start + rng.int(15, 180) * 60_000;
    const slotTypes = rng.shuffle(SLOT_TYPES.slice());
    let reportNo = 0;
    let phase = 0;
    for (let slot = 1; slot < exp.nFiles; slot++) {
      const type = slotTypes[slot - 1];
      t += rng.int(2, 72) * HOUR + rng.int(0, 59) * 60_000;
      t = Math.floor(t / 60_000) * 60_000;
      const created = t;
      const updated = created + (rng.chance(0.25) ? 0 : rng.int(5, 14 * 24 * 60) * 60_000);
      const w = wall(created, exp.offset);
      const slugWords = rng.sample(SLUG_WORDS, rng.int(2, 4));
      let slug = slugWords.join('-').slice(0, 50).replace(/-+$/, '');
      let name = `${w.Y}${w.M}${w.D}_${w.h}${w.m}_${type}_${slug}.md`;
      for (let n = 2; usedNames.has(name); n++) {
        slug = `${slugWords.join('-').slice(0, 46).replace(/-+$/, '')}-${n}`;
        name = `${w.Y}${w.M}${w.D}_${w.h}${w.m}_${type}_${slug}.md`;
      }
      usedNames.add(name);
      const f = {
        exp, type, dir: `.metadata/${TYPE_DIR[type]}`, name, slugWords, stamp: `${w.Y}${w.M}${w.D}_${w.h}${w.m}`,
        created, updated, offset: exp.offset,
        artifactId: `${exp.words[0]}-${type.slice(0, 6)}-${pad(++aid, 6)}`,
        title: capitalize(slugWords.join(' ')),
        omitTitle: rng.chance(0.1),
        status: artifactStatus(rng, exp),
        tags: rng.sample(TAG_POOL, rng.int(2, 5)),
        owner: rng.chance(0.8) ? rng.pick(OWNERS) : null,
        extra: {},
        defect: null,
      };
      if (type === 'assessment') {
        phase = Math.min(4, phase + rng.int(0, 1));
        f.extra.phase = `phase_${phase}`;
        f.extra.priority = rng.weighted([['critical', 10], ['high', 30], ['medium', 40], ['low', 20]]);
        f.extra.evidenceCount = rng.int(0, 12);
      } else if (type === 'report') {
        Object.assign(f.extra, planReportMetrics(rng, exp, reportNo++));
        if (rng.chance(0.3)) f.extra.gpu = rng.pick(GPUS);
      } else if (type === 'guide') {
        const cmds = rng.sample(COMMAND_TEMPLATES, rng.int(1, 4));
        f.extra.commands = cmds.map((c) => c(slugWords.join('_')));
        f.extra.prerequisites = rng.sample(PREREQS, rng.int(0, 3));
      } else if (type === 'script') {
        f.extra.dependencies = rng.sample(PACKAGES, rng.int(1, 5));
      }
      expFiles.push(f);
    }
    const lastUpdated = expFiles.reduce((mx, f) => Math.max(mx, f.updated), exp.start);
    const manifest = {
      exp, type: 'experiment_manifest', dir: '', name: 'README.md',
      created: exp.start, updated: lastUpdated, offset: exp.offset,
      title: capitalize(exp.words.join(' ')),
      status: exp.status,
      tags: rng.sample(TAG_POOL, rng.int(2, 5)),
      owner: exp.owner,
      extra: {},
      defect: null,
    };
    files.push(manifest, ...expFiles);
  }
  return files;
}

/** Chooses round(ratio * n) files and one defect for each (round-robin over DEFECT_KINDS). */
function assignDefects(rng, files, ratio) {
  const want = Math.min(files.length, Math.round(ratio * files.length));
  if (want === 0) return [];
  const pools = { assessment: [], other: [], manifest: [] };
  files.forEach((f, i) => {
    if (f.type === 'assessment') pools.assessment.push(i);
    else if (f.type === 'experiment_manifest') pools.manifest.push(i);
    else pools.other.push(i);
  });
  for (const p of Object.values(pools)) rng.shuffle(p);
  const take = (...names) => {
    for (const n of names) if (pools[n].length) return pools[n].pop();
    return undefined;
  };
  const chosen = [];
  for (let j = 0; j < want; j++) {
    let kind = DEFECT_KINDS[j % DEFECT_KINDS.length];
    let idx;
    if (kind === 'bad-priority' || kind === 'missing-evidence-count') idx = take('assessment');
    else if (kind === 'camelcase-filename') idx = take('other', 'assessment');
    else idx = take('other', 'assessment', 'manifest');
    if (idx === undefined) {
      // only happens at very high ratios: fall back to a defect any file can carry
      kind = 'bad-tag';
      idx = take('other', 'assessment', 'manifest');
    }
    if (idx === undefined) break;
    files[idx].defect = kind;
    chosen.push(idx);
  }
  return chosen;
}

// ------------------------------------------------------------- rendering --

function render(rng, f) {
  const exp = f.exp;
  const fm = ['---', 'ads_version: "1.0"', `type: ${f.type}`];
  let created = q(isoWithOffset(f.created, f.offset));
  let updated = q(isoWithOffset(f.updated, f.offset));
  if (f.defect === 'no-offset') created = isoWithOffset(f.created, 0).replace(/Z$/, ''); // no zone, unquoted
  if (f.defect === 'updated-before-created') updated = q(isoWithOffset(f.created - rng.int(60, 30 * 24 * 60) * 60_000, f.offset));
  const tags = f.tags.map(q);
  if (f.defect === 'bad-tag') tags.splice(rng.int(0, tags.length), 0, q('Bad Tag'));

  if (f.type === 'experiment_manifest') {
    fm.push(`experiment_id: ${q(exp.id)}`);
    fm.push(`name: ${q(f.title)}`);
    fm.push(`description: ${q(sentence(rng, 10, 20))}`);
  } else {
    if (!f.omitTitle) fm.push(`title: ${q(f.title)}`);
    fm.push(`artifact_id: ${q(f.artifactId)}`);
    fm.push(`experiment_id: ${q(exp.id)}`);
  }
  fm.push(`status: ${f.status}`, `created: ${created}`, `updated: ${updated}`, `tags: [${tags.join(', ')}]`);

  const x = f.extra;
  let ctx = {};
  switch (f.type) {
    case 'experiment_manifest':
      fm.push(`dataset: ${q(exp.dataset)}`);
      break;
    case 'assessment':
      fm.push(`phase: ${x.phase}`);
      fm.push(`priority: ${f.defect === 'bad-priority' ? 'urgent' : x.priority}`);
      if (f.defect !== 'missing-evidence-count') fm.push(`evidence_count: ${x.evidenceCount}`);
      break;
    case 'report':
      fm.push(...yamlMetrics(x.metrics));
      // EDS requires a baseline: the first experiment is its own.
      fm.push(`baseline: ${q((exp.baseline ?? exp).id)}`);
      fm.push(`comparison: ${x.comparison}`);
      if (x.gpu) fm.push(`gpu: ${q(x.gpu)}`);
      ctx = { metrics: x.metrics };
      break;
    case 'guide':
      fm.push('commands:', ...x.commands.map((c) => `  - ${q(c)}`));
      fm.push(x.prerequisites.length ? 'prerequisites:' : 'prerequisites: []', ...x.prerequisites.map((p) => `  - ${q(p)}`));
      ctx = { commands: x.commands };
      break;
    case 'script':
      fm.push(`dependencies: [${x.dependencies.map(q).join(', ')}]`);
      break;
  }
  if (f.owner) fm.push(`owner: ${q(f.owner)}`);
  fm.push('---', '');
  let name = f.name;
  if (f.defect === 'camelcase-filename') name = `${f.stamp}_${f.type}_${camel(f.slugWords)}.md`;
  return { name, text: fm.join('\n') + '\n' + body(rng, f.title, f.type, ctx) + '\n' };
}

// ------------------------------------------------------------ filesystem --

function prepareOut(out) {
  if (!existsSync(out)) {
    mkdirSync(out, { recursive: true });
    return;
  }
  if (!statSync(out).isDirectory()) throw new Error(`refusing to write to ${out}: it exists and is not a directory`);
  const entries = readdirSync(out);
  if (entries.length === 0) return;
  if (!entries.includes('etk.config.json')) {
    throw new Error(`refusing to clear ${out}: it is not empty and has no etk.config.json (not a generated corpus?)`);
  }
  for (const e of entries) rmSync(join(out, e), { recursive: true, force: true });
}

/**
 * Generate a corpus.
 * @param {{artifacts?: number, seed?: number|string, out: string, invalidRatio?: number}} opts
 * @returns {{out: string, files: number, experiments: number, defects: {path: string, kind: string}[]}}
 *   paths in `defects` are relative to `out`, with forward slashes.
 */
export function generateCorpus({ artifacts = 1000, seed = 42, out, invalidRatio = 0 } = {}) {
  if (!out) throw new Error('out is required');
  if (!Number.isInteger(artifacts) || artifacts < 1) throw new Error(`artifacts must be a positive integer, got ${artifacts}`);
  if (!(invalidRatio >= 0 && invalidRatio <= 1)) throw new Error(`invalidRatio must be within [0, 1], got ${invalidRatio}`);

  const rng = new Rng(seed);
  const exps = planExperiments(rng, artifacts);
  const files = planFiles(rng, exps);
  // Defects use their own stream so that clean parts of the corpus stay the same at every ratio.
  assignDefects(new Rng(seedToInt(seed) ^ 0x9e3779b9), files, invalidRatio);

  prepareOut(out);
  writeFileSync(join(out, 'etk.config.json'), JSON.stringify(CONFIG, null, 2) + '\n');
  const root = join(out, ...ROOT.split('/'));
  const defects = [];
  const madeDirs = new Set();
  for (const f of files) {
    const rel = f.dir ? `${f.exp.id}/${f.dir}` : f.exp.id;
    if (!madeDirs.has(rel)) {
      mkdirSync(join(root, ...rel.split('/')), { recursive: true });
      madeDirs.add(rel);
    }
    // Each file gets its own stream, so a defect in one file cannot change the text of another.
    const { name, text } = render(new Rng(`${seedToInt(seed)}:${rel}/${f.name}`), f);
    writeFileSync(join(root, ...rel.split('/'), name), text);
    if (f.defect) defects.push({ path: `${ROOT}/${rel}/${name}`, kind: f.defect });
  }
  return { out, files: files.length, experiments: exps.length, defects };
}

// ------------------------------------------------------------------- CLI --

function main(argv) {
  const usage =
    'usage: node bench/gen-corpus.mjs --artifacts N --seed S --out DIR [--invalid-ratio R]\n' +
    '  --artifacts N       number of Markdown files, manifests included (default 1000)\n' +
    '  --seed S            PRNG seed (default 42)\n' +
    '  --out DIR           output directory; cleared only if empty or it holds etk.config.json\n' +
    '  --invalid-ratio R   fraction of files with exactly one defect, 0..1 (default 0)';
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        artifacts: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '42' },
        out: { type: 'string' },
        'invalid-ratio': { type: 'string', default: '0' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    console.error(`${err.message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!values.out) {
    console.error(`--out is required\n${usage}`);
    return 2;
  }
  const artifacts = Number(values.artifacts);
  const invalidRatio = Number(values['invalid-ratio']);
  try {
    const r = generateCorpus({ artifacts, seed: values.seed, out: values.out, invalidRatio });
    console.log(`${r.files} files in ${r.experiments} experiments -> ${values.out}`);
    return 0;
  } catch (err) {
    console.error(`gen-corpus: ${err.message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
