/**
 * Share codes: one assessment of one rubric packed into a short, URL-safe, versioned, checksummed string,
 * carried after `#r=` in a results link so it never reaches a server.
 *
 * The code is base64url without padding (RFC 4648 §5) of these bytes, format version 1:
 *
 *   byte 0          format version (1)
 *   varint          total length of the code in bytes, checksum included (detects cut-off links)
 *   varint          rubric number: its index in RUBRIC_REGISTRY (append-only, never reordered)
 *   2 bytes         shape fingerprint of the rubric, big-endian: FNV-1a (32-bit) of its dimension and item
 *                   ids and kinds in content order, folded to 16 bits (see rubricFingerprint); a code made
 *                   against other content is refused instead of putting answers under the wrong questions
 *   1 byte          flags: bit 0 targets follow, bit 1 a text part follows, bit 2 the text part is
 *                   deflate-raw compressed (otherwise plain UTF-8); bits 3–7 are zero
 *   N bytes         answers, one mixed-radix number, big-endian, in the fewest bytes that hold the largest
 *                   value. Digits, least significant first: each rated item in content order
 *                   (0–4 its level, 5 "not sure", 6 unanswered), then, when flag bit 0 is set, each
 *                   dimension in content order (0–4 its target, 5 the default target)
 *   varint × C      counts, one per count item in content order: 0 unanswered, otherwise the value + 1
 *   varint          updatedAt: 0 unknown (the decoder then uses the time of decoding), otherwise the minutes
 *                   from 2020-01-01T00:00Z to updatedAt, rounded down, + 1. A minute keeps the local date
 *                   right in every time zone, which a day would not
 *   rest            when flag bit 1 is set, the text part: JSON {"n": {itemId: note}, "d": district,
 *                   "r": role} with only the keys shared, compressed when that makes it shorter
 *   4 bytes         CRC-32 (IEEE 802.3) of every byte before it, big-endian
 *
 * Varints are unsigned LEB128 (7 bits a byte, low group first, high bit set on all but the last byte).
 * Every future format keeps byte 0 as the version, the total-length varint right after it and the CRC-32
 * as the last four bytes, so any version can tell a cut-off or altered code from one made by a newer site.
 *
 * What a code keeps: ratings, "not sure" marks, counts and targets exactly (only for the rubric's own items
 * and dimensions: anything else in the assessment is left out); notes only with `notes: true`; district and
 * role only with `profile: true`; updatedAt to the minute. An empty `targets: {}` is kept as empty, an
 * absent one as absent.
 */
import type { Assessment, Rating } from './assessment';
import type { Level } from './levels';
import { assessmentSchema } from './schema/assessment';
import type { RubricOutline } from './schema/rubric';

/** The share-code format written today. */
export const SHARE_CODE_VERSION = 1;

/** Rubric numbers used in share codes. Append only: a rubric's number is its index, forever. */
export const RUBRIC_REGISTRY: readonly string[] = [
  'district-office-support',
  'coaching-conditions',
  'coach-deployment',
];

/** Longest code the decoder looks at; anything longer is refused unread. */
export const MAX_SHARE_CODE_LENGTH = 200_000;

/** Largest text part (JSON, in UTF-8 bytes, before compression) that the encoder writes and the decoder reads. */
export const MAX_TEXT_BYTES = 1_000_000;

const CHECKSUM_BYTES = 4;
const EPOCH = Date.UTC(2020, 0, 1);
const MINUTE = 60_000;
const FLAG_TARGETS = 1;
const FLAG_TEXT = 2;
const FLAG_DEFLATE = 4;
const KNOWN_FLAGS = FLAG_TARGETS | FLAG_TEXT | FLAG_DEFLATE;
const UNSURE_DIGIT = 5;
const UNANSWERED_DIGIT = 6;
const DEFAULT_TARGET_DIGIT = 5;

