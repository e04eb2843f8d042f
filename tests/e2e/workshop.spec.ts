/**
 * The workshop board (/team/<rubric>/): participants answer on their own devices (separate browser
 * contexts) and send their links; the facilitator gathers them, reveals, agrees item by item, keeps the
 * consensus as the district's assessment and prints it; projector mode fits one dimension on a screen
 * with nothing to scroll, moves by keyboard, and passes axe's enhanced (7:1) contrast check.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { encodeShareCode, shareFragment } from '../../src/lib/share-code';
import { realRubrics } from '../share-fixtures';
import { AXE_TAGS, assessmentKey, open, readSaved, savedText, seedStorage, watchPage } from './helpers';

const RUBRIC = 'coaching-conditions';
const rubric = realRubrics.find((r) => r.id === RUBRIC)!;
const dimensions = rubric.data.dimensions.map((d) => ({ id: d.id, items: d.items.map((i) => i.id) }));
const ids = dimensions.flatMap((d) => d.items);
const workshopKey = `dcsa:workshop:${RUBRIC}`;
const SHOTS = '/tmp/workshop-screenshots';

type Answer = number | 'unsure';
/** Every item at `rest`, with the first items set apart. */
const ratings = (rest: Answer, ...first: Answer[]) =>
  Object.fromEntries(ids.map((id, i) => [id, first[i] ?? rest]));

/** Pages in a PDF, counted as tests/e2e/print.spec.ts does. */
const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

/** A participant who answers on the questionnaire, then presses "Send to facilitator" (a share sheet here). */
async function answerOnTheQuestionnaire(browser: Browser, levels: Record<string, Answer>): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // This browser has a share sheet: it records what it was asked to share.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  await open(page, `/assess/${RUBRIC}/`);
  for (const [step, dimension] of dimensions.entries()) {
    for (const id of dimension.items) await page.locator(`#item-${id} input[value="${levels[id]}"]`).check();
    await page.getByRole('button', { name: step === dimensions.length - 1 ? 'Review' : 'Next' }).click();
  }
  await expect(page.getByText('Every item is answered.')).toBeVisible();
  await page.locator('.step-buttons').getByRole('link', { name: 'See the results' }).click();
  await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
  await page.getByRole('button', { name: 'Send to facilitator' }).click();
  await expect(page.getByTestId('facilitator-status')).toHaveText('Sent.');
  const link = await page.getByLabel('Your results link').inputValue();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
  expect(shared).toMatchObject({ url: link, title: 'My ratings: Conditions for Learning Coaches' });
  await context.close();
  return link;
}

/** A participant whose answers are already saved, who copies their link from "Create share link". */
async function shareSavedAnswers(
  browser: Browser,
  assessment: { ratings: Record<string, Answer>; district?: string; role?: string },
): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await seedStorage(page, {
    [assessmentKey(RUBRIC)]: JSON.stringify({
      version: 1,
      assessment: {
        rubric: RUBRIC,
        counts: {},
        notes: {},
        updatedAt: '2026-11-23T14:02:00.000Z',
        ...assessment,
      },
    }),
  });
  await open(page, `/results/${RUBRIC}/`);
  if (assessment.role) await page.getByLabel('Include district and role').check();
  await page.getByRole('button', { name: 'Create share link' }).click();
  const link = await page.getByLabel(/Share link/).inputValue();
  await context.close();
  return link;
}

/** Opens the workshop board and waits until it shows what is saved (so keys reach its handlers). */
async function openBoard(page: Page) {
  await open(page, `/team/${RUBRIC}/`);
  await expect(page.locator('.workshop')).toHaveAttribute('aria-busy', 'false');
}

/** The counts in a board row: levels 0–4, then "not sure". */
const distribution = (page: Page, itemId: string) =>
  page.locator(`.workshop table.board tr[data-item="${itemId}"] .dist .n`);
const stats = (page: Page, itemId: string) =>
  page.locator(`.workshop table.board tr[data-item="${itemId}"] td.num`);

test.use({ reducedMotion: 'reduce' });

