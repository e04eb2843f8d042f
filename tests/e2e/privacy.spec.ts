/**
 * Nothing leaves the site. Every request the browser makes during a whole journey (answer a rubric, read
 * the results, download them, print the score sheet, make a share link and open it, run a workshop with
 * it) goes to the site's own origin, and the browser reports no Content-Security-Policy violation. And the
 * policy is not only promised: a request to another origin made from the page is refused by the browser.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { answerEverything, open, revealWorkshopOf } from './helpers';

const RUBRIC = 'coaching-conditions';

/** Records every request of every page in a context, and every CSP violation the pages report. */
async function recordContext(context: BrowserContext) {
  const requests: string[] = [];
  const violations: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      void report(`${event.effectiveDirective} refused ${event.blockedURI}`);
    });
  });
  return { requests, violations };
}

/** True for a URL that stays on `origin`: its own pages and files, and data or blob URLs the page made. */
function sameOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:')) return true;
  return new URL(url.startsWith('blob:') ? url.slice('blob:'.length) : url).origin === origin;
}

test('a whole journey, from answering to a workshop, asks for nothing from another origin', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const { requests, violations } = await recordContext(context);

  await open(page, '/');
  await open(page, `/assess/${RUBRIC}/`);
  await page.locator('#note-peer-meetings').fill('Monthly network since 2025');
  await answerEverything(page);
  await page.locator('.questionnaire').getByRole('link', { name: 'See the results' }).first().click();
  await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('overall-score')).not.toHaveText('—');
  // The chart library loads when the chart comes near the screen: scroll to it, so its request is seen too.
  await page.locator('.results canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('.results canvas')).toHaveAttribute('data-animation', /on|off/);

  // Files are made in the browser and downloaded from it.
  for (const name of ['Download JSON', 'Download CSV (spreadsheet)']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    expect(await download.failure()).toBeNull();
  }

  await page.getByLabel('Include notes').check();
  await page.getByRole('button', { name: 'Create share link' }).click();
  const link = await page.getByLabel(/Share link/).inputValue();
  expect(link.startsWith(`${origin}/results/${RUBRIC}/#r=`)).toBe(true);

  await page.getByRole('link', { name: 'Score sheet to print' }).click();
  await expect(page.locator('.sheet-page')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('.sheet-qr svg')).toBeVisible();
  await expect(page.locator('.sheet canvas')).toHaveAttribute('data-animation', /on|off/);

  // The link opened as a colleague would, in another tab.
  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(colleague.getByText('You are looking at results shared by a link.')).toBeVisible();
  await colleague.close();

  // A workshop gathers the link, reveals it and goes on the projector.
  await revealWorkshopOf(page, RUBRIC, link);
  await page.getByRole('button', { name: 'Projector mode' }).click();
  await expect(page.locator('.projector')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.projector')).toHaveCount(0);

  for (const path of ['/results/', '/about/', `/rubric/${RUBRIC}/`]) await open(page, path);

  const own = requests.filter((url) => sameOrigin(url, origin));
  expect(
    requests.filter((url) => !sameOrigin(url, origin)),
    'requests to other origins',
  ).toEqual([]);
  // Not vacuous: the pages and their scripts were all seen, and the styles are in the pages themselves
  // (inline, hashed by the policy), so no stylesheet was requested from anywhere.
  expect(own.length).toBeGreaterThan(30);
  expect(own.some((url) => url.includes('/_astro/') && url.endsWith('.js'))).toBe(true);
  expect(own.some((url) => url.endsWith('.css'))).toBe(false);
  expect(await page.locator('head style').count()).toBeGreaterThan(0);
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
});

test('the browser itself refuses a request to another origin made from any page', async ({
  page,
  context,
}) => {
  const { requests, violations } = await recordContext(context);
  const failed: [string, string | undefined][] = [];
  context.on('requestfailed', (request) => failed.push([request.url(), request.failure()?.errorText]));
  // ".invalid" never resolves (RFC 2606): even if the policy failed, nothing could reach a real host.
  const elsewhere = 'https://tracker.example.invalid/collect';
  const refused = (directive: string) =>
    violations.filter((v) => v.startsWith(`${directive} refused https://tracker.example.invalid/`)).length;
  for (const [n, path] of ['/', `/results/${RUBRIC}/`, `/team/${RUBRIC}/`].entries()) {
    await open(page, path);
    const outcome = await page.evaluate(async (url) => {
      const image = new Image();
      const loaded = new Promise((resolve) => {
        image.onload = () => resolve('loaded');
        image.onerror = () => resolve('refused');
      });
      image.src = `${url}.png`;
      let sent: string;
      try {
        await fetch(url, { method: 'POST', body: 'answers' });
        sent = 'sent';
      } catch (error) {
        sent = (error as Error).name;
      }
      return { image: await loaded, fetch: sent };
    }, elsewhere);
    expect(outcome, path).toEqual({ image: 'refused', fetch: 'TypeError' });
    // The browser says why: the policy refused both, before any connection was made.
    await expect.poll(() => refused('connect-src'), path).toBe(n + 1);
    await expect.poll(() => refused('img-src'), path).toBe(n + 1);
  }
  // Chromium reports the image as a request, refused by the policy before it left.
  const attempts = requests.filter((url) => url.includes('example.invalid'));
  expect(attempts.length).toBeLessThanOrEqual(failed.length);
  for (const url of attempts) expect(failed).toContainEqual([url, 'csp']);
});
