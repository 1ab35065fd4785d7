/**
 * DRAFT owned by the history work (issue 6): refine freely, keep the Dexie
 * indexes in lib/db/database.ts in step with what is actually queried.
 */
export type HandlingOutcome = 'open' | 'pending' | 'solved' | 'escalated' | 'refunded' | 'other';

export interface HandlingRecord {
  /** `${consoleId}:${ticketId}`: one record per ticket, so upserts are idempotent. */
  id: string;
  consoleId: string;
  ticketId: string;
  ticketUrl: string;
  /** Normalised contact keys ("email:a@b.c", "phone:+8613812345678", "user:zendesk:123"), or their salted hashes. */
  contactKeys: string[];
  customerName: string | null;
  firstSeen: number;
  lastSeen: number;
  category: string | null;
  priority: string | null;
  lang: 'zh' | 'en';
  sentiment: { negativeShare: number; abusiveCount: number; messages: number };
  outcome: HandlingOutcome;
  summary: string;
  /** true once an agent edited the summary: automatic updates then leave it alone. */
  summaryEdited: boolean;
  note: string;
  agent: string;
}