test('a team’s responses are gathered, revealed, agreed on and printed as the district’s consensus', async ({
  browser,
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // Four participants on their own devices. Item 1 spreads from 0 to 4; the rest sit within one level.
  const links = [
    await answerOnTheQuestionnaire(browser, ratings(2)),
    await shareSavedAnswers(browser, { ratings: ratings(3, 0) }),
    await shareSavedAnswers(browser, { ratings: ratings(2, 4, 'unsure') }),
    await shareSavedAnswers(browser, {
      ratings: ratings(2, 1),
      district: 'Riverside Unified',
      role: 'Principal, Lakeview Elementary',
    }),
  ];
  for (const link of links) expect(link).toMatch(new RegExp(`/results/${RUBRIC}/#r=[A-Za-z0-9_-]+$`));
  const code = links[2]!.split('#r=')[1]!;
  const middle = Math.floor(code.length / 2);
  const damaged = links[2]!.replace(
    code,
    code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1),
  );
  const deployment = realRubrics.find((r) => r.id === 'coach-deployment')!;
  const stray = `${baseURL}/results/coach-deployment/${shareFragment(
    await encodeShareCode(
      {
        rubric: deployment.id,
        ratings: { 'assigned-by-district': 3 },
        counts: {},
        notes: {},
        updatedAt: '2026-11-23T14:00:00.000Z',
      },
      deployment,
      { notes: false, profile: false },
    ),
  )}`;

  // The facilitator's laptop.
  const watched = watchPage(page, new URL(baseURL!).origin);
  await open(page, '/');
  await page.getByRole('link', { name: 'Workshop: Conditions for Learning Coaches' }).click();
  await expect(page).toHaveURL(`/team/${RUBRIC}/`);
  await expect(page.locator('.workshop')).toHaveAttribute('aria-busy', 'false');
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByTestId('join-url')).toHaveText(`${new URL(baseURL!).host}/assess/${RUBRIC}/`);
  await expect(page.locator('.join-qr .qr-code')).toHaveAttribute(
    'data-link',
    `${baseURL}/assess/${RUBRIC}/`,
  );

  // One paste, in the mixed form links arrive in: names, line breaks, commas; a damaged link, one sent
  // twice and one for another rubric among them.
  await page
    .getByLabel('Response links or codes')
    .fill(
      `Ana: ${links[0]}\n${links[1]}\n\n${damaged}, ${links[2]}\nfrom Dana: ${links[3]} ${links[1]}; ${stray}`,
    );
  await page.getByRole('button', { name: 'Add responses' }).click();
  await expect(page.getByTestId('gather-status')).toHaveText('Added 4 responses (numbers 1 to 4).');
  const refused = page.getByTestId('refused');
  await expect(refused.getByRole('heading')).toHaveText('Not added: 3 responses');
  await expect(refused.getByRole('listitem')).toHaveText([
    /^Response 3 of 7: the link has been changed since it was made, so its answers cannot be trusted\./,
    /^Response 6 of 7: it has the same answers as response 2, which is already here\./,
    /^Response 7 of 7: this link is for the Coach Deployment rubric, not this one\./,
  ]);
  // The principal who shared their role is counted as one.
  await expect(page.getByLabel('Role of response 4')).toHaveValue('principal');
  await page.getByLabel('Role of response 2').selectOption('district-staff');

  // Hidden until Reveal: nothing of the ratings is on the page, and the workshop survives a reload.
  await expect(page.getByTestId('board-hidden')).toContainText('4 responses gathered');
  await expect(page.locator('table.board')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.workshop')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('.response-list summary')).toHaveText('4 responses');
  await expect(page.locator('.dist')).toHaveCount(0);

  await page.getByTestId('reveal').click();
  await expect(page.locator('table.board')).toHaveCount(4);
  // Item 1.1: 2, 0, 4, 1 → one each at 0, 1, 2 and 4; median 1.5, mean 1.75 (shown 1.7), spread 4.
  await expect(distribution(page, ids[0]!)).toHaveText(['1', '1', '1', '0', '1', '0']);
  await expect(stats(page, ids[0]!)).toHaveText(['1.5', '1.7', '4']);
  await expect(page.locator(`tr[data-item="${ids[0]}"]`)).toContainText('Discuss');
  // Item 1.2: 2, 3, not sure, 2 → median 2, mean 2.33 (shown 2.3), spread 1: nothing to discuss.
  await expect(distribution(page, ids[1]!)).toHaveText(['0', '0', '2', '1', '0', '1']);
  await expect(stats(page, ids[1]!)).toHaveText(['2.0', '2.3', '1']);
  await expect(page.getByTestId('discuss-count')).toContainText('1 item to discuss');
  await page.getByLabel('Break down by role').check();
  await expect(page.locator(`tr[data-item="${ids[0]}"] ~ tr.role-row`).first()).toBeVisible();
  await expect(page.locator('tr.role-row[data-role="principal"]').first()).toContainText('Principal (1)');

  // The agreed level of every item, typed while the keyboard shortcuts are on: "p" in a note is a letter.
  const agreed = [3, 2, 2, 1, 2, 2, 3, 1, 2, 1, 0, 2, 1, 2, 1, 1, 0, 1];
  for (const [i, id] of ids.entries()) await page.locator(`#agreed-${id}`).selectOption(String(agreed[i]));
  await page.locator(`#dissent-${ids[0]}`).fill('Response 3 puts it at 4: the network meets every month.');
  await expect(page.locator('.projector')).toHaveCount(0);
  await expect(page.getByText('18 of 18 items agreed')).toBeVisible();
  // (3 + 2 + 2 + 1) / 4 = 2.0, (2 + 2 + 3 + 1 + 2) / 5 = 2.0, (1 + 0 + 2 + 1) / 4 = 1.0, (2 + 1 + 1 + 0 + 1) / 5 = 1.0.
  await expect(page.getByTestId('agreed-score')).toHaveText(['2.0', '2.0', '1.0', '1.0']);
  await expect(page.getByTestId('consensus-score')).toHaveText(
    'Agreed overall score: 1.5 (level 1 Informal)',
  );

  await page.getByRole('button', { name: 'Use as our district’s assessment' }).click();
  await expect(page.getByTestId('consensus-status')).toContainText(
    'The consensus is now your district’s assessment',
  );
  const saved = (await readSaved(page, RUBRIC))!.assessment as unknown as {
    ratings: Record<string, number>;
    notes: Record<string, string>;
    role: string;
    district: string;
  };
  expect(saved.ratings).toEqual(Object.fromEntries(ids.map((id, i) => [id, agreed[i]])));
  expect(saved.notes).toEqual({
    [ids[0]!]: 'Dissent: Response 3 puts it at 4: the network meets every month.',
  });
  expect(saved.role).toBe('Team consensus of 4 participants');
  expect(saved.district).toBe('Riverside Unified');
  await page.getByRole('button', { name: 'Save as a snapshot' }).click();
  await expect(page.getByTestId('consensus-status')).toContainText('Saved the snapshot “Workshop consensus,');

  // The consensus is an assessment like any other: results, history, share link and score sheet.
  await page.getByTestId('consensus-status').getByRole('link', { name: 'See the results' }).click();
  await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('overall-score')).toHaveText('1.5');
  await expect(page.locator('.snapshots li')).toContainText(['Workshop consensus,']);
  await page.getByRole('button', { name: 'Create share link' }).click();
  await expect(page.getByLabel(/Share link/)).toHaveValue(new RegExp(`/results/${RUBRIC}/#r=`));
  await page.getByRole('link', { name: 'Score sheet to print' }).click();
  await expect(page.locator('.sheet-page')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByLabel('Respondent role')).toHaveValue('Team consensus of 4 participants');
  await expect(page.getByLabel('District')).toHaveValue('Riverside Unified');
  await expect(page.getByTestId('sheet-overall-score')).toHaveText('1.5');
  await expect(page.getByTestId('sheet-notes')).toContainText('Dissent: Response 3 puts it at 4');
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4'] as const) expect(pdfPageCount(await page.pdf({ format }))).toBe(1);
  await page.emulateMedia({ media: 'screen' });
  expect(watched.errors).toEqual([]);
  expect(watched.foreign).toEqual([]);
});

