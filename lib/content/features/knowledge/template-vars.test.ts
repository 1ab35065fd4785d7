import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../knowledge/template';
import type { TicketSnapshot } from '../../../consoles/adapter';
import type { TicketExtraction } from '../../../extract/types';
import { templateVars } from './template-vars';

const snapshot: TicketSnapshot = {
  consoleId: 'zendesk', ticketId: '1001', url: '', subject: '', fields: {}, messages: [], agentName: 'Alex Chen',
  requester: { name: 'Wang Min', email: 'wangmin@example.com', phone: '', userId: '90001' },
};
const field = <T,>(value: T) => ({ value, evidence: [] });
const extraction = (name: string | null, orders: string[]) =>
  ({ name: name ? field(name) : null, order_ids: orders.map(field), emails: [], phones: [], tracking_numbers: [] }) as unknown as TicketExtraction;

describe('template variables', () => {
  it.each([
    ['the name the customer gave beats the account name', extraction('王敏', ['240312598746']), '王敏您好，订单 240312598746，客服 Alex Chen，工单 1001'],
    ['the requester name when none was given', extraction(null, ['240312598746']), 'Wang Min您好，订单 240312598746，客服 Alex Chen，工单 1001'],
    ['a missing order stays visible', extraction(null, []), 'Wang Min您好，订单 [order.id]，客服 Alex Chen，工单 1001'],
    ['no extraction yet', null, 'Wang Min您好，订单 [order.id]，客服 Alex Chen，工单 1001'],
  ])('%s', (_why, ext, expected) => {
    expect(fillTemplate('{{customer.name}}您好，订单 {{order.id}}，客服 {{agent.name}}，工单 {{ticket.id}}', templateVars(snapshot, ext))).toBe(expected);
  });
});
