/** Share links: the one place a results link carrying an assessment is made. */
import type { Assessment } from '../assessment';
import { encodeShareCode } from './encode';
import { ShareCodeTooLongError, type RubricEntry, type ShareOptions } from './format';
import { shareFragment } from './fragment';

export interface LinkOptions extends ShareOptions {
  /**
   * When the notes make the code too long, or the link longer than `maxLength`, share without them
   * (`notesLeftOut` says so) instead of rejecting with ShareCodeTooLongError.
   */
  dropNotesIfLong?: boolean;
  /** Longest link worth making with notes (a QR code on paper stops being readable beyond some length). */
  maxLength?: number;
}

export interface ShareLink {
  link: string;
  /** True when notes were asked for but left out to keep the link short enough. */
  notesLeftOut: boolean;
}

/** A results link (`resultsUrl` + `#r=<code>`) carrying `assessment` of `entry`'s rubric. */
export async function shareLink(
  assessment: Assessment,
  entry: RubricEntry,
  options: LinkOptions,
  resultsUrl: string,
): Promise<ShareLink> {
  const { dropNotesIfLong = false, maxLength = Infinity, profile, respondent } = options;
  const make = async (notes: boolean) =>
    resultsUrl + shareFragment(await encodeShareCode(assessment, entry, { notes, profile, respondent }));
  if (!options.notes || !dropNotesIfLong) return { link: await make(options.notes), notesLeftOut: false };
  // Without notes to carry, a code made with notes is the same as one made without.
  if (Object.keys(assessment.notes).length === 0) return { link: await make(false), notesLeftOut: false };
  try {
    const link = await make(true);
    if (link.length <= maxLength) return { link, notesLeftOut: false };
  } catch (error) {
    if (!(error instanceof ShareCodeTooLongError)) throw error;
  }
  return { link: await make(false), notesLeftOut: true };
}
