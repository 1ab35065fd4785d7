import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskmateDb } from '../db/database';
import { listAudit, purgeAuditOlderThan, recordAudit } from './store';

let db: DeskmateDb;
afterEach(async () => db?.delete());

const entry = (time: number, ticketId = '1') => ({ time, consoleId: 'zendesk', ticketId, action: 'field:priority', field: 'priority', oldValue: 'normal', newValue: 'urgent', outcome: 'ok' as const });

describe('audit store', () => {
  it('records entries and lists them newest first, filtered', async () => {
    db = new DeskmateDb(`audit-${Math.random()}`);
    await recordAudit(db, [entry(1000), entry(2000, '2'), entry(3000)]);
    expect((await listAudit(db, { limit: 10 })).map((e) => e.time)).toEqual([3000, 2000, 1000]);
    expect((await listAudit(db, { limit: 10, ticketId: '1' })).map((e) => e.time)).toEqual([3000, 1000]);
    expect((await listAudit(db, { limit: 10, from: 1500, to: 2500 })).map((e) => e.time)).toEqual([2000]);
    expect(await listAudit(db, { limit: 1 })).toHaveLength(1);
  });
  it('purges by retention', async () => {
    db = new DeskmateDb(`audit-${Math.random()}`);
    const now = 100 * 86_400_000;
    await recordAudit(db, [entry(now - 10 * 86_400_000), entry(now - 1000)]);
    expect(await purgeAuditOlderThan(db, 5, now)).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });
});
