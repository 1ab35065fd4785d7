/**
 * Reading a console described by a definition. Pure functions of the DOM.
 * A page is a ticket only when the definition positively identifies one (the
 * id element or the URL pattern gave an id): a queue list or a search page is
 * never read as a ticket, so its content can never join a ticket's record.
 */
import type { TicketContext } from '../adapter';
import type { ConsoleDefinition, FieldControl } from '../definition';
import type { AuthorRole, ChatMessage } from '../types';
import { visibleText } from '../dom-text';

/** querySelector that treats an invalid selector as "found nothing" (a definition is data a manager typed). */
export function find(scope: ParentNode, sel: string): Element | null {
  if (!sel) return null;
  try {
    return scope.querySelector(sel);
  } catch {
    return null;
  }
}

export function findAll(scope: ParentNode, sel: string): Element[] {
  if (!sel) return [];
  try {
    return Array.from(scope.querySelectorAll(sel));
  } catch {
    return [];
  }
}

/** The value a person sees in an element: an input's value, a select's chosen label, else its text. */
export function valueOf(el: Element | null): string {
  if (!el) return '';
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return (el as HTMLInputElement).value;
  if (el.tagName === 'SELECT') {
    const option = el.querySelector('option:checked') ?? el.querySelector('option');
    return option ? (option.textContent ?? '').trim() || (option as HTMLOptionElement).value : (el as HTMLSelectElement).value;
  }
  return visibleText(el);
}

function firstGroup(pattern: string, text: string): string | null {
  if (!pattern) return text.trim() || null;
  try {
    const m = new RegExp(pattern).exec(text);
    return m ? (m[1] ?? m[0]).trim() || null : null;
  } catch {
    return null;
  }
}

/** The ticket id the page positively shows: the id element first (what the console calls the ticket), else the URL pattern; null otherwise. */
export function ticketIdOf(def: ConsoleDefinition, doc: Document, url: URL): string | null {
  if (def.ticketId.selector) {
    const el = find(doc, def.ticketId.selector);
    const id = el ? firstGroup(def.ticketId.pattern, visibleText(el)) : null;
    if (id) return id;
  }
  return def.ticketIdPattern ? firstGroup(def.ticketIdPattern, url.href) : null;
}

export function messageItems(def: ConsoleDefinition, root: Element): Element[] {
  const list = findAll(root, def.messages.item);
  return def.messages.order === 'newest-first' ? list.reverse() : list;
}

export function messageIdOf(def: ConsoleDefinition, item: Element, index: number): string {
  return (def.messages.idAttribute && item.getAttribute(def.messages.idAttribute)) || `m${index}`;
}

/** Signatures, quoted history and footers the definition excludes, as one selector for `visibleText`'s skip (invalid ones left out). */
function exclusion(def: ConsoleDefinition, doc: Document): string {
  const probe = doc.createElement('i');
  return def.messages.exclude
    .filter((sel) => {
      try {
        probe.matches(sel);
        return true;
      } catch {
        return false;
      }
    })
    .join(', ');
}

export function readMessages(def: ConsoleDefinition, ctx: TicketContext): ChatMessage[] {
  const skip = exclusion(def, ctx.root.ownerDocument);
  return messageItems(def, ctx.root).flatMap((item, index) => {
    const body = find(item, def.messages.body);
    if (!body) return [];
    const rule = def.messages.roles.find((r) => {
      try {
        return item.matches(r.selector) || !!item.querySelector(r.selector);
      } catch {
        return false;
      }
    });
    const role: AuthorRole = rule?.role ?? 'customer';
    const timeEl = find(item, def.messages.time);
    const rawTime = timeEl ? timeEl.getAttribute(def.messages.timeAttribute) ?? visibleText(timeEl) : '';
    const parsed = rawTime ? Date.parse(rawTime) : NaN;
    return [
      {
        id: messageIdOf(def, item, index),
        role,
        name: def.messages.author ? valueOf(find(item, def.messages.author)).split('\n')[0] ?? '' : '',
        text: visibleText(body, skip),
        time: Number.isNaN(parsed) ? null : new Date(parsed).toISOString(),
        ...(rule?.internal ? { internal: true } : {}),
      },
    ];
  });
}

/** Where a field's value shows: the display element of a click-to-edit field, else the control. */
export function readField(control: FieldControl, root: Element): string {
  const doc = root.ownerDocument;
  const el = (control.display && (find(root, control.display) ?? find(doc, control.display))) || find(root, control.selector) || find(doc, control.selector);
  return valueOf(el).trim();
}
