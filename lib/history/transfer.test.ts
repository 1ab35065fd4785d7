import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isHashedKey } from './contact-keys';
import { editRecord, recordHandling } from './record';
import { handlingUpdate, T0, withTestDb } from './test-support';
import { clearHistory, exportHistory, formatIssuePath, HistoryImportError, importHistory } from './transfer';
import type { HandlingRecord } from './types';

async function seeded<T>(body: Parameters<typeof withTestDb<T>>[0]): Promise<T> {
  return withTestDb(async (db, name) => {
    await recordHandling(db, handlingUpdate('1', { facts: { orderIds: ['1234'] } }), T0);
    await recordHandling(db, handlingUpdate('2', { lang: 'en', contactKeys: ['email:wang@example.com'], outcome: 'refunded' }), T0 + 1000);
    await editRecord(db, 'zendesk:2', { note: 'VIP' });
    return body(db, name);
  });
}

describe('export → import', () => {
  it('round-trips every record exactly into an empty store', () =>
    seeded(async (db) => {
      const file = JSON.parse(JSON.stringify(await exportHistory(db, T0)));
      expect(file).toMatchObject({ format: 'deskmate-history', version: 1, exportedAt: new Date(T0).toISOString() });
      const original = await db.history.toArray();
      await clearHistory(db);
      expect(await db.history.count()).toBe(0);
      expect(await importHistory(db, file)).toEqual({ records: 2, added: 2, merged: 0 });
      expect(await db.history.toArray()).toEqual(original);
    }));

  it('merges by id: importing twice, or over newer data, never duplicates or loses edits', () =>
    seeded(async (db) => {
      const file = await exportHistory(db);
      expect(await importHistory(db, file)).toEqual({ records: 2, added: 0, merged: 2 });
      await recordHandling(db, handlingUpdate('1', { outcome: 'solved', contactKeys: ['email:new@example.com'] }), T0 + 5000);
      await editRecord(db, 'zendesk:1', { summary: 'agent wrote this' });
      const current = await db.history.toArray();
      await importHistory(db, file);
      expect(await db.history.toArray()).toEqual(current);
    }));

  it('merges the overlap when a larger file is restored into a smaller store', () =>
    seeded(async (db) => {
      const file = await exportHistory(db);
      const extra = { ...file.records[0]!, id: 'zendesk:3', ticketId: '3' };
      await db.history.delete('zendesk:1');
      await editRecord(db, 'zendesk:2', { summary: 'kept edit' });
      expect(await importHistory(db, { ...file, records: [...file.records, extra] })).toEqual({ records: 3, added: 2, merged: 1 });
      expect((await db.history.get('zendesk:2'))?.summary).toBe('kept edit');
      expect(await db.history.count()).toBe(3);
    }));

  it('hashes raw keys on import when hashing mode is on', () =>
    seeded(async (db) => {
      const file = await exportHistory(db);
      await clearHistory(db);
      await importHistory(db, file, { hashSalt: 'an-install-salt-0000' });
      const stored = await db.history.toArray();
      expect(stored.flatMap((r) => r.contactKeys).every(isHashedKey)).toBe(true);
    }));
});

describe('import validation', () => {
  const good = (): Promise<{ records: HandlingRecord[] } & Record<string, unknown>> => withTestDb(async (db) => {
    await recordHandling(db, handlingUpdate('1'), T0);
    await recordHandling(db, handlingUpdate('2'), T0);
    return exportHistory(db);
  });

  type Case = [name: string, mutate: (file: any) => unknown, expectedPath: string, message: RegExp];
  const cases: Case[] = [
    ['not an object', () => 'hello', '', /expected object/i],
    ['another format', (f) => ({ ...f, format: 'zendesk-export' }), 'format', /deskmate-history/],
    ['a future version', (f) => ({ ...f, version: 2 }), 'version', /1/],
    ['records missing', (f) => ({ ...f, records: undefined }), 'records', /array/],
    ['a record without contactKeys', (f) => { delete f.records[1].contactKeys; return f; }, 'records[1].contactKeys', /array/],
    ['a raw phone as a key', (f) => { f.records[1].contactKeys = ['13812345678']; return f; }, 'records[1].contactKeys[0]', /contact key/],
    ['an unknown outcome', (f) => { f.records[0].outcome = 'closed'; return f; }, 'records[0].outcome', /open/],
    ['an id that is not console:ticket', (f) => { f.records[1].id = 'zendesk:999'; return f; }, 'records[1].id', /consoleId:ticketId/],
    ['lastSeen as a date string', (f) => { f.records[0].lastSeen = '2026-11-03'; return f; }, 'records[0].lastSeen', /number/],
    ['firstSeen after lastSeen', (f) => { f.records[0].firstSeen = f.records[0].lastSeen + 1; return f; }, 'records[0].firstSeen', /after lastSeen/],
    ['an oversized note', (f) => { f.records[1].note = 'x'.repeat(5000); return f; }, 'records[1].note', /4000/],
  ];

  it.each(cases)('rejects %s, naming %s, and writes nothing', async (_name, mutate, expectedPath, message) => {
    const file = mutate(structuredClone(await good()));
    await withTestDb(async (db) => {
      await recordHandling(db, handlingUpdate('keep'), T0);
      const before = await db.history.toArray();
      const error = await importHistory(db, file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HistoryImportError);
      const issue = (error as HistoryImportError).issues.find((i) => i.path === expectedPath);
      expect(issue, JSON.stringify((error as HistoryImportError).issues)).toBeDefined();
      expect(issue!.message).toMatch(message);
      expect((error as Error).message).toContain('nothing was imported');
      expect(await db.history.toArray()).toEqual(before);
    });
  });

  it('is all-or-nothing: one bad record among many good ones imports none', async () => {
    const file = structuredClone(await good());
    file.records.push({ ...file.records[0]!, id: 'zendesk:3', ticketId: '3', sentiment: { negativeShare: 2, abusiveCount: 0, messages: 1 } });
    await withTestDb(async (db) => {
      const error = await importHistory(db, file).catch((e: unknown) => e);
      expect((error as HistoryImportError).issues).toEqual([{ path: 'records[2].sentiment.negativeShare', message: expect.stringMatching(/1/) }]);
      expect(await db.history.count()).toBe(0);
    });
  });
});

describe('formatIssuePath', () => {
  it.each([
    [[], ''],
    [['records', 12, 'contactKeys', 0], 'records[12].contactKeys[0]'],
    [['format'], 'format'],
  ] as [PropertyKey[], string][])('%j → %s', (path, expected) => expect(formatIssuePath(path)).toBe(expected));
});
