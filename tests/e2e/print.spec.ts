/**
 * The printable pages: the score sheet (/print/<rubric>/) prints on exactly one page on Letter and on A4,
 * flows cleanly onto more when the notes are long, and carries a QR code that restores the answers; the
 * blank rubric (/rubric/<rubric>/) reads and prints with JavaScript off. Page counts come from the PDFs
 * Chromium makes, counted in plain JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { decodeShareCode, readShareFragment } from '../../src/lib/share-code';
import { realRubrics } from '../share-fixtures';
import {
  AXE_TAGS,
  RUBRICS,
  assessmentKey,
  open,
  pdfPageCount,
  readSaved,
  seedStorage,
  watchPage,
} from './helpers';

const RUBRIC = 'coaching-conditions';

const ratedIdsOf = (rubric: string) =>
  realRubrics
    .find((r) => r.id === rubric)!
    .data.dimensions.flatMap((d) => d.items.filter((i) => i.kind === 'rated').map((i) => i.id));
const dimensionIdsOf = (rubric: string) =>
  realRubrics.find((r) => r.id === rubric)!.data.dimensions.map((d) => d.id);

// Every item answered (one "Not sure"), in a pattern that puts each dimension at a different place.
// By dimension for coaching-conditions (4, 5, 4 and 5 items): the fifth items keep each dimension's mean.
const PATTERN = [3, 2, 'unsure', 1, 2, 1, 2, 3, 2, 1, 0, 2, 1, 2, 1, 1, 0, 1] as const;

/** A complete assessment of a rubric: every item rated, a target for two dimensions, short notes, district and role. */
function complete(rubric: string, notes: 'short' | 'long' = 'short') {
  const ids = ratedIdsOf(rubric);
  const [first, , , last] = dimensionIdsOf(rubric);
  const noted =
    notes === 'short'
      ? {
          [ids[0]!]: 'Monthly network since 2025',
          [ids[5]!]: 'Twice a year',
          [ids[9]!]: 'Met in May and June',
          [ids[15]!]: 'No budget line yet',
        }
      : Object.fromEntries(
          ids.map((id, i) => [
            id,
            `Evidence ${i + 1}: ${'The network meets monthly; coaches bring cases from their schools, and the district lead reviews attendance each term. '.repeat(3)}`,
          ]),
        );
  return {
    rubric,
    ratings: Object.fromEntries(ids.map((id, i) => [id, PATTERN[i]!])),
    counts: rubric === 'coach-deployment' ? { 'schools-per-coach': 3 } : {},
    notes: noted,
    targets: { [first!]: 4, [last!]: 3 },
    district: 'Riverside Unified School District',
    role: 'Assistant Superintendent',
    updatedAt: '2026-11-23T14:02:00.000Z',
  };
}

const stored = (assessment: object) => JSON.stringify({ version: 1, assessment });

/** Opens the score sheet and waits until it shows the saved answers and its QR code. */
async function openSheet(page: Page, rubric: string, language = '') {
  await open(page, `${language}/print/${rubric}/`);
  await expect(page.locator('.sheet-page')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('.qr-code')).toBeVisible();
}

/** Prints the open page to PDF in the given paper size, as the print dialog's "Save as PDF" would. */
async function printPages(page: Page, format: 'Letter' | 'A4'): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  // What a real print does first: the chart redraws itself sharper.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const pdf = await page.pdf({ format });
  await page.emulateMedia({ media: 'screen' });
  return pdfPageCount(pdf);
}

test.use({ reducedMotion: 'reduce' });

