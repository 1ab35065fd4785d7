import { describe, expect, it } from 'vitest';
import { mergeHandling, mergeRecords } from './merge';
import { HandlingRecordSchema } from './schema';
import { DAY_MS, handlingUpdate, T0 } from './test-support';

describe('mergeHandling', () => {
  it('creates a record with a generated summary', () => {
    const r = mergeHandling(undefined, handlingUpdate('1', { facts: { orderIds: ['88'] } }), T0);
    expect(r).toMatchObject({ id: 'zendesk:1', firstSeen: T0, lastSeen: T0, outcome: 'open', summaryEdited: false });
    expect(r.summary).toBe('退货咨询 · 订单 88 · 处理中 · 王敏');
  });

  it('is idempotent: the same update twice gives the same record', () => {
    const update = handlingUpdate('1', { sentiment: { negativeShare: 0.5, abusiveCount: 1, messages: 4 } });
    const once = mergeHandling(undefined, update, T0);
    expect(mergeHandling(once, update, T0)).toEqual(once);
  });

  it('unites contact keys and facts, keeps firstSeen, advances lastSeen', () => {
    const first = mergeHandling(undefined, handlingUpdate('1', { contactKeys: ['user:zendesk:42'], facts: { orderIds: ['88'] } }), T0);
    const later = mergeHandling(first, handlingUpdate('1', { contactKeys: ['email:wang@example.com'], facts: { orderIds: ['99'] } }), T0 + 60_000);
    expect(later.contactKeys).toEqual(['user:zendesk:42', 'email:wang@example.com']);
    expect(later.facts.orderIds).toEqual(['88', '99']);
    expect([later.firstSeen, later.lastSeen]).toEqual([T0, T0 + 60_000]);
  });

  it('lets a newer observation overwrite and an older one only fill gaps', () => {
    const current = mergeHandling(undefined, handlingUpdate('1', { outcome: 'solved', priority: null, customerName: null }), T0 + DAY_MS);
    const stale = mergeHandling(current, handlingUpdate('1', { outcome: 'open', priority: 'high', customerName: '王敏' }), T0);
    expect(stale.outcome).toBe('solved');
    expect(stale.priority).toBe('high');
    expect(stale.customerName).toBe('王敏');
    expect([stale.firstSeen, stale.lastSeen]).toEqual([T0, T0 + DAY_MS]);
  });

  it('never erases a known field with an absent or null one', () => {
    const first = mergeHandling(undefined, handlingUpdate('1', { category: 'refund' }), T0);
    const next = mergeHandling(first, { consoleId: 'zendesk', ticketId: '1', ticketUrl: '', contactKeys: [], category: null }, T0 + 1);
    expect(next.category).toBe('refund');
    expect(next.ticketUrl).toBe(first.ticketUrl);
    expect(next.agent).toBe('lily');
  });

  it('keeps the sentiment view that covered more messages', () => {
    const wide = mergeHandling(undefined, handlingUpdate('1', { sentiment: { negativeShare: 0.6, abusiveCount: 2, messages: 10 } }), T0);
    const narrowLater = mergeHandling(wide, handlingUpdate('1', { sentiment: { negativeShare: 0, abusiveCount: 0, messages: 3 } }), T0 + 1);
    expect(narrowLater.sentiment.messages).toBe(10);
    const wider = mergeHandling(narrowLater, handlingUpdate('1', { sentiment: { negativeShare: 0.5, abusiveCount: 2, messages: 12 } }), T0 + 2);
    expect(wider.sentiment).toEqual({ negativeShare: 0.5, abusiveCount: 2, messages: 12 });
  });

  it('caps accumulated keys and ids so the record stays importable', () => {
    let r = mergeHandling(undefined, handlingUpdate('1', { contactKeys: ['user:zendesk:42'] }), T0);
    for (let i = 0; i < 30; i++) {
      const keys = [`email:a${i}@example.com`, `email:b${i}@example.com`];
      r = mergeHandling(r, handlingUpdate('1', { contactKeys: keys, facts: { orderIds: [`o${i}`], trackingNumbers: [`t${i}`] } }), T0 + i);
    }
    expect(r.contactKeys).toHaveLength(50);
    expect(r.contactKeys[0]).toBe('user:zendesk:42');
    expect([r.facts.orderIds.length, r.facts.trackingNumbers.length]).toEqual([20, 20]);
    expect(HandlingRecordSchema.safeParse(r).success).toBe(true);
    expect(HandlingRecordSchema.safeParse(mergeRecords(r, { ...r, contactKeys: ['email:late@example.com'], lastSeen: T0 + DAY_MS })).success).toBe(true);
  });

  it('never regenerates an agent-edited summary', () => {
    const edited = { ...mergeHandling(undefined, handlingUpdate('1'), T0), summary: '客户要求主管回电', summaryEdited: true };
    const next = mergeHandling(edited, handlingUpdate('1', { outcome: 'solved' }), T0 + 1);
    expect(next.outcome).toBe('solved');
    expect(next.summary).toBe('客户要求主管回电');
  });
});

