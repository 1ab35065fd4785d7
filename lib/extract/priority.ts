/**
 * Priority and escalation from the customer's cues and the classifier/history
 * signals, exactly as the triage rules state them. Escalate on abuse, a
 * threat (lawyer, regulator, media) or anger after repeated contacts, and on
 * nothing else: safety, fraud and a double charge make the ticket urgent but
 * are handled by the normal queue, and a bad-review, switching or cancelling
 * threat is the customer's right. Urgent for escalation, safety, fraud or a
 * double charge; high for anger, a repeat contact or a deadline within a day;
 * low for a pure question or praise; else normal.
 */
import type { Category, EscalationKind, EscalationReason, Evidence, ExtractSignals, Field, Priority } from './types';
import type { CueSpan, UrgencyCue } from './urgency';

export interface PlacedCues {
  messageId: string;
  cues: CueSpan[];
}

/** Three negative customer messages in a row (classifier signal): the customer is clearly angry. */
const NEGATIVE_RUN = 3;

export function resolvePriority(
  customer: readonly PlacedCues[],
  category: Category,
  signals: ExtractSignals = {},
  /** Whether the customer gave any order/tracking number (then it is not a pure question). */
  hasIds = false,
): { priority: Field<Priority>; escalate: { value: boolean; reasons: EscalationReason[] } } {
  const hits = new Map<UrgencyCue, Array<{ messageId: string; cue: CueSpan }>>();
  for (const m of customer) for (const cue of m.cues) hits.set(cue.cue, [...(hits.get(cue.cue) ?? []), { messageId: m.messageId, cue }]);
  const abusive = new Set(signals.abusiveMessageIds ?? []);
  const negative = new Set(signals.negativeMessageIds ?? []);

  const reasons: EscalationReason[] = [];
  const reason = (kind: EscalationKind, from: UrgencyCue, extraIds: string[] = []) => {
    const found = hits.get(from) ?? [];
    const ids = [...new Set([...found.map((h) => h.messageId), ...extraIds])];
    if (ids.length) reasons.push({ kind, messageIds: ids, detail: [...new Set(found.map((h) => h.cue.detail))].join(', ') || 'classifier' });
  };
  reason('abuse', 'abuse', customer.filter((m) => abusive.has(m.messageId)).map((m) => m.messageId));
  reason('threat', 'threat');

  const angryIds = [...new Set([...(hits.get('angry') ?? []).map((h) => h.messageId), ...customer.filter((m) => negative.has(m.messageId)).map((m) => m.messageId)])];
  const repeat = (hits.get('repeat')?.length ?? 0) > 0 || (signals.repeatContacts ?? 0) > 0;
  if (angryIds.length && repeat) {
    const ids = [...new Set([...angryIds, ...(hits.get('repeat') ?? []).map((h) => h.messageId)])];
    reasons.push({ kind: 'repeat-contact', messageIds: ids, detail: `angry after ${signals.repeatContacts ? `${signals.repeatContacts} earlier contacts` : 'repeated contacts'}` });
  }
  // A run of negative messages is anger (high), not by itself a reason to escalate.
  let run: string[] = [];
  let negativeRun = false;
  for (const m of customer) {
    run = negative.has(m.messageId) ? [...run, m.messageId] : [];
    if (run.length >= NEGATIVE_RUN) negativeRun = true;
  }

  const evidenceOf = (...cues: UrgencyCue[]): Evidence[] =>
    cues.flatMap((c) => (hits.get(c) ?? []).map((h) => ({ messageId: h.messageId, start: h.cue.start, end: h.cue.end })));
  const escalate = reasons.length > 0;
  let priority: Priority = 'normal';
  let evidence: Evidence[] = [];
  if (escalate || hits.has('safety') || hits.has('fraud') || hits.has('double-charge')) {
    priority = 'urgent';
    evidence = evidenceOf('abuse', 'threat', 'safety', 'fraud', 'double-charge', 'repeat');
  } else if (angryIds.length || negativeRun || repeat || hits.has('deadline')) {
    priority = 'high';
    evidence = evidenceOf('angry', 'repeat', 'deadline');
  } else if (category === 'product_question' || (category === 'other' && hits.has('praise')) || (hits.has('info') && !hasIds)) {
    priority = 'low';
    evidence = evidenceOf('praise', 'info');
  }
  return { priority: { value: priority, evidence }, escalate: { value: escalate, reasons } };
}
