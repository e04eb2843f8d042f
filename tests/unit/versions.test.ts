/** Rubric layouts and the changes between them: the record, and answers carried from one to the next. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withRating, type Assessment } from '../../src/lib/assessment';
import { importAssessmentJson } from '../../src/lib/files';
import { readSavedAssessment } from '../../src/lib/saved';
import { decodeShareCode, encodeShareCode, readShareFragment } from '../../src/lib/share-code';
import { readSnapshots } from '../../src/lib/snapshots';
import {
  historyOf,
  historyProblems,
  outlineOf,
  upgradeAssessment,
  type RubricHistory,
  type RubricLayout,
} from '../../src/lib/versions';
import { readWorkshop } from '../../src/lib/workshop';
import { lostAnswers } from '../carried';
import { realRubrics } from '../share-fixtures';

describe('the recorded history of each rubric', () => {
  it.each(realRubrics.map((r) => [r.id, r] as const))('%s ends with the layout of its content', (id, r) => {
    expect(historyProblems(historyOf(id)!, r.data)).toEqual([]);
  });
});

// A next layout of coaching-conditions, as a content change might make it: one item renamed, one split,
// two merged, one removed, one revised in place, one new item, and a dimension renamed.
const layout1 = historyOf('coaching-conditions')!.layouts[0]!;
const layout2: RubricLayout = {
  layout: 2,
  dimensions: [
    {
      id: 'peer-collaboration',
      items: ['coach-meetings', 'peer-dialogue', 'peer-critical-friends', 'peer-system-network'],
    },
    {
      id: 'professional-learning',
      items: [
        'learning-regular',
        'learning-job-embedded',
        'learning-equity',
        'learning-tailored',
        'learning-integrated',
      ],
    },
    { id: 'leader-support', items: ['leader-role-clarity', 'leader-communication', 'leader-open-culture'] },
    {
      id: 'system-leadership',
      items: ['system-coordination', 'system-advocacy', 'system-allocation', 'system-continuity'],
    },
  ],
  changes: [
    { kind: 'renamed', from: 'peer-meetings', to: ['coach-meetings'] },
    { kind: 'split', from: 'learning-ongoing', to: ['learning-regular', 'learning-job-embedded'] },
    { kind: 'merged', from: ['leader-networks', 'leader-staff-communication'], to: ['leader-communication'] },
    { kind: 'removed', from: 'system-role-clarity', to: [] },
    { kind: 'revised', from: 'system-coordination', to: ['system-coordination'] },
    { kind: 'renamed', from: 'leader-buy-in', to: ['leader-support'] },
  ],
};
const history: RubricHistory = { rubric: 'coaching-conditions', layouts: [layout1, layout2] };
const next = { id: 'coaching-conditions', data: outlineOf(layout2), history };
const fixtures = join(import.meta.dirname, '../fixtures/layout-1');
const sources = JSON.parse(readFileSync(join(fixtures, 'sources.json'), 'utf8')) as Record<
  string,
  Assessment
>;
const source = sources['coaching-conditions']!;
const printed = sources['coaching-conditions:printed']!;
const links = JSON.parse(readFileSync(join(fixtures, 'links.json'), 'utf8')) as Record<
  string,
  Record<string, string>
>;
const storage = JSON.parse(readFileSync(join(fixtures, 'local-storage.json'), 'utf8')) as Record<
  string,
  string
>;

it('accepts the next layout as a consistent history', () => {
  expect(historyProblems(history, outlineOf(layout2))).toEqual([]);
});

describe('answers made with layout 1, opened with a next layout', () => {
  const lifted = upgradeAssessment(source, history)!;

  it('moves a renamed item’s rating and note to its new id, with no call to rate it again', () => {
    expect(lifted.ratings['coach-meetings']).toBe(source.ratings['peer-meetings']);
    expect(lifted.notes['coach-meetings']).toBe(source.notes['peer-meetings']);
    expect(lifted.ratings).not.toHaveProperty('peer-meetings');
    expect(lifted.review).not.toContain('coach-meetings');
  });

  it('gives both halves of a split item the old answer and note, and asks for a rating of each', () => {
    for (const id of ['learning-regular', 'learning-job-embedded']) {
      expect(lifted.ratings[id]).toBe(4);
      expect(lifted.notes[id]).toBe(source.notes['learning-ongoing']);
      expect(lifted.review).toContain(id);
    }
  });

  it('keeps the differing answers of merged items as earlier answers, and asks for a rating', () => {
    expect(lifted.ratings).not.toHaveProperty('leader-communication');
    expect(lifted.earlier).toMatchObject({
      'leader-networks': { rating: 0 },
      'leader-staff-communication': { rating: 1 },
    });
    expect(lifted.review).toContain('leader-communication');
  });

  it('keeps a removed item’s rating and note visible as an earlier answer, never scored', () => {
    expect(lifted.earlier?.['system-role-clarity']).toEqual({
      rating: 3,
      note: source.notes['system-role-clarity'],
    });
    expect(lifted.ratings).not.toHaveProperty('system-role-clarity');
  });

  it('keeps a revised item’s rating and names it for checking, and names the new item', () => {
    expect(lifted.ratings['system-coordination']).toBe(4);
    expect(lifted.review).toEqual(expect.arrayContaining(['system-coordination', 'system-continuity']));
  });

  it('moves the target of a renamed dimension', () => {
    expect(lifted.targets).toEqual({ 'peer-collaboration': 3, 'leader-support': 4 });
  });

  it('stamps the layout and leaves untouched items as they were', () => {
    expect(lifted.layout).toBe(2);
    expect(lifted.ratings['peer-dialogue']).toBe(source.ratings['peer-dialogue']);
    expect(lifted.ratings['learning-equity']).toBe('unsure');
  });

  it('loses nothing, by an independent check', () => {
    expect(lostAnswers(source, lifted, history, 1)).toEqual([]);
  });

  it('stops naming an item once it is rated', () => {
    const rated = withRating(lifted, 'system-continuity', 2);
    expect(rated.review).not.toContain('system-continuity');
    expect(rated.review).toContain('system-coordination');
  });

  it('refuses answers stamped with a layout the history does not have', () => {
    expect(upgradeAssessment({ ...source, layout: 3 }, history)).toBeNull();
  });
});

describe('every kind of layout-1 fixture opens with the next layout, carrying its answers', () => {
  const expectCarried = (opened: Assessment, old: Assessment) => {
    expect(opened.layout).toBe(2);
    expect(opened.review).toEqual(expect.arrayContaining(['learning-regular', 'system-continuity']));
    expect(lostAnswers(old, opened, history, 1)).toEqual([]);
  };

  it('opens the share link with notes and the printed QR code by their layout-1 fingerprint', async () => {
    const made = [
      [links['coaching-conditions']!.withNotes!, source],
      [links['coaching-conditions']!.printedQr!, printed],
    ] as const;
    for (const [link, old] of made) {
      const result = await decodeShareCode(readShareFragment(new URL(link).hash)!, [next]);
      if (!result.ok) throw new Error(result.error.code);
      expectCarried(result.assessment, old);
    }
    const result = await decodeShareCode(
      readShareFragment(new URL(links['coaching-conditions']!.withNotes!).hash)!,
      [next],
    );
    expect(result.ok && result.assessment.earlier?.['system-role-clarity']?.note).toBe(
      source.notes['system-role-clarity'],
    );
  });

  it('reads a link made with the next layout as it is', async () => {
    const lifted = upgradeAssessment(source, history)!;
    const code = await encodeShareCode(lifted, next, { notes: true, profile: true });
    const result = await decodeShareCode(code, [next]);
    expect(result.ok && result.assessment.ratings).toEqual(lifted.ratings);
  });

  it('imports the exported file, checking its ids against layout 1', () => {
    const result = importAssessmentJson(readFileSync(join(fixtures, 'coaching-conditions.json'), 'utf8'), [
      next,
    ]);
    if (!result.ok) throw new Error(result.error.code);
    expectCarried(result.assessment, source);
  });

  it('reads the saved answers and the snapshots', () => {
    const saved = readSavedAssessment(
      storage['dcsa:assessment:coaching-conditions']!,
      'coaching-conditions',
      history,
    );
    if (!saved.ok) throw new Error(saved.detail);
    expectCarried(saved.assessment, source);
    const snapshots = readSnapshots(storage['dcsa:snapshots:coaching-conditions']!, () => history);
    if (!snapshots.ok) throw new Error(snapshots.detail);
    expectCarried(snapshots.snapshots[0]!.assessment, source);
  });

  it('reads the workshop: responses carried, agreements moved, an agreement on a gone item kept', () => {
    const result = readWorkshop(
      storage['dcsa:workshop:coaching-conditions']!,
      'coaching-conditions',
      history,
    );
    if (!result.ok) throw new Error(result.detail);
    expectCarried(result.workshop.responses[0]!.assessment, source);
    expect(result.workshop.consensus['coach-meetings']).toEqual({
      level: 2,
      dissent: 'Two principals see it at 3.',
    });
    expect(result.workshop.consensus).not.toHaveProperty('peer-meetings');
  });
});
