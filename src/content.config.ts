import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/schema/guide';
import { insightsFileSchema } from './lib/schema/insight';
import { rubricSchema } from './lib/schema/rubric';

/** One YAML file per rubric and language: src/content/rubrics/<lang>/<rubric>.yaml. */
const rubrics = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './src/content/rubrics' }),
  schema: rubricSchema,
});

/** One YAML file per language of advice shown on results pages: src/content/insights/<lang>.yaml. */
const insights = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/insights' }),
  schema: insightsFileSchema,
});

/** The facilitator's guide, one YAML file per language: src/content/guide/<lang>.yaml. */
const guide = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/guide' }),
  schema: guideSchema,
});

export const collections = { rubrics, insights, guide };
