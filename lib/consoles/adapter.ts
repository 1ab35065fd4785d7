import type { ChatMessage } from './types';

/** The ticket an adapter is reading: everything below is scoped to `root`. */
export interface TicketContext {
  consoleId: string;
  ticketId: string | null;
  url: string;
  /** Element holding only the active ticket (the console may keep several tickets in one DOM). */
  root: Element;
}

export interface Requester {
  name: string;
  email: string;
  phone: string;
  /** The console's own user id, when it exposes one. */
  userId: string;
}

export interface TicketSnapshot {
  consoleId: string;
  ticketId: string | null;
  url: string;
  subject: string;
  requester: Requester;
  /** Field key → current value as text (priority, type, status, tags as "a, b", custom_* …). */
  fields: Record<string, string>;
  messages: ChatMessage[];
  /** The signed-in agent, when the console shows it. */
  agentName: string;
}

export type WriteResult =
  | { ok: true; field: string; oldValue: string; newValue: string }
  | { ok: false; field: string; error: string };

/**
 * One helpdesk console. Readers are pure functions of the DOM; writers go
 * through the console's own inputs so its state (not just the DOM) changes.
 */
export interface ConsoleAdapter {
  id: string;
  name: string;
  /** Cheap URL test, e.g. https://acme.zendesk.com/agent/tickets/123 */
  matchesUrl(url: URL): boolean;
  /** The page really is this console (markup present), not just a matching URL. */
  detect(doc: Document): boolean;
  activeTicket(doc: Document, url: URL): TicketContext | null;
  readConversation(ctx: TicketContext): ChatMessage[];
  readTicket(ctx: TicketContext): TicketSnapshot;
  /** The element showing a message's text (masking and markers attach here). */
  messageElement(ctx: TicketContext, messageId: string): HTMLElement | null;
  /** Field keys this console can write. */
  writableFields(ctx: TicketContext): string[];
  writeField(ctx: TicketContext, field: string, value: string): Promise<WriteResult>;
  insertReply(ctx: TicketContext, text: string): Promise<WriteResult>;
  /** Put text in the composer switched to an internal note (agents only), when the console has such a channel. */
  insertInternalNote?(ctx: TicketContext, text: string): Promise<WriteResult>;
}

/** Attribute Deskmate puts on nodes it adds to a console page, so readers skip them. */
export const DESKMATE_NODE_ATTR = 'data-deskmate';
