/**
 * A keyboard-only walk through every page: Tab from the top of the page to its end, and at every stop the
 * focused control is on screen with a visible focus ring (a real outline on it or on the box drawn around
 * it, such as a level's card). Then the walk goes on from page to page with Enter alone.
 */
import { expect, test, type Page } from '@playwright/test';
import { open, seedStorage } from './helpers';
import { EVERY_PAGE, everythingSaved, openReady } from './seed';

interface Stop {
  /** A number given to the element the first time focus reaches it, to know when the walk comes round. */
  id: number;
  element: string;
  ring: boolean;
  onScreen: boolean;
}

/** Where focus is now, whether something around it draws a visible outline, and whether it has a size. */
function stopHere(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || !(element instanceof HTMLElement)) return null;
    const counter = window as unknown as { tabStops?: number };
    element.dataset.tabStop ??= String((counter.tabStops = (counter.tabStops ?? 0) + 1));
    let ring = false;
    let node: Element | null = element;
    // The ring is on the control, or on its box (a level's card around its radio button, a label).
    for (let depth = 0; node && depth < 3 && !ring; depth++, node = node.parentElement) {
      const style = getComputedStyle(node);
      ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    }
    const box = element.getBoundingClientRect();
    return {
      id: Number(element.dataset.tabStop),
      element: element.outerHTML.slice(0, 120),
      ring,
      onScreen: box.width > 0 && box.height > 0,
    };
  });
}

/** Presses Tab until focus leaves the page, checking every stop; returns how many stops there were. */
async function tabThrough(page: Page, path: string): Promise<number> {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const seen = new Set<number>();
  let stops = 0;
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const stop = await stopHere(page);
    if (stop === null || seen.has(stop.id)) break;
    seen.add(stop.id);
    stops++;
    expect.soft(stop.ring, `${path}: no visible focus ring on ${stop.element}`).toBe(true);
    expect.soft(stop.onScreen, `${path}: focus on something not drawn: ${stop.element}`).toBe(true);
  }
  return stops;
}

test.describe('a keyboard-only walk', () => {
  test.use({ reducedMotion: 'reduce' });

  test('every stop on every page shows where focus is', async ({ page }) => {
    test.setTimeout(180_000);
    await seedStorage(page, everythingSaved());
    for (const entry of EVERY_PAGE) {
      await test.step(entry.path, async () => {
        await openReady(page, entry);
        const stops = await tabThrough(page, entry.path);
        test.info().annotations.push({ type: 'tab stops', description: `${entry.path}: ${stops}` });
        // Every page has at least the skip link, the site's name, the navigation and the theme control.
        expect(stops, `${entry.path}: tab stops`).toBeGreaterThan(entry.path.startsWith('/rubric/') ? 4 : 5);
      });
    }
  });

  test('the pages lead from one to the next with Tab and Enter alone', async ({ page }) => {
    await seedStorage(page, everythingSaved());
    await open(page, '/');
    /** Tabs to the link or button named `name` (checking the ring on the way) and presses Enter. */
    const follow = async (name: string | RegExp) => {
      for (let presses = 0; presses < 200; presses++) {
        await page.keyboard.press('Tab');
        const text = await page.evaluate(() =>
          document.activeElement === document.body ? '' : (document.activeElement?.textContent ?? '').trim(),
        );
        if (typeof name === 'string' ? text === name : name.test(text)) {
          expect((await stopHere(page))?.ring).toBe(true);
          await page.keyboard.press('Enter');
          return;
        }
      }
      throw new Error(`No control named ${String(name)} on ${page.url()}`);
    };
    await follow('Skip to content');
    await expect(page.locator('main')).toBeFocused();
    await follow('Answer');
    await page.waitForURL('**/assess/district-office-support/');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await follow(/Review$/);
    await expect(page.locator('#step-heading')).toHaveText('Review');
    await follow('See the results');
    await page.waitForURL('**/results/district-office-support/');
    await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
    await follow('Score sheet to print');
    await page.waitForURL('**/print/district-office-support/');
    await follow('Back to the results');
    await page.waitForURL('**/results/district-office-support/');
    await follow('Workshop board');
    await page.waitForURL('**/team/district-office-support/');
    await follow('About');
    await page.waitForURL('**/about/');
  });
});
