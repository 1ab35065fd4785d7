import { describe, expect, it } from 'vitest';
import { withTestDb, DAY_MS } from '../history/test-support';
import { dispatch, type Handlers } from '../messaging/server';
import type { Envelope, Reply } from '../messaging/envelope';
import { computeEffectiveSettings, type EffectiveSettings } from '../settings/effective';
import type { ResponseOf } from '../messaging/protocol';
import { historyHandlers } from './history-handlers';

const settingsWith = (history: Record<string, unknown>): EffectiveSettings => computeEffectiveSettings({ history }, {});

/** Runs a request through the same validation and dispatch the offscreen document uses. */
async function call<N extends 'history.record' | 'history.timeline' | 'history.edit' | 'history.purge' | 'history.export' | 'history.import' | 'history.clear'>(
  handlers: Handlers<'offscreen'>,
  name: N,
  payload: unknown,
): Promise<ResponseOf<N>> {
  const env: Envelope = { deskmate: 1, to: 'offscreen', name, payload };
  const reply = (await dispatch('offscreen', handlers, {}, env, {})) as Reply<ResponseOf<N>>;
  if (!reply.ok) throw Object.assign(new Error(reply.error), { code: reply.code });
  return reply.value;
}

const work = (ticketId: string, phones: string[], status: 'open' | 'solved' = 'open') => ({
  update: { consoleId: 'zendesk', ticketId, ticketUrl: `http://127.0.0.1/agent/tickets/${ticketId}`, outcome: status, lang: 'zh', category: 'logistics' },
  contact: { userId: `9000${ticketId.slice(-1)}`, emails: [], phones },
});

describe('history offscreen handlers', () => {
  it('records one record per ticket and finds it from another ticket by phone in another format', () =>
    withTestDb(async (db) => {
      const h = historyHandlers(db, async () => settingsWith({}));
      await call(h, 'history.record', work('1001', ['138-1234-5678']));
      await call(h, 'history.record', work('1001', ['138-1234-5678'], 'solved'));
      expect(await db.history.count()).toBe(1);
      const timeline = await call(h, 'history.timeline', { consoleId: 'zendesk', excludeTicketId: '1003', contact: { userId: '90003', emails: [], phones: ['+86 138 1234 5678'] } });
      expect(timeline.records.map((r) => [r.ticketId, r.outcome, r.matchedBy])).toEqual([['1001', 'solved', ['phone']]]);
      expect(timeline.contactsInWindow).toBe(1);
      // the ticket on screen is never its own past contact
      expect((await call(h, 'history.timeline', { consoleId: 'zendesk', excludeTicketId: '1001', contact: { emails: [], phones: ['13812345678'] } })).records).toEqual([]);
    }));

  it('stores only hashes once hashing is on, rehashing what was stored raw, and still matches', () =>
    withTestDb(async (db) => {
      let hashing = false;
      const h = historyHandlers(db, async () => settingsWith({ hashContactKeys: hashing }));
      await call(h, 'history.record', work('1001', ['13812345678']));
      expect((await db.history.get('zendesk:1001'))!.contactKeys).toContain('phone:+8613812345678');
      hashing = true;
      await call(h, 'history.record', work('1002', ['138 1234 5678']));
      const stored = await db.history.toArray();
      expect(stored.flatMap((r) => r.contactKeys).every((k) => /^(user|email|phone)#[0-9a-f]{64}$/.test(k))).toBe(true);
      const timeline = await call(h, 'history.timeline', { consoleId: 'zendesk', excludeTicketId: '1003', contact: { emails: [], phones: ['+86 138-1234-5678'] } });
      expect(timeline.records.map((r) => r.ticketId).sort()).toEqual(['1001', '1002']);
    }));

  it('the scheduled purge also hashes raw keys once hashing was switched on without any new write', () =>
    withTestDb(async (db) => {
      let hashing = false;
      const h = historyHandlers(db, async () => settingsWith({ hashContactKeys: hashing }));
      await call(h, 'history.record', work('1001', ['13812345678']));
      hashing = true;
      await call(h, 'history.purge', {});
      expect((await db.history.get('zendesk:1001'))!.contactKeys.every((k) => k.includes('#'))).toBe(true);
    }));

  it('edits a record and reports a record that is gone', () =>
    withTestDb(async (db) => {
      const h = historyHandlers(db, async () => settingsWith({}));
      await call(h, 'history.record', work('1001', []));
      const { record } = await call(h, 'history.edit', { id: 'zendesk:1001', patch: { summary: '物流延误，已催促', note: '客户很着急' } });
      expect(record).toMatchObject({ summary: '物流延误，已催促', summaryEdited: true, note: '客户很着急' });
      expect((await call(h, 'history.edit', { id: 'zendesk:404', patch: { note: 'x' } })).record).toBeNull();
    }));

  it('purges records and audit entries older than the retention setting', () =>
    withTestDb(async (db) => {
      const h = historyHandlers(db, async () => settingsWith({ retentionDays: 30 }));
      await call(h, 'history.record', work('1001', []));
      await db.history.update('zendesk:1001', { firstSeen: Date.now() - 40 * DAY_MS, lastSeen: Date.now() - 40 * DAY_MS });
      await call(h, 'history.record', work('1002', []));
      await db.audit.bulkAdd([{ time: Date.now() - 40 * DAY_MS, consoleId: 'zendesk', ticketId: '1', action: 'a', field: 'f', oldValue: '', newValue: '', outcome: 'ok' }]);
      const purged = await call(h, 'history.purge', {});
      expect(purged).toMatchObject({ history: 1, audit: 1, retentionDays: 30 });
      expect(await db.history.toCollection().primaryKeys()).toEqual(['zendesk:1002']);
      // the background passes the days it read; that wins over the handler's own read
      expect((await call(h, 'history.purge', { retentionDays: 1 })).retentionDays).toBe(1);
    }));

  it('imports all or nothing and names the record and field of each problem', () =>
    withTestDb(async (db) => {
      const h = historyHandlers(db, async () => settingsWith({}));
      await call(h, 'history.record', work('1001', ['13812345678']));
      const file = await call(h, 'history.export', {});
      expect(file.records).toHaveLength(1);
      await call(h, 'history.clear', {});
      expect(await db.history.count()).toBe(0);
      const bad = { ...file, records: [...file.records, { ...file.records[0]!, id: 'zendesk:2', ticketId: '2', contactKeys: ['fax:1'] }] };
      const rejected = await call(h, 'history.import', { file: bad });
      expect(rejected.result).toBeNull();
      expect(rejected.issues.map((i) => i.path)).toEqual(['records[1].contactKeys[0]']);
      expect(await db.history.count()).toBe(0);
      const accepted = await call(h, 'history.import', { file });
      expect(accepted).toEqual({ result: { records: 1, added: 1, merged: 0 }, issues: [] });
    }));
});
