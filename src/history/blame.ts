import { decodeArtifact } from '../artifacts/decode.ts';
import { factsOf, mergedLiveFacts, metadataTime, PRECEDENCE, readMetadataFile, type ExperimentFacts, type MetadataSource } from '../artifacts/experimentMetadata.ts';
import { parseFrontmatter } from '../artifacts/parseFrontmatter.ts';
import { readBlobs } from '../discover/gitIndex.ts';
import { execGit } from '../git/execGit.ts';
import { fieldHistory, type FieldBlame, type Revision } from './fieldHistory.ts';
import { LOG_FORMAT, parseLog, type LogCommit } from './parseLog.ts';
import { shallowCommits } from './provenance.ts';

/**
 * `etk blame`: one git log (renames followed for a file), one `git cat-file --batch` for every
 * revision's blob, each parsed once; then fieldHistory. Up to `rev` (default HEAD).
 */

const ZERO = /^0+$/;

function log(top: string, args: readonly string[], pathspec: string): LogCommit[] {
  return parseLog(execGit(['log', '-z', '--raw', '--no-abbrev', `--format=${LOG_FORMAT}`, ...args, '--', pathspec], { cwd: top })).reverse();
}

function frontmatter(bytes: Buffer | undefined): Record<string, unknown> | null {
  if (bytes === undefined) return null;
  const text = decodeArtifact(bytes).text;
  return text === null ? null : parseFrontmatter(text).data;
}

export interface BlameResult {
  /** What was blamed: the file's current path, or the experiment folder. */
  target: string;
  fields: FieldBlame[];
  /** Commits read. */
  revisions: number;
  /** A shallow clone: values of its oldest commit may be older. */
  shallow: boolean;
}

/** A file's frontmatter (a metadata JSON file's fields), per field, through its renames. */
export function blameFile(top: string, path: string, field: string | undefined, rev = 'HEAD'): BlameResult {
  const commits = log(top, ['--follow', '-M', rev], path);
  const edges = shallowCommits(top);
  const blobs = new Set<string>();
  const steps: { c: LogCommit; path: string; blob: string | null }[] = [];
  for (const c of commits) {
    const ch = c.changes[c.changes.length - 1];
    if (ch === undefined) continue;
    const blob = ch.blob !== undefined && !ZERO.test(ch.blob) ? ch.blob : null;
    if (blob !== null) blobs.add(blob);
    steps.push({ c, path: ch.path, blob });
  }
  const read = readBlobs(top, [...blobs]);
  const json = /\.json$/i.test(path);
  const revisions: Revision[] = steps.map(({ c, path: p, blob }) => ({
    commit: c.commit,
    author: c.author,
    date: c.date,
    path: p,
    data: blob === null ? {} : json ? jsonObject(read.bytes.get(blob)) : frontmatter(read.bytes.get(blob)),
    ...(edges.has(c.commit) ? { edge: true } : {}),
  }));
  return { target: path, fields: fieldHistory(revisions, field), revisions: revisions.length, shallow: edges.size > 0 };
}

function jsonObject(bytes: Buffer | undefined): Record<string, unknown> | null {
  if (bytes === undefined) return null;
  try {
    const v = JSON.parse(bytes.toString('utf8')) as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * An experiment over time: its status (merged from its metadata files as the index merges them) and
 * the latest value of each metric of its reports, at every commit that touched its folder.
 */
export function blameExperiment(top: string, root: string, experiment: string, field: string | undefined, rev = 'HEAD'): BlameResult {
  const folder = root === '' ? experiment : `${root}/${experiment}`;
  const commits = log(top, ['--no-renames', rev], folder);
  const edges = shallowCommits(top);
  const wanted = (rel: string) => (PRECEDENCE.live as readonly string[]).includes(rel) || (/\.md$/i.test(rel) && rel.startsWith('.metadata/'));
  const blobs = new Set<string>();
  for (const c of commits) for (const ch of c.changes) if (ch.blob && !ZERO.test(ch.blob) && wanted(ch.path.slice(folder.length + 1))) blobs.add(ch.blob);
  const read = readBlobs(top, [...blobs]);
  const parsed = new Map<string, Record<string, unknown> | null>();
  const parse = (blob: string) => {
    if (!parsed.has(blob)) parsed.set(blob, frontmatter(read.bytes.get(blob)));
    return parsed.get(blob)!;
  };
  const files = new Map<string, string>();
  const revisions: Revision[] = [];
  for (const c of commits) {
    for (const ch of c.changes) {
      const rel = ch.path.slice(folder.length + 1);
      if (!wanted(rel)) continue;
      if (!ch.blob || ZERO.test(ch.blob)) files.delete(rel);
      else files.set(rel, ch.blob);
    }
    const facts: ExperimentFacts[] = [];
    const metrics = new Map<string, { value: unknown; key: string }>();
    for (const [rel, blob] of files) {
      if (rel === 'README.md') {
        const fm = parse(blob);
        if (fm) facts.push(factsOf(fm, 'README.md'));
      } else if (rel.endsWith('.json')) {
        const r = readMetadataFile(read.bytes.get(blob) ?? Buffer.alloc(0), rel as MetadataSource);
        if (r.facts) facts.push(r.facts);
      } else {
        const fm = parse(blob);
        if (!fm || fm.type !== 'report' || fm.metrics === null || typeof fm.metrics !== 'object' || Array.isArray(fm.metrics)) continue;
        // The latest report wins, as in the latest_metrics view: by created, then path.
        const key = `${metadataTime(fm.created) ?? ''}\u0001${rel}`;
        for (const [name, m] of Object.entries(fm.metrics as Record<string, unknown>)) {
          const value = m !== null && typeof m === 'object' && !Array.isArray(m) ? (m as Record<string, unknown>).value : m;
          const had = metrics.get(name);
          if (!had || key > had.key) metrics.set(name, { value: value ?? null, key });
        }
      }
    }
    const data: Record<string, unknown> = { status: mergedLiveFacts(facts).status };
    if (metrics.size > 0) data.metrics = Object.fromEntries([...metrics].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.value]));
    revisions.push({ commit: c.commit, author: c.author, date: c.date, path: folder, data, ...(edges.has(c.commit) ? { edge: true } : {}) });
  }
  return { target: folder, fields: fieldHistory(revisions, field), revisions: revisions.length, shallow: edges.size > 0 };
}
