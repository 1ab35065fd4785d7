import type { ChatMessage } from '../../../consoles/types';
import { detectThreats } from '../../../extract';
import type { MessageVerdict } from '../../insights';

export type EscalationSignal = 'abuse' | 'threat' | 'negative-run' | 'repeat-contact';

export interface EscalationReason {
  signal: EscalationSignal;
  messageIds: string[];
  /** The text span that made it (a threat phrase), or a count. */
  detail: string;
}

export interface EscalationHint {
  escalate: boolean;
  reasons: EscalationReason[];
}

/**
 * When a conversation should go to a supervisor, and why. Signals: abusive
 * messages, threats of regulators/lawyers/media, a run of negative customer
 * messages, and a customer who keeps coming back angry. A threatened bad
 * review alone is not a reason (the detector does not count it as a threat).
 */
export function computeEscalation(messages: ChatMessage[], verdicts: Record<string, MessageVerdict>, opts: { negativeRun: number; repeatContacts: number }): EscalationHint {
  const customer = messages.filter((m) => m.role === 'customer' && !m.internal);
  const reasons: EscalationReason[] = [];

  const abusive = customer.filter((m) => verdicts[m.id]?.abusive);
  if (abusive.length) reasons.push({ signal: 'abuse', messageIds: abusive.map((m) => m.id), detail: String(abusive.length) });

  const threats = customer.flatMap((m) => detectThreats(m.text).map((t) => ({ id: m.id, text: m.text.slice(t.start, t.end) })));
  if (threats.length) reasons.push({ signal: 'threat', messageIds: [...new Set(threats.map((t) => t.id))], detail: [...new Set(threats.map((t) => t.text))].join(', ') });

  let run: string[] = [];
  let longest: string[] = [];
  for (const m of customer) {
    const v = verdicts[m.id];
    if (!v) continue;
    if (v.sentiment === 'negative') run = [...run, m.id];
    else run = [];
    if (run.length > longest.length) longest = run;
  }
  if (longest.length >= opts.negativeRun) reasons.push({ signal: 'negative-run', messageIds: longest, detail: String(longest.length) });

  const negativeNow = customer.some((m) => verdicts[m.id]?.sentiment === 'negative');
  if (opts.repeatContacts >= 2 && negativeNow) reasons.push({ signal: 'repeat-contact', messageIds: [], detail: String(opts.repeatContacts) });

  return { escalate: reasons.length > 0, reasons };
}
