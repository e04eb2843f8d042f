/**
 * What the first released layout made still opens after the rubrics changed (issue 13, "Nothing earlier is
 * lost"): a results link from tests/fixtures/layout-1/ and answers saved by that layout, each brought up to
 * the current items, with a notice naming the items that are new or changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { open, readSaved, seedStorage } from './helpers';

const fixtures = join(import.meta.dirname, '../fixtures/layout-1');
const links = JSON.parse(readFileSync(join(fixtures, 'links.json'), 'utf8')) as Record<
  string,
  Record<string, string>
>;
const storage = JSON.parse(readFileSync(join(fixtures, 'local-storage.json'), 'utf8')) as Record<
  string,
  string
>;

test('a results link made by the first layout opens, names the new and changed items, and can be kept', async ({
  page,
}) => {
  const hash = new URL(links['coach-deployment']!.withNotes!).hash;
  await open(page, `/results/coach-deployment/${hash}`);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const notice = page.getByTestId('upgrade-notice');
  await expect(notice).toContainText('earlier version of this rubric');
  await expect(notice).toContainText('The schools whose students need it most get the most coaching time');
  await expect(notice).toContainText('The district checks whether coaching improves teaching and learning');
  await expect(notice).toContainText('Coaches are not given non-instructional duties');

  await page.getByRole('button', { name: 'Save to my assessments' }).click();
  const saved = await readSaved(page, 'coach-deployment');
  // The merged item takes the earlier rating; the removed item's rating is gone; kept ones carry over.
  expect(saved?.assessment.ratings).toMatchObject({
    'focus-non-instructional': 3,
    'assigned-by-district': 0,
  });
  expect(saved?.assessment.ratings).not.toHaveProperty('clear-role');
  expect(saved?.assessment.notes['focus-key-results']).toContain('Note 4');
});

test('answers saved by the first layout open in the French questionnaire, upgraded, with the notice in French', async ({
  page,
}) => {
  await seedStorage(page, {
    'dcsa:assessment:coach-deployment': storage['dcsa:assessment:coach-deployment']!,
  });
  await open(page, '/fr/assess/coach-deployment/');
  const notice = page.getByTestId('upgrade-notice');
  await expect(notice).toContainText('version antérieure de cette grille');
  await expect(notice).toContainText(
    'Les écoles dont les élèves en ont le plus besoin reçoivent le plus de temps d’accompagnement',
  );
  await expect(notice).toContainText(
    'Le conseil vérifie si l’accompagnement améliore l’enseignement et l’apprentissage',
  );
  await expect(page.locator('#item-reports-to-district-lead input[value="1"]')).toBeChecked();
  const saved = await readSaved(page, 'coach-deployment');
  expect(saved?.assessment.ratings).toMatchObject({ 'focus-non-instructional': 3 });
  expect(saved?.assessment.ratings).not.toHaveProperty('focus-behaviour-admin');
});
