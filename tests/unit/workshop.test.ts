import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, Rating } from '../../src/lib/assessment';
import type { Level } from '../../src/lib/levels';
import { exportAssessmentJson } from '../../src/lib/files';
import { splitResponseText } from '../../src/lib/response-batch';
import { encodeShareCode, shareFragment } from '../../src/lib/share-code';
import {
  addResponses,
  aggregateResponses,
  aggregateWorkshop,
  consensusAssessment,
  consensusProgress,
  emptyWorkshop,
  findDuplicate,
  guessRole,
  MAX_RESPONSES,
  NO_ROLE,
  readResponseFile,
  readResponseText,
  readWorkshop,
  removeResponse,
  responseKey,
  ROLES,
  setAgreedCount,
  setAgreedLevel,
  setDissent,
  setResponseRole,
  setRevealed,
  writeWorkshop,
  type Candidate,
  type Distribution,
  type Workshop,
} from '../../src/lib/workshop';
import { answered, smallRubric } from '../fixtures';
import { fullAssessment, loadRubric, ratedIds, ratingArb, realRubrics, runs } from '../share-fixtures';

const NOW = new Date('2026-11-23T14:00:00.000Z');
const conditions = loadRubric('coaching-conditions');
const deployment = loadRubric('coach-deployment');

/** A candidate read from a link, as readResponseText makes them. */
const read = (assessment: Assessment, position = 1, total = 1, rubricId = assessment.rubric): Candidate => ({
  source: { kind: 'paste', position, total, snippet: 'x' },
  outcome: { ok: true, assessment, rubricId },
});

/** Ids in order, so tests can predict them. */
const counter = () => {
  let n = 0;
  return () => `id${++n}`;
};

const smallWorkshop = (...assessments: Assessment[]): Workshop =>
  addResponses(
    emptyWorkshop('small', NOW),
    assessments.map((a) => read(a)),
    { now: NOW, newId: counter() },
  ).workshop;

const link = async (assessment: Assessment, entry = conditions, origin = 'https://example.org') =>
  `${origin}/results/${entry.id}/${shareFragment(await encodeShareCode(assessment, entry, { notes: false, profile: true }))}`;

/** Every count in a distribution, which must add up to its responses. */
const tally = (d: Distribution) => d.levels.reduce((sum, n) => sum + n, 0) + d.unsure + d.na + d.unanswered;

