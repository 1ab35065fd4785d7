import { expect, it } from 'vitest';
import type { ChatMessage } from '../consoles/types';
import { buildQueryFromMessages, latestCustomerQuestion } from './query-from-messages';

const msg = (id: number, role: ChatMessage['role'], text: string, internal = false): ChatMessage => ({ id: String(id), role, name: '', text, time: null, internal });

const chat = [
  msg(1, 'customer', 'hello'),
  msg(2, 'agent', 'Hi, how can I help? Our refund policy is 30 days.'),
  msg(3, 'customer', 'my parcel never arrived'),
  msg(4, 'agent', 'internal: check courier', true),
  msg(5, 'system', 'Ticket assigned'),
  msg(6, 'customer', 'I want my money back'),
];

it('uses customer lines only, latest weighing most', () => {
  expect(buildQueryFromMessages(chat)).toEqual([
    { text: 'hello', weight: 0.25 },
    { text: 'my parcel never arrived', weight: 0.5 },
    { text: 'I want my money back', weight: 1 },
  ]);
});

it('keeps the latest maxMessages and trims long pastes', () => {
  const q = buildQueryFromMessages(chat, { maxMessages: 1, maxChars: 7 });
  expect(q).toEqual([{ text: 'I want ', weight: 1 }]);
});

it('has an empty query when the customer said nothing', () => {
  expect(buildQueryFromMessages([msg(1, 'agent', 'Hello?')])).toEqual([]);
  expect(latestCustomerQuestion(chat)).toBe('I want my money back');
});
