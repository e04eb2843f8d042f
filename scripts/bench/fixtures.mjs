// What the bench measures with: made the same way on every run, so runs can be compared.

/** The rubric the workshop timings, the board and the seeded pages use. */
export const RUBRIC = 'coaching-conditions';

/** A small deterministic random number generator, so every bench run measures the same responses. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A complete assessment: every item answered (now and then "not sure"), every count, every target. */
export function fullAssessment(entry, rand = random(1), note = '') {
  const assessment = {
    rubric: entry.id,
    ratings: {},
    counts: {},
    notes: {},
    targets: {},
    updatedAt: '2026-11-23T14:02:00.000Z',
  };
  for (const dimension of entry.data.dimensions) {
    assessment.targets[dimension.id] = 3;
    for (const item of dimension.items) {
      if (item.kind === 'count')
        assessment.counts[item.id] = 1 + Math.floor(rand() * item.recommendedMax * 2);
      else assessment.ratings[item.id] = rand() < 0.08 ? 'unsure' : Math.floor(rand() * 5);
      if (note) assessment.notes[item.id] = note;
    }
  }
  return assessment;
}

/**
 * A stored workshop (as the team board saves it) of `count` full responses to the bench rubric, drawn from
 * `rand` in order; `roleOf(i)` gives the i-th response's role, or undefined for none.
 */
export function storedWorkshop(lib, entry, rand, { count, revealed, roleOf = () => undefined }) {
  return lib.writeWorkshop({
    rubric: RUBRIC,
    startedAt: '2026-11-23T14:00:00.000Z',
    revealed,
    responses: Array.from({ length: count }, (_, i) => {
      const role = roleOf(i);
      return {
        id: `bench${i}`,
        number: i + 1,
        addedAt: '2026-11-23T14:05:00.000Z',
        ...(role ? { role } : {}),
        assessment: fullAssessment(entry, rand),
      };
    }),
    consensus: {},
  });
}
