import { describe, expect, it } from 'vitest';
import { LookupMappingError } from './errors';
import { fieldLabel, mapResponse, MAX_ITEMS } from './mapping';
import { mappingSchema } from './schema';
import { orderConnector, SAMPLE_ORDER } from './test-connectors';

const mapping = orderConnector().mapping;

function mappingError(fn: () => unknown): LookupMappingError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LookupMappingError) return e;
    throw e;
  }
  throw new Error('expected a LookupMappingError');
}

describe('mapResponse', () => {
  it('maps labelled fields and line items as plain strings', () => {
    const mapped = mapResponse(SAMPLE_ORDER, mapping, { lang: 'en', timeZone: 'UTC' });
    expect(mapped.fields).toEqual([
      { label: 'Status', labelZh: '状态', value: 'shipped' },
      { label: 'ETA', labelZh: '预计送达', value: '15 Mar 2024' },
      { label: 'Amount', labelZh: '金额', value: 'CN¥299.00' },
    ]);
    expect(mapped.items).toEqual([
      [
        { label: 'Item', labelZh: '商品', value: '西湖龙井 250g' },
        { label: 'Qty', labelZh: '数量', value: '1' },
      ],
      [
        { label: 'Item', labelZh: '商品', value: 'Glass cup' },
        { label: 'Qty', labelZh: '数量', value: '2' },
      ],
    ]);
  });

  it('formats dates and amounts for Chinese agents', () => {
    const mapped = mapResponse(SAMPLE_ORDER, mapping, { lang: 'zh', timeZone: 'Asia/Shanghai' });
    expect(mapped.fields.map((f) => f.value)).toEqual(['shipped', '2024年3月15日', '¥299.00']);
  });

  it.each([
    [{ order: { eta: '2024-03-15', amount: 1, items: [] } }, '/order/status', 'no member "status"'],
    [{ order: { status: { code: 2 }, eta: '', amount: 1, items: [] } }, '/order/status', 'is an object, not a value'],
    [{ order: { status: ['a'], eta: '', amount: 1, items: [] } }, '/order/status', 'map it as the list'],
    [{ order: { status: 's', eta: '', amount: 1, items: {} } }, '/order/items', 'not an array'],
    [{ order: { status: 's', eta: '', amount: 1, items: [{ name: 'a', qty: 1 }, { name: 'b' }] } }, '/order/items/1/qty', 'no member "qty"'],
    [[], '/order/status', '"order" is not an array index'],
    ['just text', '/order/status', 'parent is string'],
  ])('names the failing pointer (%#)', (json, pointer, detail) => {
    const error = mappingError(() => mapResponse(json, mapping));
    expect(error.pointer).toBe(pointer);
    expect(error.detail).toContain(detail);
    expect(error.kind).toBe('mapping');
  });

  it('treats an optional field that is absent as empty, and null as empty', () => {
    const m = mappingSchema.parse({
      fields: [
        { label: 'Refund', pointer: '/refund/state', optional: true },
        { label: 'Refund amount', pointer: '/amount' },
      ],
    });
    expect(mapResponse({ amount: null }, m).fields.map((f) => f.value)).toEqual(['', '']);
  });

  it('reads keys containing "/" and "~" through escapes', () => {
    const m = mappingSchema.parse({ fields: [{ label: 'A', pointer: '/meta/x~1y/p~0q' }] });
    expect(mapResponse({ meta: { 'x/y': { 'p~q': 'found' } } }, m).fields[0]!.value).toBe('found');
  });

  it('stringifies numbers and booleans, and caps the number of items', () => {
    const m = mappingSchema.parse({ fields: [{ label: 'Paid', pointer: '/paid' }], list: { pointer: '/rows', fields: [{ label: 'N', pointer: '' }] } });
    const rows = Array.from({ length: MAX_ITEMS + 5 }, (_, i) => i);
    const mapped = mapResponse({ paid: false, rows }, m);
    expect(mapped.fields[0]!.value).toBe('false');
    expect(mapped.items).toHaveLength(MAX_ITEMS);
    expect(mapped.items[3]).toEqual([{ label: 'N', value: '3' }]);
  });
});

describe('fieldLabel', () => {
  it.each([
    [{ label: 'Status', labelZh: '状态' }, 'zh', '状态'],
    [{ label: 'Status', labelZh: '状态' }, 'en', 'Status'],
    [{ label: 'Status' }, 'zh', 'Status'],
  ] as const)('%j in %s → %s', (field, lang, expected) => expect(fieldLabel(field, lang)).toBe(expected));
});
