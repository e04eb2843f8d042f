/**
 * How the instrument reads answers a leader can stand behind: an item that does not fit the district is
 * marked so (not "Not sure"), a dimension with too few levels gets no number, and the balance between the
 * centre and the schools is read from the answers with the answers that led there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { load } from 'js-yaml';
import { expect, test } from '@playwright/test';
import { AXE_TAGS, open, readSaved, savedText, seedStorage, assessmentKey } from './helpers';

const CONDITIONS = 'coaching-conditions';

/** Every rated item of coaching-conditions, in content order, read from the content itself. */
const ITEMS = (
  load(
    readFileSync(join(import.meta.dirname, `../../src/content/rubrics/en/${CONDITIONS}.yaml`), 'utf8'),
  ) as {
    dimensions: { items: { id: string; kind: string }[] }[];
  }
).dimensions.flatMap((d) => d.items.filter((item) => item.kind === 'rated').map((item) => item.id));

test('a small board marks an item about regions as not applying, with the keyboard, and it leaves the score', async ({
  page,
}) => {
  await open(page, `/assess/${CONDITIONS}/`);
  const item = page.getByRole('group', { name: /^1\.4 / });
  // Only items that assume regions or several offices offer it; the first item does not.
  await expect(page.getByRole('group', { name: /^1\.1 / }).getByLabel('Does not apply here')).toHaveCount(0);
  await item.getByRole('radio', { name: /^Not sure/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(item.getByRole('radio', { name: /^Does not apply here/ })).toBeChecked();
  await expect
    .poll(async () => (await readSaved(page, CONDITIONS))?.assessment.ratings)
    .toEqual({
      'peer-system-network': 'na',
    });

  // Rate the three other items of the dimension: 3, 2 and "Not sure". Two of the three that apply.
  for (const [n, choice] of [
    [1, /^3 /],
    [2, /^2 /],
    [3, /^Not sure/],
  ] as const)
    await page
      .getByRole('group', { name: new RegExp(`^1\\.${n} `) })
      .getByRole('radio', { name: choice })
      .check();

  await open(page, `/results/${CONDITIONS}/`);
  const row = page.locator('[data-testid="score-table"] tr[data-dimension="peer-collaboration"]');
  await expect(row.locator('td').nth(0)).toHaveText('2.5');
  await expect(row.locator('td').nth(2)).toHaveText('2/4 (1 does not apply)');
  // The other three dimensions have nothing: not scored yet, and named as left out.
  await expect(page.locator('.unscored')).toContainText('Left out of the overall score');
});

test('one level among “Not sure” answers is not enough to score, and says so', async ({ page }) => {
  const ratings = {
    'peer-meetings': 4,
    'peer-dialogue': 'unsure',
    'peer-critical-friends': 'unsure',
  } as const;
  await seedStorage(page, {
    [assessmentKey(CONDITIONS)]: savedText({ rubric: CONDITIONS, ratings, counts: {}, notes: {} }),
  });
  await open(page, `/results/${CONDITIONS}/`);
  await expect(page.getByTestId('overall-score')).toHaveText('—');
  await expect(page.locator('.overall-level')).toHaveText('not enough answers to score');
  const row = page.locator('[data-testid="score-table"] tr[data-dimension="peer-collaboration"]');
  await expect(row.locator('td').nth(1)).toHaveText('not enough answers to score');
});

for (const [pattern, level, reading, title] of [
  ['top-down', 3, 'top-down', 'Top-down.'],
  ['school-by-school', 1, 'school-by-school', 'School by school.'],
  ['balanced', 4, 'balanced', 'Balanced.'],
] as const) {
  test(`a ${pattern} pattern is read as such, with the answers that led there`, async ({ page }) => {
    const ratings = Object.fromEntries(ITEMS.map((id) => [id, level]));
    await seedStorage(page, {
      [assessmentKey(CONDITIONS)]: savedText({ rubric: CONDITIONS, ratings, counts: {}, notes: {} }),
    });
    await open(page, `/results/${CONDITIONS}/`);
    const balance = page.getByTestId('balance');
    await expect(balance.locator('[data-reading]')).toHaveAttribute('data-reading', reading);
    await expect(balance.locator('[data-reading]')).toContainText(title);
    await expect(balance.locator('.balance-answers li')).toHaveCount(ITEMS.length);
    if (pattern === 'top-down') {
      const results = await new AxeBuilder({ page })
        .withTags(AXE_TAGS)
        .include('[data-testid="balance"]')
        .analyze();
      expect(results.violations).toEqual([]);
    }
  });
}

test('the Continuum of District Office Support has no balance reading', async ({ page }) => {
  const ratings = { 'clarity-vision': 3, 'clarity-key-results': 3 } as const;
  await seedStorage(page, {
    [assessmentKey('district-office-support')]: savedText({
      rubric: 'district-office-support',
      ratings,
      counts: {},
      notes: {},
    }),
  });
  await open(page, '/results/district-office-support/');
  await expect(page.getByTestId('overall-score')).toHaveText('3.0');
  await expect(page.getByTestId('balance')).toHaveCount(0);
});
