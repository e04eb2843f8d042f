/**
 * The real rubrics and fast-check arbitraries for share codes, files and CSV. The unit tests run them a few
 * hundred times; a fuzz run can import the same arbitraries and run them 100,000 times.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { expect } from 'vitest';
import type { Assessment, Rating } from '../src/lib/assessment';
import type { Level } from '../src/lib/levels';
import { rubricSchema, type Rubric } from '../src/lib/schema/rubric';
import type { ShareOptions } from '../src/lib/share-code';

/** A rubric with its full content, as the site builds it. */
export interface RubricEntry {
  id: string;
  data: Rubric;
}

/**
 * fast-check settings for a property: `numRuns` from the FUZZ_RUNS environment variable when it is set
 * (e.g. FUZZ_RUNS=100000 for a fuzz run), otherwise the given default that keeps unit tests fast.
 * When FUZZ_REPORT names a file (scripts/fuzz.mjs does), each property appends one JSON line to it with
 * its test file, its name, the cases it ran, whether it failed and how long it took.
 */
export function runs<T>(numRuns: number): fc.Parameters<T> {
  const fromEnv = Number(process.env.FUZZ_RUNS);
  const settings = { numRuns: Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : numRuns };
  const reportFile = process.env.FUZZ_REPORT;
  if (!reportFile) return settings;
  const { currentTestName, testPath } = expect.getState();
  const started = performance.now();
  return {
    ...settings,
    reporter(details) {
      const line = {
        file: basename(testPath ?? ''),
        test: currentTestName ?? '',
        cases: details.numRuns,
        failed: details.failed,
        ms: Math.round(performance.now() - started),
      };
      appendFileSync(reportFile, `${JSON.stringify(line)}\n`);
      if (details.failed) throw new Error(fc.defaultReportMessage(details));
    },
  };
}

/** Time allowed for one property test: generous in a fuzz run. */
export const propertyTimeout = process.env.FUZZ_RUNS ? 24 * 3_600_000 : 20_000;

const contentDir = join(import.meta.dirname, '../src/content/rubrics/en');

/** A rubric content file, parsed and checked the way the build does. */
export function loadRubric(id: string): RubricEntry {
  const data: Rubric = rubricSchema.parse(load(readFileSync(join(contentDir, `${id}.yaml`), 'utf8')));
  return { id, data };
}

/** The three rubrics of the site, in share-code registry order. */
export const realRubrics: RubricEntry[] = [
  'district-office-support',
  'coaching-conditions',
  'coach-deployment',
].map(loadRubric);

export const ratedIds = (rubric: Rubric): string[] =>
  rubric.dimensions.flatMap((d) => d.items.filter((i) => i.kind === 'rated').map((i) => i.id));
export const countItems = (rubric: Rubric) =>
  rubric.dimensions.flatMap((d) => d.items.flatMap((i) => (i.kind === 'count' ? [i] : [])));
export const itemIds = (rubric: Rubric): string[] =>
  rubric.dimensions.flatMap((d) => d.items.map((i) => i.id));
export const dimensionIds = (rubric: Rubric): string[] => rubric.dimensions.map((d) => d.id);

/** Every item answered (the highest level, counts at their maximum), every target set, no text. */
export function fullAssessment(entry: RubricEntry, updatedAt = '2026-11-23T14:02:00.000Z'): Assessment {
  return {
    rubric: entry.id,
    ratings: Object.fromEntries(ratedIds(entry.data).map((id) => [id, 4])),
    counts: Object.fromEntries(countItems(entry.data).map((item) => [item.id, item.max])),
    notes: {},
    targets: Object.fromEntries(dimensionIds(entry.data).map((id) => [id, 4])),
    updatedAt,
  };
}

export const ratingArb: fc.Arbitrary<Rating> = fc.constantFrom<Rating>(0, 1, 2, 3, 4, 'unsure', 'na');
export const levelArb: fc.Arbitrary<Level> = fc.constantFrom<Level>(0, 1, 2, 3, 4);

/** A record holding some of `keys`, each with a value from `value`. */
function someOf<T>(keys: string[], value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc
    .tuple(...keys.map(() => fc.option(value, { nil: undefined })))
    .map((values) =>
      Object.fromEntries(
        values.flatMap((v, index) => (v === undefined ? [] : [[keys[index]!, v] as [string, T]])),
      ),
    );
}

/** Text of any code points, lone surrogates included. */
export const textArb = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength, unit: 'binary' }),
    fc.string({ maxLength, unit: 'grapheme' }).filter((s) => s.length <= maxLength * 2),
    fc.string({ maxLength }),
  );

/**
 * updatedAt as the app writes it: any date the readers take (ISO 8601 from 2000 to 2199, lib/schema/date.ts),
 * from before the share-code epoch (2020) to the last year taken, or a calendar date alone (older or
 * hand-edited data).
 */
