import type { ConsoleAdapter, TicketContext } from '../adapter';
import { hasInternalChannel, urlPatternToRegExp, type ConsoleDefinition } from '../definition';
import { find, messageIdOf, messageItems, readField, readMessages, ticketIdOf, valueOf } from './read';
import { definedWritableFields, insertDefinedInternalNote, insertDefinedReply, writeDefinedField } from './write';

/** A console described by a definition (policy or options page) instead of code. */
export function createConfiguredAdapter(def: ConsoleDefinition): ConsoleAdapter {
  const urlRe = urlPatternToRegExp(def.urlPattern);
  const readConversation = (ctx: TicketContext) => readMessages(def, ctx);
  const text = (doc: Document, sel: string) => valueOf(find(doc, sel)).trim();
  const adapter: ConsoleAdapter = {
    id: def.id,
    name: def.name,
    matchesUrl: (url) => urlRe.test(url.href),
    detect: (doc) => !!find(doc, def.ticketRoot),
    activeTicket(doc, url) {
      const root = find(doc, def.ticketRoot);
      // No id, no ticket: a list, search or settings page matching the URL pattern is not read at all.
      const ticketId = root ? ticketIdOf(def, doc, url) : null;
      return root && ticketId ? { consoleId: def.id, ticketId, url: url.href, root } : null;
    },
    readConversation,
    readTicket(ctx) {
      const fields: Record<string, string> = {};
      for (const [key, control] of Object.entries(def.fields)) fields[key] = readField(control, ctx.root);
      const doc = ctx.root.ownerDocument;
      return {
        consoleId: def.id,
        ticketId: ctx.ticketId,
        url: ctx.url,
        subject: valueOf(find(ctx.root, def.subject)).trim() || text(doc, def.subject),
        requester: { name: text(doc, def.requester.name), email: text(doc, def.requester.email), phone: text(doc, def.requester.phone), userId: '' },
        fields,
        messages: readConversation(ctx),
        agentName: '',
      };
    },
    messageElement(ctx, id) {
      const item = messageItems(def, ctx.root).find((el, i) => messageIdOf(def, el, i) === id);
      return (item ? (find(item, def.messages.body) as HTMLElement | null) : null) ?? null;
    },
    writableFields: (ctx) => definedWritableFields(def, ctx),
    writeField: (ctx, field, value) => writeDefinedField(def, ctx, field, value),
    insertReply: (ctx, text) => insertDefinedReply(def, ctx, text),
  };
  // Only a declared channel gets a note writer: callers refuse notes when there is none.
  if (hasInternalChannel(def)) adapter.insertInternalNote = (ctx, text) => insertDefinedInternalNote(def, ctx, text);
  return adapter;
}
