// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import RollupEn from '../../src/components/workshop/rollup/en';
import RollupFr from '../../src/components/workshop/rollup/fr';
import { emptyWorkshop, type Workshop } from '../../src/lib/workshop';
import { smallRubric } from '../fixtures';
import { rollupResponses } from '../rollup-fixtures';

afterEach(cleanup);

const workshop: Workshop = { ...emptyWorkshop('small'), revealed: true, responses: rollupResponses };

const rowOf = (table: HTMLElement, attribute: string, value: string) =>
  [...table.querySelectorAll<HTMLElement>(`tr[${attribute}="${value}"] td`)].map((td) => td.textContent);

describe('the roll-up', () => {
  it('shows each item’s median by school as a table, with the number in every cell', () => {
    render(<RollupEn rubricId="small" rubric={smallRubric} workshop={workshop} lang="en" />);
    const heatmap = screen.getByRole('table', { name: 'Median level of each item, by school' });
    const headers = within(heatmap)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'Item',
      'Hillcrest2 responses',
      'Lakeview2 responses',
      'No school given2 responses',
    ]);
    expect(rowOf(heatmap, 'data-item', 'a1')).toEqual(['1.5', '1.5', '3.5']);
    // Hillcrest's principal is not sure of a3: the coach's 2 stands alone.
    expect(rowOf(heatmap, 'data-item', 'a3')).toEqual(['2.0', '2.0', '3.5']);
    expect(heatmap.querySelector('tr[data-item="a1"] td')!.className).toContain('heat-1');
  });

  it('switches to each group’s median and spread, and to the perception gaps, largest first', () => {
    render(<RollupEn rubricId="small" rubric={smallRubric} workshop={workshop} lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Dimensions by group' }));
    expect(screen.getByRole('button', { name: 'Dimensions by group' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const byRole = screen.getByTestId('groups-role');
    // Dimension a: principals 5/3 and 2 → 1.83 (shown 1.8), levels 1 and 2.
    expect(rowOf(byRole, 'data-group', 'principal')[0]).toBe('1.8spread 1');
    expect(rowOf(byRole, 'data-group', 'district-staff')[0]).toBe('3.6spread 0');
    fireEvent.click(screen.getByRole('button', { name: 'Perception gaps' }));
    const gaps = screen.getByTestId('gaps');
    expect([...gaps.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-item'))).toEqual([
      'a1',
      'a2',
      'a3',
      'b3',
    ]);
    expect(rowOf(gaps, 'data-item', 'b3')).toEqual(['1.0', '2.0', '1.0 the schools rate it higher']);
  });

  it('numbers the schools and names no one in anonymous mode', () => {
    const { container } = render(
      <RollupEn
        rubricId="small"
        rubric={smallRubric}
        workshop={{ ...workshop, anonymous: true }}
        lang="en"
      />,
    );
    expect(container.textContent).not.toMatch(/Lakeview|lakeview|Hillcrest|typed/);
    const headers = within(screen.getByTestId('heatmap'))
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'Item',
      'School 12 responses',
      'School 22 responses',
      'No school given2 responses',
    ]);
    expect(screen.getByText(/Anonymous mode: schools are shown by number/)).toBeTruthy();
  });

  it('speaks French on a French board', () => {
    render(<RollupFr rubricId="small" rubric={smallRubric} workshop={workshop} lang="fr" />);
    expect(screen.getByRole('button', { name: 'Écarts de perception' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Niveau médian de chaque indicateur, par école' })).toBeTruthy();
    expect(screen.getAllByRole('cell', { name: '1,5' }).length).toBeGreaterThan(0);
  });
});
