import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskmateDb } from '../db/database';
import { recordAudit } from '../audit/store';
import type { AuditEntry } from '../audit/types';
import { actionFamilies, auditToCsv, queryAudit } from './audit-query';

let db: DeskmateDb;
afterEach(async () => db?.delete());

const entry = (time: number, ticketId: string, action: string, newValue: string): Omit<AuditEntry, 'id'> => ({
  time, consoleId: 'zendesk', ticketId, action, field: action.split(':')[1] ?? '', oldValue: '', newValue, outcome: 'ok',
});

async function seeded() {
  db = new DeskmateDb(`audit-q-${Math.random()}`);
  await recordAudit(db, [
    entry(1000, '1001', 'field:priority', 'urgent'),
    entry(2000, '1001', 'reply:insert', 'Your parcel, "SF1234", ships today'),
    entry(3000, '1002', 'field:category', 'refund'),
    entry(4000, '1002', 'fieldset', 'x'),
  ]);
  return db;
}

describe('queryAudit', () => {
  it.each([
    [{}, [4000, 3000, 2000, 1000]],
    [{ from: 2000, to: 4000 }, [3000, 2000]],
    [{ ticketId: ' 1001 ' }, [2000, 1000]],
    [{ action: 'field' }, [3000, 1000]],
    [{ action: 'field:priority' }, [1000]],
    [{ text: 'sf1234' }, [2000]],
    [{ text: 'REFUND', ticketId: '1001' }, []],
  ])('filter %o gives %o, newest first', async (q, times) => {
    const page = await queryAudit(await seeded(), q);
    expect(page.entries.map((e) => e.time)).toEqual(times);
    expect(page.truncated).toBe(false);
  });
  it('says when the limit cut the list', async () => {
    const page = await queryAudit(await seeded(), { limit: 3 });
    expect(page.entries).toHaveLength(3);
    expect(page.truncated).toBe(true);
  });
  it('lists action families and exports CSV that parses back', async () => {
    const { entries } = await queryAudit(await seeded(), {});
    expect(actionFamilies(entries)).toEqual(['field', 'fieldset', 'reply']);
    const rows = Papa.parse<Record<string, string>>(auditToCsv(entries).slice(1), { header: true }).data;
    expect(Object.keys(rows[0]!)).toEqual(['time', 'console', 'ticket', 'action', 'field', 'old_value', 'new_value', 'outcome', 'detail']);
    expect(rows.find((r) => r.action === 'reply:insert')).toMatchObject({ ticket: '1001', new_value: 'Your parcel, "SF1234", ships today', time: '1970-01-01T00:00:02.000Z' });
  });
});
