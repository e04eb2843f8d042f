/** Reading a share code, whatever the input. */
import type { Assessment, Rating } from '../assessment';
import type { Level } from '../levels';
import { assessmentSchema } from '../schema/assessment';
import { Corrupt, crc32, fromBase64url, ONLY_ALPHABET, Reader } from './bytes';
import { onDemand } from '../on-demand';
import { inflateRaw } from './compression';
import {
  CHECKSUM_BYTES,
  DEFAULT_TARGET_DIGIT,
  EPOCH,
  FLAG_DEFLATE,
  FLAG_TARGETS,
  FLAG_TEXT,
  KNOWN_FLAGS,
  MAX_SHARE_CODE_LENGTH,
  MAX_TEXT_BYTES,
  MINUTE,
  RUBRIC_REGISTRY,
  SHARE_CODE_VERSION,
  FIRST_FORMAT,
  NA_DIGIT,
  UNANSWERED_DIGIT,
  UNSURE_DIGIT,
  type DecodeResult,
  type RubricEntry,
  type ShareCodeErrorCode,
  type TextPart,
} from './format';
import { byteLengthBelow, layoutOf, radicesOf, rubricFingerprint } from './layout';

function failure(code: ShareCodeErrorCode): DecodeResult {
  return { ok: false, error: { code } };
}

const TEXT_KEYS = new Set(['n', 'd', 'r', 's']);

/** The text part when `value` has exactly that shape, else null. (Lengths are checked with the assessment.) */
function asTextPart(value: unknown): TextPart | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const part = value as Record<string, unknown>;
  if (Object.keys(part).some((key) => !TEXT_KEYS.has(key))) return null;
  for (const key of ['d', 'r', 's'])
    if (part[key] !== undefined && typeof part[key] !== 'string') return null;
  if (part.n !== undefined) {
    if (typeof part.n !== 'object' || part.n === null || Array.isArray(part.n)) return null;
    if (Object.values(part.n).some((note) => typeof note !== 'string')) return null;
  }
  return part;
}

/**
 * Reads a share code against the rubrics this site has. Never throws, whatever the input: every problem is
 * an { ok: false } result with a code and a sentence for people. `now` becomes updatedAt when the code
 * carries no date.
 */
export async function decodeShareCode(
  code: string,
  rubrics: readonly RubricEntry[],
  now: Date = new Date(),
): Promise<DecodeResult> {
  try {
    return await decode(code, rubrics, now);
  } catch {
    return failure('corrupt');
  }
}

async function decode(code: unknown, rubrics: readonly RubricEntry[], now: Date): Promise<DecodeResult> {
  if (typeof code !== 'string') return failure('empty');
  const text = code.trim();
  if (text === '') return failure('empty');
  // Longer than any code the encoder writes: refused before anything is decoded or inflated.
  if (text.length > MAX_SHARE_CODE_LENGTH) return failure('too-long');
  if (!ONLY_ALPHABET.test(text)) return failure('characters');
  const decoded = fromBase64url(text);
  if (decoded === 'length') return failure('truncated');
  const { bytes } = decoded;

  // The frame every version shares: version byte, total length, …, CRC-32.
  if (bytes.length < 2 + CHECKSUM_BYTES) return failure('truncated');
  const frame = new Reader(bytes, 1, bytes.length);
  let declared: number;
  try {
    declared = frame.varint();
  } catch {
    return failure('truncated');
  }
  if (declared > bytes.length) return failure('truncated');
  if (declared < bytes.length || !decoded.clean) return failure('checksum');
  const end = bytes.length - CHECKSUM_BYTES;
  if (end < frame.position) return failure('truncated');
  const stored = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(end);
  if (crc32(bytes.subarray(0, end)) !== stored) return failure('checksum');

  const version = bytes[0]!;
  if (version > SHARE_CODE_VERSION) return failure('version');
  if (version < FIRST_FORMAT) return failure('format');

  const reader = new Reader(bytes, frame.position, end);
  try {
    const rubricId = RUBRIC_REGISTRY[reader.varint()];
    const rubric = rubrics.find((entry) => entry.id === rubricId);
    if (rubricId === undefined || !rubric) return failure('rubric');
    const fingerprint = (reader.byte() << 8) | reader.byte();
    if (fingerprint !== rubricFingerprint(rubric.data))
      return await decodeEarlier(reader, rubric, fingerprint, version, now);
    return await decodeBody(reader, rubric, version, now);
  } catch (error) {
    if (error instanceof Corrupt) return failure('corrupt');
    throw error;
  }
}

