/**
 * Every decoder of data that comes from outside the code (share links, exported files, what is stored in
 * the browser, pasted workshop responses) fed hostile input: it never throws, and every rejection is a
 * typed error (a known code or problem) with a sentence for people. Each describe block is one decoder;
 * `npm run fuzz` (scripts/fuzz.mjs) runs every property 100,000 times and prints a table by decoder.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/lib/assessment';
import { resultsEn as en } from '../../src/i18n/results-en';
import { importAssessmentJson, type ImportErrorCode } from '../../src/lib/files';
import { migrateTo, readSavedAssessment, writeSavedAssessment, type ReadProblem } from '../../src/lib/saved';
import {
  decodeShareCode,
  encodeShareCode,
  readShareFragment,
  shareFragment,
  type DecodeResult,
} from '../../src/lib/share-code';
import { addSnapshot, readSnapshots, writeSnapshots } from '../../src/lib/snapshots';
import {
  readResponseFile,
  readResponseText,
  readWorkshop,
  writeWorkshop,
  type RefusalReason,
  type Workshop,
} from '../../src/lib/workshop';
import {
  applyMutation,
  assessmentArb,
  hostileStringArb,
  importTextArb,
  mutationArb,
  propertyTimeout,
  realRubrics,
  rubricAndAssessmentArb,
  runs,
  shareOptionsArb,
  textArb,
} from '../share-fixtures';

/** Exhaustive lists of each decoder's error codes: adding a code to a type without adding it here fails tsc. */
const READ_PROBLEMS = Object.keys({ corrupt: 1, invalid: 1, newer: 1 } satisfies Record<ReadProblem, 1>);
const IMPORT_CODES = Object.keys({
  empty: 1,
  'too-large': 1,
  'not-json': 1,
  'not-ours': 1,
  unreadable: 1,
  newer: 1,
  version: 1,
  shape: 1,
  rubric: 1,
  'unknown-ids': 1,
} satisfies Record<ImportErrorCode, 1>);
const SHARE_CODES = Object.keys(en.linkErrors);
const REFUSAL_REASONS = Object.keys({
  ...en.linkErrors,
  'no-code': 1,
  file: 1,
  'other-rubric': 1,
  duplicate: 1,
  full: 1,
} satisfies Record<RefusalReason, unknown>);

const rubricIds = realRubrics.map((entry) => entry.id);
const anyRubric = fc.constantFrom(...realRubrics);

/** Version fields of every kind: the current one, older and newer ones, and things that are not versions. */
const versionArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(1, 0, -1, 2, 99, 1.5, Number.MAX_SAFE_INTEGER, '1', null, true),
  fc.jsonValue(),
);

/** Text that a decoder of stored JSON may meet: anything, JSON, envelopes, and valid text damaged. */
function storedTextArb(
  valid: fc.Arbitrary<string>,
  envelope: (body: unknown) => unknown,
): fc.Arbitrary<string> {
  return fc.oneof(
    hostileStringArb,
    fc.json(),
    fc
      .tuple(versionArb, fc.jsonValue())
      .map(([version, body]) =>
        JSON.stringify(envelope(body), (k, v: unknown) => (k === 'version' ? version : v)),
      ),
    valid,
    fc.tuple(valid, mutationArb).map(([text, mutation]) => applyMutation(text, mutation)),
    fc.tuple(valid, fc.nat(), fc.jsonValue()).map(([text, at, junk]) => {
      // Any one value in the valid JSON replaced by arbitrary JSON.
      const parsed = JSON.parse(text) as unknown;
      let seen = 0;
      const replaced = JSON.stringify(parsed, (key, value: unknown) =>
        key !== '' && seen++ === at % 40 ? junk : value,
      );
      return replaced ?? '';
    }),
  );
}

/** A rejection of stored data: a known problem, the raw text handed back unchanged, and a sentence. */
function expectReadRefusal(result: { ok: boolean }, raw: string): void {
  if (result.ok) return;
  const refusal = result as unknown as { problem: string; raw: string; detail: string };
  expect(READ_PROBLEMS).toContain(refusal.problem);
  expect(refusal.raw).toBe(raw);
  expect(refusal.detail).toMatch(/\S/);
}

function expectShareResult(result: DecodeResult): void {
  if (result.ok) {
    expect(rubricIds).toContain(result.rubricId);
    expect(result.assessment.rubric).toBe(result.rubricId);
  } else {
    expect(SHARE_CODES).toContain(result.error.code);
    expect(en.linkErrors[result.error.code]).toMatch(/\S/);
  }
}

