/**
 * The shape of an assessment wherever it leaves memory: saved in the browser, and later in files and links.
 * Built with zod's small "mini" build because it runs in the browser on every questionnaire page.
 */
import * as z from 'zod/mini';

/** The version written today; older versions are migrated on read (see saved.ts). */
export const ASSESSMENT_VERSION = 1;

const key = z.string().check(z.maxLength(80));

export const levelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const ratingSchema = z.union([levelSchema, z.literal('unsure')]);

export const assessmentSchema = z.object({
  /** The rubric's id, e.g. "coaching-conditions". */
  rubric: key,
  /** Rated items' answers by item id: a level 0–4 or "unsure". */
  ratings: z.record(key, ratingSchema),
  /** Counted answers by item id, whole numbers. */
  counts: z.record(key, z.number().check(z.int(), z.minimum(0), z.maximum(100_000))),
  /** Notes by item id. */
  notes: z.record(key, z.string().check(z.maxLength(20_000))),
  /** Targets chosen per dimension id, levels 0–4. */
  targets: z.optional(z.record(key, levelSchema)),
  /** The district's name. */
  district: z.optional(z.string().check(z.maxLength(200))),
  /** The respondent's role. */
  role: z.optional(z.string().check(z.maxLength(200))),
  /** When the assessment last changed, ISO 8601. */
  updatedAt: z.string().check(z.maxLength(40)),
});

/** The envelope every stored or exported assessment travels in. */
export const savedAssessmentSchema = z.object({
  /** Format version of this object. */
  version: z.literal(ASSESSMENT_VERSION),
  /** The assessment itself. */
  assessment: assessmentSchema,
});

export type SavedAssessment = z.infer<typeof savedAssessmentSchema>;
