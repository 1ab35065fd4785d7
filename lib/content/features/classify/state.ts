import type { ModelStatus } from '../../../messaging/messages/classify';
import type { EscalationHint } from './escalation';

export interface ClassifyState {
  model: ModelStatus | null;
  /** Customer messages in order with their verdicts (for the trend line). */
  trend: Array<{ id: string; sentiment: 'negative' | 'neutral' | 'positive' | null; time: string | null }>;
  maskedCount: number;
  escalation: EscalationHint;
  /** Set after "Raise priority": what to undo. */
  raised: { oldValue: string; newValue: string } | null;
  error: string | null;
}

export const initialClassifyState: ClassifyState = {
  model: null,
  trend: [],
  maskedCount: 0,
  escalation: { escalate: false, reasons: [] },
  raised: null,
  error: null,
};
