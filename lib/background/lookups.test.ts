import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { orderConnector, orderConnectorInput, SAMPLE_ORDER } from '../lookups/test-connectors';
import type { AuditEntry } from '../audit/types';
import { createLookupsHandlers, type LookupsDeps } from './lookups';

const VALUE = '240312598746';
const fromTab = { id: 'ext', tab: { id: 7 }, frameId: 0, url: 'https://acme.zendesk.com/agent/tickets/1' } as unknown as Browser.runtime.MessageSender;
const fromOptions = { id: 'ext', tab: { id: 8 }, url: 'chrome-extension://ext/options.html' } as unknown as Browser.runtime.MessageSender;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function setup(responses: Array<() => Response>, overrides: Partial<LookupsDeps> = {}) {
  const audit: AuditEntry[] = [];
  const progress: number[] = [];
  const fetch = vi.fn(async () => (responses.shift() ?? (() => json({}, 500)))());
  const deps: LookupsDeps = {
    fetch: fetch as unknown as typeof globalThis.fetch,
    hasPermission: async () => true,
    connectors: async () => [orderConnector()],
    recordAudit: async (entries) => void audit.push(...entries),
    notifyProgress: (_sender, p) => void progress.push(p.attempt),
    isExtensionPage: (sender) => sender.url?.startsWith('chrome-extension://ext/') === true,
    ...overrides,
  };
  const handlers = createLookupsHandlers(deps);
  const run = (extra: { refresh?: boolean; connectorId?: string } = {}) =>
    handlers['lookups.run']!({ connectorId: 'oms-order', value: VALUE, refresh: false, lang: 'en', consoleId: 'zendesk', ticketId: '1001', ...extra }, fromTab);
  return { handlers, run, fetch, audit, progress };
}

describe('lookups.run in the background', () => {
  it('maps the answer, audits connector/field/outcome without the value, and serves a repeat from the cache', async () => {
    const { run, fetch, audit } = setup([() => json(SAMPLE_ORDER), () => json(SAMPLE_ORDER)]);
    const first = await run();
    expect(first.status).toBe('ok');
    expect(first.status === 'ok' && first.fields.map((f) => f.value)[0]).toBe('shipped');
    await run();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'lookup:oms-order', field: 'order_id', outcome: 'ok', consoleId: 'zendesk', ticketId: '1001' });
    expect(JSON.stringify(audit[0])).not.toContain(VALUE);
    expect(JSON.stringify(audit[0])).not.toContain('shipped');
    // Refresh asks the system again and is audited again.
    await run({ refresh: true });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(audit).toHaveLength(2);
  });

  it('sends nothing without the host permission and names the origin to grant', async () => {
    const { run, fetch, audit } = setup([() => json(SAMPLE_ORDER)], { hasPermission: async () => false });
    const result = await run();
    expect(fetch).not.toHaveBeenCalled();
    expect(result).toMatchObject({ status: 'error', kind: 'permission', attempts: 0, params: { origin: 'https://oms.example.internal/*' } });
    expect(audit[0]).toMatchObject({ outcome: 'error', detail: expect.stringMatching(/^permission attempts=0/) });
  });

  it('reports each retry to the tab that asked and succeeds after the flaky answers', async () => {
    const { run, progress } = setup([() => json({}, 503), () => json({}, 503), () => json(SAMPLE_ORDER)]);
    const result = await run();
    expect(result).toMatchObject({ status: 'ok', attempts: 3 });
    expect(progress).toEqual([2, 3]);
  });

  it.each([
    [401, 'auth'],
    [404, 'not-found'],
  ])('explains HTTP %i as %s and caches only the not-found answer', async (status, kind) => {
    const { run, fetch } = setup([() => json({}, status), () => json({}, status)]);
    expect(await run()).toMatchObject({ status: 'error', kind });
    await run();
    expect(fetch).toHaveBeenCalledTimes(kind === 'not-found' ? 1 : 2);
  });

  it('drops cached answers when a connector definition changes', async () => {
    let connectors = [orderConnector()];
    const { run, fetch } = setup([() => json(SAMPLE_ORDER), () => json(SAMPLE_ORDER), () => json(SAMPLE_ORDER)], { connectors: async () => connectors });
    await run();
    await run();
    expect(fetch).toHaveBeenCalledTimes(1);
    connectors = [orderConnector({ name: 'Orders (renamed)' })];
    await run();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('refuses a connector id that is not configured', async () => {
    const { run } = setup([]);
    await expect(run({ connectorId: 'nope' })).rejects.toThrow(/no lookup connector "nope"/);
  });
});

describe('lookups.test and lookups.permission', () => {
  it('is refused to content scripts, which must not choose where requests go', async () => {
    const { handlers } = setup([]);
    await expect(handlers['lookups.test']!({ connector: orderConnectorInput(), value: VALUE, lang: 'en' }, fromTab)).rejects.toThrow(/extension pages only/);
  });

  it('returns validation issues by field path without sending anything', async () => {
    const { handlers, fetch } = setup([]);
    const bad = { ...orderConnectorInput(), request: { method: 'GET', url: 'https://{{order_id}}.example/x' } };
    const out = await handlers['lookups.test']!({ connector: bad, value: VALUE, lang: 'en' }, fromOptions);
    expect(out.result).toBeNull();
    expect(out.issues.map((i) => i.path)).toContain('request.url');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('returns the raw response and a field-by-field mapping report', async () => {
    const { handlers } = setup([() => json({ order: { ...SAMPLE_ORDER.order, eta: undefined } })]);
    const out = await handlers['lookups.test']!({ connector: orderConnectorInput(), value: VALUE, lang: 'en' }, fromOptions);
    expect(out.raw).toContain('"status":"shipped"');
    expect(out.result).toMatchObject({ status: 'error', kind: 'mapping', pointer: '/order/eta' });
    expect(out.result && 'raw' in out.result).toBe(false);
    const preview = out.preview as { fields: Array<{ label: string; value?: string; error?: string }> };
    expect(preview.fields.find((f) => f.label === 'Status')?.value).toBe('shipped');
    expect(preview.fields.find((f) => f.label === 'ETA')?.error).toMatch(/eta/);
  });

  it('reports which origins are granted', async () => {
    const { handlers } = setup([], { hasPermission: async (o) => o.startsWith('http://127.0.0.1') });
    const out = await handlers['lookups.permission']!({ origins: ['http://127.0.0.1:5179/*', 'https://oms.example.internal/*'] }, fromOptions);
    expect(out.granted).toEqual({ 'http://127.0.0.1:5179/*': true, 'https://oms.example.internal/*': false });
  });
});
