import type { ConsoleAdapter, TicketContext, TicketSnapshot } from '../consoles/adapter';

export interface TicketWatcherEvents {
  /** Runs synchronously in the MutationObserver callback, before the browser paints: masking hooks in here. */
  onMutation?: (ctx: TicketContext) => void;
  /** Debounced: the active ticket's full snapshot after the page settles. */
  onSnapshot: (snapshot: TicketSnapshot, ctx: TicketContext) => void;
  onNoTicket: () => void;
}

/**
 * Follows the console: DOM mutations (new messages, re-renders) and URL
 * changes (tab switches). Reads are debounced so a burst of mutations costs
 * one read; everything stops when `signal` aborts.
 */
export function watchTicket(doc: Document, adapter: ConsoleAdapter, events: TicketWatcherEvents, signal: AbortSignal, debounceMs = 60): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const current = () => adapter.activeTicket(doc, new URL(doc.location.href));
  const read = () => {
    timer = undefined;
    if (signal.aborted) return;
    const ctx = current();
    if (!ctx) return events.onNoTicket();
    events.onSnapshot(adapter.readTicket(ctx), ctx);
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(read, debounceMs);
  };
  const observer = new MutationObserver((records) => {
    // Ignore mutations made by Deskmate itself (its markers and masks), or it would re-read forever, and the
    // agent typing in the reply editor: every keystroke is a mutation there, and none changes the conversation.
    if (records.every((r) => isOwnNode(r.target) || isInEditor(r.target) || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOwnNode)))) return;
    const ctx = events.onMutation ? current() : null;
    if (ctx) events.onMutation!(ctx);
    schedule();
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-entity-is-selected', 'hidden', 'value', 'aria-selected'] });
  const onLocation = () => schedule();
  doc.defaultView?.addEventListener('popstate', onLocation, { signal });
  doc.defaultView?.addEventListener('wxt:locationchange', onLocation, { signal });
  doc.addEventListener('input', schedule, { signal, capture: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  read();
  return schedule;
}

function isInEditor(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('[contenteditable]:not([contenteditable="false"])');
}

function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('[data-deskmate]');
}
