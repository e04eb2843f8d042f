/**
 * The site in French: a francophone leader answers a rubric under /fr/, switches language mid-way and
 * keeps every answer (answers are stored by item id, not by text), reads French results with a decimal
 * comma, downloads a CSV with French headers and prints a French score sheet; a share link and a broken one
 * open in French; and axe finds nothing on any French page.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { uiFor, workshopUiFor } from '../../src/i18n/pages';
import { realRubrics } from '../share-fixtures';
import { AXE_TAGS, RUBRICS, assessmentKey, open, readSaved, seedStorage, tabTo, watchPage } from './helpers';
import { EVERY_PAGE, everythingSaved, openReady } from './seed';

const fr = uiFor('fr');
const RUBRIC = 'coaching-conditions';
/** The rubric's item ids by dimension, from its content file. */
const ITEMS = realRubrics
  .find((r) => r.id === RUBRIC)!
  .data.dimensions.map((d) => d.items.map((item) => item.id));

/** Chooses a level for an item with the keyboard: Tab into its group, then press the level's digit. */
async function rate(page: Page, item: string, level: number): Promise<void> {
  await tabTo(page, `#item-${item} input[type="radio"]`);
  await page.keyboard.press(String(level));
  await expect(page.locator(`#item-${item} input[value="${level}"]`)).toBeChecked();
}

