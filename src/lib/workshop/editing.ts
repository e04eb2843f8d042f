/** Editing a workshop: every action returns a new workshop and changes nothing in place. */
import type { Rating } from '../assessment';
import { MAX_LABEL } from '../limits';
import { isCount, MAX_DISSENT_LENGTH, type Agreement, type Role, type Workshop } from './types';

/** Removes a response. */
export function removeResponse(workshop: Workshop, id: string): Workshop {
  return { ...workshop, responses: workshop.responses.filter((r) => r.id !== id) };
}

/** Gives a response a role, or takes it away with undefined. */
export function setResponseRole(workshop: Workshop, id: string, role: Role | undefined): Workshop {
  return {
    ...workshop,
    responses: workshop.responses.map((r) => {
      if (r.id !== id) return r;
      const copy = { ...r };
      if (role === undefined) delete copy.role;
      else copy.role = role;
      return copy;
    }),
  };
}

/** Gives a response a school (blank takes it away), cut to the longest label kept. */
export function setResponseSchool(workshop: Workshop, id: string, school: string): Workshop {
  return {
    ...workshop,
    responses: workshop.responses.map((r) => {
      if (r.id !== id) return r;
      const assessment = { ...r.assessment };
      if (school.trim() === '') delete assessment.school;
      else assessment.school = school.slice(0, MAX_LABEL);
      return { ...r, assessment };
    }),
  };
}

/** Turns anonymous mode on or off: names, schools and roles hidden on the board and in its exports. */
export function setAnonymous(workshop: Workshop, anonymous: boolean): Workshop {
  const next = { ...workshop };
  if (anonymous) next.anonymous = true;
  else delete next.anonymous;
  return next;
}

/** Shows or hides the ratings on the board. */
export function setRevealed(workshop: Workshop, revealed: boolean): Workshop {
  return { ...workshop, revealed };
}

function withAgreement(workshop: Workshop, itemId: string, change: Partial<Agreement>): Workshop {
  const next: Agreement = { ...workshop.consensus[itemId], ...change };
  for (const key of ['level', 'count', 'dissent'] as const) if (next[key] === undefined) delete next[key];
  const consensus = { ...workshop.consensus };
  if (Object.keys(next).length === 0) delete consensus[itemId];
  else consensus[itemId] = next;
  return { ...workshop, consensus };
}

/** Records the level the team agreed on for a rated item, or clears it with undefined. */
export function setAgreedLevel(workshop: Workshop, itemId: string, level: Rating | undefined): Workshop {
  return withAgreement(workshop, itemId, { level });
}

/** Records the number the team agreed on for a count item, or clears it with undefined. */
export function setAgreedCount(workshop: Workshop, itemId: string, count: number | undefined): Workshop {
  return withAgreement(workshop, itemId, {
    count: count !== undefined && isCount(count) ? count : undefined,
  });
}

/** Records who disagreed and why (a blank note removes it). */
export function setDissent(workshop: Workshop, itemId: string, dissent: string): Workshop {
  const text = dissent.slice(0, MAX_DISSENT_LENGTH);
  return withAgreement(workshop, itemId, { dissent: text.trim() === '' ? undefined : text });
}
