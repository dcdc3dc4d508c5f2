import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArtifact } from '../artifacts/decode.ts';
import { classifyPath } from '../artifacts/layout.ts';
import { deriveTitle } from '../artifacts/validateFile.ts';
import { parseFrontmatter } from '../artifacts/parseFrontmatter.ts';
import { execGit } from '../git/execGit.ts';
import { splitZ } from '../git/parseZ.ts';
import { writeFileAtomic } from '../util/writeFileAtomic.ts';
import { fixedFileName } from './fixFileName.ts';
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

function tracked(top: string, path: string): boolean {
  return splitZ(execGit(['ls-files', '-z', '--', path], { cwd: top })).length > 0;
}

/**
 * Repairs files in the work tree: content first (written atomically, only when something changed;
 * a file that cannot be read or parsed is left alone), then the name (`git mv` for a file git
 * knows, so the index follows; a plain rename otherwise; never over an existing file).
 */
export function fixFiles(req: FixRequest): FileFix[] {
  const out: FileFix[] = [];
  for (const path of req.paths) {
    const abs = join(req.base, path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch {
      continue;
    }
    if (bytes.byteLength > req.maxFileSize) continue;
    const decoded = decodeArtifact(bytes);
    if (decoded.text === null) continue;
    const fixed = fixText(decoded.text, { touch: req.touch, ...(req.localOffset ? { localOffset: req.localOffset } : {}) });
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
        const sameFileOtherCase = newPath.toLowerCase() === path.toLowerCase();
        if (existsSync(join(req.base, newPath)) && !sameFileOtherCase) {
          fix.notes.push(`not renamed to ${target}: that file exists`);
        } else if (req.top !== null && tracked(req.top, path)) {
          execGit(['mv', '--', path, newPath], { cwd: req.top });
          fix.renamedTo = newPath;
          fix.renamedWith = 'git mv';
        } else {
          renameSync(abs, join(req.base, newPath));
          fix.renamedTo = newPath;
          fix.renamedWith = 'rename';
        }
      }
    }
    if (fix.changes.length > 0 || fix.renamedTo !== undefined || fix.notes.length > 0) out.push(fix);
  }
  return out;
}
