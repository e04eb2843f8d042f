import { describe, expect, it } from 'vitest';
import {
  addStep,
  editStep,
  groupSteps,
  mergeSteps,
  moveStep,
  removeStep,
  restoreStep,
  type NewStep,
  type PlanStep,
} from '../../../src/lib/plan/model';

const now = new Date('2026-12-02T14:00:00Z');
const move = (rubric: string, item: string): NewStep => ({
  rubric,
  dimension: 'dim',
  item,
  from: 1,
  target: 2,
  action: `Lift ${item}`,
  indicator: 'Minutes of meetings',
});
const plan = (...steps: [string, string, string][]): PlanStep[] =>
  steps.reduce<PlanStep[]>((list, [id, rubric, item]) => addStep(list, move(rubric, item), now, id), []);

describe('the plan model', () => {
  it('adds a next move as a step not started, with its action and indicator and nothing else filled in', () => {
    expect(addStep([], move('coaching-conditions', 'peer-meetings'), now, 'a1')).toEqual([
      {
        id: 'a1',
        rubric: 'coaching-conditions',
        dimension: 'dim',
        item: 'peer-meetings',
        from: 1,
        target: 2,
        action: 'Lift peer-meetings',
        owner: '',
        due: '',
        indicator: 'Minutes of meetings',
        status: 'not-started',
        rerate: '',
        notes: '',
        addedAt: '2026-12-02T14:00:00.000Z',
      },
    ]);
  });

  it('does not add an item twice while its step is open, but does once that step is done', () => {
    const once = plan(['a', 'r', 'x']);
    expect(addStep(once, move('r', 'x'), now, 'b')).toBe(once);
    expect(addStep(once, move('other', 'x'), now, 'b')).toHaveLength(2);
    const done = editStep(once, 'a', { status: 'done' });
    expect(addStep(done, move('r', 'x'), now, 'b').map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('edits only the step named', () => {
    const steps = editStep(plan(['a', 'r', 'x'], ['b', 'r', 'y']), 'b', {
      owner: 'Deputy',
      due: '2027-03-31',
    });
    expect(steps.map((s) => [s.owner, s.due])).toEqual([
      ['', ''],
      ['Deputy', '2027-03-31'],
    ]);
  });

  it('moves a step past the steps of other rubrics, to its neighbour in its own rubric, and stops at the ends', () => {
    const steps = plan(['a', 'r', 'x'], ['b', 's', 'y'], ['c', 'r', 'z']);
    expect(moveStep(steps, 'c', -1).map((s) => s.id)).toEqual(['c', 'b', 'a']);
    expect(moveStep(steps, 'a', 1).map((s) => s.id)).toEqual(['c', 'b', 'a']);
    expect(moveStep(steps, 'a', -1)).toBe(steps);
    expect(moveStep(steps, 'b', 1)).toBe(steps);
    expect(moveStep(steps, 'nope', 1)).toBe(steps);
  });

  it('removes a step and puts it back where it was', () => {
    const steps = plan(['a', 'r', 'x'], ['b', 'r', 'y'], ['c', 'r', 'z']);
    const { steps: rest, removed } = removeStep(steps, 'b');
    expect(rest.map((s) => s.id)).toEqual(['a', 'c']);
    expect(restoreStep(rest, removed!)).toEqual(steps);
    expect(restoreStep(steps, removed!)).toBe(steps);
    expect(removeStep(steps, 'nope').removed).toBeUndefined();
  });

  it('merges steps from a file: same id replaced in place, new ones at the end', () => {
    const steps = plan(['a', 'r', 'x'], ['b', 'r', 'y']);
    const incoming = [
      { ...steps[0]!, owner: 'From the file' },
      { ...steps[1]!, id: 'c' },
    ];
    expect(mergeSteps(steps, incoming).map((s) => [s.id, s.owner])).toEqual([
      ['a', 'From the file'],
      ['b', ''],
      ['c', ''],
    ]);
  });

  it('groups by rubric in the rubrics’ order, and by due month soonest first with undated steps last', () => {
    let steps = plan(['a', 'r', 'x'], ['b', 's', 'y'], ['c', 'r', 'z'], ['d', 's', 'w']);
    steps = editStep(editStep(editStep(steps, 'a', { due: '2027-05-02' }), 'b', { due: '2027-03-31' }), 'c', {
      due: '2027-05-01',
    });
    expect(
      groupSteps(steps, 'rubric', ['s', 'r', 'empty']).map((g) => [g.key, g.steps.map((s) => s.id)]),
    ).toEqual([
      ['s', ['b', 'd']],
      ['r', ['a', 'c']],
    ]);
    expect(groupSteps(steps, 'due', []).map((g) => [g.key, g.steps.map((s) => s.id)])).toEqual([
      ['2027-03', ['b']],
      ['2027-05', ['c', 'a']],
      ['', ['d']],
    ]);
  });
});
