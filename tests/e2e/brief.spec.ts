/**
 * The brief for the board (/brief/): what it says from saved answers, snapshots and plan; the Word document,
 * whose library is fetched only when asked for; at most two printed pages in either language and paper
 * size; axe in light and dark; the leader's paragraph written and saved with the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { realRubrics } from '../share-fixtures';
import { AXE_TAGS, assessmentKey, open, readStorage, seedStorage, tabTo, watchPage } from './helpers';

const ratedIdsOf = (rubric: string) =>
  realRubrics
    .find((r) => r.id === rubric)!
    .data.dimensions.flatMap((d) => d.items.filter((i) => i.kind === 'rated').map((i) => i.id));

/** Every rated item of `rubric` at `level`, saved on `updatedAt`. */
const everyItemAt = (rubric: string, level: number, updatedAt: string) => ({
  rubric,
  ratings: Object.fromEntries(ratedIdsOf(rubric).map((id) => [id, level])),
  counts: {},
  notes: {},
  district: 'Riverside Unified',
  updatedAt,
});

const step = (n: number, extra: object = {}) => ({
  id: `s${n}`,
  rubric: 'district-office-support',
  dimension: 'clarity',
  item: ratedIdsOf('district-office-support')[n % 4]!,
  from: 2,
  target: 3,
  action: `Action ${n}: ${'Leaders meet each month with the coaching lead to review the data and adjust the plan for every school. '.repeat(3)}`,
  owner: `Owner ${n}`,
  due: `2027-0${1 + (n % 9)}-15`,
  indicator: '',
  status: 'not-started',
  rerate: '',
  notes: '',
  addedAt: '2026-11-01T10:00:00.000Z',
  ...extra,
});

/**
 * District office support: every item at 2 now, at 1 in a snapshot of last spring (overall 2.0, +1.0);
 * coaching conditions: every item at 3, no snapshot; coach deployment: nothing answered. A plan of three
 * open steps, one done and one dropped.
 */
function savedData(): Record<string, string> {
  return {
    [assessmentKey('district-office-support')]: JSON.stringify({
      version: 1,
      assessment: everyItemAt('district-office-support', 2, '2026-11-20T10:00:00.000Z'),
    }),
    'dcsa:snapshots:district-office-support': JSON.stringify({
      version: 1,
      snapshots: [
        {
          id: 'spring',
          label: 'Spring 2026',
          savedAt: '2026-04-10T10:00:00.000Z',
          assessment: everyItemAt('district-office-support', 1, '2026-04-10T09:00:00.000Z'),
        },
      ],
    }),
    [assessmentKey('coaching-conditions')]: JSON.stringify({
      version: 1,
      assessment: everyItemAt('coaching-conditions', 3, '2026-11-21T10:00:00.000Z'),
    }),
    'dcsa:plan': JSON.stringify({
      version: 1,
      steps: [
        step(1, { due: '2027-05-01' }),
        step(2, { due: '', owner: '' }),
        step(3, { due: '2027-02-01', status: 'under-way', owner: 'Deputy superintendent' }),
        step(4, { status: 'done' }),
        step(5, { status: 'dropped' }),
      ],
    }),
  };
}

/** The most a brief holds: every rubric answered with a snapshot, a long plan, the longest paragraph. */
function fullestData(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [i, rubric] of [
    'district-office-support',
    'coaching-conditions',
    'coach-deployment',
  ].entries()) {
    const ids = ratedIdsOf(rubric);
    const now = {
      ...everyItemAt(rubric, 2, '2026-11-20T10:00:00.000Z'),
      ratings: Object.fromEntries(ids.map((id, n) => [id, (n + i) % 5])),
      counts: rubric === 'coach-deployment' ? { 'schools-per-coach': 6 } : {},
    };
    values[assessmentKey(rubric)] = JSON.stringify({ version: 1, assessment: now });
    values[`dcsa:snapshots:${rubric}`] = JSON.stringify({
      version: 1,
      snapshots: [
        {
          id: 'base',
          label: 'Baseline of the 2025–26 school year, taken with the whole leadership team',
          savedAt: '2026-04-10T10:00:00.000Z',
          assessment: { ...everyItemAt(rubric, 1, '2026-04-10T09:00:00.000Z'), counts: now.counts },
        },
      ],
    });
  }
  values['dcsa:plan'] = JSON.stringify({
    version: 1,
    steps: Array.from({ length: 14 }, (_, n) => step(n, { owner: `Assistant superintendent ${n}` })),
  });
  values['dcsa:brief'] = JSON.stringify({
    version: 1,
    need: 'We ask the board for two more coach positions and a protected hour a week. '
      .repeat(16)
      .slice(0, 1200),
  });
  return values;
}

async function openBrief(page: Page, path = '/brief/') {
  await open(page, path);
  await expect(page.locator('.brief-page')).toHaveAttribute('aria-busy', 'false');
}

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree above them). */
const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

test.use({ reducedMotion: 'reduce' });

