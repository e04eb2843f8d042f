/** Taking responses into a workshop: reading them, refusing what cannot be added, adding the rest. */
import type { Assessment } from '../assessment';
import { onDemand } from '../on-demand';
import type { RubricEntry } from '../share-code';
import type { Candidate, Refusal } from './candidates';
import { MAX_RESPONSES, type Role, type Workshop, type WorkshopResponse } from './types';

/**
 * Reads every response in pasted text (links or codes with any separators, or one exported file's JSON)
 * against the site's rubrics, naming each by its position. Never throws. The decoder loads on first use
 * (see lib/response-batch.ts).
 */
export async function readResponseText(
  text: string,
  registry: readonly RubricEntry[],
  now = new Date(),
): Promise<Candidate[]> {
  const { readBatch } = await onDemand(() => import('../response-batch'));
  return readBatch(text, registry, now);
}

/**
 * Reads one exported file (its name and text) as a response; position and total name it in a batch. The file
 * reader loads on first use: the board needs it only when files are dropped.
 */
export async function readResponseFile(
  name: string,
  text: string,
  registry: readonly RubricEntry[],
  position = 1,
  total = 1,
): Promise<Candidate> {
  const { importAssessmentJson } = await onDemand(() => import('../files'));
  const result = importAssessmentJson(text, registry);
  return {
    source: { kind: 'file', position, total, name },
    outcome: result.ok
      ? { ok: true, assessment: result.assessment, rubricId: result.rubricId }
      : { ok: false, reason: 'file', fileError: result.error },
  };
}

/**
 * Reads one exported file like readResponseFile, also when it was made with an earlier layout of its rubric:
 * its answers are then brought up to the current layout (lib/versions, loaded only then).
 */
export async function readResponseFileAnyLayout(
  name: string,
  text: string,
  registry: readonly RubricEntry[],
  position = 1,
  total = 1,
): Promise<Candidate> {
  const candidate = await readResponseFile(name, text, registry, position, total);
  const { outcome } = candidate;
  if (outcome.ok || outcome.fileError?.code !== 'unknown-ids') return candidate;
  const { importAnyLayout } = await onDemand(() => import('../versions/import'));
  const result = await importAnyLayout(text, registry);
  return result.ok
    ? { ...candidate, outcome: { ok: true, assessment: result.assessment, rubricId: result.rubricId } }
    : candidate;
}

function sortedEntries<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * What makes two responses the same: their ratings, counts and notes (not the link's text, nor when it was
 * made, nor targets, district or role). The same link pasted twice, or a link and its exported file, match.
 */
export function responseKey(assessment: Pick<Assessment, 'ratings' | 'counts' | 'notes'>): string {
  return JSON.stringify([
    sortedEntries(assessment.ratings),
    sortedEntries(assessment.counts),
    sortedEntries(assessment.notes),
  ]);
}

/** The response already in the workshop with the same answers, if any. */
export function findDuplicate(workshop: Workshop, assessment: Assessment): WorkshopResponse | undefined {
  const key = responseKey(assessment);
  return workshop.responses.find((r) => responseKey(r.assessment) === key);
}

/** A likely role from the role a participant typed ("Principal, Lakeview Elementary" is a principal). */
export function guessRole(text: string | undefined): Role | undefined {
  if (!text) return undefined;
  const lower = text.toLowerCase();
  if (/principal|head ?teacher|school leader/.test(lower)) return 'principal';
  if (/superintendent|director|district|central office|chief|officer/.test(lower)) return 'district-staff';
  if (/coach/.test(lower)) return 'coach';
  return undefined;
}

export interface AddOptions {
  now?: Date;
  /** Makes a new response id; the default is random enough for one device. */
  newId?: () => string;
  /** Adds duplicates too (after the facilitator confirmed two people answered exactly alike). */
  allowDuplicates?: boolean;
  /** The stored size (characters) the workshop may reach; responses beyond it are refused as 'full'. */
  maxChars?: number;
}

export interface BatchResult {
  workshop: Workshop;
  /** Numbers of the responses added, in order. */
  added: number[];
  refused: Refusal[];
}

const randomId = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 8);

/**
 * Adds the readable responses of a batch to the workshop and lists the others with the reason each was
 * refused: unreadable, for another rubric, a duplicate (of a response already added or earlier in the
 * same batch), or over the limit. One refusal never stops the rest of the batch.
 */
export function addResponses(
  workshop: Workshop,
  candidates: Candidate[],
  options: AddOptions = {},
): BatchResult {
  const now = (options.now ?? new Date()).toISOString();
  const newId = options.newId ?? randomId;
  const responses = [...workshop.responses];
  const keys = new Map(responses.map((r) => [responseKey(r.assessment), r.number]));
  let number = workshop.lastNumber ?? responses.reduce((max, r) => Math.max(max, r.number), 0);
  const added: number[] = [];
  const refused: Refusal[] = [];
  // The stored size so far (writeWorkshop's JSON, give or take its few characters of envelope).
  let size = options.maxChars === undefined ? 0 : JSON.stringify(workshop).length + 20;
  for (const { source, outcome } of candidates) {
    if (!outcome.ok) {
      refused.push({
        source,
        reason: outcome.reason,
        ...(outcome.fileError && { fileError: outcome.fileError }),
        ...(outcome.rubricId && { rubricId: outcome.rubricId }),
      });
      continue;
    }
    if (outcome.rubricId !== workshop.rubric) {
      refused.push({ source, reason: 'other-rubric', rubricId: outcome.rubricId });
      continue;
    }
    const key = responseKey(outcome.assessment);
    const earlier = keys.get(key);
    if (earlier !== undefined && !options.allowDuplicates) {
      refused.push({ source, reason: 'duplicate', duplicateOf: earlier, assessment: outcome.assessment });
      continue;
    }
    if (responses.length >= MAX_RESPONSES) {
      refused.push({ source, reason: 'full' });
      continue;
    }
    const role = outcome.role ?? guessRole(outcome.assessment.role);
    const response = {
      id: newId(),
      number: number + 1,
      addedAt: now,
      ...(role && { role }),
      assessment: { ...outcome.assessment, rubric: workshop.rubric },
    };
    if (options.maxChars !== undefined) {
      const grown = size + JSON.stringify(response).length + 1;
      if (grown > options.maxChars) {
        refused.push({ source, reason: 'full' });
        continue;
      }
      size = grown;
    }
    number++;
    responses.push(response);
    if (earlier === undefined) keys.set(key, number);
    added.push(number);
  }
  return {
    workshop: added.length > 0 ? { ...workshop, lastNumber: number, responses } : workshop,
    added,
    refused,
  };
}
