/**
 * A response as read from a link, code or file, before it is checked against the workshop, and why one may be
 * refused. Types only, shared by ./responses.ts and lib/response-batch.ts (which reads pasted text).
 */
import type { Assessment } from '../assessment';
import type { ImportError } from '../files';
import type { ShareCodeErrorCode } from '../share-code';
import type { Role } from './types';

/** Why a response was not added. */
export type RefusalReason =
  /** The share code could not be read (the codes of lib/share-code/). */
  | ShareCodeErrorCode
  /** A link to a page of the site that carries no response (the questionnaire, or results without #r=). */
  | 'no-code'
  /** A file (or pasted JSON) that could not be imported; `fileError` says why. */
  | 'file'
  /** A readable response to another rubric; `rubricId` says which. */
  | 'other-rubric'
  /** The same ratings, counts and notes as a response already added; `duplicateOf` is its number. */
  | 'duplicate'
  /** The workshop already holds MAX_RESPONSES responses, or MAX_WORKSHOP_CHARS characters once stored. */
  | 'full';

/** Where a response came from, to name it in a message ("Response 3 of 5", "“bob.json”"). */
export type ResponseSource =
  | { kind: 'paste'; position: number; total: number; snippet: string }
  | { kind: 'file'; position: number; total: number; name: string }
  | { kind: 'link' };

export type ReadOutcome =
  | {
      ok: true;
      assessment: Assessment;
      rubricId: string;
      /** The role a facilitator gave it already (a response merged from another workshop's file). */
      role?: Role;
    }
  | { ok: false; reason: RefusalReason; fileError?: ImportError; rubricId?: string };

/** A response as read, before it is checked against the workshop. */
export interface Candidate {
  source: ResponseSource;
  outcome: ReadOutcome;
}

export interface Refusal {
  source: ResponseSource;
  reason: RefusalReason;
  /** For 'other-rubric': the rubric the response belongs to. */
  rubricId?: string;
  /** For 'duplicate': the number of the response it repeats. */
  duplicateOf?: number;
  /** For 'file': why the importer refused it. */
  fileError?: ImportError;
  /** For 'duplicate': the answers, so the facilitator can add them anyway (two people can agree exactly). */
  assessment?: Assessment;
}
