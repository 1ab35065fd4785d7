import type { ChatMessage, AuthorRole } from '../types';
import type { Requester, TicketContext } from '../adapter';
import { visibleText } from '../dom-text';
import { TICKET_PATH, ZD } from './selectors';

const isHidden = (el: Element | null): boolean => {
  for (let e = el; e; e = e.parentElement) if (e.hasAttribute('hidden') || (e as HTMLElement).style?.display === 'none') return true;
  return false;
};

/**
 * The active ticket: the id comes from the URL (or the selected tab), and the
 * root is that ticket's workspace, because Zendesk keeps every open ticket
 * tab in the DOM at once.
 */
export function findActiveTicket(doc: Document, url: URL): TicketContext | null {
  const tab = doc.querySelector(ZD.selectedTab);
  const ticketId = TICKET_PATH.exec(url.pathname)?.[1] ?? tab?.getAttribute('data-entity-id') ?? TICKET_PATH.exec(tab?.getAttribute('href') ?? '')?.[1] ?? null;
  const logs = Array.from(doc.querySelectorAll(ZD.log));
  const log =
    (ticketId && logs.find((l) => l.closest(`[data-ticket-id="${ticketId.replace(/["\\]/g, "\\$&")}"]`))) || logs.find((l) => !isHidden(l)) || null;
  // No ticket is identified (a view, the home page): nothing is read as a ticket, even if a log is on screen.
  if (!log || !ticketId) return null;
  let root: Element = log.closest(ZD.workspace) ?? log;
  // Without a workspace marker, climb to the smallest ancestor that also holds the subject.
  if (root === log) for (let e = log.parentElement; e && e !== doc.body; e = e.parentElement) if (e.querySelector(ZD.subject)) { root = e; break; }
  return { consoleId: 'zendesk', ticketId, url: url.href, root };
}

export function readMessages(ctx: TicketContext): ChatMessage[] {
  return Array.from(ctx.root.querySelectorAll(ZD.item)).flatMap((item, index) => {
    const msg = item.querySelector(ZD.message);
    const content = item.querySelector(ZD.content);
    if (!msg || !content) return [];
    const type = msg.getAttribute('type') ?? '';
    const name = visibleText(item.querySelector(ZD.sender) ?? item, '').split('\n')[0] ?? '';
    const internal = type === 'internal' || !!item.querySelector(ZD.internalTag);
    const role: AuthorRole = /\bbot\b/i.test(name) ? 'system' : type === 'end-user' ? 'customer' : type === 'agent' || internal ? 'agent' : 'system';
    const id = item.getAttribute('data-comment-id') ?? item.getAttribute('id') ?? `zd-${index}`;
    const time = item.querySelector(ZD.time)?.getAttribute('datetime') ?? null;
    return [{ id, role, name, text: visibleText(content, ZD.notText), time, ...(internal ? { internal: true } : {}) }];
  });
}

export function contentElement(ctx: TicketContext, messageId: string): HTMLElement | null {
  const items = Array.from(ctx.root.querySelectorAll(ZD.item));
  const item = items.find((el, i) => (el.getAttribute('data-comment-id') ?? el.getAttribute('id') ?? `zd-${i}`) === messageId);
  return (item?.querySelector(ZD.content) as HTMLElement | null) ?? null;
}

export function readRequester(root: Element): Requester {
  const box = root.querySelector(ZD.requester);
  const input = box?.querySelector('input');
  const name = input ? input.value || input.getAttribute('value') || '' : visibleText(box ?? root.ownerDocument.createElement('i'));
  return {
    name: name.trim(),
    email: input?.getAttribute('data-email') ?? box?.querySelector('[href^="mailto:"]')?.getAttribute('href')?.slice(7) ?? '',
    phone: '',
    userId: input?.getAttribute('data-user-id') ?? box?.getAttribute('data-user-id') ?? '',
  };
}

function dropdownValue(el: Element | null): string {
  if (!el) return '';
  const selected = el.querySelector('[role="option"][aria-selected="true"]');
  return (selected?.getAttribute('data-value') ?? visibleText(el.querySelector('[role="combobox"], button') ?? el)).trim().toLowerCase().replace(/^-$/, '');
}

export function readFields(root: Element): Record<string, string> {
  const fields: Record<string, string> = {
    subject: (root.querySelector(ZD.subject) as HTMLInputElement | null)?.value ?? '',
    priority: dropdownValue(root.querySelector(ZD.priority)),
    type: dropdownValue(root.querySelector(ZD.type)),
    status: visibleText(root.querySelector(ZD.status)?.querySelector('span') ?? root.ownerDocument.createElement('i')).toLowerCase(),
    tags: Array.from(root.querySelectorAll(ZD.tagItem))
      .map((t) => (t.firstChild?.nodeValue ?? visibleText(t)).trim())
      .join(', '),
  };
  for (const field of Array.from(root.querySelectorAll(ZD.customField))) {
    const key = customFieldKey(field);
    const input = field.querySelector('input, textarea') as HTMLInputElement | null;
    if (key && input) fields[key] = input.value;
  }
  return fields;
}

/** data-test-id="ticket-form-field-text-custom_order_number" → "custom_order_number" */
export function customFieldKey(el: Element): string | null {
  return /^ticket-form-field-(?:[a-z]+-)?(.+)$/.exec(el.getAttribute('data-test-id') ?? '')?.[1] ?? null;
}
