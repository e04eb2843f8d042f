/** Bringing answers made with an earlier rubric layout into the current one, losing nothing. */
import type { Assessment, EarlierAnswer, Rating } from '../assessment';
import type { Agreement, Workshop } from '../workshop/types';
import { currentLayout, layoutNumbered, type Change, type RubricHistory, type RubricLayout } from './history';

/** Answers keyed by item id, in any of the shapes that keep them (an assessment, a workshop's agreements). */
export interface Answers {
  ratings: Record<string, Rating>;
  counts: Record<string, number>;
  notes: Record<string, string>;
  /** Items new or changed since the answers were given. */
  review: string[];
  earlier: Record<string, EarlierAnswer>;
  /** Chosen targets (or anything else keyed by dimension id). */
  targets?: Record<string, unknown>;
}

const fromIds = (change: Change): string[] => (typeof change.from === 'string' ? [change.from] : change.from);

function earlierOf(answers: Answers, id: string): EarlierAnswer {
  const found: EarlierAnswer = {};
  if (Object.hasOwn(answers.ratings, id)) found.rating = answers.ratings[id]!;
  if (Object.hasOwn(answers.counts, id)) found.count = answers.counts[id]!;
  if (Object.hasOwn(answers.notes, id)) found.note = answers.notes[id]!;
  return found;
}

const isEmpty = (answer: EarlierAnswer) =>
  answer.rating === undefined && answer.count === undefined && answer.note === undefined;

/** One step: answers in `previous`'s ids become answers in `next`'s, by `next.changes`. */
export function stepAnswers(answers: Answers, previous: RubricLayout, next: RubricLayout): Answers {
  const rated = new Set<string>();
  const counted = new Set<string>();
  for (const d of next.dimensions)
    for (const id of d.items) (d.counts?.includes(id) ? counted : rated).add(id);
  const dimensions = new Set(next.dimensions.map((d) => d.id));
  const before = new Set(previous.dimensions.flatMap((d) => d.items));
  const changes = next.changes ?? [];

  const ratings: Record<string, Rating> = {};
  const counts: Record<string, number> = {};
  const notes: Record<string, string> = {};
  const earlier: Record<string, EarlierAnswer> = { ...answers.earlier };
  const review = new Set(answers.review);
  const keepEarlier = (id: string, answer: EarlierAnswer) => {
    if (!isEmpty(answer)) earlier[id] = { ...earlier[id], ...answer };
  };
  /** Puts an answer under a current id, or keeps it as an earlier answer when the id cannot hold it. */
  const place = (oldId: string, id: string, answer: EarlierAnswer) => {
    const left: EarlierAnswer = {};
    if (answer.rating !== undefined) {
      if (rated.has(id)) ratings[id] = answer.rating;
      else left.rating = answer.rating;
    }
    if (answer.count !== undefined) {
      if (counted.has(id)) counts[id] = answer.count;
      else left.count = answer.count;
    }
    if (answer.note !== undefined) {
      if (rated.has(id) || counted.has(id))
        notes[id] = notes[id] === undefined ? answer.note : `${notes[id]}\n\n${answer.note}`;
      else left.note = answer.note;
    }
    keepEarlier(oldId, left);
  };

  const handled = new Set(changes.flatMap(fromIds));
  const answered = new Set([
    ...Object.keys(answers.ratings),
    ...Object.keys(answers.counts),
    ...Object.keys(answers.notes),
  ]);
  for (const id of answered) {
    if (handled.has(id)) continue;
    place(id, id, earlierOf(answers, id));
  }

  for (const change of changes) {
    const olds = fromIds(change).map((id) => ({ id, answer: earlierOf(answers, id) }));
    const given = olds.filter(({ answer }) => !isEmpty(answer));
    if (given.length === 0) continue;
    if (change.kind === 'removed' || change.to.length === 0) {
      for (const { id, answer } of given) keepEarlier(id, answer);
      continue;
    }
    if (change.kind === 'merged') {
      const to = change.to[0]!;
      const levels = new Set(
        given.flatMap(({ answer }) => (answer.rating === undefined ? [] : [answer.rating])),
      );
      for (const { id, answer } of given) {
        const { rating, ...rest } = answer;
        place(id, to, levels.size === 1 ? answer : rest);
        if (levels.size > 1 && rating !== undefined) keepEarlier(id, { rating });
      }
      review.add(to);
      continue;
    }
    for (const to of change.to) {
      for (const { id, answer } of given) place(id, to, answer);
      if (change.kind !== 'renamed') review.add(to);
    }
  }

  // Items the new layout adds, named when the person had answered anything.
  if (answered.size > 0) {
    const arrived = new Set(changes.flatMap((c) => c.to));
    for (const id of [...rated, ...counted]) if (!before.has(id) && !arrived.has(id)) review.add(id);
  }

  const result: Answers = {
    ratings,
    counts,
    notes,
    earlier,
    review: [...review].filter((id) => rated.has(id) || counted.has(id)),
  };
  if (answers.targets) {
    const renamed = new Map(
      changes
        .filter((c) => c.to.length === 1)
        .flatMap((c) => fromIds(c).map((id) => [id, c.to[0]!] as const)),
    );
    result.targets = Object.fromEntries(
      Object.entries(answers.targets)
        .map(([id, target]) => [renamed.get(id) ?? id, target] as const)
        .filter(([id]) => dimensions.has(id)),
    );
  }
  return result;
}