describe('the stored workshop', () => {
  it('comes back from its stored text exactly as it was written', () => {
    let workshop = smallWorkshop(answered({ a1: 3, b1: 'unsure' }), answered({ a1: 1 }));
    workshop = setResponseRole(workshop, 'id1', 'principal');
    workshop = setAgreedLevel(setDissent(setRevealed(workshop, true), 'a1', 'Two saw it at 3'), 'a1', 2);
    workshop = setAgreedCount(workshop, 'schools', 3);
    const back = readWorkshop(writeWorkshop(workshop), 'small');
    expect(back).toEqual({ ok: true, workshop });
    expect(JSON.parse(writeWorkshop(workshop))).toMatchObject({ version: 1, workshop: { rubric: 'small' } });
  });

  it('keeps an agreement that an item does not apply here', () => {
    const workshop = setAgreedLevel(smallWorkshop(answered({ a1: 'na' })), 'a1', 'na');
    expect(readWorkshop(writeWorkshop(workshop), 'small')).toEqual({ ok: true, workshop });
  });

  it('reports broken JSON, a newer format and a wrong shape, keeping the raw text', () => {
    expect(readWorkshop('{"version":1,', 'small')).toMatchObject({
      ok: false,
      problem: 'corrupt',
      raw: '{"version":1,',
    });
    expect(readWorkshop('{"version":7,"workshop":{}}', 'small')).toMatchObject({
      ok: false,
      problem: 'newer',
    });
    expect(readWorkshop('{"version":1,"workshop":{"rubric":"small"}}', 'small')).toMatchObject({
      ok: false,
      problem: 'invalid',
      detail: 'its contents are not in the expected shape at workshop.startedAt',
    });
  });

  it('refuses a workshop of another rubric, and a response whose answers belong to another rubric', () => {
    const text = writeWorkshop(smallWorkshop(answered({ a1: 3 })));
    expect(readWorkshop(text, 'other')).toMatchObject({ ok: false, problem: 'invalid' });
    const stray = text.replace('"assessment":{"rubric":"small"', '"assessment":{"rubric":"other"');
    expect(readWorkshop(stray, 'small')).toMatchObject({
      ok: false,
      detail: 'its contents are not in the expected shape at workshop.responses.0.assessment.rubric',
    });
  });

  it('refuses an unknown role, a level out of range and a number used twice', () => {
    const workshop = smallWorkshop(answered({ a1: 3 }), answered({ a1: 2 }));
    const stored = JSON.parse(writeWorkshop(workshop)) as { workshop: Record<string, unknown> };
    const variants = [
      { ...workshop, responses: [{ ...workshop.responses[0]!, role: 'mayor' }] },
      { ...workshop, consensus: { a1: { level: 5 } } },
      { ...workshop, responses: workshop.responses.map((r) => ({ ...r, number: 1 })) },
    ];
    for (const variant of variants)
      expect(readWorkshop(JSON.stringify({ ...stored, workshop: variant }), 'small').ok).toBe(false);
  });

  it('drops fields a workshop does not have', () => {
    const workshop = { ...smallWorkshop(answered({ a1: 3 })), extra: '<script>' };
    const back = readWorkshop(JSON.stringify({ version: 1, workshop }), 'small');
    expect(back.ok && Object.keys(back.workshop)).toEqual([
      'rubric',
      'startedAt',
      'revealed',
      'lastNumber',
      'responses',
      'consensus',
    ]);
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ version: 1, workshop: v })),
        ),
        (raw) => {
          const result = readWorkshop(raw, 'small');
          if (!result.ok) expect(result.raw).toBe(raw);
        },
      ),
      runs(300),
    );
  });
});

describe('splitting pasted text into responses', () => {
  it('finds links and codes separated by line breaks, spaces, commas and semicolons', () => {
    const text =
      'https://x.org/results/a/#r=AQcodeOne123456789\n\nhttps://x.org/results/a/#r=AQcodeTwo123456789, AQcodeThree12345678;AQcodeFour123456789';
    expect(splitResponseText(text)).toEqual([
      { kind: 'code', code: 'AQcodeOne123456789', fromLink: true },
      { kind: 'code', code: 'AQcodeTwo123456789', fromLink: true },
      { kind: 'code', code: 'AQcodeThree12345678', fromLink: false },
      { kind: 'code', code: 'AQcodeFour123456789', fromLink: false },
    ]);
  });

  it('passes over the words around links, keeping those right after a code as its possible end', () => {
    const text =
      'From Dana (principal): <https://x.org/results/a/#r=AQcodeOne123456789>. Thanks! district-office-support';
    expect(splitResponseText(text)).toEqual([
      { kind: 'code', code: 'AQcodeOne123456789', fromLink: true },
      { kind: 'tail', code: 'Thanks' },
      { kind: 'tail', code: 'district-office-support' },
    ]);
    expect(splitResponseText('Dana: hello')).toEqual([]);
  });

  it('keeps a link that carries no response, so that it can be refused with a reason', () => {
    expect(splitResponseText('https://x.org/assess/a/ x.org/results/a/')).toEqual([
      { kind: 'no-code', text: 'https://x.org/assess/a/' },
      { kind: 'no-code', text: 'x.org/results/a/' },
    ]);
  });

  it('reads a link whose # was URL-encoded by a mail program', () => {
    expect(splitResponseText('https://x.org/results/a/%23r%3DAQcodeOne123456789')).toEqual([
      { kind: 'code', code: 'AQcodeOne123456789', fromLink: true },
    ]);
  });

  it('takes pasted JSON as one exported file', () => {
    expect(splitResponseText('  {"format": "x"}  ')).toEqual([{ kind: 'json', text: '{"format": "x"}' }]);
  });
});