/**
 * Why a share code could not be read. The sentences for each are interface text, in the dictionaries
 * (`linkErrors` in src/i18n), so every language says them its own way.
 */
export type ShareCodeErrorCode =
  | 'empty'
  | 'characters'
  | 'truncated'
  | 'checksum'
  /** Made by a newer version of the site. */
  | 'version'
  /** A version number this site never used. */
  | 'format'
  | 'rubric'
  | 'shape'
  | 'corrupt'
  /** Far longer than any code this site makes. */
  | 'too-long';

export interface ShareCodeError {
  code: ShareCodeErrorCode;
}

export type DecodeResult =
  { ok: true; assessment: Assessment; rubricId: string } | { ok: false; error: ShareCodeError };

export interface ShareOptions {
  /** Include the notes typed against items. */
  notes: boolean;
  /** Include the district's name and the respondent's role. */
  profile: boolean;
}

export interface RubricEntry {
  id: string;
  data: RubricOutline;
}

function failure(code: ShareCodeErrorCode): DecodeResult {
  return { ok: false, error: { code } };
}

/** Thrown by encodeShareCode when the notes make a code longer than any decoder accepts: share without notes. */
export class ShareCodeTooLongError extends RangeError {
  constructor() {
    super('the notes are too long to share in a link');
    this.name = 'ShareCodeTooLongError';
  }
}

/** Raised inside the decoder for a malformed body; always caught and reported as 'corrupt'. */
class Corrupt extends Error {}

// ---------------------------------------------------------------------------------------------------------
// Bytes: CRC-32, varints, base64url

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as in zip and PNG) of some bytes. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The most bytes a varint may take: seven groups of 7 bits hold every whole number below 2^49. */
const MAX_VARINT_BYTES = 7;

function pushVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0 || value >= 2 ** (7 * MAX_VARINT_BYTES))
    throw new RangeError(`cannot write ${value} as a varint`);
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

class Reader {
  position: number;
  constructor(
    private readonly bytes: Uint8Array,
    start: number,
    private readonly end: number,
  ) {
    this.position = start;
  }

  byte(): number {
    if (this.position >= this.end) throw new Corrupt('ran out of bytes');
    return this.bytes[this.position++]!;
  }

  varint(): number {
    let value = 0;
    for (let shift = 0; shift < MAX_VARINT_BYTES; shift++) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** (7 * shift);
      if (byte < 0x80) return value;
    }
    throw new Corrupt('varint too long');
  }

  take(count: number): Uint8Array {
    if (this.position + count > this.end) throw new Corrupt('ran out of bytes');
    const slice = this.bytes.subarray(this.position, this.position + count);
    this.position += count;
    return slice;
  }

  rest(): Uint8Array {
    return this.take(this.end - this.position);
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABET_INDEX = new Map([...ALPHABET].map((char, index) => [char, index]));

function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(chunk >> (18 - 6 * c)) & 63];
  }
  return out;
}

/**
 * Base64url to bytes, or 'length' when the length cannot come from whole bytes. `clean` says whether the
 * unused low bits of the last character are zero, as an encoder writes them; when they are not, the last
 * character was changed (or the code cut short) without the bytes showing it. Assumes every character is in
 * the alphabet.
 */
