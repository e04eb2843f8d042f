/**
 * The shape of a rubric content file (src/content/rubrics/<lang>/<rubric>.yaml).
 * The build validates every file against it, and the TypeScript types below are derived from it.
 */
import { z } from 'astro/zod';
import { basisSchema, SOURCE_IDS } from './basis';

export type { Level } from '../levels';

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, e.g. "peer-network"');
const text = z.string().trim().min(1, 'must not be empty');

/** A rated indicator: the district picks the level 0–4 that describes it best. */
export const ratedItemSchema = z.object({
  /** Marks the item as rated on the 0–4 continuum. */
  kind: z.literal('rated'),
  /** Stable id, unique within the rubric; saved answers and share links refer to it, so never rename it. */
  id,
  /** The indicator, phrased as a short statement about the district. */
  text,
  /** What the district looks like at each level, from 0 to 4: exactly five descriptors. */
  levels: z.array(text).length(5, 'needs exactly five descriptors, one for each level 0–4'),
  /** Two to four things a leader can check to rate the item: a calendar, minutes, who attends what, records. */
  lookFors: z
    .array(text)
    .min(2, 'give at least two look-fors')
    .max(4, 'give at most four look-fors')
    .optional(),
  /** The source passages the item is drawn from. */
  basis: basisSchema.optional(),
  /**
   * For an item that assumes something a district may not have (regions, several offices): when it does
   * not apply, shown beside the "Does not apply here" answer it then offers. That answer is distinct from
   * "Not sure": the item is left out of its dimension, as if the rubric lacked it.
   */
  mayNotApply: text.optional(),
});

/** A counted fact the user types as a whole number (for example schools per coach); recorded, not scored. */
export const countItemSchema = z.object({
  /** Marks the item as a number the user enters. */
  kind: z.literal('count'),
  /** Stable id, unique within the rubric. */
  id,
  /** The question, e.g. "How many schools is a typical coach assigned to?". */
  text,
  /** The unit shown beside the input, e.g. "schools per coach". */
  unit: text,
  /** Why the number matters, shown under the input. */
  help: text,
  /** The smallest accepted value. */
  min: z.number().int().min(0),
  /** The largest accepted value; anything larger is refused as a typing error. */
  max: z.number().int().positive(),
  /** The most a source recommends (`help` says which); a larger answer is flagged on the results page. */
  recommendedMax: z.number().int().positive(),
  /** The source passages behind the question and its recommended maximum. */
  basis: basisSchema.optional(),
});

export const itemSchema = z.discriminatedUnion('kind', [ratedItemSchema, countItemSchema]);

/** A component or condition of the rubric, with the indicators that describe it. */
export const dimensionSchema = z.object({
  /** Stable id, unique within the rubric. */
  id,
  /** The dimension's name: the source's own name for a component or condition, or a short plain name. */
  name: text,
  /** A few words saying what the dimension is about. */
  tagline: text,
  /** A paragraph of guidance: why the dimension matters and what growth in it looks like. */
  description: text,
  /** The source passages that the name and description restate. */
  basis: basisSchema.optional(),
  /** True when other dimensions depend on this one, so it is worked on first. */
  foundation: z.boolean().default(false),
  /** The indicators, at least three. */
  items: z.array(itemSchema).min(3, 'needs at least three items'),
});

/** A work the rubric is drawn from, credited on the About page and on the rubric itself. */
export const sourceSchema = z.object({
  /** The work's stable id, when its text is one the quotations are checked against. */
  id: z.enum(SOURCE_IDS).optional(),
  /** The work's title. */
  title: text,
  /** Who wrote or published it; when the work names no author, say who it comes from. */
  author: text,
  /** Anything a reader needs to find or weigh the work, e.g. that a title was supplied. */
  note: text.optional(),
  /** The passages of the work that the note reports, e.g. the works it cites. */
  basis: basisSchema.optional(),
  /** What the rubric takes from it. */
  contribution: text,
});

/** A level of the rubric: its name and a one-line summary, with the source passage it restates. */
export const levelSchema = z.object({
  /** The level's name, e.g. "Coordinated Support". */
  name: text,
  /** What the level looks like, in one line. */
  summary: text,
  /** The source passage the summary restates, when the level comes from a source. */
  basis: basisSchema.optional(),
});

