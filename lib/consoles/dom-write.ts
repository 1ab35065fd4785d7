/**
 * Writing into console inputs the way a person does, so framework state
 * (React's controlled inputs) follows and survives the next re-render.
 */
export function setInputValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const view = el.ownerDocument.defaultView ?? window;
  const proto =
    el.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : el.tagName === 'SELECT' ? view.HTMLSelectElement.prototype : view.HTMLInputElement.prototype;
  // The prototype's setter bypasses React's instance-level value tracker, so React sees a change.
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  if (el.tagName === 'SELECT' && el.value !== value) {
    // DOMs without a select value setter (and selects whose setter a page replaced): choose the option itself.
    for (const option of Array.from(el.querySelectorAll('option'))) {
      const chosen = optionValue(option) === value;
      option.selected = chosen;
      option.toggleAttribute('selected', chosen);
    }
  }
  const E = view.Event ?? Event;
  el.dispatchEvent(new E('input', { bubbles: true }));
  el.dispatchEvent(new E('change', { bubbles: true }));
}

/** An option's value as a form submits it: its value attribute, else its text. */
export function optionValue(option: Element): string {
  return option.getAttribute('value') ?? (option.textContent ?? '').trim();
}

/** Wait until `find` returns an element (the console renders on its own schedule). */
export async function waitFor<T>(find: () => T | null | undefined, timeoutMs = 1500): Promise<T | null> {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeoutMs) return null;
    await new Promise((r) => setTimeout(r, 16));
  }
}

export function pressKey(el: Element, key: string): void {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const K = view?.KeyboardEvent ?? (typeof KeyboardEvent === 'undefined' ? (view?.Event as unknown as typeof KeyboardEvent) : KeyboardEvent);
  for (const type of ['keydown', 'keypress', 'keyup']) el.dispatchEvent(new K(type, { key, code: key, bubbles: true, cancelable: true }));
}

/** Replace the whole text of a contenteditable editor through editing commands (keeps the editor's own undo and state). */
export function replaceEditableText(el: HTMLElement, text: string): void {
  el.focus();
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  const range = doc.createRange();
  range.selectNodeContents(el);
  sel?.removeAllRanges();
  sel?.addRange(range);
  const inserted = text ? doc.execCommand('insertText', false, text) : doc.execCommand('delete');
  if (!inserted || el.innerText.trim() !== text.trim()) {
    el.textContent = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
}

/** Append text at the end of a contenteditable editor (a blank line after what is there). */
export function appendEditableText(el: HTMLElement, text: string): void {
  const current = el.innerText.replace(/\s+$/, '');
  replaceEditableText(el, current ? `${current}\n\n${text}` : text);
}
