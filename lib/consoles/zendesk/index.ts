import type { ConsoleAdapter } from '../adapter';
import { contentElement, findActiveTicket, readFields, readMessages, readRequester } from './read';
import { ZD } from './selectors';
import { insertZendeskInternalNote, insertZendeskReply, writeZendeskField, zendeskWritableFields } from './write';
import { visibleText } from '../dom-text';

/**
 * Zendesk Agent Workspace. URLs: https://acme.zendesk.com/agent/tickets/123,
 * and the demo console http://127.0.0.1:5178/agent/tickets/1001.
 */
export const zendeskAdapter: ConsoleAdapter = {
  id: 'zendesk',
  name: 'Zendesk Agent Workspace',
  matchesUrl: (url) =>
    (url.hostname.endsWith('.zendesk.com') || url.hostname === 'localhost' || url.hostname === '127.0.0.1') && url.pathname.startsWith('/agent/'),
  detect: (doc) => !!doc.querySelector(ZD.log),
  activeTicket: findActiveTicket,
  readConversation: readMessages,
  readTicket(ctx) {
    const fields = readFields(ctx.root);
    const doc = ctx.root.ownerDocument;
    return {
      consoleId: 'zendesk',
      ticketId: ctx.ticketId,
      url: ctx.url,
      subject: fields.subject ?? '',
      requester: readRequester(ctx.root),
      fields,
      messages: readMessages(ctx),
      agentName: visibleText(doc.querySelector(ZD.agent) ?? doc.createElement('i')),
    };
  },
  messageElement: contentElement,
  writableFields: zendeskWritableFields,
  writeField: writeZendeskField,
  insertReply: insertZendeskReply,
  insertInternalNote: insertZendeskInternalNote,
};