/** The layouts from `from` to the current one, or null when `from` is not a layout the history has. */
export function stepsFrom(history: RubricHistory, from: number): RubricLayout[] | null {
  const start = history.layouts.findIndex((l) => l.layout === from);
  return start < 0 ? null : history.layouts.slice(start);
}

/** Applies every step from layout `from` to the current one; null when `from` is unknown. */
export function upgradeAnswers(history: RubricHistory, from: number, answers: Answers): Answers | null {
  const layouts = stepsFrom(history, from);
  if (!layouts) return null;
  let lifted = answers;
  for (let i = 1; i < layouts.length; i++) lifted = stepAnswers(lifted, layouts[i - 1]!, layouts[i]!);
  return lifted;
}

/** The layout an assessment's ids follow: as stamped, or 1 for data written before layouts were numbered. */
export const layoutNumberOf = (a: Pick<Assessment, 'layout'>): number => a.layout ?? 1;

/**
 * An assessment made with any released layout, in the current one: answers moved by the recorded changes,
 * new and changed items named in `review`, answers without a home kept in `earlier`. Null when its layout is
 * one the history does not have (made by a newer site). Without a history (a test rubric) it is unchanged.
 */
export function upgradeAssessment(a: Assessment, history: RubricHistory | undefined): Assessment | null {
  if (!history) return a;
  const from = layoutNumberOf(a);
  const current = currentLayout(history).layout;
  if (from === current) return a;
  if (!layoutNumbered(history, from)) return null;
  const lifted = upgradeAnswers(history, from, {
    ratings: a.ratings,
    counts: a.counts,
    notes: a.notes,
    review: a.review ?? [],
    earlier: a.earlier ?? {},
    ...(a.targets && { targets: a.targets }),
  });
  if (!lifted) return null;
  const next: Assessment = {
    ...a,
    layout: current,
    ratings: lifted.ratings,
    counts: lifted.counts,
    notes: lifted.notes,
  };
  if (a.targets) next.targets = lifted.targets as Assessment['targets'];
  if (lifted.review.length > 0) next.review = lifted.review;
  else delete next.review;
  if (Object.keys(lifted.earlier).length > 0) next.earlier = lifted.earlier;
  else delete next.earlier;
  return next;
}

/**
 * The assessment as it is written down: stamped with the current layout of its rubric. Layout 1 is left
 * unstamped, as everything written before layouts were numbered is, so that data stays byte for byte the same.
 */
export function stamped(a: Assessment, history: RubricHistory | undefined): Assessment {
  if (!history) return a;
  const layout = currentLayout(history).layout;
  if (layout === 1) {
    if (a.layout === undefined) return a;
    const copy = { ...a };
    delete copy.layout;
    return copy;
  }
  return a.layout === layout ? a : { ...a, layout };
}

/**
 * A workshop's agreements in the current layout: each moves as its item's answers do; an agreement whose item
 * is gone is kept in `earlier`. Null when the workshop's layout is newer than the history knows.
 */
export function upgradeAgreements(
  w: Pick<Workshop, 'consensus' | 'layout' | 'earlier'>,
  history: RubricHistory | undefined,
): Pick<Workshop, 'consensus' | 'layout' | 'earlier'> | null {
  if (!history) return { consensus: w.consensus, ...(w.earlier && { earlier: w.earlier }) };
  const from = layoutNumberOf(w);
  const current = currentLayout(history).layout;
  if (from === current) return { consensus: w.consensus, ...(w.earlier && { earlier: w.earlier }) };
  const answers: Answers = { ratings: {}, counts: {}, notes: {}, review: [], earlier: {} };
  for (const [id, a] of Object.entries(w.consensus)) {
    if (a.level !== undefined) answers.ratings[id] = a.level;
    if (a.count !== undefined) answers.counts[id] = a.count;
    if (a.dissent !== undefined) answers.notes[id] = a.dissent;
  }
  const lifted = upgradeAnswers(history, from, answers);
  if (!lifted) return null;
  const agreementOf = (e: EarlierAnswer): Agreement => ({
    ...(e.rating !== undefined && { level: e.rating }),
    ...(e.count !== undefined && { count: e.count }),
    ...(e.note !== undefined && { dissent: e.note }),
  });
  const consensus: Record<string, Agreement> = {};
  for (const id of new Set([
    ...Object.keys(lifted.ratings),
    ...Object.keys(lifted.counts),
    ...Object.keys(lifted.notes),
  ]))
    consensus[id] = agreementOf(earlierOf(lifted, id));
  const earlier = {
    ...w.earlier,
    ...Object.fromEntries(Object.entries(lifted.earlier).map(([id, e]) => [id, agreementOf(e)])),
  };
  return { consensus, ...(Object.keys(earlier).length > 0 && { earlier }) };
}
