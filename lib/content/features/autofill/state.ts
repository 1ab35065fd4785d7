import type { TicketExtraction } from '../../../extract';
import type { SkippedWrite } from './fill-plan';
import type { FillRecord } from './fill';
import type { Decisions, ReviewItem } from './review';

export type FillStatus =
  | { phase: 'idle' }
  | { phase: 'busy' }
  /** Nothing accepted differs from what the form holds. */
  | { phase: 'nothing'; skipped: SkippedWrite[] }
  | { phase: 'filled'; record: FillRecord; skipped: SkippedWrite[] }
  | { phase: 'undone'; failed: string[] }
  | { phase: 'error'; message: string };

export interface AutofillState {
  ticketKey: string | null;
  extraction: TicketExtraction | null;
  items: ReviewItem[];
  /** The agent's accept / edit / ignore per item key, for this ticket. */
  decisions: Decisions;
  /** Time of the last extraction on the page (the budget: ≤ 50 ms for 500 messages). */
  timing: { lastMs: number; maxMs: number; messages: number };
  fill: FillStatus;
  /** Set when the audit log could not store the writes (the writes themselves happened). */
  auditError: string | null;
}

export const initialAutofillState: AutofillState = {
  ticketKey: null,
  extraction: null,
  items: [],
  decisions: {},
  timing: { lastMs: 0, maxMs: 0, messages: 0 },
  fill: { phase: 'idle' },
  auditError: null,
};
