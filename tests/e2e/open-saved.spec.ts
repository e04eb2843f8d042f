/** Answers moved to a new device: a saved file or a pasted link opens wherever a person starts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { assessmentKey, open, readStorage, savedText, seedStorage } from './helpers';

const RUBRIC = 'coaching-conditions';
const layout1 = join(import.meta.dirname, '../fixtures/layout-1');
const links = JSON.parse(readFileSync(join(layout1, 'links.json'), 'utf8')) as Record<
  string,
  Record<string, string>
>;
// Every item at 3, except one at 1 in each of the first two dimensions.
const ratings = {
  'peer-meetings': 3,
  'peer-dialogue': 3,
  'peer-critical-friends': 3,
  'peer-system-network': 3,
  'learning-ongoing': 3,
  'learning-equity': 3,
  'learning-tailored': 3,
  'learning-integrated': 3,
  'leader-role-clarity': 3,
  'leader-networks': 3,
  'leader-staff-communication': 3,
  'leader-open-culture': 3,
  'system-role-clarity': 1,
  'system-coordination': 1,
  'system-advocacy': 1,
  'system-survives-change': 1,
};

test('a file exported on one computer opens from the home page of a fresh one, and can be kept', async ({
  page,
  browser,
}) => {
  await seedStorage(page, {
    [assessmentKey(RUBRIC)]: savedText({
      rubric: RUBRIC,
      ratings,
      counts: {},
      notes: { 'peer-meetings': 'Monthly' },
    }),
  });
  await open(page, `/results/${RUBRIC}/`);
  await expect(page.getByTestId('overall-score')).toHaveText('2.5');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const file = readFileSync(await download.path());

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other, '/');
  await expect(other.getByRole('heading', { name: 'Open a saved file or paste a link' })).toBeVisible();
  await other
    .getByLabel('Open an exported file (JSON)')
    .setInputFiles({ name: 'district.json', mimeType: 'application/json', buffer: file });
  await expect(other).toHaveURL(new RegExp(`/results/${RUBRIC}/$`));
  await expect(other.getByText('You are looking at the results in “district.json”.')).toBeVisible();
  await expect(other.getByTestId('overall-score')).toHaveText('2.5');
  expect(await readStorage(other, assessmentKey(RUBRIC))).toBeNull();
  await other.getByRole('button', { name: 'Save to my assessments' }).click();
  await other.reload();
  await expect(other.getByTestId('overall-score')).toHaveText('2.5');
  const saved = JSON.parse((await readStorage(other, assessmentKey(RUBRIC)))!) as {
    assessment: { notes: object };
  };
  expect(saved.assessment.notes).toEqual({ 'peer-meetings': 'Monthly' });
  await fresh.close();
});

test('an empty results page opens a saved file, and a file for another rubric goes to its page', async ({
  page,
}) => {
  await open(page, '/results/coach-deployment/');
  await expect(page.getByText('Nothing is answered yet for this rubric.')).toBeVisible();
  await page.getByLabel('Open an exported file (JSON)').setInputFiles(join(layout1, `${RUBRIC}.json`));
  await expect(page).toHaveURL(new RegExp(`/results/${RUBRIC}/$`));
  await expect(page.getByText(`You are looking at the results in “${RUBRIC}.json”.`)).toBeVisible();
  await expect(page.getByTestId('overall-score')).toBeVisible();
});

test('a results link pasted on the French summary opens on its rubric’s page', async ({ page }) => {
  await open(page, '/fr/results/');
  await expect(
    page.getByRole('heading', { name: 'Ouvrir un fichier enregistré ou coller un lien' }),
  ).toBeVisible();
  await page.getByLabel('Coller un lien vers des résultats').fill(links[RUBRIC]!.withNotesFrench!);
  await page.getByRole('button', { name: 'Ouvrir le lien' }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/results/${RUBRIC}/#r=`));
  await expect(page.getByText('Vous consultez des résultats partagés par lien.')).toBeVisible();
  await expect(page.getByTestId('overall-score')).toBeVisible();
});

test('a damaged link or a wrong file pasted on the home page says so and changes nothing', async ({
  page,
}) => {
  const saved = savedText({ rubric: RUBRIC, ratings, counts: {}, notes: {} });
  await seedStorage(page, { [assessmentKey(RUBRIC)]: saved });
  await open(page, '/');
  const code = links[RUBRIC]!.plain!.split('#r=')[1]!;
  await page.getByLabel('Paste a results link').fill(`#r=${code.slice(0, -4)}`);
  await page.getByRole('button', { name: 'Open the link' }).click();
  await expect(page.getByRole('alert')).toContainText('This link could not be opened.');
  await page
    .getByLabel('Open an exported file (JSON)')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
  await expect(page.getByRole('alert')).toContainText('“notes.json” could not be opened.');
  await expect(page).toHaveURL(/\/$/);
  expect(await readStorage(page, assessmentKey(RUBRIC))).toBe(saved);
});
