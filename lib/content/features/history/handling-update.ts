/**
 * What the content script knows about the active ticket, turned into the
 * `history.record` request: pure, so every rule here is unit-tested without a
 * browser. Absent knowledge is left out (never sent as empty), because the
 * store treats an absent field as "unknown now" and keeps what it had.
 */
import type { TicketSnapshot } from '../../../consoles/adapter';
import type { TicketExtraction } from '../../../extract/types';
import type { HandlingOutcome, HandlingUpdate, SentimentSummary } from '../../../history/types';
import type { RequestOf } from '../../../messaging/protocol';
import type { MessageVerdict } from '../../insights';

export type HandlingRequest = RequestOf<'history.record'>;
export type ContactInput = HandlingRequest['contact'];

/**
 * The console's status (and priority) as a handling outcome. An urgent open
 * ticket counts as escalated: that is how agents mark "passed on" in consoles
 * without an escalation field. Unknown statuses say nothing.
 */
export function outcomeFromConsole(status: string | undefined, priority: string | undefined): HandlingOutcome | undefined {
  const s = (status ?? '').trim().toLowerCase();
  if (s === 'solved' || s === 'closed') return 'solved';
  if (s === 'pending' || s === 'on-hold' || s === 'hold') return 'pending';
  if (s === 'new' || s === 'open') return (priority ?? '').trim().toLowerCase() === 'urgent' ? 'escalated' : 'open';
  return undefined;
}

/** Negative share and abusive count over the customer messages that have a verdict; undefined before any verdict. */
export function sentimentSummary(snapshot: TicketSnapshot, verdicts: Record<string, MessageVerdict>): SentimentSummary | undefined {
  const judged = snapshot.messages.filter((m) => m.role === 'customer' && !m.internal).map((m) => verdicts[m.id]).filter((v): v is MessageVerdict => v !== undefined);
  if (judged.length === 0) return undefined;
  const negative = judged.filter((v) => v.sentiment === 'negative').length;
  return { negativeShare: Math.round((negative / judged.length) * 1000) / 1000, abusiveCount: judged.filter((v) => v.abusive).length, messages: judged.length };
}

const values = (fields: Array<{ value: string }> | undefined): string[] => [...new Set((fields ?? []).map((f) => f.value).filter(Boolean))];

/** The customer's identifiers: the console's requester fields plus what was found in the chat. */
export function contactFor(snapshot: TicketSnapshot, extraction: TicketExtraction | null): ContactInput {
  const r = snapshot.requester;
  return {
    userId: r.userId || null,
    emails: [...new Set([r.email, ...values(extraction?.emails)].filter(Boolean))].slice(0, 20),
    phones: [...new Set([r.phone, ...values(extraction?.phones)].filter(Boolean))].slice(0, 20),
  };
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** The ticket's own dates: its first and latest message as the console dates them (absent when it shows none). */
export function ticketDates(snapshot: TicketSnapshot): Pick<HandlingUpdate, 'ticketCreatedAt' | 'ticketUpdatedAt'> {
  const times = snapshot.messages.map((m) => (m.time ? Date.parse(m.time) : NaN)).filter((t) => Number.isFinite(t) && t > 0);
  return times.length ? { ticketCreatedAt: Math.min(...times), ticketUpdatedAt: Math.max(...times) } : {};
}

/** Which console and which visit of the ticket an observation belongs to. */
export interface ObservationSession {
  consoleName?: string;
  /** One per ticket session (opening the ticket until navigating away). */
  sessionId?: string;
}

/** The update for the store from one observation of the ticket; null when the ticket has no id yet (nothing to key it by). */
export function buildHandlingRequest(snapshot: TicketSnapshot, extraction: TicketExtraction | null, verdicts: Record<string, MessageVerdict>, session: ObservationSession = {}): HandlingRequest | null {
  if (!snapshot.ticketId) return null;
  const update: Omit<HandlingUpdate, 'contactKeys'> = {
    consoleId: snapshot.consoleId,
    ticketId: snapshot.ticketId,
    ticketUrl: clip(snapshot.url, 2048),
    ...ticketDates(snapshot),
  };
  if (session.consoleName) update.consoleName = clip(session.consoleName, 200);
  if (session.sessionId) update.sessionId = session.sessionId;
  // The extracted name is the customer's own; the requester field may be a masked placeholder ("138****5678").
  const name = extraction?.name?.value || snapshot.requester.name;
  if (name && !/\*{2,}/.test(name)) update.customerName = clip(name, 200);
  // A page showing none of the customer's messages (a reply form, a collapsed thread) knows nothing about the
  // conversation: its empty extraction ("other", default language) must not overwrite what the ticket page found.
  const heard = snapshot.messages.some((m) => m.role === 'customer' && !m.internal && m.text.trim());
  if (extraction && heard) {
    update.lang = extraction.lang;
    update.category = clip(extraction.category.value, 64);
    update.priority = clip(extraction.priority.value, 32);
    update.facts = { orderIds: values(extraction.order_ids).slice(0, 20), trackingNumbers: values(extraction.tracking_numbers).slice(0, 20) };
  }
  const outcome = outcomeFromConsole(snapshot.fields.status, snapshot.fields.priority);
  if (outcome) update.outcome = outcome;
  const sentiment = sentimentSummary(snapshot, verdicts);
  if (sentiment) update.sentiment = sentiment;
  if (snapshot.agentName) update.agent = clip(snapshot.agentName, 200);
  return { update, contact: contactFor(snapshot, extraction) };
}

/**
 * What makes an observation worth writing: a change in any of these means a
 * new message, a reply, a status change or new knowledge (extraction,
 * verdicts). Identical observations are skipped (the store would ignore them anyway).
 */
export function observationKey(request: HandlingRequest): string {
  return JSON.stringify(request);
}
