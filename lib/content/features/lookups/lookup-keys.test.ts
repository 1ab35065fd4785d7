import { describe, expect, it, vi } from 'vitest';
import { createIncrementalExtractor, type TicketExtraction } from '../../../extract';
import type { ChatMessage } from '../../../consoles/types';
import { lookupKeysFor } from './lookup-keys';

// Demo ticket 1001 (demo/src/conversations.ts), as the adapter reads it.
const messages: ChatMessage[] = [
  { id: '1', role: 'customer', name: 'Wang Min', time: null, text: '你好，我的订单 240312598746 已经下单五天了还没送到，物流一直没更新。' },
  { id: '2', role: 'agent', name: 'Alex Chen', time: null, text: '王女士您好，很抱歉让您久等了，订单 240399999999 我马上帮您查询。' },
  { id: '3', role: 'customer', name: 'Wang Min', time: null, text: '顺丰单号 SF1234567890123，我叫王敏，电话 138-1234-5678。' },
  { id: '4', role: 'agent', name: 'Alex Chen', time: null, text: '内部备注 A-1', internal: true },
];

describe('lookupKeysFor', () => {
  it('runs the extraction engine itself while auto-fill has not published an extraction', () => {
    const keys = lookupKeysFor(messages, null, () => createIncrementalExtractor());
    expect(keys.order_ids).toContain('240312598746');
    expect(keys.tracking_numbers).toContain('SF1234567890123');
    expect(keys.phones.length).toBeGreaterThan(0);
    expect(keys.text).toBe(`${messages[0]!.text}\n${messages[2]!.text}`);
  });

  it("uses auto-fill's extraction when there is one and does not extract again", () => {
    const field = (value: string) => ({ value, evidence: [] });
    const extraction = { order_ids: [field('ORD-1')], tracking_numbers: [], phones: [], emails: [field('a@b.cn')] } as unknown as TicketExtraction;
    const fallback = vi.fn(() => createIncrementalExtractor());
    expect(lookupKeysFor(messages, extraction, fallback)).toMatchObject({ order_ids: ['ORD-1'], tracking_numbers: [], phones: [], emails: ['a@b.cn'] });
    expect(fallback).not.toHaveBeenCalled();
  });
});
