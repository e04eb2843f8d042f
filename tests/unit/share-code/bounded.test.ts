/**
 * A share code's decoder bounds its work: a code longer than any the encoder writes is refused unread, and a
 * text part that inflates beyond MAX_TEXT_BYTES is refused as soon as the inflating passes the limit.
 */
import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bombCode, deflateBomb } from '../../../scripts/lib/bomb-code.mjs';
import type { Assessment } from '../../../src/lib/assessment';
import { MAX_LABEL, MAX_NOTE } from '../../../src/lib/limits';
import {
  decodeShareCode,
  encodeShareCode,
  MAX_SHARE_CODE_LENGTH,
  MAX_TEXT_BYTES,
  ShareCodeTooLongError,
  shareLink,
} from '../../../src/lib/share-code';
import { INFLATE_SLICE, inflateRaw } from '../../../src/lib/share-code/compression';
import { fullAssessment, itemIds, propertyTimeout, realRubrics, runs } from '../../share-fixtures';

const NONE = { notes: false, profile: false };
const ALL = { notes: true, profile: true };
const conditions = realRubrics.find((r) => r.id === 'coaching-conditions')!;

/** Sizes of the chunks of compressed bytes handed to every DecompressionStream made while spying. */
function spyOnDecompression(): { fed: number[]; made: () => number } {
  const Real = globalThis.DecompressionStream;
  const fed: number[] = [];
  let made = 0;
  class Counting {
    readonly readable: ReadableStream<Uint8Array>;
    readonly writable: WritableStream<BufferSource>;
    constructor(format: CompressionFormat) {
      made++;
      const real = new Real(format);
      const counter = new TransformStream<BufferSource, BufferSource>({
        transform(chunk, controller) {
          fed.push(chunk.byteLength);
          controller.enqueue(chunk);
        },
      });
      counter.readable.pipeTo(real.writable).catch(() => undefined);
      this.readable = real.readable;
      this.writable = counter.writable;
    }
  }
  vi.stubGlobal('DecompressionStream', Counting);
  return { fed, made: () => made };
}

afterEach(() => vi.unstubAllGlobals());

/** Random text that does not compress: every character drawn independently from 64. */
const incompressible = (length: number) => randomBytes(length).toString('base64url').slice(0, length);

describe('inflateRaw', () => {
  it('gives back what was deflated, and says too large past the limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 5000 }), fc.nat(6000), async (data, limit) => {
        const deflated = new Uint8Array(deflateRawSync(data));
        const out = await inflateRaw(deflated, limit);
        if (data.length > limit) expect(out).toBe('too-large');
        else expect(out).toEqual(data);
      }),
      runs(100),
    );
  });

  it('never throws on bytes that are not deflate data, and never gives more than the limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.nat(4000), async (data, limit) => {
        const out = await inflateRaw(new Uint8Array(data), limit);
        expect(out === null || out === 'too-large' || out.length <= limit).toBe(true);
      }),
      runs(200),
    );
  });

  it('feeds the compressed bytes in small slices, and none after the limit is passed', async () => {
    const { fed } = spyOnDecompression();
    const bomb = new Uint8Array(deflateBomb(145_000_000));
    expect(await inflateRaw(bomb, MAX_TEXT_BYTES)).toBe('too-large');
    // A browser inflates the whole of each chunk it is given: a big chunk is a big burst of memory.
    expect(Math.max(...fed)).toBeLessThanOrEqual(INFLATE_SLICE);
    const slices = fed.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fed.length).toBe(slices);
  });
});

describe('decodeShareCode bounds its work', () => {
  const plain = () => encodeShareCode(fullAssessment(conditions), conditions, NONE);

  it('refuses a link that inflates to 145 MB as too long', async () => {
    const bomb = bombCode(await plain(), 145_000_000);
    expect(bomb.length).toBeLessThanOrEqual(MAX_SHARE_CODE_LENGTH);
    expect(await decodeShareCode(bomb, realRubrics)).toEqual({ ok: false, error: { code: 'too-long' } });
  });

  it('refuses a code longer than any the encoder writes without inflating anything', async () => {
    const spy = spyOnDecompression();
    const bomb = bombCode(await plain(), 200_000_000);
    expect(bomb.length).toBeGreaterThan(MAX_SHARE_CODE_LENGTH);
    expect(await decodeShareCode(bomb, realRubrics)).toEqual({ ok: false, error: { code: 'too-long' } });
    expect(spy.made()).toBe(0);
  });

  it(
    'reads the longest response a link carries: every item answered, notes of random text',
    async () => {
      for (const entry of realRubrics) {
        const ids = itemIds(entry.data);
        const make = (length: number): Assessment => ({
          ...fullAssessment(entry),
          notes: Object.fromEntries(ids.map((id) => [id, incompressible(length)])),
          district: incompressible(MAX_LABEL),
          role: incompressible(MAX_LABEL),
        });
        // The longest notes (the same length on every item) whose code the encoder still writes.
        let low = 0;
        let high = MAX_NOTE;
        let longest = { code: await encodeShareCode(make(0), entry, ALL), assessment: make(0) };
        while (low < high) {
          const length = Math.ceil((low + high) / 2);
          const assessment = make(length);
          try {
            longest = { code: await encodeShareCode(assessment, entry, ALL), assessment };
            low = length;
          } catch (error) {
            expect(error).toBeInstanceOf(ShareCodeTooLongError);
            high = length - 1;
          }
        }
        expect(longest.code.length).toBeGreaterThan(MAX_SHARE_CODE_LENGTH * 0.99);
        const decoded = await decodeShareCode(longest.code, realRubrics);
        expect(decoded.ok && decoded.assessment).toEqual(longest.assessment);
      }
    },
    propertyTimeout * 3,
  );

  it('shares every note at its longest, in random text, only without the notes', async () => {
    const ids = itemIds(conditions.data);
    const assessment = {
      ...fullAssessment(conditions),
      notes: Object.fromEntries(ids.map((id) => [id, incompressible(MAX_NOTE)])),
    };
    const made = await shareLink(assessment, conditions, { ...ALL, dropNotesIfLong: true }, '');
    expect(made.notesLeftOut).toBe(true);
    const decoded = await decodeShareCode(made.link.slice('#r='.length), realRubrics);
    expect(decoded.ok && decoded.assessment.ratings).toEqual(assessment.ratings);
  });
});
