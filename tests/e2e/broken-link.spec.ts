/** A broken link after a good one: what the good one showed must not pass for the broken one's results. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { assessmentKey, open, readStorage } from './helpers';

const RUBRIC = 'coaching-conditions';
const links = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/layout-1/links.json'), 'utf8'),
) as Record<string, Record<string, string>>;
const code = links[RUBRIC]!.withNotes!.split('#r=')[1]!;

for (const lang of ['en', 'fr'] as const) {
  const prefix = lang === 'fr' ? '/fr' : '';
  const text = {
    en: {
      fromLink: 'You are looking at results shared by a link.',
      broken: 'This link could not be opened.',
      keep: 'Save to my assessments',
      empty: 'Nothing is answered yet for this rubric.',
    },
    fr: {
      fromLink: 'Vous consultez des résultats partagés par lien.',
      broken: 'Ce lien n’a pas pu être ouvert.',
      keep: 'Enregistrer dans mes évaluations',
      empty: 'Aucune réponse n’a encore été donnée pour cette grille.',
    },
  }[lang];

  test(`a broken link opened after a good one (${lang}) clears the good one's results and cannot save them`, async ({
    page,
  }) => {
    await open(page, `${prefix}/results/${RUBRIC}/#r=${code}`);
    await expect(page.getByText(text.fromLink)).toBeVisible();
    await expect(page.getByTestId('overall-score')).toBeVisible();
    await expect(page.getByRole('button', { name: text.keep })).toBeVisible();

    // The next link, damaged, arrives in the same tab (a click on another link, or a paste in the address bar).
    await page.evaluate((broken) => (location.hash = `#r=${broken}`), code.slice(0, -7));
    await expect(page.getByRole('alert')).toContainText(text.broken);
    await expect(page.getByText(text.fromLink)).toHaveCount(0);
    await expect(page.getByRole('button', { name: text.keep })).toHaveCount(0);
    await expect(page.getByTestId('overall-score')).toHaveCount(0);
    await expect(page.getByText(text.empty)).toBeVisible();
    expect(await readStorage(page, assessmentKey(RUBRIC))).toBeNull();
  });
}
