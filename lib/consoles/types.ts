/**
 * The shape every console adapter produces. Everything downstream (extraction,
 * classification, knowledge, history) works on these, never on console DOM.
 */
export type AuthorRole = 'customer' | 'agent' | 'system';

export interface ChatMessage {
  /** Stable per message within a ticket (console's own id when it has one). */
  id: string;
  role: AuthorRole;
  /** Display name of the sender as the console shows it ('' when unknown). */
  name: string;
  /** Plain text, never HTML. */
  text: string;
  /** ISO 8601 when the console exposes it, else null. */
  time: string | null;
  /** Internal notes are agent-to-agent; role is 'agent' and internal true. */
  internal?: boolean;
}
