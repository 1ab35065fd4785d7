import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { consoleDefinitionSchema } from '../consoles/definition';
import { createConfiguredAdapter } from '../consoles/configured';
import { sharedFixture } from '../consoles/fixture-dom';
import freescoutJson from '../consoles/definitions/freescout.json';
import { PickerSession } from './session';
import { buildDefinition } from './draft';
import { previewDefinition } from './preview';
import { hasInternalChannel } from '../consoles/definition';

/**
 * The picker against saved FreeScout pages: clicks are simulated on the
 * elements a manager would point at (a paragraph of a message, the author's
 * link), never on the elements the reference definition names, and the
 * definition built from page 1 must read pages 2 and 3 as the hand-written
 * definition does.
 */
const pages = {
  en: { file: 'freescout/2026-11-22-conversation.html', url: 'http://127.0.0.1:8081/conversation/1?folder_id=7' },
  zh: { file: 'freescout/2026-11-22-conversation-zh.html', url: 'http://127.0.0.1:8081/conversation/2?folder_id=7' },
  long: { file: 'freescout/2026-11-22-conversation-long.html', url: 'http://127.0.0.1:8081/conversation/3' },
  reply: { file: 'freescout/2026-11-22-conversation-reply-open.html', url: 'http://127.0.0.1:8081/conversation/1' },
};
const html = Object.fromEntries(Object.entries(pages).map(([k, p]) => [k, sharedFixture(p.file)])) as Record<keyof typeof pages, string | null>;

function load(source: string): Document {
  const { document, window } = parseHTML(source) as unknown as { document: Document; window: { Node: unknown } };
  // @medv/finder reads the browser's globals: give it linkedom's.
  (globalThis as Record<string, unknown>).Node = window.Node;
  return document;
}

beforeAll(() => {
  const g = globalThis as { CSS?: { escape?: (s: string) => string } };
  if (!g.CSS?.escape) g.CSS = { escape: (s: string) => s.replace(/[^a-zA-Z0-9_\u00a0-\uffff-]/g, (c) => `\\${c}`) };
});

const q = (doc: Document, sel: string) => {
  const el = doc.querySelector(sel);
  if (!el) throw new Error(`fixture lacks ${sel}`);
  return el;
};

function teachFreescout(doc: Document): PickerSession {
  const s = new PickerSession(doc);
  s.pick('conversation', q(doc, '#conv-layout-main'));
  s.pick('customerMessage', q(doc, '.thread-type-customer .thread-content p'));
  s.pick('agentMessage', q(doc, '.thread-type-message .thread-content p'));
  s.pick('internalNote', q(doc, '.thread-type-note .thread-content p'));
  s.pick('messageText', q(doc, '.thread-type-customer .thread-content p'));
  s.pick('messageAuthor', q(doc, '.thread-type-customer .thread-person strong a'));
  s.pick('messageTime', q(doc, '.thread-type-customer .thread-date'));
  s.pick('requesterName', q(doc, '.customer-name'));
  s.pick('requesterEmail', q(doc, '.customer-email .contact-main'));
  s.pick('requesterPhone', q(doc, '.customer-phone a'));
  s.pick('subject', q(doc, '.conv-subjtext span'));
  return s;
}

