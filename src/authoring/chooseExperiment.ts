import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { readRegularFile } from '../discover/readRegularFile.ts';
import { join, relative, sep } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { decodeArtifact } from '../artifacts/decode.ts';
import { factsOf, mergedLiveFacts, readMetadataFile, type ExperimentFacts } from '../artifacts/experimentMetadata.ts';
import { EXPERIMENT_ID } from '../artifacts/layout.ts';
import { parseFrontmatter } from '../artifacts/parseFrontmatter.ts';
import type { EtkConfig } from '../config/loadConfig.ts';
import { openForRead } from '../db/openDb.ts';
import { UsageError } from '../errors.ts';
import { resolveExperimentId } from '../query/experimentIds.ts';

/** Metadata larger than this is not read to choose an experiment (links and non-regular files never are). */
const MAX_METADATA_BYTES = 5 * 1024 * 1024;

export interface ChosenExperiment {
  id: string;
  /** Why this one, for the message ("the experiment of the current folder"). */
  reason: string;
}

/** Experiment folders under the root (names that are experiment ids and hold a README.md). */
export function experimentFolders(rootAbs: string): string[] {
  let entries;
  try {
    entries = readdirSync(rootAbs, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isDirectory() && EXPERIMENT_ID.test(e.name) && ['README.md', '.metadata/manifest.json', 'manifest.json', 'state.json', '.metadata'].some((f) => existsSync(join(rootAbs, e.name, f)))).map((e) => e.name).sort();
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** The experiment folder `cwd` is in, if any. */
export function experimentOfCwd(rootAbs: string, cwd: string): string | null {
  const rel = relative(real(rootAbs), real(cwd));
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep) || /^[a-zA-Z]:/.test(rel)) return null;
  const first = rel.split(sep)[0]!;
  return EXPERIMENT_ID.test(first) && existsSync(join(rootAbs, first)) ? first : null;
}

interface Candidate {
  id: string;
  updatedMs: number;
}

/** An experiment's sources read from disk: its README.md frontmatter and metadata JSON files. */
function readSources(dir: string): ExperimentFacts[] {
  const out: ExperimentFacts[] = [];
  const read = (rel: string) => {
    const o = readRegularFile(join(dir, rel), MAX_METADATA_BYTES);
    return o.kind === 'file' ? o.bytes : null;
  };
  const readme = read('README.md');
  if (readme !== null) {
    const text = decodeArtifact(readme).text;
    const data = text === null ? null : parseFrontmatter(text).data;
    if (data) out.push(factsOf(data, 'README.md'));
  }
  for (const source of ['.metadata/manifest.json', 'manifest.json', 'state.json'] as const) {
    const bytes = read(source);
    const facts = bytes === null ? null : readMetadataFile(bytes, source).facts;
    if (facts) out.push(facts);
  }
  return out;
}

function fromManifests(config: EtkConfig, ids: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const id of ids) {
    const m = mergedLiveFacts(readSources(join(config.rootAbs, id)), config.timezone);
    if (m.status !== 'active') continue;
    out.push({ id, updatedMs: m.updatedAt === null ? 0 : Date.parse(`${m.updatedAt.replace(' ', 'T')}Z`) || 0 });
  }
  return out;
}

/**
 * Active experiments with their last update: from tracking.db when it can be read (plus the folders
 * it does not know yet, made since the last sync, read from disk), else from every experiment's
 * metadata on disk, merged as the index merges it.
 */
function activeExperiments(config: EtkConfig, folders: readonly string[]): { candidates: Candidate[]; from: string } {
  const onDisk = new Set(folders);
  if (existsSync(config.databaseAbs)) {
    let db: DatabaseSync | undefined;
    try {
      db = openForRead(config.databaseAbs); // throws for another schema version: then the manifests are read
      const known = new Set((db.prepare('SELECT experiment_id FROM experiments').all() as { experiment_id: string }[]).map((r) => r.experiment_id));
      const rows = db.prepare("SELECT experiment_id, updated_at FROM experiments WHERE status = 'active'").all() as { experiment_id: string; updated_at: string | null }[];
      const candidates = rows
        .filter((r) => onDisk.has(r.experiment_id))
        .map((r) => ({ id: r.experiment_id, updatedMs: r.updated_at ? Date.parse(`${r.updated_at.replace(' ', 'T')}Z`) || 0 : 0 }));
      const unknown = folders.filter((f) => !known.has(f));
      candidates.push(...fromManifests(config, unknown));
      return { candidates, from: unknown.length > 0 ? `tracking.db, and ${unknown.length} experiment${unknown.length === 1 ? '' : 's'} made since the last sync` : 'tracking.db' };
    } catch {
      /* an unreadable index: scan instead */
    } finally {
      db?.close();
    }
  }
  return { candidates: fromManifests(config, folders), from: `${folders.length} manifest${folders.length === 1 ? '' : 's'}` };
}

/**
 * Which experiment a new artifact goes into: the one named (an id, or a unique part of one), else
 * the one the current folder is in, else the most recently updated active one.
 */
export function chooseExperiment(config: EtkConfig, cwd: string, named: string | undefined): ChosenExperiment {
  const folders = experimentFolders(config.rootAbs);
  const root = relative(config.top ?? config.projectDir, config.rootAbs) || '.';
  if (named !== undefined) {
    const id = resolveExperimentId(named, folders, { where: `under ${root}`, hint: folders.length === 0 ? 'create one with etk new experiment <name>' : 'etk status lists the experiments' });
    return { id, reason: id === named ? 'given with --experiment' : `the only experiment whose id matches "${named}"` };
  }
  const here = experimentOfCwd(config.rootAbs, cwd);
  if (here !== null) return { id: here, reason: 'the experiment of the current folder' };
  if (folders.length === 0) throw new UsageError(`there are no experiments under ${root} yet`, 'create one first: etk new experiment "<name>"');
  const { candidates, from } = activeExperiments(config, folders);
  if (candidates.length === 0) throw new UsageError(`none of the ${folders.length} experiments under ${root} is active`, 'name one with --experiment <id>, or create one with etk new experiment "<name>"');
  candidates.sort((a, b) => b.updatedMs - a.updatedMs || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return { id: candidates[0]!.id, reason: `the most recently updated active experiment, from ${from}` };
}
