import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../consoles/types';
import type { MessageVerdict } from '../../insights';
import { computeEscalation } from './escalation';

const msg = (id: string, text: string, role: ChatMessage['role'] = 'customer'): ChatMessage => ({ id, role, name: '', text, time: null });
const v = (sentiment: MessageVerdict['sentiment'], abusive = false): MessageVerdict => ({ sentiment, sentimentScore: 0.9, abusive, abuseScore: abusive ? 0.9 : 0.1, source: 'model' });

describe('computeEscalation', () => {
  it('is quiet for a calm conversation', () => {
    const messages = [msg('1', '你好，我的订单什么时候到？'), msg('2', '好的，谢谢')];
    expect(computeEscalation(messages, { 1: v('neutral'), 2: v('positive') }, { negativeRun: 3, repeatContacts: 0 })).toEqual({ escalate: false, reasons: [] });
  });

  it('names abusive messages', () => {
    const hint = computeEscalation([msg('1', 'hello'), msg('2', '你们客服都是SB吗')], { 1: v('neutral'), 2: v('negative', true) }, { negativeRun: 3, repeatContacts: 0 });
    expect(hint.escalate).toBe(true);
    expect(hint.reasons).toEqual([{ signal: 'abuse', messageIds: ['2'], detail: '1' }]);
  });

  it.each([
    ['再不解决我就投诉到12315！', 'zh regulator'],
    ["If this isn't fixed I'll sue you.", 'en lawyer'],
  ])('finds a threat in "%s" (%s)', (text) => {
    const hint = computeEscalation([msg('1', text)], {}, { negativeRun: 3, repeatContacts: 0 });
    expect(hint.reasons.map((r) => r.signal)).toEqual(['threat']);
    expect(hint.reasons[0]!.messageIds).toEqual(['1']);
  });

  it('does not treat a threatened bad review as a threat', () => {
    expect(computeEscalation([msg('1', '再这样我就给差评')], {}, { negativeRun: 3, repeatContacts: 0 }).escalate).toBe(false);
  });

  it('does not escalate anger alone, however long the run (high priority, not a supervisor)', () => {
    const messages = [msg('1', 'a'), msg('x', 'sorry', 'agent'), msg('2', 'b'), msg('3', 'c'), msg('4', 'd')];
    const verdicts = { 1: v('negative'), 2: v('negative'), 3: v('negative'), 4: v('negative') };
    expect(computeEscalation(messages, verdicts, { negativeRun: 3, repeatContacts: 0 })).toEqual({ escalate: false, reasons: [] });
  });

  it('escalates anger after a repeat contact the customer states in the chat', () => {
    const messages = [msg('1', "This is the third time I'm contacting you about my refund."), msg('2', 'Unbelievable.')];
    const hint = computeEscalation(messages, { 1: v('neutral'), 2: v('negative') }, { repeatContacts: 0 });
    expect(hint.reasons.map((r) => [r.signal, r.messageIds])).toEqual([['repeat-phrase', ['1']]]);
    expect(computeEscalation(messages, { 1: v('neutral'), 2: v('neutral') }, { repeatContacts: 0 }).escalate).toBe(false);
  });

  it.each([
    ['我的账号被盗了，不是我本人操作的', 'fraud'],
    ['I was charged twice for the same order', 'double charge'],
    ["I'll leave a 1-star review and switch to another provider", 'review and switching'],
  ])('does not escalate "%s" (%s) by itself', (text) => {
    expect(computeEscalation([msg('1', text)], { 1: v('negative') }, { repeatContacts: 0 }).escalate).toBe(false);
  });

  it('counts repeat contact only with a negative customer', () => {
    expect(computeEscalation([msg('1', 'a')], { 1: v('negative') }, { negativeRun: 3, repeatContacts: 2 }).reasons.map((r) => r.signal)).toEqual(['repeat-contact']);
    expect(computeEscalation([msg('1', 'a')], { 1: v('neutral') }, { negativeRun: 3, repeatContacts: 5 }).escalate).toBe(false);
  });
});
