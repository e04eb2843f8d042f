/**
 * Every size limit of the site, in one place: validators, encoders, input fields (`maxLength`) and the
 * stored formats use these, so a limit changes in one line. Lengths are in characters (UTF-16 code units,
 * as JavaScript and `maxLength` count them).
 */

/** A note or piece of evidence on one item. */
export const MAX_NOTE = 20_000;
/** A dissent recorded on the workshop board. */
export const MAX_DISSENT = 2_000;
/** A short label: a snapshot's name, the district, the respondent's role. */
export const MAX_LABEL = 200;
/** The largest number a count item takes (schools per coach and the like). */
export const MAX_COUNT = 100_000;
/** An id (rubric, item, dimension) read from stored or imported data. */
export const MAX_ID = 80;
/** A date as stored (ISO 8601, "2026-11-23T14:02:00.000Z", with room to spare). */
export const MAX_DATE = 40;
/** The years a stored date may fall in: anything outside is a corrupt or hand-edited value, not a real date. */
export const DATE_YEARS = { first: 2000, last: 2199 } as const;
/** Responses one workshop holds: a district's schools rolled up, or several districts' sessions merged. */
export const MAX_RESPONSES = 2000;
/**
 * The stored size of one workshop. Browsers give a site about five million characters in all; a workshop
 * stops taking responses well before, so answers, snapshots and other workshops still fit.
 */
export const MAX_WORKSHOP_CHARS = 2_000_000;
/** An imported file, in bytes. */
export const MAX_IMPORT_BYTES = 1_048_576;
/**
 * A share code, in characters: the longest the encoder writes, so no link a person could make is longer, and
 * the decoder refuses a longer one before decoding or inflating anything. A response whose notes would make
 * its code longer is shared without them, and the person is told (lib/share-code/link.ts). Answers, counts,
 * targets and date take under 40 characters, so nearly all of it is for notes: about 150,000 bytes of
 * compressed text. Notes of random text on every item at MAX_NOTE would need some 360,000 characters
 * (tests/unit/share-code/bounded.test.ts reads the longest that fits).
 */
export const MAX_SHARE_CODE_LENGTH = 200_000;
/**
 * The text part of a share code once inflated, in bytes: every note and label at its longest fits, in ASCII.
 * Compressed bytes are inflated a kilobyte at a time (lib/share-code/compression.ts), so
 * a code that would inflate further is refused after at most about 2 MB of work, whatever it would become.
 */
export const MAX_TEXT_BYTES = 1_000_000;
