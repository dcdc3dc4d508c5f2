import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultDirection, metricDirection, metricVerdict } from '../../../src/action/metricVerdict.ts';

describe('metric directions and verdicts', () => {
  it('lower is better for latency, time, error, loss … by name; higher otherwise', () => {
    for (const n of ['latency_ms', 'p95Latency', 'inference_time_s', 'runtime', 'duration', 'errors', 'err', 'val_loss', 'cer', 'WER', 'fpr', 'mae', 'mse', 'rmse', 'peak_memory_mb', 'model-size']) assert.equal(defaultDirection(n), 'lower', n);
    for (const n of ['hmean', 'accuracy', 'f1', 'precision', 'recall', 'throughput', 'answer_rate', 'concern']) assert.equal(defaultDirection(n), 'higher', n);
  });

  it('the configured direction wins over the name', () => {
    assert.equal(metricDirection('latency_ms', { latency_ms: 'higher' }), 'higher');
    assert.equal(metricDirection('score', { score: 'lower' }), 'lower');
    assert.equal(metricDirection('score', {}), 'higher');
  });

  it('the verdict follows the numbers and the direction, not a declared comparison', () => {
    assert.equal(metricVerdict(0.91, 0.85, 'higher'), 'improvement');
    assert.equal(metricVerdict(0.8, 0.85, 'higher'), 'regression');
    assert.equal(metricVerdict(142, 45, 'lower'), 'regression');
    assert.equal(metricVerdict(41, 45, 'lower'), 'improvement');
    assert.equal(metricVerdict(0.1 + 0.2, 0.3, 'higher'), 'no change');
    assert.equal(metricVerdict(null, 0.3, 'higher'), null);
    assert.equal(metricVerdict(1, null, 'lower'), null);
  });
});