describe('reading a batch of responses', () => {
  it('reads every link and names each by its position in the batch', async () => {
    const a = {
      ...fullAssessment(conditions),
      targets: undefined,
      ratings: { 'peer-meetings': 3 as Rating },
    };
    const b = { ...a, ratings: { 'peer-meetings': 1 as Rating } };
    const candidates = await readResponseText(`${await link(a)}\n${await link(b)}`, realRubrics, NOW);
    expect(candidates.map((c) => [c.source, c.outcome.ok && c.outcome.assessment.ratings])).toEqual([
      [expect.objectContaining({ kind: 'paste', position: 1, total: 2 }), { 'peer-meetings': 3 }],
      [expect.objectContaining({ kind: 'paste', position: 2, total: 2 }), { 'peer-meetings': 1 }],
    ]);
  });

  it('refuses a damaged, a cut-off and another rubric’s link with their reasons, and still reads the rest', async () => {
    const good = await link(fullAssessment(conditions));
    const code = good.split('#r=')[1]!;
    const middle = Math.floor(code.length / 2);
    const damaged = good.replace(
      code,
      code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1),
    );
    const cut = good.slice(0, -8);
    const other = await link(fullAssessment(deployment), deployment);
    const candidates = await readResponseText([damaged, cut, good, other].join(' '), realRubrics, NOW);
    expect(candidates.map((c) => (c.outcome.ok ? c.outcome.rubricId : c.outcome.reason))).toEqual([
      'checksum',
      'truncated',
      'coaching-conditions',
      'coach-deployment',
    ]);
  });

  it('puts a link that a chat app broke over lines back together, and passes over words after a link', async () => {
    const good = await link(fullAssessment(conditions));
    const start = good.indexOf('#r=') + 3;
    for (const at of [good.length - 5, start + 4, start + 20]) {
      const candidates = await readResponseText(
        `${good.slice(0, at)}\n${good.slice(at)} Thanks!\n${good}`,
        realRubrics,
        NOW,
      );
      expect(candidates.map((c) => c.outcome.ok)).toEqual([true, true]);
    }
    const thirds = [0, start + 6, start + 16, good.length]
      .map((n, i, all) => good.slice(n, all[i + 1]))
      .slice(0, 3);
    expect((await readResponseText(thirds.join('\n'), realRubrics, NOW)).map((c) => c.outcome.ok)).toEqual([
      true,
    ]);
  });

  it('reads an exported file, and names a file it refuses', async () => {
    const file = exportAssessmentJson(fullAssessment(conditions), 'Conditions', NOW);
    expect(await readResponseFile('dana.json', file, realRubrics, 2, 3)).toMatchObject({
      source: { kind: 'file', name: 'dana.json', position: 2, total: 3 },
      outcome: { ok: true, rubricId: 'coaching-conditions' },
    });
    const refused = (await readResponseFile('notes.txt', 'hello', realRubrics)).outcome;
    expect(refused).toMatchObject({ ok: false, reason: 'file', fileError: { code: 'not-json' } });
  });
});

