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

const MASK_ATTR = 'data-deskmate-mask';
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

/** Bring one message element in line with its mask state. Idempotent: safe to call on every mutation. */
export function applyMask(el: HTMLElement, messageId: string, state: MaskState, style: MaskStyle, labels: MaskLabels, onToggle: (id: string) => void): void {
  const wanted = state === 'pending' || state === 'hidden' ? `${state}:${style}` : null;
  if (wanted) {
    if (el.getAttribute(MASK_ATTR) !== wanted) el.setAttribute(MASK_ATTR, wanted);
  } else if (el.hasAttribute(MASK_ATTR)) el.removeAttribute(MASK_ATTR);

  let placeholder = el.previousElementSibling as HTMLElement | null;
  if (!placeholder || placeholder.getAttribute(DESKMATE_NODE_ATTR) !== 'mask' || placeholder.dataset.for !== messageId) placeholder = null;
  const needPlaceholder = state === 'pending' || state === 'hidden' || state === 'revealed';
  if (!needPlaceholder) {
    placeholder?.remove();
    return;
  }
  if (!placeholder) {
    placeholder = el.ownerDocument.createElement('deskmate-mask');
    placeholder.setAttribute(DESKMATE_NODE_ATTR, 'mask');
    placeholder.dataset.for = messageId;
    el.parentElement?.insertBefore(placeholder, el);
    const root = placeholder.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
      :host { display: block; margin: 2px 0; }
      .box { display: flex; align-items: center; gap: 8px; font: 13px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; color: #49545c; background: #f3f4f5; border: 1px dashed #c2c8cc; border-radius: 6px; padding: 6px 10px; }
      .box.revealed { background: transparent; border-color: transparent; padding: 0 0 2px; font-size: 12px; }
      button { font: inherit; border: 1px solid #c2c8cc; background: #fff; border-radius: 4px; padding: 1px 8px; cursor: pointer; color: #1f73b7; }
      button:focus-visible { outline: 2px solid #1f73b7; outline-offset: 1px; }
    </style><div class="box" role="note"><span class="text"></span><button type="button"></button></div>`;
    root.querySelector('button')!.addEventListener('click', (e) => {
      e.stopPropagation();
      onToggle((e.currentTarget as HTMLElement).getRootNode() instanceof ShadowRoot ? messageId : messageId);
    });
  }
  const root = placeholder.shadowRoot!;
  const box = root.querySelector('.box')!;
  const text = root.querySelector('.text')!;
  const button = root.querySelector('button')!;
  box.className = `box ${state}`;
  placeholder.dataset.state = state;
  text.textContent = state === 'pending' ? labels.pending : state === 'hidden' ? labels.hidden : '';
  button.hidden = state === 'pending';
  button.textContent = state === 'revealed' ? labels.hide : labels.show;
  button.setAttribute('aria-label', `${state === 'revealed' ? labels.hide : labels.show}: ${labels.hidden}`);
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
