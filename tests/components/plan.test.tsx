// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Plan from '../../src/components/plan/Plan';
import Results from '../../src/components/results/Results';
import type { PlanRubric } from '../../src/components/plan/types';
import { $lastRemoved } from '../../src/stores/plan';
import { reloadStored } from '../../src/stores/persisted';
import { smallRubric } from '../fixtures';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const rubrics: PlanRubric[] = [
  {
    id: 'small',
    title: 'Small rubric',
    resultsHref: '/results/small/',
    levels: ['None', 'Some', 'Half', 'Most', 'All'],
    dimensions: { a: 'Dimension a', b: 'Dimension b' },
    items: { a1: 'Statement a1', a2: 'Statement a2', b1: 'Statement b1' },
  },
];
const step = (id: string, item: string, extra: Record<string, unknown> = {}) => ({
  id,
  rubric: 'small',
  dimension: item.startsWith('a') ? 'a' : 'b',
  item,
  from: 1,
  target: 2,
  action: `Lift ${item}`,
  owner: '',
  due: '',
  indicator: '',
  status: 'not-started',
  rerate: '',
  notes: '',
  addedAt: '2026-12-01T00:00:00.000Z',
  ...extra,
});
function seed(key: string, raw: string) {
  localStorage.setItem(key, raw);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: raw }));
}
/** Saves answers to the small rubric as the site stores them, as if another tab had written them. */
const seedAnswers = (ratings: Record<string, number>, updatedAt: string) =>
  seed(
    'dcsa:assessment:small',
    JSON.stringify({
      version: 1,
      assessment: { rubric: 'small', ratings, counts: {}, notes: {}, updatedAt },
    }),
  );
const stored = () =>
  JSON.parse(localStorage.getItem('dcsa:plan') ?? 'null') as { steps: { id: string; owner: string }[] };

beforeEach(() => {
  localStorage.clear();
  reloadStored();
  $lastRemoved.set(null);
});
afterEach(cleanup);

