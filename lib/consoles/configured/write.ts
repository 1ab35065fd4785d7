/**
 * Writing into a console described by a definition, as an agent would, and
 * saying "ok" only after reading back what the console now holds. A value
 * that did not take is put back; a note is written only through a declared
 * internal channel, never the customer-facing reply.
 */
import type { TicketContext, WriteResult } from '../adapter';
import type { ConsoleDefinition, FieldControl } from '../definition';
import { appendEditableText, optionValue, pressKey, replaceEditableText, setInputValue, waitFor } from '../dom-write';
import { find, readField, valueOf } from './read';

const fail = (field: string, error: string): WriteResult => ({ ok: false, field, error });
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Shown to the agent: an element a person could see and type in (not `hidden`, not display:none, not collapsed). */
export function isShown(el: Element | null): boolean {
  if (!el) return false;
  const check = (el as HTMLElement).checkVisibility;
  if (typeof check === 'function' && el.ownerDocument.defaultView?.getComputedStyle) return check.call(el, { visibilityProperty: true, opacityProperty: false } as CheckVisibilityOptions);
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true' || /display:\s*none/.test(e.getAttribute('style') ?? '')) return false;
  }
  return true;
}

const isFormControl = (el: Element) => el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
const isEditable = (el: Element) => isFormControl(el) || (el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '';

/** A <select>'s option by value or by its visible label, case-insensitive. */
function optionFor(select: HTMLSelectElement, wanted: string): HTMLOptionElement | null {
  const w = norm(wanted);
  const options = Array.from(select.querySelectorAll('option'));
  return options.find((o) => norm(optionValue(o)) === w) ?? options.find((o) => norm(o.textContent ?? '') === w) ?? null;
}

/** Puts `value` into a control through its own events. Returns an error text, or null when the control accepted the input. */
function putValue(el: Element, value: string): string | null {
  if (el.tagName === 'SELECT') {
    const option = optionFor(el as HTMLSelectElement, value);
    if (!option) return `has no option "${value}"`;
    setInputValue(el as HTMLSelectElement, optionValue(option));
    return null;
  }
  if (el.tagName === 'INPUT' && ['radio', 'checkbox'].includes((el as HTMLInputElement).type)) {
    (el as HTMLInputElement).click();
    return null;
  }
  if (isFormControl(el)) {
    setInputValue(el as HTMLInputElement, value);
    return null;
  }
  if (isEditable(el)) {
    replaceEditableText(el as HTMLElement, value);
    return null;
  }
  return 'is not an input, select or editor';
}

async function controlFor(control: FieldControl, ctx: TicketContext): Promise<Element | null> {
  const doc = ctx.root.ownerDocument;
  const findControl = () => {
    const el = find(ctx.root, control.selector) ?? find(doc, control.selector);
    return el && isEditable(el) && isShown(el) ? el : null;
  };
  const existing = findControl();
  if (existing || !control.activator) return existing;
  const activator = find(ctx.root, control.activator) ?? find(doc, control.activator);
  if (!activator) return null;
  (activator as HTMLElement).click();
  return waitFor(findControl, 1500);
}

async function commit(control: FieldControl, ctx: TicketContext, el: Element): Promise<void> {
  const doc = ctx.root.ownerDocument;
  if (control.confirm) {
    const button = await waitFor(() => find(ctx.root, control.confirm) ?? find(doc, control.confirm), 1000);
    (button as HTMLElement | null)?.click();
  } else if (control.activator) {
    pressKey(el, 'Enter');
    (el as HTMLElement).blur?.();
  }
}

/** Whether the console now shows `value` for the field (a select shows its label; either form counts). */
function holds(control: FieldControl, ctx: TicketContext, value: string): boolean {
  const shown = norm(readField(control, ctx.root));
  if (shown === norm(value)) return true;
  const el = find(ctx.root, control.selector) ?? find(ctx.root.ownerDocument, control.selector);
  if (el?.tagName === 'SELECT') return norm(optionValue(el.querySelector('option:checked') ?? el)) === norm(value) || norm(valueOf(el)) === norm(value);
  return false;
}

/** True once `check` holds and still holds a moment later: a console that reverts a value does so asynchronously. */
async function settled(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (await waitFor(() => check(), Math.max(0, deadline - Date.now()))) {
    await new Promise((r) => setTimeout(r, 60));
    if (check()) return true;
    if (Date.now() > deadline) return false;
  }
  return false;
}

async function attempt(control: FieldControl, ctx: TicketContext, value: string): Promise<string | null> {
  const el = await controlFor(control, ctx);
  if (!el) return control.activator ? 'the field did not open for editing' : 'no editable control found';
  const error = putValue(el, value);
  if (error) return error;
  await commit(control, ctx, el);
  const took = await settled(() => holds(control, ctx, value), control.activator || control.confirm ? 3000 : 500);
  return took ? null : `did not take the value (console shows "${readField(control, ctx.root)}")`;
}

export async function writeDefinedField(def: ConsoleDefinition, ctx: TicketContext, field: string, value: string): Promise<WriteResult> {
  const control = def.fields[field];
  if (!control) return fail(field, `no field "${field}" in the console definition`);
  const oldValue = readField(control, ctx.root);
  const error = await attempt(control, ctx, value);
  if (!error) return { ok: true, field, oldValue, newValue: readField(control, ctx.root) };
  // Leave the console as it was: a half-written field is worse than none.
  if (norm(readField(control, ctx.root)) !== norm(oldValue)) await attempt(control, ctx, oldValue).catch(() => null);
  return fail(field, `${field} ${error}`);
}

/** The fields a definition can write on this page: a control present now, or a click-to-edit activator. */
export function definedWritableFields(def: ConsoleDefinition, ctx: TicketContext): string[] {
  const doc = ctx.root.ownerDocument;
  return Object.entries(def.fields)
    .filter(([, c]) => {
      const el = find(ctx.root, c.selector) ?? find(doc, c.selector);
      if (el && isEditable(el)) return true;
      return !!c.activator && !!(find(ctx.root, c.activator) ?? find(doc, c.activator));
    })
    .map(([key]) => key);
}

/** The reply composer, opened first through the declared action when it is closed; null when it cannot be shown. */
async function openComposer(def: ConsoleDefinition, ctx: TicketContext, selector: string): Promise<HTMLElement | null> {
  const doc = ctx.root.ownerDocument;
  const shown = () => {
    const el = find(doc, selector) as HTMLElement | null;
    return el && isShown(el) ? el : null;
  };
  const now = shown();
  if (now || !def.openReply) return now;
  const opener = find(doc, def.openReply) as HTMLElement | null;
  if (!opener) return null;
  opener.click();
  return waitFor(shown, 2000);
}

function textOf(el: HTMLElement): string {
  return isFormControl(el) ? (el as HTMLTextAreaElement).value : el.innerText ?? el.textContent ?? '';
}

/** Appends `text` to the composer and checks that it is there. */
async function appendTo(el: HTMLElement, field: string, text: string): Promise<WriteResult> {
  const oldValue = textOf(el);
  if (isFormControl(el)) {
    const current = oldValue.replace(/\s+$/, '');
    setInputValue(el as HTMLTextAreaElement, current ? `${current}\n\n${text}` : text);
  } else if (isEditable(el)) appendEditableText(el, text);
  else return fail(field, 'the composer is not an editor');
  const landed = await settled(() => norm(textOf(el)).includes(norm(text)), 500);
  return landed ? { ok: true, field, oldValue, newValue: textOf(el) } : fail(field, 'the composer did not keep the text');
}

export async function insertDefinedReply(def: ConsoleDefinition, ctx: TicketContext, text: string): Promise<WriteResult> {
  if (!def.composer) return fail('reply', 'no reply composer in the console definition');
  const el = await openComposer(def, ctx, def.composer);
  if (!el) return fail('reply', def.openReply ? 'the reply editor did not open' : 'the reply editor is closed: open Reply first (or declare an "open reply" action)');
  return appendTo(el, 'reply', text);
}

/**
 * Only through the declared internal channel: switch the composer to a note,
 * confirm the switch took (the check selector), write, and confirm again —
 * a note that lands in the public reply is the one write that must never
 * happen, so any doubt is a refusal.
 */
export async function insertDefinedInternalNote(def: ConsoleDefinition, ctx: TicketContext, text: string): Promise<WriteResult> {
  const field = 'internal_note';
  const doc = ctx.root.ownerDocument;
  const { switch: toggle, check } = def.internalNote;
  const isInternal = () => !check || !!find(doc, check);
  if (toggle.selector && !(check && find(doc, check))) {
    const el = find(doc, toggle.selector);
    if (!el) return fail(field, 'the internal-note switch is not on this page');
    if (toggle.value) {
      const error = putValue(el, toggle.value);
      if (error) return fail(field, `the internal-note switch ${error}`);
    } else (el as HTMLElement).click();
  }
  if (!(await waitFor(() => isInternal(), 1500))) return fail(field, 'the composer did not switch to an internal note; nothing was written');
  const el = await openComposer(def, ctx, def.internalNote.composer || def.composer);
  if (!el) return fail(field, 'the internal-note editor is not open');
  if (!isInternal()) return fail(field, 'the composer is no longer an internal note; nothing was written');
  const result = await appendTo(el, field, text);
  if (result.ok && !isInternal()) return fail(field, 'the composer left internal-note mode while writing; check it before sending');
  return result;
}
