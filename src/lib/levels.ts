/** The five points of every continuum, lowest first. Kept apart from the schema so browser code can use it without zod. */
export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
