import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { EtkConfig } from '../config/loadConfig.ts';
import { buildCatalog } from '../discover/catalog.ts';
import { catalogFromIndex } from '../sync/catalogFromIndex.ts';
import { configHash } from '../config/configHash.ts';
import { readIndexFiles, stagedPaths } from '../discover/gitIndex.ts';
import { isDirectory, readWorktreeFile, toPosix, walkMarkdown } from '../discover/worktree.ts';
import { UsageError } from '../errors.ts';
import { compareDiagnostics, type Diagnostic } from './diagnostic.ts';
import { EMPTY_CATALOG, crossEntryOf, crossFileFindings, locateInResults } from './crossFileRules.ts';
import { experimentFindings } from './experimentRules.ts';
import { classifyPath } from './layout.ts';
import { SchemaSet } from './schemaSet.ts';
import { validateFile, type FileResult } from './validateFile.ts';
import { validateWorktreeParallel } from './validateMany.ts';
import { applySeverity } from './severity.ts';

export { applySeverity };

export interface ValidateRequest {
  config: EtkConfig;
  cwd: string;
  /** Files or folders, absolute or relative to cwd. Empty: every artifact under the root. */
  paths: readonly string[];
  /** Judge the index content (what will be committed), not the work tree. */
  staged: boolean;
}

/** Something said about the run rather than about a file's content. */
export interface Note {
  level: 'info' | 'error';
  path: string;
  message: string;
}

export interface ValidateOutcome {
  diagnostics: Diagnostic[];
  results: FileResult[];
  /** Artifacts judged. */
  checked: number;
  /** Where cross-file rules learnt about the other files. */
  catalogSource: 'judged files' | 'tracking.db' | 'scan';
  notes: Note[];
  /** The text that was judged, per file with diagnostics (for code frames). */
  text: (path: string) => string | undefined;
}

let cachedSchemas: { key: string; set: Promise<SchemaSet> } | undefined;

/** Compiled schemas for a config (once per process and config). */
export function schemasFor(config: EtkConfig): Promise<SchemaSet> {
  const key = JSON.stringify([config.statuses, config.extraTypes, config.profile]);
  if (cachedSchemas?.key !== key) cachedSchemas = { key, set: SchemaSet.load({ statuses: config.statuses, extraTypes: config.extraTypes, profile: config.schemaProfile }) };
  return cachedSchemas.set;
}

