import { describe, expect, it } from 'vitest';
import { previewMapping } from './mapping-preview';
import { orderConnector, SAMPLE_ORDER } from './test-connectors';

const mapping = orderConnector().mapping;

describe('previewMapping', () => {
  it('reports every field, good and bad, instead of stopping at the first', () => {
    const raw = JSON.stringify({ order: { eta: '2024-03-15', amount: { x: 1 }, items: [{ name: 'Cup' }] } });
    expect(previewMapping(raw, mapping, { lang: 'en' })).toEqual({
      fields: [
        { label: 'Status', pointer: '/order/status', error: '/order/status: no member "status"' },
        { label: 'ETA', pointer: '/order/eta', value: '15 Mar 2024' },
        { label: 'Amount', pointer: '/order/amount', error: '/order/amount is an object, not a value; point at one of its members' },
      ],
      list: { pointer: '/order/items', count: 1 },
      listFields: [
        { label: 'Item', pointer: '/order/items/0/name', value: 'Cup' },
        { label: 'Qty', pointer: '/order/items/0/qty', error: '/order/items/0/qty: no member "qty"' },
      ],
    });
  });

  it('maps a good response completely', () => {
    const preview = previewMapping(JSON.stringify(SAMPLE_ORDER), mapping);
    expect('fields' in preview && preview.fields.every((f) => f.value !== undefined)).toBe(true);
  });

  it.each([
    [{ order: { items: 'none' } }, '/order/items is not an array'],
    [{ order: {} }, '/order/items: no member "items"'],
  ])('reports a list problem (%j)', (json, error) => {
    const preview = previewMapping(JSON.stringify(json), mapping);
    expect('list' in preview && preview.list).toEqual({ pointer: '/order/items', error });
  });

  it('says when the body is not JSON', () => {
    expect(previewMapping('<html>', mapping)).toEqual({ error: expect.stringContaining('not valid JSON') });
  });
});
