/**
 * Offline and updates. After one visit the whole site works with the network off: answering, the results,
 * a share link, the score sheet, the workshop board and the blank rubric. And when a new version is deployed,
 * the next visit picks it up, says so, and keeps the saved answers.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dist } from '../build/dist';
import {
  AXE_TAGS,
  answerEverything,
  assessmentKey,
  open,
  progressText,
  readStorage,
  revealWorkshopOf,
  waitForIslands,
  watchPage,
} from './helpers';
import { serveCopy } from './static-server';

const RUBRIC = 'coaching-conditions';
const UPDATED = 'This site has been updated to a new version. Your saved answers are kept.';

/** The update notice: the live region is always there (so it is announced when filled), the notice fills it. */
const updateNotice = (page: Page) => page.getByRole('status').filter({ has: page.getByText(UPDATED) });

/** Waits until the service worker has precached the site and controls the open page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations, label).toEqual([]);
}

test('after one visit, the whole site works with the network off', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const watched = watchPage(page, new URL(baseURL!).origin);
  await open(page, '/');
  await waitForServiceWorker(page);
  // Taking control on the first visit is not an update: nothing is announced.
  await expect(updateNotice(page)).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('District Coaching Self-Assessment');
  // The network really is off: a file the service worker has not precached cannot be fetched.
  expect(
    await page.evaluate(() =>
      fetch('favicon.svg?not-precached').then(
        () => 'fetched',
        () => 'failed',
      ),
    ),
  ).toBe('failed');

  // Answer a whole rubric, then read the results: item i of step s at (s + i) mod 5, so the dimensions
  // score (1+2+3+4)/4 = 2.5, (2+3+4+0+1)/5 = 2, (3+4+0+1)/4 = 2 and (4+0+1+2+3)/5 = 2, shown as 2.5, 2.0,
  // 2.0 and 2.0; overall 2.125, shown as 2.1.
  await page.getByRole('link', { name: 'Answer: Coaching conditions' }).click();
  await waitForIslands(page);
  await answerEverything(page);
  await expect(progressText(page)).toHaveText('18 of 18 answered');
  await page.locator('.questionnaire').getByRole('link', { name: 'See the results' }).first().click();
  await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
  const table = page.getByRole('table', { name: 'Conditions for Learning Coaches', exact: true });
  for (const [dimension, score] of [
    ['peer-collaboration', '2.5'],
    ['professional-learning', '2.0'],
    ['leader-buy-in', '2.0'],
    ['system-leadership', '2.0'],
  ])
    await expect(table.locator(`tr[data-dimension="${dimension}"] td`).first()).toHaveText(score!);
  await expect(page.getByTestId('overall-score')).toHaveText('2.1');
  await expect(page.getByTestId('weakest')).toContainText('Coherent system leadership');
  // The chart library is a file loaded on demand: it was precached too.
  await page.locator('.results canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('.results canvas')).toHaveAttribute('data-animation', /on|off/);
  await expectNoAxeViolations(page, 'results, offline');

  // A share link opens as a colleague's would, in another tab.
  await page.getByRole('button', { name: 'Create share link' }).click();
  const link = await page.getByLabel(/Share link/).inputValue();
  expect(link).toContain(`/results/${RUBRIC}/#r=`);
  const shared = await context.newPage();
  await shared.goto(link);
  await expect(shared.getByText('You are looking at results shared by a link.')).toBeVisible();
  await expect(shared.getByTestId('overall-score')).toHaveText('2.1');
  await shared.close();

  // The score sheet draws its chart and the QR code of the answers.
  await open(page, `/print/${RUBRIC}/`);
  await expect(page.locator('.sheet-page')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('.sheet-qr svg')).toBeVisible();
  await expect(page.locator('.sheet canvas')).toHaveAttribute('data-animation', /on|off/);

  // The workshop board gathers the link and reveals it.
  await revealWorkshopOf(page, RUBRIC, link);
  await expectNoAxeViolations(page, 'workshop board, offline');

  await open(page, `/rubric/${RUBRIC}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Conditions for Learning Coaches');

  expect(watched.errors).toEqual([]);
  expect(watched.foreign).toEqual([]);
});

test('a new version is picked up on the next visit, announced, and keeps the saved answers', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  // A copy of the build on a server of the test's own, so the test can deploy a new version to it.
  const site = await serveCopy(dist);
  const context = await browser.newContext({ baseURL: site.origin });
  try {
    const page = await context.newPage();
    const notice = updateNotice(page);
    await open(page, `/assess/${RUBRIC}/`);
    await waitForServiceWorker(page);
    await page.locator('#item-peer-meetings input[value="3"]').check();
    await page.locator('#item-peer-dialogue input[value="unsure"]').check();
    await page.locator('#note-peer-meetings').fill('Monthly network since 2025');
    await expect(progressText(page)).toHaveText('2 of 18 answered');
    await expect.poll(() => readStorage(page, assessmentKey(RUBRIC))).toContain('Monthly network since 2025');
    const saved = await readStorage(page, assessmentKey(RUBRIC));
    await expect(notice).toHaveCount(0);

    // Deploy a new version, as a new build would: the page's bytes change, and with them its revision in
    // the service worker's precache list (workbox revises a file by the MD5 of its content).
    const html = join(site.root, 'assess', RUBRIC, 'index.html');
    const worker = join(site.root, 'service-worker.js');
    const before = readFileSync(html, 'utf8');
    const after = before.replace('<html lang="en"', '<html lang="en" data-version="2"');
    const md5 = (text: string) => createHash('md5').update(text).digest('hex');
    const code = readFileSync(worker, 'utf8');
    expect(code).toContain(`{url:"assess/${RUBRIC}/index.html",revision:"${md5(before)}"}`);
    writeFileSync(html, after);
    writeFileSync(worker, code.replace(md5(before), md5(after)));

    // The next visit shows the version the browser holds, while the new one installs and takes over.
    await page.reload();
    await waitForIslands(page);
    await expect(notice.getByText(UPDATED)).toBeVisible({ timeout: 20_000 });
    await expect(notice.getByRole('button', { name: 'Reload now' })).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-version');
    expect(await readStorage(page, assessmentKey(RUBRIC))).toBe(saved);
    await expect(progressText(page)).toHaveText('2 of 18 answered');
    await expect(page.locator('#item-peer-meetings input[value="3"]')).toBeChecked();
    await expectNoAxeViolations(page, 'questionnaire with the update notice');
    await page.emulateMedia({ media: 'print' });
    await expect(notice.getByText(UPDATED)).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // Reloading shows the new version, with the same answers, and no notice.
    await notice.getByRole('button', { name: 'Reload now' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-version', '2');
    await waitForIslands(page);
    await expect(notice).toHaveCount(0);
    expect(await readStorage(page, assessmentKey(RUBRIC))).toBe(saved);
    await expect(progressText(page)).toHaveText('2 of 18 answered');
    await expect(page.locator('#note-peer-meetings')).toHaveValue('Monthly network since 2025');
  } finally {
    await context.close();
    await site.close();
  }
});
