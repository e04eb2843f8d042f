/** The model of a workshop: its responses, roles and agreements, and the limits they are kept within. */
import type { Assessment, Rating } from '../assessment';
import { LEVELS, type Level } from '../levels';
import { MAX_COUNT, MAX_DISSENT, MAX_RESPONSES } from '../limits';
import type { ReadProblem } from '../saved';

export const WORKSHOP_VERSION = 1;

/** The roles a response may be given, for the breakdown by role. */
export const ROLES = ['principal', 'district-staff', 'coach', 'other'] as const;
export type Role = (typeof ROLES)[number];

/** The group of responses that have no role, in a breakdown by role. */
export const NO_ROLE = 'none';

/** Most responses one workshop keeps, and the longest dissent note kept (see lib/limits.ts). */
export { MAX_RESPONSES };
export const MAX_DISSENT_LENGTH = MAX_DISSENT;

/** Ratings that spread by this many levels or more mark an item for discussion. */
export const DISCUSS_SPREAD = 2;

export interface WorkshopResponse {
  /** Stable id, for removing or changing this response. */
  id: string;
  /** 1, 2, 3… in the order responses arrived; never reused within a workshop. */
  number: number;
  /** When the response was added (ISO 8601). */
  addedAt: string;
  role?: Role;
  /** The participant's answers, exactly as their link or file carried them. */
  assessment: Assessment;
}

/** What the team agreed on for one item. */
export interface Agreement {
  /**
   * The agreed level of a rated item, "unsure" when the team agrees it cannot say, or "na" when it agrees
   * that an item which allows it does not apply here.
   */
  level?: Rating;
  /** The agreed number of a count item. */
  count?: number;
  /** Who saw it differently, and why, in the facilitator's words. */
  dissent?: string;
}

export interface Workshop {
  rubric: string;
  startedAt: string;
  revealed: boolean;
  /** The number given to the latest response (the next gets lastNumber + 1); absent, the highest present. */
  lastNumber?: number;
  responses: WorkshopResponse[];
  consensus: Record<string, Agreement>;
  /** Anonymous mode: names, schools and roles hidden on the board and in its exports (absent: off). */
  anonymous?: boolean;
}

export type WorkshopRead =
  { ok: true; workshop: Workshop } | { ok: false; problem: ReadProblem; raw: string; detail: string };

export const isLevel = (value: unknown): value is Level => (LEVELS as readonly unknown[]).includes(value);
export const isCount = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_COUNT;
