import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DeskmateDb } from '../db/database';
import { contactKeysFor, isHashedKey, lookupKeysFor } from './contact-keys';
import { hashStoredContactKeys } from './hashing';
import { recordHandling } from './record';
import { getOrCreateSalt, HASH_SALT_META_KEY } from './salt';
import { handlingUpdate, T0, withTestDb } from './test-support';
import { timelineFor } from './timeline';
import { exportHistory } from './transfer';

const customer = { consoleId: 'zendesk', userId: '42', emails: ['Wang.Min@Example.com'], phones: ['138 1234 5678'] };
const RAW_FRAGMENTS = ['wang.min', 'example.com', '13812345678', '1234 5678'];

/** Everything stored in the history table, as one string. */
async function storedText(db: DeskmateDb): Promise<string> {
  return JSON.stringify(await db.history.toArray()).toLowerCase();
}

describe('getOrCreateSalt', () => {
  it('creates one salt per install and returns it afterwards, even to concurrent callers', () =>
    withTestDb(async (db) => {
      const salts = await Promise.all([getOrCreateSalt(db), getOrCreateSalt(db), getOrCreateSalt(db)]);
      expect(new Set(salts).size).toBe(1);
      expect(salts[0]).toMatch(/^[0-9a-f]{32}$/);
      expect(await getOrCreateSalt(db)).toBe(salts[0]);
      expect((await db.meta.get(HASH_SALT_META_KEY))?.value).toBe(salts[0]);
    }));

  it('differs between installs', () =>
    withTestDb((a) => withTestDb(async (b) => expect(await getOrCreateSalt(a)).not.toBe(await getOrCreateSalt(b)))));
});

describe('hashing mode', () => {
  it('lookupKeysFor finds records written before and after the setting changed', () =>
    withTestDb(async (db) => {
      const salt = await getOrCreateSalt(db);
      await recordHandling(db, handlingUpdate('raw', { contactKeys: await contactKeysFor(customer) }), T0);
      await recordHandling(db, handlingUpdate('hashed', { contactKeys: await contactKeysFor(customer, { hashSalt: salt }) }), T0 + 1);
      const keys = await lookupKeysFor({ consoleId: 'zendesk', phones: ['+86 138-1234-5678'] }, { salt });
      const { records } = await timelineFor(db, keys, { now: T0 });
      expect(records.map((r) => [r.ticketId, r.matchedBy])).toEqual([
        ['hashed', ['phone']],
        ['raw', ['phone']],
      ]);
      expect(await lookupKeysFor({ consoleId: 'zendesk', phones: ['13812345678'] })).toEqual(['phone:+8613812345678']);
    }));

  it('stores no raw phone or e-mail, and the customer is still found in another format', () =>
    withTestDb(async (db) => {
      const hashSalt = await getOrCreateSalt(db);
      const keys = await contactKeysFor(customer, { hashSalt });
      await recordHandling(db, handlingUpdate('1', { contactKeys: keys, customerName: null }), T0);

      const text = await storedText(db);
      for (const fragment of RAW_FRAGMENTS) expect(text).not.toContain(fragment);
      expect(JSON.stringify(await exportHistory(db))).not.toContain('13812345678');

      const returning = await contactKeysFor({ consoleId: 'zendesk', phones: ['+86-138-1234-5678'] }, { hashSalt });
      expect((await timelineFor(db, returning, { now: T0 })).records.map((r) => r.ticketId)).toEqual(['1']);
      const rawLookup = await contactKeysFor({ consoleId: 'zendesk', phones: ['13812345678'] });
      expect((await timelineFor(db, rawLookup, { now: T0 })).records).toEqual([]);
    }));

  it('hashStoredContactKeys converts records stored raw, in batches, and is safe to repeat', () =>
    withTestDb(async (db) => {
      for (let i = 0; i < 7; i++) await recordHandling(db, handlingUpdate(String(i), { contactKeys: await contactKeysFor(customer) }), T0 + i);
      expect(await storedText(db)).toContain('13812345678');

      const salt = await getOrCreateSalt(db);
      expect(await hashStoredContactKeys(db, salt, { batchSize: 3 })).toBe(7);
      const records = await db.history.toArray();
      expect(records.every((r) => r.contactKeys.length === 3 && r.contactKeys.every(isHashedKey))).toBe(true);
      for (const fragment of RAW_FRAGMENTS) expect(await storedText(db)).not.toContain(fragment);
      expect(await hashStoredContactKeys(db, salt)).toBe(0);

      const lookup = await contactKeysFor({ consoleId: 'zendesk', emails: ['wang.min@example.com'] }, { hashSalt: salt });
      expect((await timelineFor(db, lookup, { now: T0 })).records).toHaveLength(7);
    }));
});
