/**
 * A Storage like the browser's, which can be told to misbehave the ways a browser's does: full (a quota in
 * characters, keys and values counted), or refusing every write (a SecurityError, as when site data is
 * blocked after the page loaded). Shared by the write-path tests and the fault-injection suite.
 */
export class FakeStorage implements Storage {
  data = new Map<string, string>();
  /** Characters the storage holds at most; Infinity for no limit. */
  quota = Infinity;
  /** Refuses every write with a SecurityError while true. */
  refusing = false;
  get length() {
    return this.data.size;
  }
  used(): number {
    let total = 0;
    for (const [key, value] of this.data) total += key.length + value.length;
    return total;
  }
  key = (i: number) => [...this.data.keys()][i] ?? null;
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => {
    if (this.refusing) throw new DOMException('The operation is insecure.', 'SecurityError');
    const grown = this.used() - (this.data.has(key) ? key.length + this.data.get(key)!.length : 0);
    if (grown + key.length + value.length > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  };
  removeItem = (key: string) => void this.data.delete(key);
  clear = () => this.data.clear();
  /** Leaves no room for anything bigger than what is stored now. */
  fill(): void {
    this.quota = this.used();
  }
}

/** Tells the page that another tab changed `key`, as the browser's storage event does. */
export function otherTabWrote(key: string): void {
  window.dispatchEvent(new StorageEvent('storage', { key }));
}
