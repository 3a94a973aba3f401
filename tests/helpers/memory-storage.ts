/** A Storage in memory, like localStorage; counts what is written. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** Every setItem since the last `resetWrites()`: key and length of the value. */
  writes: { key: string; length: number }[] = [];

  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.writes.push({ key, length: value.length });
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
  resetWrites() {
    this.writes = [];
  }
}
