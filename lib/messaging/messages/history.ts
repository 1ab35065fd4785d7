import { z } from 'zod';
import { defineMessage } from '../define';
import { HandlingRecordFields, HandlingUpdateSchema, HistoryExportSchema, TimelineSchema } from '../../history/schema';
import { RecordPatchSchema } from '../../history/record';

/**
 * Who the customer is, as the content script sees it. Contact keys are made
 * from this in the offscreen document, which alone knows the hashing setting
 * and the install's salt, so a content script never handles either.
 */
export const contactInputSchema = z.object({
  userId: z.string().max(200).nullable().optional(),
  emails: z.array(z.string().max(320)).max(20),
  phones: z.array(z.string().max(64)).max(20),
});

const importIssueSchema = z.object({ path: z.string(), message: z.string() });

/** history messages of the protocol (merged into protocol.ts). All answered where the database lives. */
export const historyMessages = {
  /** Upsert the active ticket's record (idempotent: one record per console:ticket). */
  'history.record': defineMessage(
    'offscreen',
    // writeId: the outbox's id for this write; a replay is answered from the first write.
    z.object({ update: HandlingUpdateSchema.omit({ contactKeys: true }), contact: contactInputSchema, writeId: z.string().min(1).max(80).optional() }),
    z.object({ record: HandlingRecordFields }),
  ),
  /** Past contacts of the customer, newest first, without the ticket on screen. */
  'history.timeline': defineMessage(
    'offscreen',
    z.object({
      consoleId: z.string().min(1).max(64),
      excludeTicketId: z.string().max(300).optional(),
      contact: contactInputSchema,
      windowDays: z.number().int().min(1).max(3650).default(30),
      limit: z.number().int().min(1).max(200).default(20),
    }),
    TimelineSchema,
  ),
  /** An agent's edit from the panel (summary, note, outcome); null when the record is gone. */
  'history.edit': defineMessage('offscreen', z.object({ id: z.string().min(1).max(300), patch: RecordPatchSchema }), z.object({ record: HandlingRecordFields.nullable() })),
  /** Retention: records and audit entries older than the setting (or the given days). */
  'history.purge': defineMessage(
    'offscreen',
    z.object({ retentionDays: z.number().int().min(1).max(3650).optional() }),
    z.object({ history: z.number(), audit: z.number(), retentionDays: z.number(), ms: z.number() }),
  ),
  'history.export': defineMessage('offscreen', z.object({}), HistoryExportSchema),
  /**
   * All-or-nothing import of an export file (already parsed). A rejected file
   * answers with its issues (record index and field path) rather than an
   * error string, so the options page can list them.
   */
  'history.import': defineMessage(
    'offscreen',
    z.object({ file: z.unknown() }),
    z.object({ result: z.object({ records: z.number(), added: z.number(), merged: z.number() }).nullable(), issues: z.array(importIssueSchema) }),
  ),
  'history.clear': defineMessage('offscreen', z.object({}), z.object({ cleared: z.number() })),
} as const;
