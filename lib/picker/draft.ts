import { safeQuery } from './candidate';
import { idAttributeOf, orderOf, timeAttributeOf } from './message-kinds';
import type { Derived, PickerSession } from './session';
import { fieldKeyOf, isFieldStep } from './steps';
import { idPatternFromText, idPatternFromUrl, urlPatternFor } from './ticket-id';

/** A console definition (v2) as the picker writes it: plain JSON, validated by the definition schema before use. */
export interface DraftDefinition {
  id: string;
  name: string;
  urlPattern: string;
  ticketIdPattern: string;
  ticketId: { selector: string; pattern: string };
  ticketRoot: string;
  subject: string;
  messages: {
    item: string;
    body: string;
    author: string;
    time: string;
    timeAttribute: string;
    idAttribute: string;
    order: 'oldest-first' | 'newest-first';
    roles: Array<{ selector: string; role: 'customer' | 'agent' | 'system'; internal?: boolean }>;
    exclude: string[];
  };
  requester: { name: string; email: string; phone: string };
  fields: Record<string, { selector: string }>;
  composer: string;
  openReply: string;
  internalNote: { composer: string; switch: { selector: string; value: string }; check: string };
}

/** "FreeScout" / host → "freescout"; the schema wants 2–41 lowercase letters, digits and dashes. */
export function definitionIdFrom(name: string): string {
  const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return /^[a-z0-9][a-z0-9-]{1,40}$/.test(id) ? id : `console-${id || 'new'}`.slice(0, 40).replace(/-+$/, '');
}

/**
 * Turn what the manager pointed at into a definition. Roles are ordered
 * internal note, agent, customer: the first matching rule wins, and a note is
 * usually an agent's message with one more marker.
 */
export function buildDefinition(session: PickerSession, derived: Derived, url: URL, meta: { name: string; id?: string; noteSwitchValue?: string }): DraftDefinition {
  const sel = (id: keyof Derived['steps']) => derived.steps[id]?.selector ?? '';
  const roles: DraftDefinition['messages']['roles'] = [];
  if (sel('internalNote')) roles.push({ selector: sel('internalNote'), role: 'agent', internal: true });
  if (sel('agentMessage')) roles.push({ selector: sel('agentMessage'), role: 'agent' });
  if (sel('customerMessage')) roles.push({ selector: sel('customerMessage'), role: 'customer' });

  const time = sel('messageTime');
  const firstTimeEl = time ? derived.items.map((i) => safeQuery(i, time)).find((e) => e) : null;
  const timeAttribute = firstTimeEl ? timeAttributeOf(firstTimeEl) : '';
  const times = time
    ? derived.items.map((i) => {
        const el = safeQuery(i, time);
        const raw = el ? (timeAttribute && el.getAttribute(timeAttribute)) || el.textContent || '' : '';
        const t = Date.parse(raw);
        return Number.isNaN(t) ? null : t;
      })
    : [];

  // The ticket id: from its element on the page, and from the address when the address carries it too.
  const idEl = session.clicks.get('ticketId');
  const fromText = idEl ? idPatternFromText(idEl.textContent ?? '') : null;
  const fromUrl = idPatternFromUrl(url, fromText?.id);

  const fields: DraftDefinition['fields'] = {};
  for (const [id, step] of Object.entries(derived.steps)) {
    if (isFieldStep(id as never) && step?.selector && !step.problem) fields[fieldKeyOf(id as `field:${string}`)] = { selector: step.selector };
  }
  const switchEl = session.clicks.get('noteSwitch');
  const switchValue = switchEl?.tagName === 'SELECT' || (switchEl as HTMLInputElement | undefined)?.type === 'radio' ? meta.noteSwitchValue ?? '' : '';
  const switchSel = sel('noteSwitch');
  return {
    id: meta.id || definitionIdFrom(meta.name),
    name: meta.name,
    urlPattern: urlPatternFor(url),
    ticketIdPattern: fromUrl?.pattern ?? '',
    ticketId: { selector: fromText ? sel('ticketId') : '', pattern: fromText?.pattern ?? '' },
    ticketRoot: sel('conversation') || 'body',
    subject: sel('subject'),
    messages: {
      item: derived.item?.selector ?? '',
      body: sel('messageText'),
      author: sel('messageAuthor'),
      time,
      timeAttribute,
      idAttribute: idAttributeOf(derived.items),
      order: orderOf(times),
      roles,
      exclude: sel('messageExclude') ? [sel('messageExclude')] : [],
    },
    requester: { name: sel('requesterName'), email: sel('requesterEmail'), phone: sel('requesterPhone') },
    fields,
    composer: sel('composer'),
    openReply: sel('openReply'),
    internalNote: {
      composer: '',
      switch: { selector: switchSel, value: switchValue },
      check: switchSel && switchEl?.tagName === 'SELECT' && switchValue ? `${switchSel} option[value="${switchValue.replace(/"/g, '\\"')}"]:checked` : '',
    },
  };
}
