import { describe, expect, it } from 'vitest';
import { createStorageEngine, type SaveState } from '../../src/stores/storage';

/** A Storage like the browser's, which can be told to refuse writes the way a full disk does. */
class FakeStorage implements Storage {
  data = new Map<string, string>();
  full = false;
  get length() {
    return this.data.size;
  }
  key = (i: number) => [...this.data.keys()][i] ?? null;
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  };
  removeItem = (key: string) => void this.data.delete(key);
  clear = () => this.data.clear();
}

function setup(backing: Storage | null) {
  const reports: SaveState['status'][] = [];
  const engine = createStorageEngine(backing, (state) => reports.push(state.status));
  return { engine, reports };
}

describe('createStorageEngine', () => {
  it('writes through to storage and reports each save', () => {
    const backing = new FakeStorage();
    const { engine, reports } = setup(backing);
    engine.k = 'v';
    expect(backing.getItem('k')).toBe('v');
    expect(engine.k).toBe('v');
    expect('k' in engine).toBe(true);
    expect(reports).toEqual(['saved']);
  });

  it('reads what another tab wrote to storage', () => {
    const backing = new FakeStorage();
    const { engine } = setup(backing);
    backing.setItem('other', 'x');
    expect(engine.other).toBe('x');
    expect(Object.keys(engine)).toEqual(['other']);
  });

  it('keeps a refused write in memory and reports the full storage', () => {
    const backing = new FakeStorage();
    backing.setItem('k', 'old');
    const { engine, reports } = setup(backing);
    backing.full = true;
    engine.k = 'new';
    expect(engine.k).toBe('new');
    expect(backing.getItem('k')).toBe('old');
    expect(reports).toEqual(['failed']);
  });

  it('goes back to storage once a write succeeds again', () => {
    const backing = new FakeStorage();
    const { engine } = setup(backing);
    backing.full = true;
    engine.k = 'a';
    backing.full = false;
    engine.k = 'b';
    backing.setItem('k', 'from another tab');
    expect(engine.k).toBe('from another tab');
  });

  it('works from memory alone when there is no storage', () => {
    const { engine, reports } = setup(null);
    engine.k = 'v';
    expect(engine.k).toBe('v');
    delete engine.k;
    expect('k' in engine).toBe(false);
    expect(reports).toEqual([]);
  });

  it('lists keys for for…in, as @nanostores/persistent needs', () => {
    const backing = new FakeStorage();
    const { engine } = setup(backing);
    engine['p:a'] = '1';
    engine['p:b'] = '2';
    const keys: string[] = [];
    for (const key in engine) keys.push(key);
    expect(keys.sort()).toEqual(['p:a', 'p:b']);
  });
});
