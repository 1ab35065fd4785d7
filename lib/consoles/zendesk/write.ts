import type { TicketContext, WriteResult } from '../adapter';
import { appendEditableText, pressKey, setInputValue, waitFor } from '../dom-write';
import { customFieldKey, readFields } from './read';
import { ZD } from './selectors';

const fail = (field: string, error: string): WriteResult => ({ ok: false, field, error });

/** Garden dropdown: open the combobox, then click the option, as an agent would. */
async function chooseOption(box: Element | null, field: string, value: string): Promise<WriteResult | null> {
  const button = box?.querySelector<HTMLElement>('[role="combobox"], button');
  if (!box || !button) return fail(field, `no ${field} dropdown in this ticket`);
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  const wanted = value.toLowerCase();
  const option = await waitFor(() =>
    Array.from(box.ownerDocument.querySelectorAll<HTMLElement>('[role="option"]')).find(
      (o) => box.contains(o) && ((o.getAttribute('data-value') ?? '').toLowerCase() === wanted || o.textContent?.trim().toLowerCase() === wanted),
    ),
  );
  if (!option) {
    button.click();
    return fail(field, `${field} has no option "${value}"`);
  }
  option.click();
  return null;
}

async function setTags(ctx: TicketContext, value: string): Promise<WriteResult | null> {
  const wanted = value.split(',').map((t) => t.trim()).filter(Boolean);
  const items = () => Array.from(ctx.root.querySelectorAll(ZD.tagItem));
  const tagOf = (el: Element) => (el.firstChild?.nodeValue ?? '').trim();
  for (const item of items()) if (!wanted.includes(tagOf(item))) item.querySelector<HTMLElement>('button')?.click();
  const input = ctx.root.querySelector<HTMLInputElement>(ZD.tagInput);
  if (!input) return fail('tags', 'no tags input in this ticket');
  for (const tag of wanted) {
    if (items().some((i) => tagOf(i) === tag)) continue;
    setInputValue(input, tag);
    await new Promise((r) => setTimeout(r, 0));
    pressKey(input, 'Enter');
    await waitFor(() => items().some((i) => tagOf(i) === tag), 500);
  }
  return null;
}

async function attemptZendeskField(ctx: TicketContext, field: string, value: string): Promise<WriteResult> {
  const oldValue = readFields(ctx.root)[field] ?? (field === 'requester' ? ctx.root.querySelector<HTMLInputElement>(`${ZD.requester} input`)?.value ?? '' : '');
  let error: WriteResult | null = null;
  if (field === 'subject' || field === 'requester') {
    const input = ctx.root.querySelector<HTMLInputElement>(field === 'subject' ? ZD.subject : `${ZD.requester} input`);
    if (!input) return fail(field, `no ${field} input in this ticket`);
    setInputValue(input, value);
  } else if (field === 'priority' || field === 'type') {
    error = await chooseOption(ctx.root.querySelector(field === 'priority' ? ZD.priority : ZD.type), field, value);
  } else if (field === 'tags') {
    error = await setTags(ctx, value);
  } else {
    const box = Array.from(ctx.root.querySelectorAll(ZD.customField)).find((el) => customFieldKey(el) === field);
    const input = box?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
    if (!input) return fail(field, `no field "${field}" in this ticket form`);
    setInputValue(input, value);
  }
  if (error) return error;
  await new Promise((r) => setTimeout(r, 0));
  const now = field === 'requester' ? ctx.root.querySelector<HTMLInputElement>(`${ZD.requester} input`)?.value ?? '' : readFields(ctx.root)[field] ?? '';
  const normalise = (s: string) => s.toLowerCase().split(',').map((x) => x.trim()).filter(Boolean).sort().join(',');
  if (normalise(now) !== normalise(value)) return fail(field, `${field} did not take the value (console shows "${now}")`);
  return { ok: true, field, oldValue, newValue: now };
}

const currentValue = (ctx: TicketContext, field: string) =>
  field === 'requester' ? ctx.root.querySelector<HTMLInputElement>(`${ZD.requester} input`)?.value ?? '' : readFields(ctx.root)[field] ?? '';

/** Writes one field and reads it back; a value that did not take is undone, and nothing is left typed in an input. */
export async function writeZendeskField(ctx: TicketContext, field: string, value: string): Promise<WriteResult> {
  const before = currentValue(ctx, field);
  const result = await attemptZendeskField(ctx, field, value);
  if (result.ok) return result;
  if (currentValue(ctx, field) !== before) await attemptZendeskField(ctx, field, before).catch(() => null);
  const leftover = field === 'tags' ? ctx.root.querySelector<HTMLInputElement>(ZD.tagInput) : null;
  if (leftover?.value) setInputValue(leftover, '');
  return result;
}

export async function insertZendeskReply(ctx: TicketContext, text: string): Promise<WriteResult> {
  const editor = ctx.root.querySelector<HTMLElement>(ZD.composer);
  if (!editor) return fail('reply', 'no reply composer in this ticket');
  const oldValue = editor.innerText;
  appendEditableText(editor, text);
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  if (!(await waitFor(() => norm(editor.innerText).includes(norm(text)), 500))) return fail('reply', 'the composer did not keep the text');
  return { ok: true, field: 'reply', oldValue, newValue: editor.innerText };
}

/** The composer's channel as the console shows it now ("internal" or "public"). */
function channelOf(ctx: TicketContext): string {
  const box = ctx.root.querySelector(ZD.channel);
  const selected = box?.querySelector('[role="option"][aria-selected="true"]')?.getAttribute('data-value');
  return (selected ?? box?.getAttribute('data-value') ?? box?.querySelector('[role="combobox"], button')?.textContent ?? '').trim().toLowerCase();
}

/** Switch the composer to "Internal note" through its own dropdown, then put the text in. */
export async function insertZendeskInternalNote(ctx: TicketContext, text: string): Promise<WriteResult> {
  const error = await chooseOption(ctx.root.querySelector(ZD.channel), 'channel', 'internal');
  if (error) return { ok: false, field: 'internal_note', error: error.ok ? '' : error.error };
  // Never write a note unless the console now says the composer is internal.
  const internal = () => /internal/.test(channelOf(ctx));
  if (!(await waitFor(internal, 1000))) return fail('internal_note', 'the composer did not switch to Internal note; nothing was written');
  const result = await insertZendeskReply(ctx, text);
  if (result.ok && !internal()) return fail('internal_note', 'the composer left Internal note while writing; check it before sending');
  return result.ok ? { ...result, field: 'internal_note' } : { ...result, field: 'internal_note' };
}

export function zendeskWritableFields(ctx: TicketContext): string[] {
  const custom = Array.from(ctx.root.querySelectorAll(ZD.customField)).map(customFieldKey).filter((k): k is string => !!k);
  return ['subject', 'requester', 'priority', 'type', 'tags', ...custom];
}
