import profile from '../../schema/profiles/eds-1.0.json' with { type: 'json' };
import { decodeArtifact } from './decode.ts';
import type { Finding } from './diagnostic.ts';
import { readTimestamp, sqlTime } from './timestamp.ts';
import { MAX_NESTING, jsonTooDeep } from './nestingTooDeep.ts';

/**
 * Experiment metadata where real teams keep it: `<experiment>/state.json`, `.metadata/manifest.json`,
 * `manifest.json` and the README.md frontmatter. Each source is read on its own into the same few
 * facts; the `experiments` view merges them by PRECEDENCE. Pure: no disk, no git.
 */

/** Where a fact came from: the experiment-relative file. */
export type MetadataSource = 'README.md' | '.metadata/manifest.json' | 'manifest.json' | 'state.json';

/**
 * Which source wins, per kind of fact (first listed wins; a source without the fact is skipped).
 * Descriptive facts (name, description, created) are written once by a person: the README first.
 * Live facts (status, phase, updated) change as the work goes: state.json, which tools rewrite, first.
 */
export const PRECEDENCE = {
  describe: ['README.md', '.metadata/manifest.json', 'manifest.json', 'state.json'],
  live: ['state.json', '.metadata/manifest.json', 'manifest.json', 'README.md'],
} as const satisfies Record<string, readonly MetadataSource[]>;

/** Keys read for each fact, first present wins (real files spell them several ways). */
export const FACT_KEYS = {
  experiment_id: ['experiment_id', 'id'],
  name: ['name', 'title', 'experiment_name'],
  description: ['description', 'intention', 'goal', 'summary', 'objective'],
  status: ['status', 'state'],
  phase: ['phase', 'current_phase', 'stage'],
  created: ['created', 'created_at', 'timestamp', 'started_at', 'start_time'],
  updated: ['updated', 'updated_at', 'last_updated', 'modified', 'last_reconciled'],
} as const;

/** One source's facts, as stored in `experiment_sources`. */
export interface ExperimentFacts {
  source: MetadataSource;
  describeRank: number;
  liveRank: number;
  experimentId: string | null;
  name: string | null;
  description: string | null;
  status: string | null;
  phase: string | null;
  /** As written. */
  created: string | null;
  updated: string | null;
  /** The whole object as JSON (custom keys stay queryable). */
  data: string;
}

/** What the spec requires of `.metadata/manifest.json` (eds-v1.0-spec.yaml metadata_requirements), as profile data. */
export const MANIFEST_REQUIREMENTS: { file: string; fields: readonly string[] } = profile.experimentMetadata.requiredManifest;

/**
 * A metadata timestamp as UTC 'YYYY-MM-DD HH:MM:SS': any form an artifact's `created` may take (read
 * in `timezone` when it has no zone), or epoch seconds or milliseconds (tools write those to
 * state.json). Null when it is none of these.
 */
export function metadataTime(v: unknown, timezone = 'UTC'): string | null {
  const epoch = typeof v === 'number' ? v : typeof v === 'string' && /^\d{9,13}$/.test(v.trim()) ? Number(v) : null;
  if (epoch !== null) {
    const ms = epoch > 1e11 ? epoch : epoch * 1000;
    return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? sqlTime(ms) : null;
  }
  const t = readTimestamp(v, timezone);
  return t === null || t.unknownAbbreviation !== undefined ? null : sqlTime(t.ms);
}

const written = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
};

function pick(obj: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = written(obj[k]);
    if (v !== null) return v;
  }
  return null;
}

function rawPick(obj: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) if (written(obj[k]) !== null) return obj[k];
  return undefined;
}

/** The facts of one source's object (a JSON file's top level, or README frontmatter). */
export function factsOf(obj: Record<string, unknown>, source: MetadataSource): ExperimentFacts {
  const created = rawPick(obj, FACT_KEYS.created);
  const updated = rawPick(obj, FACT_KEYS.updated);
  return {
    source,
    describeRank: PRECEDENCE.describe.indexOf(source) + 1,
    liveRank: PRECEDENCE.live.indexOf(source) + 1,
    experimentId: pick(obj, FACT_KEYS.experiment_id),
    name: pick(obj, FACT_KEYS.name),
    description: pick(obj, FACT_KEYS.description),
    status: pick(obj, FACT_KEYS.status),
    phase: pick(obj, FACT_KEYS.phase),
    created: written(created),
    updated: written(updated),
    data: JSON.stringify(obj),
  };
}

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - start + 1 };
}

