/**
 * Answers made with an earlier layout of a rubric are brought up to the current one (src/lib/versions):
 * each kind of id change, the notes that lose their item, and the items named for a rating.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeShareCode, encodeShareCode, readShareFragment } from '../../src/lib/share-code';
import { realRubrics } from '../share-fixtures';
import type { Assessment } from '../../src/lib/assessment';
import type { RubricOutline } from '../../src/lib/schema/rubric';
import { needsUpgrade } from '../../src/lib/assessment';
import { outlineOfLayout, upgradeAssessment } from '../../src/lib/versions/upgrade';
import type { RubricChanges } from '../../src/lib/versions/types';

const earlier = outlineOfLayout({
  layout: 1,
  dimensions: [
    { id: 'one', items: ['r.same', 'r.old-name', 'r.broad', 'c.count'] },
    { id: 'two', items: ['r.cover', 'r.admin', 'r.gone'] },
    { id: 'three', items: ['r.lonely'] },
  ],
});

const current: RubricOutline = {
  dimensions: [
    {
      id: 'one',
      items: [
        { kind: 'rated', id: 'same' },
        { kind: 'rated', id: 'new-name' },
        { kind: 'rated', id: 'broad-a' },
        { kind: 'rated', id: 'broad-b' },
        { kind: 'count', id: 'count' },
      ],
    },
    {
      id: 'two',
      items: [
        { kind: 'rated', id: 'first-of-two' },
        { kind: 'rated', id: 'non-instructional' },
        { kind: 'rated', id: 'brand-new' },
      ],
    },
  ],
};

const changes: RubricChanges = {
  rubric: 'r',
  added: ['brand-new', 'first-of-two'],
  changes: [
    { from: 'same', to: ['same'], kind: 'kept', changed: false, note: 'same' },
    { from: 'old-name', to: ['new-name'], kind: 'renamed', changed: false, note: 'renamed' },
    { from: 'broad', to: ['broad-a', 'broad-b'], kind: 'split', changed: false, note: 'split' },
    { from: 'count', to: ['count'], kind: 'kept', changed: false, note: 'count' },
    { from: 'cover', to: ['non-instructional'], kind: 'merged', changed: false, note: 'merged' },
    { from: 'admin', to: ['non-instructional'], kind: 'merged', changed: false, note: 'merged' },
    { from: 'gone', to: [], kind: 'removed', changed: false, note: 'removed' },
    { from: 'lonely', to: [], kind: 'removed', changed: false, note: 'removed, with its dimension' },
  ],
};

const made = (part: Partial<Assessment>): Assessment => ({
  rubric: 'r',
  ratings: {},
  counts: {},
  notes: {},
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...part,
});

const upgrade = (a: Assessment) => upgradeAssessment(a, current, changes, [earlier]);

describe('upgrading answers made with an earlier layout', () => {
  it('carries kept ids over and moves renamed ones, with their notes and counts', () => {
    const { assessment } = upgrade(
      made({
        ratings: { same: 3, 'old-name': 'unsure' },
        counts: { count: 7 },
        notes: { 'old-name': 'minutes of May' },
      }),
    );
    expect(assessment.ratings).toEqual({ same: 3, 'new-name': 'unsure' });
    expect(assessment.counts).toEqual({ count: 7 });
    expect(assessment.notes).toEqual({ 'new-name': 'minutes of May' });
  });

  it('copies a split item’s rating to each new item and its note to the first', () => {
    const { assessment, report } = upgrade(made({ ratings: { broad: 2 }, notes: { broad: 'both' } }));
    expect(assessment.ratings).toEqual({ 'broad-a': 2, 'broad-b': 2 });
    expect(assessment.notes).toEqual({ 'broad-a': 'both' });
    expect(report.toRate).toEqual(expect.arrayContaining(['broad-a', 'broad-b']));
  });

  it('gives a merged item the lower level, and keeps both notes, each marked with its earlier id', () => {
    const { assessment, report } = upgrade(
      made({ ratings: { cover: 4, admin: 1 }, notes: { cover: 'no coverage', admin: 'behaviour plans' } }),
    );
    expect(assessment.ratings['non-instructional']).toBe(1);
    expect(assessment.notes['non-instructional']).toBe('[cover] no coverage\n\n[admin] behaviour plans');
    expect(report.toRate).toContain('non-instructional');
  });

  it('lets a level win over "not sure" in a merge, and keeps "not sure" when every answer was', () => {
    expect(upgrade(made({ ratings: { cover: 'unsure', admin: 3 } })).assessment.ratings).toEqual({
      'non-instructional': 3,
    });
    expect(upgrade(made({ ratings: { cover: 'unsure', admin: 'unsure' } })).assessment.ratings).toEqual({
      'non-instructional': 'unsure',
    });
  });

  it('drops a removed item’s rating but keeps its note on the first item of its dimension', () => {
    const { assessment, report } = upgrade(
      made({ ratings: { gone: 2 }, notes: { gone: 'ten schools each', 'first-of-two': 'own note' } }),
    );
    expect(assessment.ratings).toEqual({});
    expect(assessment.notes).toEqual({ 'first-of-two': 'own note\n\n[gone] ten schools each' });
    expect(report.movedNotes).toEqual([{ from: 'gone', to: 'first-of-two' }]);
  });

  it('keeps the note of an item whose whole dimension went, on the rubric’s first item', () => {
    const { assessment } = upgrade(made({ ratings: { lonely: 4 }, notes: { lonely: 'kept' } }));
    expect(assessment.notes).toEqual({ same: '[lonely] kept' });
    expect(assessment.ratings).toEqual({});
  });

  it('drops targets of dimensions that are gone and keeps the rest', () => {
    const { assessment } = upgrade(made({ targets: { one: 3, three: 4 } }));
    expect(assessment.targets).toEqual({ one: 3 });
  });

  it('names the new and changed items for a rating, in content order', () => {
    const { report } = upgrade(made({ ratings: { same: 1 } }));
    expect(report.toRate).toEqual(['broad-a', 'broad-b', 'first-of-two', 'non-instructional', 'brand-new']);
  });

  it('keeps everything else: district, role, date; and changes nothing that is current', () => {
    const a = made({ ratings: { same: 2 }, district: 'North', role: 'Superintendent' });
    const { assessment } = upgrade(a);
    expect(assessment).toEqual(a);
  });

  it('tells answers holding earlier ids from current ones', () => {
    expect(needsUpgrade(made({ ratings: { same: 1 } }), current)).toBe(false);
    expect(needsUpgrade(made({ notes: { gone: 'x' } }), current)).toBe(true);
    expect(needsUpgrade(made({ counts: { 'old-name': 1 } }), current)).toBe(true);
  });
});

describe('a link made with a released layout, after the layout changed', () => {
  const links = JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/layout-1/links.json'), 'utf8'),
  ) as Record<string, Record<string, string>>;
  const real = realRubrics.find((r) => r.id === 'district-office-support')!;
  // The same items in another order: a new layout (its fingerprint differs) with every id kept.
  const reordered = {
    id: real.id,
    data: { ...real.data, dimensions: real.data.dimensions.slice().reverse() },
  };
  const code = readShareFragment(new URL(links[real.id]!.withNotes!).hash)!;

  it('opens with the released layout, every answer under its own item', async () => {
    const before = await decodeShareCode(code, [real]);
    const after = await decodeShareCode(code, [reordered]);
    if (!before.ok || !after.ok) throw new Error('did not open');
    expect(after.assessment).toEqual(before.assessment);
    expect(after.upgrade).toMatchObject({ fromLayout: 1 });
  });

  it('still refuses a code whose layout was never released', async () => {
    const unreleased = { id: real.id, data: { ...real.data, dimensions: real.data.dimensions.slice(1) } };
    const made = {
      rubric: real.id,
      ratings: {},
      counts: {},
      notes: {},
      updatedAt: '2026-12-01T10:00:00.000Z',
    };
    const foreign = await encodeShareCode(made, unreleased, { notes: false, profile: false });
    expect(await decodeShareCode(foreign, [real])).toEqual({ ok: false, error: { code: 'shape' } });
  });
});
