import { describe, expect, it } from 'vitest';
import { matchConnectors, type ExtractedLookupKeys } from './match';
import { connectorSchema } from './schema';
import { customerSearchConnector, orderConnector } from './test-connectors';

const none: ExtractedLookupKeys = { order_ids: [], tracking_numbers: [], phones: [], emails: [] };
const order = orderConnector();
const byPhone = customerSearchConnector();
const byPattern = connectorSchema.parse({
  ...orderConnector({ id: 'oms-by-pattern' }),
  trigger: { field: 'pattern', pattern: '单号[:：]\\s*(\\d{12})' },
  request: { method: 'GET', url: 'https://oms.example.internal/api/orders/{{value}}' },
});

const planned = (extracted: Partial<ExtractedLookupKeys>, options = {}) =>
  matchConnectors([order, byPhone, byPattern], { ...none, ...extracted }, options).map((p) => `${p.connector.id}=${p.value}`);

describe('matchConnectors', () => {
  it('runs each connector on the field it is triggered by', () => {
    expect(planned({ order_ids: ['240312598746'], phones: ['13812345678'], emails: ['a@b.c'] })).toEqual(['oms-order=240312598746', 'crm-phone=13812345678']);
  });

  it('de-duplicates values per connector, ignoring case and spaces', () => {
    expect(planned({ order_ids: ['ORD-2024-00123', 'ord-2024-00123 ', 'ORD-2024- 00123'] })).toEqual(['oms-order=ORD-2024-00123']);
  });

  it('caps values per connector', () => {
    const ids = ['1', '2', '3', '4', '5'].map((n) => n.repeat(12));
    expect(planned({ order_ids: ids }, { maxPerConnector: 2 })).toEqual([`oms-order=${ids[0]}`, `oms-order=${ids[1]}`]);
  });

  it('skips values that cannot be looked up', () => {
    expect(planned({ order_ids: ['..', '', '240312598746'] })).toEqual(['oms-order=240312598746']);
  });

  it('takes the capture group of a pattern connector from the text', () => {
    expect(planned({ text: '你好，单号：240312598746 还没到，另一个单号: 240401100233；单号：240312598746' })).toEqual([
      'oms-by-pattern=240312598746',
      'oms-by-pattern=240401100233',
    ]);
  });

  it('scans only the end of a very long text', () => {
    const text = `单号：240312598746${' '.repeat(100)}单号：240401100233`;
    expect(planned({ text }, { maxTextChars: 40 })).toEqual(['oms-by-pattern=240401100233']);
  });

  it('plans nothing when nothing was extracted', () => {
    expect(planned({})).toEqual([]);
  });
});