describe('adding responses', () => {
  it('adds readable responses, numbered in the order they arrive', () => {
    const { workshop, added, refused } = addResponses(
      emptyWorkshop('small', NOW),
      [read(answered({ a1: 1 })), read(answered({ a1: 2 }))],
      { now: NOW, newId: counter() },
    );
    expect(added).toEqual([1, 2]);
    expect(refused).toEqual([]);
    expect(workshop.responses.map((r) => [r.id, r.number, r.assessment.ratings])).toEqual([
      ['id1', 1, { a1: 1 }],
      ['id2', 2, { a1: 2 }],
    ]);
  });

  it('refuses a response for another rubric, naming that rubric, and adds the rest of the batch', () => {
    const { added, refused } = addResponses(
      emptyWorkshop('small', NOW),
      [
        read(answered({ a1: 1 }), 1, 3),
        read(answered({ a1: 1 }, 'coach-deployment'), 2, 3),
        read(answered({ a1: 4 }), 3, 3),
      ],
      { now: NOW },
    );
    expect(added).toEqual([1, 2]);
    expect(refused).toEqual([
      {
        source: { kind: 'paste', position: 2, total: 3, snippet: 'x' },
        reason: 'other-rubric',
        rubricId: 'coach-deployment',
      },
    ]);
  });

  it('passes on the reason a response could not be read', () => {
    const candidate: Candidate = {
      source: { kind: 'paste', position: 1, total: 1, snippet: 'AQk' },
      outcome: { ok: false, reason: 'truncated' },
    };
    expect(addResponses(emptyWorkshop('small'), [candidate]).refused).toEqual([
      { source: candidate.source, reason: 'truncated' },
    ]);
  });

  it('knows the same response added twice by its answers, not by the text of its link', () => {
    const first = answered({ a1: 3, b2: 'unsure' });
    const again = { ...first, updatedAt: '2027-01-01T00:00:00.000Z', district: 'Elsewhere' };
    const workshop = smallWorkshop(first);
    const { added, refused } = addResponses(workshop, [read(again)]);
    expect(added).toEqual([]);
    expect(refused).toEqual([
      expect.objectContaining({ reason: 'duplicate', duplicateOf: 1, assessment: again }),
    ]);
    expect(findDuplicate(workshop, again)?.number).toBe(1);
    expect(findDuplicate(workshop, answered({ a1: 3 }))).toBeUndefined();
    expect(responseKey({ ratings: { b: 1, a: 2 }, counts: {}, notes: {} })).toBe(
      responseKey({ ratings: { a: 2, b: 1 }, counts: {}, notes: {} }),
    );
  });

  it('knows a duplicate within one batch, and adds it when the facilitator allows', () => {
    const same = answered({ a1: 2 });
    expect(addResponses(emptyWorkshop('small'), [read(same), read(same)]).refused).toEqual([
      expect.objectContaining({ reason: 'duplicate', duplicateOf: 1 }),
    ]);
    expect(
      addResponses(emptyWorkshop('small'), [read(same), read(same)], { allowDuplicates: true }).added,
    ).toEqual([1, 2]);
  });

  it('never gives a removed response’s number to a new one', () => {
    const workshop = removeResponse(smallWorkshop(answered({ a1: 1 }), answered({ a1: 2 })), 'id2');
    expect(addResponses(workshop, [read(answered({ a1: 3 }))]).added).toEqual([3]);
  });

  it('guesses a role from the role a participant shared', () => {
    expect(
      ['Principal, Lakeview', 'Assistant Superintendent', 'Instructional coach', 'Parent', undefined].map(
        guessRole,
      ),
    ).toEqual(['principal', 'district-staff', 'coach', undefined, undefined]);
    const { workshop } = addResponses(emptyWorkshop('small'), [
      read({ ...answered({ a1: 1 }), role: 'Principal' }),
    ]);
    expect(workshop.responses[0]!.role).toBe('principal');
  });

  it(`refuses responses beyond ${MAX_RESPONSES} as full`, () => {
    const many = Array.from({ length: MAX_RESPONSES + 2 }, (_, i) =>
      read({ ...answered({ a1: 2 }), counts: { schools: i } }),
    );
    const { added, refused } = addResponses(emptyWorkshop('small'), many);
    expect(added).toHaveLength(MAX_RESPONSES);
    expect(refused.map((r) => r.reason)).toEqual(['full', 'full']);
  });

  it('adds or refuses every response of a batch: nothing is lost', () => {
    const candidateArb = fc.oneof(
      smallAssessmentArb.map((a) => read(a)),
      smallAssessmentArb.map((a) => read({ ...a, rubric: 'other' })),
      fc.constantFrom<Candidate>({ source: { kind: 'link' }, outcome: { ok: false, reason: 'corrupt' } }),
    );
    fc.assert(
      fc.property(fc.array(candidateArb, { maxLength: 30 }), (candidates) => {
        const { workshop, added, refused } = addResponses(emptyWorkshop('small'), candidates);
        expect(added.length + refused.length).toBe(candidates.length);
        expect(workshop.responses).toHaveLength(added.length);
        expect(new Set(workshop.responses.map((r) => responseKey(r.assessment))).size).toBe(added.length);
      }),
      runs(200),
    );
  });
});

