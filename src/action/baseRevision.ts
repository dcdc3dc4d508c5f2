import type { Diagnostic } from '../artifacts/diagnostic.ts';
import { compareDiagnostics } from '../artifacts/diagnostic.ts';
import { crossEntryOf, crossFileFindings, locateInResults, type Catalog } from '../artifacts/crossFileRules.ts';
import { classifyPath } from '../artifacts/layout.ts';
import { applySeverity } from '../artifacts/severity.ts';
import type { SchemaSet } from '../artifacts/schemaSet.ts';
import { validateFile, type FileResult, type SourceFile } from '../artifacts/validateFile.ts';
import type { EtkConfig } from '../config/loadConfig.ts';
import { blobFile, LINK_MODE, readBlobs } from '../discover/gitIndex.ts';
import { execGit } from '../git/execGit.ts';
import { parseGrepZ, splitZ } from '../git/parseZ.ts';

/**
 * The base revision of a change, read from git's object store (never checked out): the base's
 * versions of the changed files judged as etk judges them, the renames git sees, and an
 * experiment's reports on the base. Every call is proportional to the files asked for.
 */

interface TreeEntry {
  oid: string;
  link: boolean;
}

/** Blob entries of `rev` below the pathspecs (files or folders, recursively). */
export function treeEntries(top: string, rev: string, pathspecs: readonly string[]): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  if (pathspecs.length === 0) return out;
  for (const rec of splitZ(execGit(['ls-tree', '-r', '-z', '--full-tree', rev, '--', ...pathspecs], { cwd: top }))) {
    const tab = rec.indexOf('\t');
    const [mode, type, oid] = rec.slice(0, tab).split(' ');
    if (type === 'blob') out.set(rec.slice(tab + 1), { oid: oid!, link: mode === LINK_MODE });
  }
  return out;
}

/** The files of `rev` at these entries, read in one batch (blobs over the size limit by their size only). */
export function revFiles(top: string, entries: ReadonlyMap<string, TreeEntry>, maxFileSize: number): SourceFile[] {
  const blobs = readBlobs(top, [...new Set([...entries.values()].map((e) => e.oid))], maxFileSize);
  return [...entries].map(([path, e]) => blobFile(path, e.oid, e.link, blobs));
}

/** The type word of an artifact's file name (`20251218_0930_report_x.md` -> report), or null. */
const typeOfName = (path: string) => /^\d{8}_\d{4}_([a-z_]+?)_[^/]*\.md$/.exec(path.split('/').pop() ?? '')?.[1] ?? null;

/**
 * Files git sees as renamed from `base` to HEAD: head path -> base path (`git diff -M70%`: artifacts
 * share much of their frontmatter, so git's default 50% would pair unrelated files). A pair whose
 * file names name different artifact types is not a rename. Only renames are asked for, so the cost
 * is that of the changed files.
 */
export function renamesSince(top: string, base: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = splitZ(execGit(['diff-tree', '-r', '-z', '-M70%', '--name-status', '--diff-filter=R', base, 'HEAD'], { cwd: top }));
  for (let i = 0; i + 2 < parts.length; i += 3) {
    const [from, to] = [parts[i + 1]!, parts[i + 2]!];
    if (parts[i]!.startsWith('R') && typeOfName(from) === typeOfName(to)) out.set(to, from);
  }
  return out;
}

export interface BaseJudgement {
  /** The base's problems in the files asked for (their base paths), with the configuration of the head. */
  diagnostics: Diagnostic[];
  results: FileResult[];
}

/** Experiment folders directly under the root on `rev` (one level of one tree: cheap at any size). */
function revExperiments(top: string, rev: string, root: string): Set<string> {
  const prefix = root === '' ? '' : `${root}/`;
  const out = new Set<string>();
  for (const rec of splitZ(execGit(['ls-tree', '-z', '--full-tree', rev, '--', prefix === '' ? '.' : prefix], { cwd: top }))) {
    const tab = rec.indexOf('\t');
    if (rec.slice(0, tab).split(' ')[1] === 'tree') out.add(rec.slice(tab + 1).slice(prefix.length));
  }
  return out;
}

