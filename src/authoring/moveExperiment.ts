import { lstatSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArtifact } from '../artifacts/decode.ts';
import { classifyPath } from '../artifacts/layout.ts';
import type { EtkConfig } from '../config/loadConfig.ts';
import { readRegularFile } from '../discover/readRegularFile.ts';
import { ConfigError, UsageError } from '../errors.ts';
import { execGit } from '../git/execGit.ts';
import { splitZ } from '../git/parseZ.ts';
import { matchExperimentId } from '../query/experimentIds.ts';
import { closest } from '../util/distance.ts';
import { writeFileAtomic } from '../util/writeFileAtomic.ts';
import { experimentFolders } from './chooseExperiment.ts';
import { newExperimentId } from './newExperimentId.ts';
import { planMove, type MoveInput, type MovePlan } from './planMove.ts';

export interface PreparedMove extends MovePlan {
  top: string;
  /** How the folder is renamed: `git mv` when git tracks a file in it, else a plain rename. */
  method: 'git mv' | 'rename';
  /** Rewritten files git tracks (new paths): staged with the rename. */
  tracked: string[];
}

const listed = (names: readonly string[]) => `${names.slice(0, 10).join(', ')}${names.length > 10 ? `, and ${names.length - 10} more` : ''}`;

/** The experiment folder a typed id names (the one matching rule), or a usage error naming the candidates. */
function resolveFolder(config: EtkConfig, given: string): string {
  const folders = experimentFolders(config.rootAbs);
  const m = given.trim() === '' ? { kind: 'none' as const, near: undefined } : matchExperimentId(given, folders);
  if (m.kind === 'one') return m.id;
  if (m.kind === 'several') throw new UsageError(`etk mv: experiment "${given}" is ambiguous: ${listed(m.ids)}`, 'give more of the id');
  // A typo in the name part alone is too far from the whole id: compare it with the name parts too.
  const names = folders.map((f) => f.slice('YYYYMMDD_HHMMSS_'.length));
  const nearName = closest(given, names);
  const near = m.kind === 'none' && m.near !== undefined ? m.near : nearName !== undefined ? folders[names.indexOf(nearName)] : undefined;
  throw new UsageError(`etk mv: no experiment "${given}" under ${config.root || '.'}${near ? ` (did you mean "${near}"?)` : ''}`, 'give an experiment id or a unique part of one (etk query experiments lists them)');
}

/** Markdown and metadata files under the root, tracked or not (ignored files are not), that are regular files. */
function readRootFiles(config: EtkConfig, top: string): { files: MoveInput[]; tracked: Set<string> } {
  const spec = config.root === '' ? '.' : config.root;
  const tracked = new Set(splitZ(execGit(['ls-files', '-z', '--cached', '--', spec], { cwd: top })));
  const others = splitZ(execGit(['ls-files', '-z', '--others', '--exclude-standard', '--', spec], { cwd: top }));
  const files: MoveInput[] = [];
  for (const path of new Set([...tracked, ...others])) {
    if (classifyPath(path, config.root).kind === 'ignored') continue;
    const read = readRegularFile(join(top, path), config.maxFileSize);
    if (read.kind !== 'file') continue;
    const decoded = decodeArtifact(read.bytes);
    if (decoded.text !== null) files.push({ path, text: decoded.text, hadBom: decoded.hadBom });
  }
  return { files, tracked };
}

/**
 * Everything `etk mv` will do, checked before anything is written: the experiment exists, the new id
 * is valid and free, and no file it touches has uncommitted changes (so the move is one reviewable
 * change that `git diff --staged` shows alone, and nobody's edits get mixed into it).
 */
export function prepareMove(config: EtkConfig, experiment: string, newName: string): PreparedMove {
  const top = config.top;
  if (top === null) throw new ConfigError(`etk mv works inside a git repository, and ${config.projectDir} is not in one`, 'cd into your repository (or run git init first)');
  const oldId = resolveFolder(config, experiment);
  const newId = newExperimentId(oldId, newName);
  if (newId === oldId) throw new UsageError(`etk mv: experiment ${oldId} already has that id`, 'give a different name');
  const prefix = config.root === '' ? '' : `${config.root}/`;
  if (lstatSync(join(config.rootAbs, newId), { throwIfNoEntry: false }) !== undefined) {
    throw new UsageError(`etk mv: ${prefix}${newId} already exists`, 'choose another name, or move that folder away first');
  }
  const { files, tracked } = readRootFiles(config, top);
  const plan = planMove({ oldId, newId, root: config.root, files });
  const touched = new Set(plan.rewrites.map((r) => r.path));
  const status = splitZ(execGit(['status', '--porcelain=v1', '-z', '--untracked-files=no', '--no-renames', '--', config.root === '' ? '.' : config.root], { cwd: top }));
  const dirty = status.map((r) => r.slice(3)).filter((p) => p.startsWith(`${plan.from}/`) || touched.has(p));
  if (dirty.length > 0) {
    throw new UsageError(
      `etk mv: ${dirty.length === 1 ? 'a file' : `${dirty.length} files`} the move would touch ${dirty.length === 1 ? 'has' : 'have'} uncommitted changes: ${listed(dirty)}`,
      'commit or stash them first (git stash), then run etk mv again; the move is then one change of its own',
    );
  }
  const method = [...tracked].some((p) => p.startsWith(`${plan.from}/`)) ? 'git mv' : 'rename';
  return { ...plan, top, method, tracked: plan.rewrites.filter((r) => tracked.has(r.path)).map((r) => r.newPath) };
}

/** Renames the folder, writes the rewritten files (each atomically) and stages what git tracks. */
export function applyMove(move: PreparedMove): void {
  if (move.method === 'git mv') execGit(['mv', '--', move.from, move.to], { cwd: move.top });
  else renameSync(join(move.top, move.from), join(move.top, move.to));
  for (const r of move.rewrites) writeFileAtomic(join(move.top, r.newPath), r.text);
  if (move.tracked.length > 0) execGit(['add', '--pathspec-from-file=-', '--pathspec-file-nul'], { cwd: move.top, input: `${move.tracked.join('\0')}\0` });
}
