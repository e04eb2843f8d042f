/**
 * The workshop of each rubric (key "dcsa:workshop:<rubric>", shape in lib/workshop.ts; unreadable data set
 * aside under "dcsa:set-aside:workshop:<rubric>") and the facilitator's actions on it. Responses arrive as
 * pasted links or codes, dropped or picked files, or a response link opened on this device; whatever cannot
 * be added is refused with a reason, and never stops the rest of a batch. Another session's workshop file
 * merges into this one, its duplicates recognised like any other.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { Assessment, Rating } from '../lib/assessment';
import { MAX_IMPORT_BYTES, MAX_WORKSHOP_CHARS } from '../lib/limits';
import type { RubricOutline } from '../lib/schema/rubric';
import type { RubricEntry } from '../lib/share-code';
import {
  addResponses,
  consensusAssessment,
  emptyWorkshop,
  readResponseFileAnyLayout,
  readResponseText,
  readWorkshop,
  removeResponse as withoutResponse,
  setAgreedCount as withAgreedCount,
  setAgreedLevel as withAgreedLevel,
  setDissent as withDissent,
  setAnonymous,
  setResponseRole,
  setResponseSchool,
  setRevealed,
  writeWorkshop,
  type BatchResult,
  type Candidate,
  type ConsensusOptions,
  type Role,
  type Workshop,
  type WorkshopRead,
} from '../lib/workshop';
import { onDemand } from '../lib/on-demand';
import { needsUpgrade } from '../lib/assessment';
import { replaceAssessment } from './assessments';
import { commit, persistedStore, replace, setAsideStore, storedAtom, type Policy } from './persisted';
import type { WriteFailure, WriteResult } from './storage';

const keyOf = (rubric: string) => `dcsa:workshop:${rubric}`;
const asideKeyOf = (rubric: string) => `dcsa:set-aside:workshop:${rubric}`;

/** The workshop of one rubric: null when none is under way, synced across tabs. */
export function workshopStore(rubric: string): ReadableAtom<WorkshopRead | null> {
  return persistedStore<WorkshopRead>(
    keyOf(rubric),
    (raw) => readWorkshop(raw, rubric),
    (value) => writeWorkshop(value.workshop),
  );
}

/** Unreadable workshop data moved out of the way for one rubric. */
export function workshopSetAsideStore(rubric: string): ReadableAtom<string | undefined> {
  return setAsideStore(asideKeyOf(rubric));
}

/** Whether single-key shortcuts (P, R, F) work on the workshop board; people who use speech input turn them off. */
export const $shortcuts = storedAtom<'on' | 'off'>(
  'dcsa:workshop-shortcuts',
  (raw) => (raw === 'off' ? 'off' : 'on'),
  (value) => value,
);

/** Turns the single-key shortcuts of the workshop board on or off (for this tab if storage refuses). */
export function setShortcuts(on: boolean): WriteResult {
  return commit($shortcuts, on ? 'on' : 'off', 'keep');
}

/** Deletes the unreadable workshop data set aside for a rubric, once the facilitator has chosen to. */
export function discardWorkshopSetAside(rubric: string): WriteResult {
  return commit(workshopSetAsideStore(rubric), undefined, 'refuse');
}

/** The readable workshop of a rubric, or null when none is under way (or it cannot be read). */
export function currentWorkshop(rubric: string): Workshop | null {
  const value = workshopStore(rubric).get();
  return value?.ok ? value.workshop : null;
}

const readable = (value: WorkshopRead | null): Workshop | null => (value?.ok ? value.workshop : null);

/**
 * Changes the workshop as storage holds it now. Agreements typed while storage refuses them stay in this
 * tab ('keep'); anything else that storage refuses changes nothing ('refuse').
 */
function save(
  rubric: string,
  change: (workshop: Workshop | null) => Workshop | null,
  policy: Policy = 'refuse',
): WriteResult {
  return replace(
    workshopStore(rubric),
    (value) => {
      const workshop = change(readable(value));
      return workshop && { ok: true, workshop };
    },
    asideKeyOf(rubric),
    policy,
  );
}

