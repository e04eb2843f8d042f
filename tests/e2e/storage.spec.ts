/**
 * What happens to saved answers when storage misbehaves: unreadable data, no storage at all, data from a
 * newer version of the site, and two tabs writing at once. Clicks are fine here; the keyboard journeys
 * are in journeys.spec.ts.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import {
  MEMORY_ONLY_NOTICE,
  assessmentKey,
  blockLocalStorage,
  open,
  progressText,
  readSaved,
  readStorage,
  savedText,
  seedStorage,
  setAsideKey,
} from './helpers';

async function downloadFrom(page: Page, button: Locator): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { download, text: await readFile(path, 'utf8') };
}

test.describe('corrupt saved answers', () => {
  const rubric = 'district-office-support';
  const raw = '{not json';

  test('are reported on the results and the questionnaire, offered for download exactly as saved, and kept aside once the person answers again', async ({
    page,
  }) => {
    await seedStorage(page, { [assessmentKey(rubric)]: raw });
    const alert = page.getByRole('alert');

    await open(page, `/results/${rubric}/`);
    await expect(alert.getByRole('heading')).toHaveText('Saved answers could not be read');
    await expect(alert).toContainText(
      'The answers saved in this browser for this rubric could not be read: the saved text is not valid JSON. They have not been changed.',
    );
    const fromResults = await downloadFrom(page, alert.getByRole('button', { name: 'Download it' }));
    expect(fromResults.download.suggestedFilename()).toBe(`${rubric}-unreadable-saved-data.txt`);
    expect(fromResults.text).toBe(raw);
    expect(await readStorage(page, assessmentKey(rubric))).toBe(raw);

    await open(page, `/assess/${rubric}/`);
    await expect(alert.getByRole('heading')).toHaveText('Saved answers could not be read');
    const fromQuestionnaire = await downloadFrom(page, alert.getByRole('button', { name: 'Download it' }));
    expect(fromQuestionnaire.text).toBe(raw);
    // Opening pages and downloading change nothing.
    expect(await readStorage(page, assessmentKey(rubric))).toBe(raw);
    expect(await readStorage(page, setAsideKey(rubric))).toBeNull();

    // Answering an item moves the unreadable text aside, unchanged, and saves the new answer.
    await page.locator('#item-clarity-vision input[value="3"]').check();
    await expect(progressText(page)).toHaveText('1 of 16 answered');
    await expect(alert).toHaveCount(0);
    const keptAside = page.getByRole('status').filter({ hasText: 'Earlier data kept aside' });
    await expect(keptAside).toBeVisible();
    expect(await readStorage(page, setAsideKey(rubric))).toBe(raw);
    expect((await readSaved(page, rubric))?.assessment.ratings).toEqual({ 'clarity-vision': 3 });

    // A second answer does not set the text aside twice.
    await page.locator('#item-clarity-key-results input[value="2"]').check();
    await expect(progressText(page)).toHaveText('2 of 16 answered');
    expect(await readStorage(page, setAsideKey(rubric))).toBe(raw);

    // The set-aside text can still be downloaded, as it was, after a reload.
    await page.reload();
    await expect(keptAside).toBeVisible();
    await expect(page.locator('#item-clarity-vision input[value="3"]')).toBeChecked();
    const fromAside = await downloadFrom(page, keptAside.getByRole('button', { name: 'Download it' }));
    expect(fromAside.text).toBe(raw);
  });
});

test.describe('storage that the browser refuses', () => {
  test('the questionnaire still works for the open tab and says answers are kept only while it is open', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(blockLocalStorage);
    const rubric = 'coaching-conditions';

    await open(page, `/assess/${rubric}/`);
    // The block is in place: the page itself cannot reach localStorage.
    expect(
      await page.evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch (error) {
          return (error as DOMException).name;
        }
      }),
    ).toBe('SecurityError');
    await expect(page.getByText(MEMORY_ONLY_NOTICE)).toBeVisible();
    await expect(progressText(page)).toHaveText('0 of 18 answered');

    await page.locator('#item-peer-meetings input[value="3"]').check();
    await expect(progressText(page)).toHaveText('1 of 18 answered');
    await page.locator('#item-peer-dialogue').getByLabel('Not sure').check();
    await expect(progressText(page)).toHaveText('2 of 18 answered');
    await page.locator('#note-peer-dialogue').fill('Ask the coaches');
    await expect(page.locator('nav.steps a').first()).toContainText('(2/4)');

    // Moving between steps keeps the answers in the tab.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('#step-heading')).toContainText('Ongoing and integrated professional learning');
    await page.locator('#item-learning-ongoing input[value="1"]').check();
    await expect(progressText(page)).toHaveText('3 of 18 answered');
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(page.locator('#item-peer-meetings input[value="3"]')).toBeChecked();
    await expect(page.locator('#item-peer-dialogue input[value="unsure"]')).toBeChecked();
    await expect(page.locator('#note-peer-dialogue')).toHaveValue('Ask the coaches');
    await expect(page.getByText(MEMORY_ONLY_NOTICE)).toBeVisible();
    expect(errors).toEqual([]);
  });

  // "See the results" is a full page load: without storage, the answers travel in the link after #.
  test('the results opened from the questionnaire show the answers given in the same tab when the browser refuses storage', async ({
    page,
  }) => {
    await page.addInitScript(blockLocalStorage);
    const rubric = 'coaching-conditions';
    await open(page, `/assess/${rubric}/`);
    // Short action timeouts: an expected failure must fail, not time out (a time-out counts as unexpected).
    await page.locator('#item-peer-meetings input[value="3"]').check({ timeout: 5_000 });
    await expect(progressText(page)).toHaveText('1 of 18 answered');
    // A second item of the dimension, so that half of it is rated and it has a score.
    await page.locator('#item-peer-dialogue input[value="3"]').check({ timeout: 5_000 });
    await expect(progressText(page)).toHaveText('2 of 18 answered');
    await page
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('link', { name: 'Review' })
      .click({ timeout: 5_000 });
    await expect(page.locator('#step-heading')).toHaveText('Review');
    await page
      .locator('.questionnaire')
      .getByRole('link', { name: 'See the results' })
      .first()
      .click({ timeout: 5_000 });
    await page.waitForURL(`**/results/${rubric}/#r=*`, { timeout: 5_000 });
    await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
    expect(await page.locator('.results .empty').count()).toBe(0);
    const scores = page.getByRole('table', { name: 'Conditions for Learning Coaches', exact: true });
    await expect(scores.locator('tr[data-dimension="peer-collaboration"] td').first()).toHaveText('3.0');
  });
});

