import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskmateDb } from '../db/database';
import type { HandlingRecord } from '../history/types';
import { buildReport, sentimentBucket } from './report';
import { rangeFromDates } from './range';
import { repeatContacts } from './repeat-contacts';

let db: DeskmateDb;
afterEach(async () => db?.delete());

const at = (day: number, hour = 10) => new Date(2026, 10, day, hour).getTime();

function record(ticketId: string, o: Partial<HandlingRecord> & { lastSeen: number }): HandlingRecord {
  return {
    id: `zendesk:${ticketId}`, consoleId: 'zendesk', ticketId, ticketUrl: `https://acme.zendesk.com/agent/tickets/${ticketId}`,
    contactKeys: [`user:zendesk:${ticketId}`], customerName: null, firstSeen: o.lastSeen - 3_600_000,
    category: 'logistics', priority: 'normal', lang: 'zh', sentiment: { negativeShare: 0, abusiveCount: 0, messages: 4 },
    outcome: 'solved', autoOutcome: null, facts: { orderIds: [], trackingNumbers: [], detail: null },
    summary: '', summaryEdited: false, note: '', agent: 'lily', ...o,
  };
}

describe('buildReport', () => {
  it('counts tickets, sentiment, abuse, escalations and categories per local day', async () => {
    db = new DeskmateDb(`reports-${Math.random()}`);
    await db.history.bulkAdd([
      record('1', { lastSeen: at(2, 0), sentiment: { negativeShare: 0.6, abusiveCount: 2, messages: 5 }, outcome: 'escalated' }),
      record('2', { lastSeen: at(2, 23), category: 'refund', sentiment: { negativeShare: 0.3, abusiveCount: 0, messages: 3 } }),
      record('3', { lastSeen: at(4), category: null, sentiment: { negativeShare: 0, abusiveCount: 0, messages: 0 } }),
      record('4', { lastSeen: at(6) }), // outside the range
    ]);
    const r = await buildReport(db, rangeFromDates('2026-11-02', '2026-11-05'));
    expect(r.days.map((d) => [d.day, d.tickets])).toEqual([['2026-11-02', 2], ['2026-11-03', 0], ['2026-11-04', 1], ['2026-11-05', 0]]);
    expect(r.days[0]).toMatchObject({ negative: 1, mixed: 1, calm: 0, abusiveMessages: 2, escalations: 1 });
    expect(r.days[2]).toMatchObject({ unknown: 1 });
    expect(r.totals).toEqual({ tickets: 3, abusiveMessages: 2, escalations: 1 });
    expect(r.categories).toEqual([{ category: 'logistics', tickets: 1 }, { category: 'refund', tickets: 1 }, { category: null, tickets: 1 }]);
  });

  it('computes the knowledge hit rate and ranks unanswered questions asked in range', async () => {
    db = new DeskmateDb(`reports-${Math.random()}`);
    await db.suggestionEvents.bulkAdd([
      { time: at(3), ticketId: '1', articleId: 'a', kind: 'shown' },
      { time: at(3), ticketId: '1', articleId: 'b', kind: 'shown' },
      { time: at(3), ticketId: '2', articleId: 'a', kind: 'shown' },
      { time: at(3), ticketId: '1', articleId: 'a', kind: 'inserted' },
      { time: at(3), ticketId: '2', articleId: 'a', kind: 'copied' },
      { time: at(9), ticketId: '3', articleId: 'a', kind: 'shown' },
    ]);
    await db.unanswered.bulkAdd([
      { key: 'a', text: '能开专票吗', count: 2, firstAskedAt: at(1), lastAskedAt: at(3), reason: 'no-match' },
      { key: 'b', text: 'can I pay by invoice', count: 5, firstAskedAt: at(1), lastAskedAt: at(4), reason: 'no-match' },
      { key: 'c', text: 'old question', count: 9, firstAskedAt: at(1), lastAskedAt: at(1), reason: 'all-not-useful' },
    ]);
    const r = await buildReport(db, rangeFromDates('2026-11-02', '2026-11-05'));
    expect(r.knowledge).toMatchObject({ shown: 3, used: 2 });
    expect(r.knowledge.hitRate).toBeCloseTo(2 / 3);
    expect(r.unanswered.map((u) => [u.text, u.count])).toEqual([['can I pay by invoice', 5], ['能开专票吗', 2]]);
    expect((await buildReport(db, rangeFromDates('2026-10-01', '2026-10-02'))).knowledge.hitRate).toBeNull();
  });
});

describe('repeatContacts', () => {
  it('joins tickets sharing any contact key, transitively, and keeps only customers with two or more', () => {
    const groups = repeatContacts([
      record('1001', { lastSeen: at(1), contactKeys: ['phone:+8613812345678', 'user:zendesk:1'], customerName: 'Wang Min' }),
      record('1003', { lastSeen: at(3), contactKeys: ['phone:+8613812345678', 'email:w@x.cn'], customerName: '王' }),
      record('1009', { lastSeen: at(2), contactKeys: ['email:w@x.cn'] }),
      record('1002', { lastSeen: at(2), contactKeys: ['email:sarah@example.com'], customerName: 'Sarah Connor' }),
    ]);
    expect(groups).toEqual([{ customer: '王', tickets: 3, ticketIds: ['1003', '1009', '1001'], lastSeen: at(3) }]);
  });
  it.each([
    [{ negativeShare: 0, abusiveCount: 0, messages: 0 }, 'unknown'],
    [{ negativeShare: 0.1, abusiveCount: 0, messages: 5 }, 'calm'],
    [{ negativeShare: 0.2, abusiveCount: 0, messages: 5 }, 'mixed'],
    [{ negativeShare: 0.5, abusiveCount: 1, messages: 5 }, 'negative'],
  ] as const)('sentiment %o is %s', (s, bucket) => expect(sentimentBucket(s)).toBe(bucket));
});
