import type { ChatMessage } from '../consoles/types';
import type { WeightedText } from './search/knowledge-index';

export interface QueryFromMessagesOptions {
  /** How many of the latest customer messages make the query. @default 4 */
  maxMessages?: number;
  /** Weight multiplier per step back in time: latest 1, previous 0.5, then 0.25… @default 0.5 */
  decay?: number;
  /** Characters kept per message: a pasted log must not drown the question. @default 400 */
  maxChars?: number;
}

/**
 * The knowledge query for a conversation: the latest customer messages, the
 * most recent weighing most, because the customer's current problem is what
 * they said last. Agent lines, internal notes and system lines are excluded
 * (the agent's own wording would pull back the answer already given).
 */
export function buildQueryFromMessages(messages: ChatMessage[], opts: QueryFromMessagesOptions = {}): WeightedText[] {
  const { maxMessages = 4, decay = 0.5, maxChars = 400 } = opts;
  const customer = messages.filter((m) => m.role === 'customer' && !m.internal && m.text.trim());
  return customer
    .slice(-maxMessages)
    .reverse()
    .map((m, age) => ({ text: m.text.trim().slice(0, maxChars), weight: decay ** age }))
    .reverse();
}

/** Plain string form (for logs and the unanswered list): the latest customer message. */
export function latestCustomerQuestion(messages: ChatMessage[]): string {
  return [...messages].reverse().find((m) => m.role === 'customer' && !m.internal && m.text.trim())?.text.trim() ?? '';
}
