import { describe, expect, it } from 'vitest';
import { analyze } from './analyzer';

describe('analyze', () => {
  it.each([
    ['How do I delete my accounts?', ['delet', 'account']],
    ["I can't log-in, it doesn't work", ['log', 'work']],
    ['ＲＥＦＵＮＤ １２３', ['refund', '123']],
    ['退款怎么申请', ['退款', '申请', '~退款', '~款怎', '~么申', '~申请']],
    // ICU splits 花呗还款 into single characters (还 is then a stop-word): the bigrams still carry 花呗 and 还款.
    ['花呗还款', ['花', '呗', '款', '~花呗', '~呗还', '~还款']],
  ])('%s', (text, terms) => {
    expect(analyze(text)).toEqual(terms);
  });

  it('handles mixed Chinese and English in one message', () => {
    const terms = analyze('我的iPhone订单refund了吗');
    expect(terms).toEqual(expect.arrayContaining(['iphon', 'refund', '订单', '~订单']));
    expect(terms).not.toContain('吗');
  });

  it('is identical for the same text (index and query meet)', () => {
    expect(analyze('Shipping 快递 delays')).toEqual(analyze('Shipping 快递 delays'));
  });
});
