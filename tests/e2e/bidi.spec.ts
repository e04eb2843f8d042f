/** Text a person typed, with a right-to-left override in it, leaves the interface around it in order. */
import { expect, test, type Locator } from '@playwright/test';
import { assessmentKey, open, savedText, seedStorage } from './helpers';

const RUBRIC = 'coaching-conditions';
const RLO = '\u202E';
const LABEL = `Fall baseline${RLO}`;

/**
 * The left edges of the characters of `text`, as drawn, where it appears in one text node under `root`.
 * Read left to right, interface text in English has them increasing.
 */
async function drawnEdges(root: Locator, text: string): Promise<number[]> {
  return root.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      return [...wanted].map((_, i) => {
        const range = document.createRange();
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        return range.getBoundingClientRect().left;
      });
    }
    throw new Error(`“${wanted}” is not in one text node`);
  }, text);
}

const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

test('a snapshot label ending in a right-to-left override leaves “saved <date>” and its buttons in order', async ({
  page,
}) => {
  const assessment = JSON.parse(
    savedText({ rubric: RUBRIC, ratings: { 'peer-meetings': 3 }, counts: {}, notes: {} }),
  ) as { assessment: object };
  await seedStorage(page, {
    [assessmentKey(RUBRIC)]: JSON.stringify(assessment),
    [`dcsa:snapshots:${RUBRIC}`]: JSON.stringify({
      version: 1,
      snapshots: [
        { id: 'rlo1', label: LABEL, savedAt: '2026-01-01T12:00:00.000Z', assessment: assessment.assessment },
      ],
    }),
  });
  await open(page, `/results/${RUBRIC}/`);
  const item = page.locator('.snapshots li').first();
  await expect(item).toContainText('saved Jan 1, 2026');
  expect(increasing(await drawnEdges(item, 'saved Jan 1, 2026'))).toBe(true);
  const label = await item.locator('strong').boundingBox();
  const rename = await item.getByRole('button', { name: /Rename/ }).boundingBox();
  const remove = await item.getByRole('button', { name: /Delete/ }).boundingBox();
  expect(label!.x).toBeLessThan(rename!.x);
  expect(rename!.x).toBeLessThan(remove!.x);

  // A new snapshot with such a label: the sentence that says it was saved stays in order too.
  await page.getByLabel('Label', { exact: true }).fill(`Spring${RLO}`);
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  const status = page.locator('.history p[role="status"]').first();
  await expect(status).toContainText('Saved “Spring');
  const edges = await drawnEdges(status, 'Saved “');
  expect(increasing(edges)).toBe(true);
  const after = await status.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const rects = [...range.getClientRects()];
    return { left: Math.min(...rects.map((r) => r.left)) };
  });
  // “Saved” starts the line, at its left.
  expect(edges[0]).toBeCloseTo(after.left, 0);
});

test('a file whose name ends in a right-to-left override leaves the notice about it in order', async ({
  page,
}) => {
  await open(page, `/results/${RUBRIC}/`);
  await page.getByLabel('Open an exported file (JSON)').setInputFiles({
    name: `answers${RLO}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from('not json'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be opened');
  expect(increasing(await drawnEdges(alert, 'could not be opened.'))).toBe(true);
});
