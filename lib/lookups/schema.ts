/**
 * Lookup connector definitions: data written by an administrator (policy) or a
 * manager (options page), never code. Objects are strict so that a typo such as
 * `pointr` is reported instead of silently ignored.
 */
import { z } from 'zod';
import { checkBody, checkHeaders, checkMapping, checkPattern, checkReplyTemplate, checkUrl } from './definition-rules';

export const TRIGGER_FIELDS = ['order_id', 'tracking_number', 'phone', 'email', 'pattern'] as const;
export type TriggerField = (typeof TRIGGER_FIELDS)[number];

const pointer = z
  .string()
  .regex(/^(\/([^~]|~[01])*)*$/, 'must be an RFC 6901 JSON pointer such as /order/status ("" for the whole document, ~0 for ~ and ~1 for /)');

const label = z.string().trim().min(1).max(60);

export const displayFieldSchema = z.strictObject({
  label: label.meta({ title: 'Label', description: 'Field label shown in the panel (English).' }),
  labelZh: label.optional().meta({ title: 'Chinese label', description: 'Field label shown in the Chinese interface.' }),
  pointer: pointer.meta({ title: 'JSON pointer', description: 'Where the value is in the response, e.g. /order/status.' }),
  format: z.enum(['text', 'date', 'money']).default('text').meta({ title: 'Format', description: 'How the value is shown: text, date or money.' }),
  /** When true, a pointer that does not resolve shows an empty value instead of failing the lookup. */
  optional: z.boolean().default(false).meta({ title: 'Optional', description: 'A missing value shows empty instead of failing the lookup.' }),
});

export const mappingSchema = z.strictObject({
  fields: z.array(displayFieldSchema).max(30).default([]).meta({ title: 'Fields', description: 'Labelled values taken from the response.' }),
  /** Line items: `pointer` selects an array; each item's fields use pointers relative to the item. */
  list: z
    .strictObject({
      pointer: pointer.meta({ title: 'List pointer', description: 'JSON pointer of the array of line items.' }),
      labelZh: label.optional().meta({ title: 'Chinese label', description: 'Label of the list in the Chinese interface.' }),
      fields: z.array(displayFieldSchema).min(1).max(10).meta({ title: 'Item fields', description: 'Fields of each item, pointers relative to the item.' }),
    })
    .optional()
    .meta({ title: 'Line items', description: 'Optional list of line items in the response.' }),
});

export const connectorSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'use lower-case letters, digits, - and _ (max 64)').meta({ title: 'Id', description: 'Unique id of the connector.' }),
    name: z.string().trim().min(1).max(80).meta({ title: 'Name', description: 'Shown on the lookup card.' }),
    /** Human name used in "sign in to <system> in another tab". */
    system: z.string().trim().min(1).max(80).meta({ title: 'System', description: 'Name of the system, used in "sign in to <system> in another tab".' }),
    description: z.string().max(500).optional().meta({ title: 'Description', description: 'Note for administrators.' }),
    trigger: z
      .strictObject({
        field: z.enum(TRIGGER_FIELDS).meta({ title: 'Field', description: 'Extracted value that triggers the lookup: order_id, tracking_number, phone, email or pattern.' }),
        /** JavaScript regular expression source, required when field is 'pattern'. */
        pattern: z.string().min(1).max(200).optional().meta({ title: 'Pattern', description: 'Regular expression over the chat, when field is pattern.' }),
      })
      .meta({ title: 'Trigger', description: 'What starts this lookup.' }),
    request: z
      .strictObject({
        method: z.enum(['GET', 'POST']).meta({ title: 'Method', description: 'GET or POST.' }),
        url: z.string().min(1).max(2000).meta({ title: 'URL template', description: 'e.g. https://oms.example.internal/api/orders/{{order_id}}' }),
        headers: z.record(z.string(), z.string().max(500)).optional().meta({ title: 'Headers', description: 'Static request headers (no secrets: the agent session cookie is sent).' }),
        body: z.string().max(4000).optional().meta({ title: 'Body template', description: 'JSON body template for POST.' }),
      })
      .meta({ title: 'Request', description: 'How to ask the system.' }),
    mapping: mappingSchema.meta({ title: 'Response mapping', description: 'Which values of the JSON response are shown.' }),
    replyTemplate: z.string().max(2000).optional().meta({ title: 'Reply template', description: 'Text inserted into the reply, with {{field}} placeholders.' }),
    timeoutMs: z.number().int().min(500).max(60_000).default(8000).meta({ title: 'Timeout (ms)', description: 'Per attempt.' }),
  })
  .superRefine((c, ctx) => {
    const issues = [
      ...checkPattern(c.trigger),
      ...checkUrl(c.request.url, c.trigger.field),
      ...checkHeaders(c.request.headers ?? {}),
      ...checkBody(c.request, c.trigger.field),
      ...checkMapping(c.mapping),
      ...checkReplyTemplate(c.replyTemplate, c.mapping),
    ];
    for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });

/** A validated connector (defaults applied). */
export type LookupConnector = z.output<typeof connectorSchema>;
/** What an administrator writes (defaults may be omitted). */
export type LookupConnectorInput = z.input<typeof connectorSchema>;
export type DisplayField = z.output<typeof displayFieldSchema>;
export type LookupMapping = z.output<typeof mappingSchema>;
