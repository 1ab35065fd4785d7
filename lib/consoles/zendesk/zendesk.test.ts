import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../fixture-dom';
import { zendeskAdapter } from './index';
import { customFieldKey } from './read';

/** The demo console's Agent Workspace as rendered (scripts removed): `node scripts/save-demo-fixture.mjs`. */
const FIXTURE = readFileSync(new URL('./fixtures/2026-11-22-demo-agent-workspace.html', import.meta.url), 'utf8');

const cases = [
  {
    url: 'http://127.0.0.1:5178/agent/tickets/1001',
    ticketId: '1001',
    subject: '订单迟迟未送达',
    requester: { name: 'Wang Min', email: 'wangmin@example.com', userId: '90001' },
    roles: ['customer', 'agent', 'customer', 'agent', 'agent', 'customer'],
    internal: [3],
    fields: { priority: 'normal', type: 'question', status: 'open', tags: 'web_widget' },
    firstText: '你好，我的订单 240312598746 已经下单五天了还没送到，物流一直没更新。',
  },
  {
    // another tab in the same DOM: every read stays inside ticket 1002's workspace
    url: 'https://acme.zendesk.com/agent/tickets/1002',
    ticketId: '1002',
    subject: 'Refund for damaged blender',
    requester: { name: 'Sarah Connor', email: 'sarah.connor@example.com', userId: '90002' },
    roles: ['customer', 'agent', 'customer'],
    internal: [],
    fields: { priority: 'normal', type: 'problem', status: 'open', tags: 'email' },
    firstText: 'Hi, my blender from order ORD-2024-00123 arrived with a cracked jar. I would like a refund please.',
  },
  {
    url: 'http://localhost:5178/agent/tickets/1003',
    ticketId: '1003',
    subject: '想退货',
    requester: { name: '138****5678', email: '', userId: '90003' },
    roles: ['customer', 'agent', 'customer'],
    internal: [],
    fields: { priority: '', type: '', status: 'new', tags: '' },
    firstText: '你好，上个月买的空气炸锅想退货，订单号 240311777123。',
  },
];

describe('Zendesk Agent Workspace adapter on the saved demo console page', () => {
  const doc = loadDocument(FIXTURE);

  it('detects the console by its markup and URL', () => {
    expect(zendeskAdapter.detect(doc)).toBe(true);
    expect(zendeskAdapter.matchesUrl(new URL('https://acme.zendesk.com/agent/tickets/5'))).toBe(true);
    expect(zendeskAdapter.matchesUrl(new URL('https://acme.zendesk.com/hc/en-us'))).toBe(false);
    expect(zendeskAdapter.detect(loadDocument('<html><body><p>hello</p></body></html>'))).toBe(false);
  });

  it.each(cases)('reads ticket $ticketId scoped to its own workspace', (c) => {
    const ctx = zendeskAdapter.activeTicket(doc, new URL(c.url))!;
    expect(ctx.ticketId).toBe(c.ticketId);
    const snap = zendeskAdapter.readTicket(ctx);
    expect(snap.subject).toBe(c.subject);
    expect(snap.requester).toEqual({ ...c.requester, phone: '' });
    expect(snap.messages.map((m) => m.role)).toEqual(c.roles);
    expect(snap.messages.flatMap((m, i) => (m.internal ? [i] : []))).toEqual(c.internal);
    expect(snap.messages[0]!.text).toBe(c.firstText);
    expect(snap.fields).toMatchObject(c.fields);
    expect(snap.agentName).toBe('Alex Chen');
    for (const m of snap.messages) {
      expect(m.time && Date.parse(m.time)).toBeTruthy();
      // console chrome is not message text
      expect(m.text).not.toMatch(/^Seen$|Internal note/);
    }
    expect(zendeskAdapter.writableFields(ctx)).toEqual(expect.arrayContaining(['subject', 'requester', 'priority', 'tags', 'custom_order_number', 'custom_tracking_number']));
    expect(zendeskAdapter.messageElement(ctx, snap.messages[0]!.id)?.textContent).toBe(c.firstText);
  });

  it('ids are unique across tickets, so verdicts and masks never cross tabs', () => {
    const ids = cases.flatMap((c) => zendeskAdapter.readConversation(zendeskAdapter.activeTicket(doc, new URL(c.url))!).map((m) => m.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['ticket-form-field-text-custom_order_number', 'custom_order_number'],
    ['ticket-form-field-textarea-custom_description', 'custom_description'],
    ['ticket-form-field-360001', '360001'],
  ])('custom field key of %s is %s', (testId, key) => {
    expect(customFieldKey(loadDocument(`<div data-test-id="${testId}"></div>`).querySelector('div')!)).toBe(key);
  });
});