function update(rubric: string, change: (workshop: Workshop) => Workshop, policy?: Policy): WriteResult {
  return save(rubric, (workshop) => change(workshop ?? emptyWorkshop(rubric)), policy);
}

/** Starts a workshop with no responses (setting aside a stored one that cannot be read). */
export function startWorkshop(rubric: string): WriteResult {
  return board(save(rubric, (workshop) => workshop ?? emptyWorkshop(rubric), 'keep'));
}

/** Ends the workshop: every response and agreement on this device is removed. */
export function resetWorkshop(rubric: string): WriteResult {
  return save(rubric, () => null);
}

/**
 * A batch's outcome. When storage refused it, nothing was added: `notSaved` says why and `notAdded` how
 * many responses would have been.
 */
export type AddResult = BatchResult & { notSaved?: WriteFailure; notAdded?: number };

function addCandidates(rubric: string, candidates: Candidate[], allowDuplicates = false): AddResult {
  let result: BatchResult | undefined;
  const written = save(rubric, (workshop) => {
    const start = workshop ?? emptyWorkshop(rubric);
    result = addResponses(start, candidates, { allowDuplicates, maxChars: MAX_WORKSHOP_CHARS });
    return result.added.length > 0 || !workshop ? result.workshop : workshop;
  });
  const batch = result!;
  if (written.ok) return batch;
  // Storage refused the batch: nothing was added, and the board says so rather than "Added".
  return {
    workshop: currentWorkshop(rubric) ?? emptyWorkshop(rubric),
    added: [],
    refused: batch.refused,
    notSaved: written.reason,
    notAdded: batch.added.length,
  };
}

/** Adds every response in pasted text: links or codes with any separators, or one exported file's JSON. */
export async function addResponsesFromText(
  rubric: string,
  text: string,
  registry: readonly RubricEntry[],
): Promise<AddResult> {
  return addCandidates(rubric, await readResponseText(text, registry));
}

/** Adds the responses in exported files (JSON), each named in any refusal. */
export async function addResponsesFromFiles(
  rubric: string,
  files: readonly File[],
  registry: readonly RubricEntry[],
): Promise<AddResult> {
  // The workshop-file reader loads with the first files dropped: the board's first script does not carry it.
  const { isWorkshopFile, workshopFileCandidates, MAX_WORKSHOP_FILE_BYTES } = await onDemand(
    () => import('../lib/workshop/file'),
  );
  const candidates = await Promise.all(
    files.map(async (file, i): Promise<Candidate[]> => {
      const tooLarge: Candidate[] = [
        {
          source: { kind: 'file', position: i + 1, total: files.length, name: file.name },
          outcome: { ok: false, reason: 'file', fileError: { code: 'too-large' } },
        },
      ];
      // A whole workshop's file may be larger than one response's: its size is checked once it is known.
      if (file.size > MAX_WORKSHOP_FILE_BYTES) return tooLarge;
      let text: string;
      try {
        text = await file.text();
      } catch {
        text = '';
      }
      // Another session's workshop file: its responses are merged, each with the role given there.
      if (isWorkshopFile(text)) return workshopFileCandidates(text, rubric, file.name, i + 1, files.length);
      if (file.size > MAX_IMPORT_BYTES) return tooLarge;
      return [await readResponseFileAnyLayout(file.name, text, registry, i + 1, files.length)];
    }),
  );
  return addCandidates(rubric, candidates.flat());
}

/** Adds one response already read (a response link opened on this device). */
export function addResponseAssessment(rubric: string, assessment: Assessment): AddResult {
  return addCandidates(rubric, [
    { source: { kind: 'link' }, outcome: { ok: true, assessment, rubricId: assessment.rubric } },
  ]);
}

/** Adds responses refused as duplicates, once the facilitator confirms that two people answered alike. */
export function addDuplicatesAnyway(rubric: string, assessments: Assessment[]): AddResult {
  return addCandidates(
    rubric,
    assessments.map((assessment) => ({
      source: { kind: 'link' },
      outcome: { ok: true, assessment, rubricId: rubric },
    })),
    true,
  );
}

