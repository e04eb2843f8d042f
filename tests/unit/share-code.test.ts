import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/lib/assessment';
import { resultsEn as en } from '../../src/i18n/results-en';
import type { Rubric } from '../../src/lib/schema/rubric';
import {
  crc32,
  decodeShareCode,
  encodeShareCode,
  readShareFragment,
  RUBRIC_REGISTRY,
  rubricFingerprint,
  shareFragment,
  ShareCodeTooLongError,
  type DecodeResult,
  type RubricEntry,
} from '../../src/lib/share-code';
import {
  applyMutation,
  base64urlArb,
  fullAssessment,
  hostileStringArb,
  loadRubric,
  mutationArb,
  realRubrics,
  rubricAndAssessmentArb,
  propertyTimeout,
  runs,
  sharedView,
  shareOptionsArb,
} from '../share-fixtures';

const conditions = loadRubric('coaching-conditions');
const deployment = loadRubric('coach-deployment');
const NOW = new Date('2027-03-04T05:06:07.000Z');
const NONE = { notes: false, profile: false };
const ALL = { notes: true, profile: true };

const sample: Assessment = {
  rubric: 'coaching-conditions',
  ratings: { 'peer-meetings': 3, 'peer-dialogue': 'unsure', 'system-survives-change': 0 },
  counts: {},
  notes: { 'peer-meetings': 'Monthly network since 2025, "mostly" kept', 'system-advocacy': 'Ask the board' },
  targets: { 'peer-collaboration': 4 },
  district: 'Springfield Unified',
  role: 'Superintendent',
  updatedAt: '2026-11-23T14:02:31.250Z',
};

function resultUrl(rubricId: string, code: string): string {
  return `https://district-coaching.example.org/results/${rubricId}/${shareFragment(code)}`;
}

function expectError(result: DecodeResult, code: string): void {
  expect(result).toEqual({ ok: false, error: { code } });
}

/** A decoding result with the sentence the English interface shows for its error. */
function described(result: DecodeResult) {
  return result.ok
    ? result
    : { ok: false, error: { ...result.error, message: en.linkErrors[result.error.code] } };
}

/** The bytes of a code, and the same bytes sealed again with a correct length and checksum. */
const bytesOf = (code: string): number[] => [...Buffer.from(code, 'base64url')];

function seal(version: number, body: number[]): string {
  const lengthField = (total: number) => (total < 128 ? [total] : [(total % 128) | 0x80, total >> 7]);
  let total = 1 + 1 + body.length + 4;
  if (total >= 128) total++;
  expect(total).toBeLessThan(128 * 128);
  const bytes = Uint8Array.from([version, ...lengthField(total), ...body, 0, 0, 0, 0]);
  new DataView(bytes.buffer).setUint32(total - 4, crc32(bytes.subarray(0, total - 4)));
  return Buffer.from(bytes).toString('base64url');
}

/** The body of a code (between the length byte and the checksum), for codes shorter than 128 bytes. */
const bodyOf = (code: string): number[] => bytesOf(code).slice(2, -4);

