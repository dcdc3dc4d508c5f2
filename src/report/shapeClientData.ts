import { LIMITS } from './limits.ts';
import { experimentColors } from './palette.ts';
import type { ReportData } from './loadReportData.ts';
import { cmpDesc } from './shapeOverview.ts';

/**
 * The data the page's tables, search box and filters work on, embedded as JSON. Rows are arrays
 * (no repeated keys) and repeated strings are indexes into lists; a file path is
 * `[prefix, dir, base]` with the experiment folder taken from the row's experiment:
 * `prefixes[p] + experimentId + '/' + dirs[d] + base`, or `dirs[d] + base` when p is -1.
 */
export interface ClientData {
  v: 1;
  /** What links to files start with ('' = relative to the report). */
  linkBase: string;
  prefixes: string[];
  dirs: string[];
  tags: string[];
  types: string[];
  statuses: string[];
  rules: string[];
  metrics: string[];
  units: string[];
  /** [id, name, status, start, end, artifacts, reports, errors, warnings, tags] */
  exps: [string, string, number, string, string, number, number, number, number, number[]][];
  /** [experiment, prefix, dir, base, title, type, status, updated, errors, warnings, tags] */
  arts: [number, number, number, string, string, number, number, string, number, number, number[]][];
  /** [experiment, metric, value, baseline, unit, date, prefix, dir, base] */
  latest: [number, number, number | null, number | null, number, string, number, number, string][];
  /** [experiment, prefix, dir, base, line, column, rule, isError, message] */
  problems: [number, number, number, string, number, number, number, 0 | 1, string][];
  /** Each experiment's colour (parallel to exps): the swatch next to its name in the tables, as in the charts. */
  colors?: string[];
  /** Rows in the index, when a table holds fewer. */
  totals: { arts: number; latest: number; problems: number };
}

class Interner {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[] = []) {
    for (const s of initial) this.of(s);
  }
  of(value: string | null): number {
    if (value === null) return -1;
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

const day = (ts: string | null) => (ts === null ? '' : ts.slice(0, 10));

export function shapeClientData(data: ReportData, options: { linkBase?: string; limits?: Partial<Record<keyof typeof LIMITS, number>> } = {}): ClientData {
  const limits = { ...LIMITS, ...options.limits };
  const prefixes = new Interner();
  const dirs = new Interner();
  const tags = new Interner(data.tags.map((t) => t.tag));
  const types = new Interner();
  const statuses = new Interner();
  const rules = new Interner();
  const metrics = new Interner();
  const units = new Interner();
  const expIndex = new Map(data.experiments.map((e, i) => [e.id, i]));
  const exp = (id: string | null) => (id === null ? -1 : (expIndex.get(id) ?? -1));

  const file = (path: string, experiment: string | null): [number, number, string] => {
    let p = -1;
    let rest = path;
    if (experiment !== null && expIndex.has(experiment)) {
      const marker = `${experiment}/`;
      const at = path.startsWith(marker) ? 0 : path.indexOf(`/${marker}`) + 1;
      if (at > 0 || path.startsWith(marker)) {
        p = prefixes.of(path.slice(0, at));
        rest = path.slice(at + marker.length);
      }
    }
    const slash = rest.lastIndexOf('/');
    return [p, dirs.of(rest.slice(0, slash + 1)), rest.slice(slash + 1)];
  };

  const expColors = experimentColors(data.experiments.map((e) => e.id));
  const exps: ClientData['exps'] = data.experiments.map((e) => [e.id, e.name, statuses.of(e.status), day(e.start), day(e.end), e.artifacts, e.reports, e.errors, e.warnings, e.tags.map((t) => tags.of(t))]);

  const arts: ClientData['arts'] = [...data.artifacts]
    .sort((a, b) => cmpDesc(a.updatedAt ?? a.createdAt, b.updatedAt ?? b.createdAt) || a.path.localeCompare(b.path))
    .slice(0, limits.artifactRows)
    .map((a) => [exp(a.experiment), ...file(a.path, a.experiment), a.title, types.of(a.type), statuses.of(a.status), day(a.updatedAt ?? a.createdAt), a.errors, a.warnings, a.tags.map((t) => tags.of(t))]);

  const latest: ClientData['latest'] = [...data.latest]
    .sort((a, b) => cmpDesc(a.time, b.time) || (a.experiment ?? '').localeCompare(b.experiment ?? '') || a.name.localeCompare(b.name))
    .slice(0, limits.metricRows)
    .map((m) => [exp(m.experiment), metrics.of(m.name), m.value, m.baseline, units.of(m.unit), day(m.time), ...file(m.path, m.experiment)]);

  const problems: ClientData['problems'] = data.problems
    .slice(0, limits.problemRows)
    .map((p) => [exp(p.experiment), ...file(p.file, p.experiment), p.line, p.column, rules.of(p.rule), p.severity === 'error' ? 1 : 0, p.message]);

  return {
    v: 1,
    linkBase: options.linkBase ?? '',
    prefixes: prefixes.list,
    dirs: dirs.list,
    tags: tags.list,
    types: types.list,
    statuses: statuses.list,
    rules: rules.list,
    metrics: metrics.list,
    units: units.list,
    exps,
    colors: exps.map((e) => expColors.get(e[0])!),
    arts,
    latest,
    problems,
    totals: { arts: data.artifacts.length, latest: data.latest.length, problems: data.problems.length },
  };
}

/** A file path back from its `[prefix, dir, base]` form (what the page's script does). */
export function pathOf(data: ClientData, experiment: number, prefix: number, dir: number, base: string): string {
  const head = prefix >= 0 ? `${data.prefixes[prefix]}${data.exps[experiment]![0]}/` : '';
  return `${head}${data.dirs[dir]}${base}`;
}
