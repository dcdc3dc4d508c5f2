import { mkdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { artifactStamp } from '../artifacts/layout.ts';
import { BUILTIN_SCHEMAS, DEFAULT_STATUSES } from '../artifacts/schemaSet.ts';
import type { EtkConfig } from '../config/loadConfig.ts';
import { UsageError } from '../errors.ts';
import { TargetExistsError, writeFileAtomic } from '../util/writeFileAtomic.ts';
import { checkRendered, repoPath, type Placeholder } from './checkRendered.ts';
import { typePlaceholders } from './placeholders.ts';
import { TYPE_FOLDERS } from '../artifacts/profile.ts';
import { renderTemplate, type FieldSet } from './renderTemplate.ts';
import { artifactSlug, experimentSlug, normalizeTag, normalizeTags } from './slugs.ts';
import { loadTemplate } from './templateFiles.ts';
import { experimentStamp, isoWithOffset } from './timestamps.ts';

/** Sub-folder of .metadata/ per type, from the profile (configured types: the type name plus "s"). */
export const SUBDIRS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(TYPE_FOLDERS).filter((e): e is [string, string] => e[1] !== null));
export const subdirFor = (type: string) => SUBDIRS[type] ?? `${type}s`;

export interface Created {
  /** The experiment id, or the artifact's file stem. */
  id: string;
  type: string;
  experimentId: string;
  /** Repo-relative POSIX path of the new file. */
  path: string;
  absPath: string;
  placeholders: Placeholder[];
}

interface Common {
  config: EtkConfig;
  now: Date;
  tags: readonly string[];
  status?: string | undefined;
}

/** Fields from options (type-specific ones, --set), with the option that gave each (for messages). */
export type GivenFields = { key: string; value: unknown; option: string; after?: string }[];

export interface NewExperimentRequest extends Common {
  name: string;
  description?: string | undefined;
  /** --set fields. */
  given?: GivenFields;
}

export interface NewArtifactRequest extends Common {
  type: string;
  title: string;
  experimentId: string;
  given: GivenFields;
}

function tagsOf(raw: readonly string[]): string[] {
  const { tags, unusable } = normalizeTags(raw);
  if (unusable.length > 0) throw new UsageError(`--tag ${JSON.stringify(unusable[0])} has no letters or digits left for a tag (tags are lowercase letters, digits and hyphens)`, 'give the tag in Latin letters or digits, e.g. --tag image-processing');
  return tags;
}

function statusOf(config: EtkConfig, given: string | undefined): string {
  if (given !== undefined) return given;
  const allowed = config.statuses ?? DEFAULT_STATUSES;
  return allowed.includes('active') ? 'active' : allowed[0]!;
}

function commonFields(req: Common, created: string): FieldSet[] {
  return [
    { key: 'status', value: statusOf(req.config, req.status), mode: 'always' },
    { key: 'created', value: created, mode: 'always', quote: true },
    { key: 'updated', value: created, mode: 'always', quote: true },
    { key: 'tags', value: tagsOf(req.tags), mode: 'mergeList', normalize: normalizeTag },
  ];
}

const givenFieldSets = (given: GivenFields = []) => given.map((g): FieldSet => ({ key: g.key, value: g.value, mode: 'always', quote: false, ...(g.after ? { after: g.after } : {}) }));
const givenOptions = (given: GivenFields = []) => Object.fromEntries(given.map((g) => [g.key, g.option]));

function given(req: Common, extra: Record<string, string> = {}): Map<string, string> {
  return new Map([['status', '--status'], ['tags', "--tag (or the template's tags)"], ['created', 'the clock'], ['updated', 'the clock'], ['type', 'the type'], ['experiment_id', 'the experiment'], ...Object.entries(extra)]);
}

