/**
 * A short-lived cache of lookup results keyed by connector id + value, with
 * in-flight de-duplication: the panel re-renders and auto-fill re-runs often,
 * and two identical requests at once must become one.
 *
 * Only answers are cached ('ok' and 'not-found'). Errors are not, so that
 * "sign in to … in another tab" followed by Refresh, or a transient 5xx, is
 * tried again at once. Memory only: a service worker restart simply starts cold.
 */
import type { LookupResult } from './run-lookup';

export interface LookupCacheOptions {
  /** @default 60000 */
  ttlMs?: number;
  /** Oldest entries are dropped past this size. @default 200 */
  maxEntries?: number;
  /** @default Date.now */
  now?: () => number;
}

export class LookupCache {
  private readonly done = new Map<string, { result: LookupResult; storedAt: number }>();
  private readonly inFlight = new Map<string, Promise<LookupResult>>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: LookupCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 200;
    this.now = options.now ?? Date.now;
  }

  static key(connectorId: string, value: string): string {
    return `${connectorId}\u0000${value}`;
  }

  /** The cached result if still fresh, without loading. */
  peek(connectorId: string, value: string): LookupResult | undefined {
    const key = LookupCache.key(connectorId, value);
    const entry = this.done.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt >= this.ttlMs) {
      this.done.delete(key);
      return undefined;
    }
    return entry.result;
  }

  /**
   * A fresh cached result, the pending load for the same key, or a new load.
   * `refresh` skips the cached result (the card's Refresh button) but still
   * joins a load already in flight, which is as fresh as a new one.
   */
  get(connectorId: string, value: string, load: () => Promise<LookupResult>, options: { refresh?: boolean } = {}): Promise<LookupResult> {
    const key = LookupCache.key(connectorId, value);
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    if (!options.refresh) {
      const cached = this.peek(connectorId, value);
      if (cached) return Promise.resolve(cached);
    }
    const promise = load()
      .then((result) => {
        if (result.status === 'ok' || result.kind === 'not-found') this.store(key, result);
        else this.done.delete(key);
        return result;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  clear(): void {
    this.done.clear();
  }

  private store(key: string, result: LookupResult): void {
    this.done.delete(key); // re-insert so Map order is oldest-first
    this.done.set(key, { result, storedAt: this.now() });
    while (this.done.size > this.maxEntries) this.done.delete(this.done.keys().next().value!);
  }
}
