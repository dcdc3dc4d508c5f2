import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gateFails, gateMessage, metricGate, metricKey, type MetricReference } from '../../../src/action/metricGate.ts';
import { sparkline } from '../../../src/action/sparkline.ts';
import { parseTolerance, toleranceOf } from '../../../src/action/tolerance.ts';

const head = (metric: string, value: number | null, unit: string | null = null) => ({ file: 'r.md', line: 3, metric, value, unit });
const refs = (metric: string, ...r: MetricReference[]) => [metricKey('r.md', metric), r] as const;
const previous = (value: number): MetricReference => ({ kind: 'previous', value, from: 'old.md' });

describe('metric gate', () => {
  it('relative and absolute tolerances, by direction; equal to the tolerance is within, float noise included', () => {
    const settings = { metrics: { latency_ms: 'lower' as const }, tolerances: { hmean: parseTolerance('0.5%'), latency_ms: parseTolerance(2) } };
    const v = metricGate(
      [head('hmean', 0.8955), head('hmean', 0.8954), head('latency_ms', 42), head('latency_ms', 42.5), head('latency_ms', 30)],
      new Map([refs('hmean', previous(0.9)), refs('latency_ms', previous(40))]),
      settings,
    );
    assert.deepEqual(v.map((x) => x.outcome), ['within tolerance', 'fail', 'within tolerance', 'fail', 'pass']);
    assert.ok(Math.abs(v[0]!.checks[0]!.allowed - 0.0045) < 1e-15);
    assert.ok(gateFails(v));
    assert.equal(gateMessage(v[3]!), 'latency_ms 42.5 against 40, the previous report old.md: Δ +2.5 (+6.3%), tolerance 2, lower is better: worse beyond the tolerance');
  });

  it('the worst reference decides; no tolerance configured means 0; "*" is the default; nothing to compare with is said', () => {
    const v = metricGate([head('f1', 0.8), head('f1', null), head('acc', 0.7)], new Map([refs('f1', { kind: 'baseline', value: 0.7, from: 'declared' }, previous(0.81)), refs('acc')]), { metrics: {}, tolerances: {} });
    assert.deepEqual(v.map((x) => [x.outcome, x.checks.map((c) => c.outcome)]), [['fail', ['pass', 'fail']], ['no reference', []], ['no reference', []]]);
    assert.deepEqual(toleranceOf('f1', { '*': parseTolerance('1%') }), { kind: 'relative', percent: 1 });
    assert.deepEqual(toleranceOf('f1', { f1: parseTolerance(0), '*': parseTolerance('1%') }), { kind: 'absolute', amount: 0 });
    assert.equal(gateMessage(v[1]!), 'f1 has no number: nothing to compare it with');
  });

  it('sparklines scale between the lowest and highest value; a flat series is flat', () => {
    assert.equal(sparkline([1, 2, 3, 4, 5, 6, 7, 8]), '▁▂▃▄▅▆▇█');
    assert.equal(sparkline([0.9, 0.9, 0.9]), '▄▄▄');
    assert.equal(sparkline([]), '');
    assert.equal(sparkline(Array.from({ length: 30 }, (_, i) => i)).length, 20);
  });
});
