import type { TicketExtraction } from '../extract/types';
import type { Store } from './panel-store';

/** Per-message classification as the panel and escalation rules need it. */
export interface MessageVerdict {
  sentiment: 'negative' | 'neutral' | 'positive' | null;
  sentimentScore: number;
  abusive: boolean;
  abuseScore: number;
  /** 'model' once the on-device model has spoken; 'lexicon' when the fast on-page list decided first. */
  source: 'model' | 'lexicon';
}

/**
 * What Deskmate has learnt about the active ticket, shared between features:
 * auto-fill writes the extraction, classification the verdicts, history the
 * repeat-contact count; knowledge, lookups and escalation read them.
 */
export interface TicketInsights {
  ticketKey: string | null;
  extraction: TicketExtraction | null;
  verdicts: Record<string, MessageVerdict>;
  /** Contacts from the same customer in the last 30 days (other tickets). */
  repeatContacts: number;
}

export const emptyInsights = (ticketKey: string | null = null): TicketInsights => ({ ticketKey, extraction: null, verdicts: {}, repeatContacts: 0 });
export type InsightsStore = Store<TicketInsights>;
