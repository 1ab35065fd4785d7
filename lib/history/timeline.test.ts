import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contactKeysFor } from './contact-keys';
import { recordHandling } from './record';
import { DAY_MS, handlingUpdate, T0, withTestDb } from './test-support';
import { TimelineSchema } from './schema';
import { timelineFor } from './timeline';
import type { HandlingUpdate } from './types';

const NOW = T0 + 40 * DAY_MS;

async function seed(db: Parameters<typeof recordHandling>[0], rows: [ticket: string, daysAgo: number, patch: Partial<HandlingUpdate>][]) {
  for (const [ticket, daysAgo, patch] of rows) await recordHandling(db, handlingUpdate(ticket, patch), NOW - daysAgo * DAY_MS);
}

afterEach(() => vi.restoreAllMocks());

describe('timelineFor', () => {
  it('finds the first ticket when the customer returns with the phone in another format', () =>
    withTestDb(async (db) => {
      const firstKeys = await contactKeysFor({ consoleId: 'zendesk', phones: ['138-1234-5678'] });
      await recordHandling(db, handlingUpdate('100', { contactKeys: firstKeys, outcome: 'pending' }), NOW - 2 * DAY_MS);
      const returning = await contactKeysFor({ consoleId: 'zendesk', userId: '999', phones: ['+86 138 1234 5678'] });
      const { records, contactsInWindow } = await timelineFor(db, returning, { now: NOW, excludeTicketId: '200' });
      expect(records.map((r) => r.ticketId)).toEqual(['100']);
      expect(records[0]!.unresolved).toBe(true);
      expect(records[0]!.matchedBy).toEqual(['phone']);
      expect(contactsInWindow).toBe(1);
      // What the offscreen document sends back passes the protocol's response schema.
      expect(TimelineSchema.parse({ records, contactsInWindow })).toEqual({ records, contactsInWindow });
    }));

  it('lists each ticket once, newest first, even when several keys match it', () =>
    withTestDb(async (db) => {
      await seed(db, [
        ['1', 10, { contactKeys: ['user:zendesk:42', 'email:wang@example.com'], outcome: 'solved' }],
        ['2', 3, { contactKeys: ['email:wang@example.com'], outcome: 'escalated' }],
        ['3', 5, { contactKeys: ['phone:+8613812345678'], outcome: 'refunded' }],
        ['4', 1, { contactKeys: ['user:zendesk:7'] }],
      ]);
      const { records } = await timelineFor(db, ['user:zendesk:42', 'email:wang@example.com', 'phone:+8613812345678'], { now: NOW });
      expect(records.map((r) => [r.ticketId, r.unresolved, r.matchedBy])).toEqual([
        ['2', true, ['email']],
        ['3', false, ['phone']],
        ['1', false, ['user', 'email']],
      ]);
    }));

  it('counts contacts in the window, excludes the ticket on screen, and limits the list but not the count', () =>
    withTestDb(async (db) => {
      await seed(db, [
        ['1', 45, {}],
        ['2', 29, {}],
        ['3', 20, {}],
        ['4', 2, {}],
        ['5', 0, {}],
      ]);
      const keys = ['user:zendesk:42'];
      const t = await timelineFor(db, keys, { now: NOW, excludeTicketId: 'zendesk:5', limit: 2 });
      expect(t.records.map((r) => r.ticketId)).toEqual(['4', '3']);
      expect(t.contactsInWindow).toBe(3);
      expect((await timelineFor(db, keys, { now: NOW, excludeTicketId: 'zendesk:5', windowDays: 7 })).contactsInWindow).toBe(1);
      expect((await timelineFor(db, keys, { now: NOW })).records).toHaveLength(5);
    }));

  it('does not let ticket 1 of one console hide ticket 1 of another, and dates rows by the ticket itself', () =>
    withTestDb(async (db) => {
      const keys = ['email:wang@example.com'];
      await recordHandling(db, { ...handlingUpdate('1', { contactKeys: keys }), consoleId: 'osticket', consoleName: 'osTicket', ticketCreatedAt: NOW - 9 * DAY_MS, ticketUpdatedAt: NOW - 8 * DAY_MS }, NOW - DAY_MS);
      await recordHandling(db, { ...handlingUpdate('7', { contactKeys: keys }), consoleId: 'freescout', consoleName: 'FreeScout', ticketUpdatedAt: NOW - 3 * DAY_MS }, NOW - 2 * DAY_MS);
      const t = await timelineFor(db, keys, { now: NOW, excludeTicketId: 'freescout:1' });
      // osTicket's ticket 1 stays; it is older by its own date although Deskmate saw it later.
      expect(t.records.map((r) => [r.id, r.consoleName])).toEqual([
        ['freescout:7', 'FreeScout'],
        ['osticket:1', 'osTicket'],
      ]);
      expect(t.records[1]!.ticketCreatedAt).toBe(NOW - 9 * DAY_MS);
      expect(TimelineSchema.parse(t)).toEqual(t);
    }));

  it('reads only through the contactKeys index, never scanning the store', () =>
    withTestDb(async (db) => {
      await seed(db, [['1', 1, {}], ['2', 2, { contactKeys: ['user:zendesk:7'] }]]);
      const storeScans = [vi.spyOn(IDBObjectStore.prototype, 'getAll'), vi.spyOn(IDBObjectStore.prototype, 'openCursor')];
      const indexReads = vi.spyOn(IDBIndex.prototype, 'getAll');
      const { records } = await timelineFor(db, ['user:zendesk:42', 'phone:+8613812345678'], { now: NOW });
      expect(records).toHaveLength(1);
      for (const scan of storeScans) expect(scan).not.toHaveBeenCalled();
      expect(indexReads).toHaveBeenCalledTimes(2);
      expect(indexReads.mock.contexts.every((index) => (index as IDBIndex).name === 'contactKeys')).toBe(true);
    }));

  it('returns nothing for no keys or an unknown customer', () =>
    withTestDb(async (db) => {
      await seed(db, [['1', 1, {}]]);
      expect(await timelineFor(db, [], { now: NOW })).toEqual({ records: [], contactsInWindow: 0 });
      expect(await timelineFor(db, ['email:nobody@example.com'], { now: NOW })).toEqual({ records: [], contactsInWindow: 0 });
    }));
});
