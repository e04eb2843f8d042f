// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n/en';
import OpenSavedSection from '../../src/components/sharing/OpenSavedSection';
import { exportAssessmentJson } from '../../src/lib/files';
import { encodeShareCode } from '../../src/lib/share-code';
import {
  $incoming,
  $incomingError,
  closeIncoming,
  codeOf,
  handOff,
  openFile,
  openHandedOff,
  openPastedLink,
} from '../../src/stores/sharing';
import { fullAssessment, loadRubric, realRubrics } from '../share-fixtures';

const entry = loadRubric('coaching-conditions');
const registry = realRubrics.map(({ id, data }) => ({ id, data }));
const exported = () => exportAssessmentJson(fullAssessment(entry), entry.data.title);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  sessionStorage.clear();
  closeIncoming();
  history.replaceState(null, '', '/');
});
afterEach(cleanup);

describe('opening answers brought from another device', () => {
  it('finds the code in a whole link, in "r=…" and in the code alone', () => {
    expect(codeOf('https://example.org/results/x/#r=AbC_-1')).toBe('AbC_-1');
    expect(codeOf('  r=AbC_-1 ')).toBe('AbC_-1');
    expect(codeOf('AbC_-1')).toBe('AbC_-1');
    expect(codeOf('https://example.org/results/x/')).toBe('https://example.org/results/x/');
    expect(codeOf('https://example.org/results/x/#top')).toBeNull();
    expect(codeOf('')).toBeNull();
  });

  it('opens a pasted link read-only, and refuses a damaged one clearing what was shown', async () => {
    const code = await encodeShareCode(fullAssessment(entry), entry, { notes: false, profile: false });
    expect(
      await openPastedLink(`https://example.org/results/coaching-conditions/#r=${code}`, registry),
    ).toEqual({
      ok: true,
      rubric: 'coaching-conditions',
    });
    expect($incoming.get()?.source).toBe('link');
    const outcome = await openPastedLink(code.slice(0, -5), registry);
    expect(outcome?.ok).toBe(false);
    expect($incoming.get()).toBeNull();
    expect($incomingError.get()?.source).toBe('link');
  });

  it('hands a file opened away from its rubric’s page on to that page, once', async () => {
    const outcome = await openFile(new File([exported()], 'mine.json'), registry);
    expect(outcome).toEqual({ ok: true, rubric: 'coaching-conditions', handedOff: true });
    closeIncoming();
    openHandedOff(registry, 'coaching-conditions');
    await waitFor(() => expect($incoming.get()?.name).toBe('mine.json'));
    expect($incoming.get()?.rubric).toBe('coaching-conditions');
    expect(sessionStorage.getItem('dcsa:opening')).toBeNull();
  });

  it('drops a handed-on file that another rubric’s page finds', async () => {
    await openFile(new File([exported()], 'mine.json'), registry);
    closeIncoming();
    openHandedOff(registry, 'coach-deployment');
    await flush();
    expect($incoming.get()).toBeNull();
    expect(sessionStorage.getItem('dcsa:opening')).toBeNull();
  });

  it('says when the browser will not keep a file for the next page', () => {
    const own = Object.getOwnPropertyDescriptor(window, 'sessionStorage');
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      expect(handOff({ rubric: 'coaching-conditions', name: 'x.json', text: '{}' })).toBe(false);
    } finally {
      if (own) Object.defineProperty(window, 'sessionStorage', own);
      else delete (window as { sessionStorage?: Storage }).sessionStorage;
    }
  });

  it('shows a wrong file’s error beside the picker when no results page is there to say it', async () => {
    render(<OpenSavedSection registry={registry} lang="en" resultsBase="/results/" />);
    const file = new File(['not json'], 'notes.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Open an exported file (JSON)'), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('“notes.json” could not be opened'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open the link' }));
    await flush();
    expect(screen.getByRole('status').textContent).toMatch(/Paste a results link first/);
  });
});
