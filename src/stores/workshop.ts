/**
 * The workshop of each rubric (key "dcsa:workshop:<rubric>", shape in lib/workshop.ts; unreadable data set
 * aside under "dcsa:set-aside:workshop:<rubric>") and the facilitator's actions on it. Responses arrive as
 * pasted links or codes, dropped or picked files, or a response link opened on this device; whatever cannot
 * be added is refused with a reason, and never stops the rest of a batch.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import type { Assessment, Rating } from '../lib/assessment';
import { MAX_IMPORT_BYTES } from '../lib/limits';
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
  setResponseRole,
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
import { holdsEarlierIds } from '../lib/assessment';
import { replaceAssessment } from './assessments';
import { persistedStore, replace, setAsideStore } from './persisted';

const keyOf = (rubric: string) => `dcsa:workshop:${rubric}`;
const asideKeyOf = (rubric: string) => `dcsa:set-aside:workshop:${rubric}`;

/** The workshop of one rubric: null when none is under way, synced across tabs. */
export function workshopStore(rubric: string): WritableAtom<WorkshopRead | null> {
  return persistedStore<WorkshopRead>(
    keyOf(rubric),
    (raw) => readWorkshop(raw, rubric),
    (value) => writeWorkshop(value.workshop),
  );
}

/** Unreadable workshop data moved out of the way for one rubric. */
export function workshopSetAsideStore(rubric: string): WritableAtom<string | undefined> {
  return setAsideStore(asideKeyOf(rubric));
}

/** Whether single-key shortcuts (P, R, F) work on the workshop board; people who use speech input turn them off. */
export const $shortcuts = persistentAtom<'on' | 'off'>('dcsa:workshop-shortcuts', 'on');

/** Turns the single-key shortcuts of the workshop board on or off. */
export function setShortcuts(on: boolean): void {
  $shortcuts.set(on ? 'on' : 'off');
}

/** Deletes the unreadable workshop data set aside for a rubric, once the facilitator has chosen to. */
export function discardWorkshopSetAside(rubric: string): void {
  workshopSetAsideStore(rubric).set(undefined);
}

/** The readable workshop of a rubric, or null when none is under way (or it cannot be read). */
export function currentWorkshop(rubric: string): Workshop | null {
  const value = workshopStore(rubric).get();
  return value?.ok ? value.workshop : null;
}

function save(rubric: string, workshop: Workshop | null): void {
  replace(workshopStore(rubric), workshop && { ok: true, workshop }, asideKeyOf(rubric));
}

function update(rubric: string, change: (workshop: Workshop) => Workshop): void {
  save(rubric, change(currentWorkshop(rubric) ?? emptyWorkshop(rubric)));
}

/** Starts a workshop with no responses (setting aside a stored one that cannot be read). */
export function startWorkshop(rubric: string): void {
  if (!currentWorkshop(rubric)) save(rubric, emptyWorkshop(rubric));
}

/** Ends the workshop: every response and agreement on this device is removed. */
export function resetWorkshop(rubric: string): void {
  save(rubric, null);
}

function addCandidates(rubric: string, candidates: Candidate[], allowDuplicates = false): BatchResult {
  const result = addResponses(currentWorkshop(rubric) ?? emptyWorkshop(rubric), candidates, {
    allowDuplicates,
  });
  if (result.added.length > 0 || !currentWorkshop(rubric)) save(rubric, result.workshop);
  return result;
}

/** Adds every response in pasted text: links or codes with any separators, or one exported file's JSON. */
export async function addResponsesFromText(
  rubric: string,
  text: string,
  registry: readonly RubricEntry[],
): Promise<BatchResult> {
  return addCandidates(rubric, await readResponseText(text, registry));
}

/** Adds the responses in exported files (JSON), each named in any refusal. */
export async function addResponsesFromFiles(
  rubric: string,
  files: readonly File[],
  registry: readonly RubricEntry[],
): Promise<BatchResult> {
  const candidates = await Promise.all(
    files.map(async (file, i): Promise<Candidate> => {
      if (file.size > MAX_IMPORT_BYTES)
        return {
          source: { kind: 'file', position: i + 1, total: files.length, name: file.name },
          outcome: { ok: false, reason: 'file', fileError: { code: 'too-large' } },
        };
      let text: string;
      try {
        text = await file.text();
      } catch {
        text = '';
      }
      return readResponseFileAnyLayout(file.name, text, registry, i + 1, files.length);
    }),
  );
  return addCandidates(rubric, candidates);
}

/** Adds one response already read (a response link opened on this device). */
export function addResponseAssessment(rubric: string, assessment: Assessment): BatchResult {
  return addCandidates(rubric, [
    { source: { kind: 'link' }, outcome: { ok: true, assessment, rubricId: assessment.rubric } },
  ]);
}

/** Adds responses refused as duplicates, once the facilitator confirms that two people answered alike. */
export function addDuplicatesAnyway(rubric: string, assessments: Assessment[]): BatchResult {
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
export function removeResponse(rubric: string, id: string): void {
  update(rubric, (w) => withoutResponse(w, id));
}

/** Gives a response a role (undefined takes it away). */
export function setRole(rubric: string, id: string, role: Role | undefined): void {
  update(rubric, (w) => setResponseRole(w, id, role));
}

/** Reveals the ratings on the board, or hides them again. */
export function reveal(rubric: string, revealed: boolean): void {
  update(rubric, (w) => setRevealed(w, revealed));
}

/** Records the agreed level of a rated item (undefined clears it). */
export function agreeLevel(rubric: string, itemId: string, level: Rating | undefined): void {
  update(rubric, (w) => withAgreedLevel(w, itemId, level));
}

/** Records the agreed number of a count item (undefined clears it). */
export function agreeCount(rubric: string, itemId: string, count: number | undefined): void {
  update(rubric, (w) => withAgreedCount(w, itemId, count));
}

/** Records the dissent on an item (blank removes it). */
export function noteDissent(rubric: string, itemId: string, dissent: string): void {
  update(rubric, (w) => withDissent(w, itemId, dissent));
}

/** The team's agreed answers as an assessment. */
export function consensusOf(rubric: string, outline: RubricOutline, options: ConsensusOptions): Assessment {
  return consensusAssessment(currentWorkshop(rubric) ?? emptyWorkshop(rubric), outline, options);
}

/** Makes the consensus the district's saved assessment of the rubric (the caller asks before replacing). */
export function adoptConsensus(rubric: string, outline: RubricOutline, options: ConsensusOptions): void {
  replaceAssessment(rubric, consensusOf(rubric, outline, options));
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
): Promise<string> {
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
    workshop.responses.some((r) => holdsEarlierIds(r.assessment, current));
  if (!earlier) return;
  const { upgradeWorkshopToCurrent } = await onDemand(() => import('../lib/versions/history'));
  save(rubric, await upgradeWorkshopToCurrent(workshop, current));
}
