/**
 * Writes to the history store. Each write is one Dexie rw transaction over
 * `history`: IndexedDB serialises overlapping rw transactions on a store, so
 * two tabs upserting the same ticket read-merge-write one after the other and
 * nothing is lost; a writer killed mid-transaction (service worker or
 * offscreen document torn down) aborts it and leaves the previous record.
 */
import { z } from 'zod';
import type { DeskmateDb } from '../db/database';
import { mergeHandling, recordIdFor } from './merge';
import { summaryForRecord } from './summary';
import { guardQuota } from './quota';
import { HandlingUpdateSchema, OutcomeSchema } from './schema';
import type { HandlingRecord, HandlingUpdate } from './types';

/**
 * Upserts the ticket's record from an automatic observation. Idempotent: the
 * same update twice leaves one unchanged record. Throws StorageQuotaError
 * when the browser refuses the write, and a zod error for a malformed update
 * (updates arrive by message from content scripts and are checked here too).
 */
export async function recordHandling(db: DeskmateDb, update: HandlingUpdate, now: number = Date.now()): Promise<HandlingRecord> {
  const valid = HandlingUpdateSchema.parse(update);
  const id = recordIdFor(valid.consoleId, valid.ticketId);
  return guardQuota(() =>
    db.transaction('rw', db.history, async () => {
      const existing = await db.history.get(id);
      const merged = mergeHandling(existing, valid, now);
      await db.history.put(merged);
      return merged;
    }),
  );
}

export const RecordPatchSchema = z
  .object({
    summary: z.string().trim().min(1).max(500),
    note: z.string().max(4000),
    outcome: OutcomeSchema,
  })
  .partial();

export type RecordPatch = z.infer<typeof RecordPatchSchema>;

/**
 * Applies an agent's edit from the panel. An edited summary is marked so
 * automatic updates never overwrite it; an edited outcome holds until the
 * console reports a new status, and regenerates an unedited summary.
 * Returns the new record, or null when the record no longer exists (purged
 * or cleared meanwhile).
 */
export async function editRecord(db: DeskmateDb, id: string, patch: RecordPatch): Promise<HandlingRecord | null> {
  const valid = RecordPatchSchema.parse(patch);
  return guardQuota(() =>
    db.transaction('rw', db.history, async () => {
      const existing = await db.history.get(id);
      if (!existing) return null;
      const next: HandlingRecord = { ...existing };
      if (valid.note !== undefined) next.note = valid.note;
      // autoOutcome stays: it is what the console reported, not what the agent decided.
      if (valid.outcome !== undefined) next.outcome = valid.outcome;
      if (valid.summary !== undefined) {
        next.summary = valid.summary;
        next.summaryEdited = true;
      } else if (!next.summaryEdited) next.summary = summaryForRecord(next);
      await db.history.put(next);
      return next;
    }),
  );
}
