/**
 * Persistent stores of versioned JSON that never lose what they cannot read. A store's value is its reader's
 * result: null when nothing is saved, { ok: true, … } when readable, { ok: false, raw, … } when not. Before
 * the first write over unreadable data, the raw text is moved to a set-aside key of the caller's choosing,
 * where it stays until the person downloads or deletes it.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import './storage';

type Readable = { ok: true } | { ok: false; raw: string };

const stores = new Map<string, WritableAtom<unknown>>();

/** The shared store for `key`, created on first use and synced across tabs. */
export function persistedStore<T extends Readable>(
  key: string,
  read: (raw: string) => T,
  write: (value: Extract<T, { ok: true }>) => string,
): WritableAtom<T | null> {
  let store = stores.get(key) as WritableAtom<T | null> | undefined;
  if (!store) {
    store = persistentAtom<T | null>(key, null, {
      encode: (value) =>
        value === null ? undefined : value.ok ? write(value as Extract<T, { ok: true }>) : value.raw,
      decode: read,
    });
    stores.set(key, store);
  }
  return store;
}

/** Unreadable data moved out of the way, under `asideKey`, as the raw text it was. */
export function setAsideStore(asideKey: string): WritableAtom<string | undefined> {
  let store = stores.get(asideKey) as WritableAtom<string | undefined> | undefined;
  if (!store) {
    store = persistentAtom<string | undefined>(asideKey, undefined);
    stores.set(asideKey, store);
  }
  return store;
}

/** Replaces the value of a persisted store, first setting aside whatever it held that could not be read. */
export function replace<T extends Readable>(
  store: WritableAtom<T | null>,
  value: T | null,
  asideKey: string,
): void {
  const current = store.get();
  if (current && !current.ok) {
    const aside = setAsideStore(asideKey);
    // Never replace older set-aside data with newer: keep both, oldest first, one per line.
    aside.set(aside.get() === undefined ? current.raw : `${aside.get()}\n${current.raw}`);
  }
  store.set(value);
}
