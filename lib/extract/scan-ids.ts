/**
 * Order and tracking numbers in one customer message, from the pattern rules
 * (settings data). The words before a match decide ambiguous shapes: a bare
 * 12-digit number is a JD order unless it is called a waybill (中通单号…);
 * anything called a coupon, tax id, card, flight, model or case number is dropped.
 */
import type { Candidate } from './candidate';
import { boundaryBefore, nearestCueBefore, type CueTable } from './cues';
import type { PatternRule } from './rules';

export type IdKind = 'order' | 'tracking';
/** 'either': a bare 单号, which Chinese shoppers use for orders and waybills alike. */
type IdCue = IdKind | 'either' | 'not-id';

export const ID_CUES: CueTable<IdCue> = [
  ['order', /订单编号|订单号|订单|订阅编号|订阅号|订阅|预订号|预订编号|预约号|订座记录|发票号|合同号|order(?:\s*(?:number|no\.?|#|id))?|invoice(?:\s*(?:number|no\.?|#|id))?|booking(?:\s*(?:reference|ref|number|no\.?|code))?|reservation|reference|\bref\b\.?|\bPNR\b|record locator|confirmation (?:number|code)|subscription(?:\s*id)?|purchase/i],
  ['tracking', /运单号|快递单号|物流单号|退货单号|寄回单号|运单|快递单|物流单|退货单|寄回单|快递号|物流号|tracking(?:\s*(?:number|no\.?|#|id))?|waybill|(?:顺丰|中通|韵达|申通|圆通|极兔|百世|德邦|邮政|京东物流)(?:快递|物流)?(?:运?单号)?|\bEMS\b|\bUPS\b|USPS|FedEx|\bDHL\b|return label|shipment/i],
  ['either', /单号/],
  // Agent- or carrier-issued references for something other than the purchase: a claim, a
  // baggage report, a case. As one phrase they end where "reference" ends and, being longer, win.
  ['not-id', /(?:baggage|luggage|\bbag|claim|\bcase|incident|damage|\bPIR|property irregularity)\s*(?:report\s*)?(?:reference|ref\.?|number|no\.?|#|id|file)?|\breport\s*(?:reference|ref\.?|number|no\.?|#|id)|理赔|报案|行李(?:报告|登记|单)?号?|索赔|优惠券|优惠码|券码|兑换码|验证码|校验码|税号|纳税人|身份证|会员|卡号|银行卡|信用卡|账号|账户|工单|案件|航班|型号|序列号|\bcoupon|\bpromo|voucher|gift card|verification|\bcode\b|\bOTP\b|\btax\b|\bVAT\b|\bEIN\b|\bSSN\b|member(?:ship)?|\bcard\b|account|flight|\bmodel\b|\bcase\b|ticket|serial|\bSKU\b|IMEI|zip|postcode|postal|username|user name|用户名|\blogin\b|handle/i],
];

export interface CompiledPattern {
  kind: IdKind;
  name: string;
  re: RegExp;
  needsCue: boolean;
  compact: boolean;
}

export function compilePatterns(rules: readonly PatternRule[], kind: IdKind): CompiledPattern[] {
  return rules.map((r) => ({
    kind,
    name: r.name,
    // 'd' gives the capture group's span for evidence highlighting.
    re: new RegExp(r.pattern, [...new Set(`${r.flags ?? ''}gd`)].join('')),
    needsCue: r.needsCue ?? false,
    compact: r.compact ?? false,
  }));
}

interface Match {
  kind: IdKind;
  loose: boolean;
  value: string;
  start: number;
  end: number;
}

/** The kind the words before `start` give, or the one the agent just asked for. */
function cueAt(text: string, start: number, asked: IdKind | null, clause: boolean): IdCue | null {
  const hit = nearestCueBefore(text, start, ID_CUES, 24, boundaryBefore(text, start, clause));
  return hit?.kind ?? asked;
}

/**
 * UnionPay card numbers (62…, 16–19 digits, Luhn-valid) share the shape of
 * Taobao order ids; the Luhn check tells most of them apart.
 */
function isBankCard(value: string): boolean {
  if (!/^62\d{14,17}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    let d = value.charCodeAt(value.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const DATE_LIKE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4})$/;

export interface Span {
  start: number;
  end: number;
}

/**
 * `taken` are spans already claimed by phones and e-mails (123456789012@qq.com
 * is an address, not a JD order).
 */
export function scanIds(folded: string, patterns: readonly CompiledPattern[], asked: IdKind | null, taken: readonly Span[] = []): Candidate[] {
  const matches: Match[] = [];
  for (const p of patterns) {
    for (const m of folded.matchAll(p.re)) {
      const [start, end] = m.indices?.[1] ?? m.indices![0]!;
      const raw = folded.slice(start, end);
      // Loose shapes need their cue in the same clause; fixed shapes in the sentence.
      const cue = cueAt(folded, start, asked, p.needsCue);
      if (cue === 'not-id' || taken.some((t) => t.start < end && start < t.end)) continue;
      if (p.kind === 'order' && cue !== 'order' && isBankCard(raw)) continue;
      if (p.needsCue && ((cue !== p.kind && cue !== 'either') || DATE_LIKE.test(raw))) continue;
      // Under a bare 单号, all-digit orders come from the fixed shapes (JD 12, Taobao 18–19);
      // other digit runs are waybills.
      if (cue === 'either' && p.kind === 'order' && p.needsCue && /^\d+$/.test(raw)) continue;
      // A bare-digit order shape called a waybill is the waybill (numeric rules cover it).
      if (p.kind === 'order' && cue === 'tracking' && /^\d+$/.test(raw)) continue;
      const value = p.compact ? raw.replace(/[\s-]/g, '') : raw.replace(/^#/, '');
      matches.push({ kind: p.kind, loose: p.needsCue, value: p.kind === 'tracking' ? value.toUpperCase() : value, start, end });
    }
  }
  // Longest first: "240312-598746213057784" beats the 15 digits inside it;
  // on equal spans a fixed shape (RN…GB waybill) beats a cue-only code.
  matches.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(a.loose) - Number(b.loose) || a.start - b.start);
  const kept: Match[] = [];
  for (const m of matches) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start).map((m) => ({ kind: m.kind, value: m.value, start: m.start, end: m.end }));
}

/** What the agent's message asks the customer for ("请提供订单号", "tracking number?"). */
export function askedIdKind(agentText: string): IdKind | null {
  const hit = nearestCueBefore(agentText, agentText.length, ID_CUES, agentText.length);
  return hit && (hit.kind === 'order' || hit.kind === 'tracking') ? hit.kind : null;
}
