/**
 * Writes that storage refuses because it is full: the page never claims what storage does not hold. The
 * quota is made small by filling storage with a filler value first, leaving `room` characters, so the
 * site's own writes meet a real QuotaExceededError from the browser.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeShareCode, shareFragment } from '../../src/lib/share-code';
import { realRubrics } from '../share-fixtures';
import { assessmentKey, open, readStorage, savedText, seedStorage } from './helpers';

const RUBRIC = 'coaching-conditions';
const rubric = realRubrics.find((r) => r.id === RUBRIC)!;
const items = rubric.data.dimensions.flatMap((d) =>
  d.items.filter((i) => i.kind === 'rated').map((i) => i.id),
);
const workshopKey = `dcsa:workshop:${RUBRIC}`;

/**
 * Fills storage, once, until only about `room` characters are left for the site: `room` is held by a
 * placeholder while filler values of shrinking sizes take the rest, then let go.
 */
async function fillStorage(page: Page, room: number): Promise<void> {
  await page.addInitScript((room) => {
    if (localStorage.getItem('filler-0') !== null) return;
    localStorage.setItem('room', 'x'.repeat(room));
    let n = 0;
    for (const size of [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1]) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`filler-${n++}`, chunk);
      } catch {
        // Full at this size: go on with smaller values.
      }
    }
    localStorage.removeItem('room');
  }, room);
}

/** A response link whose four notes are long: distinct by its number, yet short once compressed. */
async function longResponse(n: number, baseURL: string): Promise<string> {
  const notes = Object.fromEntries(items.slice(0, 4).map((id, i) => [id, `${n}-${i} `.repeat(1_500)]));
  const ratings = Object.fromEntries(items.map((id, i) => [id, ((n + i) % 5) as 0 | 1 | 2 | 3 | 4]));
  const code = await encodeShareCode(
    { rubric: RUBRIC, ratings, counts: {}, notes, updatedAt: '2026-11-23T14:00:00.000Z' },
    rubric,
    { notes: true, profile: false },
  );
  return `${baseURL}/results/${RUBRIC}/${shareFragment(code)}`;
}

const storedResponses = async (page: Page) => {
  const raw = await readStorage(page, workshopKey);
  return raw === null
    ? 0
    : (JSON.parse(raw) as { workshop: { responses: unknown[] } }).workshop.responses.length;
};

test('the workshop board never says it added responses that storage refused', async ({ page, baseURL }) => {
  // Filling storage and reading long responses take a while on a busy machine.
  test.slow();
  await fillStorage(page, 120_000);
  await open(page, `/team/${RUBRIC}/`);
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  const status = page.getByTestId('gather-status');
  const summary = page.locator('.response-list summary');
  let shown = 0;
  let refused = false;
  for (let batch = 0; batch < 8 && !refused; batch++) {
    const links = await Promise.all([0, 1].map((i) => longResponse(batch * 2 + i, baseURL!)));
    await page.getByLabel('Response links or codes').fill(links.join('\n'));
    await page.getByRole('button', { name: 'Add responses' }).click();
    await expect(status).not.toBeEmpty();
    const text = (await status.textContent()) ?? '';
    const stored = await storedResponses(page);
    if (/^Added/.test(text)) {
      // What the board says it added is in storage, and the list shows what storage holds.
      expect(stored).toBeGreaterThan(shown);
      shown = stored;
      await expect(summary).toHaveText(`${shown} responses`.replace(/^1 responses$/, '1 response'));
    } else {
      refused = true;
      await expect(page.locator('.not-saved')).toContainText('Not saved: this browser’s storage is full.');
      expect(stored).toBe(shown);
    }
  }
  expect(refused).toBe(true);
  expect(shown).toBeGreaterThan(0);
  await page.reload();
  await expect(summary).toHaveText(`${shown} responses`.replace(/^1 responses$/, '1 response'));
});

test.describe('a results page when storage is full', () => {
  test('“Save snapshot” says the snapshot was not saved, and none appears after a reload', async ({
    page,
  }) => {
    const saved = savedText({ rubric: RUBRIC, ratings: { 'peer-meetings': 3 }, counts: {}, notes: {} });
    await seedStorage(page, { [assessmentKey(RUBRIC)]: saved });
    await fillStorage(page, 200);
    await open(page, `/results/${RUBRIC}/`);
    await page.getByLabel('Label', { exact: true }).fill('Fall baseline '.repeat(14));
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await expect(page.locator('.history .not-saved')).toContainText(
      'Not saved: this browser’s storage is full.',
    );
    await expect(page.locator('.history')).not.toContainText('Saved “');
    expect(await readStorage(page, `dcsa:snapshots:${RUBRIC}`)).toBeNull();
    await page.reload();
    await expect(page.locator('.snapshots')).toHaveCount(0);
  });

  test('“Save to my assessments” from a share link says the answers were not saved', async ({
    page,
    baseURL,
  }) => {
    await fillStorage(page, 1_000);
    const link = await longResponse(1, baseURL!);
    await page.goto('/about/');
    await page.goto(link);
    await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
    await page.getByRole('button', { name: 'Save to my assessments' }).click();
    await expect(page.locator('.not-saved')).toContainText('Not saved: this browser’s storage is full.');
    expect(await readStorage(page, assessmentKey(RUBRIC))).toBeNull();
    await page.goto(`/results/${RUBRIC}/`);
    await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByText('Nothing is answered yet')).toBeVisible();
  });
});

test('the theme control says a choice storage refused lasts only for this tab, on any page', async ({
  page,
}) => {
  await fillStorage(page, 0);
  await open(page, '/fr/about/');
  const notice = page.locator('#theme-not-saved');
  await expect(notice).toBeHidden();
  await page.getByLabel('Thème').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveText(
    'Non enregistré\u00a0: ce thème ne vaut que jusqu’à la fermeture de cet onglet.',
  );
  expect(await readStorage(page, 'dcsa:theme')).toBeNull();
});

test('storage full to the last character still shows the saved answers, not a notice that storage is off', async ({
  page,
}) => {
  const saved = savedText({ rubric: RUBRIC, ratings: { 'peer-meetings': 3 }, counts: {}, notes: {} });
  await seedStorage(page, { [assessmentKey(RUBRIC)]: saved });
  await fillStorage(page, 0);
  await open(page, `/results/${RUBRIC}/`);
  await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByText('Nothing is answered yet')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Next moves' })).toBeVisible();
});
