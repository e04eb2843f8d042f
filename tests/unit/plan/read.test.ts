import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/lib/levels';
import { STATUSES, type PlanStep } from '../../../src/lib/plan/model';
import { MAX_STEPS, readPlan, readPlanValue, writePlan, type PlanRead } from '../../../src/lib/plan/read';
import { runs } from '../../share-fixtures';
import { sampleStep } from './sample';

const id = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const day = fc.oneof(
  fc.constant(''),
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const level = fc.constantFrom<Level>(0, 1, 2, 3, 4);
const stepArb: fc.Arbitrary<PlanStep> = fc.record({
  id,
  rubric: id,
  dimension: id,
  item: id,
  from: fc.option(level, { nil: null }),
  target: level,
  action: fc.string(),
  owner: fc.string({ maxLength: 200 }),
  due: day,
  indicator: fc.string(),
  status: fc.constantFrom(...STATUSES),
  rerate: day,
  notes: fc.string(),
  addedAt: fc.constant('2026-12-02T14:00:00.000Z'),
});
const stepsArb = fc.uniqueArray(stepArb, { selector: (s) => s.id, maxLength: 8 });

const one: PlanStep = sampleStep;

const detailOf = (read: PlanRead) => (read.ok ? '' : read.detail);

describe('readPlan', () => {
  it('reads back every plan writePlan wrote', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        expect(readPlan(writePlan(steps))).toEqual({ ok: true, steps });
      }),
      runs(200),
    );
  });

  it('writes the documented envelope with its format number', () => {
    expect(JSON.parse(writePlan([one]))).toEqual({ version: 1, steps: [one] });
  });

  it('never throws, and keeps the raw text of whatever it cannot read', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const read = readPlan(raw);
        if (!read.ok) expect(read.raw).toBe(raw);
      }),
      runs(500),
    );
  });

  it('says why: broken JSON, no version, a newer version, a wrong field', () => {
    expect(readPlan('{"version":1,')).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(readPlan('{"steps":[]}')).toMatchObject({ ok: false, problem: 'invalid' });
    expect(readPlan('{"version":2,"steps":[]}')).toMatchObject({ ok: false, problem: 'newer' });
    const bad = (change: Record<string, unknown>) =>
      readPlan(JSON.stringify({ version: 1, steps: [{ ...one, ...change }] }));
    expect(detailOf(bad({ status: 'finished' }))).toContain('steps.0.status');
    expect(detailOf(bad({ target: 5 }))).toContain('steps.0.target');
    expect(detailOf(bad({ due: '31/03/2027' }))).toContain('steps.0.due');
    expect(detailOf(bad({ owner: 'x'.repeat(201) }))).toContain('owner');
    expect(detailOf(bad({ id: '' }))).toContain('steps.0.id');
    expect(detailOf(readPlan(JSON.stringify({ version: 1, steps: [one, one] })))).toContain('steps.1.id');
  });

  it('refuses a plan longer than the limit', () => {
    const steps = Array.from({ length: MAX_STEPS + 1 }, (_, i) => ({ ...one, id: `s${i}` }));
    expect(readPlanValue({ version: 1, steps })).toMatchObject({ ok: false });
    expect(readPlanValue({ version: 1, steps: steps.slice(1) })).toMatchObject({ ok: true });
  });

  it('keeps only the fields of the format', () => {
    const read = readPlanValue({ version: 1, steps: [{ ...one, extra: '<script>' }] });
    expect(read).toEqual({ ok: true, steps: [one] });
  });
});
