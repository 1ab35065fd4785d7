import { describe, expect, it } from 'vitest';
import type { TicketSnapshot } from '../../../consoles/adapter';
import { extractTicketFields } from '../../../extract';
import { chat } from '../../../extract/test-chat';
import { isDefaultSubject, planFill, subjectFrom, type FillPlanInput } from './fill-plan';
import { reviewItems, type Decisions } from './review';

const messages = chat('c: 你好，我的订单 240312598746 已经五天了还没送到，物流一直没更新', 'a: 王女士您好，马上帮您查询', 'c: 顺丰单号 SF1234567890123，我叫王敏，电话 138-1234-5678，到底什么时候能送到？？');
const snapshot = (over: Partial<TicketSnapshot> = {}): TicketSnapshot => ({
  consoleId: 'zendesk',
  ticketId: '1001',
  url: 'http://localhost/agent/tickets/1001',
  subject: '订单迟迟未送达',
  requester: { name: 'Wang Min', email: 'wangmin@example.com', phone: '', userId: '9' },
  fields: { priority: 'normal', type: 'question', status: 'open', tags: 'web_widget', custom_order_number: '', custom_tracking_number: '', custom_phone: '', custom_description: '' },
  messages,
  agentName: 'Alex Chen',
  ...over,
});
const WRITABLE = ['subject', 'requester', 'priority', 'type', 'tags', 'custom_order_number', 'custom_tracking_number', 'custom_phone', 'custom_description'];
const MAPPING = { order_id: 'custom_order_number', tracking_number: 'custom_tracking_number', phone: 'custom_phone' };
const items = reviewItems(extractTicketFields(messages));
const plan = (over: Partial<FillPlanInput> = {}) => planFill({ items, decisions: {}, snapshot: snapshot(), mapping: MAPPING, writable: WRITABLE, ...over });
const fields = (over: Partial<FillPlanInput> = {}) => Object.fromEntries(plan(over).writes.map((w) => [w.field, w.value]));

describe('planFill', () => {
  it('writes requester, tags (kept + category), priority and the mapped custom fields', () => {
    expect(fields()).toEqual({
      requester: '王敏',
      tags: 'web_widget, logistics',
      priority: 'high',
      custom_order_number: '240312598746',
      custom_tracking_number: 'SF1234567890123',
      custom_phone: '+8613812345678',
    });
  });

  it('leaves a field that already holds the value, so a second Fill changes nothing', () => {
    const filled = snapshot({
      requester: { name: '王敏', email: '', phone: '', userId: '' },
      fields: { ...snapshot().fields, tags: 'web_widget, logistics', priority: 'high', custom_order_number: '240312598746', custom_tracking_number: 'SF1234567890123', custom_phone: '+8613812345678' },
    });
    expect(plan({ snapshot: filled }).writes).toEqual([]);
  });

  it('follows the agent: ignored values are not written, edited ones are', () => {
    const key = (kind: string) => items.find((i) => i.kind === kind)!.key;
    const decisions: Decisions = { [key('name')]: { status: 'ignored' }, [key('order_id')]: { status: 'accepted', edited: '240312598999' }, [key('priority')]: { status: 'ignored' } };
    const got = fields({ decisions });
    expect(got.requester).toBeUndefined();
    expect(got.priority).toBeUndefined();
    expect(got.custom_order_number).toBe('240312598999');
  });

  it('names mapped fields the form does not have instead of failing', () => {
    const p = plan({ writable: WRITABLE.filter((f) => f !== 'custom_phone') });
    expect(p.skipped).toEqual([{ field: 'custom_phone', from: 'phone', reason: 'not-in-form' }]);
    expect(p.writes.map((w) => w.field)).not.toContain('custom_phone');
  });

  it('fills an empty or default subject, and the description only when mapped and empty', () => {
    const got = fields({ snapshot: snapshot({ subject: 'Chat with Wang Min' }), mapping: { ...MAPPING, description: 'custom_description' } });
    expect(got.subject).toBe('你好，我的订单 240312598746 已经五天了还没送到，物流一直没更新');
    expect(got.custom_description).toBe(messages[0]!.text);
    const written = fields({ snapshot: snapshot({ fields: { ...snapshot().fields, custom_description: 'by the agent' } }), mapping: { description: 'custom_description' } });
    expect(written.custom_description).toBeUndefined();
  });
});

describe('subjects', () => {
  it.each([
    ['', true],
    ['Chat with Wang Min', true],
    ['Conversation with Visitor 1234', true],
    ['来自王敏的聊天', true],
    ['New ticket', true],
    ['订单迟迟未送达', false],
    ['Refund for damaged blender', false],
  ])('%j is default: %s', (subject, expected) => {
    expect(isDefaultSubject(subject)).toBe(expected);
  });

  it('cuts a long first message at a word boundary', () => {
    const s = subjectFrom(`${'The blender I ordered last week arrived with a cracked jar and a missing lid, '.repeat(2)}\nsecond line`);
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s).toMatch(/^The blender .* \w+…$/);
  });
});

describe('resolveFieldKey', () => {
  it('finds a custom field by the numeric id a manager copied from the console admin', async () => {
    const { resolveFieldKey } = await import('./fill-plan');
    const form = ['subject', 'priority', 'field-360001', 'custom_tracking_number'];
    expect(resolveFieldKey('field-360001', form)).toBe('field-360001');
    expect(resolveFieldKey('360001', form)).toBe('field-360001');
    expect(resolveFieldKey('custom field 360001', form)).toBe('field-360001');
    expect(resolveFieldKey('custom_order_number', form)).toBe('custom_order_number');
    expect(resolveFieldKey('3600', form)).toBe('3600');
  });
});