/** Paths on `rev` declaring one of `ids` as artifact_id (a grep of the whole revision: only asked when needed). */
function revIdOwners(top: string, rev: string, root: string, ids: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (ids.size === 0) return out;
  const grep = execGit(['grep', '-z', '-n', '-I', '-F', ...[...ids].flatMap((id) => ['-e', id]), rev, '--', root === '' ? '.' : root], { cwd: top, okCodes: [1] });
  for (const hit of parseGrepZ(grep)) {
    const path = hit.path.startsWith(`${rev}:`) ? hit.path.slice(rev.length + 1) : hit.path;
    const m = /^artifact_id\s*:\s*["']?([^"'#\s]+)/.exec(hit.text);
    if (!m || !ids.has(m[1]!) || classifyPath(path, root).kind === 'ignored') continue;
    const list = out.get(m[1]!);
    if (list) {
      if (!list.includes(path)) list.push(path);
    } else out.set(m[1]!, [path]);
  }
  return out;
}

export interface BaseRequest {
  config: EtkConfig;
  schemas: SchemaSet;
  top: string;
  base: string;
  /** Base paths to judge (absent ones are skipped: files the change added). */
  paths: readonly string[];
  /** Experiments whose reports on the base are wanted too (read in the same git calls). */
  reportsOf?: readonly string[];
  /** Look up the base owners of these artifact ids too (the head has a duplicate-id problem to place). */
  duplicateIds?: ReadonlySet<string>;
}

export interface BaseJudgementWithReports extends BaseJudgement {
  /** Experiment -> its reports on the base, parsed (for the previous value of a metric and its history). */
  reports: Map<string, FileResult[]>;
}

const experimentDir = (root: string, experiment: string) => (root === '' ? experiment : `${root}/${experiment}`);

/**
 * The base's problems in `paths`: each file's own rules, and the cross-file rules against the base's
 * experiments (a missing baseline). Duplicate ids are looked up on the whole base only for the ids
 * in `duplicateIds` (a grep of the whole revision costs as much as judging it). The reports of the
 * experiments in `reportsOf` come from the same listing and the same batch read: three git calls in
 * all (four when a base file names a baseline), whatever the size of the repository.
 */
export function judgeBase(req: BaseRequest): BaseJudgementWithReports {
  const { config, top, base } = req;
  const wanted = req.paths.filter((p) => classifyPath(p, config.root).kind !== 'ignored');
  const dirs = (req.reportsOf ?? []).map((e) => `${experimentDir(config.root, e)}/`);
  const reports = new Map<string, FileResult[]>((req.reportsOf ?? []).map((e) => [e, []]));
  if (wanted.length === 0 && dirs.length === 0) return { diagnostics: [], results: [], reports };
  // Many paths (a whole-tree check): list the root once rather than name every path.
  const listed = treeEntries(top, base, wanted.length > 500 ? [config.root === '' ? '.' : config.root] : [...wanted, ...dirs]);
  const wantedSet = new Set(wanted);
  const isReportOf = (p: string) => {
    if (!p.endsWith('.md')) return null;
    const placement = classifyPath(p, config.root);
    return placement.kind === 'artifact' && reports.has(placement.experimentDir) ? placement.experimentDir : null;
  };
  const entries = new Map([...listed].filter(([p]) => wantedSet.has(p) || isReportOf(p) !== null));
  const env = { root: config.root, schemas: req.schemas, maxFileSize: config.maxFileSize, rules: config.rules };
  const results: FileResult[] = [];
  for (const f of revFiles(top, entries, config.maxFileSize)) {
    const r = validateFile(f, env);
    if (!r) continue;
    if (wantedSet.has(f.path)) results.push(r);
    const e = isReportOf(f.path);
    if (e !== null && r.data?.type === 'report') reports.get(e)!.push(r);
  }
  // The base's experiments are listed only when a judged report names a baseline (one level of one tree).
  const needsExperiments = results.some((r) => r.data?.type === 'report' && typeof r.data.baseline === 'string');
  const catalog: Catalog = {
    experiments: needsExperiments ? revExperiments(top, base, config.root) : new Set(),
    artifactIds: revIdOwners(top, base, config.root, req.duplicateIds ?? new Set()),
  };
  const cross = crossFileFindings(results.map(crossEntryOf), catalog, locateInResults(results));
  const diagnostics: Diagnostic[] = [];
  for (const r of results) diagnostics.push(...applySeverity(r.path, [...r.findings, ...(cross.get(r.path) ?? [])], config.rules));
  return { diagnostics: diagnostics.sort(compareDiagnostics), results, reports };
}
