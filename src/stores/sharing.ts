/**
 * Results that arrive from elsewhere (a share link or an imported file) and the actions on them. They are
 * shown read-only until the person chooses to keep them; keeping them never overwrites saved answers
 * without asking, and a broken link or file changes nothing that was saved.
 */
import { atom } from 'nanostores';
import type { Assessment } from '../lib/assessment';
import { importAssessmentJson, MAX_IMPORT_BYTES, type ImportError } from '../lib/files';
// The decoder's own modules, not the folder's index: the index also holds the encoder, loaded on demand.
import { decodeShareCode } from '../lib/share-code/decode';
import type { RubricEntry, ShareCodeError } from '../lib/share-code/format';
import { readShareFragment } from '../lib/share-code/fragment';
import type { shareLink as buildShareLink } from '../lib/share-code/link';
import { hasSavedAnswers, replaceAssessment } from './assessments';
import { takeSnapshot } from './snapshots';

export interface Incoming {
  rubric: string;
  assessment: Assessment;
  source: 'link' | 'file';
  /** The file's name, for files. */
  name?: string;
}

/** Why a link or file could not be opened: the interface says it in the page's language. */
export type IncomingError =
  | { source: 'link'; error: ShareCodeError }
  /** A file that could not be imported, or a readable one that holds answers to another rubric. */
  | { source: 'file'; name: string; error: ImportError | { code: 'other-rubric' } };

/** Results opened from a link or file, shown read-only. */
export const $incoming = atom<Incoming | null>(null);
/** Why the last link or file could not be opened. */
export const $incomingError = atom<IncomingError | null>(null);

/** Opens the share code in a location hash, if there is one. Returns the rubric it belongs to. */
export async function openShareHash(hash: string, registry: RubricEntry[]): Promise<string | null> {
  const code = readShareFragment(hash);
  if (code === null) return null;
  const result = await decodeShareCode(code, registry);
  if (!result.ok) {
    $incomingError.set({ source: 'link', error: result.error });
    return null;
  }
  $incomingError.set(null);
  $incoming.set({ rubric: result.rubricId, assessment: result.assessment, source: 'link' });
  return result.rubricId;
}

/** Reads an exported file; a wrong or hostile file only sets an error. */
export async function openFile(file: File, registry: RubricEntry[], rubric: string): Promise<void> {
  const { name } = file;
  if (file.size > MAX_IMPORT_BYTES) {
    $incomingError.set({ source: 'file', name, error: { code: 'too-large' } });
    return;
  }
  const result = importAssessmentJson(await file.text(), registry);
  if (!result.ok) {
    $incomingError.set({ source: 'file', name, error: result.error });
  } else if (result.rubricId !== rubric) {
    $incomingError.set({ source: 'file', name, error: { code: 'other-rubric' } });
  } else {
    $incomingError.set(null);
    $incoming.set({ rubric, assessment: result.assessment, source: 'file', name: file.name });
  }
}

/** True when keeping the incoming results as current answers would replace answers already saved. */
export function wouldReplace(rubric: string): boolean {
  return hasSavedAnswers(rubric);
}

/** Keeps the incoming results: as the current answers, or as a snapshot beside them. */
export function keepIncoming(as: 'current' | 'snapshot', snapshotLabel: string): void {
  const incoming = $incoming.get();
  if (!incoming) return;
  const assessment = { ...incoming.assessment, rubric: incoming.rubric };
  if (as === 'current') replaceAssessment(incoming.rubric, assessment);
  else takeSnapshot(incoming.rubric, assessment, snapshotLabel);
  closeIncoming();
}

/** Stops showing incoming results (and the link in the address bar), changing nothing saved. */
export function closeIncoming(): void {
  $incoming.set(null);
  $incomingError.set(null);
  if (typeof location !== 'undefined' && readShareFragment(location.hash) !== null)
    history.replaceState(null, '', location.pathname + location.search);
}

/**
 * A share link to a rubric's results page, carrying an assessment (the one builder, lib/share-code/link.ts).
 * The encoder loads when a link is first asked for: opening a page needs only the decoder.
 */
export async function shareLink(
  ...args: Parameters<typeof buildShareLink>
): ReturnType<typeof buildShareLink> {
  const { shareLink: build } = await import('../lib/share-code/link');
  return build(...args);
}
