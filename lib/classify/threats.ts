/**
 * Escalation threats in a customer message: legal action, regulators, going
 * public, chargebacks, leaving. These are negative but not abusive, so
 * neither model flags them on its own; the escalation hint needs them as a
 * separate, explainable signal. Hand-written patterns (a closed set of
 * phrasings), run on normalizeForModel output so full-width, traditional and
 * case variants match too.
 */
import { normalizeForModel } from './preprocess';

export type ThreatKind = 'legal' | 'regulator' | 'public' | 'payment' | 'churn' | 'review';

export interface ThreatSignal {
  kind: ThreatKind;
  /** The text that matched, as normalised, for the hint's "why". */
  phrase: string;
}

const PATTERNS: Array<[ThreatKind, RegExp]> = [
  ['legal', /找律师|律师函|请律师|起诉|告你们|法院|打官司|报警|\b(?:sue|suing|lawsuit|lawyer|attorney|legal action|small claims|police)\b/g],
  ['regulator', /12315|12345|消协|消费者协会|工商局?|市场监管|黑猫投诉|投诉到|去投诉|要投诉|\b(?:better business bureau|bbb|ftc|consumer protection|ombudsman|trading standards|report (?:you|this) to)\b/g],
  ['public', /曝光|媒体|发微博|微博上|小红书|抖音|朋友圈|让大家评评理|\b(?:post(?:ing)? (?:this|about this|it) (?:everywhere|online|on)|social media|twitter|tiktok|reddit|go viral|tell everyone|the press|journalist)\b/g],
  ['payment', /拒付|信用卡争议|\b(?:chargeback|charge ?back|dispute the (?:charge|payment)|call my bank)\b/g],
  ['churn', /注销账号|销户|再也不买|再也不来|换(?:一家|别家)|\b(?:cancel (?:my|the) (?:account|subscription|membership)|never (?:order|buy|shop)(?:ing)? from you again|take my business elsewhere|switch(?:ing)? to (?:a )?competitor)\b/g],
  ['review', /差评|一星|\b(?:one[- ]star|1[- ]star|bad review|negative review|review sites?)\b/g],
];

export function findEscalationThreats(text: string): ThreatSignal[] {
  const t = normalizeForModel(text);
  const out: ThreatSignal[] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of t.matchAll(re)) out.push({ kind, phrase: m[0] });
  }
  return out;
}
