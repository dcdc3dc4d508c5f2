import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../artifacts/validateFile.ts';
import { DEFAULT_LAYOUT } from '../artifacts/layout.ts';
import { outcomeId, readRegularFile } from './readRegularFile.ts';
import { linkedFolderFinding, unreadFinding } from './unreadFinding.ts';

/** File names of experiment metadata (`manifest.json`, `state.json`): the walk lists them with the Markdown. */
const METADATA_NAMES = new Set(DEFAULT_LAYOUT.metadataFiles.map((f) => f.slice(f.lastIndexOf('/') + 1)));

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/**
 * Every `.md` file below `dir` and every file named like experiment metadata (manifest.json,
 * state.json; callers classify them), absolute paths, `.metadata/` included, symlinks not followed. Sorted.
 * Links, FIFOs and other non-regular entries with such names are listed too (never opened here):
 * reading them is refused with a finding, so they do not leave the index silently.
 */
export function walkMarkdown(dir: string): string[] {
  // A plain depth-first walk: several times faster than readdirSync({ recursive: true }) here.
  const out: string[] = [];
  const visit = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      throw err;
    }
    for (const e of entries) {
      if (e.isDirectory()) visit(`${d}/${e.name}`);
      else if (/\.md$/i.test(e.name) || METADATA_NAMES.has(e.name)) out.push(`${d}/${e.name}`);
    }
  };
  visit(dir.replace(/[\\/]+$/, ''));
  return out.sort();
}

/** Folders known to be (true) or not to be (false) symbolic links, by repo-relative path: share one per run. */
export type LinkedFolders = Map<string, boolean>;

/** The first folder between `top` and the file (repo-relative) that is a symbolic link, or null. */
export function linkedFolder(top: string, path: string, seen: LinkedFolders = new Map()): string | null {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    let linked = seen.get(dir);
    if (linked === undefined) {
      try {
        linked = lstatSync(join(top, dir)).isSymbolicLink();
      } catch {
        linked = false;
      }
      seen.set(dir, linked);
    }
    if (linked) return dir;
  }
  return null;
}

/**
 * Reads a work-tree file, only if it is a regular file (no link followed, in its name or its
 * folders; nothing else opened). Files over `maxBytes` are not read: `size` carries their size.
 * Anything not read carries the finding that says why (`unread`) and the id it is listed under.
 */
export function readWorktreeFile(absPath: string, top: string, maxBytes: number, folders?: LinkedFolders): SourceFile {
  const path = toPosix(relative(top, absPath));
  const folder = linkedFolder(top, path, folders);
  if (folder !== null) return { path, bytes: new Uint8Array(0), size: 0, unread: linkedFolderFinding(path, folder), id: `unread:linked ${folder}` };
  const o = readRegularFile(absPath, maxBytes);
  if (o.kind === 'file') return { path, bytes: o.bytes };
  if (o.kind === 'too-large') return { path, bytes: new Uint8Array(0), size: o.size, id: outcomeId(o) };
  return { path, bytes: new Uint8Array(0), size: o.kind === 'symlink' ? Buffer.byteLength(o.target) : 0, unread: unreadFinding(path, o), id: outcomeId(o) };
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