describe('decodeShareCode', () => {
  it(
    'never throws and names what is wrong with any string',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileStringArb, async (text) => {
          expectShareResult(await decodeShareCode(text, realRubrics));
        }),
        runs(200),
      );
    },
    propertyTimeout,
  );

  it(
    'never throws and names what is wrong with a real code that was altered',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          rubricAndAssessmentArb,
          shareOptionsArb,
          fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
          async ({ entry, assessment }, options, mutations) => {
            const code = mutations.reduce(applyMutation, await encodeShareCode(assessment, entry, options));
            expectShareResult(await decodeShareCode(code, realRubrics));
          },
        ),
        runs(200),
      );
    },
    propertyTimeout,
  );
});

describe('readShareFragment', () => {
  it(
    'never throws on any location hash, and finds the code of any real link however it was mangled',
    async () => {
      const hashArb = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({
          unit: fc.constantFrom('#', 'r', '=', '%', '2', '3', 'A', '&', ';', ' ', '\n', '.'),
          maxLength: 40,
        }),
      );
      await fc.assert(
        fc.asyncProperty(hashArb, rubricAndAssessmentArb, async (hash, { entry, assessment }) => {
          const found = readShareFragment(hash);
          expect(found === null || typeof found === 'string').toBe(true);
          const code = await encodeShareCode(assessment, entry, { notes: false, profile: false });
          const pasted = encodeURIComponent(shareFragment(code)).replace(/(.{20})/g, '$1\n');
          expect(readShareFragment(pasted)).toBe(code);
        }),
        runs(200),
      );
    },
    propertyTimeout,
  );
});

describe('importAssessmentJson', () => {
  it(
    'never throws and refuses with a known code and a sentence',
    () => {
      fc.assert(
        fc.property(
          anyRubric.chain((entry) => fc.oneof(importTextArb(entry), hostileStringArb)),
          (text) => {
            const result = importAssessmentJson(text, realRubrics);
            if (result.ok) expect(rubricIds).toContain(result.rubricId);
            else {
              expect(IMPORT_CODES).toContain(result.error.code);
              expect(en.fileError(result.error)).toMatch(/^This file .*\S/);
            }
          },
        ),
        runs(200),
      );
    },
    propertyTimeout,
  );
});

describe('readSavedAssessment', () => {
  const validArb = rubricAndAssessmentArb.map(({ assessment }) => writeSavedAssessment(assessment));
  it(
    'never throws and reports a known problem, the raw text and a sentence',
    () => {
      fc.assert(
        fc.property(
          storedTextArb(validArb, (assessment) => ({ version: 1, assessment })),
          fc.constantFrom(...rubricIds),
          (raw, rubric) => {
            const result = readSavedAssessment(raw, rubric);
            if (result.ok) expect(result.assessment.rubric).toBe(rubric);
            expectReadRefusal(result, raw);
          },
        ),
        runs(200),
      );
    },
    propertyTimeout,
  );
});

describe('readSnapshots', () => {
  const validArb = fc
    .tuple(
      anyRubric.chain((entry) => fc.array(assessmentArb(entry), { maxLength: 3 })),
      textArb(30),
    )
    .map(([assessments, label]) =>
      writeSnapshots(
        assessments.reduce(
          (list, a, i) => addSnapshot(list, a, label, new Date(Date.UTC(2026, 0, i + 1)), `s${i}`),
          [] as ReturnType<typeof addSnapshot>,
        ),
      ),
    );
  it(
    'never throws and reports a known problem, the raw text and a sentence',
    () => {
      fc.assert(
        fc.property(
          storedTextArb(validArb, (snapshots) => ({ version: 1, snapshots })),
          (raw) => expectReadRefusal(readSnapshots(raw), raw),
        ),
        runs(200),
      );
    },
    propertyTimeout,
  );
});