test('the brief says where the district stands, what changed, the main steps, and downloads as Word', async ({
  page,
  baseURL,
}) => {
  const watched = watchPage(page, new URL(baseURL!).origin);
  const wordChunks: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/word\.[^/]+\.js$/.test(request.url())) wordChunks.push(request.url());
  });
  await seedStorage(page, savedData());
  await openBrief(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brief for the board');
  await expect(page.locator('.brief-subtitle')).toContainText('Riverside Unified');
  const office = page.locator('[data-rubric="district-office-support"]');
  // Every item at 2: each dimension and the overall score 2.0, level 2, target 3; +1.0 since the snapshot.
  await expect(office.locator('tbody tr').first()).toContainText(
    /Overall score\s*2\.0\s*2 Occasional Involvement/,
  );
  await expect(office.locator('tbody tr').first()).toContainText('+1.0');
  await expect(office.locator('tbody tr td:nth-child(4)')).toHaveText(['—', '3', '3', '3', '3']);
  await expect(office.getByRole('columnheader', { name: 'Change since Apr 10, 2026' })).toBeVisible();
  await expect(office).toContainText('overall score 1.0 then 2.0 (+1.0)');
  await expect(office.locator('.qr-code')).toBeVisible();
  const conditions = page.locator('[data-rubric="coaching-conditions"]');
  await expect(conditions.locator('tbody tr').first()).toContainText('3.0');
  await expect(conditions).toContainText('No earlier snapshot to compare with');
  // The conditions rubric reads its balance.
  await expect(conditions).toContainText('Between the centre and the schools:');
  const deployment = page.locator('[data-rubric="coach-deployment"]');
  await expect(deployment).toContainText('Not answered yet');
  await expect(deployment.locator('table, .qr-code')).toHaveCount(0);

  // Open steps, soonest due first, undated last; the done and dropped ones are left out, the done one counted.
  const steps = page.locator('.brief-plan tbody tr');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText('Action 3');
  await expect(steps.nth(0)).toContainText('Deputy superintendent');
  await expect(steps.nth(0)).toContainText('Under way');
  await expect(steps.nth(1)).toContainText('Action 1');
  await expect(steps.nth(2)).toContainText('Action 2');
  await expect(page.locator('.brief-steps')).toContainText('1 step is done.');

  // The Word library is fetched when the button is pressed, not before.
  await page.waitForLoadState('networkidle');
  expect(wordChunks).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as Word' }).click(),
  ]);
  expect(wordChunks).toHaveLength(1);
  expect(download.suggestedFilename()).toMatch(/^board-brief-\d{4}-\d{2}-\d{2}\.docx$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'The Word document is in your downloads.' }),
  ).toBeVisible();
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const xml = strFromU8(files['word/document.xml']!);
  const text = xml.replace(/<[^>]+>/g, ' ');
  for (const words of [
    'Brief for the board',
    'District Office Support',
    'Conditions for Learning Coaches',
    'The plan’s main steps',
    'What we need from the board',
    '2 Occasional Involvement',
    '+1.0',
    'Deputy superintendent',
  ])
    expect(text).toContain(words);
  expect(watched.errors).toEqual([]);
  expect(watched.foreign).toEqual([]);
});

test('a Word library that cannot load says so beside the button', async ({ page }) => {
  await seedStorage(page, savedData());
  await page.route(/\/_astro\/word\.[^/]+\.js$/, (route) => route.abort());
  await openBrief(page);
  await page.getByRole('button', { name: 'Download as Word' }).click();
  await expect(page.locator('.brief-tools .notice-error')).toContainText(
    'The Word document could not load, most likely because the site was updated',
  );
  await expect(page.locator('.site-updated')).toBeVisible();
});

for (const [path, name] of [
  ['/brief/', 'English'],
  ['/fr/brief/', 'French'],
] as const)
  test(`the fullest brief prints on at most two pages in ${name}, Letter and A4, and an empty one too`, async ({
    page,
  }) => {
    for (const data of [fullestData(), {}]) {
      await seedStorage(page, data);
      await openBrief(page, path);
      if (Object.keys(data).length > 0) await expect(page.locator('.brief .qr-code')).toHaveCount(3);
      await page.emulateMedia({ media: 'print' });
      for (const format of ['Letter', 'A4'] as const) {
        const pages = pdfPageCount(await page.pdf({ format }));
        expect(pages, format).toBeGreaterThanOrEqual(1);
        expect(pages, format).toBeLessThanOrEqual(2);
      }
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => localStorage.clear());
    }
  });

test('the leader writes what the board is asked for with the keyboard; axe finds nothing, light or dark', async ({
  page,
}) => {
  await seedStorage(page, savedData());
  await openBrief(page);
  await page.locator('h1').click();
  await tabTo(page, '#brief-need');
  await page.keyboard.type('Two more coach positions for 2027–28.');
  await expect
    .poll(async () => JSON.parse((await readStorage(page, 'dcsa:brief')) ?? 'null') as unknown)
    .toEqual({ version: 1, need: 'Two more coach positions for 2027–28.' });
  // Found again after a reload, and printed as text.
  await openBrief(page);
  await expect(page.getByRole('textbox', { name: 'What we need from the board' })).toHaveValue(
    'Two more coach positions for 2027–28.',
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.brief-need-text')).toHaveText('Two more coach positions for 2027–28.');
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ media: 'screen', colorScheme });
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations, colorScheme).toEqual([]);
  }
  // The Word button is reached with the keyboard too.
  await tabTo(page, '.brief-actions button:nth-child(2)', { back: true });
});

test('the French brief speaks French', async ({ page }) => {
  await seedStorage(page, savedData());
  await openBrief(page, '/fr/brief/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Note aux conseillers scolaires');
  await expect(page.locator('[data-rubric="district-office-support"] tbody tr').first()).toContainText('2,0');
  await expect(page.locator('[data-rubric="coach-deployment"]')).toContainText('Pas encore de réponses');
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations).toEqual([]);
});
