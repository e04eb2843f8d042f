/**
 * The one door to the browser's storage. Every persisted value is read with `readStored` and written with
 * `writeStored`, which never throws: it says whether the text reached storage, so a store never claims what
 * storage does not hold. A refused write (storage full, storage blocked by the browser) is reported in
 * $saveState, for the page to tell the person.
 */
import { atom } from 'nanostores';

/** Why a write did not reach storage: storage is full, or the browser refused it. */
export type WriteFailure = 'quota' | 'other';

export type SaveState =
  /** Nothing written yet in this tab. */
  | { status: 'idle' }
  /** The last change reached the browser's storage. */
  | { status: 'saved'; at: number }
  /** The last change could not be written; it lives in this tab only. */
  | { status: 'failed'; at: number; reason: WriteFailure };

/** What became of one write: stored, kept by this tab alone (storage is off for the page), or refused. */
export type WriteResult = { ok: true; tabOnly?: true } | { ok: false; reason: WriteFailure };

/** Whether answers are kept by the browser ('local') or only while this tab is open ('memory'). */
export const $storageMode = atom<'local' | 'memory'>('local');
export const $saveState = atom<SaveState>({ status: 'idle' });

const isQuota = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'QuotaExceededError';

/**
 * `storage` if it accepts a write, or refuses one only because it is full (what it holds can still be read,
 * and each later write says whether it fitted); null when the browser blocks it.
 */
export function probeStorage(storage: () => Storage): Storage | null {
  let store: Storage | undefined;
  try {
    store = storage();
    store.setItem('dcsa:probe', '1');
  } catch (error) {
    return store && isQuota(error) ? store : null;
  }
  try {
    store.removeItem('dcsa:probe');
  } catch {
    // The probe stays behind: two characters, harmless, and removed by the next probe that can.
  }
  return store;
}

let backing: Storage | null | undefined;

/** The storage under every store: the browser's, probed on first use, or null when it is blocked. */
function storage(): Storage | null {
  if (backing === undefined)
    useStorage(typeof window === 'undefined' ? null : probeStorage(() => window.localStorage));
  return backing ?? null;
}

/** Puts `store` under every store (tests give a fake Storage; null works from memory alone). */
export function useStorage(store: Storage | null): void {
  backing = store;
  $storageMode.set(store === null ? 'memory' : 'local');
}

/** The text stored under `key`, or undefined when there is none (or storage cannot be read). */
export function readStored(key: string): string | undefined {
  try {
    return storage()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes `text` under `key` (undefined removes it) and says whether storage took it. */
export function writeStored(key: string, text: string | undefined): WriteResult {
  const store = storage();
  if (store === null) return { ok: true, tabOnly: true };
  try {
    if (text === undefined) store.removeItem(key);
    else store.setItem(key, text);
  } catch (error) {
    const reason = isQuota(error) ? 'quota' : 'other';
    $saveState.set({ status: 'failed', at: Date.now(), reason });
    return { ok: false, reason };
  }
  $saveState.set({ status: 'saved', at: Date.now() });
  return { ok: true };
}

/** Calls `listener` with the key another tab changed (null when it cleared everything); returns the stop. */
export function onOtherTab(listener: (key: string | null) => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const handle = (event: StorageEvent) => listener(event.key);
  window.addEventListener('storage', handle);
  return () => window.removeEventListener('storage', handle);
}
