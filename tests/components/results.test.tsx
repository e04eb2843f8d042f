// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { balanceText } from '../../src/i18n/balance';
import Results from '../../src/components/results/Results';
import { rate } from '../../src/stores/assessments';
import { takeSnapshot } from '../../src/stores/snapshots';
import { smallRubric } from '../fixtures';
import { reloadStored } from '../../src/stores/persisted';

const KEY = 'dcsa:assessment:small';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function renderResults(rubric = smallRubric) {
  const view = render(
    <Results
      rubricId="small"
      rubric={rubric}
      balanceText={balanceText.en}
      lang="en"
      assessHref="/assess/small/"
      insights={[]}
      outlines={{}}
      registry={[{ id: 'small', data: smallRubric }]}
      resultsBase="/results/"
      printHref="/print/x/"
    />,
  );
  await flush();
  return view;
}

/** Saves answers to the small rubric as the site stores them, as if another tab had written them. */
function seedAnswers(ratings: Record<string, unknown>, counts: Record<string, number> = {}) {
  seed(
    JSON.stringify({
      version: 1,
      assessment: { rubric: 'small', ratings, counts, notes: {}, updatedAt: '2026-01-01T00:00:00.000Z' },
    }),
  );
}

function seed(raw: string) {
  localStorage.setItem(KEY, raw);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: raw }));
}

beforeEach(() => {
  localStorage.clear();
  reloadStored();
});
afterEach(cleanup);

describe('Results', () => {
  it('invites the person to start when nothing is answered', async () => {
    await renderResults();
    expect(screen.getByText(/Nothing is answered yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start answering' }).getAttribute('href')).toBe('/assess/small/');
  });

  it('shows each dimension score, the overall score and the weakest dimension', async () => {
    await renderResults();
    seedAnswers({ a1: 3, a2: 3, a3: 2, b1: 1, b2: 1, b3: 'unsure' }, { schools: 4 });
    await flush();
    const rows = within(screen.getByTestId('score-table')).getAllByRole('row');
    expect(rows.slice(1).map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Dimension a', '2.6', '2 Half', '3/3', '0', '0'],
      ['Dimension b', '1.0', '1 Some', '2/3', '1', '0'],
    ]);
    // (8/3 + 1) / 2 = 1.8333…
    expect(screen.getByTestId('overall-score').textContent).toBe('1.8');
    expect(screen.getByText('Level 1: Some')).toBeTruthy();
    expect(screen.getByTestId('weakest').textContent).toContain('Weakest: Dimension b');
    // The facts load on demand, for the rubrics that have count items.
    expect((await screen.findByText(/4 schools per coach/)).parentElement?.textContent).toContain(
      'above the recommended 2',
    );
  });

  it('draws progress over time once a snapshot stands beside the current answers, with its table', async () => {
    await renderResults();
    seedAnswers({ a1: 1, a2: 1, a3: 1, b1: 2, b2: 2, b3: 2 });
    await flush();
    expect(screen.queryByTestId('trend')).toBeNull();
    const fall = { a1: 1, a2: 1, a3: 1, b1: 2, b2: 2, b3: 2 } as const;
    const updatedAt = '2025-10-01T00:00:00.000Z';
    takeSnapshot(
      'small',
      { rubric: 'small', ratings: fall, counts: {}, notes: {}, updatedAt },
      'Fall baseline',
    );
    rate('small', 'a1', 4);
    rate('small', 'a2', 3);
    const table = await waitFor(() => screen.getByTestId('trend-table'), { timeout: 5000 });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(['When', 'Overall score', 'Dimension a (target 3)', 'Dimension b (target 3)']);
    expect(rows.slice(1).map((row) => row.slice(1))).toEqual([
      ['1.5', '1.0', '2.0'],
      ['2.3', '2.6', '2.0'],
    ]);
    expect(rows[1]![0]).toContain('Fall baseline');
    expect(rows[2]![0]).toContain('Current answers');
    // One small chart for the overall score and one per dimension, each drawing both moments.
    expect(screen.getByTestId('trend').querySelectorAll('figure')).toHaveLength(3);
    expect(
      screen.getByTestId('trend').querySelectorAll('figure')[1]!.querySelectorAll('circle'),
    ).toHaveLength(2);
  });

  it('shows “not enough answers to score” for a dimension with fewer than half of its items rated', async () => {
    await renderResults();
    seedAnswers({ a1: 2, a2: 2, b1: 4, b2: 'unsure', b3: 'unsure' });
    await flush();
    const rows = within(screen.getByTestId('score-table')).getAllByRole('row');
    expect([...rows[2]!.children].map((cell) => cell.textContent)).toEqual([
      'Dimension b',
      '—',
      'not enough answers to score',
      '1/3',
      '2',
      '0',
    ]);
    // b's lone 4 does not lift the overall score, and b is named as left out.
    expect(screen.getByTestId('overall-score').textContent).toBe('2.0');
    expect(screen.getByText(/Left out of the overall score/).textContent).toContain('Dimension b');
  });

  it('reads the balance of a rubric that has one, naming a fully top-down pattern and its answers', async () => {
    await renderResults({ ...smallRubric, balance: { central: [3], local: [1, 2], balanced: [4] } });
    const ratings = Object.fromEntries(['a1', 'a2', 'a3', 'b1', 'b2', 'b3'].map((id) => [id, 3]));
    seedAnswers(ratings);
    // The reading loads on demand, once the page knows the rubric has a balance.
    const balance = await screen.findByTestId('balance', {}, { timeout: 5000 });
    expect(balance.querySelector('[data-reading]')?.getAttribute('data-reading')).toBe('top-down');
    expect(balance.textContent).toContain('Top-down.');
    expect(within(balance).getAllByRole('listitem')).toHaveLength(6);
    expect(balance.querySelector('[data-leaning="central"] h3')?.textContent).toBe(
      'Central, little say for schools (6)',
    );
  });

  it('gives no balance reading for a rubric without one', async () => {
    await renderResults();
    seedAnswers({ a1: 3 });
    await flush();
    expect(screen.queryByTestId('balance')).toBeNull();
  });

  it('says when saved answers cannot be read and keeps them untouched', async () => {
    seed('{"version":1,"assessment":');
    await renderResults();
    expect((await screen.findByRole('alert')).textContent).toContain('the saved text is not valid JSON');
    expect(localStorage.getItem(KEY)).toBe('{"version":1,"assessment":');
  });

  it('moves unreadable answers aside, unchanged, before the first new answer', async () => {
    seed('{"version":99}');
    await renderResults();
    expect((await screen.findByRole('alert')).textContent).toContain('newer version of this site');
    rate('small', 'a1', 2);
    await flush();
    expect(localStorage.getItem('dcsa:set-aside:small')).toBe('{"version":99}');
    const stored = JSON.parse(localStorage.getItem(KEY)!) as { assessment: { ratings: unknown } };
    expect(stored.assessment.ratings).toEqual({ a1: 2 });
    expect(await screen.findByText(/Data that could not be read was set aside/)).toBeTruthy();
  });
});
