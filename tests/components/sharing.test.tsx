// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Results from '../../src/components/results/Results';
import { fullAssessment, loadRubric, realRubrics } from '../share-fixtures';
import { encodeShareCode } from '../../src/lib/share-code';
import { closeIncoming } from '../../src/stores/sharing';
import { reloadStored } from '../../src/stores/persisted';

const entry = loadRubric('coaching-conditions');
const KEY = 'dcsa:assessment:coaching-conditions';
const registry = realRubrics.map(({ id, data }) => ({ id, data }));
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function renderResults() {
  return render(
    <Results
      rubricId={entry.id}
      rubric={entry.data}
      lang="en"
      assessHref="/assess/coaching-conditions/"
      insights={[]}
      outlines={{}}
      registry={registry}
      resultsBase="/results/"
      printHref="/print/x/"
    />,
  );
}

const saved = (ratings: Record<string, number>) =>
  JSON.stringify({
    version: 1,
    assessment: { rubric: entry.id, ratings, counts: {}, notes: {}, updatedAt: '2026-01-01T00:00:00.000Z' },
  });

beforeEach(() => {
  localStorage.clear();
  reloadStored();
  closeIncoming();
  history.replaceState(null, '', '/results/coaching-conditions/');
});
afterEach(cleanup);

describe('sharing on the results page', () => {
  it('creates a link that carries the answers after #', async () => {
    localStorage.setItem(KEY, saved({ 'peer-meetings': 3 }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: localStorage.getItem(KEY) }));
    renderResults();
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Create share link' }));
    const input = await screen.findByLabelText<HTMLInputElement>(/Share link/);
    expect(input.value).toMatch(
      /^http:\/\/localhost(:\d+)?\/results\/coaching-conditions\/#r=[A-Za-z0-9_-]+$/,
    );
  });

  it('opens a shared link read-only and saves it only when asked', async () => {
    const code = await encodeShareCode(fullAssessment(entry), entry, { notes: false, profile: false });
    history.replaceState(null, '', `/results/coaching-conditions/#r=${code}`);
    renderResults();
    await screen.findByText(/results shared by a link/);
    expect((await screen.findByTestId('overall-score')).textContent).toBe('4.0');
    expect(localStorage.getItem(KEY)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save to my assessments' }));
    await flush();
    expect(
      (JSON.parse(localStorage.getItem(KEY)!) as { assessment: { ratings: object } }).assessment.ratings,
    ).toEqual(fullAssessment(entry).ratings);
    expect(location.hash).toBe('');
  });

  it('offers a snapshot instead of overwriting saved answers', async () => {
    localStorage.setItem(KEY, saved({ 'peer-meetings': 1 }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: localStorage.getItem(KEY) }));
    const code = await encodeShareCode(fullAssessment(entry), entry, { notes: false, profile: false });
    history.replaceState(null, '', `/results/coaching-conditions/#r=${code}`);
    renderResults();
    fireEvent.click(await screen.findByRole('button', { name: 'Keep my answers, save these as a snapshot' }));
    await flush();
    expect(localStorage.getItem(KEY)).toBe(saved({ 'peer-meetings': 1 }));
    const snapshots = JSON.parse(localStorage.getItem('dcsa:snapshots:coaching-conditions')!) as {
      snapshots: unknown[];
    };
    expect(snapshots.snapshots).toHaveLength(1);
  });

  it('says what is wrong with a damaged link and leaves saved answers untouched', async () => {
    localStorage.setItem(KEY, saved({ 'peer-meetings': 2 }));
    const code = await encodeShareCode(fullAssessment(entry), entry, { notes: false, profile: false });
    history.replaceState(null, '', `/results/coaching-conditions/#r=${code.slice(0, -6)}`);
    renderResults();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/This link could not be opened/),
    );
    expect(screen.getByRole('alert').textContent).toMatch(/Your saved answers have not been changed/);
    expect(localStorage.getItem(KEY)).toBe(saved({ 'peer-meetings': 2 }));
  });

  it('refuses a file that is not an export, naming it', async () => {
    localStorage.setItem(KEY, saved({ 'peer-meetings': 2 }));
    renderResults();
    await flush();
    const input = screen.getByLabelText('Open an exported file (JSON)');
    const file = new File(['<script>alert(1)</script>'], 'notes.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('“notes.json” could not be opened'),
    );
    expect(localStorage.getItem(KEY)).toBe(saved({ 'peer-meetings': 2 }));
  });
});