/** Removes one response. */
export function removeResponse(rubric: string, id: string): WriteResult {
  return update(rubric, (w) => withoutResponse(w, id));
}

/** Gives a response a role (undefined takes it away). */
export function setRole(rubric: string, id: string, role: Role | undefined): WriteResult {
  return update(rubric, (w) => setResponseRole(w, id, role));
}

/** Gives a response a school, or takes it away when blank. */
export function setSchool(rubric: string, id: string, school: string): WriteResult {
  return update(rubric, (w) => setResponseSchool(w, id, school));
}

/** Turns anonymous mode on or off; it is kept with the workshop (in this tab when storage refuses it). */
export function setAnonymousMode(rubric: string, anonymous: boolean): WriteResult {
  return board(update(rubric, (w) => setAnonymous(w, anonymous), 'keep'));
}

/** Reveals the ratings on the board, or hides them again. */
export function reveal(rubric: string, revealed: boolean): WriteResult {
  return board(update(rubric, (w) => setRevealed(w, revealed), 'keep'));
}

/**
 * Why storage refused the last change to the board itself (starting, revealing, agreeing), which stays in
 * this tab, or null.
 */
export const $boardNotSaved = atom<WriteFailure | null>(null);

function board(result: WriteResult): WriteResult {
  $boardNotSaved.set(result.ok ? null : result.reason);
  return result;
}

/** Records the agreed level of a rated item (undefined clears it). */
export function agreeLevel(rubric: string, itemId: string, level: Rating | undefined): WriteResult {
  return board(update(rubric, (w) => withAgreedLevel(w, itemId, level), 'keep'));
}

/** Records the agreed number of a count item (undefined clears it). */
export function agreeCount(rubric: string, itemId: string, count: number | undefined): WriteResult {
  return board(update(rubric, (w) => withAgreedCount(w, itemId, count), 'keep'));
}

/** Records the dissent on an item (blank removes it). */
export function noteDissent(rubric: string, itemId: string, dissent: string): WriteResult {
  return board(update(rubric, (w) => withDissent(w, itemId, dissent), 'keep'));
}

/** The team's agreed answers as an assessment. */
export function consensusOf(rubric: string, outline: RubricOutline, options: ConsensusOptions): Assessment {
  return consensusAssessment(currentWorkshop(rubric) ?? emptyWorkshop(rubric), outline, options);
}

/** Makes the consensus the district's saved assessment of the rubric (the caller asks before replacing). */
export function adoptConsensus(
  rubric: string,
  outline: RubricOutline,
  options: ConsensusOptions,
): WriteResult {
  return replaceAssessment(rubric, consensusOf(rubric, outline, options));
}

/**
 * Saves the consensus as a labelled snapshot beside the saved answers and resolves to its id. The snapshot
 * store loads on first use: the board has no other need for it.
 */
export async function saveConsensusSnapshot(
  rubric: string,
  outline: RubricOutline,
  options: ConsensusOptions,
  label: string,
): Promise<WriteResult & { id?: string }> {
  const consensus = consensusOf(rubric, outline, options);
  const { takeSnapshot } = await onDemand(() => import('./snapshots'));
  return takeSnapshot(rubric, consensus, label);
}

/** Brings a workshop whose responses or agreements hold ids of an earlier layout up to `current`. */
export async function upgradeWorkshop(rubric: string, current: RubricOutline): Promise<void> {
  const workshop = currentWorkshop(rubric);
  if (!workshop) return;
  const ids = new Set(current.dimensions.flatMap((d) => d.items.map((item) => item.id)));
  const earlier =
    Object.keys(workshop.consensus).some((id) => !ids.has(id)) ||
    workshop.responses.some((r) => needsUpgrade(r.assessment, current));
  if (!earlier) return;
  const { upgradeWorkshopToCurrent } = await onDemand(() => import('../lib/versions/history'));
  const upgraded = await upgradeWorkshopToCurrent(workshop, current);
  save(rubric, () => upgraded, 'keep');
}
