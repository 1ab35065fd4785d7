import { DESKMATE_NODE_ATTR } from '../../../consoles/adapter';

/**
 * Masking inside the console's own DOM, without touching the nodes its
 * framework owns: the message element only gets an attribute (a page
 * stylesheet hides or blurs it) and a placeholder is inserted before it.
 * React keeps unknown attributes and siblings on re-render, and if it swaps
 * the element, the next mutation re-applies the state by message id.
 */
export type MaskState = 'pending' | 'hidden' | 'revealed' | 'clean';
export type MaskStyle = 'placeholder' | 'blur';

export const MASK_ATTR = 'data-deskmate-mask';
const STYLE_ID = 'deskmate-mask-style';

export function ensureMaskStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute(DESKMATE_NODE_ATTR, 'style');
  style.textContent = `
[${MASK_ATTR}="pending:placeholder"], [${MASK_ATTR}="hidden:placeholder"] { display: none !important; }
[${MASK_ATTR}="pending:blur"], [${MASK_ATTR}="hidden:blur"] { filter: blur(7px) !important; user-select: none !important; pointer-events: none !important; }
`;
  (doc.head ?? doc.documentElement).appendChild(style);
}

export interface MaskLabels {
  pending: string;
  hidden: string;
  show: string;
  hide: string;
}

interface PlaceholderParts {
  box: HTMLElement;
  text: HTMLElement;
  button: HTMLButtonElement;
  /** Read at click time, so a re-render with a new callback needs no new listener. */
  onToggle: () => void;
}

/**
 * Placeholders Deskmate built, by element, with their parts. A node the
 * console cloned is not in this map (a clone has no shadow root at all) and is
 * replaced rather than trusted. The shadow root stays open: it holds only the
 * notice and the button (no customer text), assistive tools read it, and its
 * button ignores clicks a page script makes.
 */
const placeholders = new WeakMap<Element, PlaceholderParts>();

/** Bring one message element in line with its mask state. Idempotent: safe to call on every mutation. */
export function applyMask(el: HTMLElement, messageId: string, state: MaskState, style: MaskStyle, labels: MaskLabels, onToggle: (id: string) => void): void {
  const wanted = state === 'pending' || state === 'hidden' ? `${state}:${style}` : null;
  if (wanted) {
    if (el.getAttribute(MASK_ATTR) !== wanted) el.setAttribute(MASK_ATTR, wanted);
  } else if (el.hasAttribute(MASK_ATTR)) el.removeAttribute(MASK_ATTR);

  let placeholder: Element | null = el.previousElementSibling;
  if (!placeholder || placeholder.getAttribute(DESKMATE_NODE_ATTR) !== 'mask' || (placeholder as HTMLElement).dataset.for !== messageId) placeholder = null;
  if (placeholder && !placeholders.has(placeholder)) {
    // A copy the console made of our placeholder: it looks like one but has no working button.
    placeholder.remove();
    placeholder = null;
  }
  const needPlaceholder = state === 'pending' || state === 'hidden' || state === 'revealed';
  if (!needPlaceholder) {
    placeholder?.remove();
    return;
  }
  if (!el.parentElement) return;
  placeholder ??= createPlaceholder(el, messageId);
  const parts = placeholders.get(placeholder)!;
  parts.onToggle = () => onToggle(messageId);
  parts.box.className = `box ${state}`;
  (placeholder as HTMLElement).dataset.state = state;
  parts.text.textContent = state === 'pending' ? labels.pending : state === 'hidden' ? labels.hidden : '';
  parts.button.hidden = state === 'pending';
  parts.button.textContent = state === 'revealed' ? labels.hide : labels.show;
  parts.button.setAttribute('aria-label', `${state === 'revealed' ? labels.hide : labels.show}: ${labels.hidden}`);
}

