import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { html, raw, type SafeHtml } from './html.ts';
import { experimentColors, GREY, SEVERITY, statusColor } from './palette.ts';
import type { Heatmap } from './shapeCompliance.ts';
import type { CrossTab } from './shapeOverview.ts';
import type { Timeline } from './shapeTimeline.ts';
import { baselineRuns, type Trend, type TrendPoint } from './shapeTrends.ts';
import { runAxis, timeScale } from './timeAxis.ts';

/**
 * Charts are drawn by Observable Plot at build time, into a server-side DOM (linkedom), and
 * embedded as SVG: the page ships no chart code. Every text in them (names, tags, metric names)
 * goes through the DOM as a text node or an attribute value, which the serializer escapes.
 */

type PlotOptions = Plot.PlotOptions;
interface Serializable {
  outerHTML: string;
}

let doc: unknown = null;
function document(): unknown {
  doc ??= parseHTML('<!doctype html><html><head></head><body></body></html>').document;
  return doc;
}

const GEOMETRY = /\s(?:cx|cy|x|y|x1|x2|y1|y2|width|height|d|transform|points)="[^"]*"/g;

/** Coordinates to 0.1 px: Plot writes full doubles (172.99999999999997), a third of a chart's bytes. */
export function roundGeometry(svg: string): string {
  return svg.replace(GEOMETRY, (attr) => attr.replace(/-?\d+\.\d{2,}(?:e-?\d+)?/g, (x) => String(Math.round(Number(x) * 10) / 10)));
}

/** The font size of every text in a chart (ticks, axis labels, direct labels): never below 11 px. */
export const CHART_FONT_PX = 12;

export function draw(options: PlotOptions): SafeHtml {
  const node = Plot.plot({ ...options, style: { fontSize: `${CHART_FONT_PX}px`, overflow: 'visible' }, document: document() as PlotOptions['document'] }) as unknown as Serializable;
  return raw(roundGeometry(node.outerHTML));
}

export const shorten = (s: string, n = 36) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Plain numbers for labels: integers as they are, others to 4 significant digits. */
export function fmt(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '–';
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(4)));
}

const day = (d: Date) => d.toISOString().slice(0, 10);

function colorScale(statuses: readonly string[]) {
  return { type: 'ordinal' as const, domain: [...statuses], range: statuses.map((s) => statusColor(s, statuses)) };
}

/** Artifacts by type, stacked by status (horizontal bars). */
export function typeStatusChart(tab: CrossTab): SafeHtml {
  const data = tab.rows.flatMap((type, i) => tab.columns.map((status, j) => ({ type, status, n: tab.cells[i]![j]! }))).filter((d) => d.n > 0);
  return draw({
    ariaLabel: 'Artifacts by type and status',
    width: 540,
    height: 40 + 28 * tab.rows.length,
    marginLeft: 130,
    x: { label: 'artifacts', grid: true },
    y: { label: null, domain: tab.rows },
    color: colorScale(tab.columns),
    marks: [Plot.barX(data, { y: 'type', x: 'n', fill: 'status', title: (d: { type: string; status: string; n: number }) => `${d.type}, ${d.status}: ${d.n}` }), Plot.ruleX([0])],
  });
}

/**
 * Each experiment's span (created to its latest update) in the experiment's colour, named on the
 * left, its status written after the bar (statuses have colours of their own elsewhere).
 */
export function timelineChart(t: Timeline, colors: ReadonlyMap<string, string> = experimentColors(t.bars.map((b) => b.id))): SafeHtml {
  const names = new Map(t.bars.map((b) => [b.id, shorten(b.name)]));
  const longest = Math.max(10, ...[...names.values()].map((n) => n.length));
  const lo = new Date(Math.min(...t.bars.map((b) => b.start.getTime())));
  const hi = new Date(Math.max(...t.bars.map((b) => b.end.getTime())));
  const ids = t.bars.map((b) => b.id);
  return draw({
    ariaLabel: 'Experiment timeline',
    height: 56 + 22 * t.bars.length,
    width: 1120,
    marginLeft: Math.min(300, 12 + longest * 7),
    marginRight: 100,
    marginBottom: 40,
    x: { ...timeScale(lo, hi, 10), grid: true },
    y: { label: null, domain: ids, tickFormat: (id: string) => names.get(id) ?? id },
    color: { type: 'ordinal', domain: ids, range: ids.map((id) => colors.get(id) ?? GREY) },
    marks: [
      Plot.barX(t.bars, { y: 'id', x1: 'start', x2: 'end', fill: 'id', insetTop: 4, insetBottom: 4, title: (b: Timeline['bars'][number]) => `${b.name} (${b.id})\n${b.status}: ${day(b.start)} → ${day(b.end)}` }),
      Plot.dot(t.bars, { y: 'id', x: 'start', fill: 'id', r: 4 }),
      Plot.text(t.bars, { y: 'id', x: 'end', text: 'status', textAnchor: 'start', dx: 8, fill: 'currentColor', fillOpacity: 0.75 }),
    ],
  });
}

