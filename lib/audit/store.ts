import type { DeskmateDb } from '../db/database';
import type { AuditEntry } from './types';

export async function recordAudit(db: DeskmateDb, entries: Array<Omit<AuditEntry, 'id'>>): Promise<number[]> {
  return db.transaction('rw', db.audit, async () => (await db.audit.bulkAdd(entries as AuditEntry[], { allKeys: true })) as number[]);
}

/** Newest first; filtered by time range and ticket. */
export async function listAudit(db: DeskmateDb, q: { from?: number; to?: number; ticketId?: string; limit: number }): Promise<AuditEntry[]> {
  const range = db.audit.where('time').between(q.from ?? 0, q.to ?? Number.MAX_SAFE_INTEGER, true, true);
  const filtered = q.ticketId ? range.filter((e) => e.ticketId === q.ticketId) : range;
  return filtered.reverse().limit(q.limit).toArray();
}

export async function purgeAuditOlderThan(db: DeskmateDb, days: number, now = Date.now()): Promise<number> {
  return db.audit.where('time').below(now - days * 86_400_000).delete();
}
