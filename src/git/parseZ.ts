/** Pure parsers for git's NUL-separated (-z) output. */

/** Splits `a\0b\0` into ['a', 'b']. */
export function splitZ(out: Buffer | string): string[] {
  const text = typeof out === 'string' ? out : out.toString('utf8');
  if (text === '') return [];
  const parts = text.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

export interface IndexEntry {
  mode: string;
  oid: string;
  stage: number;
  path: string;
}

/** `git ls-files -s -z`: `<mode> <oid> <stage>\t<path>\0`. */
export function parseLsFilesStage(out: Buffer | string): IndexEntry[] {
  return splitZ(out).map((rec) => {
    const tab = rec.indexOf('\t');
    const [mode = '', oid = '', stage = '0'] = rec.slice(0, tab).split(' ');
    return { mode, oid, stage: Number(stage), path: rec.slice(tab + 1) };
  });
}

export interface GrepHit {
  path: string;
  line: number;
  text: string;
}

/** `git grep -z -n`: `<path>\0<line>\0<text>\n` per hit (with --cached, no `rev:` prefix). */
export function parseGrepZ(out: Buffer | string): GrepHit[] {
  const text = typeof out === 'string' ? out : out.toString('utf8');
  const hits: GrepHit[] = [];
  let i = 0;
  while (i < text.length) {
    const a = text.indexOf('\0', i);
    if (a === -1) break;
    const b = text.indexOf('\0', a + 1);
    if (b === -1) break;
    let nl = text.indexOf('\n', b + 1);
    if (nl === -1) nl = text.length;
    hits.push({ path: text.slice(i, a), line: Number(text.slice(a + 1, b)), text: text.slice(b + 1, nl) });
    i = nl + 1;
  }
  return hits;
}

/** `git cat-file --batch` output: `<oid> <type> <size>\n<bytes>\n` per object; `<oid> missing\n` when absent. */
export function parseCatFileBatch(out: Buffer): Map<string, Buffer> {
  const objects = new Map<string, Buffer>();
  let i = 0;
  while (i < out.length) {
    const nl = out.indexOf(0x0a, i);
    if (nl === -1) break;
    const header = out.toString('utf8', i, nl).split(' ');
    if (header[1] === 'missing' || header.length < 3) {
      i = nl + 1;
      continue;
    }
    const size = Number(header[2]);
    objects.set(header[0]!, out.subarray(nl + 1, nl + 1 + size));
    i = nl + 1 + size + 1;
  }
  return objects;
}
