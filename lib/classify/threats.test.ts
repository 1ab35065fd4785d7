import { describe, expect, it } from 'vitest';
import { findEscalationThreats } from './threats';

describe('findEscalationThreats', () => {
  it.each([
    ['我要投诉到12315', 'regulator'],
    ['再不处理我就去微博曝光', 'public'],
    ['我已经找律师了', 'legal'],
    ['你们等着收律師函吧', 'legal'],
    ['我去黑猫投诉', 'regulator'],
    ['给你们差评', 'review'],
    ['I will sue you', 'legal'],
    ["I'm posting this everywhere", 'public'],
    ['Reporting this to the Better Business Bureau', 'regulator'],
    ["I'll dispute the charge with my bank", 'payment'],
    ["I'll take my business elsewhere", 'churn'],
    ['leaving a one-star review', 'review'],
    ['ＩＷＩＬＬ　ＳＵＥ', 'legal'],
  ])('%s → %s', (text, kind) => {
    expect(findEscalationThreats(text).map((t) => t.kind)).toContain(kind);
  });

  it.each([['where is my order?'], ['我的订单什么时候到'], ['I have an issue with my order'], ['请问怎么开发票'], ['pursue a refund please']])('finds nothing in %s', (text) => {
    expect(findEscalationThreats(text)).toEqual([]);
  });

  it('reports every threat with its phrase, by kind, in text order', () => {
    expect(findEscalationThreats('投诉到12315，还要发微博曝光')).toEqual([
      { kind: 'regulator', phrase: '投诉到' },
      { kind: 'regulator', phrase: '12315' },
      { kind: 'public', phrase: '发微博' },
      { kind: 'public', phrase: '曝光' },
    ]);
  });
});
