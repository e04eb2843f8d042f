/**
 * Keyboard-only journeys through each rubric: answer every item with Tab, Shift+Tab, arrows, digits,
 * Space and Enter (never the mouse), review, open the results, check every figure, then reload and
 * check that everything was kept. The expected figures are worked out by hand in the comments.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  assessmentKey,
  open,
  pauseForAFrame,
  progressText,
  readSaved,
  readStorage,
  tabTo,
  waitForIslands,
  watchPage,
} from './helpers';

type Rating = 0 | 1 | 2 | 3 | 4 | 'unsure';

interface RatedAnswer {
  item: string;
  /** Keys pressed once focus has entered the item's radio group (on its first choice, nothing chosen yet). */
  keys: string[];
  /** What the keys choose. */
  rating: Rating;
  /** Typed into the item's note field after choosing. */
  note?: string;
  /** From the note field, Shift+Tab back into the group (focus lands on the chosen radio) and press these. */
  change?: { keys: string[]; rating: Rating };
  /** Passed over with Tab; answered later from the review step's link. */
  skip?: boolean;
}

interface StepPlan {
  name: string;
  answers: RatedAnswer[];
  /** How the Next (or Review) button is pressed. */
  press: 'Enter' | 'Space';
}

interface ExpectedResults {
  /** The rubric's title, the caption of the score table. */
  title: string;
  /** Per dimension id: name, score, level, answered, not sure, not answered, as the table shows them. */
  rows: Record<string, [string, string, string, string, string, string]>;
  overall: string;
  overallLevel: string;
  answered: string;
  weakest: string;
}

const finalRating = (a: RatedAnswer): Rating => a.change?.rating ?? a.rating;

/** Answers one rated item with the keyboard, from wherever focus is before it on the page. */
async function answerItem(page: Page, a: RatedAnswer, progress: { answered: number; total: number }) {
  const radios = `#item-${a.item} input[type="radio"]`;
  await tabTo(page, radios);
  // Tab into a group where nothing is chosen lands on its first choice, and chooses nothing.
  await expect(page.locator(`${radios}[value="0"]`)).toBeFocused();
  await expect(page.locator(`${radios}:checked`)).toHaveCount(0);
  for (const key of a.keys) await page.keyboard.press(key);
  const chosen = page.locator(`${radios}[value="${a.rating}"]`);
  await expect(chosen).toBeChecked();
  await expect(chosen).toBeFocused();
  progress.answered++;
  await expect(progressText(page)).toHaveText(`${progress.answered} of ${progress.total} answered`);

  if (a.note !== undefined || a.change) {
    await page.keyboard.press('Tab');
    const note = page.locator(`#note-${a.item}`);
    await expect(note).toBeFocused();
    if (a.note !== undefined) {
      await page.keyboard.type(a.note);
      await expect(note).toHaveValue(a.note);
    }
  }
  if (a.change) {
    await page.keyboard.press('Shift+Tab');
    await expect(chosen).toBeFocused();
    for (const key of a.change.keys) await page.keyboard.press(key);
    const changed = page.locator(`${radios}[value="${a.change.rating}"]`);
    await expect(changed).toBeChecked();
    await expect(changed).toBeFocused();
    // Changing an answer does not count the item twice.
    await expect(progressText(page)).toHaveText(`${progress.answered} of ${progress.total} answered`);
  }
}

