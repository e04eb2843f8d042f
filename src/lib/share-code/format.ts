/** The share code's constants and the types its encoder and decoder share (the layout is in ./index.ts). */
import type { Assessment } from '../assessment';
import type { RubricOutline } from '../schema/rubric';
import type { UpgradeReport } from '../versions/types';
import { MAX_SHARE_CODE_LENGTH, MAX_TEXT_BYTES } from '../limits';

/**
 * The newest share-code format, read with every earlier one. Format 2 differs from 1 only in one more digit
 * per rated item ("does not apply"); the encoder writes 1 whenever no answer needs 2, so that sites of the
 * first format still open those links.
 */
export const SHARE_CODE_VERSION = 2;
/** The first format: rated items' digits in radix 7. */
export const FIRST_FORMAT = 1;

/** Rubric numbers used in share codes. Append only: a rubric's number is its index, forever. */
export const RUBRIC_REGISTRY: readonly string[] = [
  'district-office-support',
  'coaching-conditions',
  'coach-deployment',
];

/**
 * Longest code the decoder looks at (anything longer is refused unread), and the largest text part (JSON,
 * in UTF-8 bytes, before compression) that the encoder writes and the decoder reads: see lib/limits.ts.
 */
export { MAX_SHARE_CODE_LENGTH, MAX_TEXT_BYTES };

export const CHECKSUM_BYTES = 4;
export const EPOCH = Date.UTC(2020, 0, 1);
export const MINUTE = 60_000;
export const FLAG_TARGETS = 1;
export const FLAG_TEXT = 2;
export const FLAG_DEFLATE = 4;
export const KNOWN_FLAGS = FLAG_TARGETS | FLAG_TEXT | FLAG_DEFLATE;
export const UNSURE_DIGIT = 5;
export const UNANSWERED_DIGIT = 6;
/** Format 2 onwards: "does not apply". */
export const NA_DIGIT = 7;
export const DEFAULT_TARGET_DIGIT = 5;

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

/** `upgrade` says what changed when the code was made with an earlier layout of the rubric (lib/versions). */
export type DecodeResult =
  | { ok: true; assessment: Assessment; rubricId: string; upgrade?: UpgradeReport }
  | { ok: false; error: ShareCodeError };

export interface ShareOptions {
  /** Include the notes typed against items. */
  notes: boolean;
  /** Include the district's name and the respondent's role. */
  profile: boolean;
  /** Include the respondent's role and school: what a response sent to a workshop carries. */
  respondent?: boolean;
}

export interface RubricEntry {
  id: string;
  data: RubricOutline;
}

/** Thrown by encodeShareCode when the notes make a code longer than any decoder accepts: share without notes. */
export class ShareCodeTooLongError extends RangeError {
  constructor() {
    super('the notes are too long to share in a link');
    this.name = 'ShareCodeTooLongError';
  }
}

/**
 * The text part: notes by item id (n), district (d), role (r) and school (s), each optional. The school came
 * later as one more optional key, so every code made before reads exactly as it did.
 */
export interface TextPart {
  n?: Record<string, string>;
  d?: string;
  r?: string;
  s?: string;
}
