/**
 * Turning hashing mode on after records were stored raw: every raw contact
 * key at rest is replaced by its salted hash, so no raw phone or e-mail stays
 * in the database. Runs in batches (like retention) and is safe to repeat:
 * already hashed keys are left as they are.
 */
import type { DeskmateDb } from '../db/database';
import { hashContactKey, isHashedKey } from './contact-keys';
import { guardQuota } from './quota';
import type { HandlingRecord } from './types';

/** The record's keys hashed with `salt` (order kept, duplicates dropped). */
export async function hashRecordKeys(record: HandlingRecord, salt: string): Promise<HandlingRecord> {
  const hashed = await Promise.all(record.contactKeys.map((key) => hashContactKey(key, salt)));
  return { ...record, contactKeys: [...new Set(hashed)] };
}

/** Rehashes every stored record that still carries a raw key; returns how many changed. */
export async function hashStoredContactKeys(db: DeskmateDb, salt: string, opts: { batchSize?: number } = {}): Promise<number> {
  const batchSize = Math.max(1, opts.batchSize ?? 500);
  let changed = 0;
  let after: string | null = null;
  for (;;) {
    // Hash outside the transaction: crypto.subtle is async and would let an
    // IndexedDB transaction auto-commit mid-way.
    const page: HandlingRecord[] = await (after === null ? db.history.orderBy('id') : db.history.where('id').above(after)).limit(batchSize).toArray();
    if (page.length === 0) return changed;
    after = page[page.length - 1]!.id;
    const rawKeys = [...new Set(page.flatMap((r) => r.contactKeys.filter((k) => !isHashedKey(k))))];
    if (rawKeys.length === 0) continue;
    const hashOf = new Map(await Promise.all(rawKeys.map(async (k) => [k, await hashContactKey(k, salt)] as const)));
    changed += await guardQuota(() =>
      db.transaction('rw', db.history, async () => {
        // Re-read inside the transaction so an upsert that ran meanwhile is
        // kept; a raw key it added that was not hashed above waits for the next run.
        const current = await db.history.bulkGet(page.map((r) => r.id));
        const writes: HandlingRecord[] = [];
        for (const record of current) {
          if (!record || !record.contactKeys.some((k) => hashOf.has(k))) continue;
          writes.push({ ...record, contactKeys: [...new Set(record.contactKeys.map((k) => hashOf.get(k) ?? k))] });
        }
        await db.history.bulkPut(writes);
        return writes.length;
      }),
    );
  }
}
