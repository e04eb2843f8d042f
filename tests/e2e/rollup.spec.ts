/**
 * The workshop's roll-up by school and role: six responses from three schools and the district office,
 * pasted as links (one made on a results page, with its role and school typed there), give the heatmap,
 * group medians and perception gaps worked out by hand below; anonymous mode hides every school, typed role
 * and district on screen and in the CSV; axe finds nothing in the light and dark themes, at the projector's
 * 7:1 contrast too; and everything works from the keyboard.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Rating } from '../../src/lib/assessment';
import type { Level } from '../../src/lib/levels';
import { encodeShareCode, shareFragment } from '../../src/lib/share-code';
import { realRubrics } from '../share-fixtures';
import { AXE_TAGS, assessmentKey, open, seedStorage } from './helpers';

const RUBRIC = 'coaching-conditions';
const rubric = realRubrics.find((r) => r.id === RUBRIC)!;
const ids = rubric.data.dimensions.flatMap((d) => d.items.map((i) => i.id));
const firstDimension = rubric.data.dimensions[0]!.items.length;

/** Every item at `rest`, the first at `first`. */
const ratings = (rest: Level, first: Level = rest): Record<string, Rating> =>
  Object.fromEntries(ids.map((id, i) => [id, i === 0 ? first : rest]));

/** A response link as "Send to facilitator" makes it: ratings, role and school. */
async function link(baseURL: string, levels: Record<string, Rating>, role: string, school?: string) {
  const code = await encodeShareCode(
    {
      rubric: RUBRIC,
      ratings: levels,
      counts: {},
      notes: {},
      role,
      ...(school && { school }),
      updatedAt: '2026-11-23T14:00:00.000Z',
    },
    rubric,
    { notes: false, profile: false, respondent: true },
  );
  return `${baseURL}/results/${RUBRIC}/${shareFragment(code)}`;
}

/** A participant who types their role and school on their results page, then sends their link. */
async function sendFromResults(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await seedStorage(page, {
    [assessmentKey(RUBRIC)]: JSON.stringify({
      version: 1,
      assessment: {
        rubric: RUBRIC,
        ratings: ratings(3),
        counts: {},
        notes: {},
        updatedAt: '2026-11-23T14:02:00.000Z',
      },
    }),
  });
  await open(page, `/results/${RUBRIC}/`);
  await page.getByLabel('Your role').fill('Principal');
  await page.getByLabel('Your school').fill('lakeview');
  await page.getByRole('button', { name: 'Send to facilitator' }).click();
  const sent = await page.getByLabel('Your results link').inputValue();
  await context.close();
  return sent;
}

/** What participants typed: schools and roles, which anonymous mode shows nowhere. */
const TYPED = ['Lakeview', 'lakeview', 'Hillcrest', 'Riverside', 'Superintendent', 'Director of instruction'];

const cells = (page: Page, itemId: string) =>
  page.locator(`[data-testid="heatmap"] tr[data-item="${itemId}"] td`);

test.use({ reducedMotion: 'reduce' });