test('a response link opened on the facilitator’s laptop joins the current workshop', async ({
  page,
  browser,
}) => {
  const link = await shareSavedAnswers(browser, { ratings: ratings(3) });
  await openBoard(page);
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Gather responses' })).toBeVisible();
  await page.goto(link);
  await expect(page.getByText('You are looking at results shared by a link.')).toBeVisible();
  await page.getByRole('button', { name: 'Add to the current workshop' }).click();
  await expect(page.getByText('Added to the workshop as response 1 (1 in all).')).toBeVisible();
  // Nothing saved as the facilitator's own answers.
  expect(await readSaved(page, RUBRIC)).toBeNull();
  await page.getByRole('link', { name: 'Back to the workshop board' }).click();
  await expect(page.locator('.response-list summary')).toHaveText('1 response');
  // The same link again is known.
  await page.goto(link);
  await page.getByRole('button', { name: 'Add to the current workshop' }).click();
  await expect(page.getByText('Already in the workshop: response 1 has the same answers.')).toBeVisible();
});

/** A workshop as stored (the shape documented in src/lib/workshop/index.ts), with these responses. */
function storedWorkshop(responses: { ratings: Record<string, Answer>; role?: string }[], revealed: boolean) {
  return JSON.stringify({
    version: 1,
    workshop: {
      rubric: RUBRIC,
      startedAt: '2026-11-23T14:00:00.000Z',
      revealed,
      lastNumber: responses.length,
      responses: responses.map((r, i) => ({
        id: `r${i + 1}`,
        number: i + 1,
        addedAt: '2026-11-23T14:05:00.000Z',
        ...(r.role && { role: r.role }),
        assessment: (
          JSON.parse(savedText({ rubric: RUBRIC, ratings: r.ratings, counts: {}, notes: {} })) as {
            assessment: object;
          }
        ).assessment,
      })),
      consensus: { [ids[0]!]: { level: 2, dissent: 'Two see it at 3' }, [ids[1]!]: { level: 'unsure' } },
    },
  });
}

