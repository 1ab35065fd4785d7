import { describe, expect, it } from 'vitest';
import { orderConnector } from '../../../lookups/test-connectors';
import type { LookupResultMessage } from '../../../messaging/messages/lookups';
import { cardKey, cardText, reconcileCards, replyText, type LookupCard } from './lookup-cards';

const oms = orderConnector();
const ok: LookupResultMessage = {
  status: 'ok',
  connectorId: 'oms-order',
  field: 'order_id',
  value: '240312598746',
  attempts: 1,
  fetchedAt: 0,
  durationMs: 5,
  fields: [
    { label: 'Status', labelZh: '状态', value: 'shipped' },
    { label: 'ETA', labelZh: '预计送达', value: '15 Mar 2024' },
  ],
  items: [[{ label: 'Item', labelZh: '商品', value: 'Tea {{Status}}' }]],
};
const card = (result: LookupResultMessage | null, value = '240312598746'): LookupCard => ({
  ...reconcileCards([], [{ connector: oms, value }]).cards[0]!,
  loading: false,
  result,
});

describe('reconcileCards', () => {
  it('keeps cards already shown, starts new ones and drops lookups no longer planned', () => {
    const first = reconcileCards([], [{ connector: oms, value: 'A1' }, { connector: oms, value: 'B2' }]);
    expect(first.started.map((c) => c.value)).toEqual(['A1', 'B2']);
    const done = first.cards.map((c) => ({ ...c, loading: false, result: ok }));
    const next = reconcileCards(done, [{ connector: oms, value: 'B2' }, { connector: oms, value: 'C3' }]);
    expect(next.cards.map((c) => c.value)).toEqual(['B2', 'C3']);
    expect(next.cards[0]).toBe(done[1]);
    expect(next.started.map((c) => c.key)).toEqual([cardKey('oms-order', 'C3')]);
    expect(next.started[0]).toMatchObject({ loading: true, attempt: 1, result: null, name: 'Order status', system: 'Acme OMS' });
  });
});

describe('card text', () => {
  it.each([
    ['en', 'Order status (240312598746)\nStatus: shipped\nETA: 15 Mar 2024\n- Item: Tea {{Status}}'],
    ['zh', 'Order status (240312598746)\n状态：shipped\n预计送达：15 Mar 2024\n- 商品：Tea {{Status}}'],
  ] as const)('copies labelled lines in %s', (lang, text) => {
    expect(cardText(card(ok), lang)).toBe(text);
  });

  it('copies the explained error of a failed lookup', () => {
    const failed: LookupResultMessage = { ...ok, status: 'error', kind: 'auth', message: '', messageKey: 'lookup.error.auth', params: { system: 'Acme OMS' } };
    expect(cardText(card(failed), 'en')).toBe('Sign in to Acme OMS in another tab, then press Refresh.');
  });

  it('fills the reply template once, so a value holding {{…}} stays literal', () => {
    expect(replyText(card(ok), oms, 'en')).toBe('Order status: shipped, arriving 15 Mar 2024.\n- Item: Tea {{Status}}');
  });

  it.each([
    ['no answer yet', card(null), oms],
    ['no template', card(ok), orderConnector({ replyTemplate: undefined })],
    ['connector gone', card(ok), undefined],
  ])('has nothing to insert with %s', (_name, c, connector) => {
    expect(replyText(c, connector, 'en')).toBeNull();
  });
});
