/** A value found in one message, before the conversation-level resolve. */
export interface Candidate {
  kind: 'phone' | 'email' | 'order' | 'tracking';
  /** Normalised value as it will be output. */
  value: string;
  start: number;
  end: number;
}
