// @vitest-environment happy-dom
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { commit, merge3, modify, reloadStored, storedAtom } from '../../src/stores/persisted';
import { $saveState, $storageMode, probeStorage, useStorage } from '../../src/stores/storage';
import { FakeStorage, otherTabWrote } from '../fake-storage';

let backing: FakeStorage;
const text = storedAtom<string | undefined>(
  'test:text',
  (raw) => raw,
  (value) => value,
);
const record = storedAtom<Record<string, string>>(
  'test:record',
  (raw) => (raw === undefined ? {} : (JSON.parse(raw) as Record<string, string>)),
  (value) => JSON.stringify(value),
);

beforeEach(() => {
  backing = new FakeStorage();
  useStorage(backing);
  reloadStored();
});
afterAll(() => useStorage(window.localStorage));

describe('the one write path', () => {
  it('writes through to storage, then changes the store, and reports the save', () => {
    expect(commit(text, 'v', 'refuse')).toEqual({ ok: true });
    expect(backing.getItem('test:text')).toBe('v');
    expect(text.get()).toBe('v');
    expect($saveState.get().status).toBe('saved');
  });

  it('leaves the store as it was when storage is full and the policy refuses', () => {
    commit(text, 'old', 'refuse');
    backing.fill();
    expect(commit(text, 'new and longer', 'refuse')).toEqual({ ok: false, reason: 'quota' });
    expect(text.get()).toBe('old');
    expect(backing.getItem('test:text')).toBe('old');
    expect($saveState.get()).toMatchObject({ status: 'failed', reason: 'quota' });
  });

  it('keeps a refused value in this tab when the policy keeps, and saves it with the next write that fits', () => {
    backing.refusing = true;
    expect(commit(text, 'typed', 'keep')).toEqual({ ok: false, reason: 'other' });
    expect(text.get()).toBe('typed');
    expect(backing.getItem('test:text')).toBeNull();
    backing.refusing = false;
    expect(modify(text, (v) => `${v}!`, 'keep').ok).toBe(true);
    expect(backing.getItem('test:text')).toBe('typed!');
  });

  it('works from memory alone when storage is blocked, and says so', () => {
    useStorage(null);
    expect(commit(text, 'v', 'refuse')).toEqual({ ok: true, tabOnly: true });
    expect(text.get()).toBe('v');
    expect($storageMode.get()).toBe('memory');
  });

  it('changes what storage holds now, not this tab’s older copy', () => {
    commit(record, { a: '1' }, 'refuse');
    // Another tab writes; its storage event has not arrived yet.
    backing.setItem('test:record', JSON.stringify({ a: '1', b: '2' }));
    modify(record, (r) => ({ ...r, c: '3' }), 'refuse');
    expect(JSON.parse(backing.getItem('test:record')!)).toEqual({ a: '1', b: '2', c: '3' });
    expect(record.get()).toEqual({ a: '1', b: '2', c: '3' });
  });

  it('hears of another tab’s write, and merges it with this tab’s unsaved fields', () => {
    commit(record, { a: '1', b: '1' }, 'refuse');
    backing.refusing = true;
    modify(record, (r) => ({ ...r, a: 'mine' }), 'keep');
    backing.refusing = false;
    backing.setItem('test:record', JSON.stringify({ a: '1', b: 'theirs' }));
    otherTabWrote('test:record');
    expect(record.get()).toEqual({ a: 'mine', b: 'theirs' });
  });

  it('merges field by field, this tab’s change winning where both changed a field', () => {
    const base = { notes: { a: 'x', b: 'y' }, list: [1] };
    expect(
      merge3(base, { notes: { a: 'x!', b: 'y' }, list: [1] }, { notes: { a: 'x', b: 'y?' }, list: [2] }),
    ).toEqual({ notes: { a: 'x!', b: 'y?' }, list: [2] });
    expect(merge3(base, { notes: { b: 'y' }, list: [1] }, base)).toEqual({ notes: { b: 'y' }, list: [1] });
    expect(merge3('a', 'b', 'c')).toBe('b');
  });
});

describe('the probe of the browser’s storage', () => {
  it('keeps a full storage, whose saved values can still be read, and gives up only on a blocked one', () => {
    const full = new FakeStorage();
    full.setItem('dcsa:assessment:coach-deployment', '{"version":1}');
    full.fill();
    expect(probeStorage(() => full)).toBe(full);
    expect(full.getItem('dcsa:assessment:coach-deployment')).toBe('{"version":1}');

    const roomy = new FakeStorage();
    expect(probeStorage(() => roomy)).toBe(roomy);
    expect(roomy.length).toBe(0);

    const refusing = new FakeStorage();
    refusing.refusing = true;
    expect(probeStorage(() => refusing)).toBeNull();
    expect(
      probeStorage(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    ).toBeNull();
  });
});
