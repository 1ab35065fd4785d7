import { describe, expect, it } from 'vitest';
import { createKnowledgeIndex } from './knowledge-index';

const ARTICLES = [
  { id: 'refund', title: '如何申请退款', body: '在订单页面点击申请退款，款项三个工作日内原路退回。', tags: ['billing'] },
  { id: 'refund-en', title: 'How refunds work', body: 'Request a refund from the Orders page; the amount is credited to your card in 3 days.', tags: ['billing'] },
  { id: 'shipping', title: '快递多久能到', body: '一般下单后48小时内发货，快递三到五天送达。', tags: ['shipping'] },
  { id: 'password', title: 'Reset your password', body: 'Use "Forgot password" on the sign-in page to get a reset e-mail.', tags: ['account'] },
  { id: 'huabei', title: '花呗怎么还款', body: '打开支付宝，进入花呗页面选择还款。', tags: ['billing'] },
  { id: 'invoice-zh', title: '开发票', body: '在订单详情页可以申请电子发票，支持增值税普通发票。', tags: ['billing'] },
];
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('createKnowledgeIndex', () => {
  const index = createKnowledgeIndex(ARTICLES);

  it.each([
    ['我想退款', 'refund'],
    ['I forgot my password and cannot sign in', 'password'],
    ['我的快递什么时候到', 'shipping'],
    ['花呗如何还钱', 'huabei'],
    ['我想开个发票', 'invoice-zh'],
  ])('ranks the right article first for %s', (query, id) => {
    expect(ids(index.search(query))[0]).toBe(id);
  });

  it('serves a mixed Chinese/English question with both languages', () => {
    expect(ids(index.search('my iPhone 订单 refund 怎么办')).slice(0, 2).sort()).toEqual(['refund', 'refund-en']);
  });

  it.each([
    ['我想退钱', 'refund'],
    ['I want my money back', 'refund-en'],
  ])('finds articles through synonyms: %s', (query, id) => {
    expect(ids(index.search(query))).toContain(id);
    expect(ids(createKnowledgeIndex(ARTICLES, { synonyms: [] }).search(query))).not.toContain(id);
  });

  it('takes the ticket category as a signal', () => {
    const q = '多久能到';
    const plain = index.search(q, { k: 10 });
    const boosted = index.search(q, { k: 10, category: 'shipping' });
    expect(boosted.find((h) => h.id === 'shipping')!.score).toBeGreaterThan(plain.find((h) => h.id === 'shipping')!.score);
  });

  it('weights recent messages more', () => {
    const recentShipping = index.search([{ text: '退款申请了', weight: 0.25 }, { text: '快递多久', weight: 1 }]);
    const recentRefund = index.search([{ text: '退款申请了', weight: 1 }, { text: '快递多久', weight: 0.25 }]);
    expect(ids(recentShipping)[0]).toBe('shipping');
    expect(ids(recentRefund)[0]).toBe('refund');
  });

  it('returns matched index terms and respects k', () => {
    const [hit] = index.search('reset password');
    expect(hit).toMatchObject({ id: 'password', matchedTerms: expect.arrayContaining(['reset', 'password']) });
    expect(index.search('订单', { k: 2 })).toHaveLength(2);
    expect(index.search('the and of')).toEqual([]);
  });

  it('reports how much of the question the hit covers', () => {
    expect(index.search('reset password')[0]!.coverage).toBe(1);
    const partial = index.search('reset password for my xylophone')[0]!;
    expect(partial.id).toBe('password');
    expect(partial.coverage).toBeGreaterThan(0.4);
    expect(partial.coverage).toBeLessThan(1);
  });

  it('adds, replaces and removes articles', () => {
    const idx = createKnowledgeIndex(ARTICLES);
    idx.add({ id: 'gift', title: 'Gift cards', body: 'Gift cards never expire.' });
    expect(ids(idx.search('gift card'))[0]).toBe('gift');
    idx.replace({ id: 'gift', title: 'Vouchers', body: 'Vouchers expire after a year.' });
    expect(ids(idx.search('gift card'))).not.toContain('gift');
    idx.remove('gift');
    idx.remove('not-there');
    expect(ids(idx.search('vouchers expire'))).toEqual([]);
    expect(idx.size).toBe(ARTICLES.length);
  });
});
