// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Results from '../../src/components/results/Results';
import { assessmentStore, rate } from '../../src/stores/assessments';
import { smallRubric } from '../fixtures';

const KEY = 'dcsa:assessment:small';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function renderResults() {
  const view = render(
    <Results
      rubricId="small"
      rubric={smallRubric}
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

function seed(raw: string) {
  localStorage.setItem(KEY, raw);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: raw }));
}

beforeEach(() => {
  localStorage.clear();
  assessmentStore('small').set(null);
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
    seed(
      JSON.stringify({
        version: 1,
        assessment: {
          rubric: 'small',
          ratings: { a1: 3, a2: 3, a3: 2, b1: 1, b2: 'unsure' },
          counts: { schools: 4 },
          notes: {},
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      }),
    );
    await flush();
    const rows = within(screen.getByTestId('score-table')).getAllByRole('row');
    expect(rows.slice(1).map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Dimension a', '2.6', '2 Half', '3/3', '0', '0'],
      ['Dimension b', '1.0', '1 Some', '1/3', '1', '1'],
    ]);
    // (8/3 + 1) / 2 = 1.8333…
    expect(screen.getByTestId('overall-score').textContent).toBe('1.8');
    expect(screen.getByText('Level 1: Some')).toBeTruthy();
    expect(screen.getByTestId('weakest').textContent).toContain('Weakest: Dimension b');
    expect(screen.getByText(/4 schools per coach/).parentElement?.textContent).toContain(
      'above the recommended 2',
    );
  });

  it('says when saved answers cannot be read and keeps them untouched', async () => {
    seed('{"version":1,"assessment":');
    await renderResults();
    expect(screen.getByRole('alert').textContent).toContain('the saved text is not valid JSON');
    expect(localStorage.getItem(KEY)).toBe('{"version":1,"assessment":');
  });

  it('moves unreadable answers aside, unchanged, before the first new answer', async () => {
    seed('{"version":99}');
    await renderResults();
    expect(screen.getByRole('alert').textContent).toContain('newer version of this site');
    rate('small', 'a1', 2);
    await flush();
    expect(localStorage.getItem('dcsa:set-aside:small')).toBe('{"version":99}');
    const stored = JSON.parse(localStorage.getItem(KEY)!) as { assessment: { ratings: unknown } };
    expect(stored.assessment.ratings).toEqual({ a1: 2 });
    expect(screen.getByText(/Data that could not be read was set aside/)).toBeTruthy();
  });
});
