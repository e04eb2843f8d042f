/**
 * The shape of an insights file (src/content/insights/<lang>.yaml): advice that appears on a results page
 * when answers meet its conditions. The rules are data, so the texts stay in content, not in components.
 */
import { z } from 'astro/zod';
import { basisSchema } from './basis';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');
const text = z.string().trim().min(1, 'must not be empty');

/** One fact about the answers; an insight applies when all of its conditions hold. */
export const conditionSchema = z.union([
  z.strictObject({
    /** The rubric whose answers are read. */
    rubric: id,
    /** A dimension whose score must be below `below` (a dimension without a score never matches). */
    dimension: id,
    below: z.number().min(0).max(4),
  }),
  z.strictObject({
    rubric: id,
    /** The rubric's overall score must be below `below`. */
    overall: z.literal(true),
    below: z.number().min(0).max(4),
  }),
  z.strictObject({
    rubric: id,
    /** A count item whose number must be above `above` (an unanswered count never matches). */
    count: id,
    above: z.number().int().min(0),
  }),
]);

export const insightSchema = z.object({
  /** Stable id of the insight. */
  id,
  /** The rubrics whose results page shows it. */
  showOn: z.array(id).min(1),
  /** Conditions that must all hold. */
  when: z.array(conditionSchema).min(1),
  /** A short headline. */
  title: text,
  /** What the answers suggest and why, in a few sentences. */
  text,
  /** The source passages behind what the text says a source found or recommends. */
  basis: basisSchema.optional(),
});

export const insightsFileSchema = z.object({
  /** The insights, in the order they are shown. */
  insights: z.array(insightSchema),
});

export type Condition = z.infer<typeof conditionSchema>;
export type Insight = z.infer<typeof insightSchema>;
