/**
 * The shape of a facilitator's guide file (src/content/guide/<lang>.yaml): the protocol for running a
 * workshop, the suggested agenda and the questions for discussion of every dimension of every rubric. The
 * words are data, so each language says the same things; lib/guide/checks.ts holds the languages and the
 * rubrics to each other, and the build fails with a message naming what is missing.
 *
 * Text fields may hold `{name}` placeholders, filled at build time from the board's own words (so the guide
 * names its buttons exactly as the board does), and `[words](/path/)` links to pages of the site.
 */
import { z } from 'astro/zod';
import { basisSchema } from './basis';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');
const text = z.string().trim().min(1, 'must not be empty');

/** A person or a rule, and what they are for. */
const entrySchema = z.strictObject({
  /** Who, or the rule's name, e.g. "Principals". */
  name: text,
  /** Why they are there, or how the rule works. */
  text,
});

/** A section of entries under a heading. */
const entriesSectionSchema = z.strictObject({
  heading: text,
  /** A sentence before the entries. */
  intro: text.optional(),
  entries: z.array(entrySchema).min(1),
});

/** A section of plain points under a heading. */
const pointsSectionSchema = z.strictObject({
  heading: text,
  intro: text.optional(),
  points: z.array(text).min(1),
});

/** One step of the agenda: its minutes are fixed, the questionnaire's own estimate, or per item. */
export const agendaStepSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** A step that takes the same time whatever the rubric. */
    kind: z.literal('fixed'),
    label: text,
    minutes: z.number().int().positive(),
  }),
  z.strictObject({
    /** Rating privately: as long as the rubric's own estimate of a first pass (its `minutes`). */
    kind: z.literal('rate'),
    label: text,
  }),
  z.strictObject({
    /** One step per dimension of the rubric, `minutesPerItem` for each of its items; `{dimension}` in the label names it. */
    kind: z.literal('dimensions'),
    label: text,
    minutesPerItem: z.number().int().positive(),
  }),
]);

/** A question for discussion, with the items of its dimension it is about. */
export const questionSchema = z.strictObject({
  text,
  /** Ids of the items it asks about, all in its dimension; the guide prints their numbers. */
  items: z.array(id).min(1),
  /** The source passages behind what the question says a source found or recommends. */
  basis: basisSchema.optional(),
});

export const guideSchema = z.strictObject({
  /** The page's title. */
  title: text,
  /** The page's description for search engines and link previews. */
  description: text,
  /** What the guide is for, in a sentence or two. */
  lead: text,
  /** Where the protocol comes from: the practice it draws on, and that the guide is the project's own. */
  origin: z.strictObject({ heading: text, paragraphs: z.array(text).min(1) }),
  /** Before the session: who to invite, the roles, the decision rule and what to prepare. */
  before: z.strictObject({
    heading: text,
    invite: entriesSectionSchema,
    roles: entriesSectionSchema,
    decision: entriesSectionSchema,
    prepare: pointsSectionSchema,
  }),
  /** During the session: the steps of the protocol, in order. */
  during: z.strictObject({ heading: text, intro: text.optional(), steps: z.array(entrySchema).min(1) }),
  /** The questions of the debrief. */
  debrief: pointsSectionSchema,
  /** What stays on the facilitator's laptop, and what never leaves the participants' devices. */
  privacy: pointsSectionSchema,
  /** The suggested agenda, laid out for each rubric from its own items. */
  agenda: z.strictObject({
    /** Said before every rubric's agenda: the minutes are a suggestion. */
    intro: text,
    steps: z.array(agendaStepSchema).min(1),
  }),
  /** Questions for discussion: rubric id → dimension id → questions. */
  questions: z.record(id, z.record(id, z.array(questionSchema))),
  /** Where the questions come from, said before them. */
  questionsIntro: text,
  /** The credits at the end of the guide. */
  credits: z.strictObject({ heading: text, paragraphs: z.array(text).min(1) }),
});

export type AgendaStep = z.infer<typeof agendaStepSchema>;
export type GuideQuestion = z.infer<typeof questionSchema>;
export type Guide = z.infer<typeof guideSchema>;
