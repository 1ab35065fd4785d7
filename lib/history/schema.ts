/**
 * zod schemas for everything that crosses a trust boundary into the history
 * store: imported files and updates arriving by message from content scripts.
 * Length caps keep one bad or hostile input from filling the quota.
 */
import { z } from 'zod';
import type { Timeline } from './timeline';
import { HANDLING_OUTCOMES, HISTORY_LIMITS, type HandlingRecord, type HandlingUpdate } from './types';

const text = (max: number) => z.string().max(max);
const epochMs = z.number().int().nonnegative();

export const OutcomeSchema = z.enum(HANDLING_OUTCOMES);
export const LangSchema = z.enum(['zh', 'en']);

/** "email:…", "phone:+…", "user:<console>:<id>", or a hashed "<kind>#<64 hex>". */
export const ContactKeySchema = z
  .string()
  .max(400)
  .regex(/^(?:(?:email|phone|user):.+|(?:email|phone|user)#[0-9a-f]{64})$/, 'not a contact key (email:…, phone:…, user:…, or a hashed key)');

export const SentimentSchema = z.object({
  negativeShare: z.number().min(0).max(1),
  abusiveCount: z.number().int().nonnegative(),
  messages: z.number().int().nonnegative(),
});

export const FactsSchema = z.object({
  orderIds: z.array(text(64)).max(HISTORY_LIMITS.factIds),
  trackingNumbers: z.array(text(64)).max(HISTORY_LIMITS.factIds),
  detail: text(200).nullable(),
});

/** The record's fields, unrefined (so message schemas can extend it). */
export const HandlingRecordFields = z.object({
  id: text(300).min(1),
  consoleId: text(64).min(1),
  ticketId: text(200).min(1),
  ticketUrl: text(2048),
  contactKeys: z.array(ContactKeySchema).max(HISTORY_LIMITS.contactKeys),
  customerName: text(200).nullable(),
  firstSeen: epochMs,
  lastSeen: epochMs,
  category: text(64).nullable(),
  priority: text(32).nullable(),
  lang: LangSchema,
  sentiment: SentimentSchema,
  outcome: OutcomeSchema,
  autoOutcome: OutcomeSchema.nullable(),
  facts: FactsSchema,
  summary: text(500),
  summaryEdited: z.boolean(),
  note: text(4000),
  agent: text(200),
  consoleName: text(200).optional(),
  ticketCreatedAt: epochMs.nullable().optional(),
  ticketUpdatedAt: epochMs.nullable().optional(),
  visits: z.number().int().nonnegative().optional(),
  sessionIds: z.array(text(64)).max(HISTORY_LIMITS.sessionIds).optional(),
});

export const HandlingRecordSchema = HandlingRecordFields.superRefine((r, ctx) => {
  // The id is the upsert key; a mismatch would let one ticket exist twice.
  if (r.id !== `${r.consoleId}:${r.ticketId}`) ctx.addIssue({ code: 'custom', path: ['id'], message: `must be "${r.consoleId}:${r.ticketId}" (consoleId:ticketId)` });
  if (r.firstSeen > r.lastSeen) ctx.addIssue({ code: 'custom', path: ['firstSeen'], message: 'is after lastSeen' });
});

/** Response shape of a timeline lookup, for the message protocol. */
export const TimelineSchema = z.object({
  records: z.array(HandlingRecordFields.extend({ unresolved: z.boolean(), matchedBy: z.array(z.enum(['user', 'email', 'phone'])) })),
  contactsInWindow: z.number().int().nonnegative(),
});

export const HandlingUpdateSchema = z.object({
  consoleId: text(64).min(1),
  ticketId: text(200).min(1),
  ticketUrl: text(2048),
  contactKeys: z.array(ContactKeySchema).max(HISTORY_LIMITS.contactKeys),
  customerName: text(200).nullable().optional(),
  category: text(64).nullable().optional(),
  priority: text(32).nullable().optional(),
  lang: LangSchema.optional(),
  sentiment: SentimentSchema.optional(),
  outcome: OutcomeSchema.optional(),
  agent: text(200).optional(),
  facts: FactsSchema.partial().optional(),
  consoleName: text(200).optional(),
  ticketCreatedAt: epochMs.nullable().optional(),
  ticketUpdatedAt: epochMs.nullable().optional(),
  sessionId: text(64).optional(),
});

export const HISTORY_EXPORT_FORMAT = 'deskmate-history';
export const HISTORY_EXPORT_VERSION = 1;

export const HistoryExportSchema = z.object({
  format: z.literal(HISTORY_EXPORT_FORMAT),
  version: z.literal(HISTORY_EXPORT_VERSION),
  exportedAt: z.string(),
  records: z.array(HandlingRecordSchema),
});

export type HistoryExport = z.infer<typeof HistoryExportSchema>;

// Compile-time guard: the schemas produce exactly the hand-written types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const recordShapeMatches: Same<z.infer<typeof HandlingRecordSchema>, HandlingRecord> = true;
const timelineShapeMatches: Same<z.infer<typeof TimelineSchema>, Timeline> = true;
const updateShapeMatches: Same<z.infer<typeof HandlingUpdateSchema>, HandlingUpdate> = true;
void recordShapeMatches;
void updateShapeMatches;
void timelineShapeMatches;
