import type { ConsoleAdapter, TicketContext, WriteResult } from '../adapter';
import type { ConsoleDefinition } from '../definition';
import { urlPatternToRegExp } from '../definition';
import type { AuthorRole, ChatMessage } from '../types';
import { visibleText } from '../dom-text';
import { appendEditableText, setInputValue } from '../dom-write';

/** The text of `sel` inside `root` ('' when the selector is empty or finds nothing). */
function textAt(root: Element, sel: string): string {
  if (!sel) return '';
  const el = root.querySelector(sel);
  if (!el) return '';
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return (el as HTMLInputElement).value;
  return visibleText(el);
}

function ticketIdFromUrl(def: ConsoleDefinition, url: URL): string {
  if (!def.ticketIdPattern) return url.pathname;
  return new RegExp(def.ticketIdPattern).exec(url.href)?.[1] ?? url.pathname;
}

function items(def: ConsoleDefinition, ctx: TicketContext): Element[] {
  const list = Array.from(ctx.root.querySelectorAll(def.messages.item));
  return def.messages.order === 'newest-first' ? list.reverse() : list;
}

function messageId(def: ConsoleDefinition, item: Element, index: number): string {
  return (def.messages.idAttribute && item.getAttribute(def.messages.idAttribute)) || `m${index}`;
}

/** A console described by a definition (policy or options page) instead of code. */
export function createConfiguredAdapter(def: ConsoleDefinition): ConsoleAdapter {
  const urlRe = urlPatternToRegExp(def.urlPattern);
  const readConversation = (ctx: TicketContext): ChatMessage[] =>
    items(def, ctx).flatMap((item, index) => {
      const body = item.querySelector(def.messages.body);
      if (!body) return [];
      const rule = def.messages.roles.find((r) => item.matches(r.selector) || !!item.querySelector(r.selector));
      const role: AuthorRole = rule?.role ?? 'customer';
      const timeEl = def.messages.time ? item.querySelector(def.messages.time) : null;
      const rawTime = timeEl ? timeEl.getAttribute(def.messages.timeAttribute) ?? visibleText(timeEl) : '';
      const parsed = rawTime ? Date.parse(rawTime) : NaN;
      return [
        {
          id: messageId(def, item, index),
          role,
          name: def.messages.author ? textAt(item, def.messages.author).split('\n')[0] ?? '' : '',
          text: visibleText(body),
          time: Number.isNaN(parsed) ? null : new Date(parsed).toISOString(),
          ...(rule?.internal ? { internal: true } : {}),
        },
      ];
    });
  const fieldInput = (ctx: TicketContext, field: string) => {
    const sel = def.fields[field];
    return sel ? ctx.root.querySelector<HTMLInputElement>(sel) : null;
  };
  return {
    id: def.id,
    name: def.name,
    matchesUrl: (url) => urlRe.test(url.href),
    detect: (doc) => !!doc.querySelector(def.ticketRoot) && !!doc.querySelector(def.messages.item),
    activeTicket(doc, url) {
      const root = doc.querySelector(def.ticketRoot);
      return root ? { consoleId: def.id, ticketId: ticketIdFromUrl(def, url), url: url.href, root } : null;
    },
    readConversation,
    readTicket(ctx) {
      const fields: Record<string, string> = {};
      for (const key of Object.keys(def.fields)) fields[key] = textAt(ctx.root, def.fields[key]!);
      const doc = ctx.root.ownerDocument;
      return {
        consoleId: def.id,
        ticketId: ctx.ticketId,
        url: ctx.url,
        subject: textAt(ctx.root, def.subject) || textAt(doc.documentElement, def.subject),
        requester: {
          name: textAt(doc.documentElement, def.requester.name),
          email: textAt(doc.documentElement, def.requester.email),
          phone: textAt(doc.documentElement, def.requester.phone),
          userId: '',
        },
        fields,
        messages: readConversation(ctx),
        agentName: '',
      };
    },
    messageElement(ctx, id) {
      const item = items(def, ctx).find((el, i) => messageId(def, el, i) === id);
      return (item?.querySelector(def.messages.body) as HTMLElement | null) ?? null;
    },
    writableFields: (ctx) => Object.keys(def.fields).filter((k) => {
      const el = fieldInput(ctx, k);
      return !!el && ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
    }),
    async writeField(ctx, field, value): Promise<WriteResult> {
      const el = fieldInput(ctx, field);
      if (!el || !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return { ok: false, field, error: `no writable element for "${field}"` };
      const oldValue = el.value;
      setInputValue(el, value);
      return el.value === value ? { ok: true, field, oldValue, newValue: value } : { ok: false, field, error: `${field} did not take the value` };
    },
    async insertReply(ctx, text): Promise<WriteResult> {
      const el = def.composer ? (ctx.root.ownerDocument.querySelector(def.composer) as HTMLElement | null) : null;
      if (!el) return { ok: false, field: 'reply', error: 'no reply composer configured or found' };
      if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
        const ta = el as HTMLTextAreaElement;
        const oldValue = ta.value;
        setInputValue(ta, oldValue.trim() ? `${oldValue.replace(/\s+$/, '')}\n\n${text}` : text);
        return { ok: true, field: 'reply', oldValue, newValue: ta.value };
      }
      const oldValue = el.innerText;
      appendEditableText(el, text);
      return { ok: true, field: 'reply', oldValue, newValue: el.innerText };
    },
  };
}
