import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { rubricSchema } from './lib/schema/rubric';

/** One YAML file per rubric and language: src/content/rubrics/<lang>/<rubric>.yaml. */
const rubrics = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './src/content/rubrics' }),
  schema: rubricSchema,
});

export const collections = { rubrics };
