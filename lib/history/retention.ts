/**
 * Retention: records whose latest contact is older than the policy's number
 * of days are deleted. The lead schedules this with chrome.alarms and on start.
 *
 * Deletion runs in bounded batches, each its own transaction, because one
 * transaction over a huge purge would hold the store (blocking the timeline
 * for the whole purge) and a killed worker would lose all progress; a batch
 * that is interrupted just leaves its records for the next run.
 */
import type { DeskmateDb } from '../db/database';
import { guardQuota } from './quota';

const DAY_MS = 86_400_000;

export interface PurgeOptions {
  /** Records deleted per transaction. @default 500 */
  batchSize?: number;
}

/** Deletes records last seen more than `days` days before `now`; returns how many were removed. */
export async function purgeOlderThan(db: DeskmateDb, days: number, now: number = Date.now(), opts: PurgeOptions = {}): Promise<number> {
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`retention days must be a non-negative number, got ${days}`);
  const cutoff = now - days * DAY_MS;
  const batchSize = Math.max(1, opts.batchSize ?? 500);
  let removed = 0;
  for (;;) {
    const count = await guardQuota(() =>
      db.transaction('rw', db.history, async () => {
        const ids = await db.history.where('lastSeen').below(cutoff).limit(batchSize).primaryKeys();
        await db.history.bulkDelete(ids);
        return ids.length;
      }),
    );
    removed += count;
    if (count < batchSize) return removed;
  }
}
