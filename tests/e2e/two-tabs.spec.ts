/**
 * Two tabs of one questionnaire, each typing into its own note at the same time: neither tab's text
 * rewrites the other's, in storage or on screen.
 */
import { expect, test } from '@playwright/test';
import { open, readSaved } from './helpers';

const RUBRIC = 'coaching-conditions';

test('two tabs typing into different notes at once keep every character of both', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await open(first, `/assess/${RUBRIC}/`);
  await open(second, `/assess/${RUBRIC}/`);
  const one = 'typed in the first tab, slowly';
  const two = 'and this in the second one too';
  await first.locator('#note-peer-meetings').focus();
  await second.locator('#note-peer-dialogue').focus();
  for (let i = 0; i < Math.max(one.length, two.length); i++) {
    if (one[i]) await first.keyboard.type(one[i]!);
    if (two[i]) await second.keyboard.type(two[i]!);
  }
  // Each tab keeps what is typed in its focused note, and hears of the other's.
  for (const page of [first, second]) {
    await expect(page.locator('#note-peer-meetings')).toHaveValue(one);
    await expect(page.locator('#note-peer-dialogue')).toHaveValue(two);
  }
  expect((await readSaved(first, RUBRIC))?.assessment.notes).toEqual({
    'peer-meetings': one,
    'peer-dialogue': two,
  });
  await first.reload();
  await expect(first.locator('#note-peer-meetings')).toHaveValue(one);
  await expect(first.locator('#note-peer-dialogue')).toHaveValue(two);
});
