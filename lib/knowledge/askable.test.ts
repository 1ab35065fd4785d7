import { describe, expect, it } from 'vitest';
import { isAskable } from './askable';

describe('isAskable: what the unanswered log keeps', () => {
  it.each([
    '你们支持用比特币付款吗？',
    '发票怎么开',
    '我的订单物流一直没更新，配送延迟了',
    'Do you ship to Norway?',
    'How do I change the delivery address',
    'my parcel arrived damaged and I want a replacement',
  ])('keeps a real question or request: %s', (line) => expect(isAskable(line)).toBe(true));

  it.each(['在吗', '在吗？？', '好的，谢谢', '谢谢！', '嗯嗯', 'ok thanks', 'Thank you!', 'hello?', '240312598746', 'SF1234567890123', '👍', '  ', '好'])(
    'skips chit-chat, acknowledgements and bare numbers: %s',
    (line) => expect(isAskable(line)).toBe(false),
  );
});
