import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { recordHandling } from './record';
import { purgeOlderThan } from './retention';
import { DAY_MS, handlingUpdate, T0, withTestDb } from './test-support';

describe('purgeOlderThan', () => {
  it('removes records last seen before the cutoff and keeps the rest', () =>
    withTestDb(async (db) => {
      const now = T0 + 100 * DAY_MS;
      for (const [ticket, daysAgo] of [['old', 91], ['edge', 90], ['recent', 10]] as const) {
        await recordHandling(db, handlingUpdate(ticket), now - daysAgo * DAY_MS);
      }
      expect(await purgeOlderThan(db, 90, now)).toBe(1);
      expect((await db.history.toArray()).map((r) => r.ticketId).sort()).toEqual(['edge', 'recent']);
      expect(await purgeOlderThan(db, 90, now)).toBe(0);
    }));

  it('judges by the latest contact, not the first', () =>
    withTestDb(async (db) => {
      const now = T0 + 100 * DAY_MS;
      await recordHandling(db, handlingUpdate('1'), now - 95 * DAY_MS);
      await recordHandling(db, handlingUpdate('1'), now - 5 * DAY_MS);
      expect(await purgeOlderThan(db, 30, now)).toBe(0);
    }));

  it('purges in bounded batches until everything old is gone', () =>
    withTestDb(async (db) => {
      const now = T0 + 100 * DAY_MS;
      for (let i = 0; i < 23; i++) await recordHandling(db, handlingUpdate(`old${i}`), now - (40 + i) * DAY_MS);
      await recordHandling(db, handlingUpdate('new'), now);
      expect(await purgeOlderThan(db, 30, now, { batchSize: 5 })).toBe(23);
      expect(await db.history.count()).toBe(1);
    }));

  it('rejects a nonsensical retention', () =>
    withTestDb(async (db) => {
      await expect(purgeOlderThan(db, -1, T0)).rejects.toThrow(RangeError);
      await expect(purgeOlderThan(db, Number.NaN, T0)).rejects.toThrow(RangeError);
    }));
});
