/**
 * The look-fors under each questionnaire item: folded away until opened, opened and closed with the keyboard
 * alone, in every step (the page renders them, the island shows the ones of the current step), and axe
 * finds nothing with one open.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AXE_TAGS, focusMatches, open, tabTo } from './helpers';

test('a keyboard user opens an item’s look-fors, in the first step and the next, and axe finds nothing', async ({
  page,
}) => {
  await open(page, '/assess/coaching-conditions/');
  const item = page.locator('#item-peer-meetings');
  const lookFors = item.locator('details.look-fors');
  await expect(lookFors.locator('summary')).toHaveText('What to look for');
  // Folded away until opened.
  await expect(lookFors).not.toHaveAttribute('open');
  await expect(lookFors.getByRole('listitem').first()).toBeHidden();

  await tabTo(page, '#item-peer-meetings summary');
  await page.keyboard.press('Enter');
  await expect(lookFors).toHaveAttribute('open');
  await expect(lookFors.getByRole('listitem')).toHaveCount(3);
  await expect(lookFors.getByText('Attendance records, including new coaches')).toBeVisible();
  // The next Tab goes on to the item's choices.
  await page.keyboard.press('Tab');
  expect(await focusMatches(page, '#item-peer-meetings input[type="radio"]')).toBe(true);

  const scan = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(scan.violations).toEqual([]);

  await tabTo(page, '#item-peer-meetings summary', { back: true });
  await page.keyboard.press('Space');
  await expect(lookFors).not.toHaveAttribute('open');

  // The next step's items have theirs too, shown by the island from the page's HTML.
  await page.getByRole('button', { name: 'Next' }).click();
  const next = page.locator('.step .item').first().locator('details.look-fors');
  await expect(next.locator('summary')).toHaveText('What to look for');
  await next.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(next.getByRole('listitem').first()).toBeVisible();
});

test('the French questionnaire folds its look-fors under « Ce qu’on peut vérifier »', async ({ page }) => {
  await open(page, '/fr/assess/coach-deployment/');
  const summary = page.locator('.step .item details.look-fors summary').first();
  await expect(summary).toHaveText('Ce qu’on peut vérifier');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.step .item details.look-fors[open] li').first()).toBeVisible();
});
