import { analyze } from './analyzer';

/**
 * Default synonym groups: phrases that mean the same thing to a customer. The
 * options page lets an organisation edit the list; each group is a list of
 * phrases in any language, and any phrase found in a query pulls in the others.
 */
export const DEFAULT_SYNONYMS: string[][] = [
  ['退款', '退钱', '返款', 'refund', 'money back', 'reimburse'],
  ['退货', '退回', 'return', 'send back'],
  ['快递', '物流', '包裹', 'delivery', 'shipping', 'parcel', 'package'],
  ['发货', '寄出', 'ship', 'dispatch'],
  ['取消', '撤销', 'cancel', 'call off'],
  ['密码', '口令', 'password', 'passcode'],
  ['登录', '登陆', '登入', 'log in', 'login', 'sign in', 'signin'],
  ['注销', '删除账号', 'delete account', 'close account', 'remove account'],
  ['账号', '帐号', '账户', '帐户', 'account'],
  ['发票', 'invoice', 'receipt', 'bill'],
  ['优惠券', '优惠码', '折扣', 'coupon', 'voucher', 'discount', 'promo code'],
  ['换货', '更换', 'exchange', 'replacement', 'replace'],
  ['坏了', '损坏', '破损', 'broken', 'damaged', 'defective'],
  ['修改', '更改', '变更', 'change', 'modify', 'edit', 'update'],
  ['地址', 'address'],
  ['付款', '支付', 'pay', 'payment'],
  ['邮件', '邮箱', 'email', 'e-mail', 'mail'],
];

/** A synonym group pre-analysed into index terms, one term list per phrase. */
export type AnalyzedSynonyms = string[][][];

export function analyzeSynonyms(groups: string[][]): AnalyzedSynonyms {
  return groups.map((g) => g.map((p) => analyze(p)).filter((terms) => terms.length > 0));
}

/**
 * Adds the other phrases of every group a query mentions, at `weight` times the
 * weight of the phrase that matched. A phrase matches when all its terms are in
 * the query (order-free: paraphrases reorder words). Existing terms keep their weight.
 */
export function expandSynonyms(query: Map<string, number>, synonyms: AnalyzedSynonyms, weight: number): Map<string, number> {
  const out = new Map(query);
  for (const group of synonyms) {
    let hit = 0;
    for (const phrase of group) {
      if (phrase.every((t) => query.has(t))) hit = Math.max(hit, Math.min(...phrase.map((t) => query.get(t)!)));
    }
    if (!hit) continue;
    for (const phrase of group) {
      for (const t of phrase) if (!out.has(t)) out.set(t, (hit * weight) / phrase.length);
    }
  }
  return out;
}
