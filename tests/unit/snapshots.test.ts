import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addSnapshot,
  compareAssessments,
  formatDelta,
  readSnapshots,
  removeSnapshot,
  renameSnapshot,
  restoreSnapshot,
  writeSnapshots,
} from '../../src/lib/snapshots';
import { answered, smallRubric } from '../fixtures';

const now = new Date('2026-11-23T14:00:00Z');
const base = addSnapshot([], answered({ a1: 1 }), 'Fall 2026 baseline', now, 's1');
const two = addSnapshot(base, answered({ a1: 2 }), '  Winter  ', new Date('2027-02-01T00:00:00Z'), 's2');

describe('snapshot lists', () => {
  it('adds new snapshots first, with a trimmed label and the time saved', () => {
    expect(two.map((s) => [s.id, s.label, s.savedAt])).toEqual([
      ['s2', 'Winter', '2027-02-01T00:00:00.000Z'],
      ['s1', 'Fall 2026 baseline', '2026-11-23T14:00:00.000Z'],
    ]);
  });

  it('renames a snapshot and ignores a blank new label', () => {
    expect(renameSnapshot(two, 's1', 'Baseline')[1]!.label).toBe('Baseline');
    expect(renameSnapshot(two, 's1', '   ')).toBe(two);
  });

  it('removes a snapshot and puts it back where it was', () => {
    const { list, removed } = removeSnapshot(two, 's2');
    expect(list.map((s) => s.id)).toEqual(['s1']);
    expect(restoreSnapshot(list, removed!).map((s) => s.id)).toEqual(['s2', 's1']);
    expect(removeSnapshot(two, 'missing')).toEqual({ list: two });
  });

  it('reads back what it writes, in a versioned envelope', () => {
    expect((JSON.parse(writeSnapshots(two)) as { version: number }).version).toBe(1);
    expect(readSnapshots(writeSnapshots(two))).toEqual({ ok: true, snapshots: two });
  });

  it('reports broken, invalid and newer data without throwing', () => {
    expect(readSnapshots('[')).toMatchObject({ ok: false, problem: 'corrupt', raw: '[' });
    expect(readSnapshots('{"version":1,"snapshots":[{"id":3}]}')).toMatchObject({
      ok: false,
      problem: 'invalid',
    });
    expect(readSnapshots('{"version":2,"snapshots":[]}')).toMatchObject({ ok: false, problem: 'newer' });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const result = readSnapshots(raw);
        if (!result.ok) expect(result.raw).toBe(raw);
      }),
    );
  });
});

describe('compareAssessments', () => {
  it('gives the change per dimension, per item and overall', () => {
    const result = compareAssessments(
      smallRubric,
      answered({ a1: 1, a2: 1, b1: 2, b2: 2 }),
      answered({ a1: 2, a2: 3, b1: 'unsure' }),
    );
    expect(result.dimensions[0]).toMatchObject({ before: 1, after: 2.5, delta: 1.5 });
    expect(result.dimensions[0]!.items.map((i) => i.delta)).toEqual([1, 2, null]);
    expect(result.dimensions[1]).toMatchObject({ before: 2, after: null, delta: null });
    expect(result).toMatchObject({ before: 1.5, after: 2.5, delta: 1 });
  });
});

describe('formatDelta', () => {
  it('signs changes to one decimal', () => {
    expect([
      formatDelta(0.5),
      formatDelta(-1),
      formatDelta(0),
      formatDelta(null),
      formatDelta(1 / 3),
    ]).toEqual(['+0.5', '−1.0', '0.0', '—', '+0.3']);
  });
});
