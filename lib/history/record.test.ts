import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DeskmateDb } from '../db/database';
import { editRecord, recordHandling } from './record';
import { handlingUpdate, T0, withTestDb } from './test-support';

describe('recordHandling', () => {
  it('upserts per ticket: the same update twice leaves one identical record', () =>
    withTestDb(async (db) => {
      const first = await recordHandling(db, handlingUpdate('1'), T0);
      const second = await recordHandling(db, handlingUpdate('1'), T0);
      expect(await db.history.count()).toBe(1);
      expect(second).toEqual(first);
      expect(await db.history.get('zendesk:1')).toEqual(first);
    }));

  it('keeps one record per ticket through opening, replying, status change and leaving', () =>
    withTestDb(async (db) => {
      await recordHandling(db, handlingUpdate('1', { outcome: 'open', contactKeys: ['user:zendesk:42'] }), T0);
      await recordHandling(db, handlingUpdate('1', { facts: { orderIds: ['1234'] } }), T0 + 60_000);
      await recordHandling(db, handlingUpdate('1', { outcome: 'pending', facts: { detail: '超过退货时效，已提交特殊申请' } }), T0 + 120_000);
      await recordHandling(db, handlingUpdate('1', { contactKeys: ['email:wang@example.com'] }), T0 + 180_000);
      const all = await db.history.toArray();
      expect(all).toHaveLength(1);
      expect(all[0]).toMatchObject({ firstSeen: T0, lastSeen: T0 + 180_000, outcome: 'pending' });
      expect(all[0]!.contactKeys).toEqual(['user:zendesk:42', 'phone:+8613812345678', 'email:wang@example.com']);
      expect(all[0]!.summary).toBe('退货咨询 · 订单 1234 · 超过退货时效，已提交特殊申请 · 王敏');
    }));

  it('loses nothing when many writers upsert the same ticket at once', () =>
    withTestDb(async (db) => {
      const writers = Array.from({ length: 20 }, (_, i) =>
        recordHandling(db, handlingUpdate('1', { contactKeys: [`email:w${i}@example.com`], facts: { orderIds: [String(i)] } }), T0 + i),
      );
      await Promise.all(writers);
      const [record] = await db.history.toArray();
      expect(await db.history.count()).toBe(1);
      expect(record!.contactKeys).toHaveLength(20);
      expect(record!.facts.orderIds).toHaveLength(20);
      expect(record!.lastSeen).toBe(T0 + 19);
    }));

  it('loses nothing when two connections (two tabs) write the same ticket at once', () =>
    withTestDb(async (db, name) => {
      const other = new DeskmateDb(name);
      try {
        await Promise.all([
          recordHandling(db, handlingUpdate('1', { contactKeys: ['email:a@example.com'] }), T0),
          recordHandling(other, handlingUpdate('1', { contactKeys: ['phone:+12125550101'] }), T0 + 1),
          recordHandling(db, handlingUpdate('1', { contactKeys: ['user:zendesk:7'] }), T0 + 2),
        ]);
      } finally {
        other.close();
      }
      const all = await db.history.toArray();
      expect(all).toHaveLength(1);
      expect(new Set(all[0]!.contactKeys)).toEqual(new Set(['email:a@example.com', 'phone:+12125550101', 'user:zendesk:7']));
    }));

  it('leaves the previous record intact when the writer dies mid-transaction', () =>
    withTestDb(async (db) => {
      const before = await recordHandling(db, handlingUpdate('1'), T0);
      const dying = db.transaction('rw', db.history, async () => {
        await recordHandling(db, handlingUpdate('1', { outcome: 'solved', contactKeys: ['email:x@example.com'] }), T0 + 1);
        await recordHandling(db, handlingUpdate('2'), T0 + 1);
        throw new Error('service worker terminated');
      });
      await expect(dying).rejects.toThrow('service worker terminated');
      expect(await db.history.toArray()).toEqual([before]);
    }));

  it('rejects a malformed update before touching the store', () =>
    withTestDb(async (db) => {
      await expect(recordHandling(db, handlingUpdate('1', { contactKeys: ['13812345678'] }), T0)).rejects.toThrow(/contact key/);
      expect(await db.history.count()).toBe(0);
    }));
});

describe('editRecord', () => {
  it('marks an edited summary so automatic updates keep it', () =>
    withTestDb(async (db) => {
      await recordHandling(db, handlingUpdate('1'), T0);
      const edited = await editRecord(db, 'zendesk:1', { summary: '特殊申请通过 · 退款入口已关闭，待客户提供收款账号', note: '主管已批准' });
      expect(edited).toMatchObject({ summaryEdited: true, note: '主管已批准' });
      const after = await recordHandling(db, handlingUpdate('1', { outcome: 'solved' }), T0 + 1);
      expect(after.summary).toBe('特殊申请通过 · 退款入口已关闭，待客户提供收款账号');
      expect(after.note).toBe('主管已批准');
      expect(after.outcome).toBe('solved');
    }));

  it('keeps an edited outcome through repeated status reports, until the status really changes', () =>
    withTestDb(async (db) => {
      await recordHandling(db, handlingUpdate('1', { outcome: 'pending' }), T0);
      await editRecord(db, 'zendesk:1', { outcome: 'refunded' });
      const again = await recordHandling(db, handlingUpdate('1', { outcome: 'pending' }), T0 + 1);
      expect([again.outcome, again.autoOutcome]).toEqual(['refunded', 'pending']);
      const changed = await recordHandling(db, handlingUpdate('1', { outcome: 'solved' }), T0 + 2);
      expect([changed.outcome, changed.autoOutcome]).toEqual(['solved', 'solved']);
    }));

  it('regenerates an unedited summary when the outcome changes', () =>
    withTestDb(async (db) => {
      await recordHandling(db, handlingUpdate('1', { lang: 'en', category: 'refund', customerName: null, facts: { orderIds: ['1234'] } }), T0);
      const edited = await editRecord(db, 'zendesk:1', { outcome: 'refunded' });
      expect(edited?.summary).toBe('Refund request · order 1234 · refunded');
      expect(edited?.summaryEdited).toBe(false);
      expect(edited?.lastSeen).toBe(T0);
    }));

  it('returns null for a record that no longer exists and rejects an empty summary', () =>
    withTestDb(async (db) => {
      expect(await editRecord(db, 'zendesk:404', { note: 'x' })).toBeNull();
      await recordHandling(db, handlingUpdate('1'), T0);
      await expect(editRecord(db, 'zendesk:1', { summary: '   ' })).rejects.toThrow();
    }));
});
