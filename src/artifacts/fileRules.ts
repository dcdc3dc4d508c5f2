import type { Finding } from './diagnostic.ts';
import { fixedFileName } from './fixedFileName.ts';
import { EXPERIMENT_ID, SLUG_MAX, artifactStamp, isRealDateTime, parseArtifactName, slugify, type Placement } from './layout.ts';
import type { Located } from './yamlPositions.ts';
import { closest } from '../util/distance.ts';

export interface FileRuleInput {
  path: string;
  placement: Exclude<Placement, { kind: 'ignored' }>;
  data: Record<string, unknown>;
  title: string;
  knownTypes: readonly string[];
  /** Top-level keys the artifact's schema knows; null when the type is unknown. */
  knownKeys: ReadonlySet<string> | null;
  locateValue: (path: readonly string[]) => Located;
  locateKey: (path: readonly string[]) => Located;
}

const pos = (l: Located) => ({ line: l.line, column: l.column });

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function dirname(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

/** Suggests the EDS file name for an artifact from its `created`, `type` and title. */
export function suggestedName(data: Record<string, unknown>, title: string, fallbackStamp: string | null): string | null {
  const stamp = artifactStamp(data.created) ?? fallbackStamp;
  const type = typeof data.type === 'string' ? data.type : null;
  const slug = slugify(title);
  if (!stamp || !type || !slug) return null;
  return `${stamp}_${type}_${slug}.md`;
}

/** Rules that need only the file itself: naming, placement, ids, dates, typos. */
export function fileRules(input: FileRuleInput): Finding[] {
  const { path, placement, data } = input;
  const out: Finding[] = [];
  const top = { line: 1, column: 1 };
  const name = basename(path);
  const type = typeof data.type === 'string' ? data.type : undefined;

  // Placement.
  if (placement.kind === 'misplaced') {
    const where = placement.experimentDir === null ? 'directly in the experiments root' : `in ${placement.experimentDir}/ outside .metadata/`;
    out.push({
      ...top,
      rule: 'placement',
      message: `Markdown ${where}: artifacts belong in <experiment>/.metadata/, and README.md is the only Markdown at an experiment's root`,
      hint: placement.experimentDir === null
        ? 'move the file into an experiment folder\'s .metadata/ directory'
        : `git mv "${path}" "${path.slice(0, path.indexOf(placement.experimentDir) + placement.experimentDir.length)}/.metadata/${name}"`,
    });
  }
  const experimentDir = placement.experimentDir;
  if (experimentDir !== null && !EXPERIMENT_ID.test(experimentDir)) {
    out.push({
      ...top,
      rule: 'experiment-folder',
      message: `experiment folder "${experimentDir}" is not an experiment id (YYYYMMDD_HHMMSS_name, lowercase)`,
      hint: 'rename the folder, e.g. 20251217_024343_image_enhancements, and set experiment_id to match',
    });
  }

  // Manifest vs artifact type.
  if (placement.kind === 'manifest' && type !== undefined && type !== 'experiment_manifest') {
    out.push({ ...pos(input.locateValue(['type'])), rule: 'type-mismatch', message: `README.md is the experiment manifest, so type must be experiment_manifest (found ${type})`, hint: 'set type: experiment_manifest, or move this document into .metadata/' });
  }
  if (placement.kind !== 'manifest' && type === 'experiment_manifest') {
    out.push({ ...pos(input.locateValue(['type'])), rule: 'placement', message: 'an experiment_manifest must be the experiment\'s README.md', hint: `move it to <experiment>/README.md, or give it an artifact type (${input.knownTypes.filter((t) => t !== 'experiment_manifest').join(', ')})` });
  }

  // File name.
  if (placement.kind !== 'manifest') {
    const parsed = parseArtifactName(name, input.knownTypes);
    // Suggestions cost a slugify: only made for a file that needs one.
    const suggest = () => suggestedName(data, input.title, parsed ? `${parsed.date}_${parsed.time}` : null);
    const renameHint = (suggestion = suggest()) => (suggestion && suggestion !== name ? `git mv "${path}" "${dirname(path)}/${suggestion}"` : 'rename it to YYYYMMDD_HHMM_{type}_{slug}.md');
    // A wrong name: the rename etk validate --fix makes (only the wrong parts change), when it makes one.
    const nameHint = () => renameHint(fixedFileName(name, data, input.title, input.knownTypes) ?? suggest());
    if (!parsed) {
      out.push({ ...top, rule: 'file-name', message: `file name "${name}" does not follow YYYYMMDD_HHMM_{type}_{slug}.md`, hint: nameHint() });
    } else {
      const problems: string[] = [];
      if (!isRealDateTime(parsed.date, parsed.time)) problems.push(`${parsed.date}_${parsed.time} is not a real date and time`);
      if (!/^[a-z0-9-]+$/.test(parsed.slug)) {
        const why = /\s/.test(parsed.slug) ? 'spaces' : /[A-Z]/.test(parsed.slug) ? (/^[A-Z0-9_-]+$/.test(parsed.slug) ? 'capitals' : 'camelCase or capitals') : 'characters other than a-z, 0-9 and -';
        problems.push(`slug "${parsed.slug}" has ${why} (use lowercase letters, digits and hyphens)`);
      } else if (parsed.slug.length > SLUG_MAX) {
        problems.push(`slug is ${parsed.slug.length} characters long (at most ${SLUG_MAX})`);
      }
      if (problems.length > 0) {
        out.push({ ...top, rule: 'file-name', message: `file name "${name}": ${problems.join('; ')}`, hint: nameHint() });
      }
      // An unknown `type` is reported by unknown-type already.
      if (type !== undefined && input.knownTypes.includes(type) && parsed.type !== type) {
        out.push({ ...pos(input.locateValue(['type'])), rule: 'type-mismatch', message: `the file name says type ${parsed.type} but the frontmatter says ${type}`, hint: suggest() ? `fix whichever is wrong: ${renameHint()}` : `make the file name's type and \`type\` agree` });
      }
    }
  }

  // experiment_id must match the folder.
  const expId = data.experiment_id;
  // A malformed experiment_id is the schema's to report.
  if (typeof expId === 'string' && EXPERIMENT_ID.test(expId) && experimentDir !== null && EXPERIMENT_ID.test(experimentDir) && expId !== experimentDir) {
    out.push({ ...pos(input.locateValue(['experiment_id'])), rule: 'experiment-id-mismatch', message: `experiment_id is ${expId} but the file is in the experiment folder ${experimentDir}`, hint: `set experiment_id: ${experimentDir}` });
  }

  // updated must not be before created.
  const isoDateTime = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v);
  if (isoDateTime(data.created) && isoDateTime(data.updated)) {
    const c = Date.parse(data.created);
    const u = Date.parse(data.updated);
    if (!Number.isNaN(c) && !Number.isNaN(u) && u < c) {
      out.push({ ...pos(input.locateValue(['updated'])), rule: 'updated-before-created', message: `updated (${data.updated}) is before created (${data.created})`, hint: 'set updated to the time of the last change, on or after created' });
    }
  }

  // Unknown keys one typo away from a known one.
  if (input.knownKeys) {
    for (const key of Object.keys(data)) {
      if (input.knownKeys.has(key)) continue;
      const near = closest(key, input.knownKeys);
      if (near !== undefined) {
        out.push({ ...pos(input.locateKey([key])), rule: 'unknown-key', message: `unknown field ${key}: did you mean ${near}?`, hint: `rename ${key} to ${near}` });
      }
    }
  }
  return out;
}
