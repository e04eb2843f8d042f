/**
 * Saved data for sweeps over every page: an assessment of each rubric with a mix of levels, "not sure", a
 * count and a note, and a revealed workshop of three responses, in the stored formats of src/lib/saved.ts
 * and src/lib/workshop/index.ts. Written by hand from the content files, so a page has something in every part.
 */
import { expect, type Page } from '@playwright/test';
import { realRubrics } from '../share-fixtures';
import { assessmentKey, open, RUBRICS, type RubricId } from './helpers';

const itemsOf = (rubric: RubricId) =>
  realRubrics.find((r) => r.id === rubric)!.data.dimensions.flatMap((d) => d.items);

/** An assessment of `rubric`: item n at level n mod 5, every seventh "not sure", counts at 3. */
export function sampleAssessment(rubric: RubricId, shift = 0) {
  const items = itemsOf(rubric);
  return {
    rubric,
    ratings: Object.fromEntries(
      items
        .filter((item) => item.kind === 'rated')
        .map((item, n) => [item.id, (n + shift) % 7 === 6 ? 'unsure' : (n + shift) % 5]),
    ),
    counts: Object.fromEntries(items.filter((item) => item.kind === 'count').map((item) => [item.id, 3])),
    notes: { [items[0]!.id]: 'Checked with the coaching lead in October.' },
    district: 'Lakeview Unified',
    role: 'Superintendent',
    updatedAt: '2026-11-23T14:02:00.000Z',
  };
}

/** Everything saved for every rubric: answers and a revealed workshop of three responses. */
export function everythingSaved(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const rubric of RUBRICS) {
    values[assessmentKey(rubric)] = JSON.stringify({ version: 1, assessment: sampleAssessment(rubric) });
    values[`dcsa:workshop:${rubric}`] = JSON.stringify({
      version: 1,
      workshop: {
        rubric,
        startedAt: '2026-11-23T14:00:00.000Z',
        revealed: true,
        responses: [0, 1, 2].map((n) => ({
          id: `seed${n}`,
          number: n + 1,
          addedAt: '2026-11-23T14:05:00.000Z',
          ...(n === 2 ? {} : { role: n === 0 ? 'principal' : 'coach' }),
          assessment: sampleAssessment(rubric, n * 2),
        })),
        consensus: {},
      },
    });
  }
  return values;
}

/** Every page of the site, with what shows that it is ready to be checked. */
export const EVERY_PAGE: { path: string; ready?: (page: Page) => Promise<void> }[] = [
  { path: '/' },
  { path: '/about/' },
  { path: '/results/' },
  ...RUBRICS.flatMap((rubric) => [
    { path: `/assess/${rubric}/` },
    { path: `/results/${rubric}/` },
    {
      path: `/print/${rubric}/`,
      ready: (page: Page) => expect(page.locator('.sheet-page')).toHaveAttribute('aria-busy', 'false'),
    },
    { path: `/rubric/${rubric}/` },
    {
      path: `/team/${rubric}/`,
      ready: (page: Page) => expect(page.locator('table.board').first()).toBeVisible(),
    },
  ]),
];

/** Opens a page of EVERY_PAGE and waits until it is ready. */
export async function openReady(page: Page, { path, ready }: (typeof EVERY_PAGE)[number]): Promise<void> {
  await open(page, path);
  await ready?.(page);
}