test('a francophone leader answers in French, switches language mid-way and keeps every answer', async ({
  page,
  baseURL,
}) => {
  const watched = watchPage(page, new URL(baseURL!).origin);
  await open(page, '/');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.siteName);

  await page.getByRole('link', { name: fr.labelled(fr.answer, 'Conditions de l’accompagnement') }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/assess/${RUBRIC}/$`));
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  // The choices are in French, "Not sure" included, with the rubric's French level names.
  const first = page.locator('#item-peer-meetings');
  await expect(first.getByText('Je ne sais pas')).toBeVisible();
  await expect(first.getByText('Structurée', { exact: false }).first()).toBeVisible();

  // The first dimension, by keyboard: 3, 3, 2, 4.
  await rate(page, 'peer-meetings', 3);
  await rate(page, 'peer-dialogue', 3);
  await rate(page, 'peer-critical-friends', 2);
  await rate(page, 'peer-system-network', 4);
  await expect(page.locator('.questionnaire .progress label')).toHaveText(fr.answeredOf(4, 18));

  // Switch to English: the same page, the same answers, in English.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/assess/${RUBRIC}/$`));
  expect(new URL(page.url()).pathname).toBe(`/assess/${RUBRIC}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.questionnaire .progress label')).toHaveText('4 of 18 answered');
  await expect(page.locator('#item-peer-dialogue input[value="3"]')).toBeChecked();
  // …and back to French, where the rest is answered.
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/assess/${RUBRIC}/$`));
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.questionnaire .progress label')).toHaveText(fr.answeredOf(4, 18));

  // Every other item at 2, and one "Je ne sais pas".
  for (const items of ITEMS.slice(1)) {
    await page.getByRole('button', { name: fr.next, exact: true }).click();
    for (const item of items) {
      if (item === 'system-survives-change')
        await page.locator(`#item-${item}`).getByLabel('Je ne sais pas').check();
      else await page.locator(`#item-${item} input[value="2"]`).check();
    }
  }
  await expect(page.locator('.questionnaire .progress label')).toHaveText(fr.answeredOf(18, 18));
  const saved = await readSaved(page, RUBRIC);
  expect(saved?.assessment.ratings).toMatchObject({ 'peer-meetings': 3, 'system-survives-change': 'unsure' });

  // Results in French: (3 + 2 + 2 + 2) / 4 = 2.25 → « 2,2 » with a decimal comma; dimensions at
  // 3.0, 2.0, 2.0 and 2.0 (three answered, one « Je ne sais pas »).
  await page.getByRole('button', { name: fr.review, exact: true }).click();
  await expect(page.getByText(fr.allAnswered)).toBeVisible();
  await page.getByRole('link', { name: fr.goToResults }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/results/${RUBRIC}/$`));
  await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('overall-score')).toHaveText('2,2');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Conditions favorables');
  await expect(page.getByText(fr.gridHeading).first()).toBeVisible();

  // The CSV has French headers and level names.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: fr.downloadCsv }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!;
  expect(header).toBe(Object.values(fr.csvHeaders).join(','));
  expect(csv).toContain(fr.csvUnsure);
  expect(csv).toContain('Occasionnelle');

  // The score sheet is French too.
  await open(page, `/fr/print/${RUBRIC}/`);
  await expect(page.locator('.sheet-page')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText(fr.sheetKicker).first()).toBeVisible();
  await expect(page.getByText('2,2').first()).toBeVisible();

  expect(watched.errors).toEqual([]);
  expect(watched.foreign).toEqual([]);
});

test('a share link opens in French, keeps its results across the language switch, and a broken one says why in French', async ({
  page,
}) => {
  const key = assessmentKey(RUBRIC);
  await seedStorage(page, { [key]: everythingSaved()[key]! });
  await open(page, `/fr/results/${RUBRIC}/`);
  await page.getByRole('button', { name: fr.makeLink }).click();
  const link = await page.getByLabel(fr.linkLabel).inputValue();
  expect(link).toMatch(new RegExp(`/fr/results/${RUBRIC}/#r=[A-Za-z0-9_-]+$`));

  const colleague = await page.context().browser()!.newPage();
  await colleague.goto(link);
  await expect(colleague.getByText(fr.incomingFromLink)).toBeVisible();
  // Switching language keeps the shared results open: the link carries the # part.
  await colleague.getByRole('link', { name: 'English' }).click();
  await expect(colleague).toHaveURL(new RegExp(`/results/${RUBRIC}/#r=`));
  expect(new URL(colleague.url()).pathname).toBe(`/results/${RUBRIC}/`);
  await expect(colleague.getByText(uiFor('en').incomingFromLink)).toBeVisible();

  // The facilitator's board, in French: one response added, a cut-off one refused with the reason.
  const w = workshopUiFor('fr');
  await open(colleague, `/fr/team/${RUBRIC}/`);
  await colleague.getByRole('button', { name: w.startWorkshop }).click();
  await colleague.getByLabel(w.pasteLabel).fill(`${link}\n${link.slice(0, -12)}`);
  await colleague.getByRole('button', { name: w.addResponses }).click();
  await expect(colleague.getByTestId('gather-status')).toHaveText(w.addedResponses([1]));
  await expect(colleague.getByTestId('refused')).toContainText(
    w.refused(w.responseOf(2, 2), w.refusalLink.truncated),
  );
  await colleague.getByTestId('reveal').click();
  await expect(colleague.locator('table.board').first()).toBeVisible();
  await expect(colleague.getByRole('columnheader', { name: w.median }).first()).toBeVisible();

  await colleague.goto(`${link.slice(0, -6)}`);
  await colleague.reload();
  await expect(colleague.getByRole('alert')).toContainText(fr.linkBroken(fr.linkErrors.truncated));
  await colleague.close();
});

// One test per group of pages, so the scans run in parallel and each stays well within its time.
const GROUPS = [
  ...RUBRICS.map((rubric) => ({
    name: rubric,
    pages: EVERY_PAGE.filter(({ path }) => path.includes(`/${rubric}/`)),
  })),
  {
    name: 'home, summary and about',
    pages: EVERY_PAGE.filter(({ path }) => !RUBRICS.some((r) => path.includes(`/${r}/`))),
  },
];

for (const group of GROUPS) {
  test(`axe finds no violations on the French pages of ${group.name}, with saved answers`, async ({
    page,
  }) => {
    // An axe scan a page: minutes on a busy 2-core machine.
    test.setTimeout(240_000);
    expect(group.pages.length).toBeGreaterThan(2);
    await seedStorage(page, everythingSaved());
    for (const entry of group.pages) {
      const path = `/fr${entry.path}`;
      await test.step(path, async () => {
        await openReady(page, { ...entry, path });
        await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
        const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect
          .soft(
            violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
            path,
          )
          .toEqual([]);
      });
    }
  });
}
