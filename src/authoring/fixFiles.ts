import { lstatSync, renameSync } from 'node:fs';
import { readRegularFile } from '../discover/readRegularFile.ts';
import { join } from 'node:path';
import { decodeArtifact } from '../artifacts/decode.ts';
import { classifyPath } from '../artifacts/layout.ts';
import { deriveTitle } from '../artifacts/validateFile.ts';
import { parseFrontmatter } from '../artifacts/parseFrontmatter.ts';
import { execGit } from '../git/execGit.ts';
import { parseLsFilesStage } from '../git/parseZ.ts';
import { writeFileAtomic } from '../util/writeFileAtomic.ts';
import { fixedFileName } from '../artifacts/fixedFileName.ts';
import { fixText, type FixChange } from './fixText.ts';

export interface FixRequest {
  /** Repository top, or null outside git (renames are then plain renames). */
  top: string | null;
  /** Folder the paths are relative to. */
  base: string;
  root: string;
  maxFileSize: number;
  knownTypes: readonly string[];
  /** Repo-relative POSIX paths of the files to repair. */
  paths: readonly string[];
  /** --touch: set `updated` to this. */
  touch?: string | undefined;
  /** Rename files to the EDS name (off under lint-staged, which re-stages by the old name). */
  rename: boolean;
  localOffset?: (d: Date) => number;
  /** How the assumed offset is named in the change (default: this machine's). */
  offsetLabel?: string;
}

export interface FileFix {
  path: string;
  /** The new path after a rename. */
  renamedTo?: string;
  /** How it was renamed. */
  renamedWith?: 'git mv' | 'rename';
  changes: FixChange[];
  /** Why a wanted change was not made. */
  notes: string[];
}

/**
 * Renames files the way `git mv` does, for many files in two git calls: each tracked file's index
 * entry moves to the new path with the content and mode it had in the index (so a fix made in the
 * work tree stays unstaged); untracked files are just renamed. A file with unresolved conflicts is
 * left where it is.
 */
function renameAll(top: string | null, base: string, renames: readonly { fix: FileFix; to: string }[]): void {
  if (renames.length === 0) return;
  // Many files: one listing of the whole index (a command line has a length limit).
  const specs = renames.length <= 200 ? renames.map((r) => r.fix.path) : ['.'];
  const entries = top === null ? [] : parseLsFilesStage(execGit(['ls-files', '-s', '-z', '--', ...specs], { cwd: top }));
  const byPath = new Map<string, typeof entries>();
  for (const e of entries) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  const info: string[] = [];
  for (const r of renames) {
    const index = byPath.get(r.fix.path);
    if (index?.some((e) => e.stage !== 0)) {
      r.fix.notes.push(`not renamed to ${r.to.slice(r.to.lastIndexOf('/') + 1)}: it has unresolved merge conflicts`);
      continue;
    }
    renameSync(join(base, r.fix.path), join(base, r.to));
    r.fix.renamedTo = r.to;
    r.fix.renamedWith = index ? 'git mv' : 'rename';
    if (index) {
      const e = index[0]!;
      info.push(`0 ${'0'.repeat(e.oid.length)}\t${r.fix.path}`, `${e.mode} ${e.oid}\t${r.to}`);
    }
  }
  if (info.length > 0) execGit(['update-index', '-z', '--index-info'], { cwd: top!, input: `${info.join('\0')}\0` });
}

/**
 * True when `target` exists and is not `source` itself. On a case-insensitive file system a new name
 * that differs only in case is the same file (same device and inode) and may be renamed; on a
 * case-sensitive one it is another file, which a rename would replace.
 */
function occupied(target: string, source: string): boolean {
  const t = lstatSync(target, { throwIfNoEntry: false });
  if (t === undefined) return false;
  const s = lstatSync(source, { throwIfNoEntry: false });
  return s === undefined || t.dev !== s.dev || t.ino !== s.ino;
}

/**
 * Repairs files in the work tree: content first (written atomically, only when something changed;
 * a file that cannot be read or parsed is left alone), then the names, all at once (as `git mv` for
 * files git knows, so the index follows; a plain rename otherwise; never over an existing file).
 */
export function fixFiles(req: FixRequest): FileFix[] {
  const out: FileFix[] = [];
  const renames: { fix: FileFix; to: string }[] = [];
  const planned = new Set<string>();
  for (const path of req.paths) {
    if (classifyPath(path, req.root).kind === 'metadata') continue; // JSON: nothing to fix in frontmatter
    const abs = join(req.base, path);
    // Only a regular file within the size limit: a link is never read through, nor replaced by what it points to.
    const read = readRegularFile(abs, req.maxFileSize);
    if (read.kind !== 'file') continue;
    const bytes = read.bytes;
    const decoded = decodeArtifact(bytes);
    if (decoded.text === null) continue;
    const fixed = fixText(decoded.text, { touch: req.touch, ...(req.localOffset ? { localOffset: req.localOffset } : {}), ...(req.offsetLabel ? { offsetLabel: req.offsetLabel } : {}) });
    if (fixed === null) continue; // does not parse: never touched
    const fix: FileFix = { path, changes: fixed.changes, notes: [] };
    if (fixed.changes.length > 0) writeFileAtomic(abs, `${decoded.hadBom ? '\uFEFF' : ''}${fixed.text}`);

    const placement = classifyPath(path, req.root);
    if (req.rename && (placement.kind === 'artifact' || placement.kind === 'misplaced')) {
      const parsed = parseFrontmatter(fixed.text);
      const name = path.slice(path.lastIndexOf('/') + 1);
      const target = parsed.data ? fixedFileName(name, parsed.data, deriveTitle(parsed.data, parsed.body, path), req.knownTypes) : null;
      if (target !== null) {
        const newPath = `${path.slice(0, path.lastIndexOf('/') + 1)}${target}`;
        if (occupied(join(req.base, newPath), abs)) {
          fix.notes.push(`not renamed to ${target}: that file exists`);
        } else if (planned.has(newPath)) {
          fix.notes.push(`not renamed to ${target}: another file here gets that name`);
        } else {
          planned.add(newPath);
          renames.push({ fix, to: newPath });
        }
      }
    }
    out.push(fix);
  }
  renameAll(req.top, req.base, renames);
  return out.filter((f) => f.changes.length > 0 || f.renamedTo !== undefined || f.notes.length > 0);
}
