import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Catalog } from '../artifacts/crossFileRules.ts';
import { parseFrontmatter } from '../artifacts/parseFrontmatter.ts';
import { decodeArtifact } from '../artifacts/decode.ts';
import { classifyPath } from '../artifacts/layout.ts';
import type { SourceFile } from '../artifacts/validateFile.ts';
import { execGit } from '../git/execGit.ts';
import { parseGrepZ, splitZ } from '../git/parseZ.ts';
import { readIndexFiles } from './gitIndex.ts';
import { readWorktreeFile, walkMarkdown } from './worktree.ts';

/** Where the rest of the repository is read from: the work tree or git's index. */
export type CatalogSource = 'worktree' | 'index';

export interface CatalogRequest {
  /** Repository top (null outside git). */
  top: string | null;
  /** Project dir used as the path base outside git. */
  base: string;
  /** Experiments root, relative to `base`'s repo top, POSIX. */
  root: string;
  source: CatalogSource;
  /** artifact_ids of the files being validated: only these can collide. */
  ids: ReadonlySet<string>;
  maxFileSize: number;
}

function idFromLine(line: string): string | null {
  try {
    const v = (yaml.load(line, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown> | null)?.artifact_id;
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

function frontmatterId(file: SourceFile): string | null {
  const text = decodeArtifact(file.bytes).text;
  if (text === null) return null;
  const v = parseFrontmatter(text).data?.artifact_id;
  return typeof v === 'string' ? v : null;
}

/**
 * The experiments (folders holding a file etk reads) and artifact ids of the whole repository, for validating a subset of files.
 * In git, `git grep` finds candidate `artifact_id:` lines fast; only files whose candidate collides
 * with an id under validation are then parsed, so a hook on one file stays fast in a large repo.
 */
export function buildCatalog(req: CatalogRequest): Catalog {
  const experiments = new Set<string>();
  const artifactIds = new Map<string, string[]>();
  const addId = (id: string, path: string) => {
    const list = artifactIds.get(id);
    if (list) list.push(path);
    else artifactIds.set(id, [path]);
  };
  const rootSpec = req.root === '' ? '.' : req.root;

  if (req.top === null) {
    const rootAbs = join(req.base, req.root);
    for (const abs of walkMarkdown(rootAbs)) {
      const file = readWorktreeFile(abs, req.base, req.maxFileSize);
      const placement = classifyPath(file.path, req.root);
      if (placement.kind !== 'ignored' && placement.experimentDir !== null) experiments.add(placement.experimentDir);
      if (req.ids.size === 0 || file.size !== undefined) continue; // too large or not read: no id
      const id = frontmatterId(file);
      if (id !== null && req.ids.has(id)) addId(id, file.path);
    }
    return { experiments, artifactIds };
  }

  if (req.source === 'index') {
    for (const path of splitZ(execGit(['ls-files', '-z', '--', rootSpec], { cwd: req.top }))) {
      const p = classifyPath(path, req.root);
      if (p.kind !== 'ignored' && p.experimentDir !== null) experiments.add(p.experimentDir);
    }
  } else {
    const rootAbs = join(req.top, req.root);
    let dirs: string[] = [];
    try {
      dirs = readdirSync(rootAbs);
    } catch {
      dirs = [];
    }
    // A folder is an experiment when it holds a file etk reads: the usual ones first, else a walk.
    for (const d of dirs) {
      const dir = join(rootAbs, d);
      if (['README.md', 'state.json', 'manifest.json'].some((f) => existsSync(join(dir, f))) || walkMarkdown(dir).length > 0) experiments.add(d);
    }
  }

  if (req.ids.size > 0) {
    const grep = execGit(
      ['grep', req.source === 'index' ? '--cached' : '--untracked', '-z', '-n', '-I', '-E', '^artifact_id[[:space:]]*:', '--', rootSpec],
      { cwd: req.top, okCodes: [1] },
    );
    const candidates = new Set<string>();
    for (const hit of parseGrepZ(grep)) {
      const id = idFromLine(hit.text);
      if (id !== null && req.ids.has(id) && classifyPath(hit.path, req.root).kind !== 'ignored') candidates.add(hit.path);
    }
    // Confirm each candidate from its frontmatter (the grep may have matched a body line).
    const paths = [...candidates].sort();
    const files = req.source === 'index'
      ? readIndexFiles(req.top, paths, req.maxFileSize).files
      : paths.map((p) => readWorktreeFile(join(req.top!, p), req.top!, req.maxFileSize));
    for (const file of files) {
      const id = frontmatterId(file);
      if (id !== null && req.ids.has(id)) addId(id, file.path);
    }
  }
  return { experiments, artifactIds };
}
