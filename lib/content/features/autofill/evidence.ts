import type { ChatMessage } from '../../../consoles/types';
import type { Evidence } from '../../../extract';

/** The words around an evidence span, for the card (the span itself is shown bold). */
export interface EvidenceSnippet {
  messageId: string;
  role: ChatMessage['role'];
  before: string;
  match: string;
  after: string;
}

/**
 * Cuts `radius` characters either side of the span, marking cuts with "…".
 * An empty span (a reason that names a whole message) shows the message start.
 * Returns null when the message is gone (edited away or deleted).
 */
export function evidenceSnippet(messages: readonly ChatMessage[], ev: Evidence, radius = 24): EvidenceSnippet | null {
  const msg = messages.find((m) => m.id === ev.messageId);
  if (!msg) return null;
  const text = msg.text.replace(/\s+/g, ' ');
  const start = Math.max(0, Math.min(ev.start, text.length));
  const end = Math.max(start, Math.min(ev.end, text.length));
  const from = end > start ? Math.max(0, start - radius) : 0;
  const to = end > start ? Math.min(text.length, end + radius) : Math.min(text.length, radius * 2);
  return {
    messageId: msg.id,
    role: msg.role,
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}

/**
 * Outlines the console's message element while the agent hovers or focuses
 * the evidence. Only inline style is touched (no attribute the console or the
 * ticket watcher reads), and the previous outline comes back on cleanup.
 */
export function outlineMessage(el: HTMLElement | null, opts: { scroll?: boolean } = {}): () => void {
  if (!el) return () => {};
  const previous = { outline: el.style.outline, outlineOffset: el.style.outlineOffset };
  el.style.outline = '2px solid #1f73b7';
  el.style.outlineOffset = '2px';
  if (opts.scroll) el.scrollIntoView?.({ block: 'nearest' });
  return () => {
    el.style.outline = previous.outline;
    el.style.outlineOffset = previous.outlineOffset;
  };
}
