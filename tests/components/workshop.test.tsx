// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Results from '../../src/components/results/Results';
import Workshop from '../../src/components/workshop/Workshop';
import type { Assessment, Rating } from '../../src/lib/assessment';
import { encodeShareCode, shareFragment } from '../../src/lib/share-code';
import {
  addResponses,
  emptyWorkshop,
  setRevealed,
  writeWorkshop,
  type Workshop as WorkshopData,
} from '../../src/lib/workshop';
import { assessmentStore } from '../../src/stores/assessments';
import { closeIncoming } from '../../src/stores/sharing';
import { loadRubric, ratedIds, realRubrics } from '../share-fixtures';
import { reloadStored } from '../../src/stores/persisted';

const entry = loadRubric('coaching-conditions');
const other = loadRubric('coach-deployment');
const RUBRIC = entry.id;
const KEY = `dcsa:workshop:${RUBRIC}`;
const registry = realRubrics.map(({ id, data }) => ({ id, data }));
const titles = Object.fromEntries(realRubrics.map((r) => [r.id, r.data.title]));
const ids = ratedIds(entry.data);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
/** The workshop as stored. */
const stored = () => (JSON.parse(localStorage.getItem(KEY)!) as { workshop: WorkshopData }).workshop;

/** An assessment of the conditions rubric: every item at `level`, the first item at `first`. */
const rated = (level: Rating, first: Rating = level): Assessment => ({
  rubric: RUBRIC,
  ratings: Object.fromEntries(ids.map((id, i) => [id, i === 0 ? first : level])),
  counts: {},
  notes: {},
  updatedAt: '2026-11-23T14:00:00.000Z',
});

/** Stores a workshop the way the site does, and tells the stores, as another tab would. */
function seed(workshop: WorkshopData) {
  const raw = writeWorkshop(workshop);
  localStorage.setItem(KEY, raw);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: raw }));
}

function gathered(...assessments: Assessment[]): WorkshopData {
  return addResponses(
    emptyWorkshop(RUBRIC),
    assessments.map((assessment) => ({
      source: { kind: 'link' },
      outcome: { ok: true, assessment, rubricId: RUBRIC },
    })),
  ).workshop;
}

async function renderWorkshop() {
  const view = render(
    <Workshop
      rubricId={RUBRIC}
      rubric={entry.data}
      lang="en"
      registry={registry}
      titles={titles}
      joinHref="/assess/coaching-conditions/"
      resultsHref="/results/coaching-conditions/"
      printHref="/print/coaching-conditions/"
    />,
  );
  // Projector mode, the board's tables and the consensus load in the background once a workshop is under way, as on the site.
  await Promise.all([
    import('../../src/components/workshop/Projector'),
    import('../../src/components/workshop/WorkshopConsensus'),
    import('../../src/components/workshop/board/BoardTables'),
  ]);
  await flush();
  await flush();
  return view;
}

const link = async (assessment: Assessment, rubric = entry) =>
  `http://localhost/results/${rubric.id}/${shareFragment(await encodeShareCode(assessment, rubric, { notes: false, profile: false }))}`;

beforeEach(() => {
  localStorage.clear();
  reloadStored();
  closeIncoming();
  document.documentElement.className = '';
  history.replaceState(null, '', `/team/${RUBRIC}/`);
});
afterEach(cleanup);