describe('Plan', () => {
  it('points to the results when the plan is empty', async () => {
    render(<Plan rubrics={rubrics} lang="en" />);
    await flush();
    expect(screen.getByText(/The plan has no steps yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Small rubric' }).getAttribute('href')).toBe('/results/small/');
  });

  it('edits, moves, removes and puts back steps, saving each change', async () => {
    seed('dcsa:plan', JSON.stringify({ version: 1, steps: [step('s1', 'a1'), step('s2', 'b1')] }));
    render(<Plan rubrics={rubrics} lang="en" />);
    await flush();
    const cards = () => screen.getAllByRole('listitem');
    expect(cards().map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Statement a1',
      'Statement b1',
    ]);
    fireEvent.input(within(cards()[0]!).getByLabelText('Owner'), { target: { value: 'Deputy' } });
    expect(stored().steps[0]!.owner).toBe('Deputy');

    fireEvent.click(within(cards()[0]!).getByRole('button', { name: 'Move down' }));
    await flush();
    expect(stored().steps.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(screen.getByText('Moved to position 2.')).toBeTruthy();

    fireEvent.click(within(cards()[0]!).getByRole('button', { name: 'Remove' }));
    await flush();
    expect(stored().steps.map((s) => s.id)).toEqual(['s1']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await flush();
    expect(stored().steps.map((s) => s.id)).toEqual(['s2', 's1']);
  });

  it('says a step is reached, with the date, once a later rating meets its target', async () => {
    seed(
      'dcsa:plan',
      JSON.stringify({ version: 1, steps: [step('s1', 'a1'), step('s2', 'a2', { due: '2026-12-01' })] }),
    );
    seedAnswers({ a1: 3, a2: 1 }, '2027-01-15T10:00:00.000Z');
    render(<Plan rubrics={rubrics} lang="en" />);
    await flush();
    const [first, second] = screen.getAllByRole('listitem');
    expect(first!.querySelector('.plan-progress')?.textContent).toBe(
      'Reached: rated 3 Most on Jan 15, 2027.',
    );
    expect(second!.querySelector('.plan-progress')?.textContent).toBe(
      'Past its due date, and the item has not moved (1 Some).',
    );
  });

  it('says “Not saved” when storage refuses an edit, keeps the edit in this tab, and clears once saved', async () => {
    seed('dcsa:plan', JSON.stringify({ version: 1, steps: [step('s1', 'a1')] }));
    render(<Plan rubrics={rubrics} lang="en" />);
    await flush();
    const owner = screen.getByLabelText<HTMLInputElement>('Owner');
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    fireEvent.input(owner, { target: { value: 'Deputy' } });
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert.textContent).toMatch(
      /^Not saved: this browser’s storage is full\. Your changes are kept while this tab stays open\./,
    );
    expect(owner.value).toBe('Deputy');
    expect(stored().steps[0]!.owner).toBe('');
    full.mockRestore();
    fireEvent.input(owner, { target: { value: 'Deputy head' } });
    await flush();
    expect(stored().steps[0]!.owner).toBe('Deputy head');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says when the saved plan cannot be read, and keeps it as it was', async () => {
    seed('dcsa:plan', '{"version":1,"steps":[');
    render(<Plan rubrics={rubrics} lang="fr" />);
    await flush();
    // The notice loads on demand, as every notice about unreadable data does.
    expect((await screen.findByRole('alert')).textContent).toContain('Impossible de lire le plan enregistré');
    expect(localStorage.getItem('dcsa:plan')).toBe('{"version":1,"steps":[');
  });
});

describe('Add to plan on the results page', () => {
  const rubric = {
    ...smallRubric,
    dimensions: smallRubric.dimensions.map((d) => ({
      ...d,
      items: d.items.map((item) => (item.id === 'a1' ? { ...item, lookFors: ['Minutes', 'Agendas'] } : item)),
    })),
  };
  /** The results page of the small rubric, answered, and its next moves. */
  async function nextMoves() {
    seedAnswers({ a1: 1, a2: 2, a3: 2, b1: 3 }, '2026-01-01T00:00:00.000Z');
    render(
      <Results
        rubricId="small"
        rubric={rubric}
        lang="en"
        assessHref="/assess/small/"
        insights={[]}
        outlines={{}}
        registry={[{ id: 'small', data: rubric }]}
        resultsBase="/results/"
        printHref="/print/small/"
        plan={{
          rubricId: 'small',
          href: '/plan/',
          add: 'Add to plan',
          added: 'Added — open the plan',
          lang: 'en',
        }}
      />,
    );
    await flush();
    return screen.getByRole('heading', { name: 'Next moves' }).closest('section')!;
  }

  it('adds a next step with its next-level descriptor and look-fors, then links to the plan', async () => {
    const moves = await nextMoves();
    fireEvent.click(within(moves).getAllByRole('button', { name: 'Add to plan' })[0]!);
    const link = await waitFor(() => within(moves).getByRole('link', { name: 'Added — open the plan' }));
    expect(link.getAttribute('href')).toBe('/plan/');
    const [added] = (JSON.parse(localStorage.getItem('dcsa:plan')!) as { steps: Record<string, unknown>[] })
      .steps;
    expect(added).toMatchObject({
      rubric: 'small',
      dimension: 'a',
      item: 'a1',
      from: 1,
      target: 2,
      action: 'a1 at level 2',
      indicator: 'Minutes; Agendas',
      status: 'not-started',
    });
  });

  it('says “Not saved” beside the button when storage refuses the step, and changes nothing', async () => {
    const moves = await nextMoves();
    const buttons = within(moves).getAllByRole('button', { name: 'Add to plan' }).length;
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      fireEvent.click(within(moves).getAllByRole('button', { name: 'Add to plan' })[0]!);
      const alert = await within(moves).findByRole('alert', {}, { timeout: 3000 });
      expect(alert.textContent).toMatch(/^Not saved: this browser’s storage is full\. Nothing was changed\./);
    } finally {
      full.mockRestore();
    }
    expect(within(moves).getAllByRole('button', { name: 'Add to plan' })).toHaveLength(buttons);
    expect(within(moves).queryByRole('link', { name: 'Added — open the plan' })).toBeNull();
    expect(localStorage.getItem('dcsa:plan')).toBeNull();
  });
});