/** Twelve people: a spread on every dimension, some items to discuss, all four roles. */
const ROOM = Array.from({ length: 12 }, (_, i) => ({
  ratings: ratings(
    ([1, 2, 2, 3] as const)[i % 4]!,
    i % 3 === 0 ? 4 : 1,
    i % 5 === 0 ? 'unsure' : 2,
    ([0, 2, 3] as const)[i % 3]!,
  ),
  role: (['principal', 'district-staff', 'coach', 'other'] as const)[i % 4],
}));

/** No scrollbar anywhere: the page and the projector fit the window. */
async function expectNoScrolling(page: Page) {
  const sizes = await page.evaluate(() => {
    const box = (selector: string) => {
      const element = document.querySelector(selector)!;
      return {
        scroll: [element.scrollWidth, element.scrollHeight],
        client: [element.clientWidth, element.clientHeight],
      };
    };
    return { page: box('html'), projector: box('.projector'), screen: box('.projector-screen') };
  });
  for (const [name, { scroll, client }] of Object.entries(sizes)) {
    expect(scroll[0], `${name} width`).toBeLessThanOrEqual(client[0]!);
    expect(scroll[1], `${name} height`).toBeLessThanOrEqual(client[1]!);
  }
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`projector mode at ${width}×${height}: one dimension a screen, nothing to scroll, moved by keys`, async ({
    page,
  }) => {
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width, height });
    await seedStorage(page, { [workshopKey]: storedWorkshop(ROOM, false) });
    await openBoard(page);
    await page.keyboard.press('p');
    const projector = page.locator('.projector');
    await expect(projector).toHaveAttribute('data-screen', '1');
    await expect(page.locator('.site-header')).toBeHidden();
    // Before Reveal: the items, and no rating.
    await expect(projector.locator('.projector-items li')).toHaveCount(4);
    await expect(projector.locator('.dist')).toHaveCount(0);
    await expectNoScrolling(page);
    await page.screenshot({ path: `${SHOTS}/hidden-${width}x${height}.png` });

    await page.keyboard.press('r');
    await expect(projector.locator('table.board')).toHaveCount(1);
    for (let screen = 1; screen <= dimensions.length; screen++) {
      await expect(projector).toHaveAttribute('data-screen', String(screen));
      await expect(projector.locator('tr.item-row')).toHaveCount(dimensions[screen - 1]!.items.length);
      await expectNoScrolling(page);
      await page.screenshot({ path: `${SHOTS}/dimension-${screen}-${width}x${height}.png` });
      await page.keyboard.press('ArrowRight');
    }
    await expect(projector.getByRole('heading', { level: 2 })).toHaveText('All dimensions');
    await expectNoScrolling(page);
    await page.screenshot({ path: `${SHOTS}/summary-${width}x${height}.png` });
    await page.keyboard.press('Home');
    await expect(projector.getByRole('heading', { level: 2 })).toHaveText('Join the workshop');
    await expect(projector.locator('.qr-code')).toBeVisible();
    await expectNoScrolling(page);
    await page.screenshot({ path: `${SHOTS}/join-${width}x${height}.png` });

    // Full screen, then out of projector mode.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.keyboard.press('p');
    await expect(projector).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Projector mode' })).toBeFocused();
  });
}

test('axe finds no violations on the workshop board, and none at AAA contrast in projector mode', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await seedStorage(page, { [workshopKey]: storedWorkshop(ROOM, false) });
    await openBoard(page);
    const hidden = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect.soft(hidden.violations, `axe before Reveal (${colorScheme})`).toEqual([]);
    await page.getByTestId('reveal').click();
    await page.getByLabel('Break down by role').check();
    await expect(page.locator('tr.role-row').first()).toBeVisible();
    const board = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect.soft(board.violations, `axe on the revealed board (${colorScheme})`).toEqual([]);

    await page.getByRole('button', { name: 'Projector mode' }).click();
    const projector = page.locator('.projector');
    for (const [screen, name] of [
      [0, 'join'],
      [1, 'a dimension'],
      [5, 'the summary'],
    ] as const) {
      await page.keyboard.press('Home');
      for (let i = 0; i < screen; i++) await page.keyboard.press('ArrowRight');
      await expect(projector).toHaveAttribute('data-screen', String(screen));
      const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS, 'wcag2aaa']).analyze();
      expect.soft(results.violations, `axe in projector mode on ${name} (${colorScheme})`).toEqual([]);
      expect(results.passes.map((rule) => rule.id)).toContain('color-contrast-enhanced');
    }
    await page.keyboard.press('r');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(projector.locator('.projector-items')).toBeVisible();
    const before = await new AxeBuilder({ page }).withTags([...AXE_TAGS, 'wcag2aaa']).analyze();
    expect.soft(before.violations, `axe in projector mode before Reveal (${colorScheme})`).toEqual([]);
    await page.keyboard.press('Escape');
    await page.evaluate(() => localStorage.clear());
  }
});
