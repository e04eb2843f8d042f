/**
 * Stores whose value lives in the browser's storage, written through one door (`commit`, over writeStored in
 * ./storage). A store's value changes only after storage took the new value; when storage refuses, the
 * caller's policy decides: 'refuse' keeps the old value, 'keep' holds the new one in this tab alone (the
 * page then says it is not saved). Each change is made to what storage holds now, not to this tab's copy,
 * so two tabs changing different fields of one value never undo each other: a tab's own unsaved fields are
 * merged field by field with what another tab wrote.
 *
 * Stores of versioned JSON never lose what they cannot read. Their value is the reader's result: null when
 * nothing is saved, { ok: true, … } when readable, { ok: false, raw, … } when not. Before the first write over
 * unreadable data, the raw text is moved to a set-aside key of the caller's choosing, where it stays until
 * the person downloads or deletes it.
 */
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import { onOtherTab, readStored, writeStored, $storageMode, type WriteResult } from './storage';

type Readable = { ok: true } | { ok: false; raw: string };
/** What a store does with a value storage refused: keep the old one, or keep the new one in this tab. */
export type Policy = 'refuse' | 'keep';

interface Entry<V> {
  key: string;
  atom: WritableAtom<V>;
  decode: (raw: string | undefined) => V;
  encode: (value: V) => string | undefined;
  /** The text storage held when this tab last read or wrote it. */
  raw: string | undefined;
  /** The value in this tab is not what storage holds: a write was refused and kept here. */
  unsaved: boolean;
}

const entries = new Map<string, Entry<unknown>>();
const byAtom = new WeakMap<ReadableAtom<unknown>, Entry<unknown>>();

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Three-way merge: the fields this tab changed since `base` (its own, unsaved) over what another tab wrote
 * (`theirs`). Lists are one field each; where both changed a field, this tab's change stays.
 */
export function merge3(base: unknown, mine: unknown, theirs: unknown): unknown {
  if (same(mine, base)) return theirs;
  if (same(theirs, base)) return mine;
  if (!isPlain(base) || !isPlain(mine) || !isPlain(theirs)) return mine;
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const value = merge3(base[key], mine[key], theirs[key]);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Brings a store up to what storage holds now, keeping this tab's unsaved fields. */
function refresh<V>(entry: Entry<V>): void {
  if ($storageMode.get() === 'memory') return;
  const raw = readStored(entry.key);
  if (raw === entry.raw) return;
  const theirs = entry.decode(raw);
  const value = entry.unsaved ? (merge3(entry.decode(entry.raw), entry.atom.get(), theirs) as V) : theirs;
  entry.raw = raw;
  entry.atom.set(value);
}

onOtherTab((key) => {
  for (const entry of entries.values()) if (key === null || key === entry.key) refresh(entry);
});

/** The store of `key`, created on first use, read from storage and kept in step with other tabs. */
export function storedAtom<V>(
  key: string,
  decode: (raw: string | undefined) => V,
  encode: (value: V) => string | undefined,
): ReadableAtom<V> {
  let entry = entries.get(key) as Entry<V> | undefined;
  if (!entry) {
    const raw = readStored(key);
    entry = { key, atom: atom(decode(raw)), decode, encode, raw, unsaved: false };
    entries.set(key, entry as Entry<unknown>);
    byAtom.set(entry.atom, entry as Entry<unknown>);
  }
  return entry.atom;
}

function entryOf<V>(store: ReadableAtom<V>): Entry<V> {
  const entry = byAtom.get(store);
  if (!entry) throw new Error('not a stored atom');
  return entry as Entry<V>;
}

/**
 * The one write path: stores `value` and makes it the store's value once storage took it. When storage
 * refuses, 'refuse' leaves the store as it was and 'keep' holds the value in this tab, marked unsaved.
 */
export function commit<V>(store: ReadableAtom<V>, value: V, policy: Policy): WriteResult {
  const entry = entryOf(store);
  const text = entry.encode(value);
  const result = writeStored(entry.key, text);
  if (result.ok) {
    entry.raw = text;
    entry.unsaved = false;
  } else if (policy === 'keep') entry.unsaved = true;
  else return result;
  entry.atom.set(value);
  return result;
}

/** Applies `change` to what storage holds now (with this tab's unsaved fields), then commits it. */
export function modify<V>(store: ReadableAtom<V>, change: (value: V) => V, policy: Policy): WriteResult {
  const entry = entryOf(store);
  refresh(entry);
  return commit(store, change(entry.atom.get()), policy);
}

/** The shared store for `key` of versioned JSON, created on first use and synced across tabs. */
export function persistedStore<T extends Readable>(
  key: string,
  read: (raw: string) => T,
  write: (value: Extract<T, { ok: true }>) => string,
): ReadableAtom<T | null> {
  return storedAtom<T | null>(
    key,
    (raw) => (raw === undefined ? null : read(raw)),
    (value) => (value === null ? undefined : value.ok ? write(value as Extract<T, { ok: true }>) : value.raw),
  );
}

/** Unreadable data moved out of the way, under `asideKey`, as the raw text it was. */
export function setAsideStore(asideKey: string): ReadableAtom<string | undefined> {
  return storedAtom<string | undefined>(
    asideKey,
    (raw) => raw,
    (text) => text,
  );
}

/** Deletes data set aside under `asideKey`, once the person has chosen to. */
export function discardSetAside(asideKey: string): WriteResult {
  return commit(setAsideStore(asideKey), undefined, 'refuse');
}

/**
 * Changes the value of a persisted store, first setting aside whatever it held that could not be read;
 * `change` receives what storage holds now. Nothing changes when the set-aside copy cannot be stored.
 */
export function replace<T extends Readable>(
  store: ReadableAtom<T | null>,
  change: (current: T | null) => T | null,
  asideKey: string,
  policy: Policy = 'refuse',
): WriteResult {
  refresh(entryOf(store));
  const current = store.get();
  if (current && !current.ok) {
    // Never replace older set-aside data with newer: keep both, oldest first, one per line.
    const aside = setAsideStore(asideKey);
    const kept = modify(
      aside,
      (text) => (text === undefined ? current.raw : `${text}\n${current.raw}`),
      'refuse',
    );
    if (!kept.ok) return kept;
  }
  return modify(store, change, policy);
}

/** Reads every store again from storage, dropping what this tab held unsaved: the state of a fresh page. */
export function reloadStored(): void {
  for (const entry of entries.values()) {
    entry.raw = readStored(entry.key);
    entry.unsaved = false;
    entry.atom.set(entry.decode(entry.raw));
  }
}