describe('the facilitator’s other actions', () => {
  it('gives and takes away a role, and reveals and hides the ratings', () => {
    let workshop = setResponseRole(smallWorkshop(answered({ a1: 1 })), 'id1', 'coach');
    expect(workshop.responses[0]!.role).toBe('coach');
    workshop = setResponseRole(workshop, 'id1', undefined);
    expect('role' in workshop.responses[0]!).toBe(false);
    expect(setRevealed(workshop, true).revealed).toBe(true);
  });

  it('records agreements, and forgets an item once its level, number and dissent are all cleared', () => {
    let workshop = setDissent(setAgreedLevel(emptyWorkshop('small'), 'a1', 'unsure'), 'a1', '  ');
    expect(workshop.consensus).toEqual({ a1: { level: 'unsure' } });
    workshop = setAgreedLevel(workshop, 'a1', undefined);
    expect(workshop.consensus).toEqual({});
    expect(setAgreedCount(emptyWorkshop('small'), 'schools', -1).consensus).toEqual({});
    expect(setDissent(emptyWorkshop('small'), 'a1', 'x'.repeat(5000)).consensus.a1!.dissent).toHaveLength(
      2000,
    );
  });
});

describe('aggregating responses', () => {
  it('counts each level, “not sure” and no answer, with the median, mean and spread', () => {
    const aggregate = aggregateResponses(smallRubric, [
      answered({ a1: 1 }),
      answered({ a1: 2 }),
      answered({ a1: 2 }),
      answered({ a1: 4 }),
      answered({ a1: 'unsure' }),
      answered({}),
    ]);
    const a1 = aggregate.dimensions[0]!.items[0]!;
    expect(a1).toEqual({
      itemId: 'a1',
      levels: [0, 1, 2, 0, 1],
      unsure: 1,
      na: 0,
      unanswered: 1,
      responses: 6,
      median: 2,
      mean: 2.25,
      spread: 3,
      discuss: true,
      byRole: {},
    });
  });

  it('counts “does not apply here” apart from “not sure” and from no answer', () => {
    const aggregate = aggregateResponses(
      smallRubric,
      [
        answered({ a1: 3 }),
        answered({ a1: 'na' }),
        answered({ a1: 'na' }),
        answered({ a1: 'unsure' }),
        answered({}),
      ],
      { roles: ['coach', 'coach', undefined, undefined, undefined] },
    );
    const a1 = aggregate.dimensions[0]!.items[0]!;
    expect(a1).toMatchObject({ levels: [0, 0, 0, 1, 0], unsure: 1, na: 2, unanswered: 1, responses: 5 });
    // Not a level: the median and spread come from the one rating only.
    expect(a1).toMatchObject({ median: 3, mean: 3, spread: 0 });
    expect(a1.byRole.coach).toMatchObject({ levels: [0, 0, 0, 1, 0], na: 1, responses: 2 });
  });

  it('marks an item for discussion only when ratings spread by two levels or more', () => {
    const items = (ratings: Rating[]) =>
      aggregateResponses(
        smallRubric,
        ratings.map((r) => answered({ a1: r })),
      ).dimensions[0]!.items[0]!;
    expect(items([2, 3, 3, 'unsure']).discuss).toBe(false);
    expect(items([1, 3]).discuss).toBe(true);
    expect(items(['unsure', 'unsure'])).toMatchObject({
      median: null,
      mean: null,
      spread: null,
      discuss: false,
    });
  });

  it('takes the mean of the two middle levels as the median of an even count', () => {
    const a1 = aggregateResponses(
      smallRubric,
      [1, 2, 3, 4].map((r) => answered({ a1: r as Rating })),
    ).dimensions[0]!.items[0]!;
    expect(a1.median).toBe(2.5);
  });

  it('counts each person once per dimension, at the level their dimension score reaches', () => {
    const dimension = aggregateResponses(smallRubric, [
      answered({ a1: 3, a2: 3, a3: 2 }), // 2.67: level 2
      answered({ a1: 4, a2: 4, a3: 'unsure' }), // 4.0: level 4
      answered({ a1: 'unsure' }), // only "not sure"
      answered({ b1: 1 }), // nothing in dimension a
    ]).dimensions[0]!;
    expect(dimension).toMatchObject({
      levels: [0, 0, 1, 0, 1],
      unsure: 1,
      unanswered: 1,
      responses: 4,
      spread: 2,
      discuss: true,
    });
    expect(dimension.median).toBeCloseTo((8 / 3 + 4) / 2);
    expect(dimension.mean).toBeCloseTo((8 / 3 + 4) / 2);
  });

  it('breaks every distribution down by role when roles are given, in the order of ROLES', () => {
    const aggregate = aggregateResponses(
      smallRubric,
      [1, 3, 4, 0].map((level) => answered({ a1: level as Level, a2: level as Level })),
      { roles: ['coach', 'principal', undefined, 'principal'] },
    );
    expect(aggregate.roles).toEqual(['principal', 'coach', NO_ROLE]);
    const a1 = aggregate.dimensions[0]!.items[0]!;
    expect(Object.fromEntries(Object.entries(a1.byRole).map(([role, d]) => [role, d.levels]))).toEqual({
      principal: [1, 0, 0, 1, 0],
      coach: [0, 1, 0, 0, 0],
      [NO_ROLE]: [0, 0, 0, 0, 1],
    });
    expect(aggregate.dimensions[0]!.byRole.principal!.responses).toBe(2);
    expect(aggregate.overall.byRole.coach!.mean).toBe(1);
  });

  it('sums up the numbers given for a count item', () => {
    const counts = (values: (number | undefined)[]) =>
      aggregateResponses(
        smallRubric,
        values.map((v): Assessment => ({ ...answered({}), counts: v === undefined ? {} : { schools: v } })),
      ).dimensions[1]!.counts[0]!;
    expect(counts([4, 1, 2, undefined])).toEqual({
      itemId: 'schools',
      answered: 3,
      unanswered: 1,
      median: 2,
      mean: 7 / 3,
      min: 1,
      max: 4,
    });
    expect(counts([])).toMatchObject({ answered: 0, median: null, min: null });
  });

  it('ignores answers to items the rubric does not have', () => {
    const aggregate = aggregateResponses(smallRubric, [
      { ...answered({ a1: 2 }), ratings: { a1: 2, zz: 4 } },
    ]);
    expect(aggregate.dimensions.flatMap((d) => d.items.map((i) => i.itemId))).toEqual([
      'a1',
      'a2',
      'a3',
      'b1',
      'b2',
      'b3',
    ]);
  });

  it('aggregates a workshop with the roles the facilitator gave', () => {
    const workshop = setResponseRole(smallWorkshop(answered({ a1: 1 }), answered({ a1: 3 })), 'id2', 'coach');
    expect(aggregateWorkshop(smallRubric, workshop).roles).toEqual(['coach', NO_ROLE]);
  });

  it('counts always add up to the number of responses, for every item, dimension, role group and overall', () => {
    fc.assert(
      fc.property(responsesWithRolesArb, ({ assessments, roles }) => {
        const aggregate = aggregateResponses(smallRubric, assessments, { roles });
        const n = assessments.length;
        expect(aggregate.responses).toBe(n);
        expect(tally(aggregate.overall)).toBe(n);
        for (const dimension of aggregate.dimensions) {
          expect(tally(dimension)).toBe(n);
          expect(Object.values(dimension.byRole).reduce((sum, d) => sum + tally(d), 0)).toBe(n);
          for (const item of dimension.items) {
            expect(tally(item)).toBe(n);
            expect(item.responses).toBe(n);
            expect(Object.values(item.byRole).reduce((sum, d) => sum + d.responses, 0)).toBe(n);
            expect(item.discuss).toBe(item.spread !== null && item.spread >= 2);
          }
          for (const count of dimension.counts) expect(count.answered + count.unanswered).toBe(n);
        }
      }),
      runs(300),
    );
  });

  it('gives the same result whatever the order of the responses', () => {
    fc.assert(
      fc.property(
        responsesWithRolesArb.chain(({ assessments, roles }) =>
          fc
            .shuffledSubarray(
              assessments.map((_, i) => i),
              { minLength: assessments.length, maxLength: assessments.length },
            )
            .map((order) => ({ assessments, roles, order })),
        ),
        ({ assessments, roles, order }) => {
          const shuffled = aggregateResponses(
            smallRubric,
            order.map((i) => assessments[i]!),
            { roles: order.map((i) => roles[i]) },
          );
          expect(shuffled).toEqual(aggregateResponses(smallRubric, assessments, { roles }));
        },
      ),
      runs(300),
    );
  });

  it('aggregates 500 responses to a real rubric', () => {
    const ids = ratedIds(conditions.data);
    const assessments = Array.from({ length: 500 }, (_, i) => ({
      ...answered({}, conditions.id),
      ratings: Object.fromEntries(ids.map((id, j) => [id, ((i + j) % 5) as Rating])),
    }));
    const aggregate = aggregateResponses(conditions.data, assessments);
    expect(
      aggregate.dimensions.flatMap((d) => d.items).every((item) => item.levels.every((n) => n === 100)),
    ).toBe(true);
  });
});