describe('encodeShareCode', () => {
  it('writes only URL-safe characters without padding', async () => {
    const code = await encodeShareCode(sample, conditions, ALL);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  for (const entry of realRubrics) {
    it(`fits a complete ${entry.id} assessment without notes in a 120-character link`, async () => {
      const code = await encodeShareCode(fullAssessment(entry), entry, NONE);
      const url = resultUrl(entry.id, code);
      console.info(`${entry.id}: code ${code.length} characters, link ${url.length} characters`);
      expect(url.length).toBeLessThanOrEqual(120);
    });
  }

  it('writes the first format when no answer is “does not apply”, so older sites still open the link', async () => {
    expect(bytesOf(await encodeShareCode(sample, conditions, ALL))[0]).toBe(1);
  });

  it('writes format 2 for “does not apply”, and reads it back beside the other answers', async () => {
    const ratings = { ...sample.ratings, 'peer-system-network': 'na' as const };
    const code = await encodeShareCode({ ...sample, ratings }, conditions, NONE);
    expect(bytesOf(code)[0]).toBe(2);
    const result = await decodeShareCode(code, realRubrics);
    expect(result.ok && result.assessment.ratings).toEqual(ratings);
  });

  for (const entry of realRubrics) {
    it(`fits a complete ${entry.id} assessment with “does not apply” answers in a 120-character link`, async () => {
      const full = fullAssessment(entry);
      const ids = Object.keys(full.ratings);
      const ratings = { ...full.ratings, [ids[0]!]: 'na' as const, [ids.at(-1)!]: 'na' as const };
      const url = resultUrl(entry.id, await encodeShareCode({ ...full, ratings }, entry, NONE));
      expect(url.length).toBeLessThanOrEqual(120);
    });
  }

  it('gives the same code for the same assessment', async () => {
    expect(await encodeShareCode(sample, conditions, ALL)).toBe(
      await encodeShareCode(sample, conditions, ALL),
    );
  });

  it('compresses long notes', async () => {
    const note = 'Coaches meet every second Tuesday with the district lead; '.repeat(20);
    const a = { ...sample, notes: { 'peer-meetings': note } };
    const code = await encodeShareCode(a, conditions, { notes: true, profile: false });
    expect(code.length).toBeLessThan(note.length / 4);
    expect(await decodeShareCode(code, realRubrics, NOW)).toMatchObject({
      ok: true,
      assessment: { notes: { 'peer-meetings': note } },
    });
  });

  it('leaves out answers to items the rubric does not have', async () => {
    const a = { ...sample, ratings: { ...sample.ratings, 'not-an-item': 2 as const } };
    const result = await decodeShareCode(await encodeShareCode(a, conditions, NONE), realRubrics, NOW);
    expect(result.ok && result.assessment.ratings).toEqual(sample.ratings);
  });

  it('rejects notes too long for any link', async () => {
    const random = (n: number) =>
      Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
    const notes = Object.fromEntries(
      conditions.data.dimensions.flatMap((d) => d.items).map((item, i) => [item.id, random(20_000 + i)]),
    );
    await expect(encodeShareCode({ ...sample, notes }, conditions, ALL)).rejects.toBeInstanceOf(
      ShareCodeTooLongError,
    );
    expect(await encodeShareCode({ ...sample, notes }, conditions, NONE)).toMatch(/^[\w-]{20,40}$/);
  });

  it('rejects a rubric without a share-code number', async () => {
    const stranger = { id: 'stranger', data: conditions.data };
    await expect(encodeShareCode({ ...sample, rubric: 'stranger' }, stranger, NONE)).rejects.toThrow(
      'no share-code number',
    );
  });

  it('rejects an assessment of another rubric', async () => {
    await expect(encodeShareCode(sample, deployment, NONE)).rejects.toThrow('not "coach-deployment"');
  });
});

describe('decodeShareCode', () => {
  it('gives back the answers, targets, notes, district and role when all are shared', async () => {
    const result = await decodeShareCode(await encodeShareCode(sample, conditions, ALL), realRubrics, NOW);
    expect(result).toStrictEqual({
      ok: true,
      rubricId: 'coaching-conditions',
      assessment: { ...sample, updatedAt: '2026-11-23T14:02:00.000Z' },
    });
  });

  it('gives back no notes, district or role when they are not shared', async () => {
    const result = await decodeShareCode(await encodeShareCode(sample, conditions, NONE), realRubrics, NOW);
    expect(result).toStrictEqual({
      ok: true,
      rubricId: 'coaching-conditions',
      assessment: {
        rubric: 'coaching-conditions',
        ratings: sample.ratings,
        counts: {},
        notes: {},
        targets: sample.targets,
        updatedAt: '2026-11-23T14:02:00.000Z',
      },
    });
  });

  it('keeps a count, including zero', async () => {
    for (const value of [0, 2, 60, 100_000]) {
      const a = { ...fullAssessment(deployment), counts: { 'schools-per-coach': value } };
      const result = await decodeShareCode(await encodeShareCode(a, deployment, NONE), realRubrics, NOW);
      expect(result.ok && result.assessment.counts).toEqual({ 'schools-per-coach': value });
    }
  });

  it('uses the time of decoding when the assessment has no usable date', async () => {
    for (const updatedAt of ['', 'yesterday', '2019-12-31T23:59:59.999Z']) {
      const code = await encodeShareCode({ ...sample, updatedAt }, conditions, NONE);
      const result = await decodeShareCode(code, realRubrics, NOW);
      expect(result.ok && result.assessment.updatedAt).toBe(NOW.toISOString());
    }
  });

  it('reports an empty code as empty', async () => {
    for (const code of ['', '   ', '\n']) {
      expect(described(await decodeShareCode(code, realRubrics))).toEqual({
        ok: false,
        error: { code: 'empty', message: 'This link does not contain any results.' },
      });
    }
  });

  it('reports characters outside base64url', async () => {
    const code = await encodeShareCode(sample, conditions, NONE);
    for (const bad of [`${code.slice(0, 5)}+${code.slice(6)}`, `${code}=`, 'ab/cd', 'abc déf']) {
      expect(described(await decodeShareCode(bad, realRubrics))).toEqual({
        ok: false,
        error: { code: 'characters', message: en.linkErrors.characters },
      });
    }
    expect(en.linkErrors.characters).toBe(
      'This link contains characters that do not belong in it: it may have been mistyped or changed when it was copied.',
    );
  });

  it('reports a cut-off code as incomplete', async () => {
    const code = await encodeShareCode(sample, conditions, ALL);
    for (const keep of [1, 4, 5, 8, code.length - 4, code.length - 3, code.length - 1]) {
      expect(described(await decodeShareCode(code.slice(0, keep), realRubrics))).toEqual({
        ok: false,
        error: {
          code: 'truncated',
          message: 'This link is incomplete: it may have been cut off when it was copied.',
        },
      });
    }
  });

  it('reports a changed character as a failed checksum', async () => {
    const code = await encodeShareCode(sample, conditions, NONE);
    const middle = Math.floor(code.length / 2);
    const altered = code.slice(0, middle) + (code[middle] === 'x' ? 'y' : 'x') + code.slice(middle + 1);
    expect(described(await decodeShareCode(altered, realRubrics))).toEqual({
      ok: false,
      error: {
        code: 'checksum',
        message: 'This link has been changed since it was made, so its results cannot be trusted.',
      },
    });
  });

  it('reports a change in the unused bits of the last character as a failed checksum', async () => {
    const codes = await Promise.all(
      [NONE, ALL, { notes: true, profile: false }].map((options) =>
        encodeShareCode(sample, conditions, options),
      ),
    );
    const code = codes.find((c) => c.length % 4 !== 0)!;
    expect(code).toBeDefined();
    const last = code.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1]!;
    expectError(await decodeShareCode(code.slice(0, -1) + sibling, realRubrics), 'checksum');
  });

  it('reports extra characters after a code as a failed checksum', async () => {
    const code = await encodeShareCode(sample, conditions, NONE);
    expectError(await decodeShareCode(`${code}AAAA`, realRubrics), 'checksum');
  });

  it('reports a code from a newer format as a version problem', async () => {
    const code = seal(3, bodyOf(await encodeShareCode(sample, conditions, NONE)));
    expect(described(await decodeShareCode(code, realRubrics))).toEqual({
      ok: false,
      error: {
        code: 'version',
        message: 'This link was made by a newer version of this site and cannot be opened here.',
      },
    });
  });

  it('reports a format that never existed as a version problem', async () => {
    const code = seal(0, bodyOf(await encodeShareCode(sample, conditions, NONE)));
    expect(described(await decodeShareCode(code, realRubrics))).toEqual({
      ok: false,
      error: {
        code: 'format',
        message: 'This link was made in a format this site does not know and cannot be opened.',
      },
    });
  });

  it('reports a rubric number the registry does not have', async () => {
    const body = bodyOf(await encodeShareCode(sample, conditions, NONE));
    body[0] = RUBRIC_REGISTRY.length;
    expect(described(await decodeShareCode(seal(1, body), realRubrics))).toEqual({
      ok: false,
      error: { code: 'rubric', message: 'This link is for a rubric this site does not have.' },
    });
  });

  it('reports a rubric missing from the ones given', async () => {
    const code = await encodeShareCode(sample, conditions, NONE);
    expectError(await decodeShareCode(code, [deployment]), 'rubric');
  });

  // A code made with a released edition opens in every later one (lib/versions, tests/unit/versions.test.ts);
  // one made against an edition this site never released is refused.
  it('refuses a code made against an edition of the rubric that was never released', async () => {
    const [first, ...others] = conditions.data.dimensions;
    const edited: Rubric = {
      ...conditions.data,
      dimensions: [{ ...first!, items: first!.items.slice(1) }, ...others],
    };
    const code = await encodeShareCode(
      { ...sample, ratings: {}, notes: {} },
      { id: 'coaching-conditions', data: edited },
      NONE,
    );
    expect(described(await decodeShareCode(code, [conditions]))).toEqual({
      ok: false,
      error: {
        code: 'shape',
        message:
          'This link was made for a different edition of this rubric, whose questions have changed, so it cannot be opened.',
      },
    });
  });

  describe('reports a well-sealed but malformed body as corrupt', () => {
    const corrupt = { ok: false, error: { code: 'corrupt' } };
    it('is told as damage', () =>
      expect(en.linkErrors.corrupt).toBe('This link is damaged and its results cannot be read.'));

    it('when a flag this format does not use is set', async () => {
      const body = bodyOf(await encodeShareCode(sample, conditions, NONE));
      body[3]! |= 0x80;
      expect(await decodeShareCode(seal(1, body), realRubrics)).toEqual(corrupt);
    });

    it('when the packed answers are out of range', async () => {
      const body = bodyOf(await encodeShareCode(sample, conditions, NONE));
      body.fill(0xff, 4, 11);
      expect(await decodeShareCode(seal(1, body), realRubrics)).toEqual(corrupt);
    });

    it('when bytes are left over', async () => {
      const body = bodyOf(await encodeShareCode(sample, conditions, NONE));
      expect(await decodeShareCode(seal(1, [...body, 0]), realRubrics)).toEqual(corrupt);
    });

    it('when the body stops early', async () => {
      const body = bodyOf(await encodeShareCode(sample, conditions, NONE));
      expect(await decodeShareCode(seal(1, body.slice(0, 6)), realRubrics)).toEqual(corrupt);
    });

    it('when the text part is not JSON, not deflate data or not the expected shape', async () => {
      const body = bodyOf(await encodeShareCode(sample, conditions, NONE));
      body[3]! |= 2; // text follows, plain
      const utf8 = (text: string) => [...new TextEncoder().encode(text)];
      for (const text of ['{"n":', '[]', '{"x":1}', '{"n":{"not-an-item":"hi"}}', '{"d":5}'])
        expect(await decodeShareCode(seal(1, [...body, ...utf8(text)]), realRubrics)).toEqual(corrupt);
      expect(await decodeShareCode(seal(1, body), realRubrics)).toEqual(corrupt);
      expect(await decodeShareCode(seal(1, [...body, 0xff, 0xfe]), realRubrics)).toEqual(corrupt);
      body[3]! |= 4; // …compressed
      expect(await decodeShareCode(seal(1, [...body, 0xff, 0xff, 0xff]), realRubrics)).toEqual(corrupt);
    });

    it('when a district is longer than the schema allows', async () => {
      const body = bodyOf(await encodeShareCode(sample, conditions, NONE));
      body[3]! |= 2;
      const text = JSON.stringify({ d: 'x'.repeat(201) });
      expect(
        await decodeShareCode(seal(1, [...body, ...new TextEncoder().encode(text)]), realRubrics),
      ).toEqual(corrupt);
    });
  });

  it('refuses a code far longer than any link', async () => {
    expectError(await decodeShareCode('A'.repeat(300_000), realRubrics), 'too-long');
  });
});

describe('rubricFingerprint', () => {
  it('stays the same when only wording changes', () => {
    const reworded: Rubric = { ...conditions.data, title: 'Another title' };
    expect(rubricFingerprint(reworded)).toBe(rubricFingerprint(conditions.data));
  });

  it('changes when items are reordered', () => {
    const [first, ...others] = conditions.data.dimensions;
    const items = [...first!.items].reverse();
    expect(rubricFingerprint({ dimensions: [{ ...first!, items }, ...others] })).not.toBe(
      rubricFingerprint(conditions.data),
    );
  });

  it('differs between the three rubrics', () => {
    expect(new Set(realRubrics.map((entry) => rubricFingerprint(entry.data))).size).toBe(3);
  });
});

describe('share fragments', () => {
  it('puts the code after #r=', () => {
    expect(shareFragment('abc')).toBe('#r=abc');
  });

  it('reads the code back, forgiving what chat apps do to links', () => {
    expect(readShareFragment('#r=abc-_9')).toBe('abc-_9');
    expect(readShareFragment('r=abc')).toBe('abc');
    expect(readShareFragment('#r=ab%20c%0A')).toBe('abc');
    expect(readShareFragment('%23r%3Dabc')).toBe('abc');
    expect(readShareFragment('#r=abc.')).toBe('abc');
    expect(readShareFragment('#r=abc).')).toBe('abc');
    expect(readShareFragment(' #r=ab\n cd ')).toBe('abcd');
    expect(readShareFragment('#x=1&r=abc')).toBe('abc');
    expect(readShareFragment('#r=%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('gives an empty code for an empty r=', () => {
    expect(readShareFragment('#r=')).toBe('');
  });

  it('gives null when the fragment carries no code', () => {
    expect(readShareFragment('')).toBeNull();
    expect(readShareFragment('#')).toBeNull();
    expect(readShareFragment('#main')).toBeNull();
  });
});

describe('share-code properties', () => {
  it(
    'decodes every encoded assessment to what the options keep of it',
    async () => {
      await fc.assert(
        fc.asyncProperty(rubricAndAssessmentArb, shareOptionsArb, async ({ entry, assessment }, options) => {
          const code = await encodeShareCode(assessment, entry, options);
          expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
          const result = await decodeShareCode(code, realRubrics, NOW);
          expect(result).toStrictEqual({
            ok: true,
            rubricId: entry.id,
            assessment: sharedView(assessment, options, NOW),
          });
        }),
        runs(300),
      );
    },
    propertyTimeout,
  );

  it(
    'reads a code through its link fragment',
    async () => {
      await fc.assert(
        fc.asyncProperty(rubricAndAssessmentArb, async ({ entry, assessment }) => {
          const code = await encodeShareCode(assessment, entry, NONE);
          expect(readShareFragment(shareFragment(code))).toBe(code);
          expect(readShareFragment(`${encodeURIComponent(shareFragment(code))}.`)).toBe(code);
        }),
        runs(100),
      );
    },
    propertyTimeout,
  );

  it(
    'never throws and refuses random strings',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileStringArb, async (text) => {
          const result = await decodeShareCode(text, realRubrics);
          expect(result.ok).toBe(false);
        }),
        runs(300),
      );
    },
    propertyTimeout,
  );

  it(
    'never throws and refuses random base64url',
    async () => {
      await fc.assert(
        fc.asyncProperty(base64urlArb, async (text) => {
          expect((await decodeShareCode(text, realRubrics)).ok).toBe(false);
        }),
        runs(300),
      );
    },
    propertyTimeout,
  );

  it(
    'refuses every code with one character changed, removed or added, or cut short',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          rubricAndAssessmentArb,
          shareOptionsArb,
          mutationArb,
          async ({ entry, assessment }, options, mutation) => {
            const code = await encodeShareCode(assessment, entry, options);
            const result = await decodeShareCode(applyMutation(code, mutation), realRubrics);
            expect(result.ok).toBe(false);
          },
        ),
        runs(300),
      );
    },
    propertyTimeout,
  );

  it(
    'refuses well-sealed random bodies without throwing',
    async () => {
      const rubricEntries: RubricEntry[] = realRubrics;
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 60 }), async (body) => {
          const result = await decodeShareCode(seal(1, [...body]), rubricEntries);
          if (result.ok) expect(result.assessment.rubric).toBe(result.rubricId);
        }),
        runs(300),
      );
    },
    propertyTimeout,
  );
});