function fromBase64url(text: string): { bytes: Uint8Array; clean: boolean } | 'length' {
  if (text.length % 4 === 1) return 'length';
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    buffer = ((buffer << 6) | ALPHABET_INDEX.get(char)!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  return { bytes, clean: (buffer & ((1 << bits) - 1)) === 0 };
}

// ---------------------------------------------------------------------------------------------------------
// The rubric's shape

/** FNV-1a (32-bit) over the UTF-16 code units of a string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A 16-bit fingerprint of what a code's positions mean: the dimension ids, and each item's kind and id, in
 * content order. Rewording a question keeps it; adding, removing, renaming or reordering items changes it.
 */
export function rubricFingerprint(rubric: RubricOutline): number {
  const outline = rubric.dimensions
    .map(
      (dimension) =>
        `${dimension.id}:${dimension.items.map((item) => `${item.kind === 'count' ? 'c' : 'r'}.${item.id}`).join(',')}`,
    )
    .join(';');
  const hash = fnv1a(outline);
  return ((hash >>> 16) ^ (hash & 0xffff)) >>> 0;
}

interface Layout {
  ratedIds: string[];
  countIds: string[];
  itemIds: Set<string>;
  dimensionIds: string[];
}

function layoutOf(rubric: RubricOutline): Layout {
  const ratedIds: string[] = [];
  const countIds: string[] = [];
  for (const dimension of rubric.dimensions)
    for (const item of dimension.items) (item.kind === 'count' ? countIds : ratedIds).push(item.id);
  return {
    ratedIds,
    countIds,
    itemIds: new Set([...ratedIds, ...countIds]),
    dimensionIds: rubric.dimensions.map((dimension) => dimension.id),
  };
}

function radicesOf(layout: Layout, targets: boolean): bigint[] {
  return [...layout.ratedIds.map(() => 7n), ...(targets ? layout.dimensionIds.map(() => 6n) : [])];
}

/** Bytes needed for every value below `limit` (a product of radices). */
function byteLengthBelow(limit: bigint): number {
  let bytes = 0;
  for (let max = limit - 1n; max > 0n; max >>= 8n) bytes++;
  return bytes;
}

// ---------------------------------------------------------------------------------------------------------
// Text: JSON, optionally deflate-raw

/** The text part: notes by item id (n), district (d) and role (r), each optional. */
interface TextPart {
  n?: Record<string, string>;
  d?: string;
  r?: string;
}

/** The text part when `value` has exactly that shape, else null. (Lengths are checked with the assessment.) */
function asTextPart(value: unknown): TextPart | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const part = value as Record<string, unknown>;
  if (Object.keys(part).some((key) => key !== 'n' && key !== 'd' && key !== 'r')) return null;
  if (part.d !== undefined && typeof part.d !== 'string') return null;
  if (part.r !== undefined && typeof part.r !== 'string') return null;
  if (part.n !== undefined) {
    if (typeof part.n !== 'object' || part.n === null || Array.isArray(part.n)) return null;
    if (Object.values(part.n).some((note) => typeof note !== 'string')) return null;
  }
  return part;
}

async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array | null> {
  if (typeof CompressionStream !== 'function') return null;
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}

