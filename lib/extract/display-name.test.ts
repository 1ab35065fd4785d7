import { describe, expect, it } from 'vitest';
import { completeFromDisplayName } from './display-name';
import { extractTicketFields } from './extract';
import { chat } from './test-chat';

describe('completeFromDisplayName', () => {
  it.each([
    ['first name + console full name', 'Sarah', 'first', undefined, ['Sarah Connor'], 'Sarah Connor'],
    ['case-insensitive first name', 'sarah', 'first', undefined, ['Sarah  Connor'], 'Sarah Connor'],
    ['zh surname + console full name', '王', 'surname', undefined, ['王敏'], '王敏'],
    ['zh honorific + console full name', '王女士', 'titled', '王', ['王敏'], '王敏'],
    ['another first name', 'Sarah', 'first', undefined, ['Kevin Moore'], null],
    ['display name is one word', 'Sarah', 'first', undefined, ['Sarah'], null],
    ['visitor placeholder', 'Sarah', 'first', undefined, ['Sarah Visitor'], null],
    ['masked phone', '王', 'surname', undefined, ['王138****5678'], null],
    ['访客', '王', 'surname', undefined, ['访客'], null],
    ['another surname', '王', 'surname', undefined, ['李娜'], null],
    ['latin display for a zh surname', '王', 'surname', undefined, ['Wang Min'], null],
    ['en titled stays', 'Mr. Okafor', 'titled', 'Okafor', ['James Okafor'], null],
  ] as const)('%s', (_, value, form, surname, names, expected) => {
    expect(completeFromDisplayName(value, form, surname, names)).toBe(expected);
  });

  it('extraction uses the customer sender name, never the agent one, and keeps the chat evidence', () => {
    const msgs = chat('c: my blender arrived cracked', 'a: Hello Sarah, sorry about that').map((m) => ({ ...m, name: m.role === 'customer' ? 'Sarah Connor' : 'Sarah Lee' }));
    const name = extractTicketFields(msgs).name;
    expect(name?.value).toBe('Sarah Connor');
    expect(name?.evidence[0]?.messageId).toBe('m1');
    const agentOnly = chat('c: my blender arrived cracked', 'a: Hello Sarah').map((m) => ({ ...m, name: m.role === 'agent' ? 'Sarah Connor' : '' }));
    expect(extractTicketFields(agentOnly).name?.value).toBe('Sarah');
  });

  it('a full name from the chat wins over the console name', () => {
    const msgs = chat('c: 我叫王敏，订单没到').map((m) => ({ ...m, name: 'Wang Min' }));
    expect(extractTicketFields(msgs).name?.value).toBe('王敏');
  });
});
