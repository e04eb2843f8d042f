/** What the team agreed on: progress through the items, and the agreement as an assessment of its own. */
import type { Assessment, Rating } from '../assessment';
import { MAX_PROFILE_LENGTH } from '../assessment';
import type { RubricOutline } from '../schema/rubric';
import type { Workshop } from './types';
import { MAX_NOTE } from '../limits';

/** How many items have an agreed level or number, of all the rubric's items. */
export function consensusProgress(
  workshop: Workshop,
  outline: RubricOutline,
): { agreed: number; total: number } {
  let agreed = 0;
  let total = 0;
  for (const dimension of outline.dimensions)
    for (const item of dimension.items) {
      total++;
      const agreement = workshop.consensus[item.id];
      if (item.kind === 'count' ? agreement?.count !== undefined : agreement?.level !== undefined) agreed++;
    }
  return { agreed, total };
}

export interface ConsensusOptions {
  /** The respondent role written on the consensus, e.g. "Team consensus of 12 participants". */
  role?: string;
  /** Turns a dissent note into the item's note (e.g. prefixes "Dissent: "). */
  noteOf?: (dissent: string) => string;
  now?: Date;
}

/**
 * The team's agreed answers as an assessment like any other: agreed levels and numbers as its answers,
 * dissent as notes, the district most responses named (if any), and the given role.
 */
export function consensusAssessment(
  workshop: Workshop,
  outline: RubricOutline,
  options: ConsensusOptions = {},
): Assessment {
  const ratings: Record<string, Rating> = {};
  const counts: Record<string, number> = {};
  const notes: Record<string, string> = {};
  for (const dimension of outline.dimensions)
    for (const item of dimension.items) {
      const agreement = workshop.consensus[item.id];
      if (!agreement) continue;
      if (item.kind === 'rated' && agreement.level !== undefined) ratings[item.id] = agreement.level;
      if (item.kind === 'count' && agreement.count !== undefined) counts[item.id] = agreement.count;
      if (agreement.dissent !== undefined && agreement.dissent.trim() !== '')
        notes[item.id] = (options.noteOf?.(agreement.dissent) ?? agreement.dissent).slice(0, MAX_NOTE);
    }
  const assessment: Assessment = {
    rubric: workshop.rubric,
    ratings,
    counts,
    notes,
    updatedAt: (options.now ?? new Date()).toISOString(),
  };
  const district = mostCommon(workshop.responses.map((r) => r.assessment.district?.trim() ?? ''));
  if (district) assessment.district = district.slice(0, MAX_PROFILE_LENGTH);
  if (options.role?.trim()) assessment.role = options.role.trim().slice(0, MAX_PROFILE_LENGTH);
  return assessment;
}

/** The most frequent non-empty text (the first in sort order when tied), or undefined. */
function mostCommon(values: string[]): string | undefined {
  const tally = new Map<string, number>();
  for (const value of values) if (value !== '') tally.set(value, (tally.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, n] of tally) {
    const bestN = best === undefined ? 0 : tally.get(best)!;
    if (n > bestN || (n === bestN && best !== undefined && value < best)) best = value;
  }
  return best;
}