const NOT_SAVED_KEPT =
  'Not saved: this browser’s storage is full. Your changes are kept while this tab stays open. To keep your answers, download them as a file (“Download JSON” on the results page). To make room, delete snapshots you no longer need, or end a finished workshop.';

test.describe('storage that is full', () => {
  test('an answer that cannot be saved is kept in the tab and the page says it was not saved', async ({
    page,
  }) => {
    // Storage accepts the site's probe but refuses to store answers, as a full quota does.
    await page.addInitScript(() => {
      const setItem = Reflect.get(Storage.prototype, 'setItem');
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('dcsa:assessment:'))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    const rubric = 'coaching-conditions';
    await open(page, `/assess/${rubric}/`);
    await page.locator('#item-peer-meetings input[value="2"]').check();
    await expect(progressText(page)).toHaveText('1 of 18 answered');
    await expect(page.locator('.not-saved')).toHaveText(NOT_SAVED_KEPT);
    await page.locator('#item-peer-dialogue input[value="3"]').check();
    await expect(progressText(page)).toHaveText('2 of 18 answered');
    await expect(page.locator('#item-peer-meetings input[value="2"]')).toBeChecked();
    expect(await readStorage(page, assessmentKey(rubric))).toBeNull();
  });
});

test.describe('storage that fills up after answers were saved', () => {
  test('keeps the saved answers exactly as they were, and says the new ones are only in the tab', async ({
    page,
  }) => {
    const rubric = 'coaching-conditions';
    const saved = savedText({
      rubric,
      ratings: { 'peer-meetings': 3 },
      counts: {},
      notes: { 'peer-meetings': 'Saved before the storage filled up' },
    });
    await seedStorage(page, { [assessmentKey(rubric)]: saved });
    await page.addInitScript(() => {
      const setItem = Reflect.get(Storage.prototype, 'setItem');
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('dcsa:assessment:'))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await open(page, `/assess/${rubric}/`);
    await expect(page.locator('#item-peer-meetings input[value="3"]')).toBeChecked();
    await page.locator('#item-peer-dialogue input[value="2"]').check();
    await page.locator('#note-peer-meetings').fill('Changed while the storage is full');
    await expect(progressText(page)).toHaveText('2 of 18 answered');
    await expect(page.locator('.not-saved')).toHaveText(NOT_SAVED_KEPT);
    // Nothing saved was overwritten, shortened or deleted.
    expect(await readStorage(page, assessmentKey(rubric))).toBe(saved);
    expect(await readStorage(page, setAsideKey(rubric))).toBeNull();
    // A new visit finds what was saved, as the message said.
    await page.reload();
    await expect(page.locator('#item-peer-meetings input[value="3"]')).toBeChecked();
    await expect(page.locator('#note-peer-meetings')).toHaveValue('Saved before the storage filled up');
    await expect(progressText(page)).toHaveText('1 of 18 answered');
  });
});

test.describe('answers saved by a newer version of the site', () => {
  const rubric = 'coaching-conditions';
  const raw = JSON.stringify({
    version: 99,
    assessment: {
      rubric,
      ratings: { 'peer-meetings': 4, 'peer-dialogue': 3 },
      counts: {},
      notes: { 'peer-meetings': 'Written by a later release' },
      confidence: { 'peer-meetings': 'high' },
      updatedAt: '2027-03-01T09:00:00.000Z',
    },
  });

  test('are reported as from a newer version and left untouched until the person chooses to start over', async ({
    page,
  }) => {
    await seedStorage(page, { [assessmentKey(rubric)]: raw });
    const alert = page.getByRole('alert');
    const newer =
      'it was saved by a newer version of this site (format 99; this one reads up to 1). They have not been changed.';

    await open(page, `/results/${rubric}/`);
    await expect(alert.getByRole('heading')).toHaveText('Saved answers could not be read');
    await expect(alert).toContainText(newer);

    await open(page, '/');
    await expect(page.locator('.saved-progress').nth(1)).toHaveText('Saved answers could not be read');

    await open(page, `/assess/${rubric}/`);
    await expect(alert).toContainText(newer);
    await expect(page.locator('.questionnaire input:checked')).toHaveCount(0);
    // Looking around the questionnaire writes nothing.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('#step-heading')).toContainText('Ongoing and integrated professional learning');
    await page.reload();
    await expect(alert).toContainText(newer);
    expect(await readStorage(page, assessmentKey(rubric))).toBe(raw);
    expect(await readStorage(page, setAsideKey(rubric))).toBeNull();

    // Starting over is the person's choice: the newer data is set aside unchanged, not deleted.
    await alert.getByRole('button', { name: 'Start over' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Earlier data kept aside' })).toBeVisible();
    expect(await readStorage(page, setAsideKey(rubric))).toBe(raw);
    expect(await readStorage(page, assessmentKey(rubric))).toBeNull();

    await page.locator('#item-learning-ongoing input[value="2"]').check();
    await expect(progressText(page)).toHaveText('1 of 18 answered');
    expect(await readSaved(page, rubric)).toEqual({
      version: 1,
      assessment: {
        rubric,
        ratings: { 'learning-ongoing': 2 },
        counts: {},
        notes: {},
        updatedAt: expect.any(String),
      },
    });
    expect(await readStorage(page, setAsideKey(rubric))).toBe(raw);
  });
});

test.describe('two tabs', () => {
  test('answering the same rubric in two tabs at once loses no answer', async ({ context }) => {
    const rubric = 'coaching-conditions';
    const first = await context.newPage();
    const second = await context.newPage();
    await open(first, `/assess/${rubric}/`);
    await open(second, `/assess/${rubric}/`);

    await first.locator('#item-peer-meetings input[value="3"]').check();
    await expect(progressText(first)).toHaveText('1 of 18 answered');
    // The other tab hears of it at once.
    await expect(second.locator('#item-peer-meetings input[value="3"]')).toBeChecked();
    await expect(progressText(second)).toHaveText('1 of 18 answered');

    await second.locator('#item-peer-dialogue input[value="1"]').check();
    await second.locator('#note-peer-dialogue').fill('From the second tab');
    await expect(first.locator('#item-peer-dialogue input[value="1"]')).toBeChecked();
    await expect(first.locator('#note-peer-dialogue')).toHaveValue('From the second tab');

    await first.locator('#note-peer-meetings').fill('From the first tab');
    await expect(second.locator('#note-peer-meetings')).toHaveValue('From the first tab');

    for (const page of [first, second]) {
      await page.reload();
      await expect(progressText(page)).toHaveText('2 of 18 answered');
      await expect(page.locator('#item-peer-meetings input[value="3"]')).toBeChecked();
      await expect(page.locator('#item-peer-dialogue input[value="1"]')).toBeChecked();
      await expect(page.locator('#note-peer-meetings')).toHaveValue('From the first tab');
      await expect(page.locator('#note-peer-dialogue')).toHaveValue('From the second tab');
    }
    expect((await readSaved(first, rubric))?.assessment).toEqual({
      rubric,
      ratings: { 'peer-meetings': 3, 'peer-dialogue': 1 },
      counts: {},
      notes: { 'peer-meetings': 'From the first tab', 'peer-dialogue': 'From the second tab' },
      updatedAt: expect.any(String),
    });
  });
});