describe('the picker teaches FreeScout from clicks', () => {
  it.skipIf(!html.en || !html.zh || !html.long)('builds a definition from page 1 that reads every page as the reference definition does', () => {
    const doc = load(html.en!);
    const session = teachFreescout(doc);
    const derived = session.derive();
    const draft = buildDefinition(session, derived, new URL(pages.en.url), { name: 'FreeScout (taught)' });
    const def = consoleDefinitionSchema.parse(draft);
    const reference = createConfiguredAdapter(consoleDefinitionSchema.parse(freescoutJson));
    const taught = createConfiguredAdapter(def);
    expect(def.ticketIdPattern).toBe('/conversation/(\\d+)');
    expect(def.messages.order).toBe('newest-first');
    for (const key of ['en', 'zh', 'long'] as const) {
      const page = load(html[key]!);
      const url = new URL(pages[key].url);
      expect(taught.matchesUrl(url)).toBe(true);
      const ours = taught.readTicket(taught.activeTicket(page, url)!);
      const theirs = reference.readTicket(reference.activeTicket(page, url)!);
      expect(ours.ticketId).toBe(theirs.ticketId);
      expect(ours.subject).toBe(theirs.subject);
      expect(ours.requester.name).toBe(theirs.requester.name);
      expect(ours.requester.email).toBe(theirs.requester.email);
      expect(ours.messages.map((m) => [m.role, !!m.internal, m.name, m.time])).toEqual(theirs.messages.map((m) => [m.role, !!m.internal, m.name, m.time]));
      expect(ours.messages.map((m) => m.text)).toEqual(theirs.messages.map((m) => m.text));
    }
  });

  it.skipIf(!html.en)('never builds a message selector from ids or positions, and lifts a paragraph to the message text', () => {
    const doc = load(html.en!);
    const session = teachFreescout(doc);
    const d = session.derive();
    // data-* hooks rank before classes: either way, exactly the five thread entries
    expect(['[data-thread_id]', '.thread']).toContain(d.item?.selector);
    expect(d.items).toEqual(Array.from(doc.querySelectorAll('.thread')));
    expect(d.item!.candidates.map((c) => c.selector)).toContain('.thread');
    for (const k of ['customerMessage', 'agentMessage', 'internalNote', 'messageText', 'messageAuthor', 'messageTime'] as const) {
      const r = d.steps[k]!;
      expect(r.selector, k).not.toMatch(/#|nth-|thread-\d/);
      expect(r.candidates.length, k).toBeGreaterThan(0);
    }
    expect(d.steps.customerMessage!.selector).toBe('.thread-type-customer');
    expect(d.steps.internalNote!.selector).toBe('.thread-type-note');
    expect(d.steps.messageText!.selector).toBe('.thread-content');
    // every customer message, not only the one clicked
    expect(d.steps.customerMessage!.candidates[0]!.matches).toBe(3);
    // tooltips ("Copy") are not hooks: the e-mail is found by what it is
    expect(d.steps.requesterEmail!.candidates.map((c) => c.selector).join()).not.toMatch(/original-title/);
  });

  it.skipIf(!html.reply)('finds the composer from a click on its paragraph, and a stable selector for the reply action', () => {
    const doc = load(html.reply!);
    const session = new PickerSession(doc);
    session.pick('composer', q(doc, '.note-editable div'));
    session.pick('openReply', q(doc, '.conv-reply'));
    const d = session.derive();
    expect(doc.querySelector(d.steps.composer!.selector)).toBe(doc.querySelector('.note-editable'));
    expect(doc.querySelector(d.steps.openReply!.selector)).toBe(doc.querySelector('.conv-reply'));
    expect(d.steps.openReply!.selector).not.toMatch(/nth-|tooltip\d|data-original-title/);
  });

  it.skipIf(!html.en)('previews what the draft reads, and names what it cannot find', () => {
    const doc = load(html.en!);
    const session = teachFreescout(doc);
    const draft = buildDefinition(session, session.derive(), new URL(pages.en.url), { name: 'FreeScout' });
    const preview = previewDefinition(draft, doc, new URL(pages.en.url));
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.ticketId).toBe('1');
    expect(preview.counts).toEqual({ customer: 3, agent: 2, system: 0, internal: 1 });
    expect(preview.messages[0]).toMatchObject({ role: 'customer', name: 'Jane Customer' });
    const broken = previewDefinition({ ...draft, requester: { ...draft.requester, email: '.no-such-thing' } }, doc, new URL(pages.en.url));
    expect(broken.ok && broken.problems).toContain('requester.email (.no-such-thing) found nothing');
  });

  it.skipIf(!html.reply)('teaches the ticket id element, a field, the composer and the internal-note switch (definition v2)', () => {
    const doc = load(html.reply!);
    const session = teachFreescout(doc);
    session.pick('conversation', q(doc, '#conv-layout'));
    session.pick('ticketId', q(doc, '.conv-numnav strong'));
    session.pick('composer', q(doc, '.note-editable'));
    session.pick('noteSwitch', q(doc, '.conv-add-note'));
    session.pick('field:status', q(doc, 'select[name="status"]'));
    const url = new URL(pages.reply.url);
    const def = consoleDefinitionSchema.parse(buildDefinition(session, session.derive(), url, { name: 'FreeScout' }));
    expect(doc.querySelector(def.ticketId.selector)).toBe(doc.querySelector('.conv-numnav strong'));
    expect(doc.querySelector(def.fields.status!.selector)).toBe(doc.querySelector('select[name="status"]'));
    expect(hasInternalChannel(def)).toBe(true);
    const adapter = createConfiguredAdapter(def);
    const ctx = adapter.activeTicket(doc, url)!;
    expect(ctx.ticketId).toBe('1');
    expect(adapter.readTicket(ctx).fields.status).toBeTruthy();
    expect(adapter.writableFields(ctx)).toContain('status');
  });
});
