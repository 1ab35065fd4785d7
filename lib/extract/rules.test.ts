import { describe, expect, it } from 'vitest';
import { extractTicketFields } from './extract';
import { categoryRuleSchema, DEFAULT_ORDER_PATTERNS, DEFAULT_TRACKING_PATTERNS, patternRuleSchema } from './rules';
import { DEFAULT_CATEGORY_RULES } from './categories';
import { chat } from './test-chat';

describe('rules as settings data', () => {
  it('default rules pass their own schemas', () => {
    for (const r of [...DEFAULT_ORDER_PATTERNS, ...DEFAULT_TRACKING_PATTERNS]) expect(patternRuleSchema.parse(r)).toEqual(r);
    for (const r of DEFAULT_CATEGORY_RULES) expect(categoryRuleSchema.parse(r)).toEqual(r);
  });

  it.each([
    [{ name: 'bad', pattern: '(unclosed' }],
    [{ name: '', pattern: '\\d+' }],
    [{ name: 'flags', pattern: '\\d+', flags: 'gy' }],
  ])('rejects %j', (rule) => {
    expect(patternRuleSchema.safeParse(rule).success).toBe(false);
  });

  it('a shop adds its own order format as a pattern', () => {
    const messages = chat('c: my order is SHOP/88-1234 please check');
    expect(extractTicketFields(messages).order_ids).toEqual([]);
    const orderPatterns = [...DEFAULT_ORDER_PATTERNS, { name: 'shop', pattern: '(SHOP/\\d{2}-\\d{4})' }];
    const x = extractTicketFields(messages, { orderPatterns });
    expect(x.order_ids.map((f) => f.value)).toEqual(['SHOP/88-1234']);
    expect(x.order_ids[0]!.evidence[0]).toEqual({ messageId: 'm0', start: 12, end: 24 });
  });

  it('a custom tracking rule that needs its cue', () => {
    const trackingPatterns = [{ name: 'dpd', pattern: '(?<!\\d)(\\d{14})(?!\\d)', needsCue: true }];
    expect(extractTicketFields(chat('c: DPD tracking 01234567890123'), { trackingPatterns }).tracking_numbers.map((f) => f.value)).toEqual(['01234567890123']);
    expect(extractTicketFields(chat('c: 01234567890123'), { trackingPatterns, orderPatterns: [] }).tracking_numbers).toEqual([]);
  });
});
