/**
 * Shared steps for the browser tests. Nothing here imports the app's code: expected values are written
 * out by hand in the specs, so a wrong formula in src/lib cannot make a test agree with itself.
 */
import { expect, type Page } from '@playwright/test';

export const RUBRICS = ['district-office-support', 'coaching-conditions', 'coach-deployment'] as const;
export type RubricId = (typeof RUBRICS)[number];

export const assessmentKey = (rubric: string) => `dcsa:assessment:${rubric}`;
export const setAsideKey = (rubric: string) => `dcsa:set-aside:${rubric}`;

/** The saved format documented at the top of src/lib/saved.ts (version 1). */
export interface StoredAssessment {
  rubric: string;
  ratings: Record<string, number | 'unsure' | 'na'>;
  counts: Record<string, number>;
  notes: Record<string, string>;
  updatedAt: string;
}

export function savedText(assessment: Omit<StoredAssessment, 'updatedAt'> & { updatedAt?: string }): string {
  return JSON.stringify({
    version: 1,
    assessment: { updatedAt: '2026-11-23T14:02:00.000Z', ...assessment },
  });
}

/**
 * Writes raw values into the site's localStorage before the page under test is opened. The site is
 * visited first on /about/, which has no islands, so nothing reads or writes the keys meanwhile.
 */
export async function seedStorage(page: Page, values: Record<string, string>): Promise<void> {
  await page.goto('/about/');
  await writeStorage(page, values);
}

/** Writes raw values into localStorage from the page that is open (its own stores do not hear of it). */
export async function writeStorage(page: Page, values: Record<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, values);
}

export async function readStorage(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** The saved assessment of a rubric, parsed, or null when nothing is saved. */
export async function readSaved(
  page: Page,
  rubric: string,
): Promise<{ version: number; assessment: StoredAssessment } | null> {
  const raw = await readStorage(page, assessmentKey(rubric));
  return raw === null ? null : (JSON.parse(raw) as { version: number; assessment: StoredAssessment });
}

/** Waits until every island on the page has hydrated, so key presses reach the app's handlers. */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Opens a page and waits for its islands. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForIslands(page);
  // A rubric's results (not the district summary at /results/) read saved answers once hydrated.
  if (/^(\/fr)?\/results\/[^/#]+\//.test(path))
    await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
}

/** True when the element that has focus matches the CSS selector. */
export function focusMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, as a keyboard user would,
 * and fails if it takes more than `max` presses.
 */
export async function tabTo(page: Page, selector: string, { back = false, max = 80 } = {}): Promise<void> {
  for (let presses = 0; presses <= max; presses++) {
    if (await focusMatches(page, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(
    `Focus did not reach ${selector} within ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; it is on ${focused}`,
  );
}

/** The "N of M answered" line above the questionnaire. */
export const progressText = (page: Page) => page.locator('.questionnaire .progress label');

export const MEMORY_ONLY_NOTICE =
  'This browser is not letting the site store anything, so your answers are kept only while this tab is open.';

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree above them). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Makes window.localStorage throw a SecurityError on every access, as browsers do when site data is
 * blocked. Installed with page.addInitScript, so it applies before any of the site's scripts run.
 */
export function blockLocalStorage(): void {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
}

/**
 * Records uncaught page errors and any request that leaves the site's own origin, for a test to check
 * at its end: the site promises that nothing is loaded from or sent elsewhere.
 */
export function watchPage(page: Page, origin: string): { errors: string[]; foreign: string[] } {
  const watched = { errors: [] as string[], foreign: [] as string[] };
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) watched.foreign.push(url);
  });
  return watched;
}

/**
 * Waits until the page has painted a frame and run what it deferred to after that frame (Preact runs its
 * effects then), the way a person's pause between two bursts of typing would.
 */
export async function pauseForAFrame(page: Page): Promise<void> {
  // Two frames, so that anything scheduled for "the next frame" while the first was pending has run too.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))),
      ),
  );
}

/**
 * Answers every item of the open questionnaire by clicking, one step after another, ending on the review:
 * item i (from 0) of step s (from 1) at level (s + i) mod 5.
 */
export async function answerEverything(page: Page): Promise<void> {
  for (let step = 1; ; step++) {
    const items = page.locator('.step fieldset.item');
    for (let i = 0; i < (await items.count()); i++)
      await items
        .nth(i)
        .locator(`input[value="${(step + i) % 5}"]`)
        .check();
    const next = page.locator('.step-buttons button.primary');
    const last = (await next.textContent()) === 'Review';
    await next.click();
    if (last) break;
  }
  await expect(page.locator('#step-heading')).toHaveText('Review');
}

/** Opens the workshop board of `rubric`, starts a workshop, adds the one response `link` and reveals it. */
export async function revealWorkshopOf(page: Page, rubric: string, link: string): Promise<void> {
  await open(page, `/team/${rubric}/`);
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await page.getByLabel('Response links or codes').fill(link);
  await page.getByRole('button', { name: 'Add responses' }).click();
  await expect(page.getByTestId('gather-status')).toHaveText('Added response 1.');
  await page.getByTestId('reveal').click();
  await expect(page.locator('table.board').first()).toBeVisible();
}