describe('migrateTo', () => {
  it(
    'never throws on any parsed value and refuses with a known problem and a sentence',
    () => {
      // Steps for versions 1 and 2 of a format now at 3; version 0 and anything above 3 were never shipped.
      const steps = {
        1: (old: Record<string, unknown>) => ({ ...old, added: 'in 2' }),
        2: (old: Record<string, unknown>) => ({ ...old, renamed: old.added }),
      };
      fc.assert(
        fc.property(
          fc.oneof(
            fc.jsonValue(),
            fc.record({ version: versionArb, body: fc.jsonValue() }),
            fc.constant(Object.create(null) as unknown),
          ),
          (value) => {
            const result = migrateTo(value, 3, steps);
            if (result.ok) expect((result.value as { version: number }).version).toBe(3);
            else {
              expect(READ_PROBLEMS).toContain(result.problem);
              expect(result.detail).toMatch(/\S/);
            }
          },
        ),
        runs(200),
      );
    },
    propertyTimeout,
  );
});

describe('readWorkshop', () => {
  const validArb = fc
    .tuple(
      anyRubric.chain((entry) =>
        fc.tuple(fc.constant(entry.id), fc.array(assessmentArb(entry), { maxLength: 3 })),
      ),
      fc.boolean(),
      fc.dictionary(
        fc.string({ maxLength: 12 }),
        fc.record({ level: fc.constantFrom(0, 2, 4, 'unsure'), dissent: textArb(20) }),
        { maxKeys: 3 },
      ),
    )
    .map(([[rubric, assessments], revealed, consensus]) => {
      const workshop: Workshop = {
        rubric,
        startedAt: '2026-11-23T14:00:00.000Z',
        revealed,
        responses: assessments.map((assessment: Assessment, i) => ({
          id: `r${i}`,
          number: i + 1,
          addedAt: '2026-11-23T14:05:00.000Z',
          assessment,
        })),
        consensus: consensus as Workshop['consensus'],
      };
      return writeWorkshop(workshop);
    });
  it(
    'never throws and reports a known problem, the raw text and a sentence',
    () => {
      fc.assert(
        fc.property(
          storedTextArb(validArb, (workshop) => ({ version: 1, workshop })),
          fc.constantFrom(...rubricIds),
          (raw, rubric) => {
            const result = readWorkshop(raw, rubric);
            if (result.ok) expect(result.workshop.rubric).toBe(rubric);
            expectReadRefusal(result, raw);
          },
        ),
        runs(200),
      );
    },
    propertyTimeout,
  );
});

describe('readResponseText', () => {
  /** What a facilitator might paste: links and codes, damaged or not, among words, or anything at all. */
  const pasteArb = fc.oneof(
    hostileStringArb,
    fc
      .array(
        fc.oneof(
          rubricAndAssessmentArb.map(({ entry, assessment }) => ({ entry, assessment, mutation: undefined })),
          fc.tuple(rubricAndAssessmentArb, mutationArb).map(([{ entry, assessment }, mutation]) => ({
            entry,
            assessment,
            mutation,
          })),
          fc.string({ maxLength: 30 }),
        ),
        { maxLength: 4 },
      )
      .map((parts) => parts),
  );
  it(
    'never throws and refuses each response with a known reason',
    async () => {
      await fc.assert(
        fc.asyncProperty(pasteArb, fc.constantFrom(' ', '\n', ', ', ' and '), async (paste, separator) => {
          let text: string;
          if (typeof paste === 'string') text = paste;
          else {
            const pieces: string[] = [];
            for (const part of paste) {
              if (typeof part === 'string') pieces.push(part);
              else {
                const code = await encodeShareCode(part.assessment, part.entry, {
                  notes: true,
                  profile: true,
                });
                const link = `https://example.org/results/${part.entry.id}/${shareFragment(code)}`;
                pieces.push(part.mutation ? applyMutation(link, part.mutation) : link);
              }
            }
            text = pieces.join(separator);
          }
          for (const { outcome } of await readResponseText(text, realRubrics)) {
            if (outcome.ok) expect(outcome.assessment.rubric).toBe(outcome.rubricId);
            else {
              expect(REFUSAL_REASONS).toContain(outcome.reason);
              if (outcome.reason === 'file') expect(en.fileError(outcome.fileError!)).toMatch(/\S/);
            }
          }
        }),
        runs(200),
      );
    },
    propertyTimeout,
  );

  it(
    'never throws on a dropped file and refuses it with the importer’s sentence',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          anyRubric.chain((entry) => importTextArb(entry)),
          textArb(40),
          async (text, name) => {
            const { outcome } = await readResponseFile(name, text, realRubrics);
            if (!outcome.ok) {
              expect(outcome.reason).toBe('file');
              expect(en.fileError(outcome.fileError!)).toMatch(/^This file /);
            }
          },
        ),
        runs(200),
      );
    },
    propertyTimeout,
  );
});