describe('the consensus', () => {
  it('becomes an assessment of the agreed levels and numbers, with dissent as notes and the shared district', () => {
    let workshop = smallWorkshop(
      { ...answered({ a1: 1 }), district: 'Riverside' },
      { ...answered({ a1: 2 }), district: 'Riverside' },
      { ...answered({ a1: 3 }), district: 'Lakeview' },
    );
    workshop = setAgreedLevel(workshop, 'a1', 2);
    workshop = setAgreedLevel(workshop, 'b1', 'unsure');
    workshop = setDissent(workshop, 'a1', 'Response 3 sees it at 3');
    workshop = setAgreedCount(workshop, 'schools', 2);
    // Agreements about items the rubric does not have are left out.
    workshop = setAgreedLevel(workshop, 'gone', 4);
    expect(
      consensusAssessment(workshop, smallRubric, {
        role: 'Team consensus of 3 participants',
        noteOf: (text) => `Dissent: ${text}`,
        now: NOW,
      }),
    ).toEqual({
      rubric: 'small',
      ratings: { a1: 2, b1: 'unsure' },
      counts: { schools: 2 },
      notes: { a1: 'Dissent: Response 3 sees it at 3' },
      district: 'Riverside',
      role: 'Team consensus of 3 participants',
      updatedAt: NOW.toISOString(),
    });
  });

  it('counts how many items are agreed, rated and counted', () => {
    let workshop = setAgreedLevel(emptyWorkshop('small'), 'a1', 3);
    workshop = setDissent(workshop, 'a2', 'Only a note, no level');
    expect(consensusProgress(workshop, smallRubric)).toEqual({ agreed: 1, total: 7 });
    expect(consensusProgress(setAgreedCount(workshop, 'schools', 1), smallRubric)).toEqual({
      agreed: 2,
      total: 7,
    });
  });

  it('lists the roles a response may take', () => {
    expect(ROLES).toEqual(['principal', 'district-staff', 'coach', 'other']);
  });
});

/** Assessments of smallRubric: any ratings, sometimes a count. */
const smallAssessmentArb: fc.Arbitrary<Assessment> = fc
  .record({
    ratings: fc.dictionary(fc.constantFrom('a1', 'a2', 'a3', 'b1', 'b2', 'b3'), ratingArb, { maxKeys: 6 }),
    schools: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
  })
  .map(({ ratings, schools }): Assessment => ({
    ...answered(ratings),
    counts: schools === undefined ? {} : { schools },
  }));

const responsesWithRolesArb = fc
  .array(fc.tuple(smallAssessmentArb, fc.option(fc.constantFrom(...ROLES), { nil: undefined })), {
    maxLength: 40,
  })
  .map((pairs) => ({ assessments: pairs.map(([a]) => a), roles: pairs.map(([, r]) => r) }));
