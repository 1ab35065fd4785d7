import { z } from 'zod';
import { defineMessage } from './define';
import { settingsSchema } from '../settings/schema';
import { classifyMessages } from './messages/classify';
import { historyMessages } from './messages/history';
import { knowledgeMessages } from './messages/knowledge';
import { lookupsMessages } from './messages/lookups';
import { reportsMessages } from './messages/reports';
import { pickerMessages } from './messages/picker';

/**
 * The whole message protocol between Deskmate's contexts, declared once.
 * name → (target context, request schema, response schema). Typed `send`
 * and `handleMessages` derive from this object; every receiver validates
 * the request against its schema before a handler sees it.
 *
 * Routing: content scripts, the popup and the options page always send to the
 * background service worker, which answers `background` messages itself and
 * relays `offscreen` messages to the offscreen document (creating it first).
 */
const empty = z.object({});
/** An outbox write's id (lib/messaging/outbox.ts): the same id twice is one write. */
export const writeIdSchema = z.string().min(1).max(80).optional();
const effectiveSettingsSchema = z.object({
  settings: settingsSchema,
  locked: z.array(z.string()),
  policy: z.record(z.string(), z.unknown()),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});

export const auditEntrySchema = z.object({
  id: z.number().optional(),
  time: z.number(),
  consoleId: z.string(),
  ticketId: z.string(),
  action: z.string(),
  field: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
  outcome: z.enum(['ok', 'undone', 'error']),
  detail: z.string().optional(),
});

export const protocol = {
  // ── background ─────────────────────────────────────────────
  'settings.get': defineMessage('background', empty, effectiveSettingsSchema),
  /** Leaf path → value; locked or invalid paths are refused whole, with the field named. */
  'settings.update': defineMessage('background', z.object({ changes: z.record(z.string(), z.unknown()) }), effectiveSettingsSchema),
  'settings.reset': defineMessage('background', z.object({ path: z.string() }), effectiveSettingsSchema),

  // ── offscreen (database, models) ───────────────────────────
  'db.stats': defineMessage(
    'offscreen',
    empty,
    z.object({ history: z.number(), articles: z.number(), audit: z.number(), unanswered: z.number(), persisted: z.boolean().nullable() }),
  ),
  /** `writeId`: set by the outbox (lib/messaging/outbox.ts); a replay with a stored id is answered without writing again. */
  'audit.record': defineMessage('offscreen', z.object({ entries: z.array(auditEntrySchema.omit({ id: true })), writeId: writeIdSchema }), z.object({ ids: z.array(z.number()) })),
  'audit.list': defineMessage(
    'offscreen',
    z.object({ from: z.number().optional(), to: z.number().optional(), ticketId: z.string().optional(), limit: z.number().int().positive().max(5000).default(200) }),
    z.object({ entries: z.array(auditEntrySchema) }),
  ),

  // ── content (asked by the popup and the options page) ──────
  'content.status': defineMessage(
    'content',
    empty,
    z.object({ consoleId: z.string().nullable(), consoleName: z.string().nullable(), ticketId: z.string().nullable(), messages: z.number(), paused: z.boolean() }),
  ),

  /** The options page's "test these selectors on the open tab". */
  'content.checkDefinition': defineMessage(
    'content',
    z.object({ definition: z.unknown() }),
    z.object({
      url: z.string(),
      urlMatches: z.boolean().nullable(),
      checks: z.array(z.object({ path: z.string(), selector: z.string(), found: z.number(), error: z.string().optional(), optional: z.boolean().optional() })),
      problems: z.array(z.string()),
      messages: z.number(),
    }),
  ),

  // ── capabilities, one file each under ./messages ───────────
  ...classifyMessages,
  ...historyMessages,
  ...knowledgeMessages,
  ...lookupsMessages,
  ...reportsMessages,
  ...pickerMessages,
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.input<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<Protocol[N]['response']>;
export type MessagesFor<C extends string> = { [N in MessageName]: Protocol[N]['target'] extends C ? N : never }[MessageName];
export type AuditEntryInput = z.input<typeof auditEntrySchema>;
