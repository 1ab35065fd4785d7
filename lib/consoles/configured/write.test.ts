import { describe, expect, it } from 'vitest';
import { consoleDefinitionSchema, type ConsoleDefinitionInput } from '../definition';
import { loadDocument } from '../fixture-dom';
import { createConfiguredAdapter } from './index';

/**
 * Writes through a definition on small pages that behave like the consoles
 * that broke them: a click-to-edit field (osTicket), a reply editor that is
 * closed until Reply is clicked (FreeScout), a composer with an internal-note
 * switch, and a field whose console rejects the value.
 */
const PAGE = `<!doctype html><html><body>
<div id="t"><span class="tid">Ticket #725739</span>
  <div class="msg c"><div class="body">Hi, order A-1001 please<div class="sig">Sent from my phone</div></div></div>
  <div class="msg a"><div class="body">On it.<blockquote class="quoted">On Mon you wrote: Hi, order A-1001</blockquote></div></div>
  <select id="prio"><option value="1">Low</option><option value="2" selected>Normal</option><option value="4">Urgent</option></select>
  <span id="dept-view">Sales</span><a id="dept-edit" href="#">edit</a>
  <input id="locked" value="v1">
  <div id="reply-box" hidden><textarea id="reply"></textarea></div><button id="open-reply">Reply</button>
  <select name="UpdateType"><option value="response" selected>Reply to requestors</option><option value="private">Comments (Not sent to requestors)</option></select>
</div>
<script></script></body></html>`;

function setup(extra: Partial<ConsoleDefinitionInput> = {}) {
  const doc = loadDocument(PAGE);
  // Console behaviour, in plain DOM: the Reply button opens the editor; the department link turns into a select that
  // saves on change; the "locked" input reverts any edit (a console rejecting the value).
  doc.querySelector('#open-reply')!.addEventListener('click', () => doc.querySelector('#reply-box')!.removeAttribute('hidden'));
  doc.querySelector('#dept-edit')!.addEventListener('click', () => {
    const view = doc.querySelector('#dept-view')!;
    const select = doc.createElement('select');
    select.id = 'dept-select';
    select.innerHTML = '<option selected>Sales</option><option>Support</option>';
    select.addEventListener('change', () => {
      view.textContent = select.querySelector('option:checked')!.textContent;
      select.remove();
    });
    view.after(select);
  });
  const locked = doc.querySelector<HTMLInputElement>('#locked')!;
  locked.addEventListener('input', () => setTimeout(() => (locked.value = 'v1'), 0));
  const def = consoleDefinitionSchema.parse({
    id: 'osticket',
    name: 'osTicket',
    urlPattern: 'http://127.0.0.1:*/scp/*',
    ticketIdPattern: '[?&]id=(\\d+)',
    ticketId: { selector: '.tid', pattern: '#(\\d+)' },
    ticketRoot: '#t',
    messages: { item: '.msg', body: '.body', roles: [{ selector: '.a', role: 'agent' }], exclude: ['.sig', 'blockquote.quoted'] },
    fields: { priority: '#prio', department: { selector: '#dept-select', activator: '#dept-edit', display: '#dept-view' }, locked: '#locked' },
    composer: '#reply',
    openReply: '#open-reply',
    ...extra,
  });
  const adapter = createConfiguredAdapter(def);
  const ctx = adapter.activeTicket(doc, new URL('http://127.0.0.1:8080/scp/tickets.php?id=2'))!;
  return { doc, adapter, ctx };
}

describe('a console definition: ticket identity', () => {
  it('takes the id the page shows over the URL, and reads no ticket where none is identified', () => {
    const { doc, adapter, ctx } = setup();
    expect(ctx.ticketId).toBe('725739');
    doc.querySelector('.tid')!.remove();
    expect(adapter.activeTicket(doc, new URL('http://127.0.0.1:8080/scp/tickets.php?id=2'))!.ticketId).toBe('2');
    // The queue list: the URL pattern finds no id and the page shows none, so nothing is read as a ticket.
    expect(adapter.activeTicket(doc, new URL('http://127.0.0.1:8080/scp/tickets.php'))).toBeNull();
  });

  it('leaves signatures and quoted history out of message text', () => {
    const { adapter, ctx } = setup();
    expect(adapter.readConversation(ctx).map((m) => [m.role, m.text])).toEqual([
      ['customer', 'Hi, order A-1001 please'],
      ['agent', 'On it.'],
    ]);
  });
});

describe('a console definition: verified writes', () => {
  it('chooses a select option by its label and reads it back', async () => {
    const { adapter, ctx } = setup();
    const r = await adapter.writeField(ctx, 'priority', 'Urgent');
    expect(r).toEqual({ ok: true, field: 'priority', oldValue: 'Normal', newValue: 'Urgent' });
  });

  it('writes a click-to-edit field through its activator and confirms on the display', async () => {
    const { doc, adapter, ctx } = setup();
    expect(adapter.writableFields(ctx)).toContain('department');
    const r = await adapter.writeField(ctx, 'department', 'Support');
    expect(r).toMatchObject({ ok: true, oldValue: 'Sales', newValue: 'Support' });
    expect(doc.querySelector('#dept-view')!.textContent).toBe('Support');
  });

  it('reports a value the console refused as a failure and leaves the old value', async () => {
    const { doc, adapter, ctx } = setup();
    const r = await adapter.writeField(ctx, 'locked', 'v2');
    expect(r.ok).toBe(false);
    expect(doc.querySelector<HTMLInputElement>('#locked')!.value).toBe('v1');
  });

  it('opens a closed reply editor through the declared action before inserting, and refuses without one', async () => {
    const open = setup();
    const r = await open.adapter.insertReply(open.ctx, 'Hello');
    expect(r).toMatchObject({ ok: true, newValue: 'Hello' });
    const closed = setup({ openReply: '' });
    const refused = await closed.adapter.insertReply(closed.ctx, 'Hello');
    expect(refused).toMatchObject({ ok: false });
    expect(closed.doc.querySelector<HTMLTextAreaElement>('#reply')!.value).toBe('');
  });
});

describe('a console definition: internal notes', () => {
  it('has no note writer when no internal channel is declared', () => {
    expect(setup().adapter.insertInternalNote).toBeUndefined();
  });

  it('switches to the internal channel, checks it, then writes', async () => {
    const { doc, adapter, ctx } = setup({
      internalNote: { switch: { selector: 'select[name="UpdateType"]', value: 'private' }, check: 'select[name="UpdateType"] option[value="private"]:checked' },
    });
    const r = await adapter.insertInternalNote!(ctx, 'Summary: refund issued');
    expect(r).toMatchObject({ ok: true, field: 'internal_note' });
    expect(doc.querySelector<HTMLSelectElement>('select[name="UpdateType"]')!.value).toBe('private');
    expect(doc.querySelector<HTMLTextAreaElement>('#reply')!.value).toBe('Summary: refund issued');
  });

  it('refuses and writes nothing when the switch does not take', async () => {
    const { doc, adapter, ctx } = setup({ internalNote: { switch: { selector: 'select[name="UpdateType"]', value: 'private' }, check: '#never-there' } });
    const r = await adapter.insertInternalNote!(ctx, 'Summary');
    expect(r.ok).toBe(false);
    expect(doc.querySelector<HTMLTextAreaElement>('#reply')!.value).toBe('');
  });
});