test.describe('the score sheet', () => {
  // French runs longer than English: each language's sheet must fit.
  for (const [language, name] of [
    ['', 'English'],
    ['/fr', 'French'],
  ] as const) {
    for (const rubric of RUBRICS) {
      test(`a complete assessment of ${rubric} with short notes prints on exactly one page in ${name}, Letter and A4`, async ({
        page,
      }) => {
        await seedStorage(page, { [assessmentKey(rubric)]: stored(complete(rubric)) });
        await openSheet(page, rubric, language);
        expect(await printPages(page, 'Letter')).toBe(1);
        expect(await printPages(page, 'A4')).toBe(1);
      });
    }
  }

  test('shows the district, role, date, scores, growth map, chart, next moves and notes', async ({
    page,
    baseURL,
  }) => {
    const watched = watchPage(page, new URL(baseURL!).origin);
    await seedStorage(page, { [assessmentKey(RUBRIC)]: stored(complete(RUBRIC)) });
    await openSheet(page, RUBRIC);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conditions for Learning Coaches');
    await expect(page.getByLabel('District')).toHaveValue('Riverside Unified School District');
    await expect(page.getByLabel('Respondent role')).toHaveValue('Assistant Superintendent');
    await expect(page.getByTestId('sheet-date')).toHaveText('November 23, 2026');
    // Peer collaboration (3 + 2 + 1) / 3 = 2.0, "Not sure" left out; learning (2 + 1 + 2 + 3 + 2) / 5 = 2.0;
    // leaders (1 + 0 + 2 + 1) / 4 = 1.0; system (2 + 1 + 1 + 0 + 1) / 5 = 1.0; overall 1.5.
    await expect(page.getByTestId('sheet-overall-score')).toHaveText('1.5');
    await expect(page.getByTestId('dimension-score')).toHaveText(['2.0', '2.0', '1.0', '1.0']);
    await expect(page.locator('.sheet-item')).toHaveCount(18);
    // The target chosen for peer collaboration (4) is marked in the level-4 column of its row.
    await expect(page.locator('tbody[data-dimension="peer-collaboration"] .sheet-dim td').nth(5)).toHaveClass(
      /is-target/,
    );
    await expect(page.locator('.sheet-chart canvas')).toBeVisible();
    await expect(page.locator('.sheet-moves .moves > li')).toHaveCount(3);
    // Only the items with notes are listed.
    await expect(page.getByTestId('sheet-notes').locator('tbody tr')).toHaveCount(4);
    await expect(page.getByTestId('sheet-notes')).toContainText('Monthly network since 2025');
    await expect(page.locator('.sheet-foot')).toContainText('Toronto District School Board');
    // The look-fors do not fit on the one-page sheet: it says where they are, with the full address for paper.
    const lookFors = page.getByTestId('sheet-look-fors');
    await expect(lookFors).toContainText('What to look for to rate each item is on the blank rubric');
    await expect(lookFors.getByRole('link')).toHaveAttribute('href', `/rubric/${RUBRIC}/`);
    await expect(lookFors.getByRole('link')).toHaveText(new URL(`/rubric/${RUBRIC}/`, baseURL).href);
    expect(watched.errors).toEqual([]);
    expect(watched.foreign).toEqual([]);
  });

  test('a long assessment flows onto more pages, with the notes table cut between rows', async ({ page }) => {
    await seedStorage(page, { [assessmentKey(RUBRIC)]: stored(complete(RUBRIC, 'long')) });
    await openSheet(page, RUBRIC);
    const letter = await printPages(page, 'Letter');
    const a4 = await printPages(page, 'A4');
    expect(letter).toBeGreaterThanOrEqual(2);
    expect(a4).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const notes = document.querySelector('[data-testid="sheet-notes"]')!;
      return {
        row: getComputedStyle(notes.querySelector('tbody tr')!).breakInside,
        head: getComputedStyle(notes.querySelector('thead')!).display,
      };
    });
    expect(styles).toEqual({ row: 'avoid', head: 'table-header-group' });
  });

  test('prints the sheet alone: no site header, footer or buttons', async ({ page }) => {
    await seedStorage(page, { [assessmentKey(RUBRIC)]: stored(complete(RUBRIC)) });
    await openSheet(page, RUBRIC);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.sheet-tools', 'button'])
      await expect(page.locator(hidden).first()).toBeHidden();
    await expect(page.locator('.sheet')).toBeVisible();
    await expect(page.locator('.qr-code')).toBeVisible();
  });

  test('the Print button opens the print dialog', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await seedStorage(page, { [assessmentKey(RUBRIC)]: stored(complete(RUBRIC)) });
    await openSheet(page, RUBRIC);
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  test('the district and role typed on the sheet are saved with the answers', async ({ page }) => {
    // No district or role yet (JSON leaves out what is undefined).
    const anonymous = { ...complete(RUBRIC), district: undefined, role: undefined };
    await seedStorage(page, { [assessmentKey(RUBRIC)]: stored(anonymous) });
    await openSheet(page, RUBRIC);
    await page.getByLabel('District').fill('Lakeview Schools');
    await page.getByLabel('Respondent role').fill('Coaching lead');
    await expect
      .poll(async () => (await readSaved(page, RUBRIC))?.assessment)
      .toMatchObject({
        district: 'Lakeview Schools',
        role: 'Coaching lead',
        ratings: anonymous.ratings,
      });
    await page.reload();
    await expect(page.getByLabel('District')).toHaveValue('Lakeview Schools');
    await page.getByLabel('Respondent role').fill('');
    await expect
      .poll(async () => {
        const saved = (await readSaved(page, RUBRIC))?.assessment as { role?: string } | undefined;
        return saved && 'role' in saved;
      })
      .toBe(false);
  });

  test('its QR code holds the share link, which restores the same answers', async ({ page, browser }) => {
    const assessment = complete(RUBRIC);
    await seedStorage(page, { [assessmentKey(RUBRIC)]: stored(assessment) });
    await openSheet(page, RUBRIC);
    const qr = page.locator('.qr-code');
    await expect(page.getByText('Scan to open these results')).toBeVisible();
    const link = (await qr.getAttribute('data-link'))!;
    expect(link).toMatch(new RegExp(`^http://[^/]+/results/${RUBRIC}/#r=[A-Za-z0-9_-]+$`));

    // What a phone would read off the paper: the drawn code, scanned.
    expect(await scanQr(page)).toBe(link);

    const decoded = await decodeShareCode(readShareFragment(new URL(link).hash)!, realRubrics);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.assessment.ratings).toEqual(assessment.ratings);
    expect(decoded.assessment.targets).toEqual(assessment.targets);
    expect(decoded.assessment.district).toBe(assessment.district);
    expect(decoded.assessment.role).toBe(assessment.role);
    // Notes stay out of the code unless asked for, so it stays small enough to scan.
    expect(decoded.assessment.notes).toEqual({});
    expect(link.length).toBeLessThan(200);

    // The link opens the same scores in a browser that has nothing saved.
    const other = await browser.newContext();
    const colleague = await other.newPage();
    await colleague.goto(link);
    await expect(colleague.getByTestId('overall-score')).toHaveText('1.5');
    await other.close();

    await page.getByLabel('Include notes in the QR code').check();
    await expect(qr).not.toHaveAttribute('data-link', link);
    const withNotes = (await qr.getAttribute('data-link'))!;
    const again = await decodeShareCode(readShareFragment(new URL(withNotes).hash)!, realRubrics);
    expect(again.ok && again.assessment.notes).toEqual(assessment.notes);
    expect(await scanQr(page)).toBe(withNotes);
  });

  test('notes too long for a QR code are left out of it, with a word saying so', async ({ page }) => {
    const assessment = complete(RUBRIC, 'long');
    await seedStorage(page, { [assessmentKey(RUBRIC)]: stored(assessment) });
    await openSheet(page, RUBRIC);
    const before = await page.locator('.qr-code').getAttribute('data-link');
    await page.getByLabel('Include notes in the QR code').check();
    await expect(page.getByRole('status').filter({ hasText: 'too long for a QR code' })).toBeVisible();
    await expect(page.locator('.qr-code')).toHaveAttribute('data-link', before!);
  });

  test('with nothing saved, says so and links to the questionnaire', async ({ page }) => {
    await open(page, `/print/${RUBRIC}/`);
    await expect(page.getByText('Nothing is answered yet for this rubric.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start answering' })).toHaveAttribute(
      'href',
      `/assess/${RUBRIC}/`,
    );
  });

  test('axe finds no violations on the sheet, empty and complete, light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/about/');
      await page.evaluate(() => localStorage.clear());
      await open(page, `/print/${RUBRIC}/`);
      await expect(page.getByText('Nothing is answered yet for this rubric.')).toBeVisible();
      const empty = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect.soft(empty.violations, `axe on the empty sheet (${colorScheme})`).toEqual([]);
      await seedStorage(page, { [assessmentKey(RUBRIC)]: stored(complete(RUBRIC)) });
      await openSheet(page, RUBRIC);
      const full = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect.soft(full.violations, `axe on the complete sheet (${colorScheme})`).toEqual([]);
    }
  });
});

