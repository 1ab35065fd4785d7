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

export const consoleDefinitionSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,40}$/, 'lowercase letters, digits and dashes')
    .meta({ title: 'Id', description: 'Short unique id, e.g. "freescout".' }),
  name: z.string().min(1).meta({ title: 'Name', description: 'Shown in the panel and popup.' }),
  /** Example: "http://127.0.0.1:8081/conversation/*" (a URL with * wildcards). */
  urlPattern: z.string().min(1).meta({ title: 'URL pattern', description: 'Pages where this console is read, with * wildcards, e.g. https://help.example.com/conversation/*' }),
  ticketIdPattern: z
    .string()
    .default('')
    .meta({ title: 'Ticket id pattern', description: 'Regular expression with one group, matched against the page URL to find the ticket id, e.g. /conversation/(\\d+). Empty: the whole path.' }),
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
    .record(z.string(), selector)
    .default({})
    .meta({ title: 'Ticket fields', description: 'Field key → selector of an input, select or element whose text is the value.' }),
  composer: z.string().default('').meta({ title: 'Reply composer', description: 'Selector of the reply editor (textarea or contenteditable).' }),
});

export type ConsoleDefinition = z.infer<typeof consoleDefinitionSchema>;
export type ConsoleDefinitionInput = z.input<typeof consoleDefinitionSchema>;

/** "https://x.com/a/*" → RegExp; only * is special, everything else literal. */
export function urlPatternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}