/** Answers a step's items, then Tabs to its Next/Review button and presses it. */
async function answerStep(
  page: Page,
  index: number,
  plan: StepPlan,
  progress: { answered: number; total: number },
  last: boolean,
) {
  await expect(page.locator('#step-heading')).toContainText(plan.name);
  for (const a of plan.answers) {
    if (!a.skip) await answerItem(page, a, progress);
  }
  const button = page.locator('.step-buttons button.primary');
  await tabTo(page, '.step-buttons button.primary');
  await expect(button).toHaveText(last ? 'Review' : 'Next');
  await page.keyboard.press(plan.press);
  const heading = page.locator('#step-heading');
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(last ? /#review$/ : new RegExp(`#step-${index + 2}$`));
}

/** Every figure of the results page. */
async function expectResults(page: Page, expected: ExpectedResults) {
  await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
  // The score table is the one captioned with the rubric's title.
  const table = page.getByRole('table', { name: expected.title, exact: true });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(Object.keys(expected.rows).length);
  for (const [id, cells] of Object.entries(expected.rows)) {
    await expect(table.locator(`tr[data-dimension="${id}"]`).locator('th, td')).toHaveText(cells);
  }
  await expect(page.getByTestId('overall-score')).toHaveText(expected.overall);
  await expect(page.locator('.overall-level')).toHaveText(expected.overallLevel);
  await expect(page.locator('.overall')).toContainText(expected.answered);
  await expect(page.getByTestId('weakest')).toHaveText(
    `Weakest: ${expected.weakest}. It has the lowest score. Naming it is the tool’s own choice, not a finding of the sources; what to work on first follows the order of the next moves.`,
  );
}

/** What the plan should have saved, in the stored format. */
function expectedStored(
  plans: StepPlan[],
  extra: { counts?: Record<string, number>; notes?: Record<string, string> } = {},
) {
  const ratings: Record<string, Rating> = {};
  const notes: Record<string, string> = { ...extra.notes };
  for (const a of plans.flatMap((p) => p.answers)) {
    ratings[a.item] = finalRating(a);
    if (a.note) notes[a.item] = a.note;
  }
  return { ratings, counts: extra.counts ?? {}, notes };
}

/** Opens each step of the questionnaire and checks that every answer and note is shown again. */
async function expectQuestionnaireRestored(page: Page, rubric: string, plans: StepPlan[], total: number) {
  await open(page, `/assess/${rubric}/`);
  await expect(progressText(page)).toHaveText(`${total} of ${total} answered`);
  for (const [index, plan] of plans.entries()) {
    await page.goto(`/assess/${rubric}/#step-${index + 1}`);
    await expect(page.locator('#step-heading')).toContainText(plan.name);
    for (const a of plan.answers) {
      await expect(page.locator(`#item-${a.item} input[value="${finalRating(a)}"]`)).toBeChecked();
      await expect(page.locator(`#note-${a.item}`)).toHaveValue(a.note ?? '');
    }
  }
}

async function followResultsLinkFromReview(page: Page, rubric: string) {
  await tabTo(page, `.questionnaire a[href$="/results/${rubric}/"]`);
  await expect(page.locator(':focus')).toHaveText('See the results');
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/results/${rubric}/`);
  await waitForIslands(page);
}

test.describe('keyboard-only journeys', () => {
  // Along the way no script error occurs and no request leaves the site.
  let watched: ReturnType<typeof watchPage>;
  test.beforeEach(({ page, baseURL }) => {
    watched = watchPage(page, new URL(baseURL!).origin);
  });
  test.afterEach(() => {
    expect(watched.errors, 'uncaught page errors').toEqual([]);
    expect(watched.foreign, 'requests to other origins').toEqual([]);
  });

  test('a district leader answers the District Office Support rubric with the keyboard alone and sees exact scores that are kept after reloading', async ({
    page,
  }) => {
    const rubric = 'district-office-support';
    // Clarity 3,3,2,3 = 11/4 = 2.75 → "2.7", level 2. Modeling 2,1,2,not sure = 5/3 = 1.67 → "1.6", level 1.
    // Confidence 4,3,4,4 = 3.75 → "3.7", level 3. Support 4,3,4,3 = 3.5 → "3.5", level 3.
    // Overall (2.75 + 1.667 + 3.75 + 3.5) / 4 = 35/12 = 2.9167 → "2.9", level 2. Weakest: Modeling.
    const plans: StepPlan[] = [
      {
        name: 'Clarity',
        press: 'Enter',
        answers: [
          { item: 'clarity-vision', keys: ['3'], rating: 3 },
          {
            item: 'clarity-key-results',
            keys: ['3'],
            rating: 3,
            note: 'Key Results are published each August.',
          },
          // Picked 1, then corrected from the note field with Shift+Tab and a digit.
          { item: 'clarity-school-results', keys: ['1'], rating: 1, change: { keys: ['2'], rating: 2 } },
          { item: 'clarity-teacher-expectations', keys: ['1', 'ArrowDown', 'ArrowDown'], rating: 3 },
        ],
      },
      {
        name: 'Modeling',
        press: 'Space',
        answers: [
          { item: 'modeling-learner', keys: ['2'], rating: 2 },
          { item: 'modeling-tools', keys: ['Space', 'ArrowRight'], rating: 1 },
          { item: 'modeling-coaching-labs', keys: ['2'], rating: 2 },
          // ArrowUp from the first choice wraps round to the sixth: "Not sure".
          {
            item: 'modeling-plcs',
            keys: ['ArrowUp'],
            rating: 'unsure',
            note: 'Nobody has checked the PLC schedules yet.',
          },
        ],
      },
      {
        name: 'Confidence',
        press: 'Enter',
        answers: [
          { item: 'confidence-training', keys: ['4'], rating: 4 },
          { item: 'confidence-tools', keys: ['3'], rating: 3 },
          { item: 'confidence-time', keys: ['4'], rating: 4 },
          { item: 'confidence-belief', keys: ['0', '4'], rating: 4 },
        ],
      },
      {
        name: 'Support and Accountability',
        press: 'Enter',
        answers: [
          { item: 'support-follow-up', keys: ['4'], rating: 4 },
          { item: 'support-observation-tools', keys: ['3'], rating: 3 },
          {
            item: 'support-key-results',
            keys: ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'],
            rating: 4,
          },
          { item: 'support-resources', keys: ['3'], rating: 3, note: 'Budget line for coaching since 2024' },
        ],
      },
    ];
    const expected: ExpectedResults = {
      title: 'Continuum of District Office Support',
      rows: {
        clarity: ['Clarity', '2.7', '2 Occasional Involvement', '4/4', '0', '0'],
        modeling: ['Modeling', '1.6', '1 Awareness Only', '3/4', '1', '0'],
        confidence: ['Confidence', '3.7', '3 Coordinated Support', '4/4', '0', '0'],
        'support-accountability': [
          'Support and Accountability',
          '3.5',
          '3 Coordinated Support',
          '4/4',
          '0',
          '0',
        ],
      },
      overall: '2.9',
      overallLevel: 'Level 2: Occasional Involvement',
      answered: '16 of 16 answered',
      weakest: 'Modeling',
    };

    await open(page, `/assess/${rubric}/`);
    const progress = { answered: 0, total: 16 };
    await expect(progressText(page)).toHaveText('0 of 16 answered');
    for (const [index, plan] of plans.entries())
      await answerStep(page, index, plan, progress, index === plans.length - 1);

    const review = page.locator('.review');
    await expect(page.locator('#step-heading')).toHaveText('Review');
    await expect(review.locator('> p').first()).toHaveText('Every item is answered.');
    await expect(review.locator('.review-list > li')).toHaveText(
      plans.map((p) => `${p.name} — all answered`),
    );
    await expect(review.locator('.review-list a')).toHaveCount(0);

    await followResultsLinkFromReview(page, rubric);
    await expectResults(page, expected);

    expect((await readSaved(page, rubric))?.assessment).toEqual({
      rubric,
      ...expectedStored(plans),
      updatedAt: expect.any(String),
    });
    await page.reload();
    await waitForIslands(page);
    await expectResults(page, expected);
    await expectQuestionnaireRestored(page, rubric, plans, 16);
  });

  test('a district leader answers the Conditions for Learning Coaches rubric with the keyboard alone, finishes a skipped item from the review and sees exact scores', async ({
    page,
  }) => {
    const rubric = 'coaching-conditions';
    // Peer collaboration 3,3,3,not sure = 9/3 = 3.0 → "3.0", level 3 (a whole mean reaches its level).
    // Professional learning not sure, not sure, 1, 2, 2 = 5/3 = 1.67 → "1.6", level 1.
    // Leader buy-in 0,1,0,1 = 0.5 → "0.5", level 0. System leadership 2,2,3,not sure,2 = 9/4 = 2.25 → "2.2", level 2.
    // Overall (3 + 1.667 + 0.5 + 2.25) / 4 = 7.417/4 = 1.854 → "1.8", level 1. Weakest: leader buy-in.
    const plans: StepPlan[] = [
      {
        name: 'Regular peer communication and collaboration',
        press: 'Space',
        answers: [
          { item: 'peer-meetings', keys: ['3'], rating: 3, note: 'Monthly network meeting since 2025' },
          { item: 'peer-dialogue', keys: ['3'], rating: 3 },
          { item: 'peer-critical-friends', keys: ['2', 'ArrowRight'], rating: 3 },
          { item: 'peer-system-network', keys: ['4', 'ArrowRight'], rating: 'unsure' },
        ],
      },
      {
        name: 'Ongoing and integrated professional learning with an equity lens',
        press: 'Enter',
        answers: [
          { item: 'learning-ongoing', keys: ['ArrowUp'], rating: 'unsure' },
          { item: 'learning-equity', keys: ['ArrowLeft'], rating: 'unsure', note: 'Ask the equity office' },
          { item: 'learning-tailored', keys: ['1'], rating: 1 },
          { item: 'learning-integrated', keys: ['2'], rating: 2 },
          { item: 'learning-new-coaches', keys: ['2'], rating: 2 },
        ],
      },
      {
        name: "School leaders' buy-in and support",
        press: 'Enter',
        answers: [
          { item: 'leader-role-clarity', keys: ['Space'], rating: 0 },
          // Left for later: the review step links to it, and it is answered there with "1".
          { item: 'leader-networks', keys: ['1'], rating: 1, skip: true },
          { item: 'leader-staff-communication', keys: ['0'], rating: 0 },
          { item: 'leader-open-culture', keys: ['1'], rating: 1 },
        ],
      },
      {
        name: 'Coherent system leadership',
        press: 'Space',
        answers: [
          { item: 'system-role-clarity', keys: ['2'], rating: 2 },
          { item: 'system-coordination', keys: ['2'], rating: 2 },
          { item: 'system-advocacy', keys: ['3'], rating: 3 },
          {
            item: 'system-survives-change',
            keys: ['ArrowUp'],
            rating: 'unsure',
            note: 'Budget process is unclear to us',
          },
          { item: 'system-scale-with-supports', keys: ['2'], rating: 2 },
        ],
      },
    ];
    const expected: ExpectedResults = {
      title: 'Conditions for Learning Coaches',
      rows: {
        'peer-collaboration': [
          'Regular peer communication and collaboration',
          '3.0',
          '3 Structured',
          '3/4',
          '1',
          '0',
        ],
        'professional-learning': [
          'Ongoing and integrated professional learning with an equity lens',
          '1.6',
          '1 Informal',
          '3/5',
          '2',
          '0',
        ],
        'leader-buy-in': ["School leaders' buy-in and support", '0.5', '0 Absent', '4/4', '0', '0'],
        'system-leadership': ['Coherent system leadership', '2.2', '2 Occasional', '4/5', '1', '0'],
      },
      overall: '1.8',
      overallLevel: 'Level 1: Informal',
      answered: '18 of 18 answered',
      weakest: "School leaders' buy-in and support",
    };

    await open(page, `/assess/${rubric}/`);
    const progress = { answered: 0, total: 18 };
    for (const [index, plan] of plans.entries())
      await answerStep(page, index, plan, progress, index === plans.length - 1);
    await expect(progressText(page)).toHaveText('17 of 18 answered');

    // The review lists what is left, as links.
    const review = page.locator('.review');
    await expect(review.locator('> p').first()).toHaveText(
      'Check what is left before you look at your results.',
    );
    await expect(review.locator('.review-list > li').nth(2)).toContainText(
      "School leaders' buy-in and support — 1 item not answered:",
    );
    for (const i of [0, 1, 3])
      await expect(review.locator('.review-list > li').nth(i)).toContainText(' — all answered');
    const links = review.locator('.review-list a');
    await expect(links).toHaveText([
      '3.2 School leaders learn with leaders of other schools how to use coaching support',
    ]);

    // Following the link opens step 3 with focus in that item.
    await tabTo(page, '.review-list a');
    await page.keyboard.press('Enter');
    await expect(page.locator('#step-heading')).toContainText("School leaders' buy-in and support");
    await expect(page).toHaveURL(/#step-3$/);
    await expect(page.locator('#item-leader-networks input[value="0"]')).toBeFocused();
    await expect(page.locator('#item-leader-networks input:checked')).toHaveCount(0);
    await page.keyboard.press('1');
    await expect(page.locator('#item-leader-networks input[value="1"]')).toBeChecked();
    await expect(progressText(page)).toHaveText('18 of 18 answered');

    // Back to the review through the steps list, which sits just before the questions.
    await tabTo(page, 'nav.steps a[href="#review"]', { back: true });
    await page.keyboard.press('Enter');
    await expect(page.locator('#step-heading')).toHaveText('Review');
    await expect(page.locator('#step-heading')).toBeFocused();
    await expect(review.locator('> p').first()).toHaveText('Every item is answered.');
    await expect(review.locator('.review-list a')).toHaveCount(0);

    await followResultsLinkFromReview(page, rubric);
    await expectResults(page, expected);

    expect((await readSaved(page, rubric))?.assessment).toEqual({
      rubric,
      ...expectedStored(plans),
      updatedAt: expect.any(String),
    });
    await page.reload();
    await waitForIslands(page);
    await expectResults(page, expected);
    await expectQuestionnaireRestored(page, rubric, plans, 18);
  });

  test('a district leader answers the Coach Deployment rubric with the keyboard alone, enters schools per coach, and sees it flagged above the recommended 2', async ({
    page,
  }) => {
    const rubric = 'coach-deployment';
    // Assignment and reporting 4,4,3,not sure = 11/3 = 3.67 → "3.6", level 3 (the count is not scored).
    // Protected focus 1,2,1,1 = 1.25 → "1.2", level 1. Network 2,3,2,3 = 2.5 → "2.5", level 2.
    // Relationships 2,1,1,1 = 1.25 → "1.2", level 1: tied with protected focus, so both are named weakest.
    // Overall (3.667 + 1.25 + 2.5 + 1.25) / 4 = 26/12 = 2.1667 → "2.1", level 2.
    const plans: StepPlan[] = [
      {
        name: 'Assignment and reporting',
        press: 'Enter',
        answers: [
          { item: 'assigned-by-district', keys: ['4'], rating: 4 },
          { item: 'reports-to-district-lead', keys: ['3', 'ArrowDown'], rating: 4 },
          { item: 'dedicated-lead', keys: ['3'], rating: 3 },
          {
            item: 'allocation-by-need',
            keys: ['ArrowUp'],
            rating: 'unsure',
            note: 'Job description is being rewritten',
          },
        ],
      },
      {
        name: 'Protected instructional focus',
        press: 'Space',
        answers: [
          { item: 'focus-key-results', keys: ['1'], rating: 1 },
          { item: 'focus-site-demands', keys: ['2'], rating: 2 },
          {
            item: 'focus-non-instructional',
            keys: ['1'],
            rating: 1,
            note: 'Two coaches cover lunch duty',
          },
          { item: 'evaluate-coaching', keys: ['Space', 'ArrowDown'], rating: 1 },
        ],
      },
      {
        name: 'Coaching network and calibration',
        press: 'Enter',
        answers: [
          { item: 'network-meetings', keys: ['2'], rating: 2 },
          { item: 'network-shared-tools', keys: ['3'], rating: 3 },
          { item: 'network-training', keys: ['2'], rating: 2 },
          { item: 'network-calibration', keys: ['3'], rating: 3 },
        ],
      },
      {
        name: 'Relationships in each school',
        press: 'Enter',
        answers: [
          { item: 'principal-partners', keys: ['2'], rating: 2 },
          { item: 'time-in-each-school', keys: ['1'], rating: 1 },
          { item: 'continuity-over-years', keys: ['4'], rating: 4, change: { keys: ['1'], rating: 1 } },
          { item: 'teacher-trust', keys: ['1'], rating: 1 },
        ],
      },
    ];
    const countNote = 'Three schools each; two coaches have four';
    const expected: ExpectedResults = {
      title: 'Coach Deployment',
      rows: {
        'assignment-reporting': ['Assignment and reporting', '3.6', '3 In place', '3/4', '1', '0'],
        'protected-focus': ['Protected instructional focus', '1.2', '1 In name only', '4/4', '0', '0'],
        'coaching-network': ['Coaching network and calibration', '2.5', '2 Partly in place', '4/4', '0', '0'],
        'school-relationships': ['Relationships in each school', '1.2', '1 In name only', '4/4', '0', '0'],
      },
      overall: '2.1',
      overallLevel: 'Level 2: Partly in place',
      answered: '17 of 17 answered',
      weakest: 'Protected instructional focus and Relationships in each school',
    };
    const expectFacts = () =>
      expect(page.locator('section[aria-labelledby="facts-heading"] li')).toHaveText([
        'How many schools is a typical coach assigned to? 3 schools per coach (above the recommended 2)',
      ]);

    await open(page, `/assess/${rubric}/`);
    const progress = { answered: 0, total: 17 };
    await expect(progressText(page)).toHaveText('0 of 17 answered');

    // The count comes first: a wrong entry is refused with a message and nothing is saved.
    const count = page.locator('#count-schools-per-coach');
    const error = page.locator('#count-schools-per-coach-error');
    await tabTo(page, '#count-schools-per-coach');
    await page.keyboard.type('abc');
    await expect(error).toHaveText('Enter a whole number from 1 to 60.');
    await expect(count).toHaveAttribute('aria-invalid', 'true');
    await expect(count).toHaveAccessibleDescription(/Enter a whole number from 1 to 60\./);
    await expect(progressText(page)).toHaveText('0 of 17 answered');
    expect(await readStorage(page, assessmentKey(rubric))).toBeNull();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await expect(error).toHaveCount(0);
    await page.keyboard.type('3');
    await expect(count).toHaveValue('3');
    await expect(count).toHaveAttribute('aria-invalid', 'false');
    await expect(progressText(page)).toHaveText('1 of 17 answered');
    progress.answered = 1;
    // "3.5" is refused too: nothing is saved for the item until a valid number is back, because a refused
    // entry puts back what was saved when the field got focus (here, nothing).
    await pauseForAFrame(page);
    await page.keyboard.type('.5');
    await expect(error).toBeVisible();
    await expect.poll(async () => (await readSaved(page, rubric))?.assessment.counts).toEqual({});
    await expect(progressText(page)).toHaveText('0 of 17 answered');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect(count).toHaveValue('3');
    await expect(error).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(page.locator('#note-schools-per-coach')).toBeFocused();
    await page.keyboard.type(countNote);

    for (const [index, plan] of plans.entries())
      await answerStep(page, index, plan, progress, index === plans.length - 1);
    await expect(page.locator('.review > p').first()).toHaveText('Every item is answered.');
    await expect(page.locator('nav.steps a').first()).toContainText('(5/5)');

    await followResultsLinkFromReview(page, rubric);
    await expectResults(page, expected);
    await expectFacts();

    expect((await readSaved(page, rubric))?.assessment).toEqual({
      rubric,
      ...expectedStored(plans, {
        counts: { 'schools-per-coach': 3 },
        notes: { 'schools-per-coach': countNote },
      }),
      updatedAt: expect.any(String),
    });
    await page.reload();
    await waitForIslands(page);
    await expectResults(page, expected);
    await expectFacts();
    await expectQuestionnaireRestored(page, rubric, plans, 17);
    await page.goto(`/assess/${rubric}/#step-1`);
    await expect(count).toHaveValue('3');
    await expect(page.locator('#note-schools-per-coach')).toHaveValue(countNote);
  });
});

