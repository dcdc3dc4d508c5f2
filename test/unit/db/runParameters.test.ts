import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { STANDARD_REPORT_FIELDS } from '../../../src/db/runParameters.ts';
import { runAxis } from '../../../src/report/timeAxis.ts';

const schema = (name: string) => JSON.parse(readFileSync(new URL(`../../../schema/${name}`, import.meta.url), 'utf8'));

describe('run parameters and the run axis', () => {
  it('the fields that are never parameters are exactly the standard\'s report fields (schema/)', () => {
    const common = Object.keys(schema('eds-common.schema.json').definitions.artifact.properties);
    const report = (schema('report.schema.json').allOf as { properties?: Record<string, unknown> }[]).flatMap((p) => Object.keys(p.properties ?? {}));
    assert.deepEqual([...STANDARD_REPORT_FIELDS].sort(), [...new Set([...common, ...report])].sort());
  });

  it('steps run by run when the runs are close in time, keeps a time axis otherwise', () => {
    const at = (iso: string) => new Date(iso);
    const sameDay = runAxis(['10:00', '11:30', '11:30', '15:00'].map((h) => at(`2025-12-18T${h}:00Z`)))!;
    assert.equal(sameDay.count, 3);
    assert.equal(sameDay.tickLabel(1), '11:30');
    assert.match(sameDay.label, /Dec 18, 2025/);
    // Two runs an hour apart among months: their dots would touch on a time axis.
    assert.notEqual(runAxis([at('2025-01-01T00:00:00Z'), at('2025-01-01T01:00:00Z'), at('2025-06-01T00:00:00Z')]), null);
    assert.equal(runAxis([at('2025-01-01T00:00:00Z'), at('2025-03-01T00:00:00Z'), at('2025-06-01T00:00:00Z')]), null);
    assert.equal(runAxis([at('2025-01-01T00:00:00Z')]), null);
  });
});
