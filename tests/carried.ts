/**
 * Checks, independently of lib/versions/upgrade.ts, that answers made with an earlier layout all arrived:
 * each rating, count and note of the old answers is found under one of the ids its item's changes lead to,
 * or among the earlier answers kept under an id along the way.
 */
import type { Assessment } from '../src/lib/assessment';
import type { RubricHistory } from '../src/lib/versions';

/** Every id an old id may have become, through each layout after `from`, with the ids along the way. */
function destinations(history: RubricHistory, from: number, id: string): { now: string[]; along: string[] } {
  let ids = [id];
  const along = new Set(ids);
  for (const layout of history.layouts.filter((l) => l.layout > from)) {
    const next: string[] = [];
    for (const current of ids) {
      const change = layout.changes?.find((c) =>
        (typeof c.from === 'string' ? [c.from] : c.from).includes(current),
      );
      next.push(...(change ? change.to : [current]));
    }
    ids = next;
    for (const each of ids) along.add(each);
  }
  return { now: ids, along: [...along] };
}

/** The answers of `old` (made with layout `from`) that `opened` does not carry anywhere, as sentences. */
export function lostAnswers(
  old: Pick<Assessment, 'ratings' | 'counts' | 'notes'>,
  opened: Assessment,
  history: RubricHistory,
  from: number,
): string[] {
  const lost: string[] = [];
  const earlier = opened.earlier ?? {};
  const check = (id: string, what: string, found: (at: string, inEarlier: boolean) => boolean) => {
    const { now, along } = destinations(history, from, id);
    if (!now.some((at) => found(at, false)) && !along.some((at) => earlier[at] && found(at, true)))
      lost.push(`${what} of "${id}"`);
  };
  for (const [id, rating] of Object.entries(old.ratings))
    check(id, `rating ${rating}`, (at, kept) =>
      kept ? earlier[at]!.rating === rating : opened.ratings[at] === rating,
    );
  for (const [id, count] of Object.entries(old.counts))
    check(id, `count ${count}`, (at, kept) =>
      kept ? earlier[at]!.count === count : opened.counts[at] === count,
    );
  for (const [id, note] of Object.entries(old.notes))
    check(id, 'note', (at, kept) =>
      kept ? (earlier[at]!.note ?? '').includes(note) : (opened.notes[at] ?? '').includes(note),
    );
  return lost;
}
