import { describe, expect, it } from 'vitest';
import { mapResponse } from './mapping';
import { fillReplyTemplate, formatItems } from './reply-template';
import { orderConnector, SAMPLE_ORDER } from './test-connectors';

const mapped = mapResponse(SAMPLE_ORDER, orderConnector().mapping, { lang: 'en', timeZone: 'UTC' });

describe('fillReplyTemplate', () => {
  it('fills fields by English label, any case, and lists items', () => {
    expect(fillReplyTemplate('Order status: {{Status}}, arriving {{ eta }}.\n{{items}}', mapped, 'en')).toBe(
      'Order status: shipped, arriving 15 Mar 2024.\n- Item: 西湖龙井 250g, Qty: 1\n- Item: Glass cup, Qty: 2',
    );
  });

  it('fills by Chinese label and lists items with Chinese labels', () => {
    expect(fillReplyTemplate('您的订单状态：{{状态}}，金额 {{金额}}。\n{{items}}', mapped, 'zh')).toBe(
      '您的订单状态：shipped，金额 CN¥299.00。\n- 商品：西湖龙井 250g，数量：1\n- 商品：Glass cup，数量：2',
    );
  });

  it('never expands placeholders that come from a value', () => {
    const hostile = { fields: [{ label: 'Name', value: '{{Status}} {{items}}' }, { label: 'Status', value: 'shipped' }], items: [] };
    expect(fillReplyTemplate('Hi {{Name}}, {{Status}}', hostile, 'en')).toBe('Hi {{Status}} {{items}}, shipped');
  });

  it('drops unknown placeholders rather than sending them to a customer', () => {
    expect(fillReplyTemplate('A{{nope}}B', mapped, 'en')).toBe('AB');
  });
});

describe('formatItems', () => {
  it.each([
    ['en', '(no items)'],
    ['zh', '（无商品）'],
  ] as const)('says so when there are no items (%s)', (lang, text) => expect(formatItems([], lang)).toBe(text));

  it('skips empty values in a row', () => {
    expect(formatItems([[{ label: 'Item', value: 'Cup' }, { label: 'Note', value: '' }]], 'en')).toBe('- Item: Cup');
  });
});
