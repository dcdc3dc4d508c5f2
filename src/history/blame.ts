import { decodeArtifact } from '../artifacts/decode.ts';
import { factsOf, mergedLiveFacts, metadataTime, PRECEDENCE, readMetadataFile, type ExperimentFacts, type MetadataSource } from '../artifacts/experimentMetadata.ts';
import { parseFrontmatter } from '../artifacts/parseFrontmatter.ts';
import { readBlobs } from '../discover/gitIndex.ts';
import { execGit } from '../git/execGit.ts';
import { fieldHistory, flattenFields, type FieldBlame, type Revision } from './fieldHistory.ts';
import { LOG_FORMAT, parseLog, type LogCommit } from './parseLog.ts';
import { shallowCommits } from './provenance.ts';

/**
 * `etk blame`: one git log (renames followed for a file), one `git cat-file --batch` for every
 * revision's blob, each parsed once; then fieldHistory. Up to `rev` (default HEAD).
 */

const ZERO = /^0+$/;

function log(top: string, args: readonly string[], ...pathspecs: string[]): LogCommit[] {
  return parseLog(execGit(['log', '-z', '--raw', '--no-abbrev', `--format=${LOG_FORMAT}`, ...args, '--', ...pathspecs], { cwd: top })).reverse();
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

/**
 * A followed file's commits (oldest first) from the one that created it: git --follow also
 * treats a file made as a copy of another (two reports from one template, two experiments' READMEs)
 * as that file, and goes on with the other file's history, which is not this one's.
 */
function ownHistory(oldestFirst: LogCommit[]): LogCommit[] {
  for (let i = oldestFirst.length - 1; i >= 0; i--) {
    const status = oldestFirst[i]!.changes[oldestFirst[i]!.changes.length - 1]?.status;
    if (status === 'A' || status === 'C') return oldestFirst.slice(i);
  }
  return oldestFirst;
}

/**
 * A file's frontmatter (a metadata JSON file's fields), per field, through its renames. The values
 * are those of the first-parent line (each merge diffed against its first parent), so the last one
 * is what the file holds at `rev` whichever way a merge resolved; a value a merge brought in from
 * its other side is credited to the commit on that side that set it (see creditMerges).
 */
export function blameFile(top: string, path: string, field: string | undefined, rev = 'HEAD'): BlameResult {
  const mainline = ownHistory(log(top, ['--follow', '-M', '--first-parent', '--diff-merges=first-parent', rev], path));
  const merges = mainline.filter((c) => c.parents.length > 1 && c.changes.length > 0);
  const all = merges.length > 0 ? ownHistory(log(top, ['--follow', '-M', rev], path)) : [];
  const onMainline = new Set(mainline.map((c) => c.commit));
  const edges = shallowCommits(top);
  const stepOf = (c: LogCommit) => {
    const ch = c.changes[c.changes.length - 1];
    if (ch === undefined) return null;
    return { c, path: ch.path, blob: ch.blob !== undefined && !ZERO.test(ch.blob) ? ch.blob : null };
  };
  const steps = mainline.map(stepOf).filter((s) => s !== null);
  const sideSteps = all.filter((c) => !onMainline.has(c.commit)).map(stepOf).filter((s) => s !== null);
  const read = readBlobs(top, [...new Set([...steps, ...sideSteps].map((s) => s.blob).filter((b) => b !== null))]);
  const json = /\.json$/i.test(path);
  const revisionOf = ({ c, path: p, blob }: { c: LogCommit; path: string; blob: string | null }): Revision => ({
    commit: c.commit,
    author: c.author,
    date: c.date,
    path: p,
    data: blob === null ? {} : json ? jsonObject(read.bytes.get(blob)) : frontmatter(read.bytes.get(blob)),
    ...(edges.has(c.commit) ? { edge: true } : {}),
  });
  let revisions = steps.map(revisionOf);
  if (merges.length > 0) revisions = creditMerges(top, revisions, steps.map((s) => s.c.parents), sideSteps.map(revisionOf));
  return { target: path, fields: fieldHistory(revisions, field), revisions: revisions.length, shallow: edges.size > 0 };
}

/**
 * Puts before each merge the commits it brought in that changed the file (oldest first), each
 * showing, per field, its own value only where the merge kept the value the other side ended with
 * (and the first parent had another): so a value taken from a branch is credited to whoever set it
 * there, and a value the merge did not take leaves no trace.
 */
function creditMerges(top: string, mainline: Revision[], parents: string[][], side: Revision[]): Revision[] {
  const out: Revision[] = [];
  let before = new Map<string, unknown>();
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const commitsOf = new Map(side.map((r) => [r.commit, r]));
  for (const [i, r] of mainline.entries()) {
    const flat = r.data === null ? null : flattenFields(r.data);
    const first = parents[i]![0];
    if (parents[i]!.length > 1 && first !== undefined && flat !== null && commitsOf.size > 0) {
      const brought = new Set(execGit(['rev-list', `${first}..${r.commit}`], { cwd: top }).toString('utf8').split('\n'));
      const theirs = side.filter((s) => brought.has(s.commit) && s.data !== null);
      const last = theirs.length > 0 ? flattenFields(theirs[theirs.length - 1]!.data!) : null;
      for (const s of theirs) {
        const own = flattenFields(s.data!);
        const data: Record<string, unknown> = {};
        for (const key of new Set([...before.keys(), ...own.keys(), ...flat.keys()])) {
          const taken = last !== null && flat.has(key) && last.has(key) && same(flat.get(key), last.get(key)) && !(before.has(key) && same(before.get(key), flat.get(key)));
          const from = taken ? own : before;
          if (from.has(key)) data[key] = from.get(key);
        }
        out.push({ ...s, data });
        commitsOf.delete(s.commit);
      }
    }
    out.push(r);
    if (flat !== null) before = flat;
  }
  return out;
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

/** The files whose rename an experiment folder's move shows best, most text first (git log --follow follows one file). */
const FOLLOW = ['README.md', '.metadata/manifest.json', 'manifest.json', 'state.json'];

/**
 * Every name the experiment folder had, the current one first: git log --follow of its manifest
 * (etk mv, or a git mv of the folder, moves it with the rest), each path it had minus the manifest's
 * own name. Followed from `rev`, or from HEAD when the folder has its current name only since
 * (`--rev` before a rename).
 */
/** How alike a manifest must be to the one it replaced to count as the experiment's folder renamed. */
const FOLDER_RENAME_SIMILARITY = 70;

export function folderNames(top: string, folder: string, rev: string): string[] {
  const names = [folder];
  let from: { at: string; manifest: string } | undefined;
  for (const at of [rev, 'HEAD']) {
    const present = execGit(['ls-tree', '-z', '--name-only', '--end-of-options', at, '--', ...FOLLOW.map((f) => `${folder}/${f}`)], { cwd: top, okCodes: [128] })
      .toString('utf8')
      .split('\0');
    const manifest = FOLLOW.find((f) => present.includes(`${folder}/${f}`));
    if (manifest !== undefined) {
      from = { at, manifest };
      break;
    }
  }
  if (from === undefined) return names;
  const { at, manifest } = from;
  // Renames only, and close ones: --follow also reports copies, and the manifests etk new writes are
  // alike enough (about 57%) that a new experiment's README reads as a copy of an older one's.
  // etk mv changes one line of it (well above 70%).
  const out = execGit(['log', '-z', '--follow', `-M${FOLDER_RENAME_SIMILARITY}%`, '--name-status', `--format=${LOG_FORMAT}`, at, '--', `${folder}/${manifest}`], { cwd: top });
  // Newest first: a rename of the path being followed moves to its old name; a copy or an addition
  // of it is where its history starts (git --follow would go on with the copy's source).
  let current = `${folder}/${manifest}`;
  walk: for (const c of parseLog(out)) {
    for (const ch of c.changes) {
      if (ch.path !== current) continue;
      if (ch.status !== 'R' || ch.from === undefined) {
        if (ch.status === 'A' || ch.status === 'C') break walk;
        continue;
      }
      current = ch.from;
      if (!current.endsWith(`/${manifest}`)) break walk;
      const name = current.slice(0, -(manifest.length + 1));
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

/**
 * An experiment over time: its status (merged from its metadata files as the index merges them) and
 * the latest value of each metric of its reports, at every commit that touched its folder, under
 * any name the folder had (see folderNames). As for a file, the values are those of the
 * first-parent line, and a value a merge took from its other side is credited to the commit there
 * that set it (see creditMerges).
 */
export function blameExperiment(top: string, root: string, experiment: string, field: string | undefined, rev = 'HEAD'): BlameResult {
  const folder = root === '' ? experiment : `${root}/${experiment}`;
  const folders = folderNames(top, folder, rev);
  const commits = log(top, ['--no-renames', '--first-parent', '--diff-merges=first-parent', rev], ...folders);
  const edges = shallowCommits(top);
  const wanted = (rel: string) => (PRECEDENCE.live as readonly string[]).includes(rel) || (/\.md$/i.test(rel) && rel.startsWith('.metadata/'));
  /** The folder a path is in, when it is one of the experiment's files etk reads. */
  const folderOf = (path: string) => folders.find((f) => path.startsWith(`${f}/`) && wanted(path.slice(f.length + 1)));
  const merges = commits.filter((c) => c.parents.length > 1 && c.changes.length > 0);
  // Side commits (merges only): every commit that touched the folder, each with its rewritten parents.
  const all = merges.length > 0 ? log(top, ['--no-renames', '--full-history', '--topo-order', '--parents', '--diff-merges=first-parent', rev], ...folders) : [];
  const blobs = new Set<string>();
  for (const c of [...commits, ...all]) for (const ch of c.changes) if (ch.blob && !ZERO.test(ch.blob) && folderOf(ch.path) !== undefined) blobs.add(ch.blob);
  const read = readBlobs(top, [...blobs]);
  const parsed = new Map<string, Record<string, unknown> | null>();
  const parse = (blob: string) => {
    if (!parsed.has(blob)) parsed.set(blob, frontmatter(read.bytes.get(blob)));
    return parsed.get(blob)!;
  };
  /** Applies a commit's changes to the experiment's files (path -> blob). */
  const apply = (files: Map<string, string>, c: LogCommit) => {
    for (const ch of c.changes) {
      if (folderOf(ch.path) === undefined) continue;
      if (!ch.blob || ZERO.test(ch.blob)) files.delete(ch.path);
      else files.set(ch.path, ch.blob);
    }
  };
  const revisionAt = (c: LogCommit, state: Map<string, string>): Revision => {
    // The newest name that holds files then (a folder renamed back and forth, or an old name reused later, picks the current one).
    const at = folders.find((f) => [...state.keys()].some((p) => p.startsWith(`${f}/`))) ?? folder;
    const files = new Map([...state].filter(([p]) => p.startsWith(`${at}/`)).map(([p, b]) => [p.slice(at.length + 1), b]));
    return { commit: c.commit, author: c.author, date: c.date, path: at, data: experimentData(files, parse, read.bytes), ...(edges.has(c.commit) ? { edge: true } : {}) };
  };
  const state = new Map<string, string>();
  let revisions: Revision[] = [];
  for (const c of commits) {
    apply(state, c);
    revisions.push(revisionAt(c, state));
  }
  if (merges.length > 0) {
    const onMainline = new Set(commits.map((c) => c.commit));
    const states = new Map<string, Map<string, string>>();
    const side: Revision[] = [];
    for (const c of all) {
      const files = new Map(states.get(c.parents[0] ?? '') ?? []);
      apply(files, c);
      states.set(c.commit, files);
      if (!onMainline.has(c.commit)) side.push(revisionAt(c, files));
    }
    revisions = creditMerges(top, revisions, commits.map((c) => c.parents), side);
  }
  return { target: folder, fields: fieldHistory(revisions, field), revisions: revisions.length, shallow: edges.size > 0 };
}

/** An experiment's status (its metadata files merged) and the latest value of each metric of its reports, from its files (path in the folder -> blob). */
function experimentData(files: Map<string, string>, parse: (blob: string) => Record<string, unknown> | null, bytes: Map<string, Buffer>): Record<string, unknown> {
  const facts: ExperimentFacts[] = [];
  const metrics = new Map<string, { value: unknown; key: string }>();
  for (const [rel, blob] of files) {
    if (rel === 'README.md') {
      const fm = parse(blob);
      if (fm) facts.push(factsOf(fm, 'README.md'));
    } else if (rel.endsWith('.json')) {
      const r = readMetadataFile(bytes.get(blob) ?? Buffer.alloc(0), rel as MetadataSource);
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
  return data;
}