/** Experiments started per month, stacked by status (every experiment, however many). */
export function monthlyStartsChart(t: Timeline, statuses: readonly string[]): SafeHtml {
  const data = t.monthly.map((m) => ({ ...m, end: new Date(Date.UTC(m.month.getUTCFullYear(), m.month.getUTCMonth() + 1, 1)) }));
  const lo = data[0]?.month ?? new Date(0);
  const hi = data.at(-1)?.end ?? new Date(0);
  return draw({
    ariaLabel: 'Experiments started per month',
    height: 230,
    width: 1120,
    marginBottom: 40,
    x: timeScale(lo, hi, 12),
    y: { label: 'experiments started', grid: true },
    color: colorScale(statuses),
    marks: [
      Plot.rectY(data, { x1: 'month', x2: 'end', y: 'count', fill: 'status', insetLeft: 1, title: (d: (typeof data)[number]) => `${d.month.toISOString().slice(0, 7)}, ${d.status}: ${d.count}` }),
      Plot.ruleY([0]),
    ],
  });
}

/**
 * A domain for values that are all the same (Plot would draw one tick with a long label): the
 * value +- `pad` (or +-5 % of it, or +-1 at zero, when `pad` is 0). Null when Plot's own is fine.
 */
export function padDomain(values: readonly number[], pad: number): [number, number] | null {
  if (values.length === 0) return null;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo !== hi) return null;
  const d = pad || Math.abs(lo) * 0.05 || 1;
  return [lo - d, hi + d];
}

function pointTitle(p: TrendPoint, metric: string, names: ReadonlyMap<string, string>): string {
  return `${metric} = ${fmt(p.value)}${p.baseline !== null ? ` (baseline ${fmt(p.baseline)})` : ''}\n${names.get(p.experiment) ?? p.experiment}, ${day(p.time)}\n${p.path.slice(p.path.lastIndexOf('/') + 1)}`;
}

/**
 * One metric over time: every value (a line per experiment, coloured per experiment when there
 * are few) with its baseline marked (a dashed segment over the values compared with it); or, for
 * many values, the monthly median with the 10–90 % band and the median baseline dashed.
 */
