/**
 * A tab opened before a new deployment asks for code the site no longer has. Each test makes one chunk
 * loaded on demand answer 404, as a new deployment would, and checks that the page says so and offers a
 * reload that keeps what was typed.
 */
import { expect, test, type Page } from '@playwright/test';
import { assessmentKey, open, savedText, seedStorage } from './helpers';

const RUBRIC = 'coaching-conditions';
/** One answer saved, so results pages show their scores, chart and sharing. */
const SOME_ANSWERS = {
  [assessmentKey(RUBRIC)]: savedText({
    rubric: RUBRIC,
    ratings: { 'peer-meetings': 3 },
    counts: {},
    notes: {},
  }),
};
const UPDATED = 'This site has been updated since this page was opened, so part of it could not load.';

/** Makes the chunk whose file name starts with `name` fail as a deleted file would; returns the undo. */
async function gone(page: Page, name: string): Promise<() => Promise<void>> {
  const pattern = new RegExp(`/_astro/${name}\\.[^/]+\\.js$`);
  await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  return () => page.unroute(pattern);
}

test('“Add responses” after a new deployment says the site was updated, and the reload keeps the pasted text', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await open(page, `/team/${RUBRIC}/`);
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  const restore = await gone(page, 'response-batch');
  const pasted = 'https://example.org/results/coaching-conditions/#r=AbCd';
  await page.getByLabel('Response links or codes').fill(pasted);
  await page.getByRole('button', { name: 'Add responses' }).click();
  const notice = page.getByRole('alert').filter({ hasText: UPDATED });
  await expect(notice).toBeVisible();
  await expect(page.getByLabel('Response links or codes')).toHaveValue(pasted);
  await expect(page.getByRole('button', { name: 'Add responses' })).toBeEnabled();

  await restore();
  await notice.getByRole('button', { name: 'Reload the page' }).click();
  await page.waitForLoadState('load');
  await expect(page.getByLabel('Response links or codes')).toHaveValue(pasted);
  await expect(page.getByRole('alert').filter({ hasText: UPDATED })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a share link after a new deployment says the site was updated, in French too', async ({ page }) => {
  await seedStorage(page, SOME_ANSWERS);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await gone(page, 'link');
  await open(page, `/fr/results/${RUBRIC}/`);
  await page.getByRole('button', { name: 'Créer un lien de partage' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Ce site a été mis à jour' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Recharger la page' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a chart that cannot load says the site was updated instead of leaving an empty box', async ({
  page,
}) => {
  await seedStorage(page, SOME_ANSWERS);
  await gone(page, 'chart-setup');
  await open(page, `/results/${RUBRIC}/`);
  await page.locator('.chart canvas').first().scrollIntoViewIfNeeded();
  await expect(page.getByRole('alert').filter({ hasText: UPDATED })).toBeVisible();
});
