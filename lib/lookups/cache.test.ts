import { describe, expect, it, vi } from 'vitest';
import { LookupCache } from './cache';
import type { LookupResult } from './run-lookup';

const ok = (n: number): LookupResult => ({ status: 'ok', connectorId: 'c', field: 'order_id', value: 'v', attempts: 1, fetchedAt: n, durationMs: 1, fields: [], items: [] });
const fail = (kind: 'auth' | 'not-found'): LookupResult => ({
  status: 'error',
  connectorId: 'c',
  field: 'order_id',
  value: 'v',
  attempts: 1,
  fetchedAt: 0,
  durationMs: 1,
  kind,
  message: kind,
  messageKey: `lookup.error.${kind}`,
  params: {},
});

function setup(ttlMs = 1000, maxEntries = 10) {
  let t = 0;
  const cache = new LookupCache({ ttlMs, maxEntries, now: () => t });
  return { cache, advance: (ms: number) => (t += ms) };
}

describe('LookupCache', () => {
  it('serves a fresh result from cache and reloads after the TTL', async () => {
    const { cache, advance } = setup(1000);
    let n = 0;
    const load = vi.fn(async () => ok(++n));
    expect((await cache.get('c', 'v', load)).fetchedAt).toBe(1);
    advance(999);
    expect((await cache.get('c', 'v', load)).fetchedAt).toBe(1);
    advance(1);
    expect((await cache.get('c', 'v', load)).fetchedAt).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('joins a load already in flight instead of starting another', async () => {
    const { cache } = setup();
    let release!: (r: LookupResult) => void;
    const load = vi.fn(() => new Promise<LookupResult>((r) => (release = r)));
    const a = cache.get('c', 'v', load);
    const b = cache.get('c', 'v', load, { refresh: true });
    release(ok(7));
    expect(await a).toBe(await b);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keys by connector and value', async () => {
    const { cache } = setup();
    const load = vi.fn(async () => ok(1));
    await cache.get('c', 'v', load);
    await cache.get('c', 'w', load);
    await cache.get('d', 'v', load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('refresh bypasses a cached answer', async () => {
    const { cache } = setup();
    let n = 0;
    const load = async () => ok(++n);
    await cache.get('c', 'v', load);
    expect((await cache.get('c', 'v', load, { refresh: true })).fetchedAt).toBe(2);
    expect(cache.peek('c', 'v')?.fetchedAt).toBe(2);
  });

  it.each([
    ['auth', false],
    ['not-found', true],
  ] as const)('caches a %s failure: %s', async (kind, cached) => {
    const { cache } = setup();
    await cache.get('c', 'v', async () => fail(kind));
    expect(cache.peek('c', 'v') !== undefined).toBe(cached);
  });

  it('drops the oldest entries beyond maxEntries', async () => {
    const { cache } = setup(10_000, 2);
    for (const v of ['a', 'b', 'c']) await cache.get('c', v, async () => ok(1));
    expect([cache.peek('c', 'a'), cache.peek('c', 'b'), cache.peek('c', 'c')].map(Boolean)).toEqual([false, true, true]);
  });

  it('forgets an in-flight load that rejected', async () => {
    const { cache } = setup();
    await expect(cache.get('c', 'v', async () => Promise.reject(new Error('aborted')))).rejects.toThrow('aborted');
    await expect(cache.get('c', 'v', async () => ok(3))).resolves.toMatchObject({ fetchedAt: 3 });
  });
});