export function trendChart(trend: Trend, names: ReadonlyMap<string, string>, options: { width?: number; height?: number; colors?: ReadonlyMap<string, string> } = {}): SafeHtml {
  const width = options.width ?? 540;
  const height = options.height ?? 250;
  // Values whose report has no time etk can read (created: garbage) are not drawn: nothing may be left.
  if ((trend.points ?? trend.bands ?? []).length === 0) return raw('<p class="muted">no value with a readable time to draw (check the reports\' created field)</p>');
  const times = trend.points ? trend.points.map((p) => p.time.getTime()) : (trend.bands ?? []).map((b) => b.month.getTime());
  const ys = trend.points ? trend.points.flatMap((p) => (p.baseline === null ? [p.value] : [p.value, p.baseline])) : (trend.bands ?? []).flatMap((b) => [b.p10, b.p90, ...(b.baseline === null ? [] : [b.baseline])]);
  // One value: a day either side (the axis then shows hours of that day and the next).
  const [x, yDomain] = [padDomain(times, 24 * 3600 * 1000), padDomain(ys, 0)];
  const [lo, hi] = x ?? [Math.min(...times), Math.max(...times)];
  const xScale = { ...timeScale(new Date(lo), new Date(hi), 5), domain: [new Date(lo), new Date(hi)] };
  const y = { label: trend.unit ? `${trend.metric} (${trend.unit})` : trend.metric, grid: true, nice: true, ...(yDomain ? { domain: yDomain } : {}) };
  const margins = { marginLeft: 56, marginRight: 16, marginBottom: 40 };
  if (trend.points) {
    const pts = trend.points;
    const exps = [...new Set(pts.map((p) => p.experiment))];
    // The page's colour of each experiment (its legend is written next to the chart: experimentLegend).
    const colors = options.colors ?? experimentColors(exps);
    const color = { color: { type: 'ordinal' as const, domain: exps, range: exps.map((id) => colors.get(id) ?? GREY) } };
    // Few series: each named at its last value (direct labels), the legend above still lists them.
    const labelled = exps.length <= 8 && exps.some((e) => e !== '');
    const lastOf = exps.map((e) => pts.filter((p) => p.experiment === e).at(-1)!);
    const labelText = (p: TrendPoint) => shorten(names.get(p.experiment) ?? p.experiment, 22);
    const right = labelled ? Math.min(170, 16 + Math.max(...lastOf.map((p) => labelText(p).length)) * 6.6) : 16;
    // Many values: smaller dots, and no baseline held by one value only (a tick on every dot; a
    // self-baselined experiment's is just the value before it).
    const dense = pts.length > 80;
    const keepBaseline = (r: { n: number }) => !dense || r.n > 1;
    const radius = dense ? 2 : 3.5;
    const axis = runAxis(pts.map((p) => p.time));
    if (axis !== null) {
      // Runs close in time: one step per run, in time order (a time scale would pile them up).
      const at = (p: TrendPoint) => axis.index.get(p.time.getTime())!;
      const runs = baselineRuns(pts).filter(keepBaseline).map((r) => ({ ...r, x1: axis.index.get(r.from.getTime())! - 0.3, x2: axis.index.get(r.to.getTime())! + 0.3 }));
      return draw({
        ariaLabel: `${trend.metric} by run`,
        width,
        height,
        ...margins,
        marginBottom: 54,
        marginRight: right,
        x: { label: axis.label, labelOffset: 50, domain: [-0.5, axis.count - 0.5], ticks: axis.ticks, tickFormat: (i: number) => axis.tickLabel(i) },
        y,
        ...color,
        marks: [
          Plot.ruleY(runs, { y: 'baseline', x1: 'x1', x2: 'x2', stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '4,3', strokeOpacity: 0.85, title: (r: (typeof runs)[number]) => `baseline ${fmt(r.baseline)} for ${trend.metric}, ${names.get(r.experiment) ?? r.experiment}` }),
          Plot.line(pts, { x: at, y: 'value', z: 'experiment', stroke: 'experiment', strokeOpacity: 0.9 }),
          Plot.dot(pts, { x: at, y: 'value', fill: 'experiment', r: radius, title: (p: TrendPoint) => pointTitle(p, trend.metric, names) }),
          ...(labelled ? [Plot.text(lastOf, { x: at, y: 'value', text: labelText, fill: 'experiment', dx: 7, textAnchor: 'start', fontWeight: 600 })] : []),
        ],
      });
    }
    // A baseline is usually shared by an experiment's reports: one dashed segment per run, widened
    // a little when it belongs to one value only, so that it shows.
    const t0 = pts[0]!.time.getTime();
    const pad = Math.max((pts.at(-1)!.time.getTime() - t0) * 0.012, Math.min(12 * 3600 * 1000, (hi - lo) * 0.02));
    const runs = baselineRuns(pts).filter(keepBaseline).map((r) => ({ ...r, x1: new Date(r.from.getTime() - (r.n === 1 ? pad : 0)), x2: new Date(r.to.getTime() + (r.n === 1 ? pad : 0)) }));
    return draw({
      ariaLabel: `${trend.metric} over time`,
      width,
      height,
      ...margins,
      marginRight: right,
      x: xScale,
      y,
      ...color,
      marks: [
        Plot.ruleY(runs, { y: 'baseline', x1: 'x1', x2: 'x2', stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '4,3', strokeOpacity: 0.85, title: (r: (typeof runs)[number]) => `baseline ${fmt(r.baseline)} for ${trend.metric}, ${names.get(r.experiment) ?? r.experiment}` }),
        Plot.line(pts, { x: 'time', y: 'value', z: 'experiment', stroke: 'experiment', strokeOpacity: exps.length > 12 ? 0.45 : 0.9 }),
        Plot.dot(pts, { x: 'time', y: 'value', fill: 'experiment', r: radius, title: (p: TrendPoint) => pointTitle(p, trend.metric, names) }),
        ...(labelled ? [Plot.text(lastOf, { x: 'time', y: 'value', text: labelText, fill: 'experiment', dx: 7, textAnchor: 'start', fontWeight: 600 })] : []),
      ],
    });
  }
  const bands = trend.bands ?? [];
  const withBaseline = bands.filter((b) => b.baseline !== null);
  return draw({
    ariaLabel: `${trend.metric} over time, monthly median`,
    width,
    height,
    ...margins,
    x: xScale,
    y,
    marks: [
      Plot.areaY(bands, { x: 'month', y1: 'p10', y2: 'p90', fill: GREY, fillOpacity: 0.3 }),
      Plot.line(withBaseline, { x: 'month', y: 'baseline', stroke: 'currentColor', strokeDasharray: '4,3', strokeOpacity: 0.8 }),
      Plot.line(bands, { x: 'month', y: 'median', stroke: 'currentColor', strokeWidth: 2 }),
      Plot.dot(bands, { x: 'month', y: 'median', fill: 'currentColor', r: 2.5, title: (b: (typeof bands)[number]) => `${b.month.toISOString().slice(0, 7)}: median ${fmt(b.median)} (10–90 %: ${fmt(b.p10)}–${fmt(b.p90)}), ${b.n} values${b.baseline !== null ? `; baseline median ${fmt(b.baseline)}` : ''}` }),
    ],
  });
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
/** A colour between `a` (t = 0) and `b` (t = 1). */
export function mix(a: string, b: string, t: number): string {
  const [x, y] = [hex(a), hex(b)];
  return `#${x.map((v, i) => Math.round(v + (y[i]! - v) * t).toString(16).padStart(2, '0')).join('')}`;
}

/** The palest shade of each severity (one problem); the full colour is the most problems. */
export const HEAT_PALE = { error: mix('#ffffff', SEVERITY.error, 0.3), warning: mix('#ffffff', SEVERITY.warning, 0.3) } as const;

/** A heatmap cell's fill: red when it holds an error, amber when only warnings; deeper with more problems. */
export function heatFill(c: { count: number; errors: number }, max: number): string {
  const t = Math.sqrt(c.count / Math.max(1, max));
  return c.errors > 0 ? mix(HEAT_PALE.error, SEVERITY.error, t) : mix(HEAT_PALE.warning, SEVERITY.warning, t);
}

/** The heatmap's legend: both severity colours, palest to deepest. */
export function heatLegend(max: number): SafeHtml {
  const ramp = (k: 'error' | 'warning') => `background:linear-gradient(90deg,${HEAT_PALE[k]},${SEVERITY[k]});width:2.6rem`;
  return html`<ul class="legend heat-legend" aria-label="Heatmap colours"><li data-severity="error"><span class="sw" style="${ramp('error')}"></span>errors (and maybe warnings)</li><li data-severity="warning"><span class="sw" style="${ramp('warning')}"></span>warnings only</li><li class="muted">deeper: more problems (1 to ${String(max)}); the number is the count</li></ul>`;
}

/**
 * Experiments by rule, coloured by severity (red: errors, amber: warnings only) and deeper with the number of problems. Each cell is a keyboard-reachable
 * button (data-experiment, data-rule) that the page's script turns into a filter of the problem list.
 */
export function heatmapChart(h: Heatmap, names: ReadonlyMap<string, string>): SafeHtml {
  const labels = new Map(h.experiments.map((e) => [e.id, shorten(names.get(e.id) ?? e.id, 40)]));
  const longest = Math.max(10, ...[...labels.values()].map((n) => n.length));
  const longestRule = Math.max(4, ...h.rules.map((r) => r.length));
  const max = Math.max(1, ...h.cells.map((c) => c.count));
  const label = (c: Heatmap['cells'][number]) => `${names.get(c.experiment) ?? c.experiment}, ${c.rule}: ${c.count} problem${c.count === 1 ? '' : 's'}${c.errors ? ` (${c.errors} error${c.errors === 1 ? '' : 's'})` : ''}`;
  const rotate = longestRule * 6 > 84;
  return draw({
    ariaLabel: 'Problems by experiment and rule',
    width: Math.min(1120, Math.min(260, 12 + longest * 6) + 90 * h.rules.length + (rotate ? longestRule * 5 : 20)),
    height: (rotate ? 24 + longestRule * 3.5 : 30) + 26 * h.experiments.length,
    marginLeft: Math.min(260, 12 + longest * 6),
    marginTop: rotate ? 20 + longestRule * 3.5 : 30,
    marginRight: rotate ? longestRule * 5 : 20,
    x: { axis: 'top', label: null, domain: h.rules, ...(rotate ? { tickRotate: -30 } : {}) },
    y: { label: null, domain: h.experiments.map((e) => e.id), tickFormat: (id: string) => labels.get(id) ?? id },

    marks: [
      Plot.cell(h.cells, {
        x: 'rule',
        y: 'experiment',
        fill: (c: Heatmap['cells'][number]) => heatFill(c, max),
        inset: 1,
        title: label,
        render(index, scales, values, dimensions, context, next) {
          const g = next!(index, scales, values, dimensions, context) as unknown as { querySelectorAll(s: string): ArrayLike<{ setAttribute(k: string, v: string): void }> };
          const rects = g.querySelectorAll('rect');
          for (let i = 0; i < rects.length; i++) {
            const c = h.cells[index[i]!]!;
            const r = rects[i]!;
            r.setAttribute('class', 'heat-cell');
            r.setAttribute('tabindex', '0');
            r.setAttribute('role', 'button');
            r.setAttribute('aria-label', `${label(c)}: list them`);
            r.setAttribute('data-experiment', c.experiment);
            r.setAttribute('data-rule', c.rule);
          }
          return g as never;
        },
      }),
      Plot.text(h.cells, { x: 'rule', y: 'experiment', text: (c: Heatmap['cells'][number]) => String(c.count), fill: (c: Heatmap['cells'][number]) => (c.errors > 0 && Math.sqrt(c.count / max) > 0.45 ? 'white' : 'black'), pointerEvents: 'none' }),
    ],
  });
}
