import type { SQLInputValue } from 'node:sqlite';
import { closest } from '../util/distance.ts';
import { fieldOf, METRIC_PART_SQL, type Entity, type MetricPart, type ScalarField } from './entities.ts';
import { fill, frag, inList, joinFrags, type Frag } from './sqlFragment.ts';
import { parseTimePoint, TimeSyntaxError } from './time.ts';
import { WhereSyntaxError, type CompareOp, type WhereNode, type WhereValue } from './whereParse.ts';

/**
 * Compiles a parsed `--where` expression to SQL over one entity. Every user value becomes a bound
 * parameter; field names only select from fixed SQL text (or, for fm.<key>, a bound JSON path), so no
 * input reaches the SQL text. `not` treats an unknown (NULL) comparison as false, so
 * `not status = active` includes experiments without a status.
 */

const MAX_TIME_VALUES = 200;

const param = (v: SQLInputValue): Frag => frag('?', v);

const SCALAR_OPS: Record<string, string> = { '=': '=', '!=': 'IS NOT', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

function numberOf(v: WhereValue): number {
  const n = v.quoted || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v.text) ? Number.NaN : Number(v.text);
  if (!Number.isFinite(n)) throw new WhereSyntaxError(`expected a number, found "${v.text}"`, v.column);
  return n;
}

/** A time value as the [first, last] second it stands for (a bare date is a whole day). */
function timeRange(v: WhereValue, now: Date): [string, string] {
  try {
    return [parseTimePoint(v.text, now, 'start'), parseTimePoint(v.text, now, 'end')];
  } catch (err) {
    if (err instanceof TimeSyntaxError) throw new WhereSyntaxError(err.message, v.column);
    throw err;
  }
}

function scalarValue(field: ScalarField, v: WhereValue): SQLInputValue {
  return field.kind === 'number' ? numberOf(v) : v.text;
}

function compareScalar(field: ScalarField, op: CompareOp, values: WhereValue[], column: number, now: Date): Frag {
  const x = field.sql;
  if (op === 'contains') {
    if (field.kind !== 'text') throw new WhereSyntaxError('contains works on text fields, tags and fm.<key>', column);
    return frag(`instr(lower(${x}), lower(?)) > 0`, (values[0] as WhereValue).text);
  }
  if (field.kind === 'time') {
    // Each time value is a range of its own, OR-ed together: SQLite nests each OR a level deeper.
    if (values.length > MAX_TIME_VALUES) throw new WhereSyntaxError(`too many times in one list: at most ${MAX_TIME_VALUES} for a time field`, (values[MAX_TIME_VALUES] as WhereValue).column);
    const ranges = values.map((v) => timeRange(v, now));
    const within = (r: [string, string]) => frag(`${x} BETWEEN ? AND ?`, r[0], r[1]);
    const [first] = ranges as [[string, string]];
    switch (op) {
      case '=':
        return within(first);
      case '!=':
        return fill(`(${x} IS NULL OR NOT ({}))`, within(first));
      case '<':
        return frag(`${x} < ?`, first[0]);
      case '<=':
        return frag(`${x} <= ?`, first[1]);
      case '>':
        return frag(`${x} > ?`, first[1]);
      case '>=':
        return frag(`${x} >= ?`, first[0]);
      case 'in':
        return fill('({})', joinFrags(ranges.map(within), ' OR '));
      case 'not in':
        return fill(`(${x} IS NULL OR NOT ({}))`, joinFrags(ranges.map(within), ' OR '));
    }
  }
  if (op === 'in') return fill(`${x} IN {}`, inList(values.map((v) => scalarValue(field, v))));
  if (op === 'not in') return fill(`(${x} IS NULL OR ${x} NOT IN {})`, inList(values.map((v) => scalarValue(field, v))));
  return frag(`${x} ${SCALAR_OPS[op]} ?`, scalarValue(field, values[0] as WhereValue));
}

function compareTags(entity: Entity, op: CompareOp, values: WhereValue[], column: number): Frag {
  const texts = values.map((v) => v.text);
  switch (op) {
    case '=':
    case 'contains':
      return entity.tags(frag('t.tag_name = ? COLLATE NOCASE', texts[0] as string));
    case '!=':
      return fill('NOT {}', entity.tags(frag('t.tag_name = ? COLLATE NOCASE', texts[0] as string)));
    case 'in':
      return entity.tags(fill('t.tag_name COLLATE NOCASE IN {}', inList(texts)));
    case 'not in':
      return fill('NOT {}', entity.tags(fill('t.tag_name COLLATE NOCASE IN {}', inList(texts))));
    default:
      throw new WhereSyntaxError(`tags take =, !=, in, not in or contains, not ${op}`, column);
  }
}

