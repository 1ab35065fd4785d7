/**
 * Shapes of the ticket-field extraction. The panel highlights `Evidence`
 * spans, so every extracted value carries where it came from.
 */
import type { PatternRule, CategoryRule } from './rules';

export type Lang = 'zh' | 'en';

export const CATEGORIES = [
  'logistics',
  'refund_return',
  'order_change',
  'payment_billing',
  'account_access',
  'technical_issue',
  'product_question',
  'complaint',
  'other',
] as const;
/** Built-in categories; managers may add their own names through CategoryRule. */
export type Category = (typeof CATEGORIES)[number] | (string & {});

export type Priority = 'urgent' | 'high' | 'normal' | 'low';

/** A character span in one message's text (UTF-16 offsets, end exclusive). */
export interface Evidence {
  messageId: string;
  start: number;
  end: number;
}

export interface Field<T> {
  value: T;
  evidence: Evidence[];
}

/** Why a conversation goes to a supervisor (safety, fraud and double charges raise priority only). */
export type EscalationKind = 'abuse' | 'threat' | 'repeat-contact';

export interface EscalationReason {
  kind: EscalationKind;
  messageIds: string[];
  /** Human-readable, e.g. the threat phrase found ("12315"). */
  detail: string;
}

export interface ExtractSignals {
  /** Customer messages the abuse classifier flagged. */
  abusiveMessageIds?: string[];
  /** Customer messages the sentiment classifier marked negative. */
  negativeMessageIds?: string[];
  /** Earlier contacts by this customer about the same matter (from history). */
  repeatContacts?: number;
}

export interface ExtractOptions {
  /** Conversation language; detected from the customer's text when absent. */
  lang?: Lang;
  /** @default DEFAULT_ORDER_PATTERNS */
  orderPatterns?: PatternRule[];
  /** @default DEFAULT_TRACKING_PATTERNS */
  trackingPatterns?: PatternRule[];
  /** @default DEFAULT_CATEGORY_RULES */
  categoryRules?: CategoryRule[];
  /** Agents' display names: never taken as the customer's name. */
  agentNames?: string[];
  /** The company's own e-mail domains: never taken as the customer's address. */
  companyDomains?: string[];
  signals?: ExtractSignals;
}

export interface TicketExtraction {
  lang: Lang;
  name: Field<string> | null;
  phones: Field<string>[];
  emails: Field<string>[];
  order_ids: Field<string>[];
  tracking_numbers: Field<string>[];
  category: Field<Category>;
  priority: Field<Priority>;
  escalate: { value: boolean; reasons: EscalationReason[] };
}
