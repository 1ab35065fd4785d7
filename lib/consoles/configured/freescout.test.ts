import { describe, expect, it } from 'vitest';
import { consoleDefinitionSchema } from '../definition';
import { loadDocument, sharedFixture } from '../fixture-dom';
import freescoutJson from '../definitions/freescout.json';
import { createConfiguredAdapter } from './index';
import { checkDefinition, describeProblems } from './check';

const def = consoleDefinitionSchema.parse(freescoutJson);
const adapter = createConfiguredAdapter(def);

const pages = [
  {
    file: 'freescout/2026-11-22-conversation.html',
    url: 'http://127.0.0.1:8081/conversation/1?folder_id=7',
    ticketId: '1',
    subject: 'Cannot log in: invalid token error',
    requester: { name: 'Jane Customer', email: 'jane.customer@example.org' },
    roles: ['customer', 'agent', 'customer', 'agent', 'customer'],
    internal: [3],
    first: /./,
    last: /Order #A-10023/,
  },
  {
    file: 'freescout/2026-11-22-conversation-zh.html',
    url: 'http://127.0.0.1:8081/conversation/2?folder_id=7',
    ticketId: '2',
    subject: '订单 240312598746 迟迟未送达',
    requester: { name: '王敏', email: 'wangmin@example.com' },
    count: 12,
    customerCount: 6,
    last: /你们客服都是SB吗，垃圾服务/,
  },
  {
    file: 'freescout/2026-11-22-conversation-long.html',
    url: 'http://127.0.0.1:8081/conversation/3',
    ticketId: '3',
    subject: 'Disputed renewal charge on invoice INV-2024-0042',
    requester: { name: 'Marcus Hale', email: 'marcus.hale@brightlane.example.com' },
    count: 150,
    customerCount: 75,
  },
] as const;

describe.each(pages)('FreeScout through a console definition: $file', (page) => {
  const html = sharedFixture(page.file);
  it.skipIf(!html)('reads subject, requester and every thread entry oldest first', () => {
    const doc = loadDocument(html!);
    const url = new URL(page.url);
    expect(adapter.matchesUrl(url)).toBe(true);
    expect(adapter.detect(doc)).toBe(true);
    const ctx = adapter.activeTicket(doc, url)!;
    expect(ctx.ticketId).toBe(page.ticketId);
    const snap = adapter.readTicket(ctx);
    expect(snap.subject).toBe(page.subject);
    expect(snap.requester.name).toBe(page.requester.name);
    expect(snap.requester.email).toBe(page.requester.email);
    const msgs = snap.messages;
    if ('roles' in page) expect(msgs.map((m) => m.role)).toEqual(page.roles);
    if ('internal' in page) expect(msgs.map((m, i) => (m.internal ? i : -1)).filter((i) => i >= 0)).toEqual(page.internal);
    if ('count' in page) expect(msgs).toHaveLength(page.count);
    if ('customerCount' in page) expect(msgs.filter((m) => m.role === 'customer')).toHaveLength(page.customerCount);
    if ('last' in page) expect(msgs[msgs.length - 1]!.text).toMatch(page.last);
    for (const m of msgs) {
      expect(m.text.length).toBeGreaterThan(0);
      expect(m.text).not.toMatch(/<[a-z]/i);
      expect(m.time === null || !Number.isNaN(Date.parse(m.time))).toBe(true);
    }
    // times ascend once reversed to oldest-first
    const times = msgs.map((m) => (m.time ? Date.parse(m.time) : 0));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it.skipIf(!html)('finds every selector of the definition on the page', () => {
    const result = checkDefinition(def, loadDocument(html!), new URL(page.url));
    expect(describeProblems(result)).toEqual([]);
  });
});

describe('console definition checks name the selector that found nothing', () => {
  const html = sharedFixture('freescout/2026-11-22-conversation.html');
  it.skipIf(!html)('says which selector is wrong', () => {
    const broken = consoleDefinitionSchema.parse({ ...freescoutJson, messages: { ...freescoutJson.messages, body: '.thread-text' } });
    const problems = describeProblems(checkDefinition(broken, loadDocument(html!), new URL('http://127.0.0.1:8081/conversation/1')));
    expect(problems).toContain('messages.body (.thread-text) found nothing');
  });
  it('rejects an invalid definition with the field path', () => {
    const parsed = consoleDefinitionSchema.safeParse({ id: 'Bad Id', name: 'x', urlPattern: '', messages: { item: '' } });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['id', 'urlPattern', 'messages.item', 'messages.body']));
  });
});
