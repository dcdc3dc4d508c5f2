import { parseDocument } from 'yaml';
import { BUILTIN_SCHEMAS } from '../artifacts/schemaSet.ts';
import { chooseExperiment, experimentFolders } from '../authoring/chooseExperiment.ts';
import { resolveExperimentId } from '../query/experimentIds.ts';
import { newArtifact, newExperiment, type Created, type GivenFields } from '../authoring/newDocument.ts';
import { loadConfig } from '../config/loadConfig.ts';
import { UsageError } from '../errors.ts';
import { closest } from '../util/distance.ts';
import { intOption, parse } from './args.ts';
import type { CliIO, Command } from './io.ts';
import { currentIndex } from './syncOption.ts';

const HELP = `Usage: etk new experiment <name> [options]
       etk new <type> <title> [options]

Creates an experiment (its folder, README.md manifest and .metadata/ folders) or an artifact in
one, at the EDS path and name, from a template, with every required field present. Fields only you
can fill in are typed placeholders (<critical|high|medium|low>, <integer>, ...): etk validate
reports each at its line until it is filled in. Types: assessment, report, guide, script, and the
types in etk.config.json.

The experiment of a new artifact: --experiment, else the one the current folder is in, else the
most recently updated active one (etk says which).

Options:
  --experiment ID       the experiment (its id, or a part of it that is unique)
  --tag TAG             a tag (repeatable); made lowercase-hyphenated
  --status STATUS       default: active
  --description TEXT    experiment: its description
  --phase PHASE         assessment: phase_0 ... phase_4
  --priority P          assessment: critical, high, medium or low
  --evidence-count N    assessment: a whole number
  --metric NAME=VALUE   report: a metric (repeatable), e.g. --metric hmean=0.91
  --baseline ID         report: the experiment the metrics are compared with (its id, or a
                        part of it that is unique, as for --experiment)
  --comparison C        report: improvement, regression or neutral
  --command CMD         guide: a command to run (repeatable)
  --prerequisite TEXT   guide: a prerequisite (repeatable)
  --dependency DEP      script: a dependency (repeatable)
  --set KEY=VALUE       any field, the value read as YAML (repeatable), e.g. --set owner=kim
  --json                print {id, type, path, experiment, reason, placeholders} as JSON
  --no-sync             choose the experiment from the index as it is (by default the index is
                        first brought up to date with the work tree, as for etk query)
  -c, --config FILE     use this etk.config.json
  -h, --help            show this help

Examples:
  etk new experiment "Receipt layout analysis" --tag ocr --tag layout
  etk new report "First results" --metric hmean=0.91 --comparison improvement
  etk new assessment "Baseline quality" --phase phase_1 --priority high --evidence-count 3
  etk new guide "How to train" --experiment 20251217_024343_image_enhancements --command "python train.py"`;

const OPTIONS = {
  experiment: { type: 'string' },
  tag: { type: 'string', multiple: true },
  status: { type: 'string' },
  description: { type: 'string' },
  phase: { type: 'string' },
  priority: { type: 'string' },
  'evidence-count': { type: 'string' },
  metric: { type: 'string', multiple: true },
  baseline: { type: 'string' },
  comparison: { type: 'string' },
  command: { type: 'string', multiple: true },
  prerequisite: { type: 'string', multiple: true },
  dependency: { type: 'string', multiple: true },
  set: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  'no-sync': { type: 'boolean' },
} as const;

/** Which type each type-specific option belongs to. */
const OPTION_TYPES: Record<string, string> = {
  description: 'experiment',
  phase: 'assessment',
  priority: 'assessment',
  'evidence-count': 'assessment',
  metric: 'report',
  baseline: 'report',
  comparison: 'report',
  command: 'guide',
  prerequisite: 'guide',
  dependency: 'script',
};

type Values = Record<string, string | boolean | string[] | undefined>;

