import type { Finding } from './diagnostic.ts';
import { fixedFileName } from './fixedFileName.ts';
import { freeName } from './freeName.ts';
import { DEFAULT_LAYOUT, EXPERIMENT_ID, artifactStamp, isRealDateTime, nameStyle, parseArtifactName, slugProblem, slugify, type Placement } from './layout.ts';
import { TYPE_FOLDERS } from './profile.ts';
import { readTimestamp } from './timestamp.ts';
import common from '../../schema/eds-common.schema.json' with { type: 'json' };

const DATE_TIME_SHAPE = new RegExp(common.definitions.dateTime.pattern);
import { shellQuote } from '../util/shellQuote.ts';
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
  /** Whether a repo-relative path is taken (so a suggested name is a free one); absent: not checked. */
  exists?: ((path: string) => boolean) | undefined;
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
    const where = placement.experimentDir === null ? 'directly in the experiments root' : `at the root of ${placement.experimentDir}/`;
    const target = type !== undefined && TYPE_FOLDERS[type] ? `.metadata/${TYPE_FOLDERS[type]}` : '.metadata/<type folder>';
    out.push({
      ...top,
      rule: 'placement',
      message: `Markdown ${where}: README.md is the only Markdown allowed there; EDS artifacts belong in <experiment>/.metadata/<type>s/, other documents in artifacts/, outputs/, scripts/ or docs/`,
      hint: placement.experimentDir === null
        ? "move the file into an experiment folder's .metadata/ directory"
        : `git mv -- ${shellQuote(path)} ${shellQuote(`${dirname(path)}/${type !== undefined && TYPE_FOLDERS[type] ? target : 'docs'}/${name}`)}`,
    });
  }
  if (placement.kind === 'document' && !placement.known) {
    out.push({ ...top, rule: 'document-folder', message: `Markdown in a folder EDS does not name: an experiment holds .metadata/ (artifacts) and ${DEFAULT_LAYOUT.documentFolders.join('/, ')}/ (other documents)`, hint: `move it to one of those folders, or set the rule document-folder to "off" in etk.config.json` });
  }
  if (placement.kind === 'artifact' && type !== undefined && Object.hasOwn(TYPE_FOLDERS, type)) {
    const want = TYPE_FOLDERS[type];
    if (want && placement.folder !== want) {
      const here = placement.folder === null ? 'directly in .metadata/' : `in .metadata/${placement.folder}/`;
      const owner = Object.entries(TYPE_FOLDERS).find(([, f]) => f === placement.folder)?.[0];
      const meta = path.slice(0, path.indexOf('/.metadata/') + '/.metadata/'.length);
      out.push({ ...pos(input.locateValue(['type'])), rule: 'type-folder', message: `a ${type} ${here}${owner ? ` (the ${owner} folder)` : ''}: ${type}s belong in .metadata/${want}/`, hint: `git mv -- ${shellQuote(path)} ${shellQuote(`${meta}${want}/${name}`)}` });
    }
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
  if (placement.kind !== 'manifest' && type === 'experiment_manifest') {
    out.push({ ...pos(input.locateValue(['type'])), rule: 'placement', message: 'an experiment_manifest must be the experiment\'s README.md', hint: `move it to <experiment>/README.md, or give it an artifact type (${input.knownTypes.filter((t) => t !== 'experiment_manifest').join(', ')})` });
  }

  // File name: only EDS artifacts (and Markdown where artifacts may not be) are named by the pattern.
  if (placement.kind === 'artifact' || placement.kind === 'misplaced') {
    const parsed = parseArtifactName(name, input.knownTypes);
    // Suggestions cost a slugify: only made for a file that needs one.
    const suggest = () => suggestedName(data, input.title, parsed ? `${parsed.date}_${parsed.time}` : null);
    const renameHint = (suggestion = suggest()) => {
      if (!suggestion || suggestion === name) return 'rename it to YYYYMMDD_HHMM_{type}_{slug}.md';
      const free = freeName(dirname(path), suggestion, input.exists, path);
      return `git mv -- ${shellQuote(path)} ${shellQuote(`${dirname(path)}/${free}`)}`;
    };
    // A wrong name: the rename etk validate --fix makes (only the wrong parts change), when it makes
    // one, and says so when that name is free (--fix never renames over a file).
    const nameHint = () => {
      const fixed = fixedFileName(name, data, input.title, input.knownTypes);
      const hint = renameHint(fixed ?? suggest());
      const fixable = fixed !== null && freeName(dirname(path), fixed, input.exists, path) === fixed;
      return fixable ? `${hint}, or etk validate --fix renames it` : hint;
    };
    if (!parsed) {
      const style = nameStyle(name);
      out.push({ ...top, rule: 'file-name', message: `file name "${name}" ${style ? `${style}; EDS names are` : 'does not follow'} YYYYMMDD_HHMM_{type}_{slug}.md`, hint: nameHint() });
    } else {
      const problems: string[] = [];
      if (!isRealDateTime(parsed.date, parsed.time)) problems.push(`${parsed.date}_${parsed.time} is not a real date and time`);
      if (parsed.type === null) {
        problems.push(`no known type follows ${parsed.date}_${parsed.time}_ (types: ${input.knownTypes.filter((t) => t !== 'experiment_manifest').join(', ')})`);
      } else {
        const slugWrong = slugProblem(parsed.slug);
        if (slugWrong) problems.push(slugWrong);
      }
      if (problems.length > 0) {
        out.push({ ...top, rule: 'file-name', message: `file name "${name}": ${problems.join('; ')}`, hint: nameHint() });
      }
      // An unknown `type` is reported by unknown-type already.
      if (type !== undefined && parsed.type !== null && input.knownTypes.includes(type) && parsed.type !== type) {
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

  // Each timestamp is read once; the rules below share the readings.
  const read = { created: readTimestamp(data.created), updated: readTimestamp(data.updated) };
  // Timestamps: a time without a zone is ambiguous (read in the configured timezone).
  for (const key of ['created', 'updated'] as const) {
    const t = read[key];
    if (t === null || t.zone !== 'assumed' || !t.hasTime) continue;
    out.push({
      ...pos(input.locateValue([key])),
      rule: 'timestamp-offset',
      message: t.unknownAbbreviation !== undefined
        ? `${key}: the zone "${t.unknownAbbreviation}" is not one etk knows, so the time is read in the configured timezone`
        : `${key} has no time zone (${String(data[key])}), so it is read in the configured timezone`,
      hint: t.unknownAbbreviation !== undefined
        ? 'write an offset ("2025-12-17T02:43:00+09:00") or a known abbreviation such as (KST), (UTC), (CET)'
        : 'add the zone, e.g. "2025-12-17 02:43 (KST)" or "2025-12-17T02:43:00+09:00"; etk validate --fix adds the configured timezone',
    });
  }
  // A date-time of the accepted shape that names no real moment (2025-13-45).
  for (const key of ['created', 'updated'] as const) {
    const v = data[key];
    if (typeof v === 'string' && read[key] === null && /^\d{4}-\d{2}-\d{2}/.test(v) && DATE_TIME_SHAPE.test(v)) {
      out.push({ ...pos(input.locateValue([key])), rule: 'schema', message: `${key} is not a real date and time (found "${v}")`, hint: 'check the month (01-12), the day of that month, the hour (00-23) and the minute (00-59)' });
    }
  }
  // Report metrics etk can index: a number, or {value: number}.
  const metrics = data.metrics;
  if (type === 'report' && metrics !== null && typeof metrics === 'object' && !Array.isArray(metrics)) {
    for (const [name, m] of Object.entries(metrics as Record<string, unknown>)) {
      const ok = (typeof m === 'number' && Number.isFinite(m)) || (m !== null && typeof m === 'object' && typeof (m as { value?: unknown }).value === 'number');
      if (!ok) {
        out.push({ ...pos(input.locateValue(['metrics', name])), rule: 'metric-value', message: `metric ${name} is not a number nor {value: number}, so it is indexed with no value (metric_value NULL): listed, but neither compared nor charted, and never a baseline`, hint: `write it as ${name}: 0.91, or ${name}: {value: 0.91, baseline: 0.85, unit: ratio}` });
      }
    }
  }
  // updated must not be before created.
  const { created, updated } = read;
  if (created !== null && updated !== null && updated.ms < created.ms) {
    out.push({ ...pos(input.locateValue(['updated'])), rule: 'updated-before-created', message: `updated (${String(data.updated)}) is before created (${String(data.created)})`, hint: 'set updated to the time of the last change, on or after created' });
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
