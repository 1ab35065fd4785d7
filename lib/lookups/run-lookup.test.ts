import { describe, expect, it, vi } from 'vitest';
import { lookupAuditEntry } from './audit';
import { runLookup, type LookupFailure, type RunLookupOptions } from './run-lookup';
import { customerSearchConnector, OMS, orderConnector, SAMPLE_ORDER } from './test-connectors';

type Step = Response | Error | 'hang' | (() => Response);

/** A fetch that plays one scripted step per call and records what it was asked. */
function scriptedFetch(...steps: Step[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)]!;
    if (step === 'hang') {
      // Like a real fetch: never answers, rejects when its signal aborts.
      return new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    if (step instanceof Error) throw step;
    return typeof step === 'function' ? step() : step.clone();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const noWait: RunLookupOptions['retry'] = { sleep: async () => {}, random: () => 0 };
let clock = 1_000;
const now = () => (clock += 5);

async function failure(result: Promise<unknown>): Promise<LookupFailure> {
  const r = (await result) as LookupFailure;
  expect(r.status).toBe('error');
  return r;
}

describe('runLookup', () => {
  it('maps a 200 answer, sending the agent session and no referrer', async () => {
    const { fetch, calls } = scriptedFetch(json(SAMPLE_ORDER));
    const result = await runLookup(orderConnector(), '240312598746', { fetch, now, timeZone: 'UTC', retry: noWait });
    expect(result).toMatchObject({ status: 'ok', connectorId: 'oms-order', field: 'order_id', value: '240312598746', attempts: 1 });
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.fields.map((f) => f.value)).toEqual(['shipped', '15 Mar 2024', 'CN¥299.00']);
    expect(result.items).toHaveLength(2);
    expect(result.fetchedAt).toBeGreaterThan(1_000);
    expect(result.raw).toBeUndefined();
    expect(calls[0]!.url).toBe(`${OMS}/api/orders/240312598746?lang=zh`);
    expect(calls[0]!.init).toMatchObject({ method: 'GET', credentials: 'include', redirect: 'manual', referrerPolicy: 'no-referrer' });
  });

  it('posts the filled JSON body', async () => {
    const { fetch, calls } = scriptedFetch(json({ customer: { name: '张伟' } }));
    const result = await runLookup(customerSearchConnector(), '13812345678', { fetch, retry: noWait });
    expect(result.status).toBe('ok');
    expect(calls[0]!.init.method).toBe('POST');
    expect(JSON.parse(String(calls[0]!.init.body)).query.phone).toBe('13812345678');
  });

  it.each([
    [401, 'auth', 'Sign in to Acme OMS in another tab'],
    [403, 'auth', 'Sign in to Acme OMS in another tab'],
    [302, 'auth', 'Sign in to Acme OMS'],
    [404, 'not-found', 'Acme OMS has no record for 240312598746.'],
    [400, 'http', 'Acme OMS answered HTTP 400 (tried 1 times).'],
  ])('HTTP %i → %s without retrying', async (status, kind, message) => {
    const { fetch, calls } = scriptedFetch(new Response('{}', { status }));
    const r = await failure(runLookup(orderConnector(), '240312598746', { fetch, retry: noWait }));
    expect(r).toMatchObject({ kind, attempts: 1, httpStatus: status, messageKey: `lookup.error.${kind}` });
    expect(r.message).toContain(message);
    expect(calls).toHaveLength(1);
  });

  it('treats an opaque redirect (browser, redirect: manual) as a sign-in', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, headers: new Headers(), text: async () => '' } as unknown as Response;
    const { fetch } = scriptedFetch(() => opaque);
    expect((await failure(runLookup(orderConnector(), '1', { fetch, retry: noWait }))).kind).toBe('auth');
  });

  it('retries 5xx and succeeds on the third attempt', async () => {
    const { fetch, calls } = scriptedFetch(json({}, 503), json({}, 502), json(SAMPLE_ORDER));
    const result = await runLookup(orderConnector(), '1', { fetch, retry: noWait });
    expect(result).toMatchObject({ status: 'ok', attempts: 3 });
    expect(calls).toHaveLength(3);
  });

  it('gives up after 3 retries of a 500, keeping the last response for the options page', async () => {
    const { fetch, calls } = scriptedFetch(new Response('{"error":"db down"}', { status: 500 }));
    const r = await failure(runLookup(orderConnector(), '1', { fetch, retry: noWait, includeRaw: true }));
    expect(r).toMatchObject({ kind: 'http', httpStatus: 500, attempts: 4, raw: '{"error":"db down"}' });
    expect(r.message).toBe('Acme OMS answered HTTP 500 (tried 4 times).');
    expect(calls).toHaveLength(4);
  });

  it('times out, retries once, then reports the timeout (a silent system is not asked four times)', async () => {
    const { fetch, calls } = scriptedFetch('hang');
    const connector = { ...orderConnector(), timeoutMs: 20 };
    const r = await failure(runLookup(connector, '1', { fetch, retry: noWait }));
    expect(r).toMatchObject({ kind: 'timeout', attempts: 2 });
    expect(r.message).toBe('Acme OMS did not answer within 0 s (tried 2 times).');
    expect(calls.every((c) => c.init.signal?.aborted)).toBe(true);
  });

  it('succeeds when a slow first attempt times out and the retry answers', async () => {
    const { fetch } = scriptedFetch('hang', json(SAMPLE_ORDER));
    const result = await runLookup({ ...orderConnector(), timeoutMs: 20 }, '1', { fetch, retry: noWait });
    expect(result).toMatchObject({ status: 'ok', attempts: 2 });
  });

  it.each([
    ['truncated JSON', '{"order": {"status": ', 'application/json', 'not valid JSON'],
    ['HTML sign-in page', '<!doctype html><form>Sign in</form>', 'text/html', 'HTML, not JSON'],
    ['empty body', '', 'application/json', 'empty'],
  ])('malformed response (%s) → mapping error naming the response', async (_name, body, type, detail) => {
    const { fetch, calls } = scriptedFetch(new Response(body, { status: 200, headers: { 'Content-Type': type } }));
    const r = await failure(runLookup(orderConnector(), '1', { fetch, retry: noWait }));
    expect(r).toMatchObject({ kind: 'mapping', pointer: '', attempts: 1 });
    expect(r.message).toContain(detail);
    expect(calls).toHaveLength(1);
  });

  it('a response of the wrong shape names the pointer, in both languages', async () => {
    const { fetch } = scriptedFetch(json({ order: { state: 'shipped' } }));
    const r = await failure(runLookup(orderConnector(), '1', { fetch, retry: noWait }));
    expect(r.pointer).toBe('/order/status');
    expect(r.message).toBe('Acme OMS answered, but /order/status could not be read: /order/status: no member "status"');
    expect(r.params).toMatchObject({ system: 'Acme OMS', pointer: '/order/status' });
  });

  it('a network failure is reported once, not retried', async () => {
    const { fetch, calls } = scriptedFetch(new TypeError('Failed to fetch'));
    const r = await failure(runLookup(orderConnector(), '1', { fetch, retry: noWait }));
    expect(r).toMatchObject({ kind: 'network', attempts: 1 });
    expect(r.message).toContain('Failed to fetch');
    expect(calls).toHaveLength(1);
  });

  it('sends nothing without host permission', async () => {
    const { fetch, calls } = scriptedFetch(json(SAMPLE_ORDER));
    const hasPermission = vi.fn(async () => false);
    const r = await failure(runLookup(orderConnector(), '1', { fetch, hasPermission }));
    expect(hasPermission).toHaveBeenCalledWith('https://oms.example.internal/*');
    expect(r).toMatchObject({ kind: 'permission', attempts: 0 });
    expect(calls).toHaveLength(0);
  });

  it('refuses an unusable value before any request', async () => {
    const { fetch, calls } = scriptedFetch(json(SAMPLE_ORDER));
    expect((await failure(runLookup(orderConnector(), '..', { fetch }))).kind).toBe('invalid-value');
    expect(calls).toHaveLength(0);
  });

  it('rejects with the abort reason when the caller aborts', async () => {
    const { fetch } = scriptedFetch('hang');
    const controller = new AbortController();
    const run = runLookup(orderConnector(), '1', { fetch, signal: controller.signal, retry: noWait });
    setTimeout(() => controller.abort(new Error('ticket closed')), 10);
    await expect(run).rejects.toThrow('ticket closed');
  });
});

describe('lookupAuditEntry', () => {
  it('records connector, field, time and outcome, never the value or body', async () => {
    const { fetch } = scriptedFetch(new Response('{"secret":"x"}', { status: 401 }));
    const r = await runLookup(orderConnector(), '240312598746', { fetch, now: () => 42, includeRaw: true });
    const entry = lookupAuditEntry(r, { consoleId: 'demo', ticketId: 'T-1' });
    expect(entry).toEqual({ time: 42, consoleId: 'demo', ticketId: 'T-1', action: 'lookup:oms-order', field: 'order_id', oldValue: '', newValue: '', outcome: 'error', detail: 'auth 401 attempts=1 ms=0' });
    expect(JSON.stringify(entry)).not.toMatch(/240312598746|secret/);
  });
});
