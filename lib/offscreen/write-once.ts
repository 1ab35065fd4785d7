import type { Table } from 'dexie';
import type { DeskmateDb } from '../db/database';

/**
 * Idempotent writes for the content side's outbox (lib/messaging/outbox.ts).
 *
 * The outbox resends a write until the database acknowledges it, and an
 * acknowledgement can be lost after the write committed (the service worker or
 * this document stopped between commit and reply). So each write carries a
 * write id; the id is stored in `meta` in the same transaction as the write,
 * and a replay answers the stored response without writing again.
 */
const PREFIX = 'write:';
/** Ids older than this are forgotten; an outbox entry is retried for far less time than this. */
export const WRITE_ID_TTL_MS = 7 * 86_400_000;

interface AppliedWrite<T> {
  at: number;
  response: T;
}

export async function applyOnce<T>(db: DeskmateDb, writeId: string | undefined, tables: Table[], write: () => Promise<T>, now = Date.now()): Promise<T> {
  if (!writeId) return write();
  const key = PREFIX + writeId;
  return db.transaction('rw', [db.meta, ...tables], async () => {
    const done = await db.meta.get(key);
    if (done) return (done.value as AppliedWrite<T>).response;
    const response = await write();
    await db.meta.put({ key, value: { at: now, response } satisfies AppliedWrite<T> });
    return response;
  });
}

/** Forgets write ids past their TTL (run when the document starts). */
export async function pruneWriteIds(db: DeskmateDb, now = Date.now()): Promise<number> {
  const stale = await db.meta
    .where('key')
    .startsWith(PREFIX)
    .filter((m) => ((m.value as AppliedWrite<unknown> | undefined)?.at ?? 0) < now - WRITE_ID_TTL_MS)
    .primaryKeys();
  await db.meta.bulkDelete(stale);
  return stale.length;
}