test('the roll-up groups responses by school and role, finds the perception gaps, and hides names in anonymous mode', async ({
  browser,
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // Principals of Lakeview (twice, spelt two ways), Hillcrest and Riverside; a superintendent and a director
  // from the district office, who give no school.
  const links = [
    await link(baseURL!, ratings(1), 'Principal', 'Lakeview'),
    await link(baseURL!, ratings(2), 'Principal', 'Hillcrest'),
    await link(baseURL!, ratings(2, 0), 'Principal', 'Riverside'),
    await link(baseURL!, ratings(4), 'Superintendent'),
    await link(baseURL!, ratings(3, 4), 'Director of instruction'),
    await sendFromResults(browser),
  ];

  await open(page, `/team/${RUBRIC}/`);
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await page.getByLabel('Response links or codes').fill(links.join('\n'));
  await page.getByRole('button', { name: 'Add responses' }).click();
  await expect(page.getByTestId('gather-status')).toHaveText('Added 6 responses (numbers 1 to 6).');
  await expect(page.getByLabel('School of response 6')).toHaveValue('lakeview');
  await expect(page.getByLabel('Role of response 4')).toHaveValue('district-staff');
  await page.getByTestId('reveal').click();

  // Opened from the keyboard: the roll-up loads when its heading is opened.
  const summary = page.locator('.rollup-section > summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const heatmap = page.getByTestId('heatmap');
  await expect(heatmap).toBeVisible();
  // Columns: the schools by name (Lakeview's two spellings are one school), then the district office's.
  await expect(heatmap.locator('thead th')).toHaveText([
    'Item',
    /^Hillcrest\s*1 response$/,
    /^Lakeview\s*2 responses$/,
    /^Riverside\s*1 response$/,
    /^No school given\s*2 responses$/,
  ]);
  // Item 1.1: Hillcrest 2; Lakeview 1 and 3 → 2; Riverside 0; district 4 and 4 → 4.
  await expect(cells(page, ids[0]!)).toHaveText(['2.0', '2.0', '0.0', '4.0']);
  await expect(cells(page, ids[0]!).nth(2)).toHaveClass(/heat-0/);
  await expect(cells(page, ids[0]!).nth(3)).toHaveClass(/heat-4/);
  // Item 1.2: district 4 and 3 → 3.5, drawn at level 3.
  await expect(cells(page, ids[1]!)).toHaveText(['2.0', '2.0', '2.0', '3.5']);
  await expect(cells(page, ids[1]!).nth(3)).toHaveClass(/heat-3/);

  // Groups, reached by Tab and pressed with the keyboard.
  const groups = page.getByRole('button', { name: 'Dimensions by group' });
  await groups.focus();
  await page.keyboard.press('Enter');
  await expect(groups).toHaveAttribute('aria-pressed', 'true');
  // Dimension 1 by school: Lakeview 1.0 and 3.0 → 2.0, spread 2; Riverside (0+2+2+2)/4 = 1.5.
  const bySchool = page.getByTestId('groups-school');
  await expect(bySchool.locator('tr[data-group="lakeview"] td').first()).toHaveText(/^2\.0\s*spread 2$/);
  await expect(bySchool.locator('tr[data-group="riverside"] td').first()).toHaveText(/^1\.5\s*spread 0$/);
  // By role: principals 1.0, 2.0, 1.5, 3.0 → 1.75 (shown 1.7), levels 1 to 3; district 4.0 and 3.25 → 3.6.
  const byRole = page.getByTestId('groups-role');
  await expect(byRole.locator('tr[data-group="principal"] td').first()).toHaveText(/^1\.7\s*spread 2$/);
  await expect(byRole.locator('tr[data-group="district-staff"] td').first()).toHaveText(/^3\.6\s*spread 1$/);
  expect(firstDimension).toBe(4);

  // Perception gaps: item 1.1, district 4 against the schools' 0, 1, 2, 3 → 1.5, a gap of 2.5, first;
  // every other item: district 4 and 3 → 3.5 against 1, 2, 2, 3 → 2, a gap of 1.5, in the rubric's order.
  await page.getByRole('button', { name: 'Perception gaps' }).click();
  const gaps = page.getByTestId('gaps').locator('tbody tr');
  await expect(gaps).toHaveCount(ids.length);
  await expect(gaps.first()).toHaveAttribute('data-item', ids[0]!);
  await expect(gaps.first().locator('td')).toHaveText([
    '4.0',
    '1.5',
    /^2\.5\s*the district office rates it higher$/,
  ]);
  await expect(gaps.nth(1)).toHaveAttribute('data-item', ids[1]!);
  await expect(gaps.nth(1).locator('td')).toHaveText(['3.5', '2.0', /^1\.5/]);

  // axe: light and dark, and at the projector's 7:1 contrast.
  for (const view of ['Items by school', 'Dimensions by group', 'Perception gaps'])
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.getByRole('button', { name: view }).click();
      const results = await new AxeBuilder({ page })
        .include('.rollup-section')
        .withTags([...AXE_TAGS, 'wcag2aaa'])
        .analyze();
      expect.soft(results.violations, `axe on ${view} (${colorScheme})`).toEqual([]);
    }
  await page.emulateMedia({ colorScheme: 'light' });

  // The CSV: one row per response and item, with school and role.
  await page.getByRole('button', { name: 'Items by school' }).click();
  const named = await download(page);
  expect(named.split('\r\n')[0]).toBe('\uFEFFResponse,School,Role,Dimension,Item,Level,Level name');
  expect(named.split('\r\n').filter(Boolean)).toHaveLength(1 + 6 * ids.length);
  expect(named).toContain(`1,Lakeview,Principal,`);

  // Anonymous mode: no school, typed role or district anywhere on the page or in the CSV; aggregates stay.
  await page.getByTestId('anonymous').check();
  await expect(heatmap.locator('thead th')).toHaveText([
    'Item',
    /^School \d/,
    /^School \d/,
    /^School \d/,
    /^No school given/,
  ]);
  await expect(cells(page, ids[0]!)).toHaveCount(4);
  const text = await page.locator('.workshop').innerText();
  const html = await page.locator('.workshop').innerHTML();
  for (const name of TYPED) expect(`${text}\n${html}`, name).not.toContain(name);
  await expect(page.locator('.response-list select')).toHaveCount(0);
  await expect(page.locator('.response-list input')).toHaveCount(0);
  const anonymous = await download(page);
  expect(anonymous.split('\r\n')[0]).toBe('\uFEFFResponse,School,Dimension,Item,Level,Level name');
  for (const name of TYPED) expect(anonymous, name).not.toContain(name);
  // Kept with the workshop.
  await page.reload();
  await expect(page.getByTestId('anonymous')).toBeChecked();
});

/** Presses the roll-up's CSV button and reads the file downloaded. */
async function download(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the roll-up (CSV)' }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}
