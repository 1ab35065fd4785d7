import { describe, expect, it } from 'vitest';
import { mergeHandling } from '../../../history/merge';
import type { HandlingRecord } from '../../../history/types';
import { NOTE_MARKER, noteText } from './write-back';

const base = (over: Partial<HandlingRecord> = {}): HandlingRecord => ({
  ...mergeHandling(undefined, {
    consoleId: 'zendesk',
    ticketId: '1001',
    ticketUrl: 'http://127.0.0.1/agent/tickets/1001',
    contactKeys: ['user:zendesk:90001'],
    customerName: '王敏',
    category: 'logistics',
    lang: 'zh',
    outcome: 'pending',
    agent: 'Alex Chen',
    facts: { orderIds: ['240312598746'] },
  }, Date.UTC(2026, 10, 3)),
  ...over,
});

describe('noteText', () => {
  it('generates the summary with the agent, behind the marker of the conversation language', () => {
    expect(noteText(base())).toBe(`${NOTE_MARKER.zh} 物流查询 · 订单 240312598746 · 待客户回复 · 王敏 · 经办 Alex Chen`);
    expect(noteText(base({ lang: 'en' }))).toMatch(/^\[Deskmate handling note\] Shipping · order 240312598746 · pending · 王敏 · by Alex Chen$/);
  });

  it("keeps an agent's edited summary word for word and appends the agent note", () => {
    expect(noteText(base({ summary: '物流滞留，已催促', summaryEdited: true, note: '下次直接升级主管' }))).toBe(`${NOTE_MARKER.zh} 物流滞留，已催促\n下次直接升级主管`);
  });
});
