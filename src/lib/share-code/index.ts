/**
 * Share codes: one assessment of one rubric packed into a short, URL-safe, versioned, checksummed string,
 * carried after `#r=` in a results link so it never reaches a server.
 *
 * The code is base64url without padding (RFC 4648 §5) of these bytes, format version 1 or 2:
 *
 *   byte 0          format version (1, or 2 when an answer is "does not apply")
 *   varint          total length of the code in bytes, checksum included (detects cut-off links)
 *   varint          rubric number: its index in RUBRIC_REGISTRY (append-only, never reordered)
 *   2 bytes         shape fingerprint of the rubric, big-endian: FNV-1a (32-bit) of its dimension and item
 *                   ids and kinds in content order, folded to 16 bits (see rubricFingerprint); a code made
 *                   against other content is refused instead of putting answers under the wrong questions
 *   1 byte          flags: bit 0 targets follow, bit 1 a text part follows, bit 2 the text part is
 *                   deflate-raw compressed (otherwise plain UTF-8); bits 3–7 are zero
 *   N bytes         answers, one mixed-radix number, big-endian, in the fewest bytes that hold the largest
 *                   value. Digits, least significant first: each rated item in content order
 *                   (0–4 its level, 5 "not sure", 6 unanswered, and in format 2 only, 7 "does not
 *                   apply": format 1 has radix 7 per rated item, format 2 radix 8), then, when flag bit 0 is set, each
 *                   dimension in content order (0–4 its target, 5 the default target)
 *   varint × C      counts, one per count item in content order: 0 unanswered, otherwise the value + 1
 *   varint          updatedAt: 0 unknown (the decoder then uses the time of decoding), otherwise the minutes
 *                   from 2020-01-01T00:00Z to updatedAt, rounded down, + 1. A minute keeps the local date
 *                   right in every time zone, which a day would not
 *   rest            when flag bit 1 is set, the text part: JSON {"n": {itemId: note}, "d": district,
 *                   "r": role, "s": school} with only the keys shared, compressed when that makes it
 *                   shorter. "s" came later, as an optional key in the same formats: a code without it
 *                   reads exactly as before (a site older than it refuses a code carrying it as damaged)
 *   4 bytes         CRC-32 (IEEE 802.3) of every byte before it, big-endian
 *
 * Varints are unsigned LEB128 (7 bits a byte, low group first, high bit set on all but the last byte).
 * Every future format keeps byte 0 as the version, the total-length varint right after it and the CRC-32
 * as the last four bytes, so any version can tell a cut-off or altered code from one made by a newer site.
 *
 * What a code keeps: ratings, "not sure" marks, counts and targets exactly (only for the rubric's own items
 * and dimensions: anything else in the assessment is left out); notes only with `notes: true`; district and
 * role with `profile: true`; role and school with `respondent: true`; each label at most
 * MAX_LABEL characters (the saved-data schema checks them on reading); updatedAt to the minute. An empty
 * `targets: {}` is kept as empty, an absent one as absent.
 */
export {
  MAX_SHARE_CODE_LENGTH,
  MAX_TEXT_BYTES,
  RUBRIC_REGISTRY,
  SHARE_CODE_VERSION,
  ShareCodeTooLongError,
  type DecodeResult,
  type RubricEntry,
  type ShareCodeError,
  type ShareCodeErrorCode,
  type ShareOptions,
} from './format';
export { crc32 } from './bytes';
export { rubricFingerprint } from './layout';
export { encodeShareCode } from './encode';
export { decodeShareCode } from './decode';
export { readShareFragment, shareFragment } from './fragment';
export { shareLink, type LinkOptions, type ShareLink } from './link';
