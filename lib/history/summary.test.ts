import { describe, expect, it } from 'vitest';
import { categoryLabel } from './labels';
import { summarizeHandling, timelineLine, type SummaryFacts } from './summary';

describe('summarizeHandling', () => {
  it.each<[string, SummaryFacts, string]>([
    [
      'zh with a free-text detail and the customer',
      { lang: 'zh', category: 'return', outcome: 'pending', detail: '超过退货时效，已提交特殊申请', customerName: '王敏' },
      '退货咨询 · 超过退货时效，已提交特殊申请 · 王敏',
    ],
    ['en refund with an order', { lang: 'en', category: 'refund', orderIds: ['1234'], outcome: 'refunded' }, 'Refund request · order 1234 · refunded'],
    ['zh tracking, outcome label', { lang: 'zh', category: 'shipping', trackingNumbers: ['SF1234567890'], outcome: 'solved' }, '物流查询 · 运单 SF1234567890 · 已解决'],
    ['no category', { lang: 'en', outcome: 'escalated' }, 'escalated'],
    ['unknown category humanised in en', { lang: 'en', category: 'gift_card_balance', outcome: 'solved' }, 'Gift card balance · solved'],
    ['unknown category kept raw in zh', { lang: 'zh', category: 'gift_card', outcome: 'solved' }, 'gift_card · 已解决'],
    ['many orders are capped', { lang: 'en', category: 'order_status', orderIds: ['1', '2', '2', '3', '4'], outcome: 'open' }, 'Order status · order 1, 2 +2 · open'],
  ])('%s', (_name, facts, expected) => {
    expect(summarizeHandling(facts)).toBe(expected);
  });

  it('names the agent only when asked', () => {
    const facts = { lang: 'zh', category: 'refund', outcome: 'refunded', agent: 'Lily' } as const;
    expect(summarizeHandling(facts)).toBe('退款 · 已退款');
    expect(summarizeHandling(facts, { includeAgent: true })).toBe('退款 · 已退款 · 经办 Lily');
    expect(summarizeHandling({ ...facts, lang: 'en' }, { includeAgent: true })).toBe('Refund request · refunded · by Lily');
  });

  it('keeps a long detail to one short line', () => {
    const line = summarizeHandling({ lang: 'en', outcome: 'pending', detail: `waiting for\nthe customer ${'x'.repeat(200)}` });
    expect(line).not.toContain('\n');
    expect(line.length).toBeLessThanOrEqual(60);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('categoryLabel', () => {
  it('has both languages for known ids', () => {
    expect(categoryLabel('cancel_order', 'zh')).toBe('取消订单');
    expect(categoryLabel('cancel_order', 'en')).toBe('Order cancellation');
  });
});

describe('timelineLine', () => {
  it('prefixes the local month-day of the latest contact', () => {
    const lastSeen = new Date(2026, 10, 3, 15, 30).getTime();
    expect(timelineLine({ lastSeen, summary: '退货咨询 · 已解决' })).toBe('11-03 退货咨询 · 已解决');
  });
});
