import { contentCheckFor, contentFindings } from './contentRules.ts';
import { decodeArtifact } from './decode.ts';
import { factsOf, readMetadataFile, type ExperimentFacts, type MetadataSource } from './experimentMetadata.ts';
import type { Finding } from './diagnostic.ts';
import { fileRules } from './fileRules.ts';
import { classifyPath, type Placement } from './layout.ts';
import { parseFrontmatter } from './parseFrontmatter.ts';
import { PROBE_VALUE, schemaFindings } from './schemaMessages.ts';
import { withValueAt } from './withValueAt.ts';
import type { RuleSetting } from './ruleCatalog.ts';
import type { SchemaSet } from './schemaSet.ts';
import { YamlPositions, type Located } from './yamlPositions.ts';
import { closest } from '../util/distance.ts';

/** One file as etk read it (from the work tree or from git's index). */
export interface SourceFile {
  /** Repo-relative POSIX path. */
  path: string;
  bytes: Uint8Array;
  /** Real size when `bytes` does not hold the file (too large to read, or not read at all). */
  size?: number;
  /** Why the content was not read (a symbolic link, not a regular file, a failed read): the file's only finding. */
  unread?: Finding;
  /** The id the file is listed under when etk did not hash its bytes (see readRegularFile's outcomeId). */
  id?: string;
}

export interface ValidationEnv {
  /** Experiments root, repo-relative POSIX ('' for the repo top). */
  root: string;
  schemas: SchemaSet;
  maxFileSize: number;
  /** Rule settings as the config resolved them: rules that are off are not run where that saves work (the content rules). */
  rules: Readonly<Record<string, RuleSetting>>;
  /** Whether a repo-relative path holds a file (a rename hint suggests a free name); absent: not asked. */
  exists?: (path: string) => boolean;
}

/** Everything validation learnt about one file; the index is built from the same record. */
export interface FileResult {
  path: string;
  /** Size in bytes. */
  size: number;
  /** git's blob id of the bytes judged, when the reader was asked for it. */
  blob?: string;
  placement: Exclude<Placement, { kind: 'ignored' }>;
  /** Parsed frontmatter, or null when the file could not be parsed. */
  data: Record<string, unknown> | null;
  body: string;
  bodyStartLine: number;
  /** Raw frontmatter YAML and its first file line: enough to locate any field later. */
  yaml: string;
  yamlStartLine: number;
  title: string;
  findings: Finding[];
  /** Experiment metadata this file holds (a metadata JSON file, or a README.md with frontmatter). */
  experiment?: ExperimentFacts | null;
}

const HUMANIZE = (s: string) => s.replace(/[-_]+/g, ' ').trim();

