/**
 * Results that arrive from elsewhere (a share link or an imported file) and the actions on them. They are
 * shown read-only until the person chooses to keep them; keeping them never overwrites saved answers
 * without asking, and a broken link or file changes nothing that was saved.
 */
import { atom } from 'nanostores';
import type { Assessment } from '../lib/assessment';
import type { ImportError } from '../lib/files';
import { MAX_IMPORT_BYTES } from '../lib/limits';
import { onDemand } from '../lib/on-demand';
import type { RubricEntry, ShareCodeError } from '../lib/share-code/format';
import { readShareFragment } from '../lib/share-code/fragment';
import type { shareLink as buildShareLink } from '../lib/share-code/link';
import type { UpgradeReport } from '../lib/versions/types';
import { hasSavedAnswers, replaceAssessment } from './assessments';
import { takeSnapshot } from './snapshots';
import type { WriteResult } from './storage';

export interface Incoming {
  rubric: string;
  assessment: Assessment;
  source: 'link' | 'file';
  /** The file's name, for files. */
  name?: string;
  /** What changed when the link or file was made with an earlier layout of the rubric (lib/versions). */
  upgrade?: UpgradeReport;
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

/**
 * Says why a link or file could not be opened. Whatever an earlier link or file showed goes too: results
 * left on screen under a broken link's error would pass for its results, and saving would keep them.
 */
function refuseIncoming(error: IncomingError): IncomingError {
  $incoming.set(null);
  $incomingError.set(error);
  return error;
}

/**
 * What opening a link or file came to: the rubric it belongs to, or why it could not be opened. `handedOff`
 * says that a file was kept for its rubric's results page to open.
 */
export type OpenOutcome =
  { ok: true; rubric: string; handedOff?: boolean } | { ok: false; error: IncomingError };

/** Opens the share code in a location hash, if there is one. Returns the rubric it belongs to. */
export async function openShareHash(hash: string, registry: RubricEntry[]): Promise<string | null> {
  const outcome = await openShareCode(readShareFragment(hash), registry);
  return outcome?.ok ? outcome.rubric : null;
}

/**
 * The code in a link (or bare code) that a person pasted, or null when there is none. Text without `#` is
 * taken as the code itself, so a whole link, "r=…" and the code alone all open.
 */
export function codeOf(text: string): string | null {
  const hash = text.includes('#') ? text.slice(text.indexOf('#')) : `#r=${text.trim().replace(/^r=/, '')}`;
  const code = readShareFragment(hash);
  return code === null || code === '' ? null : code;
}

/** Opens a link that a person pasted: null when the text holds no code at all. */
export async function openPastedLink(text: string, registry: RubricEntry[]): Promise<OpenOutcome | null> {
  return openShareCode(codeOf(text), registry);
}

async function openShareCode(code: string | null, registry: RubricEntry[]): Promise<OpenOutcome | null> {
  if (code === null) return null;
  // The decoder's own module, not the folder's index (which also holds the encoder). It loads when a link
  // is there to read: most visits to a results page bring none.
  const { decodeShareCode } = await onDemand(() => import('../lib/share-code/decode'));
  const result = await decodeShareCode(code, registry);
  if (!result.ok) return { ok: false, error: refuseIncoming({ source: 'link', error: result.error }) };
  $incomingError.set(null);
  const { rubricId: rubric, assessment, upgrade } = result;
  $incoming.set({ rubric, assessment, source: 'link', ...(upgrade && { upgrade }) });
  return { ok: true, rubric: result.rubricId };
}

/**
 * Reads an exported file; a wrong or hostile file only sets an error. A file for `rubric` is shown; one for
 * another rubric (or any file, without `rubric`) is also handed to its rubric's results page, where the
 * caller goes next (see linkToIncoming when the hand-off was refused).
 */
export async function openFile(file: File, registry: RubricEntry[], rubric?: string): Promise<OpenOutcome> {
  const { name } = file;
  if (file.size > MAX_IMPORT_BYTES)
    return { ok: false, error: refuseIncoming({ source: 'file', name, error: { code: 'too-large' } }) };
  const text = await file.text();
  // The file reader, and the instrument's history when the file was made with an earlier rubric layout.
  const { importAnyLayout } = await onDemand(() => import('../lib/versions/import'));
  const result = await importAnyLayout(text, registry);
  if (!result.ok) return { ok: false, error: refuseIncoming({ source: 'file', name, error: result.error }) };
  $incomingError.set(null);
  const upgrade = 'upgrade' in result ? { upgrade: result.upgrade } : {};
  $incoming.set({ rubric: result.rubricId, assessment: result.assessment, source: 'file', name, ...upgrade });
  if (result.rubricId === rubric) return { ok: true, rubric };
  return { ok: true, rubric: result.rubricId, handedOff: handOff({ rubric: result.rubricId, name, text }) };
}

/** A file on its way to its rubric's results page, kept for this tab only. */
interface HandedOff {
  rubric: string;
  name: string;
  text: string;
}
const HANDOFF_KEY = 'dcsa:opening';

/**
 * Keeps a file's text for the next page of this tab (sessionStorage: it never outlives the tab). False
 * when the browser refuses; the file then cannot travel, and its own rubric's page must open it.
 */
export function handOff(file: HandedOff): boolean {
  try {
    sessionStorage.setItem(HANDOFF_KEY, JSON.stringify(file));
    return true;
  } catch {
    return false;
  }
}

/** Opens the file handed to this rubric's page, if there is one, and forgets it. */
export function openHandedOff(registry: RubricEntry[], rubric: string): void {
  let file: HandedOff;
  try {
    const raw = sessionStorage.getItem(HANDOFF_KEY);
    if (raw === null) return;
    sessionStorage.removeItem(HANDOFF_KEY);
    file = JSON.parse(raw) as HandedOff;
  } catch {
    return;
  }
  if (file.rubric !== rubric || typeof file.text !== 'string') return;
  void openFile(new File([file.text], String(file.name)), registry, rubric);
}

/** True when keeping the incoming results as current answers would replace answers already saved. */
export function wouldReplace(rubric: string): boolean {
  return hasSavedAnswers(rubric);
}

/**
 * A link to the incoming results, for a browser that refuses to hand a file to the next page: every answer,
 * note and target travels in it, unless the notes make it too long.
 */
export async function linkToIncoming(registry: RubricEntry[], resultsUrl: string): Promise<string | null> {
  const incoming = $incoming.get();
  const entry = registry.find((r) => r.id === incoming?.rubric);
  if (!incoming || !entry) return null;
  const options = { notes: true, profile: true, dropNotesIfLong: true };
  return (await shareLink(incoming.assessment, entry, options, resultsUrl)).link;
}

/**
 * Keeps the incoming results: as the current answers, or as a snapshot beside them. When storage refuses
 * them they stay on screen, and the result says why.
 */
export function keepIncoming(as: 'current' | 'snapshot', snapshotLabel: string): WriteResult {
  const incoming = $incoming.get();
  if (!incoming) return { ok: true };
  const assessment = { ...incoming.assessment, rubric: incoming.rubric };
  const result =
    as === 'current'
      ? replaceAssessment(incoming.rubric, assessment)
      : takeSnapshot(incoming.rubric, assessment, snapshotLabel);
  if (result.ok) closeIncoming();
  return result;
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
  const { shareLink: build } = await onDemand(() => import('../lib/share-code/link'));
  return build(...args);
}
