import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHART_FONT_PX, heatFill, HEAT_PALE, heatLegend, heatmapChart, timelineChart, trendChart } from '../../../src/report/charts.ts';
import { EXPERIMENT_COLORS, experimentColors, SEVERITY, statusColor } from '../../../src/report/palette.ts';
import { STYLES } from '../../../src/report/styles.ts';
import { CLIENT_SCRIPT } from '../../../src/report/clientScript.ts';
import { shapeHeatmap } from '../../../src/report/shapeCompliance.ts';
import type { Timeline } from '../../../src/report/shapeTimeline.ts';
import type { Trend } from '../../../src/report/shapeTrends.ts';
import { timeAxis } from '../../../src/report/timeAxis.ts';
import { trendFigure } from '../../../src/report/renderIndex.ts';

const d = (s: string) => new Date(s);
const ids = ['exp-c', 'exp-a', 'exp-b', 'exp-d'];
const names = new Map(ids.map((id) => [id, `Name of ${id}`]));

const timeline: Timeline = {
  bars: ids.map((id, i) => ({ id, name: names.get(id)!, status: i % 2 ? 'active' : 'complete', start: d(`2025-10-0${i + 1}T00:00Z`), end: d(`2025-11-0${i + 1}T00:00Z`) })),
  total: ids.length,
  monthly: [],
};
const trend: Trend = {
  metric: 'hmean',
  unit: null,
  values: 4,
  experiments: 4,
  withBaseline: 0,
  points: ids.map((id, i) => ({ time: d(`2025-10-0${i + 1}T00:00Z`), value: 0.8 + i / 100, baseline: null, experiment: id, path: `${id}/r.md` })),
  bands: null,
};
const fills = (svg: string) => new Set([...svg.matchAll(/fill="(#[0-9a-fA-F]{6})"/g)].map((m) => m[1]!.toUpperCase()));

describe('one colour per experiment', () => {
  it('gives each experiment a stable colour, whatever the order or the company it comes in', () => {
    const a = experimentColors(ids);
    const b = experimentColors([...ids].reverse());
    assert.deepEqual([...ids].map((id) => a.get(id)), [...ids].map((id) => b.get(id)));
    assert.equal(new Set(a.values()).size, ids.length, 'no two experiments share a colour');
    // Alone (its own page), an experiment keeps the colour it has among others when it had its first choice.
    const alone = experimentColors(['exp-a']).get('exp-a');
    assert.ok(EXPERIMENT_COLORS.includes(alone as never));
    const many = experimentColors(Array.from({ length: EXPERIMENT_COLORS.length }, (_, i) => `e${i}`));
    assert.equal(new Set(many.values()).size, EXPERIMENT_COLORS.length);
  });

  it('never uses an experiment colour for a status or a severity', () => {
    const statuses = ['active', 'complete', 'deprecated', '(none)', 'paused', 'blocked'];
    for (const s of statuses) assert.ok(!EXPERIMENT_COLORS.includes(statusColor(s, statuses).toUpperCase() as never) && !EXPERIMENT_COLORS.includes(statusColor(s, statuses) as never), s);
    assert.equal(new Set(statuses.map((s) => statusColor(s, statuses))).size, statuses.length, 'statuses are told apart');
    for (const c of Object.values(SEVERITY)) assert.ok(!EXPERIMENT_COLORS.includes(c as never));
  });

  it('paints an experiment the same in the timeline, the trend charts and their legend', () => {
    const colors = experimentColors(ids);
    const tl = timelineChart(timeline, colors).value;
    const tr = trendChart(trend, names, { colors }).value;
    const fig = trendFigure(trend, names, { colors }).value;
    for (const id of ids) {
      const c = colors.get(id)!.toUpperCase();
      assert.ok(fills(tl).has(c), `timeline has ${id}'s colour`);
      assert.ok(fills(tr).has(c), `trend has ${id}'s colour`);
      assert.match(fig, new RegExp(`data-exp-color="${id}"><span class="sw" style="background:${colors.get(id)}"></span>Name of ${id}<`), `the legend names ${id}`);
    }
    // No other experiment colour sneaks in.
    for (const c of fills(tl)) if (EXPERIMENT_COLORS.includes(c as never)) assert.ok([...colors.values()].includes(c as never));
  });

  it('names each experiment on the timeline (axis labels) and writes its status after the bar', () => {
    const tl = timelineChart(timeline).value;
    for (const id of ids) assert.ok(tl.includes(`Name of ${id}`));
    assert.ok(tl.includes('>active<') && tl.includes('>complete<'));
  });

  it('puts the experiment colour next to the name in the tables', () => {
    assert.match(CLIENT_SCRIPT, /COLORS\[row\.exp\]/);
    assert.match(CLIENT_SCRIPT, /D\.colors/);
  });
});

