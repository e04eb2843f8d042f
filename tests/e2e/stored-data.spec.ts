/**
 * Stored and imported data that cannot be trusted: a date that is not a date never blanks a view, and
 * unreadable snapshots (like answers and workshops) are reported, offered for download, set aside only when
 * the person starts afresh, and listed with everything else set aside on one page.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  MEMORY_ONLY_NOTICE,
  assessmentKey,
  blockLocalStorage,
  open,
  readStorage,
  savedText,
  seedStorage,
  setAsideKey,
} from './helpers';

const RUBRIC = 'coaching-conditions';
const TITLE = 'Conditions for Learning Coaches';
const snapshotsKey = `dcsa:snapshots:${RUBRIC}`;
const snapshotsAsideKey = `dcsa:set-aside:snapshots:${RUBRIC}`;

async function downloadFrom(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test.describe('a date that is not a date', () => {
  const yesterday = savedText({
    rubric: RUBRIC,
    ratings: { 'peer-meetings': 3 },
    counts: {},
    notes: {},
    updatedAt: 'yesterday',
  });

  test('an imported file with "updatedAt":"yesterday" is refused, saying where, and changes nothing', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await open(page, `/results/${RUBRIC}/`);
    await page
      .getByLabel('Open an exported file (JSON)')
      .setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(yesterday) });
    await expect(page.getByText('the value at “assessment.updatedAt” is missing or not valid')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save to my assessments' })).toHaveCount(0);
    expect(await readStorage(page, assessmentKey(RUBRIC))).toBeNull();

    await open(page, `/print/${RUBRIC}/`);
    await expect(page.getByText('Nothing is answered yet for this rubric.')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('stored answers with such a date are reported, never shown as “Invalid Date” nor a blank score sheet', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await seedStorage(page, { [assessmentKey(RUBRIC)]: yesterday });

    await open(page, `/print/${RUBRIC}/`);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('Saved answers could not be read');
    await expect(alert).toContainText('its contents are not in the expected shape at assessment.updatedAt');

    await open(page, '/');
    await expect(page.locator('.saved-progress').nth(1)).toHaveText('Saved answers could not be read');
    await expect(page.locator('main')).not.toContainText('Invalid Date');
    expect(await readStorage(page, assessmentKey(RUBRIC))).toBe(yesterday);
    expect(errors).toEqual([]);
  });
});

test.describe('unreadable snapshots', () => {
  for (const [what, raw] of [
    ['broken JSON', '{"version":1,"snapshots":['],
    ['a newer format', '{"version":99,"snapshots":[]}'],
  ] as const)
    test(`(${what}) are reported with a download, kept until the person starts a new history, then listed on the set-aside page`, async ({
      page,
    }) => {
      await seedStorage(page, { [snapshotsKey]: raw });
      await open(page, `/results/${RUBRIC}/`);
      const alert = page.getByRole('alert').filter({ hasText: 'Saved snapshots could not be read' });
      await expect(alert).toContainText(
        'The snapshots saved in this browser for this rubric could not be read',
      );
      const fromAlert = await downloadFrom(page, alert.getByRole('button', { name: 'Download it' }));
      expect(fromAlert).toEqual({ name: `${RUBRIC}-unreadable-snapshots.txt`, text: raw });
      expect(await readStorage(page, snapshotsKey)).toBe(raw);

      await alert.getByRole('button', { name: 'Start a new history' }).click();
      await expect(alert).toHaveCount(0);
      const aside = page.getByRole('status').filter({ hasText: 'Earlier data kept aside' });
      await expect(aside).toBeVisible();
      expect(await readStorage(page, snapshotsAsideKey)).toBe(raw);
      expect(await readStorage(page, snapshotsKey)).toBeNull();

      await aside.getByRole('link', { name: 'See everything set aside' }).click();
      await expect(page).toHaveURL(/\/saved\/$/);
      const item = page.getByRole('listitem').filter({ hasText: `Snapshots of “${TITLE}”` });
      await expect(item).toContainText(`Size: ${raw.length} bytes`);
      const fromList = await downloadFrom(page, item.getByRole('link', { name: 'Download it' }));
      expect(fromList.text).toBe(raw);

      // Deleting asks first; saying no keeps it.
      page.once('dialog', (dialog) => void dialog.dismiss());
      await item.getByRole('button', { name: 'Delete it' }).click();
      expect(await readStorage(page, snapshotsAsideKey)).toBe(raw);
      page.once('dialog', (dialog) => void dialog.accept());
      await item.getByRole('button', { name: 'Delete it' }).click();
      await expect(item).toHaveCount(0);
      await expect(page.getByRole('main').getByRole('status')).toHaveText(
        `Deleted: Snapshots of “${TITLE}”.`,
      );
      expect(await readStorage(page, snapshotsAsideKey)).toBeNull();
      await expect(page.getByText('Nothing is set aside in this browser.')).toBeVisible();
    });
});

test('the set-aside page lists every kind of set-aside data, in French too', async ({ page }) => {
  const answers = '{not json';
  const workshop = 'é'.repeat(1500);
  await seedStorage(page, {
    [setAsideKey('coach-deployment')]: answers,
    [`dcsa:set-aside:workshop:${RUBRIC}`]: workshop,
    'dcsa:set-aside:plan:coach-deployment': '{}',
    // Not set aside: never listed.
    [assessmentKey(RUBRIC)]: savedText({ rubric: RUBRIC, ratings: {}, counts: {}, notes: {} }),
  });
  await open(page, '/fr/saved/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Données mises de côté');
  const items = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(items.getByRole('heading')).toHaveText([
    'Réponses à « Déploiement de l’accompagnement pédagogique »',
    'Autres données (dcsa:set-aside:plan:coach-deployment)',
    'Atelier sur « Conditions favorables à l’accompagnement pédagogique »',
  ]);
  await expect(items.nth(0)).toContainText('Taille : 9 octets');
  await expect(items.nth(2)).toContainText('Taille : 2,9 kilooctets');
  const download = await downloadFrom(page, items.nth(2).getByRole('link', { name: 'Télécharger' }));
  expect(download).toEqual({ name: `${RUBRIC}-unreadable-workshop.txt`, text: workshop });
});

test('the district summary says answers are kept only in this tab when the browser stores nothing', async ({
  page,
}) => {
  await page.addInitScript(blockLocalStorage);
  await open(page, '/results/');
  await expect(page.getByText(MEMORY_ONLY_NOTICE)).toBeVisible();
});
