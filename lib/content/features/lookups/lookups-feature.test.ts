import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TicketContext, TicketSnapshot } from '../../../consoles/adapter';
import type { EffectiveSettings } from '../../../settings/effective';
import { orderConnector, orderConnectorInput } from '../../../lookups/test-connectors';
import { Store } from '../../panel-store';
import { emptyInsights, type TicketInsights } from '../../insights';
import type { FeatureHost } from '../../feature';

const sent: Array<{ name: string; payload: any }> = [];
vi.mock('../../../messaging/client', () => ({
  send: vi.fn(async (name: string, payload: any) => {
    sent.push({ name, payload });
    if (name === 'lookups.run') return new Promise(() => undefined); // stays pending: the test drives progress
    return { ids: [1] };
  }),
}));

/** The background's progress note, as the tab receives it; returns what the listeners answered. */
async function pushProgress(payload: { connectorId: string; value: string; attempt: number; delayMs: number }): Promise<unknown[]> {
  const env = { deskmate: 1, to: 'content', name: 'lookups.progress', payload };
  return fakeBrowser.runtime.onMessage.trigger(env, { id: fakeBrowser.runtime.id } as never, () => undefined);
}

const { lookupsFeature, PLAN_DEBOUNCE_MS } = await import('./lookups-feature');

function snapshot(ticketId: string, texts: string[]): TicketSnapshot {
  return {
    consoleId: 'zendesk',
    ticketId,
    url: '',
    subject: '',
    requester: { name: '', email: '', phone: '', userId: '' },
    fields: {},
    agentName: '',
    messages: texts.map((text, i) => ({ id: String(i), role: 'customer' as const, name: 'c', text, time: null })),
  };
}

const sessions: AbortController[] = [];

function fakeHost() {
  const controller = new AbortController();
  sessions.push(controller);
  let current: TicketSnapshot | null = null;
  const listeners: Array<(s: TicketSnapshot, c: TicketContext) => void> = [];
  const settings = { settings: { features: { lookups: true }, ui: { language: 'en' }, lookups: { connectors: [orderConnector(), orderConnector({ ...orderConnectorInput(), id: 'oms-b', name: 'B' })] } } } as unknown as EffectiveSettings;
  const host: FeatureHost = {
    adapter: { id: 'zendesk' } as FeatureHost['adapter'],
    signal: controller.signal,
    settings: () => settings,
    snapshot: () => current,
    ticket: () => null,
    onSnapshot: (cb) => void listeners.push(cb),
    onMutation: () => undefined,
    onNavigate: () => undefined,
    insights: new Store<TicketInsights>(emptyInsights()),
  };
  const show = (s: TicketSnapshot) => {
    current = s;
    for (const l of listeners) l(s, { consoleId: 'zendesk', ticketId: s.ticketId, url: '', root: {} as Element });
  };
  return { host, show, controller };
}

beforeEach(() => {
  vi.useFakeTimers();
  sent.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
  for (const s of sessions.splice(0)) s.abort();
});

describe('lookups feature', () => {
  it('plans once after the chat settles and asks each connector once per value', async () => {
    const { host, show } = fakeHost();
    const store = lookupsFeature.start(host);
    show(snapshot('1001', ['我的订单 240312598746 还没到']));
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS / 2);
    show(snapshot('1001', ['我的订单 240312598746 还没到', '订单号 240312598746，快点']));
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS - 1);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((m) => [m.payload.connectorId, m.payload.value])).toEqual([
      ['oms-order', '240312598746'],
      ['oms-b', '240312598746'],
    ]);
    expect(sent[0]!.payload).toMatchObject({ consoleId: 'zendesk', ticketId: '1001', refresh: false, lang: 'en' });
    expect(store.get().cards.map((c) => c.loading)).toEqual([true, true]);
    // Same values again (a re-render, an insights update): nothing new is asked.
    host.insights.set({ repeatContacts: 1 });
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    expect(sent).toHaveLength(2);
  });

  it('shows "still trying" progress from the background and drops cards when the ticket changes', async () => {
    const { host, show } = fakeHost();
    const store = lookupsFeature.start(host);
    show(snapshot('1001', ['order 240312598746']));
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    // Read only: the listener never claims the reply (the session's content.status handler must answer the popup).
    expect(await pushProgress({ connectorId: 'oms-order', value: '240312598746', attempt: 2, delayMs: 300 })).toEqual([undefined]);
    expect(store.get().cards.map((c) => c.attempt)).toEqual([2, 1]);
    // A note for a lookup this panel does not show changes nothing.
    await pushProgress({ connectorId: 'oms-order', value: '999', attempt: 3, delayMs: 300 });
    expect(store.get().cards.map((c) => c.attempt)).toEqual([2, 1]);
    show(snapshot('1002', ['no numbers here']));
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS);
    expect(store.get().cards).toEqual([]);
  });

  it('stops listening when the session ends', async () => {
    const { host, show, controller } = fakeHost();
    lookupsFeature.start(host);
    show(snapshot('1001', ['order 240312598746']));
    controller.abort();
    await vi.advanceTimersByTimeAsync(PLAN_DEBOUNCE_MS * 2);
    expect(sent).toHaveLength(0);
    expect(await pushProgress({ connectorId: 'oms-order', value: '240312598746', attempt: 2, delayMs: 300 })).toEqual([]);
  });
});
