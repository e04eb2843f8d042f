/**
 * Brings answers made with an earlier layout of a rubric up to the current one, by the rubric's id mapping
 * (src/content/rubric-changes/<rubric>.yaml). The rules, also in docs/content-review.md:
 *
 * - kept and renamed: the rating, count and note move to the id they now have;
 * - split: the rating is copied to every new item, the note goes to the first;
 * - merged: the new item takes the lower of the earlier levels (a level wins over "not sure"; "not sure"
 *   only when every earlier answer was), the lower count, and every earlier note;
 * - removed: the rating is dropped; the note stays, on the first current item of the dimension the removed
 *   item was in (or the rubric's first item when that dimension is gone);
 * - a note that lands on another item than its own (merged, removed) starts with "[earlier-id] ", and notes
 *   that meet on one item are joined by a blank line (cut at the note limit, which two real notes never
 *   reach);
 * - targets of dimensions the rubric no longer has are dropped; an id neither the rubric nor the mapping knows
 *   (hand-edited or corrupt data) is treated as removed: its rating and count are dropped, its note kept;
 * - a count above its item's largest accepted value (`max` in the outline) is dropped, as a typing error.
 *
 * The report lists the current items that are new or changed (`added`, `changed: true`, merged, split), which
 * the pages name in a notice so the person rates or confirms them.
 */
import type { Assessment, Rating } from '../assessment';
import type { Level } from '../levels';
import { MAX_DISSENT, MAX_NOTE } from '../limits';
import { countMaxima } from '../outline';
import type { RubricOutline } from '../schema/rubric';
import type { Agreement } from '../workshop/types';
import type { IdChange, ReleasedLayout, RubricChanges, UpgradeReport } from './types';

/** The outline of a released layout, to read its share codes and files. */
export function outlineOfLayout(layout: ReleasedLayout): RubricOutline {
  return {
    dimensions: layout.dimensions.map((dimension) => ({
      id: dimension.id,
      items: dimension.items.map((entry) => ({
        kind: entry.startsWith('c.') ? ('count' as const) : ('rated' as const),
        id: entry.slice(2),
      })),
    })),
  };
}

const idsOf = (outline: RubricOutline) => outline.dimensions.flatMap((d) => d.items.map((item) => item.id));

/**
 * The lower of the earlier levels; without a level, "not sure" when any answer was, and "does not apply"
 * only when every one was.
 */
function lowerRating(ratings: Rating[]): Rating {
  const levels = ratings.filter((rating): rating is Level => typeof rating === 'number');
  if (levels.length > 0) return Math.min(...levels) as Level;
  return ratings.every((rating) => rating === 'na') ? 'na' : 'unsure';
}

export function upgradeAssessment(
  a: Assessment,
  current: RubricOutline,
  changes: RubricChanges,
  earlier: readonly RubricOutline[] = [],
): { assessment: Assessment; report: UpgradeReport } {
  const currentIds = idsOf(current);
  const maxOf = countMaxima(current);
  const known = new Set(currentIds);
  const byFrom = new Map<string, IdChange>(changes.changes.map((change) => [change.from, change]));
  const changeOf = (id: string): IdChange | undefined =>
    known.has(id)
      ? undefined
      : (byFrom.get(id) ?? { from: id, to: [], kind: 'removed', changed: false, note: '' });
  const destinations = (id: string) => changeOf(id)?.to ?? [id];

  /** Where the note of a removed item goes: the first current item of its earlier dimension. */
  const noteHome = (id: string): string => {
    const dimension = earlier.flatMap((o) => o.dimensions).find((d) => d.items.some((i) => i.id === id));
    const now = current.dimensions.find((d) => d.id === dimension?.id) ?? current.dimensions[0];
    return now?.items[0]?.id ?? id;
  };

  const ratings: Record<string, Rating[]> = {};
  for (const [id, rating] of Object.entries(a.ratings))
    for (const to of destinations(id)) (ratings[to] ??= []).push(rating);
  const counts: Record<string, number[]> = {};
  for (const [id, count] of Object.entries(a.counts))
    for (const to of destinations(id).slice(0, 1)) (counts[to] ??= []).push(count);

  const notes: Record<string, { own: boolean; text: string }[]> = {};
  const movedNotes: UpgradeReport['movedNotes'] = [];
  for (const [id, text] of Object.entries(a.notes)) {
    const change = changeOf(id);
    const to = change?.kind === 'removed' ? noteHome(id) : destinations(id)[0];
    if (to === undefined) continue;
    const elsewhere = change?.kind === 'removed' || change?.kind === 'merged';
    if (elsewhere) movedNotes.push({ from: id, to });
    (notes[to] ??= []).push({ own: !elsewhere, text: elsewhere ? `[${id}] ${text}` : text });
  }

  const dimensions = new Set(current.dimensions.map((d) => d.id));
  const targets =
    a.targets && Object.fromEntries(Object.entries(a.targets).filter(([id]) => dimensions.has(id)));
  const assessment: Assessment = {
    ...a,
    ratings: Object.fromEntries(Object.entries(ratings).map(([id, list]) => [id, lowerRating(list)])),
    counts: Object.fromEntries(
      Object.entries(counts)
        .map(([id, list]) => [id, Math.min(...list)] as const)
        .filter(([id, count]) => count <= (maxOf.get(id) ?? Infinity)),
    ),
    notes: Object.fromEntries(
      Object.entries(notes).map(([id, list]) => [
        id,
        [...list.filter((n) => n.own), ...list.filter((n) => !n.own)]
          .map((n) => n.text)
          .join('\n\n')
          .slice(0, MAX_NOTE),
      ]),
    ),
  };
  if (targets) assessment.targets = targets;

  const toRate = new Set(changes.added);
  for (const change of changes.changes)
    if (change.changed || change.kind === 'merged' || change.kind === 'split')
      for (const id of change.to) toRate.add(id);
  return {
    assessment,
    report: { toRate: currentIds.filter((id) => toRate.has(id)), movedNotes },
  };
}

/**
 * A workshop's agreements, by item id, brought up to the current ids by the same rules as answers: an
 * agreed level is a rating, an agreed number a count, a dissent a note (so a removed item's dissent stays,
 * marked, on its dimension's first item).
 */
export function upgradeConsensus(
  consensus: Record<string, Agreement>,
  current: RubricOutline,
  changes: RubricChanges,
  earlier: readonly RubricOutline[] = [],
): Record<string, Agreement> {
  const pick = <T>(field: (a: Agreement) => T | undefined) =>
    Object.fromEntries(
      Object.entries(consensus).flatMap(([id, a]) => (field(a) === undefined ? [] : [[id, field(a)!]])),
    );
  const { assessment } = upgradeAssessment(
    {
      rubric: '',
      ratings: pick((a) => a.level),
      counts: pick((a) => a.count),
      notes: pick((a) => a.dissent),
      updatedAt: '',
    },
    current,
    changes,
    earlier,
  );
  const upgraded: Record<string, Agreement> = {};
  for (const [id, level] of Object.entries(assessment.ratings)) (upgraded[id] ??= {}).level = level;
  for (const [id, count] of Object.entries(assessment.counts)) (upgraded[id] ??= {}).count = count;
  for (const [id, dissent] of Object.entries(assessment.notes))
    (upgraded[id] ??= {}).dissent = dissent.slice(0, MAX_DISSENT);
  return upgraded;
}
