import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consoleDefinitionSchema } from '../definition';
import { loadDocument } from '../fixture-dom';
import rtJson from '../definitions/request-tracker.json';
import { createConfiguredAdapter } from './index';
import { checkDefinition, describeProblems } from './check';

/** Pages of a live RT 5.0.3 (Debian), saved by e2e/servers/request-tracker-capture.mjs after RT's AJAX history arrived. */
const page = (name: string) => readFileSync(new URL(`../definitions/fixtures/request-tracker/2026-12-04-${name}.html`, import.meta.url), 'utf8');
const BASE = 'http://127.0.0.1:40123';

const def = consoleDefinitionSchema.parse(rtJson);
const adapter = createConfiguredAdapter(def);

function open(name: string, path: string) {
  const doc = loadDocument(page(name));
  const url = new URL(BASE + path);
  return { doc, url, ctx: adapter.activeTicket(doc, url) };
}

describe('Request Tracker 5 through the preset', () => {
  it('reads the English ticket: requester from the mailbox, roles by who wrote, the comment as internal, quoted text left out', () => {
    const { doc, url, ctx } = open('display-en', '/Ticket/Display.html?id=1');
    expect(adapter.matchesUrl(url)).toBe(true);
    expect(adapter.detect(doc)).toBe(true);
    expect(ctx?.ticketId).toBe('1');
    const snap = adapter.readTicket(ctx!);
    expect(snap.subject).toContain('Refund for order ORD-2024-00123 still not received');
    expect(snap.requester).toMatchObject({ name: 'Emily Carter', email: 'emily.carter@example.com' });
    const msgs = snap.messages;
    // RT lists status changes and "Outgoing email recorded" too; only transactions with a message body are read.
    expect(msgs.map((m) => m.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(msgs.map((m) => !!m.internal)).toEqual([false, false, true, false]);
    expect(msgs[0]!.text).toContain('+1 415 555 0142');
    expect(msgs[0]!.name).toBe('Emily Carter <emily.carter@example.com>');
    expect(msgs[1]!.name).toBe('meichen (Mei Chen)');
    expect(msgs[2]!.text).toMatch(/^Internal: refund approved by finance/);
    const last = msgs[3]!.text;
    expect(last).toContain('back on my card');
    expect(last).not.toMatch(/^>|Show quoted text|Thank you for your patience/m);
    expect(msgs.every((m) => /^\d+$/.test(m.id))).toBe(true);
    const times = msgs.map((m) => Date.parse(m.time ?? ''));
    expect(times.every((t) => !Number.isNaN(t))).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('reads the Chinese ticket with its internal note and the abusive last message', () => {
    const { ctx } = open('display-zh', '/Ticket/Display.html?id=2');
    expect(ctx?.ticketId).toBe('2');
    const snap = adapter.readTicket(ctx!);
    expect(snap.requester).toMatchObject({ name: '张伟', email: 'zhang.wei@example.com' });
    expect(snap.messages.map((m) => `${m.role}${m.internal ? ':internal' : ''}`)).toEqual(['customer', 'agent', 'agent:internal', 'customer']);
    expect(snap.messages[0]!.text).toContain('SF1234567890123');
    expect(snap.messages[3]!.text).toBe('你们客服都是SB吗，垃圾服务');
  });

  it('finds every selector of the preset on a ticket page', () => {
    const { doc, url } = open('display-en', '/Ticket/Display.html?id=1');
    expect(describeProblems(checkDefinition(def, doc, url))).toEqual([]);
  });

  it('the reply and comment forms are the same ticket; only the comment form passes the internal-note check', () => {
    for (const [name, action, internal] of [['update-respond', 'Respond', false], ['update-comment', 'Comment', true]] as const) {
      const { doc, ctx } = open(name, `/Ticket/Update.html?id=1&Action=${action}`);
      expect(ctx?.ticketId).toBe('1');
      expect(doc.querySelector(def.composer)?.tagName).toBe('TEXTAREA');
      expect(!!doc.querySelector(def.internalNote.check)).toBe(internal);
      expect(doc.querySelector(`${def.internalNote.switch.selector} option[value="${def.internalNote.switch.value}"]`)).not.toBeNull();
    }
  });

  it('a search result list is never a ticket, even under a URL the pattern accepts', () => {
    const { doc, url } = open('search-results', "/Search/Results.html?Query=Queue%20%3D%20'General'");
    expect(adapter.matchesUrl(url)).toBe(false);
    expect(adapter.activeTicket(doc, new URL(`${BASE}/Ticket/Results.html`))).toBeNull();
  });

  it('tells correspondence from comments only by RT\'s description text: without the text rule a comment reads as public', () => {
    const blind = consoleDefinitionSchema.parse({ ...rtJson, messages: { ...rtJson.messages, roles: rtJson.messages.roles.map((r) => ({ ...r, text: '' })) } });
    const { doc, url } = open('display-en', '/Ticket/Display.html?id=1');
    const msgs = createConfiguredAdapter(blind).readTicket(createConfiguredAdapter(blind).activeTicket(doc, url)!).messages;
    expect(msgs.some((m) => m.internal && !/Internal: refund/.test(m.text))).toBe(true);
  });

  it('writes into RT\'s own message box: a reply as is, a note only after switching Update Type to a comment; the ticket page has none', async () => {
    const reply = open('update-respond', '/Ticket/Update.html?id=1&Action=Respond');
    const typed = await adapter.insertReply(reply.ctx!, 'Your refund was sent today.');
    expect(typed.ok).toBe(true);
    expect((reply.doc.querySelector(def.composer) as HTMLTextAreaElement).value).toContain('Your refund was sent today.');

    const note = open('update-respond', '/Ticket/Update.html?id=1&Action=Respond');
    expect(note.doc.querySelector(def.internalNote.check)).toBeNull();
    const written = await adapter.insertInternalNote!(note.ctx!, '[Deskmate handling note] refund approved');
    expect(written.ok).toBe(true);
    expect(note.doc.querySelector('select[name="UpdateType"] option:checked')?.getAttribute('value')).toBe('private');
    expect(note.doc.querySelector(def.internalNote.check)).not.toBeNull();

    const display = open('display-en', '/Ticket/Display.html?id=1');
    expect((await adapter.insertReply(display.ctx!, 'x')).ok).toBe(false);
    expect(await adapter.insertInternalNote!(display.ctx!, 'x')).toMatchObject({ ok: false, error: expect.stringMatching(/not on this page/) });
  });
});
