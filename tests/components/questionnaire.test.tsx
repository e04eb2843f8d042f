// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Questionnaire from '../../src/components/questionnaire/Questionnaire';
import { smallRubric } from '../fixtures';
import { reloadStored } from '../../src/stores/persisted';

const KEY = 'dcsa:assessment:small';
const saved = () =>
  JSON.parse(localStorage.getItem(KEY) ?? 'null') as {
    version: number;
    assessment: Record<string, Record<string, unknown>>;
  } | null;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function renderQuestionnaire() {
  const view = render(
    <Questionnaire rubricId="small" rubric={smallRubric} lang="en" resultsHref="/results/small/" />,
  );
  await flush();
  return view;
}

beforeEach(() => {
  localStorage.clear();
  reloadStored();
  history.replaceState(null, '', '/assess/small/');
});
afterEach(cleanup);

describe('Questionnaire', () => {
  it('asks the first dimension with a labelled radio group per item', async () => {
    await renderQuestionnaire();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Dimension a');
    const group = screen.getByRole('group', { name: /1\.1 Statement a1/ });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(6);
    expect(within(group).getByLabelText(/^3 Most/)).toBeTruthy();
    expect(within(group).getByLabelText('Not sure')).toBeTruthy();
    expect(screen.getByText('0 of 7 answered')).toBeTruthy();
  });

  it('saves a choice at once and counts it in the progress', async () => {
    await renderQuestionnaire();
    const group = screen.getByRole('group', { name: /1\.1/ });
    fireEvent.click(within(group).getByLabelText(/^2 Half/));
    await flush();
    expect(saved()?.version).toBe(1);
    expect(saved()?.assessment.ratings).toEqual({ a1: 2 });
    expect(screen.getByText('1 of 7 answered')).toBeTruthy();
    expect(screen.getByRole('status', { name: '' }).textContent ?? '').toMatch(/Saved on this device/);
  });

  it('chooses a level with the digit keys while a choice is focused', async () => {
    await renderQuestionnaire();
    const group = screen.getByRole('group', { name: /1\.2/ });
    const first = within(group).getAllByRole('radio')[0]!;
    first.focus();
    fireEvent.keyDown(first, { key: '4' });
    await flush();
    expect(saved()?.assessment.ratings).toEqual({ a2: 4 });
    expect(within(group).getByLabelText<HTMLInputElement>(/^4 All/).checked).toBe(true);
    expect(document.activeElement).toBe(within(group).getByLabelText(/^4 All/));
  });

  it('records "Not sure" and a note', async () => {
    await renderQuestionnaire();
    const group = screen.getByRole('group', { name: /1\.3/ });
    fireEvent.click(within(group).getByLabelText('Not sure'));
    fireEvent.input(within(group).getByLabelText('Note or evidence (optional)'), {
      target: { value: 'Ask the coaches' },
    });
    await flush();
    expect(saved()?.assessment.ratings).toEqual({ a3: 'unsure' });
    expect(saved()?.assessment.notes).toEqual({ a3: 'Ask the coaches' });
  });

  it('shows saved answers when it opens', async () => {
    const raw = JSON.stringify({
      version: 1,
      assessment: {
        rubric: 'small',
        ratings: { a1: 1 },
        counts: {},
        notes: { a1: 'Seen in May' },
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    });
    localStorage.setItem(KEY, raw);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: raw }));
    await renderQuestionnaire();
    const group = screen.getByRole('group', { name: /1\.1/ });
    expect(within(group).getByLabelText<HTMLInputElement>(/^1 Some/).checked).toBe(true);
    const note = within(group).getByLabelText<HTMLTextAreaElement>('Note or evidence (optional)');
    expect(note.value).toBe('Seen in May');
  });

  it('moves through the steps and lists what is left on the review step', async () => {
    await renderQuestionnaire();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await flush();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Dimension b');
    expect(location.hash).toBe('#step-2');
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    await flush();
    expect(location.hash).toBe('#review');
    expect(screen.getByText(/7 items not answered|3 items not answered/)).toBeTruthy();
    const link = screen.getByRole('link', { name: /2\.4 How many schools per coach\?/ });
    fireEvent.click(link);
    await flush();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Dimension b');
    expect(document.activeElement?.id).toBe('count-schools');
  });

  it('refuses an invalid count with a message and keeps what was saved before the edit', async () => {
    location.hash = '#step-2';
    await renderQuestionnaire();
    const input = screen.getByLabelText(/How many schools per coach\?/);
    fireEvent.input(input, { target: { value: '3' } });
    await flush();
    expect(saved()?.assessment.counts).toEqual({ schools: 3 });
    // Coming back to the field later and typing something refused keeps what was saved.
    fireEvent.blur(input);
    fireEvent.focus(input);
    fireEvent.input(input, { target: { value: '2.5' } });
    await flush();
    expect(screen.getByText('Enter a whole number from 1 to 60.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(saved()?.assessment.counts).toEqual({ schools: 3 });
  });
});
