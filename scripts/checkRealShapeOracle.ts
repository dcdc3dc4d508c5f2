/**
 * Measures the real-shaped corpus's hand-written oracle (test/helpers/realShapeCorpus.ts) against the published
 * EDS v1.0 tools. Not part of the test suite: it needs python3 with PyYAML and a copy of the published standard.
 *
 *   node --import tsx scripts/checkRealShapeOracle.ts <folder of the published standard>
 *
 * The folder holds compliance-checker.py, validation-rules.json and schemas/ (manifest.schema.json,
 * experiment_state.json). For every Markdown file it runs `python3 compliance-checker.py <file>` and compares the
 * exit status with the oracle's `checker`; then it derives each verdict again from the published rules (the
 * checker's and naming hook's scope, the frontmatter schema with dates unchecked, handoff reports relaxed and the spec's type list, the naming
 * hook's patterns and the 50-character slug, the placement rules) and compares it with the oracle's `verdict`; and it
 * validates each manifest.json / state.json against its published schema. Prints every disagreement; exit 1 if any.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import yaml from 'js-yaml';
import { realShapeCorpus, type RealShapeFile, type Verdict } from '../test/helpers/realShapeCorpus.ts';

const eds = process.argv[2];
if (!eds) {
  process.stderr.write('usage: node --import tsx scripts/checkRealShapeOracle.ts <folder of the published EDS v1.0 standard>\n');
  process.exit(2);
}
const checker = join(eds, 'compliance-checker.py');
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;

// The frontmatter schema as the checker applies it: created/updated unchecked (the checker reads no date), a handoff
// report's relaxation, and the spec's type list (the schema's enum lacks plan, which the spec, the checker and the naming hook all list).
const rules = readJson(join(eds, 'validation-rules.json'));
const props = rules.properties as Record<string, Record<string, unknown>>;
delete props.created;
delete props.updated;
props.type = { ...props.type, enum: [...(props.type!.enum as string[]), 'plan'] };
// A report with subtype handoff needs no metrics, baseline or comparison (the checker's RELAXED_SUBTYPES).
for (const branch of rules.allOf as { if: { properties: Record<string, unknown> } }[]) {
  if ((branch.if.properties.type as { const?: string }).const === 'report') branch.if.properties.subtype = { not: { const: 'handoff' } };
}
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const frontmatterSchema = ajv.compile(rules);
const strictAjv = new Ajv({ allErrors: true, strict: false });
ajvFormats.default(strictAjv);
const manifestSchema = strictAjv.compile(readJson(join(eds, 'schemas/manifest.schema.json')));
const stateSchema = strictAjv.compile(readJson(join(eds, 'schemas/experiment_state.json')));

const TYPES = ['assessment', 'report', 'guide', 'script', 'manifest', 'plan'];
const FOLDER: Record<string, string> = { assessment: 'assessments', report: 'reports', guide: 'guides', script: 'scripts', plan: 'plans' };

/** The naming hook's checks, in its order, plus the slug length of the naming rules. */
function nameProblem(name: string): string | null {
  if (/^[A-Z_]+\.md$/.test(name)) return 'ALL-CAPS';
  if (/[a-z][A-Z]/.test(name)) return 'camelCase';
  if (/^[A-Z][a-z]+([A-Z][a-z]+)+\.md$/.test(name)) return 'PascalCase';
  if (/ /.test(name)) return 'spaces';
  const m = new RegExp(`^[0-9]{8}_[0-9]{4}_(${TYPES.join('|')})_([a-z0-9]+(-[a-z0-9]+)*)\\.md$`).exec(name);
  if (!m) return 'pattern';
  if (m[2]!.length > 50) return 'slug longer than 50';
  return null;
}

function frontmatter(text: string): Record<string, unknown> | null {
  const m = /^---\s*\n([\s\S]*?)\n---\s*\n([\s\S]*)$/.exec(text);
  if (!m) return null;
  const v = yaml.load(m[1]!);
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** The verdict from the published rules, given the checker's exit status. */
function derive(f: RealShapeFile, passed: boolean, declaredTwice: Set<string>): { verdict: Verdict; why: string } {
  const parts = f.path.split('/');
  const name = parts[parts.length - 1]!;
  const meta = parts.indexOf('.metadata');
  const inScope = meta >= 0 && name !== 'README.md';
  const experimentRel = parts.slice(parts.indexOf('experiments') + 2);
  if (!inScope) {
    if (experimentRel.length === 1 && name !== 'README.md') return { verdict: 'other', why: 'placement: Markdown at the experiment root' };
    return { verdict: 'accepted', why: 'outside the checker\'s and naming hook\'s scope; placement allows it' };
  }
  if (!passed) return { verdict: 'rejected-by-checker', why: 'checker failed' };
  const data = frontmatter(f.content) ?? {};
  if (!frontmatterSchema(data)) return { verdict: 'other', why: `schema: ${ajv.errorsText(frontmatterSchema.errors)}` };
  const np = nameProblem(name);
  if (np) return { verdict: 'other', why: `naming: ${np}` };
  const folder = parts[meta + 1];
  if (folder !== FOLDER[String(data.type)]) return { verdict: 'other', why: `placement: ${String(data.type)} in .metadata/${folder}/` };
  if (typeof data.artifact_id === 'string' && declaredTwice.has(data.artifact_id)) return { verdict: 'other', why: 'duplicate declared artifact_id' };
  return { verdict: 'accepted', why: 'all published rules accept it' };
}

const corpus = realShapeCorpus();
const dir = mkdtempSync(join(tmpdir(), 'etk-real-shape-'));
const problems: string[] = [];
try {
  const ids = new Map<string, number>();
  for (const f of corpus.markdown) {
    const id = frontmatter(f.content)?.artifact_id;
    if (typeof id === 'string') ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  const declaredTwice = new Set([...ids].filter(([, n]) => n > 1).map(([id]) => id));
  const counts: Record<string, number> = {};
  for (const f of corpus.markdown) {
    const abs = join(dir, f.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.content);
    const r = spawnSync('python3', [checker, abs], { encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`the checker did not run on ${f.path}: ${r.stderr || r.error?.message}`);
    const passed = r.status === 0;
    if ((f.checker === 'pass') !== passed) problems.push(`${f.path}: the oracle says the checker ${f.checker === 'pass' ? 'passes' : 'fails'} it, it exits ${r.status}: ${r.stdout.trim().replace(/\s+/g, ' ')}`);
    const d = derive(f, passed, declaredTwice);
    if (d.verdict !== f.verdict) problems.push(`${f.path}: the oracle says ${f.verdict}, the published rules say ${d.verdict} (${d.why})`);
    const key = `${f.verdict} / checker ${passed ? 'pass' : 'fail'}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  for (const [path, text] of Object.entries(corpus.metadata)) {
    const validate = path.endsWith('state.json') ? stateSchema : manifestSchema;
    if (!validate(JSON.parse(text))) problems.push(`${path}: not valid against its published schema: ${strictAjv.errorsText(validate.errors)}`);
  }
  process.stdout.write(`${corpus.markdown.length} Markdown files, ${Object.keys(corpus.metadata).length} metadata files, ${corpus.experiments.length} experiments\n`);
  for (const [k, n] of Object.entries(counts).sort()) process.stdout.write(`  ${k}: ${n}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const p of problems) process.stdout.write(`DISAGREES ${p}\n`);
process.stdout.write(problems.length === 0 ? 'the oracle agrees with the published checker, schemas and rules on every file\n' : `${problems.length} disagreement(s)\n`);
process.exit(problems.length === 0 ? 0 : 1);