describe('the workshop board', () => {
  it('offers to start a workshop when none is under way, and starts one', async () => {
    await renderWorkshop();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Workshop: Conditions for Learning Coaches',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start the workshop' }));
    await flush();
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ version: 1, workshop: { responses: [] } });
    expect(screen.getByRole('heading', { name: 'Gather responses' })).toBeTruthy();
    expect(screen.getByTestId('join-url').textContent).toMatch(
      /^localhost(:\d+)?\/assess\/coaching-conditions\/$/,
    );
  });

  it('renders no rating before Reveal, and every distribution after it', async () => {
    seed(gathered(rated(2, 0), rated(2, 4), rated(3, 'unsure')));
    await renderWorkshop();
    expect(screen.getByTestId('board-hidden').textContent).toContain('3 responses gathered');
    expect(document.querySelector('table.board')).toBeNull();
    expect(document.querySelectorAll('.dist')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('reveal'));
    await flush();
    expect(document.querySelectorAll('table.board')).toHaveLength(4);
    const first = document.querySelector(`tr[data-item="${ids[0]}"]`)!;
    // Levels 0–4 then "not sure": one at 0, one at 4, one not sure; median 2, mean 2.0, spread 4.
    expect([...first.querySelectorAll('.dist .n')].map((n) => n.textContent)).toEqual([
      '1',
      '0',
      '0',
      '0',
      '1',
      '1',
    ]);
    expect([...first.querySelectorAll('td.num')].map((n) => n.textContent)).toEqual(['2.0', '2.0', '4']);
    expect(stored().revealed).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Hide the ratings' }));
    await flush();
    expect(document.querySelector('table.board')).toBeNull();
  });

  it('marks the items where ratings spread by two levels or more, and can show only those', async () => {
    seed(setRevealed(gathered(rated(2, 0), rated(2, 3), rated(3, 'unsure')), true));
    await renderWorkshop();
    const first = document.querySelector<HTMLElement>(`tr[data-item="${ids[0]}"]`)!;
    expect(first.classList.contains('discuss')).toBe(true);
    expect(within(first).getByText('Discuss')).toBeTruthy();
    expect(document.querySelector(`tr[data-item="${ids[1]}"]`)!.classList.contains('discuss')).toBe(false);
    expect(screen.getByTestId('discuss-count').textContent).toContain('1 item to discuss');
    fireEvent.click(screen.getByLabelText('Only items to discuss'));
    await flush();
    expect(document.querySelectorAll('tr.item-row')).toHaveLength(1);
  });

  it('adds the readable links of a pasted batch and names each refused one with its reason', async () => {
    seed(gathered(rated(1)));
    await renderWorkshop();
    const good = await link(rated(2));
    const code = good.split('#r=')[1]!;
    const damaged = good.replace(code, code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11));
    const stray = await link(
      { ...rated(1), rubric: other.id, ratings: { 'assigned-by-district': 3 } },
      other,
    );
    const again = await link(rated(1));
    fireEvent.input(screen.getByLabelText('Response links or codes'), {
      target: { value: `${good}\n${damaged}\n${stray}, ${again}` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add responses' }));
    await waitFor(() => expect(screen.getByTestId('gather-status').textContent).toBe('Added response 2.'));
    const refused = screen.getByTestId('refused');
    expect(
      within(refused)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.replace(/ \S*…\S*$/, '')),
    ).toEqual([
      'Response 2 of 4: the link has been changed since it was made, so its answers cannot be trusted.',
      'Response 3 of 4: this link is for the Coach Deployment rubric, not this one.',
      'Response 4 of 4: it has the same answers as response 1, which is already here.',
    ]);
    expect(stored().responses).toHaveLength(2);

    fireEvent.click(within(refused).getByRole('button', { name: /Add the repeated response anyway/ }));
    await flush();
    expect(stored().responses).toHaveLength(3);
  });

  it('names a refused file', async () => {
    seed(gathered(rated(1)));
    await renderWorkshop();
    const file = new File(['not json'], 'dana.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Open response files (JSON)'), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByTestId('refused').textContent).toContain('“dana.json”: This file is not'),
    );
  });

  it('records the agreed level and the dissent on an item, and gives a response a role', async () => {
    seed(setRevealed(gathered(rated(1), rated(3)), true));
    await renderWorkshop();
    fireEvent.change(screen.getByLabelText('Agreed level for item 1.1'), { target: { value: '2' } });
    fireEvent.input(screen.getByLabelText(/Dissent on item 1.1/), { target: { value: 'One sees it at 3' } });
    fireEvent.blur(screen.getByLabelText(/Dissent on item 1.1/));
    fireEvent.change(screen.getByLabelText('Role of response 2'), { target: { value: 'coach' } });
    await flush();
    expect(stored().consensus[ids[0]!]).toEqual({ level: 2, dissent: 'One sees it at 3' });
    expect(stored().responses[1]!.role).toBe('coach');
    expect(screen.getByText('1 of 18 items agreed')).toBeTruthy();
  });

  it('saves a dissent note once typing pauses, or at once when the note loses focus or the page closes', async () => {
    seed(setRevealed(gathered(rated(1), rated(3)), true));
    await renderWorkshop();
    const note = screen.getByLabelText<HTMLTextAreaElement>(/Dissent on item 1.1/);
    const dissent = () => stored().consensus[ids[0]!]?.dissent;
    fireEvent.input(note, { target: { value: 'One' } });
    fireEvent.input(note, { target: { value: 'One sees' } });
    expect(note.value).toBe('One sees');
    expect(dissent()).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(dissent()).toBe('One sees');

    fireEvent.input(note, { target: { value: 'One sees it at 3' } });
    fireEvent.blur(note);
    expect(dissent()).toBe('One sees it at 3');

    fireEvent.input(note, { target: { value: 'One sees it at 3, two at 2' } });
    window.dispatchEvent(new Event('pagehide'));
    expect(dissent()).toBe('One sees it at 3, two at 2');
  });

  it('counts “does not apply here” apart, and lets the team agree on it only where an item allows it', async () => {
    const na = 'peer-system-network';
    const d = entry.data.dimensions.findIndex((dim) => dim.items.some((item) => item.id === na));
    const number = `${d + 1}.${entry.data.dimensions[d]!.items.findIndex((item) => item.id === na) + 1}`;
    // Two people (rating the rest differently, so neither is a repeat) say it does not apply.
    const saysNa = (level: Rating): Assessment => ({
      ...rated(level),
      ratings: { ...rated(level).ratings, [na]: 'na' },
    });
    seed(setRevealed(gathered(saysNa(1), saysNa(2), rated(3)), true));
    await renderWorkshop();
    const row = screen.getByLabelText(`Agreed level for item ${number}`).closest('tr')!;
    expect(row.textContent).toContain('2 say it does not apply here');
    expect(row.textContent).not.toContain('gave no answer');
    const option = within(row).getByRole<HTMLOptionElement>('option', { name: 'Does not apply here' });
    fireEvent.change(screen.getByLabelText(`Agreed level for item ${number}`), {
      target: { value: option.value },
    });
    await flush();
    expect(stored().consensus[na]).toEqual({ level: 'na' });
    // An item that every board can rate offers no such choice.
    const first = screen.getByLabelText('Agreed level for item 1.1').closest('tr')!;
    expect(within(first).queryByRole('option', { name: 'Does not apply here' })).toBeNull();
  });

  it('makes the consensus the district’s assessment, asking before it replaces saved answers', async () => {
    let workshop = setRevealed(gathered(rated(1), rated(3)), true);
    workshop = { ...workshop, consensus: Object.fromEntries(ids.map((id) => [id, { level: 2 }])) };
    seed(workshop);
    localStorage.setItem(
      `dcsa:assessment:${RUBRIC}`,
      JSON.stringify({ version: 1, assessment: { ...rated(4), updatedAt: '2026-01-01T00:00:00.000Z' } }),
    );
    reloadStored();
    await renderWorkshop();
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    window.confirm = confirm;
    fireEvent.click(screen.getByRole('button', { name: 'Use as our district’s assessment' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(assessmentStore(RUBRIC).get()).toMatchObject({ assessment: { ratings: { [ids[0]!]: 4 } } });
    fireEvent.click(screen.getByRole('button', { name: 'Use as our district’s assessment' }));
    await flush();
    const saved = assessmentStore(RUBRIC).get();
    expect(saved?.ok && saved.assessment.ratings[ids[0]!]).toBe(2);
    expect(saved?.ok && saved.assessment.role).toBe('Team consensus of 2 participants');
    expect(screen.getByTestId('consensus-status').textContent).toContain('now your district’s assessment');
  });

  it('projects one dimension at a time, moved by arrow keys, with keys ignored while typing', async () => {
    seed(gathered(rated(2), rated(3)));
    await renderWorkshop();
    fireEvent.keyDown(screen.getByLabelText('Response links or codes'), { key: 'p' });
    expect(document.querySelector('.projector')).toBeNull();
    fireEvent.keyDown(document.body, { key: 'p' });
    await flush();
    expect(document.documentElement.classList.contains('projecting')).toBe(true);
    expect(document.querySelector('.projector')?.getAttribute('data-screen')).toBe('1');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(
      `1. ${entry.data.dimensions[0]!.name}`,
    );
    // Still hidden: the items are listed, their ratings are not.
    expect(document.querySelector('.dist')).toBeNull();
    fireEvent.keyDown(document.body, { key: 'r' });
    await flush();
    expect(document.querySelectorAll('.projector table.board')).toHaveLength(1);
    // An arrow key in the agreed-level list changes the list, not the screen.
    fireEvent.keyDown(screen.getByLabelText('Agreed level for item 1.1'), { key: 'ArrowRight' });
    await flush();
    expect(document.querySelector('.projector')?.getAttribute('data-screen')).toBe('1');
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    await flush();
    expect(document.querySelector('.projector')?.getAttribute('data-screen')).toBe('2');
    fireEvent.keyDown(document.body, { key: 'End' });
    await flush();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('All dimensions');
    expect(document.querySelectorAll('.projector tbody tr')).toHaveLength(4);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await flush();
    expect(document.querySelector('.projector')).toBeNull();
    expect(document.documentElement.classList.contains('projecting')).toBe(false);
  });

  it('lets single-key shortcuts be turned off', async () => {
    seed(gathered(rated(2)));
    await renderWorkshop();
    fireEvent.click(screen.getByLabelText(/Single-key shortcuts/));
    await flush();
    fireEvent.keyDown(document.body, { key: 'p' });
    await flush();
    expect(document.querySelector('.projector')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Projector mode' }));
    await flush();
    expect(document.querySelector('.projector')).not.toBeNull();
  });

  it('resets the workshop only after asking', async () => {
    seed(gathered(rated(2)));
    await renderWorkshop();
    const confirm = vi.fn<(message?: string) => boolean>().mockReturnValueOnce(true);
    window.confirm = confirm;
    fireEvent.click(screen.getByRole('button', { name: 'Reset the workshop' }));
    await flush();
    expect(confirm.mock.calls[0]![0]).toContain('The response and every agreed level will be removed');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(screen.getByRole('button', { name: 'Start the workshop' })).toBeTruthy();
  });

  it('says so when storage refuses removing a response, changing a role or resetting, and changes nothing', async () => {
    seed(gathered(rated(1), rated(3)));
    await renderWorkshop();
    window.confirm = () => true;
    const refuse = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Remove response 2' }));
      const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
      expect(alert.textContent).toMatch(/^Not saved: this browser’s storage is full\. Nothing was changed\./);
      expect(stored().responses).toHaveLength(2);
      expect(document.querySelectorAll('tr[data-response]')).toHaveLength(2);

      const role = screen.getByLabelText<HTMLSelectElement>('Role of response 1');
      role.value = 'coach';
      fireEvent.change(role);
      await flush();
      expect(stored().responses[0]!.role).toBeUndefined();
      expect(role.value).toBe('');
    } finally {
      refuse.mockRestore();
    }
    const removal = vi.spyOn(localStorage, 'removeItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Reset the workshop' }));
      await flush();
      expect(localStorage.getItem(KEY)).not.toBeNull();
      const notices = screen.getAllByRole('alert').map((a) => a.textContent);
      expect(
        notices.some((text) =>
          /^Not saved: this browser refused to store it\. Nothing was changed\./.test(text),
        ),
      ).toBe(true);
      expect(screen.getByRole('heading', { name: 'Gather responses' })).toBeTruthy();
    } finally {
      removal.mockRestore();
    }
  });

  it('says when the saved workshop cannot be read, and keeps it', async () => {
    localStorage.setItem(KEY, '{"version":1,"workshop":');
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: '{"version":1,"workshop":' }));
    await renderWorkshop();
    expect((await screen.findByRole('alert')).textContent).toContain('the saved text is not valid JSON');
    expect(localStorage.getItem(KEY)).toBe('{"version":1,"workshop":');
  });
});