test.describe('schools per coach', () => {
  // The field saves as it goes, so a refused entry must put back what was saved when it got focus.
  test('a refused entry such as 2.5 saves nothing, not even the 2 typed on the way', async ({ page }) => {
    const rubric = 'coach-deployment';
    await open(page, `/assess/${rubric}/`);
    const count = page.locator('#count-schools-per-coach');
    await tabTo(page, '#count-schools-per-coach');
    await page.keyboard.type('2');
    await pauseForAFrame(page);
    await page.keyboard.type('.5');
    await expect(page.locator('#count-schools-per-coach-error')).toHaveText(
      'Enter a whole number from 1 to 60.',
    );
    await expect(count).toHaveValue('2.5');
    // The field has taken every key (the error shows), so what is saved is settled: no count.
    expect((await readSaved(page, rubric))?.assessment.counts ?? {}).toEqual({});
    await expect(progressText(page)).toHaveText('0 of 17 answered');
  });

  // Once a valid number is saved, the effect that follows the saved value runs up to a frame later; a key
  // typed before then must not be overwritten by the number this field itself just saved.
  test('every character typed quickly into the field is kept', async ({ page }) => {
    const rubric = 'coach-deployment';
    await page.clock.install();
    await open(page, `/assess/${rubric}/`);
    const count = page.locator('#count-schools-per-coach');
    await tabTo(page, '#count-schools-per-coach');
    // Hold the page's clock so that no frame passes between the keys: certain here, luck in real time
    // (at full typing speed a probe lost the "." about one time in six).
    await page.clock.pauseAt(Date.now() + 1_000);
    await page.keyboard.type('2');
    await page.clock.runFor(0); // the store's batched re-render (a zero-delay timer), but no frame
    await expect(progressText(page)).toHaveText('1 of 17 answered');
    await page.keyboard.type('.5');
    await page.clock.resume();
    await expect(count).toHaveValue('2.5', { timeout: 1_000 });
    await expect(page.locator('#count-schools-per-coach-error')).toHaveText(
      'Enter a whole number from 1 to 60.',
    );
  });
});
