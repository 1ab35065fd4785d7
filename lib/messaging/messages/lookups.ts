import { z } from 'zod';
import { defineMessage } from '../define';
import { TRIGGER_FIELDS } from '../../lookups/schema';

/**
 * Order/logistics lookups (issue 8). Lookups run in the background service
 * worker, which holds the host permissions and the agent's cookies for the
 * company systems; the content script only names a connector id and a value,
 * so a page can never make Deskmate send a request of its own design.
 */
const lang = z.enum(['en', 'zh']);
const ERROR_KINDS = ['auth', 'not-found', 'timeout', 'http', 'network', 'mapping', 'permission', 'invalid-value'] as const;
const MESSAGE_KEYS = ERROR_KINDS.map((k) => `lookup.error.${k}` as const);
const mappedFieldSchema = z.object({ label: z.string(), labelZh: z.string().optional(), value: z.string() });

const resultBase = {
  connectorId: z.string(),
  field: z.enum(TRIGGER_FIELDS),
  value: z.string(),
  attempts: z.number(),
  fetchedAt: z.number(),
  durationMs: z.number(),
  raw: z.string().optional(),
};

/** Mirrors `LookupResult` from lib/lookups (failures carry a message key + params for the agent's language). */
export const lookupResultSchema = z.discriminatedUnion('status', [
  z.object({ ...resultBase, status: z.literal('ok'), fields: z.array(mappedFieldSchema), items: z.array(z.array(mappedFieldSchema)) }),
  z.object({
    ...resultBase,
    status: z.literal('error'),
    kind: z.enum(ERROR_KINDS),
    message: z.string(),
    messageKey: z.enum(MESSAGE_KEYS),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    httpStatus: z.number().optional(),
    pointer: z.string().optional(),
  }),
]);
export type LookupResultMessage = z.infer<typeof lookupResultSchema>;

const issueSchema = z.object({ path: z.string(), message: z.string() });
const fieldPreviewSchema = z.object({ label: z.string(), pointer: z.string(), value: z.string().optional(), error: z.string().optional() });
export const mappingPreviewSchema = z.union([
  z.object({
    fields: z.array(fieldPreviewSchema),
    list: z.object({ pointer: z.string(), count: z.number().optional(), error: z.string().optional() }).optional(),
    listFields: z.array(fieldPreviewSchema),
  }),
  z.object({ error: z.string() }),
]);

export const lookupsMessages = {
  /** Run one configured connector for one value (cached ~60 s unless `refresh`); audited in the background. */
  'lookups.run': defineMessage(
    'background',
    z.object({
      connectorId: z.string().min(1).max(64),
      value: z.string().min(1).max(200),
      refresh: z.boolean().default(false),
      lang: lang.default('en'),
      consoleId: z.string().max(100),
      ticketId: z.string().max(100),
    }),
    lookupResultSchema,
  ),
  /**
   * Options page only: validate a connector definition and run it once against
   * a sample value, uncached and unaudited, returning the raw response text and
   * a field-by-field mapping report.
   */
  'lookups.test': defineMessage(
    'background',
    z.object({ connector: z.unknown(), value: z.string().min(1).max(200), lang: lang.default('en') }),
    z.object({
      issues: z.array(issueSchema),
      result: lookupResultSchema.nullable(),
      raw: z.string().nullable(),
      preview: mappingPreviewSchema.nullable(),
    }),
  ),
  /** Which of these origin patterns (`http://host:port/*`) the extension may contact now. */
  'lookups.permission': defineMessage(
    'background',
    z.object({ origins: z.array(z.string().max(300)).max(100) }),
    z.object({ granted: z.record(z.string(), z.boolean()) }),
  ),
  /** Background → the tab that asked: a lookup is being retried ("still trying, attempt n"). */
  'lookups.progress': defineMessage(
    'content',
    z.object({ connectorId: z.string(), value: z.string(), attempt: z.number().int().positive(), delayMs: z.number() }),
    z.object({}),
  ),
} as const;