/** `etk new experiment`: `<root>/<YYYYMMDD_HHMMSS>_<slug>/README.md` and its .metadata/ folders. */
export async function newExperiment(req: NewExperimentRequest): Promise<Created> {
  const { config } = req;
  const name = req.name.trim();
  const id = `${experimentStamp(req.now)}_${experimentSlug(name)}`;
  const dir = join(config.rootAbs, id);
  const absPath = join(dir, 'README.md');
  const template = loadTemplate('experiment_manifest', config);
  const created = isoWithOffset(req.now);
  const fields: FieldSet[] = [
    { key: 'ads_version', value: '1.0', mode: 'ifMissing', quote: true },
    { key: 'type', value: 'experiment_manifest', mode: 'always' },
    { key: 'experiment_id', value: id, mode: 'always' },
    { key: 'name', value: name, mode: 'always', quote: true },
    ...(req.description !== undefined ? [{ key: 'description', value: req.description, mode: 'always', quote: true } as FieldSet] : []),
    ...commonFields(req, created),
    ...givenFieldSets(req.given),
  ];
  const rendered = renderTemplate({ template, fields, vars: { name, description: req.description ?? '', experiment_id: id, type: 'experiment_manifest', created, date: created.slice(0, 10) } });
  const placeholders = await checkRendered(config, absPath, rendered, template, given(req, { name: 'the name', description: '--description', ...givenOptions(req.given) }));

  mkdirSync(config.rootAbs, { recursive: true });
  try {
    mkdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`experiment ${id} exists already (made this same second)`, 'wait a second and run it again, or give another name');
    throw err;
  }
  try {
    writeFileAtomic(absPath, rendered.text, { exclusive: true });
  } catch (err) {
    rmdirSync(dir);
    throw err;
  }
  for (const sub of Object.values(SUBDIRS)) mkdirSync(join(dir, '.metadata', sub), { recursive: true });
  // The spec's mandatory .metadata/manifest.json, with its required fields (success_rate not known yet).
  const status = statusOf(config, req.status);
  const manifest = { experiment_id: id, name, status, phase: 'planning', created, updated: created, success_rate: null };
  writeFileAtomic(join(dir, '.metadata', 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { exclusive: true });
  return { id, type: 'experiment_manifest', experimentId: id, path: repoPath(config, absPath), absPath, placeholders };
}

/** `etk new <type> <title>`: `<experiment>/.metadata/<type>s/YYYYMMDD_HHMM_<type>_<slug>.md`. */
export async function newArtifact(req: NewArtifactRequest): Promise<Created> {
  const { config, type } = req;
  const title = req.title.trim();
  const created = isoWithOffset(req.now);
  const name = `${artifactStamp(created)}_${type}_${artifactSlug(title)}`;
  const absPath = join(config.rootAbs, req.experimentId, '.metadata', subdirFor(type), `${name}.md`);
  const template = loadTemplate(type, config);
  const schema = BUILTIN_SCHEMAS[type] ?? config.extraTypes[type]?.schema;
  if (schema === undefined) throw new UsageError(`unknown type ${type}`);
  const fields: FieldSet[] = [
    { key: 'ads_version', value: '1.0', mode: 'ifMissing', quote: true },
    { key: 'type', value: type, mode: 'always' },
    { key: 'title', value: title, mode: 'always', quote: true },
    { key: 'experiment_id', value: req.experimentId, mode: 'always' },
    ...commonFields(req, created),
    ...typePlaceholders(schema).map(([key, value]): FieldSet => ({ key, value, mode: 'ifMissing' })),
    ...givenFieldSets(req.given),
  ];
  const rendered = renderTemplate({ template, fields, vars: { title, experiment_id: req.experimentId, type, created, date: created.slice(0, 10) } });
  const placeholders = await checkRendered(config, absPath, rendered, template, given(req, { title: 'the title', ...givenOptions(req.given) }));

  mkdirSync(join(absPath, '..'), { recursive: true });
  try {
    writeFileAtomic(absPath, rendered.text, { exclusive: true });
  } catch (err) {
    if (err instanceof TargetExistsError) throw new UsageError(`${repoPath(config, absPath)} exists already (a ${type} with this title, made this same minute)`, 'give it another title, or edit the one that exists');
    throw err;
  }
  return { id: name, type, experimentId: req.experimentId, path: repoPath(config, absPath), absPath, placeholders };
}