/** Where JSON.parse stopped, from its message (V8 names the position), else the end of the text. */
function jsonErrorAt(text: string, message: string): { line: number; column: number; reason: string } {
  const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s+in JSON at position \d+/, '').replace(/^JSON\.parse: /, '');
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), reason };
  const pos = /at position (\d+)/.exec(message);
  return { ...lineColumn(text, pos ? Number(pos[1]) : text.length), reason };
}

export interface MetadataRead {
  /** Null when the file could not be read as a JSON object. */
  facts: ExperimentFacts | null;
  findings: Finding[];
}

/**
 * Reads one metadata JSON file. Never throws: a file that is not text, not JSON or not an object
 * is a finding at its line (`metadata-json`), and the experiment's other sources still count.
 * `.metadata/manifest.json` is also checked for the fields the spec requires (`manifest-fields`).
 */
export function readMetadataFile(bytes: Uint8Array, source: MetadataSource): MetadataRead {
  const decoded = decodeArtifact(bytes);
  const findings: Finding[] = decoded.findings.filter((f) => f.rule !== 'line-endings');
  if (decoded.text === null) return { facts: null, findings };
  const text = decoded.text;
  const deep = jsonTooDeep(text);
  if (deep) {
    findings.push({ ...deep, rule: 'metadata-json', message: `${source} nests deeper than ${MAX_NESTING} levels here; etk does not parse it`, hint: 'flatten the JSON: experiment metadata is a flat object of fields; until then the experiment\'s other metadata files are used' });
    return { facts: null, findings };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const at = jsonErrorAt(text, (err as Error).message);
    findings.push({ line: at.line, column: at.column, rule: 'metadata-json', message: `${source} is not valid JSON: ${at.reason}`, hint: 'fix the JSON at this position (a missing comma or quote, a trailing comma); until then the experiment\'s other metadata files are used' });
    return { facts: null, findings };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const first = /\S/.exec(text);
    findings.push({ ...lineColumn(text, first ? first.index : 0), rule: 'metadata-json', message: `${source} holds ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`}, not an object of fields`, hint: 'write one JSON object: { "experiment_id": "...", "status": "...", ... }' });
    return { facts: null, findings };
  }
  const obj = value as Record<string, unknown>;
  if (source === MANIFEST_REQUIREMENTS.file) {
    const aliases = FACT_KEYS as Readonly<Record<string, readonly string[]>>;
    const missing = MANIFEST_REQUIREMENTS.fields.filter((f) => !(aliases[f] ?? [f]).some((k) => Object.hasOwn(obj, k)));
    if (missing.length > 0) {
      const first = /\S/.exec(text);
      findings.push({
        ...lineColumn(text, first ? first.index : 0),
        rule: 'manifest-fields',
        message: `${source} lacks ${missing.length === 1 ? 'a field' : 'fields'} EDS v1.0 requires: ${missing.join(', ')}`,
        hint: `add ${missing.map((f) => `"${f}"`).join(', ')} (the spec's metadata_requirements)`,
      });
    }
  }
  return { facts: factsOf(obj, source), findings };
}

/**
 * The merged status and last update of one experiment's sources, as the `experiments` view computes
 * them: status from the first source in PRECEDENCE.live that has one; updated is the latest time any
 * source names (ties and unreadable times: PRECEDENCE.live order).
 */
export function mergedLiveFacts(sources: readonly ExperimentFacts[], timezone = 'UTC'): { status: string | null; updatedAt: string | null } {
  const live = [...sources].sort((a, b) => a.liveRank - b.liveRank);
  const status = live.find((f) => f.status !== null)?.status ?? null;
  let updatedAt: string | null = null;
  for (const f of live) {
    const t = metadataTime(f.updated, timezone);
    if (t !== null && (updatedAt === null || t > updatedAt)) updatedAt = t;
  }
  return { status, updatedAt };
}
