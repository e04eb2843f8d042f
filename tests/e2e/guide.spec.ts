/**
 * The facilitator's guide (/guide/, /fr/guide/): axe finds nothing in light and dark, it reads with
 * JavaScript off, and it prints on at most six pages on Letter and on A4, in light colours whatever the
 * theme, each rubric's agenda and questions starting a page of their own.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AXE_TAGS, RUBRICS, open, pdfPageCount } from './helpers';

/** The most pages the guide prints on: two of protocol, one for each rubric, and one spare. */
const MAX_PAGES = 6;

for (const [lang, path] of [
  ['en', '/guide/'],
  ['fr', '/fr/guide/'],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${path} in ${colorScheme} mode`, () => {
      test.use({ colorScheme });

      test(`axe finds no violations at 1366×768 and 390×844 (${lang}, ${colorScheme})`, async ({ page }) => {
        // Two axe scans of a long page: most of a minute on a busy 2-core machine.
        test.setTimeout(120_000);
        await open(page, path);
        for (const size of [
          { width: 1366, height: 768 },
          { width: 390, height: 844 },
        ]) {
          await page.setViewportSize(size);
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          expect.soft(results.violations, `${size.width}px`).toEqual([]);
        }
      });
    });
  }

  test(`reads with JavaScript off and prints on at most ${MAX_PAGES} pages on Letter and A4 (${lang})`, async ({
    browser,
  }) => {
    // Dark on screen: the paper must still be light.
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      lang === 'en' ? 'Facilitator’s guide' : 'Guide d’animation',
    );
    // Every rubric's section, its agenda and its questions are there without a script.
    for (const rubric of RUBRICS) {
      const section = page.locator(`#rubric-${rubric}`);
      await expect(section.locator('table.guide-agenda tbody tr')).not.toHaveCount(0);
      await expect(section.locator('.guide-dimension')).toHaveCount(4);
    }
    await page.getByRole('link', { name: lang === 'en' ? 'Coach Deployment' : /^Déploiement/ }).click();
    await expect(page).toHaveURL(/#rubric-coach-deployment$/);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.guide-contents')).toBeHidden();
    const paper = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('#origin p')!).color,
      breaks: [...document.querySelectorAll('.guide-rubric')].map((s) => getComputedStyle(s).breakBefore),
    }));
    expect(paper.text).toBe('rgb(26, 31, 41)');
    expect(paper.breaks).toEqual(RUBRICS.map(() => 'page'));
    for (const format of ['Letter', 'A4'] as const) {
      const pages = pdfPageCount(await page.pdf({ format }));
      expect(pages, format).toBeGreaterThanOrEqual(1 + RUBRICS.length);
      expect(pages, format).toBeLessThanOrEqual(MAX_PAGES);
    }
    await context.close();
  });
}
