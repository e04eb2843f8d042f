/** Writing a share code. */
import type { Assessment } from '../assessment';
import { crc32, pushVarint, toBase64url } from './bytes';
import { deflateRaw } from './compression';
import {
  CHECKSUM_BYTES,
  DEFAULT_TARGET_DIGIT,
  EPOCH,
  FLAG_DEFLATE,
  FLAG_TARGETS,
  FLAG_TEXT,
  MAX_SHARE_CODE_LENGTH,
  MAX_TEXT_BYTES,
  MINUTE,
  RUBRIC_REGISTRY,
  SHARE_CODE_VERSION,
  ShareCodeTooLongError,
  FIRST_FORMAT,
  NA_DIGIT,
  UNANSWERED_DIGIT,
  UNSURE_DIGIT,
  type RubricEntry,
  type ShareOptions,
  type TextPart,
} from './format';
import { byteLengthBelow, layoutOf, radicesOf, rubricFingerprint } from './layout';
import { MAX_COUNT } from '../limits';

function minutesOf(updatedAt: string): number {
  const time = Date.parse(updatedAt);
  if (!Number.isFinite(time) || time < EPOCH) return 0;
  return Math.floor((time - EPOCH) / MINUTE) + 1;
}

function hasOwn<T>(record: Record<string, T> | undefined, key: string): record is Record<string, T> {
  return record !== undefined && Object.hasOwn(record, key);
}

/**
 * The share code of an assessment of `rubric`, keeping notes, the district, role and school only when asked.
 * Rejects, as a programming error, a rubric missing from RUBRIC_REGISTRY, an assessment of another rubric,
 * and a count that is not a whole number from 0 to 100 000; rejects with ShareCodeTooLongError when the
 * text part would pass MAX_TEXT_BYTES or the code MAX_SHARE_CODE_LENGTH (offer to share without notes).
 */
export async function encodeShareCode(
  assessment: Assessment,
  rubric: RubricEntry,
  options: ShareOptions,
): Promise<string> {
  const rubricNumber = RUBRIC_REGISTRY.indexOf(rubric.id);
  if (rubricNumber < 0) throw new Error(`rubric "${rubric.id}" has no share-code number`);
  if (assessment.rubric !== rubric.id)
    throw new Error(`the assessment is of "${assessment.rubric}", not "${rubric.id}"`);
  const layout = layoutOf(rubric.data);
  const withTargets = assessment.targets !== undefined;

  const digits: number[] = layout.ratedIds.map((id) => {
    if (!hasOwn(assessment.ratings, id)) return UNANSWERED_DIGIT;
    const rating = assessment.ratings[id];
    return rating === 'unsure' ? UNSURE_DIGIT : rating === 'na' ? NA_DIGIT : (rating as number);
  });
  // The first format whenever it can carry the answers, so sites that know only it still open the link.
  const format = digits.includes(NA_DIGIT) ? SHARE_CODE_VERSION : FIRST_FORMAT;
  if (withTargets)
    for (const id of layout.dimensionIds)
      digits.push(hasOwn(assessment.targets, id) ? assessment.targets[id]! : DEFAULT_TARGET_DIGIT);
  const radices = radicesOf(layout, withTargets, format);
  let packed = 0n;
  for (let i = digits.length - 1; i >= 0; i--) {
    const digit = digits[i]!;
    if (!Number.isInteger(digit) || digit < 0 || BigInt(digit) >= radices[i]!)
      throw new RangeError('an answer or target is not a level');
    packed = packed * radices[i]! + BigInt(digit);
  }
  const packedLength = byteLengthBelow(radices.reduce((product, radix) => product * radix, 1n));

  const text: TextPart = {};
  if (options.notes) {
    const notes = Object.fromEntries(
      Object.entries(assessment.notes).filter(([id]) => layout.itemIds.has(id)),
    );
    if (Object.keys(notes).length > 0) text.n = notes;
  }
  if (options.profile && assessment.district !== undefined) text.d = assessment.district;
  if ((options.profile || options.respondent) && assessment.role !== undefined) text.r = assessment.role;
  if (options.respondent && assessment.school !== undefined) text.s = assessment.school;
  let textBytes: Uint8Array | null = null;
  let flags = withTargets ? FLAG_TARGETS : 0;
  if (Object.keys(text).length > 0) {
    const plain = new TextEncoder().encode(JSON.stringify(text));
    if (plain.length > MAX_TEXT_BYTES) throw new ShareCodeTooLongError();
    const compressed = await deflateRaw(plain);
    flags |= FLAG_TEXT;
    if (compressed && compressed.length < plain.length) {
      flags |= FLAG_DEFLATE;
      textBytes = compressed;
    } else textBytes = plain;
  }

  const body: number[] = [];
  pushVarint(body, rubricNumber);
  const fingerprint = rubricFingerprint(rubric.data);
  body.push(fingerprint >> 8, fingerprint & 0xff, flags);
  for (let i = packedLength - 1; i >= 0; i--) body.push(Number((packed >> BigInt(8 * i)) & 0xffn));
  for (const id of layout.countIds) {
    if (!hasOwn(assessment.counts, id)) {
      body.push(0);
      continue;
    }
    const value = assessment.counts[id]!;
    if (!Number.isInteger(value) || value < 0 || value > MAX_COUNT)
      throw new RangeError(`count "${id}" is not a whole number from 0 to 100 000`);
    pushVarint(body, value + 1);
  }
  pushVarint(body, minutesOf(assessment.updatedAt));
  const textLength = textBytes?.length ?? 0;

  // The length field counts itself, so find the size at which it is consistent.
  let total = 1 + 1 + body.length + textLength + CHECKSUM_BYTES;
  const lengthField: number[] = [];
  for (;;) {
    lengthField.length = 0;
    pushVarint(lengthField, total);
    const needed = 1 + lengthField.length + body.length + textLength + CHECKSUM_BYTES;
    if (needed === total) break;
    total = needed;
  }
  if (Math.ceil((total * 8) / 6) > MAX_SHARE_CODE_LENGTH) throw new ShareCodeTooLongError();
  const bytes = new Uint8Array(total);
  bytes.set([format, ...lengthField, ...body]);
  if (textBytes) bytes.set(textBytes, 1 + lengthField.length + body.length);
  const checksum = crc32(bytes.subarray(0, total - CHECKSUM_BYTES));
  new DataView(bytes.buffer).setUint32(total - CHECKSUM_BYTES, checksum);
  return toBase64url(bytes);
}
