/**
 * The growth map journey of a superintendent: answer, set a target, save a baseline snapshot, change
 * answers, then compare and read the deltas in the grid, the chart's table and the summary.
 * Expected figures are worked out by hand from the answers chosen here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AXE_TAGS, open, readSaved, waitForIslands } from './helpers';

/** Answers every item of the step on screen with the same level, by clicking. */
async function answerStep(page: Page, step: number, level: number): Promise<void> {
  for (let item = 1; item <= 4; item++) {
    await page
      .getByRole('group', { name: new RegExp(`^${step}\\.${item} `) })
      .locator(`input[value="${level}"]`)
      .check();
  }
}

test('a superintendent sets a target, saves a baseline, improves, and reads the change', async ({ page }) => {
  await open(page, '/assess/coaching-conditions/');
  // Peer collaboration 2, professional learning 2, leaders' buy-in 2, system leadership 1.
  for (const [step, level] of [
    [1, 2],
    [2, 2],
    [3, 2],
    [4, 1],
  ] as const) {
    await answerStep(page, step, level);
    await page.getByRole('button', { name: step === 4 ? 'Review' : 'Next' }).click();
  }
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');

  // Overall (2 + 2 + 2 + 1) / 4 = 1.75, shown rounded down.
  await expect(page.getByTestId('overall-score')).toHaveText('1.7');
  await expect(page.getByTestId('weakest')).toContainText('Weakest: Coherent system leadership');
  // The foundation comes first among the moves, whatever its gap.
  await expect(page.locator('.moves > li').first()).toHaveAttribute('data-dimension', 'system-leadership');
  await expect(page.locator('.moves > li').first()).toContainText('Foundation');
  await expect(page.locator('[data-insight="leadership-holds-the-rest"]')).toBeVisible();

  // The grid marks now at level 2 and the default target one level up, with the next level described.
  const peerRow = page.locator('tr.dimension-row[data-dimension="peer-collaboration"]');
  await expect(peerRow.locator('td.is-now')).toContainText('Now 2.0');
  await expect(peerRow.locator('td.is-target')).toContainText('Target');
  await expect(peerRow.locator('td.is-target .next-text')).not.toBeEmpty();

  // Raise the peer collaboration target to 4: the path runs through level 3 and the target is saved.
  await page.getByLabel('Target for Regular peer communication and collaboration').selectOption('4');
  await expect(peerRow.locator('td.is-path')).toHaveCount(1);
  await expect(peerRow.locator('td').nth(4)).toHaveClass(/is-target/);
  expect((await readSaved(page, 'coaching-conditions'))?.assessment).toMatchObject({
    targets: {
      'peer-collaboration': 4,
    },
  });
  // Its gap of 2 is now the largest: it is the second move, after the foundation.
  await expect(page.locator('.moves > li').nth(1)).toHaveAttribute('data-dimension', 'peer-collaboration');

  // Items open under their dimension, each with its own next step.
  await peerRow.getByRole('button', { name: /Regular peer communication/ }).click();
  await expect(page.locator('#grid-item-peer-meetings')).toBeVisible();
  await expect(page.locator('#grid-item-peer-meetings td.has-next .next-text')).not.toBeEmpty();

  // Save a baseline snapshot.
  await page.getByLabel('Label').fill('Fall 2026 baseline');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(page.locator('.snapshots')).toContainText('Fall 2026 baseline');

  // Improve peer collaboration to 3 on every item.
  await open(page, '/assess/coaching-conditions/#step-1');
  await answerStep(page, 1, 3);
  await open(page, '/results/coaching-conditions/');
  // (3 + 2 + 2 + 1) / 4 = 2.0
  await expect(page.getByTestId('overall-score')).toHaveText('2.0');

  // Compare the baseline with the current answers.
  await page.getByLabel('Earlier').selectOption({ label: 'Fall 2026 baseline' });
  await expect(page.getByTestId('overall-delta')).toHaveText('+0.3 in Fall 2026 baseline');
  const table = page.getByTestId('chart-table');
  await expect(table.locator('tbody tr').first()).toContainText('2.0');
  await expect(table.locator('tbody tr').first()).toContainText('3.0');
  await expect(table.locator('tbody tr').first()).toContainText('+1.0');
  await expect(table.locator('tbody tr').nth(3)).toContainText('0.0');
  await expect(peerRow.locator('.delta')).toContainText('+1.0');
  await expect(peerRow.locator('td.is-was')).toContainText('In Fall 2026 baseline');

  // Progress over time: the baseline, then the current answers, each with its overall score.
  const trend = page.getByTestId('trend-table');
  await expect(trend.locator('tbody tr')).toHaveCount(2);
  await expect(trend.locator('tbody tr').first().locator('th')).toContainText('Fall 2026 baseline');
  await expect(trend.locator('tbody tr').nth(1).locator('th')).toContainText('Current answers');
  await expect(trend.locator('tbody tr').nth(1).locator('td').first()).toHaveText('2.0');
  await expect(page.getByTestId('trend').locator('figure')).toHaveCount(5);

  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations).toEqual([]);

  // Rename, delete and undo.
  await page.getByRole('button', { name: 'Rename Fall 2026 baseline' }).click();
  await page.getByLabel('New label for “Fall 2026 baseline”').fill('Baseline');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.snapshots')).toContainText('Baseline');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete Baseline' }).click();
  await expect(page.locator('.snapshots')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.snapshots')).toContainText('Baseline');
});

test('the district summary shows each rubric side by side', async ({ page }) => {
  await open(page, '/assess/coaching-conditions/');
  await answerStep(page, 1, 3);
  await page.goto('/results/');
  await waitForIslands(page);
  const card = page.locator('[data-rubric="coaching-conditions"]');
  await expect(card.locator('.big-score')).toHaveText('3.0');
  await expect(card).toContainText('4 of 18 answered');
  await expect(page.locator('[data-rubric="coach-deployment"]')).toContainText('Not started');
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations).toEqual([]);
});
