import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/lib/assessment';
import { MAX_LABEL } from '../../../src/lib/limits';
import {
  crc32,
  decodeShareCode,
  encodeShareCode,
  readShareFragment,
  shareLink,
} from '../../../src/lib/share-code';
import {
  loadRubric,
  mutationArb,
  applyMutation,
  propertyTimeout,
  rubricAndAssessmentArb,
  realRubrics,
  runs,
  sharedView,
  textArb,
} from '../../share-fixtures';

const conditions = loadRubric('coaching-conditions');
const NOW = new Date('2027-03-04T05:06:07.000Z');

const sample: Assessment = {
  rubric: 'coaching-conditions',
  ratings: { 'peer-meetings': 3, 'peer-dialogue': 'unsure' },
  counts: {},
  notes: { 'peer-meetings': 'Monthly network' },
  district: 'Springfield Unified',
  role: 'Principal',
  school: 'Lakeview Elementary',
  updatedAt: '2026-11-23T14:02:00.000Z',
};

/** A code whose text part is exactly `text` (plain JSON, not compressed), sealed with length and checksum. */
function withTextPart(code: string, text: string): string {
  const bytes = [...Buffer.from(code, 'base64url')];
  // The sample's body before its text: version, length (one byte), rubric, fingerprint, flags, answers, date.
  const withoutText = bytes.slice(0, bytes.length - 4);
  return withoutText.length > 0 ? sealText(withoutText, text) : code;
}

function sealText(start: number[], text: string): string {
  const plain = [...new TextEncoder().encode(text)];
  // Flags at byte 5 (version, length, rubric number, two fingerprint bytes): text, not deflated.
  const head = [...start];
  head[5] = (head[5]! & ~4) | 2;
  const body = [...head.slice(2), ...plain];
  const varint = (n: number) => (n < 128 ? [n] : [(n % 128) | 0x80, n >> 7]);
  let total = 1 + 1 + body.length + 4;
  if (total >= 128) total++;
  const bytes = Uint8Array.from([head[0]!, ...varint(total), ...body, 0, 0, 0, 0]);
  expect(bytes.length).toBe(total);
  new DataView(bytes.buffer).setUint32(total - 4, crc32(bytes.subarray(0, total - 4)));
  return Buffer.from(bytes).toString('base64url');
}

describe('share codes with the respondent’s school', () => {
  it('carry the school with the district and role when both are shared', async () => {
    const code = await encodeShareCode(sample, conditions, { notes: false, profile: true, respondent: true });
    const result = await decodeShareCode(code, realRubrics, NOW);
    expect(result.ok && result.assessment).toMatchObject({
      district: 'Springfield Unified',
      role: 'Principal',
      school: 'Lakeview Elementary',
    });
  });

  it('keep the school out of a link that shares only the district and role, as before', async () => {
    const code = await encodeShareCode(sample, conditions, { notes: false, profile: true });
    const result = await decodeShareCode(code, realRubrics, NOW);
    expect(result.ok && 'school' in result.assessment).toBe(false);
  });

  it('carry the role and school alone for a workshop response, never the district', async () => {
    const code = await encodeShareCode(sample, conditions, {
      notes: false,
      profile: false,
      respondent: true,
    });
    const result = await decodeShareCode(code, realRubrics, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment.district).toBeUndefined();
    expect(result.assessment).toMatchObject({ role: 'Principal', school: 'Lakeview Elementary' });
  });

  it('travel in the link a participant sends to the facilitator', async () => {
    const { link } = await shareLink(
      sample,
      conditions,
      { notes: false, profile: false, respondent: true },
      'https://x.org/',
    );
    const result = await decodeShareCode(readShareFragment(link.slice(link.indexOf('#')))!, realRubrics, NOW);
    expect(result.ok && result.assessment).toMatchObject({
      role: 'Principal',
      school: 'Lakeview Elementary',
    });
  });

  it('leave the school out when neither is asked for, as before', async () => {
    const code = await encodeShareCode(sample, conditions, { notes: false, profile: false });
    const result = await decodeShareCode(code, realRubrics, NOW);
    expect(result.ok && 'school' in result.assessment).toBe(false);
  });

  it('keep a code without a school exactly as it was: the school adds one key to the text part', async () => {
    const { school, ...before } = sample;
    expect(school).toBeDefined();
    const old = await encodeShareCode(before, conditions, { notes: true, profile: true });
    const decoded = await decodeShareCode(old, realRubrics, NOW);
    expect(decoded.ok && decoded.assessment).toEqual({ ...before, notes: sample.notes });
  });

  it('refuse a school longer than any label the site keeps, as damage', async () => {
    const code = await encodeShareCode({ ...sample, notes: {} }, conditions, {
      notes: false,
      profile: false,
    });
    const at = (school: string) => withTextPart(code, JSON.stringify({ s: school }));
    const fits = await decodeShareCode(at('s'.repeat(MAX_LABEL)), realRubrics, NOW);
    expect(fits.ok && fits.assessment.school).toBe('s'.repeat(MAX_LABEL));
    expect(await decodeShareCode(at('s'.repeat(MAX_LABEL + 1)), realRubrics, NOW)).toEqual({
      ok: false,
      error: { code: 'corrupt' },
    });
  });

  it('refuse a school that is not text, as damage', async () => {
    const code = await encodeShareCode({ ...sample, notes: {} }, conditions, {
      notes: false,
      profile: false,
    });
    for (const text of ['{"s":3}', '{"s":null}', '{"s":["Lakeview"]}', '{"x":"Lakeview"}'])
      expect((await decodeShareCode(withTextPart(code, text), realRubrics, NOW)).ok, text).toBe(false);
  });
});