export const updatedAtArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .date({
      min: new Date('2019-06-01T00:00:00Z'),
      max: new Date('2199-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2199-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** A valid assessment of `entry`: answers only to its own items and dimensions, within the schema's limits. */
export function assessmentArb(entry: RubricEntry): fc.Arbitrary<Assessment> {
  const rubric = entry.data;
  return fc
    .record(
      {
        ratings: someOf(ratedIds(rubric), ratingArb),
        counts: someOf(
          countItems(rubric).map((item) => item.id),
          // Up to the largest value each count question accepts (the only count item takes up to 60).
          fc.nat({ max: Math.min(100_000, ...countItems(rubric).map((item) => item.max)) }),
        ),
        notes: someOf(itemIds(rubric), textArb(120)),
        targets: someOf(dimensionIds(rubric), levelArb),
        district: textArb(100),
        role: textArb(100),
        updatedAt: updatedAtArb,
      },
      { requiredKeys: ['ratings', 'counts', 'notes', 'updatedAt'] },
    )
    .map((fields) => ({ rubric: entry.id, ...fields }));
}

/** A rubric of the site with a valid assessment of it. */
export const rubricAndAssessmentArb: fc.Arbitrary<{ entry: RubricEntry; assessment: Assessment }> = fc.oneof(
  ...realRubrics.map((entry) => assessmentArb(entry).map((assessment) => ({ entry, assessment }))),
);

export const shareOptionsArb: fc.Arbitrary<ShareOptions> = fc.record({
  notes: fc.boolean(),
  profile: fc.boolean(),
});

/**
 * What decoding a share code gives back: the assessment as encoded, less what the options leave out.
 * Ratings, counts and targets come back exactly (absent targets stay absent, `{}` stays `{}`); notes only
 * with `notes`; district and role only with `profile`; updatedAt rounded down to the minute when it is a
 * date from 2020 on, otherwise the time of decoding (`now`).
 */
export function sharedView(a: Assessment, options: ShareOptions, now: Date): Assessment {
  const time = Date.parse(a.updatedAt);
  const epoch = Date.UTC(2020, 0, 1);
  const updatedAt =
    Number.isFinite(time) && time >= epoch
      ? new Date(Math.floor(time / 60_000) * 60_000).toISOString()
      : now.toISOString();
  return {
    rubric: a.rubric,
    ratings: a.ratings,
    counts: a.counts,
    notes: options.notes ? a.notes : {},
    ...(a.targets !== undefined && { targets: a.targets }),
    ...(options.profile && a.district !== undefined && { district: a.district }),
    ...(options.profile && a.role !== undefined && { role: a.role }),
    updatedAt,
  };
}

export const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Strings of base64url characters only. */
export const base64urlArb: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(...BASE64URL),
  maxLength: 200,
});

/** Anything at all, including strings that look almost like codes. */
export const hostileStringArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  base64urlArb,
  base64urlArb.map((s) => `  ${s}\n`),
  fc.string({ unit: fc.constantFrom(...BASE64URL, '+', '/', '=', '%', '.', ' ', '#'), maxLength: 120 }),
);

/** One edit to a code: a character replaced, deleted or inserted, or the code cut short. */
export type Mutation =
  | { kind: 'replace'; at: number; char: string }
  | { kind: 'delete'; at: number }
  | { kind: 'insert'; at: number; char: string }
  | { kind: 'truncate'; keep: number };

/** A character that is not stripped as whitespace: base64url ones mostly, and anything else now and then. */
const mutationCharArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BASE64URL) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c.trim() !== ''),
  },
);

/** Positions are fractions of the code's length, so one mutation fits any code. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      char: mutationCharArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      char: mutationCharArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('truncate' as const),
      keep: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    }),
  },
);

/** The code after a mutation; always different from the original. */
export function applyMutation(code: string, mutation: Mutation): string {
  const at = (fraction: number, length: number) => Math.min(length, Math.floor(fraction * length));
  switch (mutation.kind) {
    case 'replace': {
      const i = at(mutation.at, code.length);
      const char = mutation.char === code[i] ? (code[i] === 'A' ? 'B' : 'A') : mutation.char;
      return code.slice(0, i) + char + code.slice(i + 1);
    }
    case 'delete': {
      const i = at(mutation.at, code.length);
      return code.slice(0, i) + code.slice(i + 1);
    }
    case 'insert': {
      const i = at(mutation.at, code.length + 1);
      return code.slice(0, i) + mutation.char + code.slice(i);
    }
    case 'truncate':
      return code.slice(0, at(mutation.keep, code.length));
  }
}

/** Characters a spreadsheet reads as the start of a formula. */
export const DANGEROUS_STARTS = ['=', '+', '-', '@', '\t', '\r'] as const;

/** Cell text, often starting with a formula character and holding commas, quotes and line breaks. */
export const cellTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...DANGEROUS_STARTS), fc.string({ maxLength: 40 })).map(([a, b]) => a + b),
  fc.string({
    unit: fc.constantFrom('a', 'é', ',', '"', '\r', '\n', ' ', '=', '-', "'", '\t', '😀'),
    maxLength: 30,
  }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

/** Text a person might try to import: anything, JSON, and damaged exports. */
export const importTextArb = (entry: RubricEntry): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.json(),
    fc
      .jsonValue()
      .map((v) => JSON.stringify({ format: 'district-coaching-assessment', version: 1, assessment: v })),
    fc.jsonValue().map((v) => JSON.stringify({ version: 1, assessment: v })),
    fc
      .record({ version: fc.jsonValue(), assessment: assessmentArb(entry) })
      .map((v) => JSON.stringify({ format: 'district-coaching-assessment', ...v })),
    fc.tuple(assessmentArb(entry), fc.nat(), fc.string({ maxLength: 3 })).map(([a, at, junk]) => {
      const text = JSON.stringify({ format: 'district-coaching-assessment', version: 1, assessment: a });
      const i = at % (text.length + 1);
      return text.slice(0, i) + junk + text.slice(i + 1);
    }),
  );

/** Text a person might try to import, for any of the site's rubrics. */
export const anyImportTextArb: fc.Arbitrary<string> = fc.constantFrom(...realRubrics).chain(importTextArb);
