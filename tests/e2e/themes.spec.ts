/**
 * Themes, motion and charts: axe finds nothing on any page in the light and dark themes, whether the dark
 * one comes from the system or from the theme control, nor on the workshop's projector; the theme control
 * applies a choice at once, in every tab, and before the first paint of the next page; reduced motion
 * stops the chart's animation; every chart has a table of its numbers.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AXE_TAGS, open, readStorage, seedStorage } from './helpers';
import { EVERY_PAGE, everythingSaved, openReady } from './seed';

const RUBRIC = 'coaching-conditions';
const WHITE = 'rgb(255, 255, 255)';
const NIGHT = 'rgb(16, 20, 27)';

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect.soft(results.violations, `axe violations on ${what}`).toEqual([]);
}

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

const sweeps = [
  { name: 'the light theme of the system', colorScheme: 'light' as const },
  { name: 'the dark theme of the system', colorScheme: 'dark' as const },
];

for (const sweep of sweeps) {
  test(`axe finds no violations on any page, with saved answers and a workshop, in ${sweep.name}`, async ({
    page,
  }) => {
    // Every page, scanned by axe: minutes on a busy 2-core machine.
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: sweep.colorScheme });
    await seedStorage(page, everythingSaved());
    for (const entry of EVERY_PAGE) {
      await test.step(entry.path, async () => {
        await openReady(page, entry);
        await expectNoViolations(page, `${entry.path} in ${sweep.name}`);
      });
    }
  });
}

test('axe finds no violations with the theme chosen against the system’s, nor on the projector', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await seedStorage(page, everythingSaved());
  const pages = EVERY_PAGE.filter(({ path }) =>
    ['/', `/assess/${RUBRIC}/`, `/results/${RUBRIC}/`, `/team/${RUBRIC}/`].includes(path),
  );
  for (const [system, chosen, expected] of [
    ['light', 'dark', NIGHT],
    ['dark', 'light', WHITE],
  ] as const) {
    await page.emulateMedia({ colorScheme: system });
    await page.evaluate((theme) => localStorage.setItem('dcsa:theme', theme), chosen);
    for (const entry of pages) {
      await test.step(`${entry.path}: ${chosen} chosen, ${system} system`, async () => {
        await openReady(page, entry);
        expect(await background(page)).toBe(expected);
        await expectNoViolations(page, `${entry.path} with ${chosen} chosen on a ${system} system`);
      });
    }
  }
  for (const scheme of ['light', 'dark'] as const) {
    await test.step(`the projector, ${scheme} system`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, `/team/${RUBRIC}/`);
      await page.getByRole('button', { name: 'Projector mode' }).click();
      // With responses in, it opens on the first dimension; Home goes back to the join screen.
      await expect(page.locator('.projector')).toHaveAttribute('data-screen', '1');
      await expectNoViolations(page, `the projector's first dimension, ${scheme} system`);
      await page.keyboard.press('Home');
      await expect(page.locator('.projector')).toHaveAttribute('data-screen', '0');
      await expectNoViolations(page, `the projector's join screen, ${scheme} system`);
      await page.keyboard.press('Escape');
    });
  }
});

test('the theme control follows the system until a choice is made, then applies it at once, in every tab and before the first paint', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  // What the page looks like when the browser is about to paint its first frame.
  await context.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrame: object }).firstFrame = {
        theme: document.documentElement.dataset.theme ?? 'system',
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
  });
  const firstFrame = (page: Page) =>
    page.evaluate(() => (window as unknown as { firstFrame: object }).firstFrame);
  const page = await context.newPage();
  const other = await context.newPage();
  await open(page, '/');
  await open(other, `/results/${RUBRIC}/`);

  const choice = page.getByLabel('Theme');
  await expect(choice).toHaveValue('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await background(page)).toBe(WHITE);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe(NIGHT);
  await page.emulateMedia({ colorScheme: 'light' });

  await choice.selectOption('Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(NIGHT);
  expect(await readStorage(page, 'dcsa:theme')).toBe('dark');
  // The other tab follows, control and all.
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(other.getByLabel('Theme')).toHaveValue('dark');

  // The next page is dark from its first frame: no flash of the light theme.
  await page.goto('/about/');
  await expect.poll(() => firstFrame(page)).toEqual({ theme: 'dark', background: NIGHT });
  await expect(page.getByLabel('Theme')).toHaveValue('dark');

  // Light chosen on a dark system stays light; System follows the system again and forgets the choice.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByLabel('Theme').selectOption('Light');
  expect(await background(page)).toBe(WHITE);
  await page.reload();
  await expect.poll(() => firstFrame(page)).toEqual({ theme: 'light', background: WHITE });
  await page.getByLabel('Theme').selectOption('System');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await background(page)).toBe(NIGHT);
  expect(await readStorage(page, 'dcsa:theme')).toBeNull();

  // Paper pages stay paper-white whatever is chosen, and have no theme control.
  await page.evaluate(() => localStorage.setItem('dcsa:theme', 'dark'));
  await open(page, `/rubric/${RUBRIC}/`);
  expect(await background(page)).toBe(WHITE);
  await expect(page.getByLabel('Theme')).toHaveCount(0);
  await context.close();
});

test('with reduced motion the charts do not animate and nothing on the page moves', async ({ page }) => {
  await seedStorage(page, everythingSaved());
  const canvas = page.locator('.results canvas');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await open(page, `/results/${RUBRIC}/`);
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas).toHaveAttribute('data-animation', 'on');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const path of [`/results/${RUBRIC}/`, `/print/${RUBRIC}/`]) {
    await open(page, path);
    await page.locator('canvas').scrollIntoViewIfNeeded();
    await expect(page.locator('canvas')).toHaveAttribute('data-animation', 'off');
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .map((element) => ({ element, style: getComputedStyle(element) }))
        .filter(
          ({ style }) =>
            style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) ||
            style.animationName !== 'none' ||
            style.scrollBehavior === 'smooth',
        )
        .map(({ element }) => element.outerHTML.slice(0, 80)),
    );
    expect(moving, path).toEqual([]);
  }
});

test('every chart has a table of the numbers it draws', async ({ page }) => {
  await seedStorage(page, everythingSaved());
  const dimensions = [
    'Regular peer communication and collaboration',
    'Ongoing and integrated professional learning with an equity lens',
    "School leaders' buy-in and support",
    'Coherent system leadership',
  ];
  await open(page, `/results/${RUBRIC}/`);
  await expect(page.locator('canvas')).toHaveCount(1);
  await expect(page.locator('canvas')).toHaveAttribute('role', 'img');
  await expect(page.locator('canvas')).toHaveAccessibleName(/\S/);
  const table = page.getByTestId('chart-table');
  await expect(table.locator('tbody tr')).toHaveCount(4);
  for (const [i, name] of dimensions.entries()) {
    await expect(table.locator('tbody tr').nth(i)).toContainText(name);
    await expect(table.locator('tbody tr').nth(i)).toContainText(/\d\.\d/);
  }

  await open(page, `/print/${RUBRIC}/`);
  await expect(page.locator('canvas')).toHaveAccessibleName(/same numbers are in the growth map/);
  const grid = page.locator('table.sheet-grid');
  for (const name of dimensions) await expect(grid).toContainText(name);
  await expect(grid.locator('.sheet-score')).not.toHaveCount(0);
});
