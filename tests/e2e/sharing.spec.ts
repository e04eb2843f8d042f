/** Results that travel without a server: share links, exported files, and damaged links. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { assessmentKey, open, readStorage, savedText, seedStorage } from './helpers';

const RUBRIC = 'coaching-conditions';
const ids = {
  'peer-collaboration': ['peer-meetings', 'peer-dialogue', 'peer-critical-friends', 'peer-system-network'],
  'professional-learning': [
    'learning-ongoing',
    'learning-equity',
    'learning-tailored',
    'learning-integrated',
    'learning-new-coaches',
  ],
  'leader-buy-in': [
    'leader-role-clarity',
    'leader-networks',
    'leader-staff-communication',
    'leader-open-culture',
  ],
  'system-leadership': [
    'system-role-clarity',
    'system-coordination',
    'system-advocacy',
    'system-survives-change',
    'system-scale-with-supports',
  ],
};
// Every item at 3, except system leadership at 1: overall (3 + 3 + 3 + 1) / 4 = 2.5.
const ratings = Object.fromEntries(
  Object.entries(ids).flatMap(([dimension, items]) =>
    items.map((id) => [id, dimension === 'system-leadership' ? 1 : 3]),
  ),
);
const full = savedText({
  rubric: RUBRIC,
  ratings,
  counts: {},
  notes: { 'peer-meetings': 'Monthly, since May' },
});

test('a link opened in another browser shows the same scores and can be saved there', async ({
  page,
  browser,
}) => {
  await seedStorage(page, { [assessmentKey(RUBRIC)]: full });
  await open(page, `/results/${RUBRIC}/`);
  await expect(page.getByTestId('overall-score')).toHaveText('2.5');
  await page.getByRole('button', { name: 'Create share link' }).click();
  const link = await page.getByLabel(/Share link/).inputValue();
  expect(link).toMatch(new RegExp(`/results/${RUBRIC}/#r=[A-Za-z0-9_-]+$`));
  expect(link.length).toBeLessThanOrEqual(120);

  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto(link);
  await expect(colleague.getByText('You are looking at results shared by a link.')).toBeVisible();
  await expect(colleague.getByTestId('overall-score')).toHaveText('2.5');
  await expect(colleague.getByTestId('weakest')).toContainText('Coherent system leadership');
  expect(await readStorage(colleague, assessmentKey(RUBRIC))).toBeNull();
  await colleague.getByRole('button', { name: 'Save to my assessments' }).click();
  await colleague.reload();
  await expect(colleague.getByTestId('overall-score')).toHaveText('2.5');
  await expect(colleague.getByText('You are looking at results shared by a link.')).toHaveCount(0);
  // Notes stay behind unless the person chose to include them.
  const saved = JSON.parse((await readStorage(colleague, assessmentKey(RUBRIC)))!) as {
    assessment: { notes: object };
  };
  expect(saved.assessment.notes).toEqual({});
  await other.close();
});

test('an exported file brings the answers back after storage is cleared', async ({ page }) => {
  await seedStorage(page, { [assessmentKey(RUBRIC)]: full });
  await open(page, `/results/${RUBRIC}/`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(/^coaching-conditions-\d{4}-\d{2}-\d{2}\.json$/);

  await page.evaluate(() => localStorage.clear());
  await open(page, `/results/${RUBRIC}/`);
  await expect(page.getByText('Nothing is answered yet for this rubric.')).toBeVisible();
  await page.reload();
  await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
  // The empty page has no import form; the questionnaire has no answers: import from a fresh results view.
  await seedStorage(page, {
    [assessmentKey(RUBRIC)]: savedText({
      rubric: RUBRIC,
      ratings: { 'peer-meetings': 0 },
      counts: {},
      notes: {},
    }),
  });
  await open(page, `/results/${RUBRIC}/`);
  await page
    .getByLabel('Open an exported file (JSON)')
    .setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await expect(page.getByText('You are looking at the results in “export.json”.')).toBeVisible();
  await expect(page.getByTestId('overall-score')).toHaveText('2.5');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Replace my answers with these' }).click();
  await page.reload();
  await expect(page.getByTestId('overall-score')).toHaveText('2.5');
  const saved = JSON.parse((await readStorage(page, assessmentKey(RUBRIC)))!) as {
    assessment: { notes: object };
  };
  expect(saved.assessment.notes).toEqual({ 'peer-meetings': 'Monthly, since May' });
});

test('a damaged link says what is wrong and leaves saved answers untouched', async ({ page }) => {
  await seedStorage(page, { [assessmentKey(RUBRIC)]: full });
  await open(page, `/results/${RUBRIC}/`);
  await page.getByRole('button', { name: 'Create share link' }).click();
  const link = await page.getByLabel(/Share link/).inputValue();
  const [before, code] = link.split('#r=') as [string, string];
  // One character changed in the middle of the code.
  const middle = Math.floor(code.length / 2);
  const altered = code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1);
  await page.goto(`${before}#r=${altered}`);
  await expect(page.getByRole('alert')).toContainText('This link could not be opened.');
  await expect(page.getByRole('alert')).toContainText('Your saved answers have not been changed.');
  expect(await readStorage(page, assessmentKey(RUBRIC))).toBe(full);
  // A truncated link, too.
  await page.goto(`${before}#r=${code.slice(0, 10)}`);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('This link could not be opened.');
  expect(await readStorage(page, assessmentKey(RUBRIC))).toBe(full);
  await page.getByRole('button', { name: 'Close and show my answers' }).click();
  await expect(page.getByTestId('overall-score')).toHaveText('2.5');
});
