/**
 * The storage engine under every persistent store. It wraps localStorage so that a refused write
 * (storage full, storage blocked) never throws into the app: the value is kept in memory for this tab,
 * and $saveState says what happened so the page can tell the person.
 */
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom } from 'nanostores';

export type SaveState =
  /** Nothing written yet in this tab. */
  | { status: 'idle' }
  /** The last change reached the browser's storage. */
  | { status: 'saved'; at: number }
  /** The last change could not be written; it lives in this tab only. */
  | { status: 'failed'; at: number; reason: 'quota' | 'other' };

/** Whether answers are kept by the browser ('local') or only while this tab is open ('memory'). */
export const $storageMode = atom<'local' | 'memory'>('local');
export const $saveState = atom<SaveState>({ status: 'idle' });

/** localStorage if it exists and accepts a write, otherwise null. */
export function probeLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.setItem('dcsa:probe', '1');
    storage.removeItem('dcsa:probe');
    return storage;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

/**
 * An object that behaves like the key/value record @nanostores/persistent expects, backed by `backing`
 * (or by memory alone when it is null). Keys whose write failed are served from memory from then on.
 */
export function createStorageEngine(
  backing: Storage | null,
  report: (state: SaveState) => void,
): Record<string, string> {
  const memory: Record<string, string> = {};
  const inMemoryOnly = new Set<string>();
  const read = (key: string): string | undefined =>
    backing === null || inMemoryOnly.has(key) ? memory[key] : (backing.getItem(key) ?? undefined);
  const keys = (): string[] => {
    const all = new Set(Object.keys(memory));
    if (backing) for (let i = 0; i < backing.length; i++) all.add(backing.key(i) ?? '');
    all.delete('');
    return [...all].filter((key) => read(key) !== undefined);
  };
  return new Proxy(memory, {
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
    set(_, key, value: string) {
      if (typeof key !== 'string') return false;
      memory[key] = value;
      if (backing === null) return true;
      try {
        backing.setItem(key, value);
        inMemoryOnly.delete(key);
        report({ status: 'saved', at: Date.now() });
      } catch (error) {
        inMemoryOnly.add(key);
        report({ status: 'failed', at: Date.now(), reason: isQuotaError(error) ? 'quota' : 'other' });
      }
      return true;
    },
    deleteProperty(_, key) {
      if (typeof key !== 'string') return false;
      delete memory[key];
      inMemoryOnly.delete(key);
      try {
        backing?.removeItem(key);
      } catch {
        // Removing can only fail when storage vanished; the memory copy is gone either way.
      }
      return true;
    },
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && read(key) !== undefined
        ? { value: read(key), enumerable: true, configurable: true, writable: true }
        : undefined,
  });
}

if (typeof window !== 'undefined') {
  const backing = probeLocalStorage();
  if (backing === null) $storageMode.set('memory');
  setPersistentEngine(
    createStorageEngine(backing, (state) => $saveState.set(state)),
    windowPersistentEvents,
  );
}