const levelIndex = z.number().int().min(0).max(4);

/**
 * How the rubric's levels lean, for the balance reading (lib/balance.ts): which levels describe central
 * structures with little say for schools, which describe practice left to each school or person, and which
 * the balance of the two. Levels in none of the three (for example "the condition is absent") lean nowhere.
 */
export const balanceSchema = z.object({
  central: z.array(levelIndex).min(1),
  local: z.array(levelIndex).min(1),
  balanced: z.array(levelIndex).min(1),
  /** What the reading rests on: the source's conclusion, in its words. */
  basis: basisSchema.optional(),
});

/** A guidance paragraph: plain text, or text with the source passages it reports. */
export const paragraphSchema = z.union([
  text,
  z.object({
    /** The paragraph. */
    text,
    /** The source passages it reports. */
    basis: basisSchema.optional(),
  }),
]);

/** The words of a guidance paragraph, whichever form it takes. */
export function paragraphText(paragraph: Paragraph): string {
  return typeof paragraph === 'string' ? paragraph : paragraph.text;
}

/** A whole rubric in one language. */
export const rubricSchema = z
  .object({
    /** The rubric's full title. */
    title: text,
    /** A short name for buttons, tabs and tight spaces. */
    shortTitle: text,
    /** One or two sentences saying what the rubric looks at and who should answer it. */
    intro: text,
    /** Roughly how many minutes a first pass takes. */
    minutes: z.number().int().positive(),
    /** The names (and a one-line summary) of the five levels, from 0 to 4. */
    levels: z.array(levelSchema).length(5, 'needs exactly five levels, 0 to 4'),
    /** Guidance paragraphs shown before the questions and beside the results. */
    guidance: z.array(paragraphSchema).min(1),
    /** The works the rubric is drawn from. */
    sources: z.array(sourceSchema).min(1),
    /** The dimensions, in the order they are asked. */
    dimensions: z.array(dimensionSchema).min(1),
    /** How the levels lean between central and local, when the rubric gives a balance reading. */
    balance: balanceSchema.optional(),
  })
  .superRefine((rubric, ctx) => {
    const seen = new Set<string>();
    const note = (value: string, path: (string | number)[]) => {
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path, message: `id "${value}" is used twice` });
      seen.add(value);
    };
    if (rubric.balance) {
      const { central, local, balanced } = rubric.balance;
      const all = [...central, ...local, ...balanced];
      if (new Set(all).size !== all.length)
        ctx.addIssue({ code: 'custom', path: ['balance'], message: 'a level can lean only one way' });
    }
    rubric.dimensions.forEach((dimension, d) => {
      note(dimension.id, ['dimensions', d, 'id']);
      dimension.items.forEach((item, i) => {
        note(item.id, ['dimensions', d, 'items', i, 'id']);
        if (item.kind === 'count' && !(item.min <= item.recommendedMax && item.recommendedMax <= item.max))
          ctx.addIssue({
            code: 'custom',
            path: ['dimensions', d, 'items', i, 'recommendedMax'],
            message: `must lie between min (${item.min}) and max (${item.max})`,
          });
      });
      if (!dimension.items.some((item) => item.kind === 'rated'))
        ctx.addIssue({
          code: 'custom',
          path: ['dimensions', d, 'items'],
          message: 'needs at least one rated item',
        });
    });
  });

export type RatedItem = z.infer<typeof ratedItemSchema>;
export type CountItem = z.infer<typeof countItemSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Balance = z.infer<typeof balanceSchema>;
export type Rubric = z.infer<typeof rubricSchema>;

/**
 * Just enough of a dimension to count, score and check answers: which items exist, of what kind, and for a
 * count item the largest value it accepts.
 */
export interface DimensionOutline {
  id: string;
  items: (Pick<Item, 'id' | 'kind'> & { max?: number })[];
}

/** Just enough of a rubric to count and score answers. A full Rubric is one too. */
export interface RubricOutline {
  dimensions: DimensionOutline[];
}
