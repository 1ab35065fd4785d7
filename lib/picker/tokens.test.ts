import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { elementTokens, looksGenerated } from './tokens';
import { idPatternFromText, idPatternFromUrl, urlPatternFor } from './ticket-id';
import { orderOf } from './message-kinds';

describe('generated-looking names are refused', () => {
  it.each(['css-1x2y3z', 'sc-bdVaJa', 'ember1234', 'thread-5', 'tooltip995248', 'a8f3k2', '_3xYz', 'jsx-2231', 'is-active', 'Box__root__a8f3k'])('%s', (n) => expect(looksGenerated(n)).toBe(true));
  it.each(['thread', 'thread-type-customer', 'conv-layout-main', 'note-editable', 'customer-email', 'ticket_subject', 'comment'])('%s is kept', (n) => expect(looksGenerated(n)).toBe(false));
});

describe('tokens rank stable hooks before classes and tags', () => {
  it('orders test hooks, data-*, name, ARIA, class, tag; drops per-record values', () => {
    const { document } = parseHTML('<div><textarea id="body-77" class="editor css-9f8e7d" name="reply" data-test-id="composer" data-row="123" role="textbox"></textarea></div>');
    const el = document.querySelector('textarea')!;
    expect(elementTokens(el as unknown as Element).map((t) => t.css)).toEqual(['[data-test-id="composer"]', 'textarea[name="reply"]', '[role="textbox"]', '.editor', 'textarea']);
    expect(elementTokens(el as unknown as Element, { presence: true }).map((t) => t.css)).toContain('[data-row]');
  });
});

describe('ticket ids', () => {
  it('from the text on the page', () => {
    expect(idPatternFromText('Ticket #725739')).toEqual({ pattern: '#\\s*([A-Za-z0-9-]*\\d[A-Za-z0-9-]*)', id: '725739' });
    expect(idPatternFromText('  4711 ')).toEqual({ pattern: '', id: '4711' });
    expect(idPatternFromText('工单 10023 详情')?.id).toBe('10023');
    expect(idPatternFromText('No number here')).toBeNull();
    for (const t of ['Ticket #725739', '工单 10023 详情']) {
      const r = idPatternFromText(t)!;
      expect(new RegExp(r.pattern).exec(t)?.[1]).toBe(r.id);
    }
  });
  it('from the address, preferring the id the page shows', () => {
    expect(idPatternFromUrl(new URL('http://h:8081/conversation/12?folder_id=7'))).toEqual({ pattern: '/conversation/(\\d+)', id: '12' });
    expect(idPatternFromUrl(new URL('http://h/scp/tickets.php?id=5'))).toEqual({ pattern: '[?&]id=(\\d+)', id: '5' });
    expect(idPatternFromUrl(new URL('http://h/scp/tickets.php'))).toBeNull();
    const r = idPatternFromUrl(new URL('http://h/Ticket/Display.html?id=42'), '42')!;
    expect(new RegExp(r.pattern).exec('http://h/Ticket/Display.html?id=42')?.[1]).toBe('42');
  });
  it('url patterns keep the scheme and host, and the first path segment', () => {
    expect(urlPatternFor(new URL('http://127.0.0.1:8081/conversation/1?folder_id=7'))).toBe('http://127.0.0.1:8081/conversation/*');
    expect(urlPatternFor(new URL('https://help.acme.com/12'))).toBe('https://help.acme.com/*');
  });
});

describe('message order from the times read', () => {
  it('newest first when times go down the page', () => {
    expect(orderOf([5, 4, null, 2])).toBe('newest-first');
    expect(orderOf([1, 2, 3])).toBe('oldest-first');
    expect(orderOf([])).toBe('oldest-first');
  });
});
