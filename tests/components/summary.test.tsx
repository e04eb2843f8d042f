// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import DistrictSummary, { type RubricCard } from '../../src/components/results/DistrictSummary';
import { rate } from '../../src/stores/assessments';
import { reloadStored } from '../../src/stores/persisted';
import { takeSnapshot } from '../../src/stores/snapshots';
import { smallRubric } from '../fixtures';

const card = (id: string, title: string): RubricCard => ({
  id,
  title,
  levelNames: smallRubric.levels.map((l) => l.name),
  dimensionNames: Object.fromEntries(smallRubric.dimensions.map((d) => [d.id, d.name])),
  outline: smallRubric,
  resultsHref: `/results/${id}/`,
  assessHref: `/assess/${id}/`,
});
const rubrics = [card('small', 'Small rubric'), card('other', 'Other rubric')];

beforeEach(() => {
  localStorage.clear();
  reloadStored();
});
afterEach(cleanup);

describe('DistrictSummary', () => {
  it('draws each rubric’s overall score over time, only for rubrics with a snapshot', async () => {
    const fall = { a1: 1, a2: 1, a3: 1, b1: 2, b2: 2, b3: 2 } as const;
    const updatedAt = '2025-10-01T00:00:00.000Z';
    takeSnapshot(
      'small',
      { rubric: 'small', ratings: fall, counts: {}, notes: {}, updatedAt },
      'Fall baseline',
    );
    for (const id of ['a1', 'a2', 'a3', 'b1', 'b2', 'b3']) rate('small', id, 3);
    // Answered, but never snapshotted: no trend to draw.
    rate('other', 'a1', 2);
    render(<DistrictSummary rubrics={rubrics} lang="en" />);
    const table = await waitFor(() => screen.getByTestId('summary-trend-table'), { timeout: 5000 });
    expect(screen.getAllByTestId('summary-trend-table')).toHaveLength(1);
    expect(table.getAttribute('data-rubric')).toBe('small');
    expect(within(table).getByText('Small rubric: overall score over time')).toBeTruthy();
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      [expect.stringContaining('Fall baseline'), '1.5'],
      [expect.stringContaining('Current answers'), '3.0'],
    ]);
  });

  it('shows no trend while no rubric has a snapshot', async () => {
    rate('small', 'a1', 2);
    render(<DistrictSummary rubrics={rubrics} lang="en" />);
    // Give the on-demand part time to load: it renders nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByTestId('summary-trend')).toBeNull();
  });
});
