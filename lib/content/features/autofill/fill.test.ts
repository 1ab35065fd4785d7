import { describe, expect, it } from 'vitest';
import type { ConsoleAdapter, TicketContext, WriteResult } from '../../../consoles/adapter';
import type { AuditEntryInput } from '../../../messaging/protocol';
import { applyFill, undoFill } from './fill';

/** A console form in memory: writes change `fields`, and `refuse` lists fields whose write does not take. */
function fakeConsole(fields: Record<string, string>, refuse: string[] = []) {
  const adapter = {
    async writeField(_ctx: TicketContext, field: string, value: string): Promise<WriteResult> {
      if (refuse.includes(field)) return { ok: false, field, error: `${field} did not take the value` };
      const oldValue = fields[field] ?? '';
      fields[field] = value;
      return { ok: true, field, oldValue, newValue: value };
    },
  } as Pick<ConsoleAdapter, 'writeField'> as ConsoleAdapter;
  const ctx = { consoleId: 'zendesk', ticketId: '1001', url: 'http://localhost/agent/tickets/1001', root: {} as Element };
  const audit: AuditEntryInput[] = [];
  const record = async (entries: AuditEntryInput[]) => void audit.push(...entries);
  return { adapter, ctx, audit, record, fields };
}

const writes = [
  { field: 'requester', value: '王敏', from: 'name' as const },
  { field: 'priority', value: 'high', from: 'priority' as const },
  { field: 'custom_order_number', value: '240312598746', from: 'order_id' as const },
];

describe('applyFill and undoFill', () => {
  it('writes each field, audits each write, and undo restores every old value', async () => {
    const c = fakeConsole({ requester: 'Wang Min', priority: 'normal', custom_order_number: '' });
    const fill = await applyFill(c.adapter, c.ctx, writes, c.record);
    expect(c.fields).toEqual({ requester: '王敏', priority: 'high', custom_order_number: '240312598746' });
    expect(c.audit.map((a) => [a.action, a.field, a.oldValue, a.newValue, a.outcome])).toEqual([
      ['autofill:fill', 'requester', 'Wang Min', '王敏', 'ok'],
      ['autofill:fill', 'priority', 'normal', 'high', 'ok'],
      ['autofill:fill', 'custom_order_number', '', '240312598746', 'ok'],
    ]);
    expect(c.audit.every((a) => a.ticketId === '1001' && a.consoleId === 'zendesk')).toBe(true);

    await undoFill(c.adapter, c.ctx, fill, c.record);
    expect(c.fields).toEqual({ requester: 'Wang Min', priority: 'normal', custom_order_number: '' });
    expect(c.audit.slice(3).map((a) => [a.action, a.field, a.newValue, a.outcome])).toEqual([
      ['autofill:undo', 'custom_order_number', '', 'undone'],
      ['autofill:undo', 'priority', 'normal', 'undone'],
      ['autofill:undo', 'requester', 'Wang Min', 'undone'],
    ]);
  });

  it('records a write that did not take as an error, carries on, and undo skips it', async () => {
    const c = fakeConsole({ requester: 'Wang Min', priority: 'normal', custom_order_number: '' }, ['priority']);
    const fill = await applyFill(c.adapter, c.ctx, writes, c.record);
    expect(c.audit[1]).toMatchObject({ field: 'priority', outcome: 'error', newValue: 'high', detail: 'priority did not take the value' });
    expect(c.fields.custom_order_number).toBe('240312598746');
    const undone = await undoFill(c.adapter, c.ctx, fill, c.record);
    expect(undone.map((r) => r.field)).toEqual(['custom_order_number', 'requester']);
  });

  it('refuses to undo on another ticket', async () => {
    const c = fakeConsole({ requester: 'Wang Min' });
    const fill = await applyFill(c.adapter, c.ctx, writes.slice(0, 1), c.record);
    await expect(undoFill(c.adapter, { ...c.ctx, ticketId: '1002' }, fill, c.record)).rejects.toThrow(/ticket 1001/);
    expect(c.fields.requester).toBe('王敏');
  });
});