/** Collects the files to judge, judges each, then applies the cross-file rules against the whole repository. */
export async function validateRepo(req: ValidateRequest): Promise<ValidateOutcome> {
  const { config } = req;
  const base = config.top ?? config.projectDir;
  const notes: Note[] = [];
  const wholeTree = req.paths.length === 0 && !req.staged;

  // Requested paths, as repo-relative POSIX paths (folders expanded).
  const requested: string[] = [];
  /** Requested folders: experiments inside them are judged whole (experiment-level rules apply). */
  const folders: string[] = wholeTree ? [''] : [];
  for (const p of req.paths) {
    const abs = isAbsolute(p) ? p : resolve(req.cwd, p);
    const rel = toPosix(relative(base, abs));
    if (rel.startsWith('..') || isAbsolute(rel)) {
      notes.push({ level: 'info', path: p, message: 'skipped: outside the repository' });
      continue;
    }
    if (req.staged) {
      requested.push(rel === '' ? '.' : rel);
      continue;
    }
    if (!existsSync(abs)) {
      notes.push({ level: 'error', path: p, message: 'no such file or folder' });
      continue;
    }
    if (isDirectory(abs)) {
      folders.push(rel);
      for (const f of walkMarkdown(abs)) requested.push(toPosix(relative(base, f)));
    } else requested.push(rel);
  }

  const schemas = await schemasFor(config);
  const env = { root: config.root, schemas, maxFileSize: config.maxFileSize, rules: config.rules, exists: (path: string) => existsSync(join(base, path)) };
  let results: FileResult[];
  const judgedBytes = new Map<string, Uint8Array>();
  if (req.staged) {
    if (config.top === null) throw new UsageError('--staged needs a git repository, and this is not inside one', 'run etk validate without --staged, or inside a git work tree');
    const specs = requested.length > 0 ? requested : [config.root === '' ? '.' : config.root];
    const staged = stagedPaths(config.top, specs).filter((p) => classifyPath(p, config.root).kind !== 'ignored');
    const { files, unmerged } = readIndexFiles(config.top, staged, config.maxFileSize);
    for (const p of unmerged) notes.push({ level: 'error', path: p, message: 'has unresolved merge conflicts in the index' });
    results = [];
    for (const file of files) {
      const r = validateFile(file, env);
      if (r) results.push(r);
      if (file.size === undefined) judgedBytes.set(file.path, file.bytes);
    }
  } else {
    const paths = wholeTree ? walkMarkdown(config.rootAbs).map((f) => toPosix(relative(base, f))) : [...new Set(requested)];
    const judged: string[] = [];
    for (const rel of paths) {
      const placement = classifyPath(rel, config.root);
      if (placement.kind === 'ignored') {
        if (!wholeTree) notes.push({ level: 'info', path: rel, message: `skipped: ${placement.reason}` });
        continue;
      }
      judged.push(rel);
    }
    results = await validateWorktreeParallel(
      { base, root: config.root, maxFileSize: config.maxFileSize, rules: config.rules, schemaOptions: { statuses: config.statuses, extraTypes: config.extraTypes, profile: config.schemaProfile }, keepBody: false, paths: judged },
      schemas,
    );
  }

  const ids = new Set<string>();
  for (const r of results) if (typeof r.data?.artifact_id === 'string') ids.add(r.data.artifact_id);
  const fromIndex = wholeTree
    ? null
    : catalogFromIndex({
        dbPath: config.databaseAbs,
        configHash: configHash(config),
        spec: { kind: req.staged ? 'index' : 'worktree', top: config.top, base, root: config.root, scope: config.root, maxFileSize: config.maxFileSize },
        judged: new Set(results.map((r) => r.path)),
        ids,
      });
  const catalog = wholeTree ? EMPTY_CATALOG : (fromIndex ?? buildCatalog({ top: config.top, base, root: config.root, source: req.staged ? 'index' : 'worktree', ids, maxFileSize: config.maxFileSize }));
  const catalogSource = wholeTree ? 'judged files' : fromIndex ? 'tracking.db' : 'scan';
  const cross = crossFileFindings(results.map(crossEntryOf), catalog, locateInResults(results));

  // Experiment-level rules need every file of an experiment: only experiments judged whole.
  const prefix = config.root === '' ? '' : `${config.root}/`;
  const whole = (id: string) => folders.some((d) => d === '' || `${prefix}${id}` === d || `${prefix}${id}`.startsWith(`${d}/`));
  const ofExperiments = experimentFindings(results.filter((r) => r.placement.experimentDir !== null && whole(r.placement.experimentDir)).map((r) => ({ path: r.path, kind: r.placement.kind, experimentDir: r.placement.experimentDir })));
  const diagnostics: Diagnostic[] = [];
  for (const r of results) {
    diagnostics.push(...applySeverity(r.path, [...r.findings, ...(cross.get(r.path) ?? []), ...(ofExperiments.get(r.path) ?? [])], config.rules));
  }
  diagnostics.sort(compareDiagnostics);

  // Code frames show the judged text: the index's for --staged, else the work tree's.
  const texts = new Map<string, string | undefined>();
  return {
    diagnostics,
    results,
    checked: results.length,
    catalogSource,
    notes,
    text: (path) => {
      if (!texts.has(path)) {
        let bytes = judgedBytes.get(path);
        if (bytes === undefined && !req.staged) {
          try {
            const file = readWorktreeFile(join(base, path), base, config.maxFileSize);
            bytes = file.size === undefined ? file.bytes : undefined; // not read: no code frame
          } catch {
            bytes = undefined;
          }
        }
        texts.set(path, bytes ? Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '') : undefined);
      }
      return texts.get(path);
    },
  };
}