function keyValue(option: string, text: string): [string, string] {
  const eq = text.indexOf('=');
  const name = eq === -1 ? '' : text.slice(0, eq).trim();
  if (name === '') throw new UsageError(`etk new: --${option} takes NAME=VALUE (found "${text}")`, option === 'metric' ? 'e.g. --metric hmean=0.91' : 'e.g. --set owner=kim');
  return [name, text.slice(eq + 1).trim()];
}

/** A metric value as people write it: a decimal number (no hex, no Infinity). */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The fields type-specific options give, in frontmatter order. */
function givenFields(values: Values): GivenFields {
  const out: GivenFields = [];
  const str = (k: string) => values[k] as string | undefined;
  const list = (k: string) => (values[k] as string[] | undefined) ?? [];
  if (str('phase') !== undefined) out.push({ key: 'phase', value: str('phase'), option: '--phase' });
  if (str('priority') !== undefined) out.push({ key: 'priority', value: str('priority'), option: '--priority' });
  const evidence = intOption('new', 'evidence-count', str('evidence-count'));
  if (evidence !== undefined) out.push({ key: 'evidence_count', value: evidence, option: '--evidence-count' });
  if (list('metric').length > 0) {
    const metrics = new Map<string, number>();
    for (const m of list('metric')) {
      const [name, raw] = keyValue('metric', m);
      if (metrics.has(name)) throw new UsageError(`etk new: --metric ${name} is given twice`, 'give each metric once');
      const value = Number(raw);
      if (!DECIMAL.test(raw) || !Number.isFinite(value)) throw new UsageError(`etk new: --metric ${name} needs a number (found "${raw}")`, 'e.g. --metric hmean=0.91 (a unit or a per-metric baseline can be added in the file: latency_ms: {value: 41, unit: ms})');
      metrics.set(name, value);
    }
    out.push({ key: 'metrics', value: Object.fromEntries(metrics), option: '--metric' });
  }
  if (str('baseline') !== undefined) out.push({ key: 'baseline', value: str('baseline'), option: '--baseline', after: 'metrics' });
  if (str('comparison') !== undefined) out.push({ key: 'comparison', value: str('comparison'), option: '--comparison' });
  if (list('command').length > 0) out.push({ key: 'commands', value: list('command'), option: '--command' });
  if (list('prerequisite').length > 0) out.push({ key: 'prerequisites', value: list('prerequisite'), option: '--prerequisite' });
  if (list('dependency').length > 0) out.push({ key: 'dependencies', value: list('dependency'), option: '--dependency' });
  for (const s of list('set')) {
    const [key, raw] = keyValue('set', s);
    const doc = parseDocument(raw === '' ? '""' : raw, { schema: 'core' });
    const bad = (why: string) => new UsageError(`etk new: --set ${key}: the value is not valid YAML (${why})`, 'quote it, e.g. --set \'note="a: b"\'');
    if (doc.errors.length > 0) throw bad(doc.errors[0]!.message.split('\n')[0]!);
    let value: unknown;
    try {
      value = doc.toJS();
    } catch (err) {
      throw bad((err as Error).message); // an alias with no anchor (*a)
    }
    out.push({ key, value, option: `--set ${key}` });
  }
  const seen = new Map<string, string>();
  for (const g of out) {
    const first = seen.get(g.key);
    if (first !== undefined) throw new UsageError(`etk new: ${g.key} is given twice (${first} and ${g.option})`, `give ${g.key} once`);
    seen.set(g.key, g.option);
  }
  return out;
}