describe('a response link opened on the facilitator’s laptop', () => {
  const renderResults = () =>
    render(
      <Results
        rubricId={RUBRIC}
        rubric={entry.data}
        lang="en"
        assessHref="/assess/coaching-conditions/"
        insights={[]}
        outlines={{}}
        registry={registry}
        resultsBase="/results/"
        printHref="/print/coaching-conditions/"
      />,
    );

  it('is offered to the current workshop, once', async () => {
    seed(gathered(rated(1)));
    history.replaceState(null, '', (await link(rated(3))).replace('http://localhost', ''));
    renderResults();
    fireEvent.click(await screen.findByRole('button', { name: 'Add to the current workshop' }));
    await waitFor(() =>
      expect(screen.getByText(/Added to the workshop as response 2 \(2 in all\)/)).toBeTruthy(),
    );
    expect(screen.getByRole('link', { name: 'Back to the workshop board' }).getAttribute('href')).toBe(
      `/team/${RUBRIC}/`,
    );
    expect(stored().responses).toHaveLength(2);
  });

  it('is not offered when no workshop is under way', async () => {
    history.replaceState(null, '', (await link(rated(3))).replace('http://localhost', ''));
    renderResults();
    await screen.findByRole('button', { name: 'Save to my assessments' });
    await flush();
    expect(screen.queryByRole('button', { name: 'Add to the current workshop' })).toBeNull();
  });
});
