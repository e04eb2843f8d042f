import type { PlanStep } from '../../../src/lib/plan/model';

/** A step as the plan stores it, for the plan's tests to vary. */
export const sampleStep: PlanStep = {
  id: 'a1',
  rubric: 'coaching-conditions',
  dimension: 'peer',
  item: 'peer-meetings',
  from: 1,
  target: 2,
  action: 'Meet monthly',
  owner: 'Deputy',
  due: '2027-03-31',
  indicator: 'Minutes',
  status: 'under-way',
  rerate: '2027-04-15',
  notes: '',
  addedAt: '2026-12-02T14:00:00.000Z',
};
