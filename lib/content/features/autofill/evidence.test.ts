import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../consoles/fixture-dom';
import { chat } from '../../../extract/test-chat';
import { evidenceSnippet, outlineMessage } from './evidence';

const messages = chat('c: 你好，我的订单 240312598746 已经下单五天了还没送到，物流一直没更新。', 'c: SF1234567890123');

describe('evidenceSnippet', () => {
  it.each([
    ['span in the middle', { messageId: 'm0', start: 8, end: 20 }, 4, { before: '…的订单 ', match: '240312598746', after: ' 已经下…' }],
    ['span is the whole message', { messageId: 'm1', start: 0, end: 15 }, 4, { before: '', match: 'SF1234567890123', after: '' }],
    ['empty span shows the start', { messageId: 'm1', start: 0, end: 0 }, 4, { before: '', match: '', after: 'SF123456…' }],
  ])('%s', (_, ev, radius, expected) => {
    expect(evidenceSnippet(messages, ev, radius)).toMatchObject(expected);
  });
  it('is null when the message is gone', () => {
    expect(evidenceSnippet(messages, { messageId: 'm9', start: 0, end: 1 })).toBeNull();
  });
});

describe('outlineMessage', () => {
  it('outlines the element and restores its own outline', () => {
    const el = loadDocument('<html><body><div>msg</div></body></html>').querySelector('div') as HTMLElement;
    el.style.outline = '1px dotted red';
    const clear = outlineMessage(el);
    expect(el.style.outline).toContain('solid');
    clear();
    expect(el.style.outline).toBe('1px dotted red');
  });
});