/** fm.a.b -> the JSON path $."a"."b" (bound as a parameter; a backslash in a key is escaped, as SQLite's path syntax reads it as one). */
function jsonPath(segments: string[], column: number): string {
  for (const s of segments) {
    if (s === '' || s.includes('"')) throw new WhereSyntaxError('fm. needs a frontmatter key, e.g. fm.owner or fm.config.seed', column);
  }
  return `$${segments.map((s) => `."${s.replaceAll('\\', '\\\\')}"`).join('')}`;
}

function fmValue(v: WhereValue): SQLInputValue {
  if (v.quoted) return v.text;
  if (v.text === 'true') return 1;
  if (v.text === 'false') return 0;
  const n = Number(v.text);
  return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v.text) && Number.isFinite(n) ? n : v.text;
}

function compareFrontmatter(entity: Entity, path: string, op: CompareOp, values: WhereValue[]): Frag {
  const fm = entity.frontmatter;
  const x = frag(`json_extract(${fm}, ?)`, path);
  const first = values[0] as WhereValue;
  if (!first.quoted && first.text === 'null' && (op === '=' || op === '!=')) return fill(op === '=' ? '{} IS NULL' : '{} IS NOT NULL', x);
  switch (op) {
    case 'contains':
      return fill(
        `(CASE json_type(${fm}, {}) WHEN 'array' THEN EXISTS (SELECT 1 FROM json_each(${fm}, {}) j WHERE j.value = {}) ELSE instr(lower({}), lower({})) > 0 END)`,
        param(path), param(path), param(fmValue(first)), x, param(first.text),
      );
    case 'in':
      return fill('{} IN {}', x, inList(values.map(fmValue)));
    case 'not in':
      return fill('({} IS NULL OR {} NOT IN {})', x, x, inList(values.map(fmValue)));
    default:
      return fill(`{} ${SCALAR_OPS[op]} {}`, x, param(fmValue(first)));
  }
}

function compareMetric(entity: Entity, field: string, op: CompareOp, values: WhereValue[], column: number, fieldColumn: number, now: Date): Frag {
  if (entity.metric === null) throw new WhereSyntaxError(`${entity.name} rows are metrics already: use name = <metric> and value > ...`, fieldColumn);
  let name = field.slice('metrics.'.length);
  let part: MetricPart = 'value';
  const sub = /\.(value|baseline|delta)$/.exec(name);
  if (sub) {
    part = sub[1] as MetricPart;
    name = name.slice(0, -sub[0].length);
  }
  if (name === '') throw new WhereSyntaxError('metrics. needs a metric name, e.g. metrics.accuracy > 0.9', fieldColumn);
  const cond = compareScalar({ kind: 'number', sql: METRIC_PART_SQL[part] }, op, values, column, now);
  return entity.metric(name, cond);
}

function compile(node: WhereNode, entity: Entity, now: Date): Frag {
  switch (node.kind) {
    case 'and':
    case 'or':
      return fill(`({} ${node.kind.toUpperCase()} {})`, compile(node.left, entity, now), compile(node.right, entity, now));
    case 'not':
      return fill('NOT COALESCE(({}), 0)', compile(node.expr, entity, now));
    case 'cmp': {
      const { op, values, column, fieldColumn } = node;
      // Field names and the tags/metrics./fm. prefixes are case-insensitive; metric names and
      // frontmatter keys after the prefix are taken as written.
      const prefix = /^(metrics|fm)\./i.exec(node.field);
      const field = prefix ? `${(prefix[1] as string).toLowerCase()}.${node.field.slice(prefix[0].length)}` : node.field.toLowerCase();
      if (field === 'tags' || field === 'tag') return compareTags(entity, op, values, column);
      if (field.startsWith('metrics.')) return compareMetric(entity, field, op, values, column, fieldColumn, now);
      if (field.startsWith('fm.')) return compareFrontmatter(entity, jsonPath(field.slice(3).split('.'), fieldColumn), op, values);
      const scalar = fieldOf(entity, field);
      if (!scalar) {
        const known = [...Object.keys(entity.fields), 'tags', ...(entity.metric ? ['metrics.<name>'] : []), 'fm.<key>'];
        const near = closest(field, Object.keys(entity.fields).concat('tags'));
        throw new WhereSyntaxError(`unknown field "${node.field}" for ${entity.name}${near ? ` (did you mean "${near}"?)` : ''}; fields: ${known.join(', ')}`, fieldColumn);
      }
      return compareScalar(scalar, op, values, column, now);
    }
  }
}

export function compileWhere(tree: WhereNode, entity: Entity, now: Date): Frag {
  return compile(tree, entity, now);
}
