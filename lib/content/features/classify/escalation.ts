import type { ChatMessage } from '../../../consoles/types';
import { detectRepeatContact, detectThreats } from '../../../extract';
import type { MessageVerdict } from '../../insights';

export type EscalationSignal = 'abuse' | 'threat' | 'repeat-contact' | 'repeat-phrase';

export interface EscalationReason {
  signal: EscalationSignal;
  messageIds: string[];
  /** The text span that made it (a threat or repeat-contact phrase), or a count. */
  detail: string;
}

export interface EscalationHint {
  escalate: boolean;
  reasons: EscalationReason[];
}

/**
 * When a conversation should go to a supervisor, and why, exactly as the
 * triage rules put it: an abusive customer message; a threat of regulators,
 * lawyers or the media; or a customer who is angry after repeated contacts
 * (earlier contacts in the history, or "third time I'm contacting you" in the
 * chat). Anger alone, even a run of negative messages, is a high priority and
 * not an escalation; so are a threatened bad review, switching or cancelling.
 */
export interface EscalationOptions {
  /**
   * @deprecated A run of negative messages no longer escalates (anger alone is
   * a high priority under the rules); kept so callers compile until the
   * `classification.negativeRunForEscalation` setting is retired.
   */
  negativeRun?: number;
  /** Earlier contacts by this customer (history). */
  repeatContacts: number;
}

export function computeEscalation(messages: ChatMessage[], verdicts: Record<string, MessageVerdict>, opts: EscalationOptions): EscalationHint {
  const customer = messages.filter((m) => m.role === 'customer' && !m.internal);
  const reasons: EscalationReason[] = [];

  const abusive = customer.filter((m) => verdicts[m.id]?.abusive);
  if (abusive.length) reasons.push({ signal: 'abuse', messageIds: abusive.map((m) => m.id), detail: String(abusive.length) });

  const threats = customer.flatMap((m) => detectThreats(m.text).map((t) => ({ id: m.id, text: m.text.slice(t.start, t.end) })));
  if (threats.length) reasons.push({ signal: 'threat', messageIds: [...new Set(threats.map((t) => t.id))], detail: [...new Set(threats.map((t) => t.text))].join(', ') });

  // A negative customer message is what turns a repeat contact into an escalation.
  const angry = customer.some((m) => verdicts[m.id]?.sentiment === 'negative' || verdicts[m.id]?.abusive);
  if (angry && opts.repeatContacts >= 2) reasons.push({ signal: 'repeat-contact', messageIds: [], detail: String(opts.repeatContacts) });
  else if (angry) {
    const said = customer.flatMap((m) => detectRepeatContact(m.text).map((t) => ({ id: m.id, text: m.text.slice(t.start, t.end) })));
    if (said.length) reasons.push({ signal: 'repeat-phrase', messageIds: [...new Set(said.map((s) => s.id))], detail: said[0]!.text });
  }

  return { escalate: reasons.length > 0, reasons };
}