describe('readable axes', () => {
  it('draws every chart text at 11 px or more', () => {
    assert.ok(CHART_FONT_PX >= 11);
    for (const svg of [timelineChart(timeline).value, trendChart(trend, names).value]) {
      const sizes = [...svg.matchAll(/font-size:\s*(\d+(?:\.\d+)?)px/g)].map((m) => Number(m[1]));
      assert.ok(sizes.length > 0, 'a font size is set');
      for (const s of sizes) assert.ok(s >= 11, `font-size ${s}px`);
    }
  });

  it('uses hours for runs of one day, with the date and year under the first', () => {
    const a = timeAxis(d('2025-12-15T09:10Z'), d('2025-12-15T17:40Z'));
    assert.equal(a.unit, 'hour');
    const labels = [...a.labels.values()];
    assert.equal(labels[0], '10:00\nDec 15, 2025');
    assert.ok(labels.slice(1).every((l) => /^\d\d:00$/.test(l)));
  });

  it('names the new day when hours cross midnight', () => {
    const labels = [...timeAxis(d('2025-12-14T20:00Z'), d('2025-12-16T03:00Z')).labels.values()];
    assert.ok(labels.some((l) => l === '00:00\nDec 16'), labels.join(' | '));
  });

  it('uses days for a few days, months for months, and shows the year where it changes', () => {
    const days = timeAxis(d('2025-12-10T00:00Z'), d('2025-12-15T12:00Z'));
    assert.equal(days.unit, 'day');
    assert.deepEqual([...days.labels.values()], ['Dec 10\n2025', 'Dec 11', 'Dec 12', 'Dec 13', 'Dec 14', 'Dec 15']);
    const months = timeAxis(d('2025-11-10T00:00Z'), d('2026-02-15T00:00Z'));
    assert.equal(months.unit, 'month');
    assert.deepEqual([...months.labels.values()], ['Dec\n2025', 'Jan\n2026', 'Feb']);
  });

  it('keeps ticks inside the span and never more than about asked', () => {
    for (const [a, b] of [['2025-01-01T00:00Z', '2025-01-01T05:00Z'], ['2020-03-01T00:00Z', '2025-12-01T00:00Z'], ['2025-06-01T00:00Z', '2025-08-20T00:00Z']] as const) {
      const t = timeAxis(d(a), d(b));
      assert.ok(t.ticks.length >= 1 && t.ticks.length <= 7, `${a}..${b}: ${t.ticks.length}`);
      for (const x of t.ticks) assert.ok(x >= d(a) && x <= d(b));
    }
  });
});

describe('compliance heatmap', () => {
  const problems = [
    { experiment: 'exp-a', rule: 'r1', severity: 'error' },
    { experiment: 'exp-a', rule: 'r1', severity: 'warning' },
    { experiment: 'exp-b', rule: 'r1', severity: 'warning' },
    { experiment: 'exp-b', rule: 'r2', severity: 'warning' },
  ].map((p, i) => ({ ...p, file: `f${i}.md`, line: 1, column: 1, message: 'm' })) as never;

  it('colours cells with an error red and cells with warnings only amber', () => {
    const h = shapeHeatmap(problems);
    const svg = heatmapChart(h, names).value;
    const red = heatFill({ count: 2, errors: 1 }, 2);
    const amber = heatFill({ count: 1, errors: 0 }, 2);
    assert.notEqual(red, amber);
    assert.ok(svg.includes(`fill="${red}"`), 'an error cell');
    assert.ok(svg.includes(`fill="${amber}"`), 'a warning cell');
    assert.equal(heatFill({ count: 2, errors: 0 }, 2), SEVERITY.warning.toLowerCase());
    assert.equal(heatFill({ count: 2, errors: 2 }, 2), SEVERITY.error.toLowerCase());
  });

  it('has a legend with both colours', () => {
    const legend = heatLegend(3).value;
    for (const c of [SEVERITY.error, SEVERITY.warning, HEAT_PALE.error, HEAT_PALE.warning]) assert.ok(legend.includes(c), c);
    assert.match(legend, /errors/);
    assert.match(legend, /warnings only/);
  });
});

describe('tables', () => {
  it('never wraps a number cell (Δ, Δ %)', () => {
    assert.match(STYLES, /td\.n\{white-space:nowrap\}/);
    assert.match(CLIENT_SCRIPT, /case 'pct': td\.className = 'n'/);
  });
});