/** Draws the sheet's QR code onto a canvas at 6 pixels a module and decodes it as a phone camera would. */
async function scanQr(page: Page): Promise<string | undefined> {
  const { pixels, side } = await page.evaluate(async () => {
    const svg = document.querySelector('.qr-code')!;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const side = Number(svg.getAttribute('viewBox')!.split(' ')[2]) * 6;
    const canvas = Object.assign(document.createElement('canvas'), { width: side, height: side });
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, side, side);
    return { pixels: Array.from(context.getImageData(0, 0, side, side).data), side };
  });
  return jsQR(Uint8ClampedArray.from(pixels), side, side)?.data;
}

test.describe('the blank rubric', () => {
  for (const entry of realRubrics) {
    test(`${entry.id}: every item, descriptor and tick box, readable and printable with JavaScript off`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/rubric/${entry.id}/`);
      // Its one script is the offline support every page loads (it registers the service worker): the page
      // itself needs none.
      await expect(page.locator('script:not([src*="/OfflineSupport."])')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.data.title);
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      let rated = 0;
      for (const dimension of entry.data.dimensions) {
        expect(text).toContain(dimension.name);
        for (const item of dimension.items) {
          expect(text).toContain(item.text);
          if (item.kind === 'rated') {
            rated++;
            for (const descriptor of item.levels) expect(text).toContain(descriptor.replace(/\s+/g, ' '));
          }
        }
      }
      for (const level of entry.data.levels) expect(text).toContain(level.name);
      for (const source of entry.data.sources) expect(text).toContain(source.title);
      // Five levels and "Not sure" for each rated item.
      await expect(page.locator('.blank-table tbody .tick')).toHaveCount(rated * 6);
      await expect(page.locator('.blank-notes')).toHaveCount(
        entry.data.dimensions.reduce((n, d) => n + d.items.length, 0),
      );

      for (const format of ['Letter', 'A4'] as const) {
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format });
        expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
        await expect(page.locator('.site-header')).toBeHidden();
        await page.emulateMedia({ media: 'screen' });
      }
      await context.close();
    });
  }

  test('axe finds no violations on the blank rubric, on a laptop and a phone', async ({ page }) => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`/rubric/${RUBRIC}/`);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect.soft(results.violations, `axe at ${viewport.width}px`).toEqual([]);
    }
  });

  test('is linked from the home page cards and from each questionnaire', async ({ page }) => {
    await page.goto('/');
    for (const rubric of RUBRICS)
      await expect(page.locator(`a[href="/rubric/${rubric}/"]`)).toHaveText('Print the blank rubric');
    await page.goto(`/assess/${RUBRIC}/`);
    await page.getByRole('link', { name: 'Print the blank rubric' }).click();
    await expect(page).toHaveURL(`/rubric/${RUBRIC}/`);
  });
});
