/**
 * Links made to be huge: a 190,000-character link whose notes inflate to 145 MB is refused promptly by the
 * workshop board, with a reason, and the board goes on working. (How long it takes, and how much memory,
 * is measured by `npm run bench`.)
 */
import { expect, test } from '@playwright/test';
import { bombCode } from '../../scripts/lib/bomb-code.mjs';
import { encodeShareCode, shareFragment } from '../../src/lib/share-code';
import { emptyWorkshop, writeWorkshop } from '../../src/lib/workshop';
import { fullAssessment, realRubrics } from '../share-fixtures';
import { open, seedStorage } from './helpers';

const RUBRIC = 'coaching-conditions';
const entry = realRubrics.find((r) => r.id === RUBRIC)!;
const link = (code: string) => `http://127.0.0.1/results/${RUBRIC}/${shareFragment(code)}`;

test('links that inflate to 145 MB are refused as too long, and the board goes on taking responses', async ({
  page,
}) => {
  const plain = await encodeShareCode(fullAssessment(entry), entry, { notes: false, profile: false });
  const bomb = link(bombCode(plain, 145_000_000));
  expect(bomb.length).toBeGreaterThan(180_000);
  const real = link(
    await encodeShareCode({ ...fullAssessment(entry), ratings: {} }, entry, { notes: false, profile: false }),
  );
  await seedStorage(page, { [`dcsa:workshop:${RUBRIC}`]: writeWorkshop(emptyWorkshop(RUBRIC)) });
  await open(page, `/team/${RUBRIC}/`);

  const paste = page.getByLabel('Response links or codes');
  // Five of them, then a real response: the huge ones never stop the rest of the batch.
  await paste.fill([bomb, bomb, bomb, bomb, bomb, real].join('\n'));
  await page.getByRole('button', { name: 'Add responses' }).click();
  const refused = page.getByTestId('refused');
  await expect(refused.getByRole('heading')).toHaveText('Not added: 5 responses');
  await expect(refused.locator('li')).toHaveCount(5);
  for (const item of await refused.locator('li').all())
    await expect(item).toContainText('the link is far too long to be a results link from this site');
  await expect(page.getByTestId('gather-status')).toHaveText('Added response 1.');
  await expect(paste).toHaveValue('');

  // Still usable: the next paste is read as any other.
  await paste.fill(bomb);
  await expect(paste).toHaveValue(bomb);
  await page.getByRole('button', { name: 'Add responses' }).click();
  await expect(refused.getByRole('heading')).toHaveText('Not added: 1 response');
  await expect(page.getByTestId('gather-status')).toHaveText('No response was added.');
  await expect(page.getByTestId('board-hidden')).toContainText('1 response gathered');
});
