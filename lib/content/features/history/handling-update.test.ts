import { describe, expect, it } from 'vitest';
import type { TicketSnapshot } from '../../../consoles/adapter';
import type { ChatMessage } from '../../../consoles/types';
import { extractTicketFields } from '../../../extract';
import type { MessageVerdict } from '../../insights';
import { buildHandlingRequest, contactFor, outcomeFromConsole, sentimentSummary } from './handling-update';

const msg = (id: string, text: string, role: ChatMessage['role'] = 'customer', internal = false): ChatMessage => ({ id, role, name: '', text, time: null, ...(internal ? { internal } : {}) });
const verdict = (sentiment: MessageVerdict['sentiment'], abusive = false): MessageVerdict => ({ sentiment, sentimentScore: 0.9, abusive, abuseScore: abusive ? 0.9 : 0.1, source: 'model' });

function snapshot(over: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    consoleId: 'zendesk',
    ticketId: '1003',
    url: 'http://127.0.0.1:5178/agent/tickets/1003',
    subject: '想退货',
    requester: { name: '138****5678', email: '', phone: '', userId: '90003' },
    fields: { status: 'new', priority: '' },
    messages: [msg('1', '你好，上个月买的空气炸锅想退货，订单号 240311777123。'), msg('2', '您好，请问怎么称呼？方便留个联系电话吗？', 'agent'), msg('3', '我姓王，手机 +86 138 1234 5678')],
    agentName: 'Alex Chen',
    ...over,
  };
}

describe('outcomeFromConsole', () => {
  it.each([
    ['solved', '', 'solved'],
    ['Closed', 'normal', 'solved'],
    ['pending', 'urgent', 'pending'],
    ['open', 'normal', 'open'],
    ['new', '', 'open'],
    ['open', 'urgent', 'escalated'],
    ['', '', undefined],
    ['weird', 'urgent', undefined],
  ] as const)('status %s, priority %s → %s', (status, priority, expected) => {
    expect(outcomeFromConsole(status, priority)).toBe(expected);
  });
});

describe('sentimentSummary', () => {
  it('counts only customer messages with a verdict', () => {
    const s = snapshot({ messages: [msg('1', 'a'), msg('2', 'b'), msg('3', 'c'), msg('4', 'd', 'agent'), msg('5', 'e', 'agent', true)] });
    const verdicts = { 1: verdict('negative'), 2: verdict('negative', true), 4: verdict('negative'), 5: verdict('negative') };
    expect(sentimentSummary(s, verdicts)).toEqual({ negativeShare: 1, abusiveCount: 1, messages: 2 });
    expect(sentimentSummary(s, { 1: verdict('neutral'), 2: verdict('negative'), 3: verdict('positive') })).toEqual({ negativeShare: 0.333, abusiveCount: 0, messages: 3 });
  });

  it('is unknown before the classifier has spoken', () => {
    expect(sentimentSummary(snapshot(), {})).toBeUndefined();
  });
});

describe('contactFor', () => {
  it('joins requester fields with what the chat revealed, without blanks or repeats', () => {
    const s = snapshot({ requester: { name: 'Sarah', email: 'sarah@example.com', phone: '', userId: '90002' } });
    const extraction = extractTicketFields([msg('1', 'Mail me at sarah@example.com or call (415) 555-0199')], { lang: 'en' });
    const contact = contactFor(s, extraction);
    expect(contact.userId).toBe('90002');
    expect(contact.emails).toEqual(['sarah@example.com']);
    expect(contact.phones).toHaveLength(1);
    expect(contactFor(s, null)).toEqual({ userId: '90002', emails: ['sarah@example.com'], phones: [] });
  });
});

describe('buildHandlingRequest', () => {
  it("leaves out what a page without the customer's messages cannot know (a reply form must not overwrite category or language)", () => {
    const s = snapshot({ messages: [] });
    const request = buildHandlingRequest(s, extractTicketFields([], { agentNames: [] }), {}, { consoleName: 'RT', sessionId: 'v1' })!;
    expect(request.update).not.toHaveProperty('category');
    expect(request.update).not.toHaveProperty('lang');
    expect(request.update).toMatchObject({ consoleName: 'RT', sessionId: 'v1' });
  });

  it("dates the observation by the ticket's own messages", () => {
    const dated = snapshot().messages.map((m, i) => ({ ...m, time: new Date(Date.UTC(2026, 10, 1 + i)).toISOString() }));
    expect(buildHandlingRequest(snapshot({ messages: dated }), null, {})!.update).toMatchObject({ ticketCreatedAt: Date.UTC(2026, 10, 1), ticketUpdatedAt: Date.UTC(2026, 10, 3) });
    // Undated messages (the console shows no times): no ticket dates rather than invented ones.
    expect(buildHandlingRequest(snapshot(), null, {})!.update).not.toHaveProperty('ticketCreatedAt');
  });

  it('carries what auto-fill found, the console outcome and the agent', () => {
    const s = snapshot();
    const request = buildHandlingRequest(s, extractTicketFields(s.messages, { agentNames: ['Alex Chen'] }), {})!;
    expect(request.update).toMatchObject({ consoleId: 'zendesk', ticketId: '1003', ticketUrl: s.url, outcome: 'open', agent: 'Alex Chen', lang: 'zh', category: 'refund_return' });
    expect(request.update.facts?.orderIds).toEqual(['240311777123']);
    expect(request.contact.phones.length).toBe(1);
    // the requester field is a masked placeholder, never a name
    expect(request.update.customerName ?? '').not.toContain('*');
  });

  it('leaves out what is not known yet rather than sending blanks', () => {
    const request = buildHandlingRequest(snapshot({ fields: {}, agentName: '' }), null, {})!;
    expect(Object.keys(request.update).sort()).toEqual(['consoleId', 'ticketId', 'ticketUrl']);
  });

  it('has nothing to record without a ticket id', () => {
    expect(buildHandlingRequest(snapshot({ ticketId: null }), null, {})).toBeNull();
  });
});
