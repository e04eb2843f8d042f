/**
 * The district plan as a person uses it: rate a rubric, add next moves from the results, give them an owner
 * and a due date with the keyboard, find them again after a reload, see a step reached once its item is
 * rated at the target, and take the plan away as a spreadsheet and a calendar.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { AXE_TAGS, answerEverything, open, readStorage, tabTo, writeStorage } from './helpers';

interface StoredStep {
  id: string;
  item: string;
  target: number;
  owner: string;
  due: string;
}
const storedPlan = async (page: Page) =>
  JSON.parse((await readStorage(page, 'dcsa:plan')) ?? 'null') as {
    version: number;
    steps: StoredStep[];
  } | null;

test('a leader turns next moves into a plan with owners and dates, and exports it', async ({ page }) => {
  await open(page, '/assess/coaching-conditions/');
  await answerEverything(page);
  await open(page, '/results/coaching-conditions/');

  // From the next moves: the button gives way to a link to the plan, which takes the focus.
  const moves = page.locator('section', { has: page.getByRole('heading', { name: 'Next moves' }) });
  await moves.getByRole('button', { name: 'Add to plan' }).first().click();
  const added = moves.getByRole('link', { name: 'Added — open the plan' });
  await expect(added).toBeFocused();
  // From the growth map: an item of the first dimension.
  await page.locator('.dimension-row button').first().click();
  await page.locator('tbody.expanded .item-row').getByRole('button', { name: 'Add to plan' }).first().click();
  await expect(
    page.locator('tbody.expanded').getByRole('link', { name: 'Added — open the plan' }),
  ).toHaveCount(1);
  const saved = await storedPlan(page);
  expect(saved?.version).toBe(1);
  expect(saved?.steps).toHaveLength(2);

  await added.click();
  await expect(page).toHaveURL(/\/plan\/$/);
  await expect(page.locator('.plan')).toHaveAttribute('aria-busy', 'false');
  const steps = page.locator('.plan-step');
  await expect(steps).toHaveCount(2);
  // Prefilled: the next-level descriptor as the action, the look-fors as the success indicator.
  await expect(steps.first().getByLabel('Action')).not.toHaveValue('');
  await expect(steps.first().getByLabel('Success indicator')).not.toHaveValue('');

  // Owner and due date with the keyboard alone.
  await page.locator('h1').click();
  await tabTo(page, '.plan-step:first-child input[id$="-owner"]');
  await page.keyboard.type('Deputy superintendent');
  await page.keyboard.press('Tab');
  await page.keyboard.type('03312027');
  await expect.poll(async () => (await storedPlan(page))?.steps[0]?.due).toBe('2027-03-31');
  // Reordered with the keyboard: the focus follows the step.
  await tabTo(page, '.plan-step:first-child button[id$="-down"]');
  await page.keyboard.press('Enter');
  await expect(steps.nth(1).getByLabel('Owner')).toHaveValue('Deputy superintendent');
  await expect(page.getByRole('status').filter({ hasText: 'Moved to position 2.' })).toBeVisible();

  await page.reload();
  await expect(page.locator('.plan')).toHaveAttribute('aria-busy', 'false');
  await expect(steps.nth(1).getByLabel('Owner')).toHaveValue('Deputy superintendent');
  await expect(steps.nth(1).getByLabel('Due date')).toHaveValue('2027-03-31');

  // Removed, then put back.
  await steps.first().getByRole('button', { name: 'Remove' }).click();
  await expect(steps).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(steps).toHaveCount(2);

  // Measured progress: the item is rated at its target later, and the step says so.
  const step = (await storedPlan(page))!.steps.find((s) => s.owner === 'Deputy superintendent')!;
  const raw = JSON.parse((await readStorage(page, 'dcsa:assessment:coaching-conditions'))!) as {
    assessment: { ratings: Record<string, number>; updatedAt: string };
  };
  raw.assessment.ratings[step.item] = step.target;
  raw.assessment.updatedAt = new Date().toISOString();
  await writeStorage(page, { 'dcsa:assessment:coaching-conditions': JSON.stringify(raw) });
  await page.reload();
  await expect(page.locator(`[data-step="${step.id}"] .plan-progress`)).toContainText('Reached: rated');

  // Grouped by due date: the dated step first, under its month.
  await page.getByLabel('By due date').check();
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('March 2027');

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.startsWith('\uFEFFRubric,Dimension,Item,Target level,Action,Owner,Due date,')).toBe(true);
  expect(csv.split('\r\n')).toHaveLength(4);
  expect(csv).toContain('Deputy superintendent,2027-03-31,');

  const [icsDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  ]);
  expect(icsDownload.suggestedFilename()).toMatch(/\.ics$/);
  const calendar = new ICAL.Component(
    ICAL.parse(readFileSync(await icsDownload.path(), 'utf8')) as unknown[],
  );
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(events.map((e) => [e.uid, e.startDate.toString()])).toEqual([
    [`${step.id}-due@district-coaching-self-assessment`, '2027-03-31'],
  ]);

  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations).toEqual([]);
});

test('the plan page says when the saved plan cannot be read, and keeps it', async ({ page }) => {
  await page.goto('/fr/about/');
  await writeStorage(page, { 'dcsa:plan': '{"version":1,"steps":[{"id":' });
  await open(page, '/fr/plan/');
  await expect(page.getByRole('alert')).toContainText('Impossible de lire le plan enregistré');
  expect(await readStorage(page, 'dcsa:plan')).toBe('{"version":1,"steps":[{"id":');
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations).toEqual([]);

  // Starting afresh sets the plan aside, and the page of everything set aside names it as the plan.
  await page.getByRole('button', { name: 'Commencer un nouveau plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'mises de côté' })).toBeVisible();
  expect(await readStorage(page, 'dcsa:set-aside:plan')).toBe('{"version":1,"steps":[{"id":');
  await page.getByRole('link', { name: 'Voir tout ce qui est mis de côté' }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(['Le plan du district']);
});
