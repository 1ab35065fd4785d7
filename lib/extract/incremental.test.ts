import { describe, expect, it } from 'vitest';
import { createIncrementalExtractor, extractTicketFields } from './extract';
import { chat } from './test-chat';

const conversation = chat('c: 我的快递一直没到', 'a: 请提供订单号', 'c: 305948571620', 'a: 请问怎么称呼', 'c: 我叫李娜，电话13812345678');

describe('createIncrementalExtractor', () => {
  it('scans only the new message and agrees with a full extraction', () => {
    const ex = createIncrementalExtractor();
    for (let n = 1; n <= conversation.length; n++) {
      const got = ex.update(conversation.slice(0, n));
      expect(ex.lastUpdate).toEqual({ scanned: 1, reused: n - 1 });
      expect(got).toEqual(extractTicketFields(conversation.slice(0, n)));
    }
    expect(ex.update(conversation).order_ids.map((f) => f.value)).toEqual(['305948571620']);
    expect(ex.lastUpdate).toEqual({ scanned: 0, reused: conversation.length });
  });

  it('rescans an edited message and forgets deleted ones', () => {
    const ex = createIncrementalExtractor();
    ex.update(conversation);
    const edited = conversation.map((m) => (m.id === 'm4' ? { ...m, text: '我叫李娜，电话13900001111' } : m));
    expect(ex.update(edited).phones.map((f) => f.value)).toEqual(['+8613900001111']);
    expect(ex.lastUpdate.scanned).toBe(1);
    expect(ex.update(edited.slice(0, 3)).phones).toEqual([]);
  });

  it('rescans a customer reply when the agent request before it changes', () => {
    const ex = createIncrementalExtractor();
    const asked = chat('a: 请提供订单号', 'c: DD20240315001');
    expect(ex.update(asked).order_ids.map((f) => f.value)).toEqual(['DD20240315001']);
    const notAsked = [{ ...asked[0]!, text: '您好' }, asked[1]!];
    expect(ex.update(notAsked).order_ids).toEqual([]);
  });
});

describe('live options on update', () => {
  it('signals given to update change priority without rescanning', () => {
    const ex = createIncrementalExtractor();
    const msgs = chat('c: 我的快递一直没到', 'c: 你们到底管不管');
    expect(ex.update(msgs).escalate.value).toBe(false);
    const flagged = ex.update(msgs, { signals: { abusiveMessageIds: ['m1'] } });
    expect(ex.lastUpdate.scanned).toBe(0);
    expect(flagged.escalate.value).toBe(true);
    expect(flagged.escalate.reasons.map((r) => r.kind)).toContain('abuse');
  });
  it('agent names given to update are never the customer name', () => {
    const ex = createIncrementalExtractor();
    const msgs = chat('c: Hi, this is Maria');
    expect(ex.update(msgs).name?.value).toBe('Maria');
    expect(ex.update(msgs, { agentNames: ['Maria'] }).name).toBeNull();
  });
});
