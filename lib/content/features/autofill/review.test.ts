import { describe, expect, it } from 'vitest';
import { extractTicketFields } from '../../../extract';
import { chat } from '../../../extract/test-chat';
import { acceptedValues, isAccepted, reviewItems, type Decisions } from './review';

const ex = extractTicketFields(chat('c: 我的订单 240312598746 一直没到，顺丰单号 SF1234567890123', 'c: 我叫王敏，电话 138-1234-5678，已经第三次联系了，再不处理我就投诉到12315'));

describe('reviewItems', () => {
  it('lists every field in card order with its evidence', () => {
    const items = reviewItems(ex);
    expect(items.map((i) => i.kind)).toEqual(['name', 'phone', 'order_id', 'tracking_number', 'category', 'priority', 'escalate']);
    expect(items.find((i) => i.kind === 'phone')).toMatchObject({ value: '+8613812345678', key: 'phone:+8613812345678', suggested: true });
    expect(items.find((i) => i.kind === 'order_id')!.evidence[0]).toMatchObject({ messageId: 'm0' });
    expect(items.find((i) => i.kind === 'escalate')!.detail).toContain('12315');
  });

  it.each([
    ['normal priority is only written when accepted', chat('c: 请问发票怎么开'), 'priority', false],
    ['"other" category is only written when accepted', chat('c: 你好'), 'category', false],
    ['a found category is suggested', chat('c: 快递三天没到'), 'category', true],
  ] as const)('%s', (_, msgs, kind, suggested) => {
    expect(reviewItems(extractTicketFields(msgs)).find((i) => i.kind === kind)!.suggested).toBe(suggested);
  });
});

describe('decisions', () => {
  const items = reviewItems(ex);
  const phone = items.find((i) => i.kind === 'phone')!;
  it.each<[string, Decisions, boolean, string[]]>([
    ['suggested by default', {}, true, ['+8613812345678']],
    ['ignored', { [phone.key]: { status: 'ignored' } }, false, []],
    ['edited', { [phone.key]: { status: 'accepted', edited: ' +8613900001111 ' } }, true, ['+8613900001111']],
  ])('%s', (_, decisions, accepted, values) => {
    expect(isAccepted(phone, decisions)).toBe(accepted);
    expect(acceptedValues(items, decisions, 'phone')).toEqual(values);
  });
});
