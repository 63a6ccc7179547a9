/**
 * The last answers of one station, by call id: a call resent after a line drop gets the first
 * answer again instead of being applied twice. Least recently answered out first, and nothing
 * kept longer than `ttlMs` (a station resends within its confirm window, 30 s by default).
 */
export class CallCache<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();

  constructor(
    private readonly limit = 2000,
    private readonly ttlMs = 10 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(id: string): V | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.ttlMs) {
      this.entries.delete(id);
      return undefined;
    }
    return entry.value;
  }

  set(id: string, value: V): void {
    this.entries.delete(id);
    this.entries.set(id, { value, at: this.now() });
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
