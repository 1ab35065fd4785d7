/**
 * Display labels for the summary line, in both conversation languages.
 * Category ids come from auto-fill (snake_case, admins may add their own);
 * an id without a label is shown humanised rather than dropped.
 */
import type { ConversationLang, HandlingOutcome } from './types';

type Bilingual = Record<ConversationLang, string>;

export const CATEGORY_LABELS: Record<string, Bilingual> = {
  refund: { zh: '退款', en: 'Refund request' },
  return: { zh: '退货咨询', en: 'Return' },
  refund_return: { zh: '退货退款', en: 'Return / refund' },
  exchange: { zh: '换货', en: 'Exchange' },
  shipping: { zh: '物流查询', en: 'Shipping' },
  logistics: { zh: '物流查询', en: 'Shipping' },
  delivery: { zh: '配送问题', en: 'Delivery issue' },
  track_order: { zh: '物流查询', en: 'Order tracking' },
  order_status: { zh: '订单状态', en: 'Order status' },
  cancel_order: { zh: '取消订单', en: 'Order cancellation' },
  change_order: { zh: '修改订单', en: 'Order change' },
  payment: { zh: '支付问题', en: 'Payment' },
  billing: { zh: '账单问题', en: 'Billing' },
  invoice: { zh: '发票', en: 'Invoice' },
  account: { zh: '账户问题', en: 'Account' },
  product: { zh: '商品咨询', en: 'Product question' },
  quality: { zh: '质量问题', en: 'Quality issue' },
  warranty: { zh: '保修', en: 'Warranty' },
  technical: { zh: '技术问题', en: 'Technical issue' },
  complaint: { zh: '投诉', en: 'Complaint' },
  special_request: { zh: '特殊申请', en: 'Special request' },
  other: { zh: '其他', en: 'Other' },
};

export const OUTCOME_LABELS: Record<HandlingOutcome, Bilingual> = {
  open: { zh: '处理中', en: 'open' },
  pending: { zh: '待客户回复', en: 'pending' },
  solved: { zh: '已解决', en: 'solved' },
  escalated: { zh: '已升级', en: 'escalated' },
  refunded: { zh: '已退款', en: 'refunded' },
  other: { zh: '其他', en: 'other' },
};

/** "order_status" → "Order status" in English; the raw id in Chinese (no guessable translation). */
export function categoryLabel(category: string, lang: ConversationLang): string {
  const known = CATEGORY_LABELS[category];
  if (known) return known[lang];
  if (lang === 'zh') return category;
  const words = category.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