describe('share-code properties with a school', () => {
  const withSchoolArb = fc
    .tuple(rubricAndAssessmentArb, fc.option(textArb(MAX_LABEL / 2), { nil: undefined }))
    .map(([{ entry, assessment }, school]) => ({
      entry,
      assessment: school === undefined ? assessment : { ...assessment, school },
    }));
  const optionsArb = fc.record({ notes: fc.boolean(), profile: fc.boolean(), respondent: fc.boolean() });

  it(
    'decodes every encoded assessment to what the options keep of it, school included',
    async () => {
      await fc.assert(
        fc.asyncProperty(withSchoolArb, optionsArb, async ({ entry, assessment }, options) => {
          const result = await decodeShareCode(
            await encodeShareCode(assessment, entry, options),
            realRubrics,
            NOW,
          );
          const expected = sharedView(assessment, options, NOW);
          delete expected.role;
          const who = options.profile || options.respondent;
          expect(result).toStrictEqual({
            ok: true,
            rubricId: entry.id,
            assessment: {
              ...expected,
              ...(who && assessment.role !== undefined && { role: assessment.role }),
              ...(options.respondent && assessment.school !== undefined && { school: assessment.school }),
            },
          });
        }),
        runs(200),
      );
    },
    propertyTimeout,
  );

  it(
    'refuses every code with a school that has one character changed, removed or added, or cut short',
    async () => {
      await fc.assert(
        fc.asyncProperty(withSchoolArb, mutationArb, async ({ entry, assessment }, mutation) => {
          const code = await encodeShareCode(assessment, entry, {
            notes: true,
            profile: true,
            respondent: true,
          });
          expect((await decodeShareCode(applyMutation(code, mutation), realRubrics)).ok).toBe(false);
        }),
        runs(200),
      );
    },
    propertyTimeout,
  );

  it(
    'never throws on any text part, and keeps only a school the schema takes',
    async () => {
      const code = await encodeShareCode({ ...sample, notes: {} }, conditions, {
        notes: false,
        profile: false,
      });
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string({ maxLength: 60 }),
            fc
              .dictionary(fc.constantFrom('n', 'd', 'r', 's', 'x'), fc.jsonValue({ maxDepth: 2 }))
              .map((v) => JSON.stringify(v)),
          ),
          async (text) => {
            const result = await decodeShareCode(withTextPart(code, text), realRubrics, NOW);
            if (result.ok && result.assessment.school !== undefined)
              expect(result.assessment.school.length).toBeLessThanOrEqual(MAX_LABEL);
          },
        ),
        runs(200),
      );
    },
    propertyTimeout,
  );
});
