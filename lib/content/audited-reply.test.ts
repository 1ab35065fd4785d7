import { describe, expect, it, vi } from 'vitest';
import { consoleDefinitionSchema } from '../consoles/definition';
import { loadDocument } from '../consoles/fixture-dom';
import { createConfiguredAdapter } from '../consoles/configured';

const audited: any[] = [];
vi.mock('../messaging/client', () => ({
  send: vi.fn(async (name: string, payload: any) => {
    if (name === 'audit.record') audited.push(...payload.entries);
    return { ids: [1] };
  }),
}));

const { insertReplyAudited, NO_INTERNAL_CHANNEL } = await import('./audited-reply');

const PAGE = `<div id="t"><span class="tid">#5</span><div class="m"><p class="b">hello</p></div><textarea id="reply"></textarea><button id="note">Internal note</button></div>`;
const def = (internal: boolean) =>
  consoleDefinitionSchema.parse({
    id: 'desk',
    name: 'Desk',
    urlPattern: 'https://desk.example.com/*',
    ticketId: { selector: '.tid', pattern: '#(\\d+)' },
    ticketRoot: '#t',
    messages: { item: '.m', body: '.b' },
    composer: '#reply',
    ...(internal ? { internalNote: { switch: { selector: '#note' }, check: '#reply[data-mode="internal"]' } } : {}),
  });

describe('insertReplyAudited: internal notes', () => {
  it('refuses a note on a console without an internal channel, writes nothing, and audits the failure', async () => {
    audited.length = 0;
    const doc = loadDocument(PAGE);
    const adapter = createConfiguredAdapter(def(false));
    const ctx = adapter.activeTicket(doc, new URL('https://desk.example.com/t/5'))!;
    const { write } = await insertReplyAudited(adapter, ctx, 'Summary', { action: 'history.writeBack', field: 'internal_note', internal: true });
    expect(write).toEqual({ ok: false, field: 'internal_note', error: NO_INTERNAL_CHANNEL });
    expect(doc.querySelector<HTMLTextAreaElement>('#reply')!.value).toBe('');
    expect(audited).toEqual([expect.objectContaining({ action: 'history.writeBack', outcome: 'error', ticketId: '5' })]);
  });

  it('writes a note through the declared channel and audits it as ok only after reading it back', async () => {
    audited.length = 0;
    const doc = loadDocument(PAGE);
    // The console's own switch: its button turns the composer into a note editor.
    doc.querySelector('#note')!.addEventListener('click', () => doc.querySelector('#reply')!.setAttribute('data-mode', 'internal'));
    const adapter = createConfiguredAdapter(def(true));
    const ctx = adapter.activeTicket(doc, new URL('https://desk.example.com/t/5'))!;
    const { write } = await insertReplyAudited(adapter, ctx, 'Summary', { action: 'history.writeBack', field: 'internal_note', internal: true });
    expect(write.ok).toBe(true);
    expect(doc.querySelector('#reply')!.getAttribute('data-mode')).toBe('internal');
    expect(audited).toEqual([expect.objectContaining({ outcome: 'ok', newValue: 'Summary' })]);
  });
});
