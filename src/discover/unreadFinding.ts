import { posix } from 'node:path';
import type { Finding } from '../artifacts/diagnostic.ts';
import { shellQuote } from '../util/shellQuote.ts';
import type { ReadOutcome } from './readRegularFile.ts';

/** A link's target as a repo-relative path, or null when it leaves the repository (absolute, or above the top). */
export function linkTargetInRepo(path: string, target: string): string | null {
  if (target === '' || /^([\\/]|[A-Za-z]:)/.test(target)) return null;
  const resolved = posix.normalize(posix.join(posix.dirname(path), target.replaceAll('\\', '/')));
  return resolved === '..' || resolved.startsWith('../') ? null : resolved;
}

/** The finding for a symbolic link named like an artifact. Only the link's text is known; a target outside the repository is not named. */
export function symlinkFinding(path: string, target: string): Finding {
  const inside = linkTargetInRepo(path, target);
  return {
    line: 1,
    column: 1,
    rule: 'symlink',
    message: inside === null
      ? 'is a symbolic link to a path outside the repository; etk follows no links, so nothing it points to was read or indexed'
      : `is a symbolic link to ${inside}; etk follows no links, so that file is not read through it`,
    hint: `remove the link (rm -- ${shellQuote(path)}) and put the document itself there`,
  };
}

/** The finding for a file under a folder that is a symbolic link. */
export function linkedFolderFinding(path: string, folder: string): Finding {
  return {
    line: 1,
    column: 1,
    rule: 'symlink',
    message: `is inside ${folder}, a symbolic link; etk follows no links, so the file was not read`,
    hint: `make ${folder} a real folder, or remove the link: rm -- ${shellQuote(folder)}`,
  };
}

const CODES: Record<string, string> = {
  ENOENT: 'disappeared while etk was reading it',
  EACCES: 'cannot be read: permission denied',
  EPERM: 'cannot be read: operation not permitted',
  EIO: 'cannot be read: input/output error',
};

/** The finding for a path etk did not read (not a regular file, or the read failed). Too large is validateFile's (file-too-large). */
export function unreadFinding(path: string, o: Exclude<ReadOutcome, { kind: 'file' } | { kind: 'too-large' }>): Finding {
  if (o.kind === 'symlink') return symlinkFinding(path, o.target);
  if (o.kind === 'special') {
    return { line: 1, column: 1, rule: 'not-regular-file', message: `is ${o.what}, not a regular file; etk reads only regular files, so it was not opened`, hint: `remove it or give it a name that does not end in .md: rm -- ${shellQuote(path)}` };
  }
  return {
    line: 1,
    column: 1,
    rule: 'unreadable',
    message: CODES[o.code] ?? `cannot be read (${o.code})`,
    hint: o.code === 'ENOENT' ? 'run the command again' : `make it readable (chmod u+r -- ${shellQuote(path)}) and run the command again`,
  };
}
