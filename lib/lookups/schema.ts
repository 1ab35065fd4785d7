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
  label,
  labelZh: label.optional(),
  pointer,
  format: z.enum(['text', 'date', 'money']).default('text'),
  /** When true, a pointer that does not resolve shows an empty value instead of failing the lookup. */
  optional: z.boolean().default(false),
});

export const mappingSchema = z.strictObject({
  fields: z.array(displayFieldSchema).max(30).default([]),
  /** Line items: `pointer` selects an array; each item's fields use pointers relative to the item. */
  list: z
    .strictObject({
      pointer,
      labelZh: label.optional(),
      fields: z.array(displayFieldSchema).min(1).max(10),
    })
    .optional(),
});

export const connectorSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'use lower-case letters, digits, - and _ (max 64)'),
    name: z.string().trim().min(1).max(80),
    /** Human name used in "sign in to <system> in another tab". */
    system: z.string().trim().min(1).max(80),
    description: z.string().max(500).optional(),
    trigger: z.strictObject({
      field: z.enum(TRIGGER_FIELDS),
      /** JavaScript regular expression source, required when field is 'pattern'. */
      pattern: z.string().min(1).max(200).optional(),
    }),
    request: z.strictObject({
      method: z.enum(['GET', 'POST']),
      url: z.string().min(1).max(2000),
      headers: z.record(z.string(), z.string().max(500)).optional(),
      body: z.string().max(4000).optional(),
    }),
    mapping: mappingSchema,
    replyTemplate: z.string().max(2000).optional(),
    timeoutMs: z.number().int().min(500).max(60_000).default(8000),
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
