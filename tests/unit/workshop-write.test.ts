/** A stored workshop's text is the same whether its responses were written before or not. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWorkshop, setDissent, setRevealed, writeWorkshop, type Workshop } from '../../src/lib/workshop';
import { assessmentArb, realRubrics, runs, textArb } from '../share-fixtures';

const entry = realRubrics.find((r) => r.id === 'coaching-conditions')!;
const workshopArb: fc.Arbitrary<Workshop> = fc
  .tuple(fc.array(assessmentArb(entry), { maxLength: 6 }), fc.boolean())
  .map(([assessments, revealed]) => ({
    rubric: entry.id,
    startedAt: '2026-11-23T14:00:00.000Z',
    revealed,
    lastNumber: assessments.length,
    responses: assessments.map((assessment, i) => ({
      id: `r${i}`,
      number: i + 1,
      addedAt: '2026-11-23T14:05:00.000Z',
      assessment,
    })),
    consensus: {},
  }));

describe('writeWorkshop', () => {
  it('writes exactly the JSON of the workshop, before and after an agreement keeps its responses', () => {
    fc.assert(
      fc.property(workshopArb, textArb(40), fc.boolean(), (workshop, dissent, revealed) => {
        const plain = (w: Workshop) => JSON.stringify({ version: 1, workshop: w });
        expect(writeWorkshop(workshop)).toBe(plain(workshop));
        const edited = setRevealed(setDissent(workshop, 'item-x', dissent), revealed);
        expect(edited.responses).toBe(workshop.responses);
        expect(writeWorkshop(edited)).toBe(plain(edited));
        const back = readWorkshop(writeWorkshop(edited), entry.id);
        expect(back.ok && back.workshop.responses).toEqual(workshop.responses);
      }),
      runs(200),
    );
  });

  it('is not fooled by text that looks like the stand-in for the responses', () => {
    const workshop = fc.sample(workshopArb, { numRuns: 1, seed: 1 })[0]!;
    const sneaky = setDissent(workshop, 'item-x', '\u0000responses "\u0000responses"');
    expect(writeWorkshop(sneaky)).toBe(JSON.stringify({ version: 1, workshop: sneaky }));
  });
});