/**
 * A code made with an earlier released layout of the rubric (lib/versions): read with that layout, then
 * brought up to the current ids. The history loads only here, on demand; an unknown fingerprint is 'shape'.
 */
async function decodeEarlier(
  reader: Reader,
  rubric: RubricEntry,
  fingerprint: number,
  format: number,
  now: Date,
): Promise<DecodeResult> {
  const { releasedLayout, upgradeToCurrent } = await onDemand(() => import('../versions/history'));
  const earlier = await releasedLayout(rubric.id, fingerprint);
  if (!earlier) return failure('shape');
  const result = await decodeBody(reader, { id: rubric.id, data: earlier.outline }, format, now);
  if (!result.ok) return result;
  const { assessment, report } = await upgradeToCurrent(result.assessment, rubric.data, earlier.layout);
  return { ...result, assessment, upgrade: report };
}

async function decodeBody(
  reader: Reader,
  rubric: RubricEntry,
  format: number,
  now: Date,
): Promise<DecodeResult> {
  const layout = layoutOf(rubric.data);
  const flags = reader.byte();
  if ((flags & ~KNOWN_FLAGS) !== 0) throw new Corrupt('unknown flags');
  if ((flags & FLAG_DEFLATE) !== 0 && (flags & FLAG_TEXT) === 0) throw new Corrupt('deflate without text');
  const withTargets = (flags & FLAG_TARGETS) !== 0;

  const radices = radicesOf(layout, withTargets, format);
  const limit = radices.reduce((product, radix) => product * radix, 1n);
  let packed = 0n;
  for (const byte of reader.take(byteLengthBelow(limit))) packed = (packed << 8n) | BigInt(byte);
  if (packed >= limit) throw new Corrupt('answers out of range');
  const digits = radices.map((radix) => {
    const digit = Number(packed % radix);
    packed /= radix;
    return digit;
  });

  const ratings: Record<string, Rating> = {};
  layout.ratedIds.forEach((id, index) => {
    const digit = digits[index]!;
    if (digit === UNSURE_DIGIT) ratings[id] = 'unsure';
    else if (digit === NA_DIGIT) ratings[id] = 'na';
    else if (digit !== UNANSWERED_DIGIT) ratings[id] = digit as Level;
  });
  let targets: Record<string, Level> | undefined;
  if (withTargets) {
    targets = {};
    layout.dimensionIds.forEach((id, index) => {
      const digit = digits[layout.ratedIds.length + index]!;
      if (digit !== DEFAULT_TARGET_DIGIT) targets![id] = digit as Level;
    });
  }

  const counts: Record<string, number> = {};
  for (const id of layout.countIds) {
    const value = reader.varint();
    if (value > 0) counts[id] = value - 1;
  }

  const minutes = reader.varint();
  const updated = minutes === 0 ? now : new Date(EPOCH + (minutes - 1) * MINUTE);
  if (Number.isNaN(updated.getTime())) throw new Corrupt('date out of range');

  const assessment: Assessment = {
    rubric: rubric.id,
    ratings,
    counts,
    notes: {},
    ...(targets && { targets }),
    updatedAt: updated.toISOString(),
  };

  if ((flags & FLAG_TEXT) !== 0) {
    const raw = reader.rest().slice();
    const plain = (flags & FLAG_DEFLATE) !== 0 ? await inflateRaw(raw, MAX_TEXT_BYTES) : raw;
    // More text than any note and label the site takes: refused as soon as the inflating passes the limit.
    if (plain === 'too-large') return failure('too-long');
    if (!plain || plain.length === 0) throw new Corrupt('text part unreadable');
    const json = new TextDecoder('utf-8', { fatal: true }).decode(plain);
    const parsed = asTextPart(JSON.parse(json));
    if (!parsed) throw new Corrupt('text part shape');
    const { n: notes, d: district, r: role, s: school } = parsed;
    if (notes) {
      for (const id of Object.keys(notes)) if (!layout.itemIds.has(id)) throw new Corrupt('note id');
      assessment.notes = notes;
    }
    if (district !== undefined) assessment.district = district;
    if (role !== undefined) assessment.role = role;
    if (school !== undefined) assessment.school = school;
  } else if (reader.rest().length > 0) throw new Corrupt('bytes left over');

  // Lengths and the rest, exactly as saved data is checked.
  const checked = assessmentSchema.safeParse(assessment);
  if (!checked.success) throw new Corrupt('assessment shape');
  return { ok: true, assessment: checked.data, rubricId: rubric.id };
}
