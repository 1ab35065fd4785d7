/**
 * The lookup engine against the mock order system (e2e/servers/order-system.mjs)
 * over real HTTP on a free localhost port. Node's fetch has no cookie jar, so
 * the agent's signed-in session is added as a Cookie header.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runLookup, type LookupResult } from './run-lookup';
import type { LookupConnector } from './schema';
import { validateConnectors } from './validate';

interface OrderSystem {
  url: string;
  close(): Promise<void>;
  createSession(): string;
  stats: { hitCount(key: string): number; reset(): void; requests: { path: string; status: number }[] };
}
interface OrderSystemModule {
  startOrderSystem(options: { port: number; slowMs?: number; cors?: 'extensions' | 'none' }): Promise<OrderSystem>;
  exampleConnectors(baseUrl: string): unknown[];
}

// A file URL keeps TypeScript from resolving the untyped .mjs module.
const modulePath = new URL('../../e2e/servers/order-system.mjs', import.meta.url).href;
let oms: OrderSystem;
let connectors: Map<string, LookupConnector>;
let cookie: string;

const sessionFetch: typeof fetch = (input, init = {}) => fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), Cookie: cookie } });
const noWait = { sleep: async () => {}, random: () => 0 };

function lookup(id: string, value: string, fetchImpl: typeof fetch = sessionFetch): Promise<LookupResult> {
  return runLookup(connectors.get(id)!, value, { fetch: fetchImpl, retry: noWait, timeZone: 'UTC' });
}

beforeAll(async () => {
  const mod = (await import(/* @vite-ignore */ modulePath)) as OrderSystemModule;
  oms = await mod.startOrderSystem({ port: 0, slowMs: 1200 });
  const { connectors: valid, errors } = validateConnectors(mod.exampleConnectors(oms.url));
  expect(errors).toEqual([]);
  connectors = new Map(valid.map((c) => [c.id, c]));
  cookie = oms.createSession();
});
afterAll(() => oms?.close());
beforeEach(() => oms.stats.reset());

describe('mock order system + runLookup', () => {
  it('looks up the zh demo order with line items', async () => {
    const r = await lookup('oms-order', '240312598746');
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(Object.fromEntries(r.fields.map((f) => [f.label, f.value]))).toEqual({
      Status: 'Shipped',
      Carrier: 'SF Express',
      'Tracking number': 'SF1234567890123',
      ETA: '15 Mar 2024',
      Amount: 'CN¥299.00',
      Refund: 'No refund',
    });
    expect(r.items[0]!.map((f) => f.value)).toEqual(['西湖龙井 250g', '1', 'CN¥199.00']);
  });

  it('looks up the English order and reports an unknown one as not found', async () => {
    expect(await lookup('oms-order', 'ORD-2024-00123')).toMatchObject({ status: 'ok', fields: expect.arrayContaining([{ label: 'Refund', labelZh: '退款', value: 'Refund pending (3–5 business days)' }]) });
    expect(await lookup('oms-order', 'ORD-0000-00000')).toMatchObject({ status: 'error', kind: 'not-found', httpStatus: 404 });
  });

  it('asks the agent to sign in when the session cookie is missing', async () => {
    const r = await lookup('oms-order', '240312598746', fetch);
    expect(r).toMatchObject({ status: 'error', kind: 'auth', httpStatus: 401, attempts: 1 });
  });

  it.each([
    ['with a session', sessionFetch, 'ok'],
    ['without: redirected to sign-in', fetch, 'error'],
  ])('the SSO endpoint %s', async (_name, fetchImpl, status) => {
    const r = await lookup('oms-order-sso', '240312598746', fetchImpl);
    expect(r.status).toBe(status);
    if (r.status === 'error') expect(r).toMatchObject({ kind: 'auth', httpStatus: 302, attempts: 1 });
  });

  it('the private endpoint always needs sign-in', async () => {
    expect(await lookup('oms-order-private', '240312598746')).toMatchObject({ kind: 'auth', attempts: 1 });
  });

  it('the flaky endpoint succeeds on the third attempt', async () => {
    const r = await lookup('oms-order-flaky', 'ORD-2024-00123');
    expect(r).toMatchObject({ status: 'ok', attempts: 3 });
    expect(oms.stats.hitCount('GET /api/flaky/orders/ORD-2024-00123')).toBe(3);
  });

  it('the slow endpoint times out when it is slower than the connector allows', async () => {
    const quick = { ...connectors.get('oms-order-slow')!, timeoutMs: 300 };
    const r = await runLookup(quick, '240312598746', { fetch: sessionFetch, retry: noWait });
    expect(r).toMatchObject({ status: 'error', kind: 'timeout', attempts: 2 });
  });

  it('the slow endpoint answers within the example timeout', async () => {
    expect(await lookup('oms-order-slow', '240312598746')).toMatchObject({ status: 'ok', attempts: 1 });
  });

  it('tracks a parcel', async () => {
    const r = await lookup('logistics-tracking', 'SF1234567890123');
    expect(r).toMatchObject({ status: 'ok', fields: [{ value: 'SF Express' }, { value: 'In transit' }, { value: '15 Mar 2024' }] });
    if (r.status === 'ok') expect(r.items[1]!.map((f) => f.value)).toEqual(['12 Mar 2024, 22:45', '上海转运中心', '到达转运中心 Arrived at hub']);
  });

  it.each([
    ['crm-customer-by-phone', '13812345678', 'ok'],
    ['crm-customer-by-email', 'Emily.Carter@example.com', 'ok'],
    ['crm-customer-by-email', 'nobody@example.com', 'error'],
  ])('POST search %s %s → %s', async (id, value, status) => {
    expect((await lookup(id, value)).status).toBe(status);
  });

  it('the malformed endpoint yields a mapping error', async () => {
    const c = { ...connectors.get('oms-order')!, request: { method: 'GET' as const, url: `${oms.url}/api/malformed/orders/{{order_id}}` } };
    const r = await runLookup(c, '1', { fetch: sessionFetch, retry: noWait });
    expect(r).toMatchObject({ status: 'error', kind: 'mapping', pointer: '' });
  });
});

describe('mock order system CORS', () => {
  it.each([
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'chrome-extension://abcdefghijklmnopabcdefghijklmnop'],
    ['http://127.0.0.1:5178', null],
    ['https://evil.example', null],
  ])('origin %s → allowed %s', async (origin, allowed) => {
    const res = await fetch(`${oms.url}/api/customers/search`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
    expect(res.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(res.headers.get('access-control-allow-credentials')).toBe(allowed ? 'true' : null);
  });

  it("cors: 'none' grants no origin, as most internal systems", async () => {
    const mod = (await import(/* @vite-ignore */ modulePath)) as OrderSystemModule;
    const plain = await mod.startOrderSystem({ port: 0, cors: 'none' });
    try {
      const res = await fetch(`${plain.url}/api/orders/1`, { headers: { Origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' } });
      expect(res.status).toBe(401);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await plain.close();
    }
  });

  it('GET /login sets the session cookie', async () => {
    const res = await fetch(`${oms.url}/login`);
    expect(res.headers.get('set-cookie')).toMatch(/^oms_session=[\w-]+; Path=\/; HttpOnly; SameSite=None; Secure$/);
  });
});
