import { z } from 'zod';

/**
 * A console nobody wrote an adapter for, described as data: selectors an
 * administrator can put in policy or a manager on the options page.
 * Every selector is scoped to the active ticket root (`ticketRoot`), so a
 * console holding several tickets in one DOM is read one ticket at a time.
 */
const selector = z.string().min(1);

export const roleRuleSchema = z.object({
  /** Matched against the message item (`item.matches(selector)`), or a descendant when `within` is true. */
  selector: selector.meta({ title: 'Selector', description: 'CSS selector the message item must match.' }),
  role: z.enum(['customer', 'agent', 'system']).meta({ title: 'Role', description: 'Sender role of matching messages.' }),
  internal: z.boolean().optional().meta({ title: 'Internal', description: 'Matching messages are internal notes.' }),
});

/**
 * A ticket field the console shows. Plain inputs need only `selector`;
 * click-to-edit fields (osTicket's links, RT's inline edits) name what to
 * click first, what commits, and where the committed value shows.
 * A bare selector string (definitions saved before v2) is read as `{ selector }`.
 */
export const fieldControlSchema = z.union([
  z.string().min(1).transform((s) => ({ selector: s, activator: '', confirm: '', display: '' })),
  z.object({
    selector: selector.meta({ title: 'Control', description: 'The input, select, textarea or contenteditable that holds the value (read-only: an element whose text is the value).' }),
    activator: z.string().default('').meta({ title: 'Activator', description: 'Click-to-edit: element clicked first to reveal the control (searched in the whole page).' }),
    confirm: z.string().default('').meta({ title: 'Confirm', description: 'Element clicked to commit the value (else Enter, then blur).' }),
    display: z.string().default('').meta({ title: 'Display', description: 'Where the committed value is read back (click-to-edit); empty: the control itself.' }),
  }),
]);

export type FieldControl = z.output<typeof fieldControlSchema>;

export const consoleDefinitionSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,40}$/, 'lowercase letters, digits and dashes')
    .meta({ title: 'Id', description: 'Short unique id, e.g. "freescout".' }),
  name: z.string().min(1).meta({ title: 'Name', description: 'Shown in the panel and popup.' }),
  /** Example: "http://127.0.0.1:8081/conversation/*" (a URL with * wildcards). */
  urlPattern: z
    .string()
    .min(1)
    .refine((p) => /^(https?:\/\/|\*)/i.test(p), 'must start with http://, https:// or * (a pattern without a scheme never matches a page)')
    .meta({ title: 'URL pattern', description: 'Pages where this console is read, with * wildcards, e.g. https://help.example.com/conversation/*' }),
  ticketIdPattern: z
    .string()
    .default('')
    .refine(isRegExp, 'not a valid regular expression')
    .meta({ title: 'Ticket id from the URL', description: 'Regular expression with one group, matched against the page URL, e.g. /conversation/(\\d+). A page is a ticket only when this (or the ticket id element) finds an id.' }),
  ticketId: z
    .object({
      selector: z.string().default('').meta({ title: 'Ticket id element', description: 'Element (anywhere in the page) whose text holds the ticket id, e.g. "Ticket #725739".' }),
      pattern: z.string().default('').refine(isRegExp, 'not a valid regular expression').meta({ title: 'Ticket id pattern', description: 'Regular expression with one group applied to that text, e.g. #(\\d+). Empty: the whole text.' }),
    })
    .prefault({})
    .meta({ title: 'Ticket id on the page', description: 'Where the page itself shows the ticket id (wins over the URL).' }),
  ticketRoot: z.string().default('body').meta({ title: 'Active ticket root', description: 'Selector of the element that holds the active ticket (scopes every other selector).' }),
  subject: z.string().default('').meta({ title: 'Subject selector', description: 'Element holding the ticket subject.' }),
  messages: z
    .object({
      item: selector.meta({ title: 'Message item', description: 'Selector of one message in the conversation.' }),
      body: selector.meta({ title: 'Message body', description: 'Selector (inside the item) of the message text.' }),
      author: z.string().default('').meta({ title: 'Author', description: 'Selector (inside the item) of the sender name.' }),
      time: z.string().default('').meta({ title: 'Time', description: 'Selector (inside the item) of the time element.' }),
      timeAttribute: z.string().default('datetime').meta({ title: 'Time attribute', description: 'Attribute of the time element holding a parseable date (else its text is used).' }),
      idAttribute: z.string().default('').meta({ title: 'Id attribute', description: 'Attribute of the item holding a stable message id (else its position).' }),
      order: z.enum(['oldest-first', 'newest-first']).default('oldest-first').meta({ title: 'Order', description: 'Order in which the console lists messages.' }),
      roles: z.array(roleRuleSchema).default([]).meta({ title: 'Role rules', description: 'First matching rule decides the sender role; unmatched items are customer messages.' }),
      exclude: z
        .array(z.string().min(1))
        .default([])
        .meta({ title: 'Exclude inside messages', description: 'Selectors inside a message body left out of its text: signatures, quoted history, footers.' }),
    })
    .meta({ title: 'Messages', description: 'How to read the conversation.' }),
  requester: z
    .object({
      name: z.string().default('').meta({ title: 'Name', description: 'Selector of the requester name.' }),
      email: z.string().default('').meta({ title: 'E-mail', description: 'Selector of the requester e-mail.' }),
      phone: z.string().default('').meta({ title: 'Phone', description: 'Selector of the requester phone.' }),
    })
    .prefault({})
    .meta({ title: 'Requester', description: 'Selectors of the requester name, e-mail and phone.' }),
  fields: z
    .record(z.string(), fieldControlSchema)
    .default({})
    .meta({ title: 'Ticket fields', description: 'Field key → the control that holds it (selector, and for click-to-edit fields the activator, confirm and display).' }),
  composer: z.string().default('').meta({ title: 'Reply composer', description: 'Selector of the reply editor (textarea or contenteditable).' }),
  openReply: z.string().default('').meta({ title: 'Open reply', description: 'Element clicked to open the reply editor when it is closed or hidden (else Insert is refused).' }),
  internalNote: z
    .object({
      composer: z.string().default('').meta({ title: 'Note composer', description: 'Editor of internal notes (may be the reply composer once switched).' }),
      switch: z
        .object({
          selector: z.string().default('').meta({ title: 'Switch', description: 'Control that turns the composer into an internal note: clicked, or set to the value below.' }),
          value: z.string().default('').meta({ title: 'Switch value', description: 'Value the switch (a select or radio) is set to; empty: the switch is clicked.' }),
        })
        .prefault({})
        .meta({ title: 'Switch to internal note', description: 'How the agent switches the composer to an internal note.' }),
      check: z.string().default('').meta({ title: 'Internal check', description: 'Selector that matches only while the composer is an internal note, e.g. select[name="UpdateType"] option[value="private"]:checked.' }),
    })
    .prefault({})
    .meta({ title: 'Internal-note channel', description: 'Where notes only agents see are written. Without it, Deskmate refuses to write notes rather than use the customer-facing reply.' }),
});

/** A definition declares an internal-note channel when it names a note composer or a switch to one. */
export function hasInternalChannel(def: ConsoleDefinition): boolean {
  return !!(def.internalNote.composer || def.internalNote.switch.selector);
}

function isRegExp(source: string): boolean {
  if (!source) return true;
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

export type ConsoleDefinition = z.infer<typeof consoleDefinitionSchema>;
export type ConsoleDefinitionInput = z.input<typeof consoleDefinitionSchema>;

/** "https://x.com/a/*" → RegExp; only * is special, everything else literal. */
export function urlPatternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}
