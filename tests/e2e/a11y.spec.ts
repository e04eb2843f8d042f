/**
 * axe finds no WCAG 2.2 AA violations on any page, empty or with saved answers, on a laptop and a phone.
 * Every axe scan costs most of a second, so to keep the run short each page is loaded once and scanned at
 * both sizes, and the pages of one rubric share a test: each scan is a step and each result a soft
 * assertion, so one failure does not hide the others.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  AXE_TAGS,
  MEMORY_ONLY_NOTICE,
  blockLocalStorage,
  RUBRICS,
  assessmentKey,
  open,
  savedText,
  seedStorage,
  type RubricId,
  writeStorage,
} from './helpers';

/**
 * Some answers for each rubric: levels, "Not sure", a note, and for coach deployment a flagged count; in
 * each, at least one dimension has half of its items rated, so the results show scores.
 */
const SAVED: Record<RubricId, string> = {
  'district-office-support': savedText({
    rubric: 'district-office-support',
    ratings: {
      'clarity-vision': 3,
      'clarity-key-results': 2,
      'modeling-learner': 'unsure',
      'confidence-training': 1,
    },
    counts: {},
    notes: { 'clarity-vision': 'Vision statement adopted by the board in 2025' },
  }),
  'coaching-conditions': savedText({
    rubric: 'coaching-conditions',
    ratings: {
      'peer-meetings': 3,
      'peer-dialogue': 'unsure',
      'peer-critical-friends': 2,
      'learning-ongoing': 2,
      'system-survives-change': 0,
    },
    counts: {},
    notes: { 'peer-meetings': 'Monthly network since 2025' },
  }),
  'coach-deployment': savedText({
    rubric: 'coach-deployment',
    ratings: {
      'assigned-by-district': 4,
      'reports-to-district-lead': 3,
      'allocation-by-need': 'unsure',
      'network-meetings': 2,
      'teacher-trust': 1,
    },
    counts: { 'schools-per-coach': 4 },
    notes: { 'schools-per-coach': 'Four schools each this year' },
  }),
};

/** Where each page is scanned: a laptop first, then the same page resized to a phone. */
const VIEWPORTS = [
  { label: '1366×768', size: { width: 1366, height: 768 } },
  { label: '390×844', size: { width: 390, height: 844 } },
];

/** Opens a page, waits for the state to scan, and records axe's violations at each size (softly). */
async function scan(
  page: Page,
  name: string,
  path: string,
  ready?: (page: Page) => Promise<void>,
  viewports = VIEWPORTS,
) {
  await test.step(name, async () => {
    await page.setViewportSize(viewports[0]!.size);
    await open(page, path);
    await ready?.(page);
    for (const { label, size } of viewports) {
      await page.setViewportSize(size);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect.soft(results.violations, `axe violations on ${name} (${path}) at ${label}`).toEqual([]);
    }
  });
}

const firstStepReady = (answered: string) => (page: Page) =>
  expect(page.locator('.questionnaire .progress label')).toContainText(answered);
const reviewReady = async (page: Page) => {
  await expect(page.locator('#step-heading')).toHaveText('Review');
  await expect(
    page.locator('.questionnaire').getByRole('link', { name: 'See the results' }).first(),
  ).toBeVisible();
};

test('axe finds no violations on the home and about pages at 1366×768 and 390×844', async ({ page }) => {
  await scan(page, 'the home page', '/', (p) =>
    expect(p.locator('.saved-progress').first()).toHaveText('Not started'),
  );
  await scan(page, 'the about page', '/about/');
});

for (const rubric of RUBRICS) {
  test(`axe finds no violations on the questionnaire and results of ${rubric}, empty and with saved answers, at 1366×768 and 390×844`, async ({
    page,
  }) => {
    // Eight axe scans: minutes on a busy 2-core machine.
    test.setTimeout(240_000);
    await scan(page, 'the first step, nothing saved', `/assess/${rubric}/`, firstStepReady('0 of'));
    await scan(page, 'the results, nothing saved', `/results/${rubric}/`, (p) =>
      expect(p.locator('.results .empty')).toBeVisible(),
    );
    await writeStorage(page, { [assessmentKey(rubric)]: SAVED[rubric] });
    // Checked choices and a filled count look the same in every rubric: scanned once, where there is a count.
    if (rubric === 'coach-deployment')
      await scan(page, 'the first step with saved answers', `/assess/${rubric}/`, firstStepReady('6 of'));
    // The review with some answers: links to the items left, and the way to the results.
    await scan(page, 'the review step with saved answers', `/assess/${rubric}/#review`, reviewReady);
    await scan(page, 'the results with saved answers', `/results/${rubric}/`, (p) =>
      expect(p.getByTestId('weakest')).toBeVisible(),
    );
  });
}

// The notices are one component, shared by the questionnaire and the results, and their colours do not
// change with the width: scanned on the questionnaire, on a phone, where they wrap the most.
test('axe finds no violations on the notices about unreadable, set-aside and unstorable answers', async ({
  page,
}) => {
  const phone = VIEWPORTS.slice(1);
  const rubric = 'coaching-conditions';
  await seedStorage(page, { [assessmentKey(rubric)]: '{not json' });
  await scan(
    page,
    'the questionnaire when saved answers cannot be read',
    `/assess/${rubric}/`,
    (p) => expect(p.getByRole('alert')).toBeVisible(),
    phone,
  );
  await page.locator('#item-peer-meetings input[value="2"]').check();
  await test.step('the questionnaire once unreadable answers were set aside', async () => {
    await expect(page.getByText('Earlier data kept aside')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect.soft(results.violations, 'axe violations once unreadable answers were set aside').toEqual([]);
  });
  await page.addInitScript(blockLocalStorage);
  await scan(
    page,
    'the questionnaire when the browser refuses storage',
    `/assess/${rubric}/`,
    (p) => expect(p.getByText(MEMORY_ONLY_NOTICE)).toBeVisible(),
    phone,
  );
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('axe finds no violations on a questionnaire and results with saved answers in dark mode', async ({
    page,
  }) => {
    const rubric = 'coach-deployment';
    const laptop = VIEWPORTS.slice(0, 1);
    await seedStorage(page, { [assessmentKey(rubric)]: SAVED[rubric] });
    await scan(
      page,
      'the first step with saved answers',
      `/assess/${rubric}/`,
      firstStepReady('6 of'),
      laptop,
    );
    await scan(
      page,
      'the results with saved answers',
      `/results/${rubric}/`,
      (p) => expect(p.getByTestId('weakest')).toBeVisible(),
      laptop,
    );
  });
});
