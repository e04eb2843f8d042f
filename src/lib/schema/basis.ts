/**
 * What a statement presented as a source's own rests on: short verbatim quotations from the source texts.
 * The quotations are checked against the texts themselves (tests/unit/source-fidelity.test.ts), so a
 * sentence that claims more than its source says is caught by a reader comparing it with its basis.
 */
import { z } from 'astro/zod';

/**
 * The works the rubrics draw on, by stable id. Each id is also the name of the work's plain-text copy,
 * `../shared/sources/<id>.txt` beside the repository, which the fidelity test reads.
 */
export const SOURCE_IDS = ['centralized-coaching-deployment', 'learning-coaches-two-phases-study'] as const;

/** A work the rubrics draw on, by its stable id. */
export type SourceId = (typeof SOURCE_IDS)[number];

/** One quotation: which work, and its exact words (English, in every language's files). */
export const quotationSchema = z.strictObject({
  /** The work quoted, by its id in SOURCE_IDS. */
  source: z.enum(SOURCE_IDS),
  /**
   * The work's own words, verbatim; "…" joins pieces of one passage that appear in this order. Whitespace,
   * typographic quotes and dashes need not match the source's exactly.
   */
  quote: z
    .string()
    .trim()
    .min(12, 'quote enough words to be found in the source')
    .max(400, 'keep the quotation short'),
});

/** The quotations a statement rests on: at least one. */
export const basisSchema = z.array(quotationSchema).min(1, 'give at least one quotation');

export type Quotation = z.infer<typeof quotationSchema>;
export type Basis = z.infer<typeof basisSchema>;
