import type { ConsoleAdapter, TicketContext, TicketSnapshot } from '../consoles/adapter';
import type { ChatMessage } from '../consoles/types';

export interface TicketWatcherEvents {
  /** Runs synchronously in the MutationObserver callback, before the browser paints: masking hooks in here. */
  onMutation?: (ctx: TicketContext) => void;
  /** Debounced: the active ticket's full snapshot after the page settles. */
  onSnapshot: (snapshot: TicketSnapshot, ctx: TicketContext) => void;
  onNoTicket: () => void;
  /**
   * The page navigated (pushState, replaceState, popstate, hash change; a full load starts a new script): the
   * previous ticket's session ends here, synchronously, before anything of the next page is read.
   */
  onNavigate?: (from: string, to: string) => void;
}

export interface TicketWatcherOptions {
  /** @default 60 */
  debounceMs?: number;
  /**
   * How long after a navigation a new ticket id showing the previous ticket's conversation is taken for a page that
   * has not re-rendered yet (the URL changes before the DOM in many single-page consoles). @default 3000
   */
  staleWindowMs?: number;
}

/** The first messages identify a conversation well enough to tell "still the previous page" from a new ticket. */
export function conversationFingerprint(messages: ChatMessage[]): string {
  return messages
    .slice(0, 3)
    .map((m) => `${m.id}\u0001${m.text.slice(0, 80)}`)
    .join('\u0002');
}

/**
 * Follows the console: DOM mutations (new messages, re-renders) and
 * navigations (tab switches, pushState routing). Reads are debounced so a
 * burst of mutations costs one read; everything stops when `signal` aborts.
 *
 * Ticket identity is guarded twice: a navigation ends the previous session
 * before the next page is read, and a snapshot whose ticket id changed while
 * the conversation on screen did not (the URL moved, the DOM has not yet) is
 * held back until the page catches up, so no ticket is ever recorded with
 * another ticket's conversation.
 */
export function watchTicket(doc: Document, adapter: ConsoleAdapter, events: TicketWatcherEvents, signal: AbortSignal, opts: TicketWatcherOptions | number = {}): () => void {
  const { debounceMs = 60, staleWindowMs = 3000 } = typeof opts === 'number' ? { debounceMs: opts } : opts;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let href = doc.location.href;
  let navigatedAt = -Infinity;
  let last: { key: string; fingerprint: string } | null = null;
  const current = () => adapter.activeTicket(doc, new URL(doc.location.href));

  const read = () => {
    timer = undefined;
    if (signal.aborted) return;
    checkLocation();
    const ctx = current();
    if (!ctx) return events.onNoTicket();
    const snapshot = adapter.readTicket(ctx);
    const key = `${snapshot.consoleId}:${snapshot.ticketId ?? ''}`;
    const fingerprint = conversationFingerprint(snapshot.messages);
    const stale = last !== null && last.key !== key && fingerprint !== '' && fingerprint === last.fingerprint && performance.now() - navigatedAt < staleWindowMs;
    if (stale) {
      timer = setTimeout(read, Math.max(debounceMs, 100));
      return;
    }
    last = { key, fingerprint };
    events.onSnapshot(snapshot, ctx);
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(read, debounceMs);
  };
  /** Compares the URL with the last one seen; a change is a navigation, announced before any read of the new page. */
  function checkLocation(): boolean {
    const now = doc.location.href;
    if (now === href) return false;
    const from = href;
    href = now;
    navigatedAt = performance.now();
    events.onNavigate?.(from, now);
    return true;
  }

  const observer = new MutationObserver((records) => {
    // Ignore mutations made by Deskmate itself (its markers and masks), or it would re-read forever, and the
    // agent typing in the reply editor: every keystroke is a mutation there, and none changes the conversation.
    if (records.every((r) => isOwnNode(r.target) || isInEditor(r.target) || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOwnNode)))) return;
    // A router usually changes the URL just before it renders the next page: end the old session first.
    checkLocation();
    const ctx = events.onMutation ? current() : null;
    if (ctx) events.onMutation!(ctx);
    schedule();
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-entity-is-selected', 'hidden', 'value', 'aria-selected'] });
  const onLocation = () => {
    checkLocation();
    schedule();
  };
  const win = doc.defaultView;
  for (const type of ['popstate', 'hashchange', 'wxt:locationchange']) win?.addEventListener(type, onLocation, { signal });
  // pushState/replaceState fire no event a content script can hear; the Navigation API reports them where it exists,
  // and a light poll catches the rest (a router that changes the URL without touching the DOM).
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', onLocation, { signal } as AddEventListenerOptions);
  const poll = setInterval(() => {
    if (checkLocation()) schedule();
  }, 250);
  doc.addEventListener('input', schedule, { signal, capture: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
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
