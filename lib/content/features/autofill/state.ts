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
  /**
   * Extraction time on the page: `lastMs` the last run in total, `lastLongestMs` its longest step, `warmUpMs` the
   * longest warm-up step, `maxMs` the
   * longest single synchronous step so far (what the page felt; large
   * conversations are sliced so no step is a long task).
   */
  timing: { lastMs: number; lastLongestMs: number; maxMs: number; warmUpMs: number; messages: number };
  /** Extraction failed on this conversation. */
  error: string | null;
  fill: FillStatus;
  /** Set when the audit log could not store the writes (the writes themselves happened). */
  auditError: string | null;
}

export const initialAutofillState: AutofillState = {
  ticketKey: null,
  extraction: null,
  items: [],
  decisions: {},
  timing: { lastMs: 0, lastLongestMs: 0, maxMs: 0, warmUpMs: 0, messages: 0 },
  error: null,
  fill: { phase: 'idle' },
  auditError: null,
};
