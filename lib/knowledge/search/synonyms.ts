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
  // zh ↔ en service terms customers mix into one message ("APP闪退", "扣了两次 double charged"), issue 16.
  ['闪退', '崩溃', 'crash', 'crashes', 'keeps closing'],
  ['重复扣款', '扣了两次', '扣两次', 'double charged', 'charged twice', 'duplicate charge'],
  ['扣款', '扣费', '扣钱', 'charge', 'charged', 'debit'],
  ['漫游', 'roaming'],
  ['信号', '没信号', 'signal', 'no service', 'no signal'],
  ['流量', 'mobile data', 'data plan'],
  ['信用卡', 'credit card'],
  ['银行卡', 'bank card', 'debit card'],
  ['验证码', '校验码', 'verification code', 'otp', 'one-time code'],
  ['封号', '封禁', '账号被封', 'ban', 'banned', 'suspended'],
  ['待处理', '处理中', 'pending', 'processing'],
  ['订阅', '会员', 'subscription', 'membership'],
  ['充值', '储值', 'top up', 'top-up', 'recharge'],
  ['客服', '人工', 'customer service', 'human agent', 'support'],
  ['延误', '晚点', 'delay', 'delayed', 'late'],
  ['航班', '机票', 'flight', 'flight ticket'],
  ['行李', 'luggage', 'baggage'],
  ['套餐', 'plan', 'tariff'],
  ['冻结', '锁定', 'freeze', 'frozen', 'locked', 'lock'],
  ['被盗', '盗号', 'stolen', 'hacked', 'compromised'],
  ['丢失', '丢了', '遗失', '找不到', 'lost', 'missing', 'lost item'],
  ['押金', '保证金', 'deposit'],
  ['预授权', '冻结金额', 'pre-authorization', 'authorization hold', 'hold'],
  ['保修', '质保', 'warranty', 'guarantee'],
  ['维修', '修理', '报修', 'repair', 'fix'],
  ['未付款', '显示未支付', '待支付', 'unpaid', 'not paid'],
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