describe('mergeRecords', () => {
  const a = { ...mergeHandling(undefined, handlingUpdate('1', { contactKeys: ['user:zendesk:42'] }), T0), note: 'call back', summary: 'edited', summaryEdited: true };
  const b = mergeHandling(undefined, handlingUpdate('1', { contactKeys: ['phone:+8613812345678'], outcome: 'solved' }), T0 + DAY_MS);

  it('takes the later copy, unites keys, keeps edits and notes from either side', () => {
    const m = mergeRecords(a, b);
    expect(m).toMatchObject({ outcome: 'solved', firstSeen: T0, lastSeen: T0 + DAY_MS, summary: 'edited', summaryEdited: true, note: 'call back' });
    expect(new Set(m.contactKeys)).toEqual(new Set(['user:zendesk:42', 'phone:+8613812345678']));
    expect(mergeRecords(b, a)).toEqual(m);
  });

  it('is idempotent', () => {
    const m = mergeRecords(a, b);
    expect(mergeRecords(m, b)).toEqual(m);
    expect(mergeRecords(m, m)).toEqual(m);
  });
});

describe('ticket sessions and the ticket\'s own dates', () => {
  it('counts a revisit once per session, however many updates each session sends', () => {
    let r = mergeHandling(undefined, handlingUpdate('1', { sessionId: 's1' }), T0);
    r = mergeHandling(r, handlingUpdate('1', { sessionId: 's1' }), T0 + 1);
    expect(r.visits).toBe(1);
    r = mergeHandling(r, handlingUpdate('1', { sessionId: 's2' }), T0 + DAY_MS);
    r = mergeHandling(r, handlingUpdate('1', { sessionId: 's2' }), T0 + DAY_MS + 5);
    expect(r.visits).toBe(2);
    expect(HandlingRecordSchema.parse(r)).toEqual(r);
  });

  it('treats a record stored before visits were counted as visited once already', () => {
    const legacy = mergeHandling(undefined, handlingUpdate('1'), T0);
    expect(legacy.visits).toBeUndefined();
    expect(mergeHandling(legacy, handlingUpdate('1', { sessionId: 'new' }), T0 + DAY_MS).visits).toBe(2);
  });

  it('widens the ticket dates and keeps the console name', () => {
    let r = mergeHandling(undefined, handlingUpdate('1', { consoleName: 'FreeScout', ticketCreatedAt: T0 - 5 * DAY_MS, ticketUpdatedAt: T0 - 4 * DAY_MS }), T0);
    r = mergeHandling(r, handlingUpdate('1', { ticketCreatedAt: T0 - 4 * DAY_MS, ticketUpdatedAt: T0 - DAY_MS }), T0 + 1);
    expect([r.consoleName, r.ticketCreatedAt, r.ticketUpdatedAt]).toEqual(['FreeScout', T0 - 5 * DAY_MS, T0 - DAY_MS]);
  });
});