/** Inflates deflate-raw bytes, or null when they are not valid or grow beyond `limit` bytes. */
async function inflateRaw(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array | null> {
  if (typeof DecompressionStream !== 'function') return null;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  } catch {
    reader?.cancel().catch(() => undefined);
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Encoding

function minutesOf(updatedAt: string): number {
  const time = Date.parse(updatedAt);
  if (!Number.isFinite(time) || time < EPOCH) return 0;
  return Math.floor((time - EPOCH) / MINUTE) + 1;
}

function hasOwn<T>(record: Record<string, T> | undefined, key: string): record is Record<string, T> {
  return record !== undefined && Object.hasOwn(record, key);
}

/**
 * The share code of an assessment of `rubric`, keeping notes and the district and role only when asked.
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
    return rating === 'unsure' ? UNSURE_DIGIT : (rating as number);
  });
  if (withTargets)
    for (const id of layout.dimensionIds)
      digits.push(hasOwn(assessment.targets, id) ? assessment.targets[id]! : DEFAULT_TARGET_DIGIT);
  const radices = radicesOf(layout, withTargets);
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
  if (options.profile) {
    if (assessment.district !== undefined) text.d = assessment.district;
    if (assessment.role !== undefined) text.r = assessment.role;
  }
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
    if (!Number.isInteger(value) || value < 0 || value > 100_000)
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
  bytes.set([SHARE_CODE_VERSION, ...lengthField, ...body]);
  if (textBytes) bytes.set(textBytes, 1 + lengthField.length + body.length);
  const checksum = crc32(bytes.subarray(0, total - CHECKSUM_BYTES));
  new DataView(bytes.buffer).setUint32(total - CHECKSUM_BYTES, checksum);
  return toBase64url(bytes);
}

// ---------------------------------------------------------------------------------------------------------
// Decoding

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
  if (text.length > MAX_SHARE_CODE_LENGTH) return failure('too-long');
  for (const char of text) if (!ALPHABET_INDEX.has(char)) return failure('characters');
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
  if (version !== SHARE_CODE_VERSION) return failure('format');

  const reader = new Reader(bytes, frame.position, end);
  try {
    const rubricId = RUBRIC_REGISTRY[reader.varint()];
    const rubric = rubrics.find((entry) => entry.id === rubricId);
    if (rubricId === undefined || !rubric) return failure('rubric');
    const fingerprint = (reader.byte() << 8) | reader.byte();
    if (fingerprint !== rubricFingerprint(rubric.data)) return failure('shape');
    return await decodeBody(reader, rubric, now);
  } catch (error) {
    if (error instanceof Corrupt) return failure('corrupt');
    throw error;
  }
}

async function decodeBody(reader: Reader, rubric: RubricEntry, now: Date): Promise<DecodeResult> {
  const layout = layoutOf(rubric.data);
  const flags = reader.byte();
  if ((flags & ~KNOWN_FLAGS) !== 0) throw new Corrupt('unknown flags');
  if ((flags & FLAG_DEFLATE) !== 0 && (flags & FLAG_TEXT) === 0) throw new Corrupt('deflate without text');
  const withTargets = (flags & FLAG_TARGETS) !== 0;

  const radices = radicesOf(layout, withTargets);
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
    if (!plain || plain.length === 0) throw new Corrupt('text part unreadable');
    const json = new TextDecoder('utf-8', { fatal: true }).decode(plain);
    const parsed = asTextPart(JSON.parse(json));
    if (!parsed) throw new Corrupt('text part shape');
    const { n: notes, d: district, r: role } = parsed;
    if (notes) {
      for (const id of Object.keys(notes)) if (!layout.itemIds.has(id)) throw new Corrupt('note id');
      assessment.notes = notes;
    }
    if (district !== undefined) assessment.district = district;
    if (role !== undefined) assessment.role = role;
  } else if (reader.rest().length > 0) throw new Corrupt('bytes left over');

  // Lengths and the rest, exactly as saved data is checked.
  const checked = assessmentSchema.safeParse(assessment);
  if (!checked.success) throw new Corrupt('assessment shape');
  return { ok: true, assessment: checked.data, rubricId: rubric.id };
}

// ---------------------------------------------------------------------------------------------------------
// The link fragment

/** The fragment that carries a code in a results link: `#r=<code>`. */
export function shareFragment(code: string): string {
  return `#r=${code}`;
}

/**
 * The code in a location hash, or null when the hash carries none. Forgives what chat apps and mail do to
 * links: URL-encoding, spaces and line breaks anywhere, and punctuation stuck to the end ("…#r=abc.").
 * An `#r=` with nothing after it gives '' (decodeShareCode then says the link is empty).
 */
export function readShareFragment(hash: string): string | null {
  if (typeof hash !== 'string') return null;
  let text = hash;
  for (let round = 0; round < 3 && text.includes('%'); round++) {
    try {
      const decoded = decodeURIComponent(text);
      if (decoded === text) break;
      text = decoded;
    } catch {
      break;
    }
  }
  text = text.replace(/\s+/g, '').replace(/^#/, '');
  for (const part of text.split(/[&;]/)) {
    if (part.startsWith('r=')) return part.slice(2).replace(/[.,;:!?)\]}>"'”’»]+$/u, '');
  }
  return null;
}
