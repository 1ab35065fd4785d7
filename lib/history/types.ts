/**
 * Handling history (issue 6): one record per ticket, matched to returning
 * customers by contact keys. Keep the Dexie indexes in lib/db/database.ts in
 * step with what is actually queried (contactKeys for the timeline, lastSeen
 * for retention); every other field is stored unindexed.
 */
export const HANDLING_OUTCOMES = ['open', 'pending', 'solved', 'escalated', 'refunded', 'other'] as const;

export type HandlingOutcome = (typeof HANDLING_OUTCOMES)[number];

/** Outcomes that still need someone to act: the timeline highlights them. */
export const UNRESOLVED_OUTCOMES: ReadonlySet<HandlingOutcome> = new Set(['open', 'pending', 'escalated']);

/**
 * Caps on what accumulates in one record. The merge enforces them and the
 * import schema checks them, so every stored record stays exportable and
 * re-importable however many updates it received.
 */
export const HISTORY_LIMITS = { contactKeys: 50, factIds: 20, sessionIds: 20 } as const;

export type ConversationLang = 'zh' | 'en';

export interface SentimentSummary {
  /** Share of customer messages classified negative, 0..1. */
  negativeShare: number;
  abusiveCount: number;
  /** Customer messages the figures cover; a larger count is a fresher view of the conversation. */
  messages: number;
}

/** Key facts the summary line is generated from; accumulated across updates of one ticket. */
export interface HandlingFacts {
  orderIds: string[];
  trackingNumbers: string[];
  /** A short free-text outcome detail ("超过退货时效，已提交特殊申请"), or null. */
  detail: string | null;
}

export interface HandlingRecord {
  /** `${consoleId}:${ticketId}`: one record per ticket, so upserts are idempotent. */
  id: string;
  consoleId: string;
  ticketId: string;
  ticketUrl: string;
  /** Contact keys ("email:a@b.c", "phone:+8613812345678", "user:zendesk:123"), or their salted hashes ("phone#<hex>"). */
  contactKeys: string[];
  customerName: string | null;
  /** Epoch ms of the first and latest observation of this ticket. */
  firstSeen: number;
  lastSeen: number;
  category: string | null;
  priority: string | null;
  lang: ConversationLang;
  sentiment: SentimentSummary;
  outcome: HandlingOutcome;
  /**
   * The outcome last reported automatically (from the console's status). An
   * agent's edit of `outcome` stands until the console reports a different
   * status than this, so a periodic update does not undo the edit but a real
   * status change does.
   */
  autoOutcome: HandlingOutcome | null;
  facts: HandlingFacts;
  /** One line, in the conversation's language; plain text, never rendered as HTML. */
  summary: string;
  /** true once an agent edited the summary: automatic updates then leave it alone. */
  summaryEdited: boolean;
  note: string;
  agent: string;
  /** The console's display name when recorded ("FreeScout"), so rows of two consoles are told apart. */
  consoleName?: string;
  /** The ticket's own dates as the console shows them (first and latest message), epoch ms; absent when the page shows none. */
  ticketCreatedAt?: number | null;
  ticketUpdatedAt?: number | null;
  /** Separate times this ticket was opened (ticket sessions), so a revisit is recognised as the same ticket. */
  visits?: number;
  /** The latest ticket sessions seen (capped), to count each visit once however many updates it sends. */
  sessionIds?: string[];
}

/**
 * What the content script knows about a ticket at one moment (opening,
 * replying, changing status, leaving). Absent fields mean "unknown now" and
 * never erase what an earlier update recorded.
 */
export interface HandlingUpdate {
  consoleId: string;
  ticketId: string;
  ticketUrl: string;
  /** From `contactKeysFor` (raw or hashed, as the hashing setting says). */
  contactKeys: string[];
  customerName?: string | null;
  category?: string | null;
  priority?: string | null;
  lang?: ConversationLang;
  sentiment?: SentimentSummary;
  outcome?: HandlingOutcome;
  agent?: string;
  facts?: Partial<HandlingFacts>;
  consoleName?: string;
  ticketCreatedAt?: number | null;
  ticketUpdatedAt?: number | null;
  /** One id per ticket session in a tab (opening the ticket until leaving it). */
  sessionId?: string;
}

export type ContactKind = 'user' | 'email' | 'phone';

/** A timeline item: the record, whether it still needs action, and which kinds of key matched ("same phone"). */
export type TimelineEntry = HandlingRecord & { unresolved: boolean; matchedBy: ContactKind[] };