/** The text of the first level-1 ATX heading outside fenced code (CommonMark: up to 3 spaces of indent; a closing run of # counts only after a space). */
export function firstHeading(body: string): string | undefined {
  let fence: string | null = null;
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (f[1]![0] === fence[0] && f[1]!.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const m = /^ {0,3}#(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
    if (!m || m[1] === undefined) continue;
    const text = m[1].replace(/(?:^|[ \t]+)#+$/, '').trim();
    if (text !== '') return text;
  }
  return undefined;
}

/** Title: frontmatter `title`, else the first `# ` heading, else the file name's slug. */
export function deriveTitle(data: Record<string, unknown> | null, body: string, path: string): string {
  const t = data?.title;
  if (typeof t === 'string' && t.trim() !== '') return t.trim();
  const heading = firstHeading(body);
  if (heading) return heading;
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  const m = /^\d{8}_\d{4}_[a-z0-9_]+?_([^_]+)$/.exec(base);
  return HUMANIZE(m ? m[1]! : base);
}

/** Validates one file on its own (cross-file rules come after). Pure: no disk, no git. */
export function validateFile(file: SourceFile, env: ValidationEnv): FileResult | null {
  const placement = classifyPath(file.path, env.root);
  if (placement.kind === 'ignored') return null;
  const result: FileResult = { path: file.path, size: file.size ?? file.bytes.byteLength, placement, data: null, body: '', bodyStartLine: 1, yaml: '', yamlStartLine: 2, title: deriveTitle(null, '', file.path), findings: [] };
  if (file.unread) {
    result.findings.push(file.unread);
    if (placement.kind === 'metadata') {
      result.title = placement.file;
      result.experiment = null;
    }
    return result;
  }
  if (placement.kind === 'metadata') return metadataResult(file, result, placement.file as MetadataSource, env.maxFileSize);

  const size = result.size;
  if (size > env.maxFileSize) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    result.findings.push({ line: 1, column: 1, rule: 'file-too-large', message: `file is ${mb(size)}, over the limit of ${mb(env.maxFileSize)}`, hint: 'move data out of the Markdown (link to it instead), or raise maxFileSize in etk.config.json' });
    return result;
  }
  const decoded = decodeArtifact(file.bytes);
  result.findings.push(...decoded.findings);
  if (decoded.text === null) return result;

  const parsed = parseFrontmatter(decoded.text);
  // Only EDS artifacts must have frontmatter: a README.md or a document without it is fine as it is.
  const exempt = placement.kind === 'manifest' || placement.kind === 'document';
  const declaresEds = (d: Record<string, unknown> | null) => d !== null && (placement.kind === 'manifest' ? d.type === 'experiment_manifest' : 'ads_version' in d || 'type' in d);
  if (exempt && !declaresEds(parsed.data)) {
    result.body = parsed.data === null ? decoded.text : parsed.body;
    result.bodyStartLine = parsed.data === null ? 1 : parsed.bodyStartLine;
    result.yaml = parsed.data === null ? '' : parsed.yaml;
    result.yamlStartLine = parsed.yamlStartLine;
    result.data = parsed.data;
    result.title = deriveTitle(parsed.data, result.body, file.path);
    if (placement.kind === 'manifest' && parsed.data !== null) result.experiment = factsOf(parsed.data, 'README.md');
    return result;
  }
  result.findings.push(...parsed.findings);
  result.body = parsed.body;
  result.bodyStartLine = parsed.bodyStartLine;
  result.yaml = parsed.yaml;
  result.yamlStartLine = parsed.yamlStartLine;
  result.title = deriveTitle(parsed.data, parsed.body, file.path);
  if (placement.kind === 'artifact') {
    const check = contentCheckFor(env.rules);
    if (check) result.findings.push(...contentFindings(parsed.body, parsed.bodyStartLine, parsed.data, check));
  }
  result.data = parsed.data;
  if (placement.kind === 'manifest' && parsed.data !== null) result.experiment = factsOf(parsed.data, 'README.md');
  // Name and placement rules judge files without (usable) frontmatter too.
  const data = parsed.data ?? {};

  let positions: YamlPositions | undefined;
  const located = (): YamlPositions => (positions ??= new YamlPositions(parsed.yaml, parsed.yamlStartLine));
  const locateValue = (path: readonly string[]): Located => located().value(path);
  const locateKey = (path: readonly string[]): Located => located().key(path);

  const type = typeof data.type === 'string' ? data.type : undefined;
  let schema = type === undefined ? undefined : env.schemas.get(type);
  if (type !== undefined && schema === undefined) {
    const names = env.schemas.typeNames();
    const near = closest(type, names);
    result.findings.push({
      ...locateValue(['type']),
      rule: 'unknown-type',
      message: `unknown artifact type "${type}"${near ? `: did you mean ${near}?` : ''}`,
      hint: `use one of ${names.join(', ')}, or declare the type with its schema under "types" in etk.config.json`,
    });
  }
  const typeSchema = schema ?? env.schemas.generic;
  if (parsed.data !== null && !typeSchema.validate(data)) {
    const errors = [...(typeSchema.validate.errors ?? [])];
    const probe = (path: readonly string[]) => {
      const copy = withValueAt(data, path, PROBE_VALUE);
      if (copy === null || typeSchema.validate(copy)) return [];
      return typeSchema.validate.errors ?? [];
    };
    const found = schemaFindings(errors, { type: type ?? '(none)', locate: locateValue, probe });
    for (const f of found) result.findings.push({ line: f.line, column: f.column, rule: f.rule, message: f.message, ...(f.hint ? { hint: f.hint } : {}) });
  }
  result.findings.push(
    ...fileRules({
      path: file.path,
      placement,
      data,
      title: result.title,
      knownTypes: env.schemas.typeNames(),
      knownKeys: schema ? schema.knownKeys : type === undefined ? env.schemas.generic.knownKeys : null,
      locateValue,
      locateKey,
      exists: env.exists,
    }),
  );
  // Positions carry the value's source text for messages; findings keep line and column only.
  for (const f of result.findings) delete (f as Partial<Located>).source;
  return result;
}

/** A metadata JSON file: its experiment facts and findings; no frontmatter, no artifact rules. */
function metadataResult(file: SourceFile, result: FileResult, source: MetadataSource, maxFileSize: number): FileResult {
  result.title = source;
  if (result.size > maxFileSize) {
    result.findings.push({ line: 1, column: 1, rule: 'file-too-large', message: `file is ${(result.size / 1024 / 1024).toFixed(1)} MB, over the limit of ${(maxFileSize / 1024 / 1024).toFixed(1)} MB`, hint: 'keep experiment metadata small, or raise maxFileSize in etk.config.json' });
    result.experiment = null;
    return result;
  }
  const read = readMetadataFile(file.bytes, source);
  result.findings.push(...read.findings);
  result.experiment = read.facts;
  return result;
}