function createPlaceholder(el: HTMLElement, messageId: string): Element {
  const placeholder = el.ownerDocument.createElement('deskmate-mask');
  placeholder.setAttribute(DESKMATE_NODE_ATTR, 'mask');
  placeholder.dataset.for = messageId;
  el.parentElement!.insertBefore(placeholder, el);
  const root = placeholder.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>
      :host { display: block; margin: 2px 0; }
      .box { display: flex; align-items: center; gap: 8px; font: 13px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; color: #49545c; background: #f3f4f5; border: 1px dashed #c2c8cc; border-radius: 6px; padding: 6px 10px; }
      .box.revealed { background: transparent; border-color: transparent; padding: 0 0 2px; font-size: 12px; }
      button { font: inherit; border: 1px solid #c2c8cc; background: #fff; border-radius: 4px; padding: 1px 8px; cursor: pointer; color: #1f73b7; }
      button:focus-visible { outline: 2px solid #1f73b7; outline-offset: 1px; }
    </style><div class="box" role="note"><span class="text"></span><button type="button"></button></div>`;
  const parts: PlaceholderParts = {
    box: root.querySelector('.box')!,
    text: root.querySelector('.text')!,
    button: root.querySelector('button')!,
    onToggle: () => undefined,
  };
  parts.button.addEventListener('click', (e) => {
    e.stopPropagation();
    // Only the agent reveals: a page script's synthetic click() is not a user's decision.
    if (!e.isTrusted) return;
    parts.onToggle();
  });
  placeholders.set(placeholder, parts);
  return placeholder;
}

/**
 * After a render pass: whatever the console did to Deskmate's nodes, leave no
 * message hidden without a working Show. `current` holds the elements masked
 * in this pass (the live ones, by message id); any other element carrying the
 * mask (a clone the console made, a node moved out of the ticket) gets a
 * placeholder of its own whose Show reveals it, and placeholders left beside
 * nothing they mask are removed.
 */
export function sweepMasks(doc: Document, current: ReadonlySet<Element>, style: MaskStyle, labels: MaskLabels): void {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(`[${MASK_ATTR}]`))) {
    if (current.has(el)) continue;
    const id = orphanId(el);
    applyMask(el, id, orphanState.get(el) ?? 'hidden', style, labels, () => {
      orphanState.set(el, orphanState.get(el) === 'revealed' ? 'hidden' : 'revealed');
      applyMask(el, id, orphanState.get(el)!, style, labels, () => undefined);
      sweepMasks(doc, current, style, labels);
    });
  }
  for (const ph of Array.from(doc.querySelectorAll<HTMLElement>(`[${DESKMATE_NODE_ATTR}="mask"]`))) {
    const next = ph.nextElementSibling;
    const masksNext = !!next && placeholders.has(ph) && (next.hasAttribute(MASK_ATTR) || ph.dataset.state === 'revealed');
    if (!masksNext) ph.remove();
  }
}

const orphanState = new WeakMap<Element, MaskState>();
const orphanIds = new WeakMap<Element, string>();
let orphanCount = 0;
function orphanId(el: Element): string {
  let id = orphanIds.get(el);
  if (!id) orphanIds.set(el, (id = `deskmate-orphan-${++orphanCount}`));
  return id;
}

/** A small sentiment dot beside a customer message, with its label as a tooltip. */
export function applyMarker(el: HTMLElement, messageId: string, sentiment: 'negative' | 'neutral' | 'positive' | null, title: string): void {
  const parent = el.parentElement;
  if (!parent) return;
  let marker = parent.querySelector<HTMLElement>(`:scope > [${DESKMATE_NODE_ATTR}="marker"][data-for="${CSS.escape(messageId)}"]`);
  if (!sentiment) {
    marker?.remove();
    return;
  }
  if (!marker) {
    marker = el.ownerDocument.createElement('span');
    marker.setAttribute(DESKMATE_NODE_ATTR, 'marker');
    marker.dataset.for = messageId;
    marker.setAttribute('role', 'img');
    parent.insertBefore(marker, el.nextSibling);
  }
  const color = sentiment === 'negative' ? '#cc3340' : sentiment === 'positive' ? '#038153' : '#87929d';
  marker.dataset.sentiment = sentiment;
  marker.title = title;
  marker.setAttribute('aria-label', title);
  marker.style.cssText = `display:inline-block;width:8px;height:8px;border-radius:50%;background:${color};margin:4px 0 0;vertical-align:middle;`;
}