function render(created: Created, reason: string | null, io: CliIO): void {
  const lines = [created.type === 'experiment_manifest' ? `✔ created experiment ${created.id}: ${created.path}` : `✔ created ${created.type} ${created.path}`];
  if (reason !== null) lines.push(`  in ${created.experimentId} (${reason})`);
  if (created.placeholders.length > 0) {
    const n = created.placeholders.length;
    lines.push(`  fill in ${n === 1 ? 'this placeholder' : `these ${n} placeholders`} (etk validate reports ${n === 1 ? 'it' : 'them'} until you do):`);
    const width = Math.max(...created.placeholders.map((p) => `${p.line}:${p.column}`.length));
    for (const p of created.placeholders) lines.push(`    ${`${p.line}:${p.column}`.padEnd(width)}  ${p.message}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
}

export const newCommand: Command = {
  name: 'new',
  summary: 'create an experiment or an artifact from a template (valid from the first keystroke)',
  help: HELP,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parse('new', argv, OPTIONS);
    if (values.help) {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const [what, ...words] = positionals;
    if (what === undefined) throw new UsageError('etk new: what to create? etk new experiment <name>, or etk new <type> <title>', 'see etk new --help');
    const text = words.join(' ').trim();
    const config = await loadConfig({ cwd: io.cwd, ...(values.config !== undefined ? { configFile: values.config as string } : {}), requireRoot: false });
    const types = [...Object.keys(BUILTIN_SCHEMAS).filter((t) => t !== 'experiment_manifest'), ...Object.keys(config.extraTypes)];
    const kind = what === 'experiment' || what === 'experiment_manifest' ? 'experiment' : what;
    if (kind !== 'experiment' && !types.includes(kind)) {
      const near = closest(kind, ['experiment', ...types]);
      throw new UsageError(`etk new: unknown type "${what}"${near ? ` (did you mean ${near}?)` : ''}`, `one of: experiment, ${types.join(', ')}`);
    }
    for (const [option, owner] of Object.entries(OPTION_TYPES)) {
      if (values[option as keyof typeof values] !== undefined && owner !== kind) throw new UsageError(`etk new ${what}: --${option} is for ${owner === 'experiment' ? 'experiments' : `${owner}s`}`, 'see etk new --help');
    }
    if (kind === 'experiment' && values.experiment !== undefined) throw new UsageError('etk new experiment: --experiment is for artifacts (a new experiment gets its own id)');
    if (text === '') throw new UsageError(kind === 'experiment' ? 'etk new experiment: give the experiment a name, e.g. etk new experiment "Receipt layout"' : `etk new ${kind}: give it a title, e.g. etk new ${kind} "First results"`);
    // A line break would also end the body's "# {{title}}" heading and start other Markdown.
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(text)) throw new UsageError(`etk new ${kind}: the ${kind === 'experiment' ? 'name' : 'title'} must be one line of text (found ${JSON.stringify(text)})`, 'write it on one line; the body is for the rest');
    if (config.top === null) throw new UsageError(`etk new works inside a git repository, and ${io.cwd} is not in one`, 'cd into your repository (or run git init first)');

    const common = { config, now: new Date(), tags: (values.tag as string[] | undefined) ?? [], status: values.status as string | undefined };
    // --baseline takes what --experiment takes (the one matching rule) and writes the whole id.
    if (typeof values.baseline === 'string') {
      const folders = experimentFolders(config.rootAbs);
      values.baseline = resolveExperimentId(values.baseline, folders, { where: `under ${config.root || '.'}`, hint: folders.length === 0 ? 'create the baseline experiment first: etk new experiment <name>' : 'etk status lists the experiments', option: '--baseline' });
    }
    let created: Created;
    let reason: string | null = null;
    if (kind === 'experiment') {
      created = await newExperiment({ ...common, name: text, description: values.description as string | undefined, given: givenFields(values as Values) });
    } else {
      if (values.experiment === undefined) await currentIndex('new', values, config, config.databaseAbs, io);
      const chosen = chooseExperiment(config, io.cwd, values.experiment as string | undefined);
      reason = chosen.reason;
      created = await newArtifact({ ...common, type: kind, title: text, experimentId: chosen.id, given: givenFields(values as Values) });
    }
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ id: created.id, type: created.type, path: created.path, experiment: created.experimentId, reason, placeholders: created.placeholders }, null, 2)}\n`);
    } else {
      render(created, reason, io);
    }
    return 0;
  },
};
