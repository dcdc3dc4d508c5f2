import { closeSync, fstatSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { SourceFile } from '../artifacts/validateFile.ts';
import { DEFAULT_LAYOUT } from '../artifacts/layout.ts';

/** File names of experiment metadata (`manifest.json`, `state.json`): the walk lists them with the Markdown. */
const METADATA_NAMES = new Set(DEFAULT_LAYOUT.metadataFiles.map((f) => f.slice(f.lastIndexOf('/') + 1)));

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/**
 * Every `.md` file below `dir` and every file named like experiment metadata (manifest.json,
 * state.json; callers classify them), absolute paths, `.metadata/` included, symlinks not followed. Sorted.
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
      else if (e.isFile() && (/\.md$/i.test(e.name) || METADATA_NAMES.has(e.name))) out.push(`${d}/${e.name}`);
    }
  };
  visit(dir.replace(/[\\/]+$/, ''));
  return out.sort();
}

/**
 * Reads a work-tree file. Files over `maxBytes` are not read whole: their first bytes are enough to
 * say they are too large, and `size` carries the real size.
 */
export function readWorktreeFile(absPath: string, top: string, maxBytes: number): SourceFile {
  const path = toPosix(relative(top, absPath));
  const fd = openSync(absPath, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) {
      const head = Buffer.alloc(Math.min(size, 4096));
      readSync(fd, head, 0, head.length, 0);
      return { path, bytes: head, size };
    }
    return { path, bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
